//! The two faces. Both draw the same `View`; neither changes state while drawing.
pub mod bidi;
pub mod console;
pub mod plain;
pub mod tui;
pub mod wrap;

use crate::app::App;
use crate::cli::Options;
use std::io::IsTerminal;

/// Which face a run shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Face {
    /// Line by line: asked for, or no terminal to draw on (a pipe, `TERM=dumb`).
    Plain,
    /// `reorder`: put right-to-left rows in visual order here (off with `--bidi terminal`).
    FullScreen { theme: tui::Theme, reorder: bool },
}

impl Face {
    pub fn chosen(options: &Options) -> Face {
        let set = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty() && v != "0").is_some();
        let plain = options.plain
            || set("FCGUIDE_PLAIN")
            || std::env::var("TERM").is_ok_and(|t| t == "dumb")
            || !std::io::stdin().is_terminal()
            || !std::io::stdout().is_terminal();
        if plain {
            return Face::Plain;
        }
        let high_contrast = options.high_contrast || std::env::var("FCGUIDE_THEME").is_ok_and(|t| t == "high-contrast");
        let theme = if high_contrast {
            tui::Theme::HighContrast
        } else if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
            tui::Theme::NoColor
        } else {
            tui::Theme::Default
        };
        Face::FullScreen {
            theme,
            reorder: !options.bidi_terminal,
        }
    }

    /// Runs the flow in this face until it has an outcome.
    pub fn run(self, app: &mut App) -> std::io::Result<()> {
        match self {
            Face::Plain => {
                plain::run_on_terminal(app);
                Ok(())
            }
            Face::FullScreen { .. }
                if console::is_linux_console() && !console::can_show_language(&app.catalog, &app.state.lang) =>
            {
                use std::io::Write;
                let mut out = crate::i18n::charset::Transcoded::new(std::io::stdout().lock(), terminal_charset());
                out.write_all(console::notice(&app.catalog, &app.state.lang).as_bytes())?;
                out.flush()
            }
            Face::FullScreen { theme, reorder } => {
                if console::is_linux_console() {
                    app.state.undrawable = console::undrawable_languages(&app.catalog, &app.state.languages);
                }
                tui::run(app, theme, reorder)
            }
        }
    }
}

/// The terminal's character set, as the locale names it (read once: the
/// locale of a run does not change).
pub fn terminal_charset() -> crate::i18n::charset::Charset {
    static CHARSET: std::sync::OnceLock<crate::i18n::charset::Charset> = std::sync::OnceLock::new();
    *CHARSET.get_or_init(|| crate::i18n::charset::Charset::from_env(|k| std::env::var(k).ok()))
}
