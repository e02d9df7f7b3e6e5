//! Drawing a `View`: rows wrapped by display width, right-to-left rows put in
//! visual order, the content scrolled, the choices kept in sight.

use super::keys::Cursor;
use super::theme::Theme;
use crate::ui::bidi;
use crate::ui::wrap::{columns, wrap};
use crate::view::{Text, View};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

/// Below this, the screen asks to be enlarged (or for `--plain`).
pub const MIN_COLS: u16 = 40;
pub const MIN_ROWS: u16 = 12;

/// Each key of a hint ("L : langue") stays on one row: a key is never parted from its word.
fn keep_keys_whole(hint: &str) -> String {
    hint.split(" · ")
        .map(|item| item.replace(' ', "\u{a0}"))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// Turns logical text into screen rows: wraps by display width, and for
/// right-to-left paragraphs puts each row in visual order, aligned right.
pub struct Painter {
    pub width: usize,
    pub theme: Theme,
    /// The main language is written right to left.
    pub locale_rtl: bool,
    /// Reorder in the program (most terminals do no bidi); off with `--bidi terminal`.
    pub reorder: bool,
}

impl Painter {
    /// One row on screen. Right-to-left runs are reordered even inside a
    /// left-to-right paragraph (an Arabic name in the French picker); only
    /// right-to-left paragraphs are aligned right.
    fn row(&self, logical: &str, rtl: bool, style: Style) -> Line<'static> {
        if !self.reorder {
            return Line::styled(logical.to_string(), style);
        }
        // Joined letters, as Arabic script is written, before the row is put in visual order.
        let shaped = bidi::shape(logical);
        let visual = bidi::visual(&shaped, rtl);
        let pad = if rtl {
            self.width.saturating_sub(columns(&visual))
        } else {
            0
        };
        Line::styled(format!("{}{visual}", " ".repeat(pad)), style)
    }

    /// A paragraph of the screen's language, wrapped, with `indent` on its reading side.
    fn paragraph(&self, rows: &mut Vec<Line<'static>>, text: &str, indent: &str, style: Style) {
        self.paragraph_in(rows, text, indent, style, self.locale_rtl);
    }

    /// A paragraph in another language (the second language, the French words):
    /// its own first strong character sets its direction.
    fn foreign(&self, rows: &mut Vec<Line<'static>>, text: &str, indent: &str, style: Style) {
        self.paragraph_in(rows, text, indent, style, bidi::is_rtl(text, self.locale_rtl));
    }

    fn paragraph_in(&self, rows: &mut Vec<Line<'static>>, text: &str, indent: &str, style: Style, rtl: bool) {
        let width = self.width.saturating_sub(columns(indent));
        let text = bidi::keep_quotes_whole(text, width);
        for r in wrap(&text, width) {
            rows.push(self.row(&format!("{indent}{r}"), rtl, style));
        }
    }

    fn text(&self, rows: &mut Vec<Line<'static>>, t: &Text, indent: &str) {
        self.paragraph(rows, &t.main, indent, self.theme.base());
        if let Some(s) = &t.second {
            self.foreign(rows, s, &format!("{indent}  "), self.theme.second());
        }
    }
}

/// Rows of the scrolling content (everything but the choices), and the row of the text field.
fn content_rows(view: &View, cursor: &Cursor, p: &Painter) -> (Vec<Line<'static>>, Option<usize>) {
    let theme = p.theme;
    let mut rows: Vec<Line> = Vec::new();
    if let Some(second) = &view.title.second {
        p.foreign(&mut rows, second, "", theme.second());
    }
    for t in &view.help {
        let main = format!("{} {}", view.words.help_label, t.main);
        p.text(
            &mut rows,
            &Text {
                main,
                second: t.second.clone(),
            },
            "",
        );
    }
    for t in &view.body {
        p.text(&mut rows, t, "");
    }
    if let Some(n) = &view.notice {
        p.paragraph(&mut rows, n, "", theme.base().add_modifier(Modifier::BOLD));
    }
    for a in [&view.address, &view.command].into_iter().flatten() {
        p.foreign(&mut rows, a, "  ", theme.base().add_modifier(Modifier::UNDERLINED));
    }
    if !view.french.is_empty() {
        p.paragraph(
            &mut rows,
            &view.words.french_label,
            "",
            theme.base().add_modifier(Modifier::BOLD),
        );
        for w in &view.french {
            // The French words first, as on the site; the translation after, in its own direction.
            p.foreign(&mut rows, &format!("«\u{a0}{}\u{a0}»", w.french), "  ", theme.base());
            if let Some(tr) = &w.translation {
                p.paragraph(&mut rows, &format!("= {tr}"), "    ", theme.base());
            }
        }
    }
    p.paragraph(
        &mut rows,
        &format!("(!) {} {}", view.words.note_label, view.note.main),
        "",
        theme.note(),
    );
    if let Some(s) = &view.note.second {
        p.foreign(&mut rows, s, "  ", theme.second());
    }
    let mut field = None;
    if let Some(input) = &view.input {
        rows.push(Line::raw(""));
        p.paragraph(&mut rows, &input.label, "", theme.base());
        field = Some(rows.len());
        let shown: String = if input.masked {
            "•".repeat(cursor.input.chars().count())
        } else {
            cursor.input.to_string()
        };
        rows.push(p.row(&format!("> {shown}_"), p.locale_rtl, theme.selected()));
        if input.masked {
            p.paragraph(&mut rows, &view.words.input_hidden, "", theme.second());
        }
    }
    (rows, field)
}

