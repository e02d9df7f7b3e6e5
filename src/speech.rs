//! Reading the steps aloud (`--speak`, `V`): an edge like the browser. Each
//! new screen is said in the person's language, the French words of the site
//! with a French voice, through speech-dispatcher's `spd-say` where present,
//! else `espeak-ng`. Speech runs on its own thread and never blocks the
//! interface; a new screen stops what was being said.

use crate::view::View;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Program {
    /// speech-dispatcher's client: the system's own voice settings.
    SpdSay,
    EspeakNg,
}

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
        c.stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::null());
        c
    }

    /// Languages it has a voice for (espeak-ng says; speech-dispatcher's
    /// modules vary, so with it every language is taken as spoken).
    pub fn voices(self) -> Option<Vec<String>> {
        if self != Program::EspeakNg {
            return None;
        }
        let out = Command::new("espeak-ng")
            .arg("--voices")
            .stdin(Stdio::null())
            .stderr(Stdio::null())
            .output()
            .ok()?;
        let text = String::from_utf8_lossy(&out.stdout);
        Some(
            text.lines()
                .skip(1)
                .filter_map(|l| l.split_whitespace().nth(1))
                .map(str::to_lowercase)
                .collect(),
        )
    }
}

/// The voice name a speech program takes for a locale tag (`fa-AF` → `fa`,
/// `ff-Latn` → `ff`): the primary language subtag.
pub fn voice_for(tag: &str) -> String {
    tag.split('-').next().unwrap_or(tag).to_lowercase()
}

/// Whether `voices` (from `Program::voices`) can say `tag`.
pub fn has_voice(voices: &[String], tag: &str) -> bool {
    let want = voice_for(tag);
    voices
        .iter()
        .any(|v| *v == want || v.split('-').next() == Some(want.as_str()))
}

/// What a screen says aloud, in order: (language, text). The French words of
/// the site go to the French voice, their translation to the person's.
/// Personal data (the identity, the number) never leaves for the speech
/// program: that screen says only its title, its words and its choices.
pub fn script(view: &View) -> Vec<(String, String)> {
    let lang = view.lang.clone();
    let mut out = vec![(lang.clone(), format!("{}. {}", view.progress, view.title.main))];
    if !view.personal {
        for t in &view.body {
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
    for (i, c) in view.choices.iter().enumerate() {
        out.push((lang.clone(), format!("{}. {}", i + 1, c.label)));
    }
    out
}

/// Speaks screens on a thread of its own; a new one stops the last.
pub struct Speaker {
    program: Program,
    /// Which screen is being said; a newer number stops the older one.
    generation: Arc<AtomicU64>,
    current: Arc<Mutex<Option<Child>>>,
    last: Option<String>,
}

impl Speaker {
    pub fn new(program: Program) -> Speaker {
        Speaker {
            program,
            generation: Arc::new(AtomicU64::new(0)),
            current: Arc::new(Mutex::new(None)),
            last: None,
        }
    }

    /// Says the screen if it is new (another step, title or text); a screen
    /// said already is not said again on every key press.
    pub fn say(&mut self, view: &View) {
        let lines = script(view);
        let key: String = lines.iter().map(|(_, t)| t.as_str()).collect();
        if self.last.as_ref() == Some(&key) {
            return;
        }
        self.last = Some(key);
        self.stop();
        let generation = self.generation.load(Ordering::SeqCst);
        let (program, now, current) = (self.program, self.generation.clone(), self.current.clone());
        std::thread::spawn(move || {
            for (lang, text) in lines {
                if now.load(Ordering::SeqCst) != generation {
                    return;
                }
                let Ok(child) = program.command(&lang, &text).spawn() else {
                    return;
                };
                *current.lock().unwrap_or_else(|e| e.into_inner()) = Some(child);
                // Wait without holding the lock, so that `stop` can kill it.
                loop {
                    let mut slot = current.lock().unwrap_or_else(|e| e.into_inner());
                    match slot.as_mut().map(Child::try_wait) {
                        Some(Ok(None)) => {}
                        _ => {
                            *slot = None;
                            break;
                        }
                    }
                    drop(slot);
                    std::thread::sleep(std::time::Duration::from_millis(30));
                }
            }
        });
    }

    /// Stops what is being said (the person moved on, or turned speech off).
    pub fn stop(&mut self) {
        self.generation.fetch_add(1, Ordering::SeqCst);
        if let Some(mut child) = self.current.lock().unwrap_or_else(|e| e.into_inner()).take() {
            let _ = child.kill();
            let _ = child.wait();
        }
        if self.program == Program::SpdSay {
            let _ = Command::new("spd-say")
                .arg("--cancel")
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status();
        }
    }

    /// Forgets the last screen, so that it is said again when speech comes back on.
    pub fn pause(&mut self) {
        self.stop();
        self.last = None;
    }
}

impl Drop for Speaker {
    fn drop(&mut self) {
        self.stop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn voices_follow_the_primary_subtag() {
        assert_eq!(voice_for("fa-AF"), "fa");
        assert_eq!(voice_for("ff-Latn"), "ff");
        let voices = vec!["uk".to_string(), "fr-fr".to_string(), "en-gb".to_string()];
        assert!(has_voice(&voices, "uk"));
        assert!(has_voice(&voices, "fr"));
        assert!(has_voice(&voices, "en"));
        assert!(!has_voice(&voices, "ti"));
    }
}
