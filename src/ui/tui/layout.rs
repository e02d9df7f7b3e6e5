//! Where each part of the full screen goes: the room the header, content,
//! choices and keys get on this terminal, and the rows each shows.

use super::keys::Cursor;
use super::rows::{Painter, choice_rows, content_rows, header_rows, key_rows, note_rows};
use super::theme::Theme;
use crate::view::View;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::Line;

/// Below this, the screen asks to be enlarged (or for `--plain`).
pub const MIN_COLS: u16 = 40;
pub const MIN_ROWS: u16 = 12;
/// From this many rows, the reminder is pinned above the choices.
const PIN_NOTE_FROM: u16 = 20;

/// One frame, laid out: the rows of each part and the room each part gets.
pub struct Screen {
    pub(super) area: Rect,
    /// Set when the terminal is too small: the only thing shown.
    pub(super) too_small: Option<Vec<Line<'static>>>,
    pub(super) header: Vec<Line<'static>>,
    pub(super) keys: Vec<Line<'static>>,
    pub(super) choices: Vec<Line<'static>>,
    /// First and last row (excluded) of the selected choice.
    pub(super) selected: (usize, usize),
    pub(super) content: Vec<Line<'static>>,
    /// The content row of the text field, if any.
    pub(super) field: Option<usize>,
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
    screen.keys = key_rows(view, &p, area.height < 20);
    screen.header = header_rows(view, &p);
    (screen.choices, screen.selected) = choice_rows(view, cursor, &p);
    // Where there is room, the reminder stays in place above the choices:
    // always in sight, and, the same words from step to step, not said again
    // by a screen reader (scrolled with the content, it would come back
    // into sight, and be said, after a step that hid it).
    let pin = area.height >= PIN_NOTE_FROM;
    screen.note = if pin { note_rows(view, &p) } else { vec![] };
    let fixed = screen.header.len() + 1 + screen.keys.len().min(4) + screen.note.len();
    let room = (area.height as usize).saturating_sub(fixed);
    (screen.content, screen.field) = content_rows(view, cursor, &p, !pin);
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
    // The "more" lines are said whole, however many rows they wrap to.
    let bold = theme.base().add_modifier(Modifier::BOLD);
    p.paragraph(&mut screen.more_below, &view.words.more_below, "", bold);
    p.paragraph(&mut screen.more_above, &view.words.more_above, "", bold);
    p.paragraph(&mut screen.more_choices, &view.words.more_choices, "", bold);
    screen
}
