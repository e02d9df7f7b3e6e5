//! The two faces. Both draw the same `View`; neither changes state while drawing.
pub mod bidi;
pub mod plain;
pub mod tui;
pub mod wrap;
