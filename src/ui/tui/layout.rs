//! Where each part of the full screen goes: the room the header, content,
//! choices and keys get on this terminal, and the rows each shows.

use super::keys::Cursor;
use super::rows::{Content, Painter, choice_rows, content_rows, header_rows, key_rows, note_rows};
use super::theme::Theme;
use crate::view::View;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::Line;

/// Below this, the screen asks to be enlarged (or for `--plain`).
pub const MIN_COLS: u16 = 40;
pub const MIN_ROWS: u16 = 12;
/// From this many rows, the reminder is pinned above the choices; below,
/// the screen is compact (see `lay_out`).
const PIN_NOTE_FROM: u16 = 20;
/// Rows of text a compact screen always shows, beside the field or the selected choice.
const COMPACT_TEXT_ROWS: usize = 4;
/// From this many rows, the title's translation stays in the header beside it.
const TITLES_TOGETHER_FROM: u16 = 16;

/// One frame, laid out: the rows of each part and the room each part gets.
pub struct Screen {
    pub(super) area: Rect,
    pub(super) painter: Painter,
    /// Set when the terminal is too small: the only thing shown.
    pub(super) too_small: Option<Vec<Line<'static>>>,
    pub(super) header: Vec<Line<'static>>,
    pub(super) keys: Vec<Line<'static>>,
    pub(super) choices: Vec<Line<'static>>,
    /// First and last row (excluded) of the selected choice.
    pub(super) selected: (usize, usize),
    pub(super) content: Vec<Line<'static>>,
    /// Content rows that a page must not end on (see `Content::keep`).
    pub(super) keep: Vec<bool>,
    /// The content row of the text field, if any.
    pub(super) field: Option<usize>,
    /// A small screen: the field pinned below the content, and one row
    /// (`status`) says what is out of sight.
    pub(super) compact: bool,
    pub(super) pinned_field: Option<Line<'static>>,
    pub(super) field_area: Rect,
    pub(super) status: Rect,
    pub(super) more_below: Vec<Line<'static>>,
    pub(super) more_above: Vec<Line<'static>>,
    pub(super) more_choices: Vec<Line<'static>>,
    /// The reminder, pinned above the choices (empty when it scrolls with the content).
    pub(super) note: Vec<Line<'static>>,
    pub(super) pinned: Rect,
    /// An empty row above the choices, when there is room for it.
    pub(super) gap: usize,
    pub(super) top: Rect,
    pub(super) body: Rect,
    pub(super) list: Rect,
    pub(super) bottom: Rect,
}

impl Screen {
    /// Content rows seen at once: the body less the "more" line when all does
    /// not fit (a compact screen says it on its status row).
    pub fn rows_seen(&self) -> usize {
        let height = self.body.height as usize;
        let reserve = if self.content.len() > height && !self.compact {
            self.more_below.len().max(self.more_above.len())
        } else {
            0
        };
        height.saturating_sub(reserve).max(1)
    }

    /// Content rows shown from `scroll`: a page that would end on a row kept
    /// with the next one (a heading, a label before its translation) ends
    /// before it, as long as it keeps at least half its rows; Page Down then
    /// starts the next page with it. A page of few rows shows them all.
    pub fn rows_shown(&self, scroll: usize) -> usize {
        let seen = self.rows_seen();
        if scroll + seen >= self.content.len() || seen < 2 * COMPACT_TEXT_ROWS {
            return seen;
        }
        let mut shown = seen;
        while shown > seen.div_ceil(2).max(COMPACT_TEXT_ROWS)
            && self.keep.get(scroll + shown - 1).copied().unwrap_or(false)
        {
            shown -= 1;
        }
        shown
    }
}

/// Where everything goes in `area`, from shared references only. Below 20
/// rows, or where the roomy chrome (two languages at 80×24) would leave fewer
/// than 4 rows of text that does not all fit, the screen is compact.
pub fn lay_out(area: Rect, view: &View, cursor: &Cursor, theme: Theme, reorder: bool) -> Screen {
    let screen = lay_out_as(area, view, cursor, theme, reorder, area.height < PIN_NOTE_FROM);
    let cramped = screen.rows_seen() < COMPACT_TEXT_ROWS && screen.content.len() > screen.rows_seen();
    if screen.too_small.is_none() && !screen.compact && cramped {
        return lay_out_as(area, view, cursor, theme, reorder, true);
    }
    screen
}