/// Rows of the choices, and where the selected one starts and ends. Details
/// (who can have this account…) show under the selected choice only.
fn choice_rows(view: &View, cursor: &Cursor, p: &Painter) -> (Vec<Line<'static>>, (usize, usize)) {
    let theme = p.theme;
    let mut rows = Vec::new();
    let mut span = (0, 0);
    for (i, c) in view.choices.iter().enumerate() {
        let selected = i == cursor.selected;
        let marker = if selected { ">" } else { " " };
        let default = if Some(i) == view.default {
            format!(" ({})", view.words.choice_default)
        } else {
            String::new()
        };
        let start = rows.len();
        let style = if selected { theme.selected() } else { theme.base() };
        let label = format!("{}. {}{default}", i + 1, c.label);
        // A list follows the direction of the screen, whatever each label's script.
        let rtl = p.locale_rtl;
        for (k, r) in wrap(&label, p.width.saturating_sub(2)).into_iter().enumerate() {
            let lead = if k == 0 { marker } else { " " };
            if rtl && p.reorder {
                rows.push(p.row(&format!("{lead} {r}"), true, style));
            } else {
                let shown = if p.reorder {
                    bidi::visual(&bidi::shape(&r), false)
                } else {
                    r
                };
                rows.push(Line::from(vec![
                    Span::styled(format!("{lead} "), theme.base()),
                    Span::styled(shown, style),
                ]));
            }
        }
        // The second language under each choice, so the helper can read the options too.
        if let Some(second) = &c.second {
            p.foreign(&mut rows, second, "     ", theme.second());
        }
        if let (true, Some(d)) = (selected, &c.detail) {
            p.paragraph(&mut rows, d, "     ", theme.second());
        }
        if selected {
            span = (start, rows.len());
        }
    }
    (rows, span)
}

pub fn draw(frame: &mut Frame, view: &View, cursor: &mut Cursor, theme: Theme) {
    draw_with(frame, view, cursor, theme, true);
}

