//! The full screen (ratatui + crossterm): keyboard only, one step per screen.
//! Drawing is a pure function of the `View` and the cursor; state changes
//! only through messages.

use crate::app::App;
use crate::flow::{Action, Msg, Step};
use crate::runner::Event;
use crate::ui::bidi;
use crate::ui::wrap::{columns, wrap};
use crate::view::{Text, View};
use ratatui::Frame;
use ratatui::crossterm::event::{self, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::layout::{Constraint, Layout};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use zeroize::Zeroizing;

/// Below this, the screen asks to be enlarged (or for `--plain`).
pub const MIN_COLS: u16 = 40;
pub const MIN_ROWS: u16 = 12;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    Default,
    /// `NO_COLOR`: no colour at all, emphasis only.
    NoColor,
    /// Bright text on black, bold; for low vision.
    HighContrast,
}

impl Theme {
    // The default theme keeps the terminal's own colours, whatever its background
    // (a fixed yellow or cyan is unreadable on a light one): emphasis is bold,
    // underline and reverse video only.
    fn title(self) -> Style {
        match self {
            Theme::Default | Theme::NoColor => Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            Theme::HighContrast => Style::new()
                .fg(Color::White)
                .bg(Color::Black)
                .add_modifier(Modifier::BOLD),
        }
    }
    fn base(self) -> Style {
        match self {
            Theme::HighContrast => Style::new().fg(Color::White).bg(Color::Black),
            _ => Style::new(),
        }
    }
    fn note(self) -> Style {
        match self {
            Theme::Default | Theme::NoColor => Style::new().add_modifier(Modifier::BOLD),
            Theme::HighContrast => Style::new()
                .fg(Color::Yellow)
                .bg(Color::Black)
                .add_modifier(Modifier::BOLD),
        }
    }
    fn second(self) -> Style {
        match self {
            Theme::HighContrast => self.base(),
            _ => Style::new().add_modifier(Modifier::ITALIC),
        }
    }
    fn selected(self) -> Style {
        // Reverse video plus the ">" marker: never colour alone.
        self.base().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }
}

/// Cursor state of the full screen; reset whenever the screen changes.
#[derive(Default)]
pub struct Cursor {
    pub selected: usize,
    pub scroll: usize,
    /// Rows of content seen at once (set by the last drawing): Page Down moves
    /// one row less, so that no row is ever skipped.
    pub page: usize,
    pub input: Zeroizing<String>,
    /// What has been typed to find a language in the picker.
    pub search: String,
    screen: Option<ScreenKey>,
    /// The cursor of the step under the language picker, put back after it.
    under_picker: Option<(ScreenKey, usize)>,
}

/// What makes a screen another one: the cursor is reset when it changes.
#[derive(Clone, Debug, PartialEq, Eq)]
struct ScreenKey {
    step: Step,
    picking_language: bool,
    typing: bool,
    choices: usize,
    first_choice: String,
}

impl Cursor {
    /// Puts the cursor on the default choice of a new screen.
    pub fn follow(&mut self, app: &App, view: &View) {
        let key = ScreenKey {
            step: app.state.step,
            picking_language: app.state.picking_language,
            typing: view.input.is_some(),
            choices: view.choices.len(),
            first_choice: view
                .choices
                .first()
                .map(|c| format!("{:?}", c.action))
                .unwrap_or_default(),
        };
        if self.screen.as_ref() != Some(&key) {
            // Opening the picker keeps the step's cursor to put it back after.
            if let Some(old) = self.screen.take()
                && key.picking_language
            {
                self.under_picker = Some((old, self.selected));
            }
            self.selected = match self.under_picker.take() {
                Some((k, selected)) if k == key => selected,
                other => {
                    self.under_picker = other.filter(|_| key.picking_language);
                    view.default.unwrap_or(0)
                }
            };
            self.scroll = 0;
            self.input = Zeroizing::new(String::new());
            self.search.clear();
            self.screen = Some(key);
        }
        self.selected = self.selected.min(view.choices.len().saturating_sub(1));
    }
}

