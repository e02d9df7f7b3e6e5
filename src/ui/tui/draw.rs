//! Drawing a `View`: rows wrapped by display width, right-to-left rows put in
//! visual order, the content scrolled, the choices kept in sight.

use super::keys::Cursor;
use super::theme::Theme;
use crate::ui::bidi;
use crate::ui::wrap::{columns, wrap};
use crate::view::{Text, View};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
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

/// Lays the view out, fits the cursor to what is seen, then renders: the only
/// step that changes the cursor comes before drawing, which reads it only.
/// `reorder`: put right-to-left rows in visual order here (false for `--bidi terminal`).
pub fn draw(frame: &mut Frame, view: &View, cursor: &mut Cursor, theme: Theme, reorder: bool) {
    let screen = lay_out(frame.area(), view, cursor, theme, reorder);
    if screen.too_small.is_none() {
        cursor.fit(screen.rows_seen(), screen.content.len());
    }
    render(frame, screen, view, cursor, theme);
}

/// One frame, laid out: the rows of each part and the room each part gets.
pub struct Screen {
    area: Rect,
    /// Set when the terminal is too small: the only thing shown.
    too_small: Option<Vec<Line<'static>>>,
    header: Vec<Line<'static>>,
    keys: Vec<Line<'static>>,
    choices: Vec<Line<'static>>,
    /// First and last row (excluded) of the selected choice.
    selected: (usize, usize),
    content: Vec<Line<'static>>,
    /// The content row of the text field, if any.
    field: Option<usize>,
    more_below: Vec<Line<'static>>,
    more_above: Vec<Line<'static>>,
    more_choices: Vec<Line<'static>>,
    /// An empty row above the choices, when there is room for it.
    gap: usize,
    top: Rect,
    body: Rect,
    list: Rect,
    bottom: Rect,
}

impl Screen {
    /// Content rows seen at once: the body less the "more" line when all does not fit.
    pub fn rows_seen(&self) -> usize {
        let height = self.body.height as usize;
        let reserve = if self.content.len() > height {
            self.more_below.len().max(self.more_above.len())
        } else {
            0
        };
        height.saturating_sub(reserve).max(1)
    }
}

/// Where everything goes in `area`, from shared references only.
pub fn lay_out(area: Rect, view: &View, cursor: &Cursor, theme: Theme, reorder: bool) -> Screen {
    let p = Painter {
        width: area.width as usize,
        theme,
        locale_rtl: view.rtl,
        reorder,
    };
    let mut screen = Screen {
        area,
        too_small: None,
        header: vec![],
        keys: vec![],
        choices: vec![],
        selected: (0, 0),
        content: vec![],
        field: None,
        more_below: vec![],
        more_above: vec![],
        more_choices: vec![],
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
    screen.keys = key_rows(view, &p, area.height < 20);
    screen.header = header_rows(view, &p);
    (screen.choices, screen.selected) = choice_rows(view, cursor, &p);
    let fixed = screen.header.len() + 1 + screen.keys.len().min(4);
    let room = (area.height as usize).saturating_sub(fixed);
    // Choices come first (they are how one moves on); the content keeps at
    // least 2 rows (a line and the "more" line), 3 when there is room.
    screen.gap = usize::from(room >= 10);
    let content_min = if room >= 10 { 3 } else { 2 };
    let choice_height = if screen.choices.is_empty() {
        0
    } else {
        (screen.choices.len() + screen.gap).min(room.saturating_sub(content_min))
    };
    [screen.top, screen.body, screen.list, screen.bottom] = Layout::vertical([
        Constraint::Length(screen.header.len() as u16 + 1),
        Constraint::Min(3),
        Constraint::Length(choice_height as u16),
        Constraint::Length(screen.keys.len().min(4) as u16),
    ])
    .areas(area);
    (screen.content, screen.field) = content_rows(view, cursor, &p);
    // The "more" lines are said whole, however many rows they wrap to.
    let bold = theme.base().add_modifier(Modifier::BOLD);
    p.paragraph(&mut screen.more_below, &view.words.more_below, "", bold);
    p.paragraph(&mut screen.more_above, &view.words.more_above, "", bold);
    p.paragraph(&mut screen.more_choices, &view.words.more_choices, "", bold);
    screen
}

/// Small screens keep one row for keys: the short hint ("?" lists them all).
/// A text field has keys of its own: only those are named.
fn key_rows(view: &View, p: &Painter, small: bool) -> Vec<Line<'static>> {
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
fn header_rows(view: &View, p: &Painter) -> Vec<Line<'static>> {
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

/// Draws a laid-out screen; reads the cursor, never changes it.
pub fn render(frame: &mut Frame, screen: Screen, view: &View, cursor: &Cursor, theme: Theme) {
    frame.render_widget(Paragraph::new("").style(theme.base()), screen.area);
    if let Some(lines) = screen.too_small {
        frame.render_widget(Paragraph::new(lines).style(theme.base()), screen.area);
        return;
    }
    let shown = screen.rows_seen();
    frame.render_widget(Paragraph::new(screen.header), screen.top);
    let overflow = screen.content.len() > screen.body.height as usize;
    let mut visible: Vec<Line> = screen.content.iter().skip(cursor.scroll).take(shown).cloned().collect();
    if overflow {
        // Said in words, not only with an arrow or a colour.
        let below = cursor.scroll + shown < screen.content.len();
        visible.extend(if below { screen.more_below } else { screen.more_above });
    }
    let input_row = screen
        .field
        .and_then(|row| row.checked_sub(cursor.scroll))
        .filter(|row| *row < shown);
    frame.render_widget(Paragraph::new(visible), screen.body);

    let (start, end) = screen.selected;
    let gap = screen.gap;
    let list = screen.list;
    let (offset, list_height, shown_choices) =
        choice_window(screen.choices, screen.more_choices, (start, end), list, gap);
    frame.render_widget(Paragraph::new(shown_choices), list);
    frame.render_widget(Paragraph::new(screen.keys), screen.bottom);

    // The real cursor stands on the field or on the selected choice, where
    // screen magnifiers and review cursors look.
    let at = match input_row {
        Some(row) => Some((
            screen.body.x + 2 + columns(&cursor.input) as u16,
            screen.body.y + row as u16,
        )),
        None if !view.choices.is_empty() && start >= offset && start < offset + list_height => {
            Some((list.x, list.y + (gap + start - offset) as u16))
        }
        None => None,
    };
    if let Some((x, y)) = at {
        frame.set_cursor_position((x.min(screen.area.right().saturating_sub(1)), y));
    }
}

/// The choice list scrolls by itself to keep the selected one in sight; when
/// some choices are out of sight, a last row says so in words. Returns the
/// first choice row shown, how many are shown, and the rows to draw.
fn choice_window(
    choices: Vec<Line<'static>>,
    mut more_choices: Vec<Line<'static>>,
    (start, end): (usize, usize),
    list: Rect,
    gap: usize,
) -> (usize, usize, Vec<Line<'static>>) {
    let available = (list.height as usize).saturating_sub(gap);
    let mut list_height = available;
    let hidden = choices.len() > list_height;
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
    let mut rows = vec![Line::raw(""); gap];
    let total = choices.len();
    rows.extend(choices.into_iter().skip(offset).take(list_height));
    if hidden && (offset > 0 || offset + list_height < total) {
        rows.extend(more_choices);
    }
    (offset, list_height, rows)
}
