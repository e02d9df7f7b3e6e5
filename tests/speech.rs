//! Reading aloud: the plain journey with `--speak`, through stand-in speech
//! programs on PATH that write down what they are asked to say.

mod support;

use std::io::Write;
use support::{FormBrowser, Recorder};

fn journey(args: &[&str], path: &std::ffi::OsStr, browser: &Recorder) -> (i32, String) {
    journey_after(args, path, browser, || {})
}

/// The journey; `before_answering` runs once the first screen is out, before any Enter.
fn journey_after(
    args: &[&str],
    path: &std::ffi::OsStr,
    browser: &Recorder,
    before_answering: impl FnOnce(),
) -> (i32, String) {
    let mut child = support::fcguide(args, browser).env("PATH", path).spawn().unwrap();
    before_answering();
    child.stdin.as_mut().unwrap().write_all(b"\n\n\n\n").unwrap();
    let url = browser.nth(0);
    FormBrowser::default().practice_journey(&url, None, 0);
    support::finish(child)
}

#[test]
fn steps_are_said_in_the_persons_language_and_the_site_words_in_french() {
    let browser = Recorder::new("speak");
    let bin = browser.dir.join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let log = browser.dir.join("said");
    use std::os::unix::fs::PermissionsExt;
    for program in ["spd-say", "espeak-ng"] {
        let script = bin.join(program);
        std::fs::write(
            &script,
            format!("#!/bin/sh\n[ \"$1\" = --voices ] && exit 0\n[ \"$1\" = --cancel ] && exit 0\nprintf '%s\\n' \"$*\" >> '{}'\n", log.display()),
        )
        .unwrap();
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let catalog = fcguide::i18n::Catalog::load();
    let title = catalog.text("uk", "welcome-title", &[]);
    let heard = |said: &str| {
        let uk = said
            .lines()
            .any(|l| (l.contains("-v uk") || l.contains("--language uk")) && l.contains(&title));
        let fr = said.lines().any(|l| {
            (l.contains("-v fr") || l.contains("--language fr")) && l.contains("S’identifier avec FranceConnect")
        });
        uk && fr
    };
    // The person listens to the first step before answering (each new step stops the last one's speech).
    let (code, out) = journey_after(
        &["--plain", "--speak", "--lang", "uk"],
        bin.as_os_str(),
        &browser,
        || {
            let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
            while !heard(&std::fs::read_to_string(&log).unwrap_or_default()) {
                assert!(
                    std::time::Instant::now() < deadline,
                    "said:\n{}",
                    std::fs::read_to_string(&log).unwrap_or_default()
                );
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
        },
    );
    assert_eq!(code, 0, "{out}");
    assert!(!out.contains(&catalog.text("uk", "speech-unavailable", &[])), "{out}");
    // The identity shown on the confirmation is never handed to the speech program.
    std::thread::sleep(std::time::Duration::from_millis(500));
    let said = std::fs::read_to_string(&log).unwrap_or_default();
    for personal in ["MARTIN", "Jean", "1985", "69123"] {
        assert!(
            !said.contains(personal),
            "{personal} was passed to the speech program:\n{said}"
        );
    }
}

#[test]
fn without_a_speech_program_it_says_so_once_and_goes_on() {
    let browser = Recorder::new("no-speech");
    let empty = browser.dir.join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let (code, out) = journey(&["--plain", "--speak", "--lang", "en"], empty.as_os_str(), &browser);
    assert_eq!(code, 0, "{out}");
    let said = fcguide::i18n::Catalog::load().text("en", "speech-unavailable", &[]);
    assert_eq!(out.matches(&said).count(), 1, "{out}");
}
