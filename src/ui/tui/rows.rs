//! What each part of the full screen says, as rows: wrapped by display
//! width, right-to-left rows put in visual order.

use super::keys::Cursor;
use super::theme::Theme;
use crate::ui::bidi;
use crate::ui::wrap::{columns, wrap};
use crate::view::{Text, View};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use unicode_segmentation::UnicodeSegmentation;

/// Each key of a hint ("L : langue") stays on one row: a key is never parted from its word.
fn keep_keys_whole(hint: &str) -> String {
    hint.split(" · ")
        .map(|item| item.replace(' ', "\u{a0}"))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// Turns logical text into screen rows: wraps by display width, and for
/// right-to-left paragraphs puts each row in visual order, aligned right.
#[derive(Clone)]
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
    pub(super) fn row(&self, logical: &str, rtl: bool, style: Style) -> Line<'static> {
        // The marks this program adds (« », …, •) in the terminal's character set too.
        let logical = &crate::ui::terminal_charset().within(logical);
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

/// The scrolling content, as rows, with what must not be parted.
#[derive(Default)]
pub(super) struct Content {
    pub rows: Vec<Line<'static>>,
    /// Rows kept with the row after them (a heading, a French label before
    /// its translation): a page never ends on one of them.
    pub keep: Vec<bool>,
    /// The content row of the text field, if it scrolls with the content.
    pub field: Option<usize>,
    /// The text field's row, when it is pinned below the content (small screens).
    pub pinned_field: Option<Line<'static>>,
}

impl Content {
    /// Rows added since `from` stay with the row that follows them.
    fn keep_from(&mut self, from: usize) {
        self.keep.resize(self.rows.len(), false);
        for k in &mut self.keep[from..] {
            *k = true;
        }
    }
}

/// Rows of the scrolling content (everything but the choices), and the row
/// of the text field; the reminder among them when it is not pinned. On a
/// compact screen the text field is pinned below the content, always in
/// sight; on a very small one (`title_here`) the title's translation is here.
pub(super) fn content_rows(view: &View, cursor: &Cursor, p: &Painter, compact: bool, title_here: bool) -> Content {
    let theme = p.theme;
    let with_note = compact;
    let mut c = Content::default();
    if let (Some(second), true) = (&view.title.second, title_here) {
        p.foreign(&mut c.rows, second, "", theme.second());
    }
    for t in &view.help {
        let main = format!("{} {}", view.words.help_label, t.main);
        let second = t.second.clone();
        text_kept(&mut c, p, &Text { main, second });
    }
    // An address on rows of its own, from the row's first column: copied
    // from the terminal, it comes whole, with no spaces inside.
    let address = |rows: &mut Vec<Line<'static>>| {
        for a in [&view.address, &view.command].into_iter().flatten() {
            p.foreign(rows, a, "", theme.base().add_modifier(Modifier::UNDERLINED));
        }
    };
    let notice = |rows: &mut Vec<Line<'static>>| {
        if let Some(n) = &view.notice {
            p.paragraph(rows, n, "", theme.base().add_modifier(Modifier::BOLD));
        }
    };
    let (before, after) = view.body.split_at(view.address_after.min(view.body.len()));
    for t in before {
        text_kept(&mut c, p, t);
    }
    if after.is_empty() {
        notice(&mut c.rows);
        address(&mut c.rows);
    } else {
        address(&mut c.rows);
        for t in after {
            text_kept(&mut c, p, t);
        }
        notice(&mut c.rows);
    }
    if !view.french.is_empty() {
        c.keep.resize(c.rows.len(), false);
        let start = c.rows.len();
        p.paragraph(
            &mut c.rows,
            &view.words.french_label,
            "",
            theme.base().add_modifier(Modifier::BOLD),
        );
        c.keep_from(start);
        for w in &view.french {
            // The French words first, as on the site; the translation after, in its own direction.
            let start = c.rows.len();
            p.foreign(&mut c.rows, &format!("«\u{a0}{}\u{a0}»", w.french), "  ", theme.base());
            if let Some(tr) = &w.translation {
                c.keep_from(start);
                p.paragraph(&mut c.rows, &format!("= {tr}"), "    ", theme.base());
            }
        }
    }
    if with_note {
        c.rows.extend(note_rows(view, p));
    }
    if let Some(input) = &view.input {
        if !compact {
            c.rows.push(Line::raw(""));
        }
        p.paragraph(&mut c.rows, &input.label, "", theme.base());
        let count = cursor.input.chars().count();
        // The field's row is not wrapped: the end of a long address fits the width.
        let tail_len = ADDRESS_TAIL.min(p.width.saturating_sub(4));
        let shown: String = if input.masked {
            "•".repeat(count)
        } else if input.address && count > tail_len {
            // A long address: its end, where the typing goes on.
            let tail: String = cursor.input.chars().skip(count - tail_len).collect();
            format!("…{tail}")
        } else {
            cursor.input.to_string()
        };
        let field = p.row(&format!("> {shown}_"), p.locale_rtl, theme.selected());
        if compact {
            c.pinned_field = Some(field);
        } else {
            c.field = Some(c.rows.len());
            c.rows.push(field);
        }
        if input.masked {
            p.paragraph(&mut c.rows, &view.words.input_hidden, "", theme.second());
        }
    }
    c.keep.resize(c.rows.len(), false);
    c
}

