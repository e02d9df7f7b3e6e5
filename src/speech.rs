//! Reading the steps aloud (`--speak`, `V`): an edge like the browser. Each
//! new screen is said in the person's language, the French words of the site
//! with a French voice, through speech-dispatcher's `spd-say` where present,
//! else `espeak-ng`.
//!
//! Everything that runs or waits for the speech program happens on the
//! speaker's own thread: the screen only sends it orders and never waits. A
//! speech program that does not answer in time (a stalled speech daemon, over
//! SSH or in a container without sound) is killed, and reading aloud is
//! turned off with one line that says so.

use crate::view::View;
use crate::voices::voice_for;
use std::collections::{HashSet, VecDeque};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::time::{Duration, Instant};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Program {
    /// speech-dispatcher's client: the system's own voice settings.
    SpdSay,
    EspeakNg,
}

/// How long `spd-say --cancel` may take before the daemon is taken as stalled.
const CANCEL_WITHIN: Duration = Duration::from_secs(2);

impl Program {
    /// The first speech program found on `PATH`.
    pub fn find() -> Option<Program> {
        let on_path = |name: &str| {
            std::env::var_os("PATH").is_some_and(|paths| {
                std::env::split_paths(&paths).any(|dir| {
                    let candidate = dir.join(name);
                    candidate.is_file()
                })
            })
        };
        if on_path("spd-say") {
            Some(Program::SpdSay)
        } else if on_path("espeak-ng") {
            Some(Program::EspeakNg)
        } else {
            None
        }
    }

    /// The command that says `text` in `lang` (a BCP 47 tag) and returns when done.
    fn command(self, lang: &str, text: &str) -> Command {
        let voice = voice_for(lang);
        let mut c = match self {
            Program::SpdSay => {
                let mut c = Command::new("spd-say");
                c.args(["--wait", "--language", &voice, "--", text]);
                c
            }
            Program::EspeakNg => {
                let mut c = Command::new("espeak-ng");
                c.args(["-v", &voice, "--", text]);
                c
            }
        };
        quiet(&mut c);
        c
    }

    /// How long saying `text` may take before the program is taken as stalled:
    /// generous (a slow voice says about 8 characters a second), never endless.
    fn time_for(text: &str) -> Duration {
        Duration::from_secs(10) + Duration::from_millis(125 * text.chars().count() as u64)
    }
}

fn quiet(c: &mut Command) {
    c.stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::null());
}

/// What a screen says aloud, in order: (language, text). The French words of
/// the site go to the French voice, their translation to the person's.
/// Personal data (the identity, the number) never leaves for the speech
/// program: the paragraphs that hold it are left out, the rest is said (the
/// number's verdict, what to check on the identity page).
pub fn script(view: &View) -> Vec<(String, String)> {
    let lang = view.lang.clone();
    let mut out = vec![(lang.clone(), format!("{}. {}", view.progress, view.title.main))];
    for (i, t) in view.body.iter().enumerate() {
        if !view.personal.contains(&i) {
            out.push((lang.clone(), t.main.clone()));
        }
    }
    if let Some(n) = &view.notice {
        out.push((lang.clone(), n.clone()));
    }
    if !view.french.is_empty() {
        out.push((lang.clone(), view.words.french_label.clone()));
    }
    for w in &view.french {
        out.push(("fr".into(), w.french.clone()));
        if let Some(tr) = &w.translation {
            out.push((lang.clone(), tr.clone()));
        }
    }
    out.push((lang.clone(), format!("{} {}", view.words.note_label, view.note.main)));
    for (i, c) in view.choices.iter().enumerate() {
        let Some(own) = &c.own_name else {
            out.push((lang.clone(), format!("{}. {}", i + 1, c.label)));
            continue;
        };
        // "20. Ukrainian", then "Українська" in a Ukrainian voice; never
        // spelled out by a voice for another language.
        out.push((lang.clone(), format!("{}. {}", i + 1, own.known)));
        if own.voiced {
            out.push((own.tag.clone(), own.name.clone()));
        }
    }
    out
}

enum Order {
    Say(Vec<(String, String)>),
    Stop,
}

/// Speaks screens on a thread of its own; a new one stops the last.
pub struct Speaker {
    orders: Sender<Order>,
    /// The last screen sent, so that a key press does not say it again.
    last: Option<String>,
    /// The practice mark and the general reminder are said once, not on every screen.
    said_once: HashSet<String>,
}

