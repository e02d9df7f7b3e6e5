//! Plain mode: line by line, numbered choices, Enter alone takes the default.
//! Only new text is printed: no redraw, no colour, no escape codes, no spinner.
//! Made for screen readers, pipes, `TERM=dumb` and slow links.

use crate::app::App;
use crate::app::Event;
use crate::flow::{Login, Msg, Step};
use crate::i18n::Arg;
use crate::view::{Text, View};
use std::collections::VecDeque;
use std::io::{BufRead, Write};
use std::sync::mpsc::RecvTimeoutError;
use std::time::Duration;
use zeroize::Zeroizing;

/// At most one "still waiting" line in this time (WCAG: no flood of updates).
const STILL_WAITING_EVERY: Duration = Duration::from_secs(30);

/// Reads lines on a thread so that the main loop can also hear the edges.
pub fn spawn_reader(input: impl BufRead + Send + 'static, tx: std::sync::mpsc::Sender<Event>) {
    std::thread::spawn(move || {
        let mut input = input;
        loop {
            let mut line = String::new();
            match input.read_line(&mut line) {
                Ok(0) | Err(_) => {
                    let _ = tx.send(Event::Line(None));
                    return;
                }
                Ok(_) => {
                    let trimmed = line.trim_end_matches(['\n', '\r']).to_string();
                    zeroize::Zeroize::zeroize(&mut line);
                    if tx.send(Event::Line(Some(trimmed))).is_err() {
                        return;
                    }
                }
            }
        }
    });
}

pub struct Plain<W: Write> {
    out: W,
    /// Whether a person types (a terminal) rather than a script (a pipe).
    interactive: bool,
    last: Option<View>,
    queue: VecDeque<Option<String>>,
    /// Whether the current screen takes an answer now (else no prompt is printed).
    asking: bool,
    /// A prompt is on the line, waiting: a status line must start on a new line.
    prompted: bool,
    /// The screen's language reads right to left: lines carry direction marks.
    rtl: bool,
    /// Said once and not again, for listening: "0. Back", and each French label.
    back_said: bool,
    french_said: Vec<String>,
}

impl<W: Write> Plain<W> {
    pub fn new(out: W, interactive: bool) -> Self {
        Plain {
            out,
            interactive,
            last: None,
            queue: VecDeque::new(),
            asking: true,
            prompted: false,
            back_said: false,
            french_said: Vec::new(),
            rtl: false,
        }
    }

    pub fn run(&mut self, app: &mut App) {
        let first = app.view();
        self.rtl = first.rtl;
        self.line(&first.words.keys_plain);
        // The practice banner once, at the start (and in help): heard on every step it costs minutes.
        if let Some(mark) = &first.practice {
            self.line(&format!("({mark})"));
        }
        self.show(app);
        while app.state.outcome.is_none() {
            match app.rx.recv_timeout(STILL_WAITING_EVERY) {
                Ok(Event::Line(line)) => {
                    self.prompted = false;
                    self.queue.push_back(line)
                }
                Ok(Event::Msg(msg)) => app.dispatch(msg),
                Ok(_) => {}
                Err(RecvTimeoutError::Timeout) => {
                    // A status line of its own, then the question again (nothing
                    // has changed since the last view was shown).
                    let waiting = matches!(app.state.login, Login::Waiting { .. } | Login::Checking);
                    if waiting && let Some(view) = self.last.take() {
                        self.line(&view.words.still_waiting);
                        self.prompt(&view);
                        self.last = Some(view);
                    }
                    continue;
                }
                Err(RecvTimeoutError::Disconnected) => app.dispatch(Msg::Interrupted),
            }
            self.show(app);
            while self.accepts_input(app) && app.state.outcome.is_none() {
                let Some(line) = self.queue.pop_front() else {
                    break;
                };
                self.answer(app, line);
                self.show(app);
            }
        }
        // A closing line: the end is said, not left to silence.
        let end = match app.state.outcome {
            Some(crate::flow::Outcome::Connected) => "end-connected",
            Some(crate::flow::Outcome::Failed) => "end-failed",
            _ => "end-cancelled",
        };
        let text = app.text(end, &[]);
        self.line(&text);
        let _ = self.out.flush();
    }

