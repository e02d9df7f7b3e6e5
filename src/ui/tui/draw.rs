//! Drawing a laid-out screen: the content scrolled, the choices kept in
//! sight, the real cursor where a screen reader looks.

use super::keys::Cursor;
use super::layout::{Screen, lay_out};
use super::rows::compact_more;
use super::theme::Theme;
use crate::ui::wrap::columns;
use crate::view::View;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

/// Lays the view out, fits the cursor to what is seen, then renders: the only
/// step that changes the cursor comes before drawing, which reads it only.
/// `reorder`: put right-to-left rows in visual order here (false for `--bidi terminal`).
/// Returns where the terminal's cursor stands.
pub fn draw(frame: &mut Frame, view: &View, cursor: &mut Cursor, theme: Theme, reorder: bool) -> Option<(u16, u16)> {
    let screen = lay_out(frame.area(), view, cursor, theme, reorder);
    if screen.too_small.is_none() {
        cursor.fit(screen.rows_seen(), screen.content.len());
        cursor.page = screen.rows_shown(cursor.scroll);
    }
    render(frame, screen, view, cursor, theme)
}

/// Draws a laid-out screen; reads the cursor, never changes it. Returns where
/// the terminal's cursor stands.
pub fn render(frame: &mut Frame, screen: Screen, view: &View, cursor: &Cursor, theme: Theme) -> Option<(u16, u16)> {
    frame.render_widget(Paragraph::new("").style(theme.base()), screen.area);
    if let Some(lines) = screen.too_small {
        frame.render_widget(Paragraph::new(lines).style(theme.base()), screen.area);
        return None;
    }
    let shown = screen.rows_shown(cursor.scroll);
    let seen = screen.rows_seen();
    frame.render_widget(Paragraph::new(screen.header), screen.top);
    let overflow = screen.content.len() > screen.body.height as usize;
    let mut visible: Vec<Line> = screen.content.iter().skip(cursor.scroll).take(shown).cloned().collect();
    // How the content stands: more below (true), only above (false), or all seen.
    let below = cursor.scroll + shown < screen.content.len();
    let out_of_sight = overflow.then_some(below || cursor.scroll == 0);
    if overflow && !screen.compact {
        visible.resize(seen, Line::raw(""));
        // Said in words, not only with an arrow or a colour.
        visible.extend(if below { screen.more_below } else { screen.more_above });
    }
    let input_row = screen
        .field
        .and_then(|row| row.checked_sub(cursor.scroll))
        .filter(|row| *row < shown);
    frame.render_widget(Paragraph::new(visible), screen.body);
    frame.render_widget(Paragraph::new(screen.note), screen.pinned);

    let (start, end) = screen.selected;
    let gap = screen.gap;
    let list = screen.list;
    let total = screen.choices.len();
    let more_choices = if screen.compact { vec![] } else { screen.more_choices };
    let (offset, list_height, shown_choices) = choice_window(screen.choices, more_choices, (start, end), list, gap);
    frame.render_widget(Paragraph::new(shown_choices), list);
    frame.render_widget(Paragraph::new(screen.keys), screen.bottom);
    if screen.compact {
        let hidden = offset > 0 || offset + list_height < total;
        frame.render_widget(
            Paragraph::new(compact_more(view, &screen.painter, out_of_sight, hidden)),
            screen.status,
        );
    }
    let pinned_field = screen.pinned_field.is_some();
    if let Some(field) = screen.pinned_field {
        frame.render_widget(Paragraph::new(field), screen.field_area);
    }

    // The real cursor stands on the field or on the selected choice, where
    // screen magnifiers and review cursors look.
    let at = match input_row {
        _ if pinned_field => Some((
            screen.field_area.x + 2 + columns(&cursor.input) as u16,
            screen.field_area.y,
        )),
        Some(row) => Some((
            screen.body.x + 2 + columns(&cursor.input) as u16,
            screen.body.y + row as u16,
        )),
        None if !view.choices.is_empty() && start >= offset && start < offset + list_height => {
            Some((list.x, list.y + (gap + start - offset) as u16))
        }
        None => None,
    };
    let at = at.map(|(x, y)| (x.min(screen.area.right().saturating_sub(1)), y));
    if let Some(at) = at {
        frame.set_cursor_position(at);
    }
    at
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
