//! The full screen (ratatui + crossterm): keyboard only, one step per screen.
//! Drawing is a function of the `View` and the cursor; state changes only
//! through messages. `theme` styles, `keys` turns keys into messages, `rows`
//! says each part as rows, `layout` gives each part its room, `draw` puts a
//! laid-out screen on the terminal; this file runs the terminal.

mod draw;
mod keys;
mod layout;
mod layouts;
mod rows;
mod theme;
mod whole_rows;

pub use draw::{draw, render};
pub use keys::{Cursor, key_to_msg};
pub use layout::{MIN_COLS, MIN_ROWS, Screen, lay_out};
pub use rows::Painter;
pub use theme::Theme;

use crate::app::App;
use crate::event::Event;
use crate::i18n::charset::{Charset, Transcoded};
use crate::ui::wrap::uncertain_width;
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{self, KeyCode, KeyEventKind, KeyModifiers};
use std::io::{BufWriter, Stdout};
use std::sync::mpsc::RecvTimeoutError;
use std::time::{Duration, Instant};
use whole_rows::{WholeRow, take_whole_rows, write_whole_rows};

/// How long a passing screen (preparing, checking) waits before it is drawn.
const PASSING_SCREEN: Duration = Duration::from_millis(400);

/// The full screen's terminal: frames written whole, through one buffer, in
/// the terminal's character set.
type Term = Terminal<CrosstermBackend<BufWriter<Transcoded<Stdout>>>>;

/// Runs the full screen until the flow has an outcome. The terminal is put
/// back on every way out: normal end, Ctrl-C, SIGTERM, panic (ratatui's hook).
pub fn run(app: &mut App, theme: Theme, reorder: bool) -> std::io::Result<()> {
    // ratatui's set-up (raw mode, alternate screen, the panic hook that puts
    // the terminal back), drawing through a buffer of our own: a frame then
    // reaches the terminal in one write, and a screen reader that reads the
    // screen as it changes never catches half of one (and reads it twice).
    drop(ratatui::try_init()?);
    let charset = crate::ui::terminal_charset();
    let buffered = BufWriter::with_capacity(1 << 16, Transcoded::new(std::io::stdout(), charset));
    let mut terminal = Terminal::new(CrosstermBackend::new(buffered))?;
    if reorder {
        stop_terminal_bidi();
    }
    spawn_key_reader(app.tx.clone());
    let result = show_until_outcome(app, &mut terminal, theme, reorder, charset);
    ratatui::restore();
    if reorder {
        set_terminal_bidi(true);
    }
    result
}

/// A terminal that orders right-to-left text itself (VTE, mlterm, Konsole)
/// must not reverse rows this program already ordered: BiDi mode 8 off
/// (terminal-wg BiDi spec), back on at every way out, a panic included.
fn stop_terminal_bidi() {
    set_terminal_bidi(false);
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        set_terminal_bidi(true);
        previous(info);
    }));
}

/// Keys and resizes, read on a thread of their own and sent to the loop.
fn spawn_key_reader(tx: std::sync::mpsc::Sender<Event>) {
    std::thread::spawn(move || {
        loop {
            let sent = match event::read() {
                Ok(event::Event::Key(k)) if k.kind != KeyEventKind::Release => {
                    tx.send(Event::Key(k, std::time::Instant::now()))
                }
                Ok(event::Event::Resize(_, _)) => tx.send(Event::Resize),
                Ok(_) => Ok(()),
                Err(_) => return,
            };
            if sent.is_err() {
                return;
            }
        }
    });
}

