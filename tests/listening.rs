//! Plain mode heard through a speech synthesizer, as a screen-reader user
//! hears it: a whole practice journey (Enter at each prompt), spoken by
//! espeak-ng at 175 words per minute, must take less time than the public
//! page it replaces (seeds 000 and 004 in ../shared/seeds, 158 s in French
//! and 174 s in Ukrainian). `.ci/run` installs espeak-ng; without it the test
//! says it was skipped.

mod support;

use std::io::Write;
use support::fenrir::spoken_seconds;
use support::{FormBrowser, Recorder};

/// The whole plain journey's transcript in `lang`, Enter at each prompt.
pub fn plain_journey(lang: &str) -> String {
    let browser = Recorder::new(&format!("listen-{lang}"));
    let mut child = support::fcguide(&["--plain", "--lang", lang], &browser)
        .env_remove("SSH_CONNECTION")
        .env_remove("SSH_TTY")
        .spawn()
        .unwrap();
    child.stdin.as_mut().unwrap().write_all(b"\n\n\n\n").unwrap();
    let url = browser.nth(0);
    FormBrowser::default().practice_journey(&url, None, 0);
    let (code, out) = support::finish(child);
    assert_eq!(code, 0, "{out}");
    out
}

fn seed_seconds(prefix: &str, voice: &str, measured: f64) -> f64 {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let text = std::fs::read_dir(&dir).ok().and_then(|entries| {
        entries
            .filter_map(Result::ok)
            .find(|e| e.file_name().to_string_lossy().starts_with(prefix))
            .and_then(|e| std::fs::read_to_string(e.path()).ok())
    });
    text.and_then(|t| spoken_seconds(&t, voice)).unwrap_or(measured)
}

#[test]
fn a_whole_plain_journey_is_heard_faster_than_the_public_page() {
    if spoken_seconds("test", "en").is_none() {
        eprintln!("SKIPPED: espeak-ng is not installed (.ci/run installs it)");
        return;
    }
    for (lang, seed, measured) in [("uk", "004", 174.0), ("fr", "000", 158.0)] {
        let transcript = plain_journey(lang);
        let journey = spoken_seconds(&transcript, lang).unwrap();
        let page = seed_seconds(seed, lang, measured);
        eprintln!("listening time, {lang}: whole plain journey {journey:.0} s, public page (seed {seed}) {page:.0} s");
        if std::env::var_os("FCGUIDE_LISTEN_ALL").is_some() {
            eprintln!("{transcript}");
            continue;
        }
        assert!(
            journey < page,
            "{lang}: the journey takes {journey:.0} s to hear, the page {page:.0} s:\n{transcript}"
        );
    }
}
