//! What a face's loop waits on. Its own module: the edges (the runner) send
//! events and the app holds their channel, and neither should import the other.

use crate::flow::Msg;

/// Everything a face's loop waits on: its input, and the flow's messages
/// coming back from the edges.
#[derive(Debug)]
pub enum Event {
    Msg(Msg),
    /// A line typed in plain mode; `None` at end of input.
    Line(Option<String>),
    /// A key, and when it was read: keys typed before a screen was shown never act on it.
    Key(ratatui::crossterm::event::KeyEvent, std::time::Instant),
    Resize,
}
