//! Plain mode: line by line, numbered choices, Enter alone takes the default.
//! Only new text is printed: no redraw, no colour, no escape codes, no spinner.
//! Made for screen readers, pipes, `TERM=dumb` and slow links.

use crate::app::App;
use crate::flow::{Login, Msg, Step};
use crate::i18n::Arg;
use crate::runner::Event;
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
}

impl<W: Write> Plain<W> {
    pub fn new(out: W, interactive: bool) -> Self {
        Plain {
            out,
            interactive,
            last: None,
            queue: VecDeque::new(),
            asking: true,
        }
    }

    pub fn run(&mut self, app: &mut App) {
        let _ = writeln!(self.out, "{}", app.view().words.keys_plain);
        self.show(app);
        while app.state.outcome.is_none() {
            match app.rx.recv_timeout(STILL_WAITING_EVERY) {
                Ok(Event::Line(line)) => self.queue.push_back(line),
                Ok(Event::Msg(msg)) => app.dispatch(msg),
                Ok(_) => {}
                Err(RecvTimeoutError::Timeout) => {
                    if matches!(app.state.login, Login::Waiting { .. } | Login::Checking) {
                        let _ = writeln!(self.out, "{}", app.view().words.still_waiting);
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
        let _ = self.out.flush();
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

    fn answer(&mut self, app: &mut App, line: Option<String>) {
        let Some(line) = line else {
            // End of input: nobody is left to answer.
            app.dispatch(Msg::Interrupted);
            return;
        };
        let view = app.view();
        let word = line.trim();
        let msg = match word {
            "<" | "0" => Msg::Back,
            "?" => Msg::ToggleHelp,
            "q" | "Q" => Msg::Act(crate::flow::Action::Quit),
            "l" | "L" => Msg::PickLanguage,
            "b" | "B" => Msg::ToggleBilingual,
            _ if view.input.is_some() => Msg::Typed(Zeroizing::new(line)),
            "" => match view.default.map(|d| view.choices[d].action) {
                Some(a) => Msg::Act(a),
                None => return,
            },
            _ => match word.parse::<usize>() {
                Ok(n) if (1..=view.choices.len()).contains(&n) => Msg::Act(view.choices[n - 1].action),
                // A language can be found by typing the start of its name.
                _ => match view.find(word) {
                    Some(i) => Msg::Act(view.choices[i].action),
                    None => {
                        let max = view.choices.len() as i64;
                        let _ = writeln!(self.out, "{}", app.text("plain-invalid", &[("max", Arg::Num(max))]));
                        self.prompt(&view);
                        return;
                    }
                },
            },
        };
        app.dispatch(msg);
    }

    /// Prints what is new since the last view: a whole screen when the step
    /// changes, otherwise only the parts that changed.
    fn show(&mut self, app: &App) {
        if app.state.outcome.is_some() {
            return;
        }
        self.asking = self.accepts_input(app);
        let view = app.view();
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
        for mark in [&view.connected, &view.practice].into_iter().flatten() {
            if ![&last.connected, &last.practice].contains(&&Some(mark.clone())) {
                let _ = writeln!(self.out, "({mark})");
            }
        }
        for t in view.body.iter().filter(|t| !last.body.contains(t)) {
            self.text("", t);
        }
        if view.address != last.address
            && let Some(a) = &view.address
        {
            let _ = writeln!(self.out, "  {a}");
        }
        if view.french != last.french {
            self.french(&view);
        }
        if view.note != last.note {
            self.text(&view.words.note_label.clone(), &view.note);
        }
        if view.help != last.help {
            for t in &view.help {
                self.text(&view.words.help_label.clone(), t);
            }
        }
        if view.choices != last.choices || view.default != last.default || view.back != last.back {
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
        let _ = writeln!(self.out, "{prefix}{}", t.main);
        if let Some(second) = &t.second {
            let _ = writeln!(self.out, "  {second}");
        }
    }

    fn screen(&mut self, v: &View) {
        let _ = writeln!(self.out);
        let _ = writeln!(self.out, "{}. {}", v.progress, v.title.main);
        if let Some(second) = &v.title.second {
            let _ = writeln!(self.out, "  {second}");
        }
        for mark in [&v.connected, &v.practice].into_iter().flatten() {
            let _ = writeln!(self.out, "({mark})");
        }
        for t in &v.body {
            self.text("", t);
        }
        if let Some(a) = &v.address {
            let _ = writeln!(self.out, "  {a}");
        }
        self.french(v);
        self.text(&v.words.note_label.clone(), &v.note);
        for t in &v.help {
            self.text(&v.words.help_label.clone(), t);
        }
        self.choices(v);
        self.prompt(v);
    }

    fn french(&mut self, v: &View) {
        if v.french.is_empty() {
            return;
        }
        let _ = writeln!(self.out, "{}", v.words.french_label);
        for w in &v.french {
            match &w.translation {
                Some(tr) => writeln!(self.out, "  «\u{a0}{}\u{a0}» = {tr}", w.french),
                None => writeln!(self.out, "  «\u{a0}{}\u{a0}»", w.french),
            }
            .ok();
        }
    }

    fn choices(&mut self, v: &View) {
        let default_word = v.words.choice_default.clone();
        for (i, c) in v.choices.iter().enumerate() {
            let mark = if Some(i) == v.default {
                format!(" ({default_word})")
            } else {
                String::new()
            };
            let _ = writeln!(self.out, "{}. {}{mark}", i + 1, c.label);
            if let Some(d) = &c.detail {
                let _ = writeln!(self.out, "   {d}");
            }
        }
        if let Some(back) = &v.back {
            let _ = writeln!(self.out, "0. {back}");
        }
    }

    fn prompt(&mut self, v: &View) {
        if !self.asking {
            return;
        }
        match (&v.input, v.choices.is_empty()) {
            (Some(input), _) => {
                let label = &input.label;
                let hidden = if self.interactive && input.masked {
                    format!(" ({})", v.words.input_hidden)
                } else {
                    String::new()
                };
                let _ = write!(self.out, "{label}{hidden} > ");
            }
            (None, false) => {
                let _ = write!(self.out, "{} ({}) > ", v.words.prompt, v.words.prompt_default);
            }
            (None, true) => {}
        }
        let _ = self.out.flush();
    }
}

/// Hides typing of the social security number on a terminal; restored otherwise.
fn set_echo(on: bool) {
    use std::io::IsTerminal;
    if !std::io::stdin().is_terminal() {
        return;
    }
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

/// Puts echo back, for every way out.
pub fn restore_echo() {
    set_echo(true);
}
