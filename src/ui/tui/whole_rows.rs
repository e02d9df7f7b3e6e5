//! Rows the terminal places itself. Terminals and unicode-width disagree on
//! the width of some clusters (Bengali and Tamil vowel signs and conjuncts,
//! Ge'ez, emoji): drawn cell by cell, as ratatui does, the terminal puts the
//! next cell where it measures, and letters vanish or stale marks stay. A row
//! that holds such a cluster is taken out of ratatui's buffer (left blank
//! there, so its diff never writes into it) and written whole after the
//! frame, then cleared to its end: the terminal places every cluster by its
//! own widths. A row written whole stays so one more frame, so that whatever
//! the terminal put there is cleared even when the row turns plain.

use crate::ui::wrap::uncertain_width;
use ratatui::backend::IntoCrossterm;
use ratatui::buffer::{Buffer, Cell};
use ratatui::crossterm::cursor::MoveTo;
use ratatui::crossterm::queue;
use ratatui::crossterm::style::{Attribute, PrintStyledContent, SetAttribute, StyledContent};
use ratatui::crossterm::terminal::{Clear, ClearType};
use ratatui::style::{Color, Modifier, Style};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// One row, as runs of text in one style each.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct WholeRow {
    pub y: u16,
    pub runs: Vec<(Style, String)>,
}

/// Takes the rows to write whole out of `buffer`: those holding a cluster of
/// uncertain width, and those in `before` (written whole last frame).
pub fn take_whole_rows(buffer: &mut Buffer, before: &[u16]) -> Vec<WholeRow> {
    let area = buffer.area;
    let mut rows = vec![];
    for y in area.top()..area.bottom() {
        let cells = (area.left()..area.right()).map(|x| &buffer[(x, y)]);
        // Wide clusters too: a cell drawn over the first half of one leaves
        // its second half behind in some terminals (pyte), a row written whole never.
        let whole = cells
            .clone()
            .any(|c| uncertain_width(c.symbol()) || c.symbol().width() > 1);
        if !whole && !before.contains(&y) {
            continue;
        }
        rows.push(WholeRow { y, runs: runs(cells) });
        for x in area.left()..area.right() {
            buffer[(x, y)].reset();
        }
    }
    rows
}

/// The row's text in runs of one style, the blank cells a wide cluster covers
/// skipped, trailing blanks left to the clearing.
fn runs<'a>(cells: impl Iterator<Item = &'a Cell>) -> Vec<(Style, String)> {
    let mut runs: Vec<(Style, String)> = vec![];
    let mut covered = 0;
    for cell in cells {
        if covered > 0 {
            covered -= 1;
            continue;
        }
        covered = cell.symbol().width().saturating_sub(1);
        let style = cell.style();
        match runs.last_mut() {
            Some((s, text)) if *s == style => text.push_str(cell.symbol()),
            _ => runs.push((style, cell.symbol().to_string())),
        }
    }
    // Trailing blanks that show nothing are what the clearing writes anyway.
    while let Some((style, text)) = runs.last_mut() {
        if shows_on_blank(*style) {
            break;
        }
        let kept = text.trim_end_matches(' ').len();
        if kept > 0 {
            text.truncate(kept);
            break;
        }
        runs.pop();
    }
    runs
}

/// A blank in this style looks unlike the terminal's own blank.
fn shows_on_blank(style: Style) -> bool {
    style.bg.is_some_and(|c| c != Color::Reset)
        || style.add_modifier.intersects(Modifier::REVERSED | Modifier::UNDERLINED)
}

/// The text cut after each mark that takes no column: each piece is then
/// written after a style sequence of its own. Some terminals (pyte, the
/// emulator inside Fenrir) stop drawing a run of text at such a mark, which
/// they cannot place; the next piece starts a new run.
fn pieces(text: &str) -> impl Iterator<Item = &str> {
    text.split_inclusive(|c: char| c.width() == Some(0) && uncertain_width(c.encode_utf8(&mut [0; 4])))
}

/// Writes the rows whole, each cleared to its end, then puts the cursor back.
pub fn write_whole_rows(
    out: &mut impl std::io::Write,
    rows: &[WholeRow],
    cursor: Option<(u16, u16)>,
) -> std::io::Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    for row in rows {
        queue!(out, MoveTo(0, row.y), SetAttribute(Attribute::Reset))?;
        for (style, text) in &row.runs {
            for piece in pieces(text) {
                // The reset is the mark between pieces, whatever their style.
                queue!(
                    out,
                    SetAttribute(Attribute::Reset),
                    PrintStyledContent(StyledContent::new(style.into_crossterm(), piece))
                )?;
            }
        }
        queue!(out, SetAttribute(Attribute::Reset), Clear(ClearType::UntilNewLine))?;
    }
    if let Some((x, y)) = cursor {
        queue!(out, MoveTo(x, y))?;
    }
    out.flush()
}