    /// A line of its own, even after a prompt waiting for an answer. On a
    /// right-to-left screen it carries its direction (logical order is kept).
    fn line(&mut self, text: &str) {
        if self.prompted {
            let _ = writeln!(self.out);
            self.prompted = false;
        }
        if self.rtl && !text.trim().is_empty() {
            let _ = writeln!(self.out, "{}", crate::ui::bidi::mark_rtl_line(text));
        } else {
            let _ = writeln!(self.out, "{text}");
        }
    }

    /// Answers wait while the edges work; a script's answers also wait while
    /// the browser is out, so that piped answers land on the questions they are for.
    fn accepts_input(&self, app: &App) -> bool {
        if app.state.step != Step::Authenticate || app.state.picking_language {
            return true;
        }
        match app.state.login {
            Login::Starting | Login::Checking => false,
            Login::Waiting { timed_out, .. } => self.interactive || timed_out,
            Login::Idle | Login::Failed(_) => true,
        }
    }

    /// Acts on a line, read against the view last shown (the state has not
    /// changed since: every change is shown before the next line is read).
    fn answer(&mut self, app: &mut App, line: Option<String>) {
        let Some(line) = line else {
            // End of input: nobody is left to answer.
            app.dispatch(Msg::Interrupted);
            return;
        };
        let view = match self.last.take() {
            Some(v) => v,
            None => app.view(),
        };
        let msg = self.message_for(app, &view, line);
        self.last = Some(view);
        if let Some(msg) = msg {
            app.dispatch(msg);
        }
    }

    /// What a line asks for on this view; `None` when it asks for nothing or
    /// was not understood (then said, and the question asked again).
    fn message_for(&mut self, app: &App, view: &View, line: String) -> Option<Msg> {
        let word = line.trim();
        Some(match word {
            "<" | "0" => Msg::Back,
            "?" | "h" | "H" => Msg::ToggleHelp,
            // On the number, "s" shows the digits (for the helper) or hides them again.
            "s" | "S" if view.input.is_some() && app.state.step == Step::NirCheck => Msg::ToggleDigits,
            "q" | "Q" => Msg::Act(crate::flow::Action::Quit),
            "l" | "L" => Msg::PickLanguage,
            "b" | "B" => Msg::ToggleBilingual,
            "f" | "F" => Msg::SwapLanguages,
            "v" | "V" => Msg::ToggleSpeech,
            _ if view.input.is_some() => Msg::Typed(Zeroizing::new(line)),
            "" => Msg::Act(view.choices[view.default?].action),
            _ => match word.parse::<usize>() {
                Ok(n) if (1..=view.choices.len()).contains(&n) => Msg::Act(view.choices[n - 1].action),
                // A language can be found by typing the start of its name.
                _ => match view.find(word) {
                    Some(i) => Msg::Act(view.choices[i].action),
                    None => {
                        let max = view.choices.len() as i64;
                        let _ = writeln!(self.out, "{}", app.text("plain-invalid", &[("max", Arg::Num(max))]));
                        self.prompt(view);
                        return None;
                    }
                },
            },
        })
    }