/// Draws the view, waits for something to happen, acts on everything pending,
/// and again, until the flow has an outcome.
fn show_until_outcome(
    app: &mut App,
    terminal: &mut Term,
    theme: Theme,
    reorder: bool,
    charset: Charset,
) -> std::io::Result<()> {
    let mut cursor = Cursor::default();
    let mut shown: Option<(crate::flow::Step, bool, String)> = None;
    // Clusters of uncertain width have been drawn since the last whole redraw.
    let mut uncertain_shown = false;
    // When the screen now shown first appeared: keys read before it were
    // typed for another screen (an Enter pressed twice, digits meant for the
    // number field) and are dropped.
    let (mut shown_at, mut shown_screen) = (Instant::now(), 0);
    let mut passing_waited = false;
    // The rows written whole last frame (see `whole_rows`).
    let mut whole_before: Vec<WholeRow> = vec![];
    while app.state.outcome.is_none() {
        let view = app.spoken_view();
        cursor.follow(app, &view);
        // A screen that lasts only while the edges work is drawn only if it
        // lasts: a screen reader would read it, then the next one, for nothing.
        if !app.state.is_passing() {
            passing_waited = false;
        } else if !std::mem::replace(&mut passing_waited, true) {
            match app.rx.recv_timeout(PASSING_SCREEN) {
                Ok(first) => {
                    let pending: Vec<Event> = std::iter::once(first).chain(app.rx.try_iter()).collect();
                    act_on(app, pending, view, &mut cursor, shown_at, terminal, reorder)?;
                    continue;
                }
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => break,
            }
        }
        // Terminals and unicode-width disagree on some marks (Indic vowel
        // signs, Ge'ez, emoji): a diffing redraw would leave stale cells
        // behind, so a new screen that holds them, or follows one that did,
        // is drawn whole. Any other new screen changes only the rows that
        // differ: a screen reader then says what is new, not the key hints again.
        let screen = (app.state.step, app.state.picking_language, view.lang.clone());
        let uncertain = view.texts().any(uncertain_width);
        if shown.as_ref() != Some(&screen) {
            if uncertain || uncertain_shown {
                redraw_whole(terminal, reorder)?;
                uncertain_shown = false;
            }
            shown = Some(screen);
        }
        uncertain_shown |= uncertain;
        // Stamped as the screen starts to be written: a key read after that
        // may have been typed for it.
        if cursor.screens != shown_screen {
            (shown_at, shown_screen) = (Instant::now(), cursor.screens);
        }
        let mut whole = vec![];
        let mut at = None;
        // Drawn in the terminal's character set: laid out as it will be written.
        let drawn = in_charset(&view, charset);
        terminal.draw(|f| {
            at = draw(f, &drawn, &mut cursor, theme, reorder);
            let before: Vec<u16> = whole_before.iter().map(|r: &WholeRow| r.y).collect();
            whole = take_whole_rows(f.buffer_mut(), &before);
        })?;
        write_whole_rows(terminal.backend_mut(), &whole, at)?;
        whole_before = whole;
        let Ok(first) = app.rx.recv() else { break };
        let pending: Vec<Event> = std::iter::once(first).chain(app.rx.try_iter()).collect();
        act_on(app, pending, view, &mut cursor, shown_at, terminal, reorder)?;
    }
    Ok(())
}

/// The view with only the characters `charset` has (others transliterated).
fn in_charset(view: &crate::view::View, charset: Charset) -> std::borrow::Cow<'_, crate::view::View> {
    if charset == Charset::Utf8 {
        return std::borrow::Cow::Borrowed(view);
    }
    let mut drawn = view.clone();
    for text in drawn.texts_mut() {
        *text = charset.within(text);
    }
    std::borrow::Cow::Owned(drawn)
}

/// Acts on a batch of events. The view drawn serves the first key; it is
/// built again only when the state has changed and another key waits. Keys
/// read before the screen they would act on was shown are dropped: those
/// from before `shown_at`, and those after a key or message that changed the
/// screen (it has not been drawn yet). Ctrl-C and Ctrl-D always act.
fn act_on(
    app: &mut App,
    pending: Vec<Event>,
    mut view: crate::view::View,
    cursor: &mut Cursor,
    shown_at: Instant,
    terminal: &mut Term,
    reorder: bool,
) -> std::io::Result<()> {
    let mut changed = false;
    let mut unseen = false;
    for ev in pending {
        match ev {
            // Ctrl-L draws the whole screen again, as in most terminal programs.
            Event::Key(k, _) if k.modifiers.contains(KeyModifiers::CONTROL) && k.code == KeyCode::Char('l') => {
                redraw_whole(terminal, reorder)?;
            }
            Event::Key(k, at) => {
                if std::mem::take(&mut changed) {
                    view = app.view();
                    unseen |= cursor.follow(app, &view);
                }
                let interrupt = k.modifiers.contains(KeyModifiers::CONTROL)
                    && matches!(k.code, KeyCode::Char('c') | KeyCode::Char('d'));
                if (at < shown_at || unseen) && !interrupt {
                    continue;
                }
                if let Some(msg) = key_to_msg(k, &view, cursor) {
                    app.dispatch(msg);
                    changed = true;
                }
            }
            Event::Msg(m) => {
                app.dispatch(m);
                changed = true;
            }
            Event::Resize | Event::Line(_) => {}
        }
    }
    Ok(())
}

/// Makes the next drawing write every cell: the screen is erased and both of
/// ratatui's buffers forgotten. (`Terminal::clear` would ask the terminal for
/// the cursor position, an answer the key-reading thread would swallow.)
/// With `reorder`, BiDi mode 8 is turned off again too: a terminal reattached
/// under tmux or screen may have lost it.
fn redraw_whole(terminal: &mut Term, reorder: bool) -> std::io::Result<()> {
    use ratatui::crossterm::{
        queue,
        terminal::{Clear, ClearType},
    };
    terminal.swap_buffers();
    terminal.swap_buffers();
    if reorder {
        set_terminal_bidi(false);
    }
    // Written with the next frame, in the same write.
    queue!(terminal.backend_mut(), Clear(ClearType::All))
}

/// BiDi mode 8 (BDSM): `CSI 8 h` lets the terminal reorder, `CSI 8 l` stops it.
fn set_terminal_bidi(on: bool) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(if on { b"\x1b[8h" } else { b"\x1b[8l" });
    let _ = out.flush();
}