impl Speaker {
    /// `stalled` is called (from the speaker's thread) when the speech program
    /// stops answering; the speaker has then stopped for good.
    pub fn new(program: Program, stalled: impl FnOnce() + Send + 'static) -> Speaker {
        let (orders, inbox) = channel();
        std::thread::spawn(move || {
            if speak_orders(program, &inbox).is_err() {
                stalled();
            }
        });
        Speaker {
            orders,
            last: None,
            said_once: HashSet::new(),
        }
    }

    /// Says the screen if it is new (another step, title or text); a screen
    /// said already is not said again on every key press. `practice` is the
    /// practice mark, said the first time only; the general reminder likewise.
    pub fn say(&mut self, view: &View) {
        let mut lines = script(view);
        let key: String = lines.iter().map(|(_, t)| t.as_str()).collect();
        if self.last.as_ref() == Some(&key) {
            return;
        }
        self.last = Some(key);
        if view.note_is_reminder && !self.said_once.insert(view.note.main.clone()) {
            let note = format!("{} {}", view.words.note_label, view.note.main);
            lines.retain(|(_, t)| *t != note);
        }
        if let Some(mark) = &view.practice
            && self.said_once.insert(mark.clone())
        {
            lines.insert(1, (view.lang.clone(), mark.clone()));
        }
        let _ = self.orders.send(Order::Say(lines));
    }

    /// Forgets the last screen, so that it is said again when speech comes back on.
    pub fn pause(&mut self) {
        let _ = self.orders.send(Order::Stop);
        self.last = None;
    }
}

/// The speaker's thread: says each line in turn, and drops what is left when
/// a new order comes. Returns when the screen is gone (`Ok`) or when the
/// speech program has stalled (`Err`, after killing it).
fn speak_orders(program: Program, inbox: &Receiver<Order>) -> Result<(), ()> {
    let mut queue: VecDeque<(String, String)> = VecDeque::new();
    let mut speaking: Option<(Child, Instant)> = None;
    loop {
        let order = if speaking.is_none() && queue.is_empty() {
            inbox.recv().map_err(|_| RecvTimeoutError::Disconnected)
        } else {
            inbox.recv_timeout(Duration::from_millis(30))
        };
        match order {
            Ok(order) => {
                silence(program, &mut speaking)?;
                queue = match order {
                    Order::Say(lines) => lines.into(),
                    Order::Stop => VecDeque::new(),
                };
            }
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => {
                // The program is ending: stop the voice, wait for nothing.
                if let Some((mut child, _)) = speaking.take() {
                    let _ = child.kill();
                    let _ = child.wait();
                }
                return Ok(());
            }
        }
        if let Some((child, deadline)) = &mut speaking {
            match child.try_wait() {
                Ok(None) if Instant::now() > *deadline => {
                    let _ = child.kill();
                    let _ = child.wait();
                    return Err(());
                }
                Ok(None) => {}
                _ => speaking = None,
            }
        }
        if speaking.is_none()
            && let Some((lang, text)) = queue.pop_front()
        {
            // A program that cannot even be started speaks no more lines.
            let child = program.command(&lang, &text).spawn().map_err(|_| ())?;
            speaking = Some((child, Instant::now() + Program::time_for(&text)));
        }
    }
}

/// Stops what is being said: the line's program is killed, and
/// speech-dispatcher is told to drop its queue — within `CANCEL_WITHIN`.
fn silence(program: Program, speaking: &mut Option<(Child, Instant)>) -> Result<(), ()> {
    let Some((mut child, _)) = speaking.take() else {
        return Ok(());
    };
    let _ = child.kill();
    let _ = child.wait();
    if program != Program::SpdSay {
        return Ok(());
    }
    let mut cancel = Command::new("spd-say");
    cancel.arg("--cancel");
    quiet(&mut cancel);
    let mut cancel = cancel.spawn().map_err(|_| ())?;
    let deadline = Instant::now() + CANCEL_WITHIN;
    loop {
        match cancel.try_wait() {
            Ok(Some(_)) => return Ok(()),
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(20)),
            _ => {
                let _ = cancel.kill();
                let _ = cancel.wait();
                return Err(());
            }
        }
    }
}