    /// Prints what is new since the last view: a whole screen when the step
    /// changes, otherwise only the parts that changed.
    fn show(&mut self, app: &mut App) {
        if app.state.outcome.is_some() {
            return;
        }
        let view = app.spoken_view();
        self.rtl = view.rtl;
        self.asking = self.accepts_input(app);
        let Some(last) = self.last.take() else {
            self.screen(&view);
            return self.remember(view);
        };
        if last == view {
            return self.remember(view);
        }
        if last.progress != view.progress || last.title != view.title || last.lang != view.lang {
            self.screen(&view);
            return self.remember(view);
        }
        for t in view.body.iter().filter(|t| !last.body.contains(t)) {
            self.text("", t);
        }
        if view.notice != last.notice
            && let Some(n) = &view.notice
        {
            self.line(&n.clone());
        }
        if (view.address != last.address || view.command != last.command) && self.shows_address(&view) {
            self.address(&view);
        }
        if view.french != last.french {
            self.french(&view);
        }
        if view.note != last.note {
            self.note(&view);
        }
        if view.help != last.help {
            self.help(&view);
        }
        let details_asked = view.help != last.help && view.choices.iter().any(|c| c.detail.is_some());
        if details_asked || view.choices != last.choices || view.default != last.default || view.back != last.back {
            self.choices(&view);
        }
        self.prompt(&view);
        self.remember(view);
    }

    fn remember(&mut self, view: View) {
        set_echo(!view.input.as_ref().is_some_and(|i| i.masked));
        self.last = Some(view);
    }

    fn text(&mut self, label: &str, t: &Text) {
        let prefix = if label.is_empty() {
            String::new()
        } else {
            format!("{label} ")
        };
        self.line(&format!("{prefix}{}", t.main));
        if let Some(second) = &t.second {
            self.line(&format!("  {second}"));
        }
    }

    fn screen(&mut self, v: &View) {
        self.line("");
        self.line(&format!("{}. {}", v.progress, v.title.main));
        if let Some(second) = &v.second {
            self.line(&format!("  {}", second.progress));
        }
        if let Some(second) = &v.title.second {
            self.line(&format!("  {second}"));
        }
        // The connected mark is for the eye; the title already says it.
        for t in &v.body {
            self.text("", t);
        }
        if let Some(n) = &v.notice {
            self.line(&n.clone());
        }
        if self.shows_address(v) {
            self.address(v);
        }
        self.french(v);
        self.note(v);
        self.help(v);
        self.choices(v);
        self.prompt(v);
    }

    /// An address is printed when the person must open it; once the browser
    /// has opened it, it is in help ("h"), where reading it out costs nobody time.
    fn shows_address(&self, v: &View) -> bool {
        v.address.is_some() && (v.address_needed || !v.help.is_empty())
    }

    fn address(&mut self, v: &View) {
        for a in [&v.address, &v.command].into_iter().flatten() {
            self.line(&format!("  {a}"));
        }
    }

    /// The reminder is said where it adds something: the general one repeats
    /// what the welcome step says (the full screen keeps it on every step).
    fn note(&mut self, v: &View) {
        if v.note_is_reminder {
            return;
        }
        self.text(&v.words.note_label.clone(), &v.note);
    }

    fn help(&mut self, v: &View) {
        for t in &v.help {
            self.text(&v.words.help_label.clone(), t);
        }
    }

    /// The French words of the site, each said once in the run (help says them again).
    fn french(&mut self, v: &View) {
        let new: Vec<_> = v
            .french
            .iter()
            .filter(|w| !v.help.is_empty() || !self.french_said.contains(&w.french))
            .cloned()
            .collect();
        if new.is_empty() {
            return;
        }
        self.line(&v.words.french_label.clone());
        for w in new {
            let line = match &w.translation {
                Some(tr) => format!("  «\u{a0}{}\u{a0}» = {tr}", w.french),
                None => format!("  «\u{a0}{}\u{a0}»", w.french),
            };
            self.line(&line);
            self.french_said.push(w.french);
        }
    }