/// `reorder`: put right-to-left rows in visual order here (false for `--bidi terminal`).
pub fn draw_with(frame: &mut Frame, view: &View, cursor: &mut Cursor, theme: Theme, reorder: bool) {
    let area = frame.area();
    frame.render_widget(Paragraph::new("").style(theme.base()), area);
    let p = Painter {
        width: area.width as usize,
        theme,
        locale_rtl: view.rtl,
        reorder,
    };
    if area.width < MIN_COLS || area.height < MIN_ROWS {
        let mut lines = vec![];
        p.paragraph(&mut lines, &view.words.too_small, "", theme.base());
        frame.render_widget(Paragraph::new(lines).style(theme.base()), area);
        return;
    }
    // Small screens keep one row for keys: the short hint ("?" lists them all).
    // A text field has keys of its own: only those are named.
    let hint = match (&view.input, area.height < 20) {
        (Some(_), _) => &view.words.keys_input,
        (None, true) => &view.words.keys_short,
        (None, false) => &view.words.keys_tui,
    };
    let mut keys = vec![];
    p.paragraph(&mut keys, &keep_keys_whole(hint), "", theme.second());
    if let (Some(second), None) = (&view.second, &view.input) {
        let hint = if area.height < 20 {
            &second.keys_short
        } else {
            &second.keys_tui
        };
        p.foreign(&mut keys, &keep_keys_whole(hint), "", theme.second());
    }
    let mut header = vec![];
    p.paragraph(&mut header, &view.progress, "", theme.base());
    if let Some(second) = &view.second {
        p.foreign(&mut header, &second.progress, "", theme.second());
    }
    for mark in [&view.connected, &view.practice].into_iter().flatten() {
        p.paragraph(&mut header, mark, "", theme.base().add_modifier(Modifier::BOLD));
    }
    if let Some(mark) = view.second.as_ref().and_then(|s| s.practice.as_ref()) {
        p.foreign(&mut header, mark, "", theme.second());
    }
    p.paragraph(&mut header, &view.title.main, "", theme.title());
    let (choices, (start, end)) = choice_rows(view, cursor, &p);
    let fixed = header.len() + 1 + keys.len().min(4);
    let room = (area.height as usize).saturating_sub(fixed);
    // Choices come first (they are how one moves on); the content keeps at
    // least 2 rows (a line and the "more" line), 3 when there is room.
    let gap = usize::from(room >= 10);
    let content_min = if room >= 10 { 3 } else { 2 };
    let choice_height = if choices.is_empty() {
        0
    } else {
        (choices.len() + gap).min(room.saturating_sub(content_min))
    };
    let [top, body, list, bottom] = Layout::vertical([
        Constraint::Length(header.len() as u16 + 1),
        Constraint::Min(3),
        Constraint::Length(choice_height as u16),
        Constraint::Length(keys.len().min(4) as u16),
    ])
    .areas(area);
    frame.render_widget(Paragraph::new(header), top);

    let (content, field) = content_rows(view, cursor, &p);
    let height = body.height as usize;
    let more_rows = |text: &str| {
        let mut rows = vec![];
        p.paragraph(&mut rows, text, "", theme.base().add_modifier(Modifier::BOLD));
        rows
    };
    let overflow = content.len() > height;
    // The "more" line is said whole, however many rows it wraps to.
    let more_below = more_rows(&view.words.more_below);
    let more_above = more_rows(&view.words.more_above);
    let reserve = if overflow {
        more_below.len().max(more_above.len())
    } else {
        0
    };
    let shown = height.saturating_sub(reserve).max(1);
    cursor.page = shown;
    cursor.scroll = cursor.scroll.min(content.len().saturating_sub(shown));
    let mut visible: Vec<Line> = content.iter().skip(cursor.scroll).take(shown).cloned().collect();
    if overflow {
        // Said in words, not only with an arrow or a colour.
        let below = cursor.scroll + shown < content.len();
        visible.extend(if below { more_below } else { more_above });
    }
    let input_row = field
        .and_then(|row| row.checked_sub(cursor.scroll))
        .filter(|row| *row < shown);
    frame.render_widget(Paragraph::new(visible), body);

    // The choice list scrolls by itself to keep the selected one in sight; when
    // some choices are out of sight, a last row says so in words.
    let available = (list.height as usize).saturating_sub(gap);
    let mut list_height = available;
    let hidden = choices.len() > list_height;
    let mut more_choices = if hidden {
        more_rows(&view.words.more_choices)
    } else {
        vec![]
    };
    if hidden {
        list_height = list_height.saturating_sub(more_choices.len()).max(1);
        // The selected choice is read whole before anything else is said.
        if list_height < end - start {
            list_height = available;
            more_choices.clear();
        }
    }
    let mut offset = 0;
    if end > list_height {
        offset = end - list_height;
    }
    if start < offset {
        offset = start;
    }
    let mut shown_choices = vec![Line::raw(""); gap];
    let total = choices.len();
    shown_choices.extend(choices.into_iter().skip(offset).take(list_height));
    if hidden && (offset > 0 || offset + list_height < total) {
        shown_choices.extend(more_choices);
    }
    frame.render_widget(Paragraph::new(shown_choices), list);
    frame.render_widget(Paragraph::new(keys), bottom);

    // The real cursor stands on the field or on the selected choice, where
    // screen magnifiers and review cursors look.
    let at = match input_row {
        Some(row) => Some((body.x + 2 + columns(&cursor.input) as u16, body.y + row as u16)),
        None if !view.choices.is_empty() && start >= offset && start < offset + list_height => {
            Some((list.x, list.y + (gap + start - offset) as u16))
        }
        None => None,
    };
    if let Some((x, y)) = at {
        frame.set_cursor_position((x.min(area.right().saturating_sub(1)), y));
    }
}