/// A text, its own rows kept with its translation's first row.
fn text_kept(c: &mut Content, p: &Painter, t: &Text) {
    c.keep.resize(c.rows.len(), false);
    let start = c.rows.len();
    p.paragraph(&mut c.rows, &t.main, "", p.theme.base());
    if let Some(s) = &t.second {
        c.keep_from(start);
        p.foreign(&mut c.rows, s, "  ", p.theme.second());
    }
}

/// Characters of a long pasted address shown in its field: its end.
const ADDRESS_TAIL: usize = 60;

/// Rows of the choices, and where the selected one starts and ends. Details
/// (who can have this account…) show under the selected choice only, when `with_detail`.
pub(super) fn choice_rows(
    view: &View,
    cursor: &Cursor,
    p: &Painter,
    with_detail: bool,
) -> (Vec<Line<'static>>, (usize, usize)) {
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
        if let (true, true, Some(d)) = (selected, with_detail, &c.detail) {
            p.paragraph(&mut rows, d, "     ", theme.second());
        }
        if selected {
            span = (start, rows.len());
        }
    }
    (rows, span)
}

/// Small screens keep one row for keys: the short hint ("?" lists them
/// all); a text field's keys as many as fit, its first (Enter) and help
/// always. A text field has keys of its own: only those are named.
pub(super) fn key_rows(view: &View, p: &Painter, compact: bool) -> Vec<Line<'static>> {
    let hint = match (&view.input, compact) {
        (Some(_), true) => fitting_keys(&view.words.keys_input, p.width),
        (Some(_), false) => view.words.keys_input.clone(),
        (None, true) => view.words.keys_short.clone(),
        (None, false) => view.words.keys_tui.clone(),
    };
    let mut keys = vec![];
    p.paragraph(&mut keys, &keep_keys_whole(&hint), "", p.theme.second());
    if let (Some(second), None, false) = (&view.second, &view.input, compact) {
        p.foreign(&mut keys, &keep_keys_whole(&second.keys_tui), "", p.theme.second());
    }
    keys
}

/// The keys of a hint that fit on one row of `width`: the first one and
/// the help key (F1 or ?) always, the others in order while there is room.
fn fitting_keys(hint: &str, width: usize) -> String {
    let items: Vec<&str> = hint.split(" · ").collect();
    let is_help = |item: &str| item.contains("F1") || item.trim_start().starts_with('?');
    let mut kept: Vec<bool> = (0..items.len()).map(|i| i == 0 || is_help(items[i])).collect();
    let joined = |kept: &[bool]| {
        let shown: Vec<&str> = items.iter().zip(kept).filter(|(_, k)| **k).map(|(i, _)| *i).collect();
        shown.join(" · ")
    };
    for i in 0..items.len() {
        if !kept[i] {
            kept[i] = true;
            if columns(&joined(&kept)) > width {
                kept[i] = false;
            }
        }
    }
    joined(&kept)
}

/// Text cut to one row of `width` columns, "…" at the cut.
fn one_row(text: &str, width: usize) -> String {
    if columns(text) <= width {
        return text.to_string();
    }
    let mut out = String::new();
    for g in text.graphemes(true) {
        if columns(&out) + columns(g) + 1 > width {
            break;
        }
        out.push_str(g);
    }
    format!("{}…", out.trim_end())
}

/// The one row that says, on a small screen, what is out of sight: the
/// content below (or above), choices hidden; empty when nothing is.
pub(super) fn compact_more(view: &View, p: &Painter, below: Option<bool>, choices_hidden: bool) -> Vec<Line<'static>> {
    let w = &view.words;
    let mut parts = vec![];
    match below {
        Some(true) => parts.push(w.compact_more_below.as_str()),
        Some(false) => parts.push(w.compact_more_above.as_str()),
        None => {}
    }
    if choices_hidden {
        parts.push(&w.compact_more_choices);
    }
    if parts.is_empty() {
        return vec![];
    }
    let text = one_row(&parts.join(" · "), p.width);
    vec![p.row(&text, p.locale_rtl, p.theme.base().add_modifier(Modifier::BOLD))]
}

/// Progress, the connected and practice marks, and the title with its
/// translation beside it (`with_title`). A compact screen shows the main
/// language only, the practice mark short, on one row.
pub(super) fn header_rows(view: &View, p: &Painter, compact: bool, with_title: bool) -> Vec<Line<'static>> {
    let theme = p.theme;
    let bold = theme.base().add_modifier(Modifier::BOLD);
    let mut header = vec![];
    p.paragraph(&mut header, &view.progress, "", theme.base());
    if let (Some(second), false) = (&view.second, compact) {
        p.foreign(&mut header, &second.progress, "", theme.second());
    }
    if let Some(mark) = &view.connected {
        p.paragraph(&mut header, mark, "", bold);
    }
    if view.practice.is_some() && compact {
        let mark = one_row(&view.words.compact_practice, p.width);
        header.push(p.row(&mark, p.locale_rtl, bold));
    } else if let Some(mark) = &view.practice {
        p.paragraph(&mut header, mark, "", bold);
        if let Some(mark) = view.second.as_ref().and_then(|s| s.practice.as_ref()) {
            p.foreign(&mut header, mark, "", theme.second());
        }
    }
    p.paragraph(&mut header, &view.title.main, "", theme.title());
    if let (Some(second), true) = (&view.title.second, with_title) {
        p.foreign(&mut header, second, "", theme.second());
    }
    header
}
