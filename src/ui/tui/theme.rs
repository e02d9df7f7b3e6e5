//! Styles of the full screen: never colour alone, and no fixed colour on an
//! unknown background.

use ratatui::style::{Color, Modifier, Style};

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
    pub(super) fn title(self) -> Style {
        match self {
            Theme::Default | Theme::NoColor => Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            Theme::HighContrast => Style::new()
                .fg(Color::White)
                .bg(Color::Black)
                .add_modifier(Modifier::BOLD),
        }
    }
    pub(super) fn base(self) -> Style {
        match self {
            Theme::HighContrast => Style::new().fg(Color::White).bg(Color::Black),
            _ => Style::new(),
        }
    }
    pub(super) fn note(self) -> Style {
        match self {
            Theme::Default | Theme::NoColor => Style::new().add_modifier(Modifier::BOLD),
            Theme::HighContrast => Style::new()
                .fg(Color::Yellow)
                .bg(Color::Black)
                .add_modifier(Modifier::BOLD),
        }
    }
    pub(super) fn second(self) -> Style {
        match self {
            Theme::HighContrast => self.base(),
            _ => Style::new().add_modifier(Modifier::ITALIC),
        }
    }
    pub(super) fn selected(self) -> Style {
        // Reverse video and bold, and the terminal's cursor: never colour alone.
        self.base().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }
}