fn lay_out_as(area: Rect, view: &View, cursor: &Cursor, theme: Theme, reorder: bool, compact: bool) -> Screen {
    let p = Painter {
        width: area.width as usize,
        theme,
        locale_rtl: view.rtl,
        reorder,
    };
    let mut screen = Screen {
        area,
        painter: p.clone(),
        too_small: None,
        header: vec![],
        keys: vec![],
        choices: vec![],
        selected: (0, 0),
        content: vec![],
        keep: vec![],
        field: None,
        compact,
        pinned_field: None,
        field_area: Rect::default(),
        status: Rect::default(),
        more_below: vec![],
        more_above: vec![],
        more_choices: vec![],
        note: vec![],
        pinned: Rect::default(),
        gap: 0,
        top: Rect::default(),
        body: Rect::default(),
        list: Rect::default(),
        bottom: Rect::default(),
    };
    if area.width < MIN_COLS || area.height < MIN_ROWS {
        let mut lines = vec![];
        p.paragraph(&mut lines, &view.words.too_small, "", theme.base());
        screen.too_small = Some(lines);
        return screen;
    }
    screen.keys = key_rows(view, &p, screen.compact);
    screen.header = header_rows(view, &p, screen.compact, area.height >= TITLES_TOGETHER_FROM);
    (screen.choices, screen.selected) = choice_rows(view, cursor, &p, true);
    if screen.compact {
        lay_out_compact(&mut screen, view, cursor, &p);
    } else {
        lay_out_roomy(&mut screen, view, cursor, &p);
    }
    // The "more" lines are said whole, however many rows they wrap to.
    let bold = theme.base().add_modifier(Modifier::BOLD);
    p.paragraph(&mut screen.more_below, &view.words.more_below, "", bold);
    p.paragraph(&mut screen.more_above, &view.words.more_above, "", bold);
    p.paragraph(&mut screen.more_choices, &view.words.more_choices, "", bold);
    screen
}

/// A screen of 20 rows or more: a blank row under the header, the reminder
/// pinned above the choices, the keys on up to 4 rows.
fn lay_out_roomy(screen: &mut Screen, view: &View, cursor: &Cursor, p: &Painter) {
    let area = screen.area;
    // Where there is room, the reminder stays in place above the choices:
    // always in sight, and, the same words from step to step, not said again
    // by a screen reader (scrolled with the content, it would come back
    // into sight, and be said, after a step that hid it).
    screen.note = note_rows(view, p);
    let fixed = screen.header.len() + 1 + screen.keys.len().min(4) + screen.note.len();
    let room = (area.height as usize).saturating_sub(fixed);
    take_content(screen, content_rows(view, cursor, p, false, false));
    // Choices come first (they are how one moves on); the content keeps at
    // least 2 rows (a line and the "more" line), 3 when there is room. The
    // empty row above the choices goes first when everything would fit without it.
    let fits_without_gap = screen.content.len() + screen.choices.len() <= room;
    let fits_with_gap = screen.content.len() + screen.choices.len() < room;
    screen.gap = usize::from(room >= 10 && (fits_with_gap || !fits_without_gap));
    let content_min = if room >= 10 { 3 } else { 2 };
    let choice_height = if screen.choices.is_empty() {
        0
    } else {
        (screen.choices.len() + screen.gap).min(room.saturating_sub(content_min))
    };
    [screen.top, screen.body, screen.pinned, screen.list, screen.bottom] = Layout::vertical([
        Constraint::Length(screen.header.len() as u16 + 1),
        Constraint::Min(3),
        Constraint::Length(screen.note.len() as u16),
        Constraint::Length(choice_height as u16),
        Constraint::Length(screen.keys.len().min(4) as u16),
    ])
    .areas(area);
}

/// A screen of fewer than 20 rows (40×12 at the least): the field, or the
/// selected choice, and at least 4 rows of text always in sight. The chrome
/// is compact: no blank rows, a one-row practice mark, one row of keys, and
/// one status row shared by the "more" notices, there only when something
/// is out of sight.
fn lay_out_compact(screen: &mut Screen, view: &View, cursor: &Cursor, p: &Painter) {
    let area = screen.area;
    let title_in_header = area.height >= TITLES_TOGETHER_FROM;
    take_content(screen, content_rows(view, cursor, p, true, !title_in_header));
    screen.keys.truncate(2);
    let field = usize::from(screen.pinned_field.is_some());
    let room = (area.height as usize).saturating_sub(screen.header.len() + screen.keys.len() + field);
    // The choices get what 4 rows of text and the status row leave, and
    // at least the selected choice. Where its details (who can have this
    // account) do not fit beside it, they end the text, in reach of Page Down.
    let spare = room.saturating_sub(COMPACT_TEXT_ROWS + 1);
    if screen.selected.1 - screen.selected.0 > spare {
        (screen.choices, screen.selected) = choice_rows(view, cursor, p, false);
        if let Some(detail) = view.choices.get(cursor.selected).and_then(|c| c.detail.as_ref()) {
            p.paragraph(&mut screen.content, detail, "", p.theme.second());
            screen.keep.resize(screen.content.len(), false);
        }
    }
    let (start, end) = screen.selected;
    let mut choice_height = screen.choices.len().min(spare.max(end - start));
    let mut status = 1;
    if choice_height == screen.choices.len() && screen.content.len() <= room.saturating_sub(choice_height) {
        status = 0;
    }
    if screen.choices.is_empty() {
        choice_height = 0;
    }
    [
        screen.top,
        screen.body,
        screen.list,
        screen.field_area,
        screen.status,
        screen.bottom,
    ] = Layout::vertical([
        Constraint::Length(screen.header.len() as u16),
        Constraint::Min(1),
        Constraint::Length(choice_height as u16),
        Constraint::Length(field as u16),
        Constraint::Length(status),
        Constraint::Length(screen.keys.len() as u16),
    ])
    .areas(area);
}

fn take_content(screen: &mut Screen, content: Content) {
    screen.content = content.rows;
    screen.keep = content.keep;
    screen.field = content.field;
    screen.pinned_field = content.pinned_field;
}