    /// The menu, when an answer is taken now (a menu of a passing state,
    /// "preparing…", "checking…", is not worth hearing).
    fn choices(&mut self, v: &View) {
        if !self.asking {
            return;
        }
        // The default is said by the prompt ("Enter alone: …"); the details
        // (who can have each account) come with help, where they cost no one time.
        for (i, c) in v.choices.iter().enumerate() {
            self.line(&format!("{}. {}", i + 1, c.label));
            if let Some(second) = &c.second {
                self.line(&format!("   {second}"));
            }
            if let (Some(d), false) = (&c.detail, v.help.is_empty()) {
                self.line(&format!("   {d}"));
            }
        }
        // Listed once, and said in the key line at the start: "0" always goes back.
        if let (Some(back), false) = (&v.back, self.back_said) {
            self.line(&format!("0. {back}"));
            self.back_said = true;
        }
    }

    fn prompt(&mut self, v: &View) {
        if !self.asking {
            return;
        }
        if self.rtl {
            let _ = write!(self.out, "\u{200F}");
        }
        match (&v.input, v.choices.is_empty()) {
            (Some(input), _) => {
                let label = &input.label;
                let mut hidden = if self.interactive && input.masked {
                    format!(" ({})", v.words.input_hidden)
                } else {
                    String::new()
                };
                if let (true, Some(hint)) = (self.interactive, &input.show_hint) {
                    hidden.push_str(&format!(" ({hint})"));
                }
                let _ = write!(self.out, "{label}{hidden} > ");
                self.prompted = true;
            }
            (None, false) => {
                let _ = write!(self.out, "{} ({}) > ", v.words.prompt, v.words.prompt_default);
                self.prompted = true;
            }
            (None, true) => {}
        }
        let _ = self.out.flush();
    }
}

/// Hides typing of the social security number on a terminal; restored otherwise.
fn set_echo(on: bool) {
    use std::io::IsTerminal;
    if std::io::stdin().is_terminal() {
        echo::set(on);
    }
}

#[cfg(unix)]
mod echo {
    pub fn set(on: bool) {
        // SAFETY: termios calls on standard input with a zeroed, then filled, struct.
        unsafe {
            let mut t: libc::termios = std::mem::zeroed();
            if libc::tcgetattr(0, &mut t) != 0 {
                return;
            }
            let want = if on {
                t.c_lflag | libc::ECHO
            } else {
                t.c_lflag & !libc::ECHO
            };
            if want != t.c_lflag {
                t.c_lflag = want;
                libc::tcsetattr(0, libc::TCSANOW, &t);
            }
        }
    }
}

// Written for Windows consoles, not built on this project's machines (see README).
#[cfg(windows)]
mod echo {
    use windows_sys::Win32::System::Console::{
        CONSOLE_MODE, ENABLE_ECHO_INPUT, GetConsoleMode, GetStdHandle, STD_INPUT_HANDLE, SetConsoleMode,
    };

    pub fn set(on: bool) {
        // SAFETY: console-mode calls on the process's own input handle.
        unsafe {
            let input = GetStdHandle(STD_INPUT_HANDLE);
            let mut mode: CONSOLE_MODE = 0;
            if GetConsoleMode(input, &mut mode) == 0 {
                return;
            }
            let want = if on {
                mode | ENABLE_ECHO_INPUT
            } else {
                mode & !ENABLE_ECHO_INPUT
            };
            if want != mode {
                SetConsoleMode(input, want);
            }
        }
    }
}

#[cfg(not(any(unix, windows)))]
mod echo {
    pub fn set(_on: bool) {}
}

/// Plain mode on this process's standard input and output.
pub fn run_on_terminal(app: &mut App) {
    use std::io::IsTerminal;
    // Echo may be off while the number is typed: put it back even on a panic.
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore_echo();
        previous(info);
    }));
    spawn_reader(std::io::BufReader::new(std::io::stdin()), app.tx.clone());
    let interactive = std::io::stdin().is_terminal();
    Plain::new(std::io::stdout().lock(), interactive).run(app);
    restore_echo();
}

/// Puts echo back, for every way out.
pub fn restore_echo() {
    set_echo(true);
}
