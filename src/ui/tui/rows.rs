//! What each part of the full screen says, as rows: wrapped by display
//! width, right-to-left rows put in visual order.

use super::keys::Cursor;
use super::theme::Theme;
use crate::ui::bidi;
use crate::ui::wrap::{columns, wrap};
use crate::view::{Text, View};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

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
    pub(super) fn paragraph(&self, rows: &mut Vec<Line<'static>>, text: &str, indent: &str, style: Style) {
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
        let text = bidi::keep_numbers_whole(&text, '\u{a0}');
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

/// The permanent-number reminder, "(!)" first.
pub(super) fn note_rows(view: &View, p: &Painter) -> Vec<Line<'static>> {
    let mut rows = vec![];
    let text = format!("(!) {} {}", view.words.note_label, view.note.main);
    p.paragraph(&mut rows, &text, "", p.theme.note());
    if let Some(s) = &view.note.second {
        p.foreign(&mut rows, s, "  ", p.theme.second());
    }
    rows
}

/// Rows of the scrolling content (everything but the choices), and the row
/// of the text field; the reminder among them when it is not pinned.
pub(super) fn content_rows(
    view: &View,
    cursor: &Cursor,
    p: &Painter,
    with_note: bool,
) -> (Vec<Line<'static>>, Option<usize>) {
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
    if with_note {
        rows.extend(note_rows(view, p));
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
pub(super) fn choice_rows(view: &View, cursor: &Cursor, p: &Painter) -> (Vec<Line<'static>>, (usize, usize)) {
    let theme = p.theme;
    let mut rows = Vec::new();
    let mut span = (0, 0);
    for (i, c) in view.choices.iter().enumerate() {
        let selected = i == cursor.selected;
        // The selection is shown in reverse video, with the terminal's cursor
        // on it, and no mark in the text: moving it changes no row's words,
        // so a screen reader says the new choice alone (as with whiptail).
        let marker = " ";
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

/// Small screens keep one row for keys: the short hint ("?" lists them all).
/// A text field has keys of its own: only those are named.
pub(super) fn key_rows(view: &View, p: &Painter, small: bool) -> Vec<Line<'static>> {
    let hint = match (&view.input, small) {
        (Some(_), _) => &view.words.keys_input,
        (None, true) => &view.words.keys_short,
        (None, false) => &view.words.keys_tui,
    };
    let mut keys = vec![];
    p.paragraph(&mut keys, &keep_keys_whole(hint), "", p.theme.second());
    if let (Some(second), None) = (&view.second, &view.input) {
        let hint = if small { &second.keys_short } else { &second.keys_tui };
        p.foreign(&mut keys, &keep_keys_whole(hint), "", p.theme.second());
    }
    keys
}

/// Progress, the connected and practice marks, and the title.
pub(super) fn header_rows(view: &View, p: &Painter) -> Vec<Line<'static>> {
    let theme = p.theme;
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
    header
}
