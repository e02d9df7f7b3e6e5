//! Plain mode: line by line, numbered choices, Enter alone takes the default.
//! Only new text is printed: no redraw, no colour, no escape codes, no spinner.
//! Made for screen readers, pipes, `TERM=dumb` and slow links.

use crate::app::App;
use crate::event::Event;
use crate::flow::{Action, Login, Msg, Step};
use crate::i18n::Arg;
use crate::view::{Text, View};
use std::collections::VecDeque;
use std::io::{BufRead, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::RecvTimeoutError;
use std::time::{Duration, Instant};
use zeroize::Zeroizing;

/// At most one "still waiting" line in this time (WCAG: no flood of updates).
const STILL_WAITING_EVERY: Duration = Duration::from_secs(30);
/// A passing state ("preparing…", "checking…") is said only when it lasts
/// this long: heard each time, it costs seconds and says nothing to act on.
const PASSING_UNSAID: Duration = Duration::from_millis(800);
/// Glues the words of a « label » (and a space before `:`, `?`…) while
/// lines are wrapped; a space again once they are.
const GLUE: char = '\u{E000}';

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

/// Reads a terminal's lines on a thread. A terminal hands over a line at
/// Enter, or what was typed so far at Ctrl-D: that ends the answer too (a
/// second Ctrl-D is not needed), and `unterminated` tells that no new line
/// was echoed after it.
fn spawn_terminal_reader(
    mut input: impl std::io::Read + Send + 'static,
    tx: std::sync::mpsc::Sender<Event>,
    unterminated: Arc<AtomicBool>,
) {
    std::thread::spawn(move || {
        let mut buf = Zeroizing::new([0u8; 4096]);
        loop {
            let n = input.read(&mut buf[..]).unwrap_or(0);
            if n == 0 {
                let _ = tx.send(Event::Line(None));
                return;
            }
            let chunk = &buf[..n];
            if !chunk.ends_with(b"\n") {
                unterminated.store(true, Ordering::SeqCst);
            }
            let text = Zeroizing::new(String::from_utf8_lossy(chunk).into_owned());
            for line in text.split_inclusive('\n') {
                let line = line.trim_end_matches(['\n', '\r']).to_string();
                if tx.send(Event::Line(Some(line))).is_err() {
                    return;
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
    /// The terminal's width, read at each line (it may be resized); `None`
    /// for a pipe, whose lines stay whole.
    width: Option<Box<dyn Fn() -> Option<usize>>>,
    /// The last answer ended without a new line on the screen (Ctrl-D, or
    /// hidden typing): what follows starts on a line of its own.
    unterminated: Arc<AtomicBool>,
    /// Since when a passing state waits to be said (see `PASSING_UNSAID`).
    passing_since: Option<Instant>,
    /// The menu was left unsaid (while the browser is out): help says it.
    menu_unsaid: bool,
    /// The menu of this view waits (see `show`).
    hold_menu: bool,
    /// In the language picker, how to find a language (the list is in help).
    picker_how: Option<String>,
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
            width: None,
            unterminated: Arc::new(AtomicBool::new(false)),
            passing_since: None,
            menu_unsaid: false,
            hold_menu: false,
            picker_how: None,
        }
    }

    /// Lines wrapped at word boundaries to the width `columns` gives.
    pub fn wrapped(mut self, columns: impl Fn() -> Option<usize> + 'static) -> Self {
        self.width = Some(Box::new(columns));
        self
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
            let wait = match self.passing_since {
                Some(since) => PASSING_UNSAID.saturating_sub(since.elapsed()),
                None => STILL_WAITING_EVERY,
            };
            match app.rx.recv_timeout(wait) {
                Ok(Event::Line(line)) => {
                    // Enter moved to a new line, unless the answer ended with
                    // Ctrl-D or was typed hidden (no echo, not even of Enter).
                    // At the end of input the prompt keeps its line: the closing line starts a new one.
                    let masked = self
                        .last
                        .as_ref()
                        .and_then(|v| v.input.as_ref())
                        .is_some_and(|i| i.masked);
                    let unterminated = self.unterminated.swap(false, Ordering::SeqCst);
                    if line.is_some() {
                        self.prompted = unterminated || (self.interactive && masked);
                    }
                    self.queue.push_back(line)
                }
                Ok(Event::Msg(msg)) => app.dispatch(msg),
                Ok(_) => {}
                Err(RecvTimeoutError::Timeout) if self.passing_since.is_some() => {}
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
            while app.state.outcome.is_none() {
                // The end of input ends the run at once, whatever the step
                // (even while the browser is out): nobody is left to answer.
                if let Some(None) = self.queue.front() {
                    app.dispatch(Msg::Interrupted);
                    break;
                }
                if !self.accepts_input(app) {
                    break;
                }
                let Some(line) = self.queue.pop_front() else {
                    break;
                };
                self.answer(app, line);
                self.show(app);
            }
        }
        // A closing line: the end is said, not left to silence.
        let end = match app.state.outcome {
            // Connected, then logged out at the end: the last line says so.
            Some(crate::flow::Outcome::Connected) if app.state.logged_out => "end-logged-out",
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
        for row in self.rows(text) {
            if self.rtl && !row.trim().is_empty() {
                let _ = writeln!(self.out, "{}", crate::ui::bidi::mark_rtl_line(&row));
            } else {
                let _ = writeln!(self.out, "{row}");
            }
        }
    }

    /// A line as the screen shows it: whole in a pipe; on a terminal, in rows
    /// that fit its width now (one column spare, for the cursor).
    fn rows(&self, text: &str) -> Vec<String> {
        match self.width.as_ref().and_then(|w| w()) {
            Some(w) if w > 1 => wrap_line(text, w - 1),
            _ => vec![text.to_string()],
        }
    }

    /// A prompt: its rows but the last as lines, the last one waiting.
    fn ask(&mut self, text: &str) {
        let mut rows = self.rows(&format!("{text} >"));
        let last = rows.pop().unwrap_or_default();
        for row in rows {
            self.line(&row);
        }
        if self.rtl {
            let _ = write!(self.out, "\u{200F}");
        }
        let _ = write!(self.out, "{last} ");
        self.prompted = true;
    }

    /// Answers wait while the edges work; a script's answers also wait while
    /// the browser is out, so that piped answers land on the questions they are for.
    fn accepts_input(&self, app: &App) -> bool {
        if app.state.step != Step::Authenticate || app.state.picking_language {
            return true;
        }
        match app.state.login {
            Login::Starting | Login::Checking => false,
            // The answer pasted from the service's page comes from here too.
            Login::Waiting { .. } if app.state.paste_pending => false,
            Login::Waiting { timed_out, .. } => self.interactive || timed_out || app.state.paste_to.is_some(),
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
        let Some(msg) = msg else { return };
        // Help is said once and is not a place to leave: "0" goes back at once.
        // So is the list of languages: the chosen language's step comes without it.
        let leaves_help = matches!(msg, Msg::Back | Msg::Act(Action::Language(_)));
        if leaves_help && app.state.help {
            app.dispatch(Msg::ToggleHelp);
        }
        // Logging out opens the browser: said before it opens, not after.
        let offered = |a: Action| app.state.actions().contains(&a) && !app.state.picking_language;
        let logs_out = match msg {
            Msg::Act(a @ (Action::NotMe | Action::Logout)) => offered(a),
            Msg::Back => app.state.step == Step::Confirm && offered(Action::NotMe),
            _ => false,
        };
        if logs_out {
            let text = app.text("plain-logout-opens", &[]);
            self.line(&text);
            let _ = self.out.flush();
        }
        app.dispatch(msg);
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
                        self.line(&app.text("plain-invalid", &[("max", Arg::Num(max))]));
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
        let mut view = app.spoken_view();
        plain_help_keys(app, &mut view);
        // A passing state is said only when it lasts (the loop wakes up for it).
        let passing = app.state.step == Step::Authenticate
            && matches!(app.state.login, Login::Starting | Login::Checking)
            && !app.state.picking_language
            && !app.state.help;
        if passing && self.last.as_ref() != Some(&view) {
            let since = *self.passing_since.get_or_insert_with(Instant::now);
            if since.elapsed() < PASSING_UNSAID {
                return;
            }
        }
        self.passing_since = None;
        self.rtl = view.rtl;
        self.asking = self.accepts_input(app);
        self.picker_how = is_picker(&view).then(|| {
            let count = Arg::Num(view.choices.len() as i64);
            app.text("plain-picker-how", &[("count", count)])
        });
        // While the browser is out the person is there, not here: the menu
        // (reopen, more time, cancel) waits for help; the prompt names the default.
        self.hold_menu = self.interactive
            && app.state.step == Step::Authenticate
            && matches!(app.state.login, Login::Waiting { timed_out: false, .. })
            && !app.state.picking_language
            && view.help.is_empty();
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
        if let (Some(was), Some(now)) = (&last.input, &view.input)
            && was.masked != now.masked
        {
            let id = if now.masked {
                "plain-digits-hidden"
            } else {
                "plain-digits-shown"
            };
            self.line(&app.text(id, &[]));
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
        let details_asked =
            view.help != last.help && (is_picker(&view) || view.choices.iter().any(|c| c.detail.is_some()));
        let menu_owed = self.menu_unsaid && !self.hold_menu;
        if details_asked
            || menu_owed
            || view.choices != last.choices
            || view.default != last.default
            || view.back != last.back
        {
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
        let (before, after) = v.body.split_at(v.address_after.min(v.body.len()));
        for t in before {
            self.text("", t);
        }
        if !after.is_empty() && self.shows_address(v) {
            self.address(v);
        }
        for t in after {
            self.text("", t);
        }
        if let Some(n) = &v.notice {
            self.line(&n.clone());
        }
        if after.is_empty() && self.shows_address(v) {
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
        // Not when it opens with the words of a text just said ("The most
        // common cause: …" after the code's explanation).
        if let Some(lead) = lead(&v.note.main)
            && v.body.iter().any(|t| lead_is(&t.main, lead))
        {
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
            // Said again in another language: its translation is new there.
            .filter(|w| !v.help.is_empty() || !self.french_said.contains(&said_key(w)))
            // In French, words the body has just quoted are not said twice.
            .filter(|w| w.translation.is_some() || !v.body.iter().any(|t| quotes(&t.main, &w.french)))
            .cloned()
            .collect();
        if new.is_empty() {
            return;
        }
        // "In French:" tells a reader of another language that the words are
        // the site's; to a French reader the quotes alone say it.
        if new.iter().any(|w| w.translation.is_some()) {
            self.line(&v.words.french_label.clone());
        }
        for w in new {
            let line = match &w.translation {
                Some(tr) => format!("  «\u{a0}{}\u{a0}» = {tr}", w.french),
                None => format!("  «\u{a0}{}\u{a0}»", w.french),
            };
            self.line(&line);
            self.french_said.push(said_key(&w));
        }
    }

    /// The menu, when an answer is taken now (a menu of a passing state,
    /// "preparing…", "checking…", is not worth hearing).
    fn choices(&mut self, v: &View) {
        if !self.asking {
            return;
        }
        self.menu_unsaid = self.hold_menu;
        if self.hold_menu {
            return;
        }
        // By ear, 22 languages take a minute and a half: the picker says how to
        // find one by its first letters, and lists them all with help.
        if let (Some(how), true) = (&self.picker_how, v.help.is_empty()) {
            self.line(&how.clone());
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
                self.ask(&format!("{label}{hidden}"));
            }
            (None, false) => {
                self.ask(&format!("{} ({})", v.words.prompt, v.words.prompt_default));
            }
            (None, true) => {}
        }
        let _ = self.out.flush();
    }
}

/// A French label as said: the same words with another translation are new.
fn said_key(w: &crate::view::FrenchWords) -> String {
    format!("{}\u{0}{}", w.french, w.translation.as_deref().unwrap_or(""))
}

/// The language picker: every choice is a language.
fn is_picker(v: &View) -> bool {
    !v.choices.is_empty() && v.choices.iter().all(|c| matches!(c.action, Action::Language(_)))
}

/// The words before a text's first colon, when it has one early on.
fn lead(text: &str) -> Option<&str> {
    let end = text.find([':', '：', '፦'])?;
    let lead = text[..end].trim();
    (lead.split_whitespace().count() >= 2).then_some(lead)
}

fn lead_is(text: &str, wanted: &str) -> bool {
    lead(text) == Some(wanted)
}

/// Whether `text` quotes `words` in « ».
fn quotes(text: &str, words: &str) -> bool {
    let text = text.replace('\u{a0}', " ");
    text.contains(&format!("« {} »", words.replace('\u{a0}', " ")))
}

/// Plain mode's help names the keys that work here (no Esc, no Backspace).
fn plain_help_keys(app: &App, view: &mut View) {
    let (main, second) = app.state.screen_languages();
    let for_lang = |lang: &str| {
        (
            app.catalog.text(lang, "help-keys", &[]),
            app.catalog.text(lang, "plain-help-keys", &[]),
        )
    };
    let (keys, plain) = for_lang(main);
    // The second language only where the screen shows it: reading its
    // catalog for nothing was half of the first screen's work.
    let second = app.state.bilingual.then(|| for_lang(second));
    for t in view.help.iter_mut().filter(|t| t.main == keys) {
        t.main = plain.clone();
        if let Some((second_keys, second_plain)) = &second
            && t.second.as_ref() == Some(second_keys)
        {
            t.second = Some(second_plain.clone());
        }
    }
}

/// Rows of at most `width` columns, broken at spaces: never inside a word,
/// nor inside a « label » that fits on a row, nor before `:`, `;`, `?`, `!`
/// or `»`. Leading spaces (an indented line) start every row.
pub fn wrap_line(text: &str, width: usize) -> Vec<String> {
    use crate::ui::wrap::{columns, wrap};
    if columns(text) <= width {
        return vec![text.to_string()];
    }
    let body = text.trim_start_matches(' ');
    let indent = &text[..text.len() - body.len()];
    let room = width.saturating_sub(indent.len()).max(1);
    wrap(&glued(body, room), room)
        .into_iter()
        .map(|row| format!("{indent}{}", row.replace(GLUE, " ")))
        .collect()
}

/// `text` with the spaces that must not break turned into `GLUE`.
fn glued(text: &str, room: usize) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('«') {
        out.push_str(&rest[..open]);
        let end = rest[open..].find('»').map_or(rest.len(), |e| open + e + '»'.len_utf8());
        let quote = &rest[open..end];
        if crate::ui::wrap::columns(quote) <= room {
            out.push_str(&quote.replace(' ', &GLUE.to_string()));
        } else {
            out.push_str(quote);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    let mut out = crate::ui::bidi::keep_numbers_whole(&out, GLUE).into_owned();
    for mark in [":", ";", "?", "!", "»"] {
        out = out.replace(&format!(" {mark}"), &format!("{GLUE}{mark}"));
    }
    out
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
    let interactive = std::io::stdin().is_terminal();
    // Written in the terminal's own character set (ASCII under LANG=C).
    let out = crate::i18n::charset::Transcoded::new(std::io::stdout().lock(), super::terminal_charset());
    let mut plain = Plain::new(out, interactive);
    if interactive {
        spawn_terminal_reader(std::io::stdin(), app.tx.clone(), plain.unterminated.clone());
    } else {
        spawn_reader(std::io::BufReader::new(std::io::stdin()), app.tx.clone());
    }
    if std::io::stdout().is_terminal() {
        plain = plain.wrapped(|| {
            ratatui::crossterm::terminal::size()
                .ok()
                .map(|(columns, _)| usize::from(columns))
        });
    }
    plain.run(app);
    restore_echo();
}

/// Puts echo back, for every way out.
pub fn restore_echo() {
    set_echo(true);
}