/// Each key of a hint ("L : langue") stays on one row: a key is never parted from its word.
fn keep_keys_whole(hint: &str) -> String {
    hint.split(" · ")
        .map(|item| item.replace(' ', "\u{a0}"))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// Page Down (or Up) by the rows seen at once, less one: the last row seen
/// stays in sight, so that no row is ever skipped.
fn scroll(cursor: &mut Cursor, down: bool) {
    let step = cursor.page.saturating_sub(1).max(1);
    cursor.scroll = if down {
        cursor.scroll + step
    } else {
        cursor.scroll.saturating_sub(step)
    };
}

/// Turns a key into a message; `None` when it only moves the cursor.
pub fn key_to_msg(key: KeyEvent, view: &View, cursor: &mut Cursor) -> Option<Msg> {
    if key.modifiers.contains(KeyModifiers::CONTROL) && matches!(key.code, KeyCode::Char('c') | KeyCode::Char('d')) {
        return Some(Msg::Interrupted);
    }
    if view.input.is_some() {
        return match key.code {
            KeyCode::Enter => Some(Msg::Typed(std::mem::replace(
                &mut cursor.input,
                Zeroizing::new(String::new()),
            ))),
            KeyCode::Esc => Some(Msg::Back),
            KeyCode::F(1) => Some(Msg::ToggleHelp),
            // Shows the digits of the number for the helper, or hides them again.
            KeyCode::F(2) => Some(Msg::ToggleDigits),
            KeyCode::PageDown | KeyCode::PageUp => {
                scroll(cursor, key.code == KeyCode::PageDown);
                None
            }
            KeyCode::Backspace if cursor.input.is_empty() => Some(Msg::Back),
            KeyCode::Backspace => {
                cursor.input.pop();
                None
            }
            // The number: digits, the Corsican A/B, and the spaces printed on the
            // card; an error code: letters and digits.
            KeyCode::Char(c) if c.is_ascii_digit() || c == ' ' || c.is_ascii_alphabetic() => {
                if cursor.input.len() < 32 {
                    cursor.input.push(c);
                }
                None
            }
            _ => None,
        };
    }
    let n = view.choices.len();
    let act = |i: usize| view.choices.get(i).map(|c| Msg::Act(c.action));
    // In the language picker, letters find a language by the start of its name.
    let searchable = view.choices.iter().any(|c| !c.keywords.is_empty());
    if searchable && !key.modifiers.contains(KeyModifiers::CONTROL) {
        match key.code {
            // Q still quits when nothing has been typed.
            KeyCode::Char(c)
                if (c.is_alphabetic() && !(cursor.search.is_empty() && matches!(c, 'q' | 'Q')))
                    || (c == '-' && !cursor.search.is_empty()) =>
            {
                cursor.search.push(c);
                if let Some(i) = view.find(&cursor.search) {
                    cursor.selected = i;
                }
                return None;
            }
            KeyCode::Backspace if !cursor.search.is_empty() => {
                cursor.search.pop();
                if let Some(i) = view.find(&cursor.search) {
                    cursor.selected = i;
                }
                return None;
            }
            _ => {}
        }
    }
    match key.code {
        KeyCode::Up | KeyCode::Char('k') => {
            cursor.selected = (cursor.selected + n.max(1) - 1) % n.max(1);
            None
        }
        KeyCode::Down | KeyCode::Char('j') | KeyCode::Tab => {
            cursor.selected = (cursor.selected + 1) % n.max(1);
            None
        }
        KeyCode::Home => {
            cursor.selected = 0;
            None
        }
        KeyCode::End => {
            cursor.selected = n.saturating_sub(1);
            None
        }
        KeyCode::PageDown | KeyCode::PageUp => {
            scroll(cursor, key.code == KeyCode::PageDown);
            None
        }
        // No default (the edges are working): Enter waits rather than cancels.
        KeyCode::Enter if view.default.is_none() => None,
        KeyCode::Enter => act(cursor.selected),
        KeyCode::Char(c @ '1'..='9') => act(c as usize - '1' as usize),
        KeyCode::Esc | KeyCode::Backspace | KeyCode::Left => Some(Msg::Back),
        KeyCode::Char('?') | KeyCode::F(1) => Some(Msg::ToggleHelp),
        KeyCode::Char('l') | KeyCode::Char('L') => Some(Msg::PickLanguage),
        KeyCode::Char('b') | KeyCode::Char('B') => Some(Msg::ToggleBilingual),
        KeyCode::Char('f') | KeyCode::Char('F') => Some(Msg::SwapLanguages),
        KeyCode::Char('v') | KeyCode::Char('V') => Some(Msg::ToggleSpeech),
        KeyCode::Char('q') | KeyCode::Char('Q') => Some(Msg::Act(Action::Quit)),
        _ => None,
    }
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

/// Runs the full screen until the flow has an outcome. The terminal is put
/// back on every way out: normal end, Ctrl-C, SIGTERM, panic (ratatui's hook).
pub fn run(app: &mut App, theme: Theme, reorder: bool) -> std::io::Result<()> {
    let mut terminal = ratatui::try_init()?;
    // A terminal that orders right-to-left text itself (VTE, mlterm, Konsole)
    // must not reverse rows this program already ordered: BiDi mode 8 off
    // (terminal-wg BiDi spec), back on at every way out.
    if reorder {
        set_terminal_bidi(false);
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            set_terminal_bidi(true);
            previous(info);
        }));
    }
    let tx = app.tx.clone();
    std::thread::spawn(move || {
        loop {
            let sent = match event::read() {
                Ok(event::Event::Key(k)) if k.kind != KeyEventKind::Release => tx.send(Event::Key(k)),
                Ok(event::Event::Resize(_, _)) => tx.send(Event::Resize),
                Ok(_) => Ok(()),
                Err(_) => return,
            };
            if sent.is_err() {
                return;
            }
        }
    });
    let mut cursor = Cursor::default();
    let mut shown: Option<(crate::flow::Step, bool, String)> = None;
    let result = (|| {
        while app.state.outcome.is_none() {
            let spoken = app.view();
            app.voice(&spoken);
            let view = app.view();
            cursor.follow(app, &view);
            // Terminals and unicode-width disagree on some marks (Indic vowel
            // signs, Ge'ez, emoji): a diffing redraw would leave stale cells
            // behind. Each new screen is drawn whole.
            let screen = (app.state.step, app.state.picking_language, view.lang.clone());
            if shown.as_ref() != Some(&screen) {
                redraw_whole(&mut terminal)?;
                shown = Some(screen);
            }
            terminal.draw(|f| draw_with(f, &view, &mut cursor, theme, reorder))?;
            // Wait for something to happen, then take everything pending before drawing again.
            let Ok(first) = app.rx.recv() else { break };
            let mut pending = vec![first];
            pending.extend(app.rx.try_iter());
            for ev in pending {
                match ev {
                    // Ctrl-L draws the whole screen again, as in most terminal programs.
                    Event::Key(k) if k.modifiers.contains(KeyModifiers::CONTROL) && k.code == KeyCode::Char('l') => {
                        redraw_whole(&mut terminal)?;
                    }
                    Event::Key(k) => {
                        let view = app.view();
                        cursor.follow(app, &view);
                        if let Some(msg) = key_to_msg(k, &view, &mut cursor) {
                            app.dispatch(msg);
                        }
                    }
                    Event::Msg(m) => app.dispatch(m),
                    Event::Resize | Event::Line(_) => {}
                }
            }
        }
        Ok(())
    })();
    ratatui::restore();
    if reorder {
        set_terminal_bidi(true);
    }
    result
}

/// Makes the next drawing write every cell: the screen is erased and both of
/// ratatui's buffers forgotten. (`Terminal::clear` would ask the terminal for
/// the cursor position, an answer the key-reading thread would swallow.)
fn redraw_whole(terminal: &mut ratatui::DefaultTerminal) -> std::io::Result<()> {
    use ratatui::crossterm::{
        execute,
        terminal::{Clear, ClearType},
    };
    terminal.swap_buffers();
    terminal.swap_buffers();
    execute!(std::io::stdout(), Clear(ClearType::All))
}

/// BiDi mode 8 (BDSM): `CSI 8 h` lets the terminal reorder, `CSI 8 l` stops it.
fn set_terminal_bidi(on: bool) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(if on { b"\x1b[8h" } else { b"\x1b[8l" });
    let _ = out.flush();
}
