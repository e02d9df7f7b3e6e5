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

/// Stand-in speech programs on PATH: `spd-say` and `espeak-ng` that write
/// what they are asked to say to `said`, or, with `stall`, never return.
fn stand_ins(browser: &Recorder, stall: bool) -> (std::path::PathBuf, std::path::PathBuf) {
    use std::os::unix::fs::PermissionsExt;
    let bin = browser.dir.join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let log = browser.dir.join("said");
    let body = if stall {
        // A speech daemon that hangs: every call, --cancel and the voice list included.
        "exec sleep 60\n".to_string()
    } else {
        format!(
            "[ \"$1\" = --voices ] && exit 0\n[ \"$1\" = -L ] && exit 0\n[ \"$1\" = --cancel ] && exit 0\nprintf '%s\\n' \"$*\" >> '{}'\n",
            log.display()
        )
    };
    for program in ["spd-say", "espeak-ng"] {
        let script = bin.join(program);
        std::fs::write(&script, format!("#!/bin/sh\n{body}")).unwrap();
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    // The shell and `sleep` the stand-ins need, beside them.
    for tool in ["sh", "sleep", "printf"] {
        if let Some(found) = ["/bin", "/usr/bin"]
            .iter()
            .map(|d| std::path::Path::new(d).join(tool))
            .find(|p| p.exists())
        {
            let _ = std::os::unix::fs::symlink(found, bin.join(tool));
        }
    }
    (bin, log)
}

/// Waits up to 10 s for every word in `wanted` to have been said.
fn wait_said(log: &std::path::Path, wanted: &[&str]) -> String {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let said = std::fs::read_to_string(log).unwrap_or_default();
        if wanted.iter().all(|w| said.contains(w)) {
            return said;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "never said {wanted:?}; said:\n{said}"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

#[test]
fn speech_says_what_matters_and_nothing_personal() {
    let browser = Recorder::new("speak-matters");
    let (bin, log) = stand_ins(&browser, false);
    let en = |id: &str| fcguide::i18n::Catalog::load().text("en", id, &[]);
    let mut child = support::fcguide(&["--plain", "--speak", "--lang", "en"], &browser)
        .env("PATH", &bin)
        .spawn()
        .unwrap();
    let mut answer = |line: &str| {
        let stdin = child.stdin.as_mut().unwrap();
        stdin.write_all(line.as_bytes()).unwrap();
        stdin.flush().unwrap();
    };
    // The practice mark and the temporary-number rule, from the first screen.
    wait_said(&log, &[&en("practice-mark"), "starting with 7 or 8"]);
    // The number check: the digits shown to the helper, the verdict said, never the digits.
    answer("2\n");
    wait_said(&log, &[&en("nir-title")]);
    answer("s\n2 90 05 99 155 001 80\n");
    wait_said(&log, &[&en("nir-permanent-abroad")]);
    answer("\n\n");
    let url = browser.nth(0);
    FormBrowser::default().practice_journey(&url, None, 0);
    // The identity page: what to check and what to do if it is not you, never the names.
    wait_said(&log, &[&en("confirm-body"), "This is not me"]);
    answer("\n\n");
    let (code, out) = support::finish(child);
    assert_eq!(code, 0, "{out}");
    std::thread::sleep(std::time::Duration::from_millis(300));
    let said = std::fs::read_to_string(&log).unwrap();
    assert!(out.contains("90 05 99 155 001"), "the helper saw the digits:\n{out}");
    for personal in ["155", "001 80", "2900599", "MARTIN", "Jean", "1985", "69123"] {
        assert!(!said.contains(personal), "{personal} was said:\n{said}");
    }
    assert_eq!(
        said.matches(&en("practice-mark")).count(),
        1,
        "the practice mark is said once:\n{said}"
    );
}

#[test]
fn a_stalled_speech_program_never_holds_the_screen() {
    let browser = Recorder::new("speak-stalled");
    let (bin, _) = stand_ins(&browser, true);
    let started = std::time::Instant::now();
    let mut child = support::fcguide(&["--plain", "--speak", "--lang", "en"], &browser)
        .env("PATH", &bin)
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = std::io::Read::read(&mut stdout, &mut buf) {
            if n == 0 || tx.send(String::from_utf8_lossy(&buf[..n]).to_string()).is_err() {
                break;
            }
        }
    });
    let mut out = String::new();
    let title = fcguide::i18n::Catalog::load().text("en", "welcome-title", &[]);
    while !out.contains(&title) {
        let left = std::time::Duration::from_secs(2).saturating_sub(started.elapsed());
        match rx.recv_timeout(left) {
            Ok(s) => out.push_str(&s),
            Err(_) => panic!("no first screen within 2 s:\n{out}"),
        }
    }
    // Moving on asks the stalled daemon to be quiet: the next screen comes at once all the same.
    child.stdin.as_mut().unwrap().write_all(b"\n").unwrap();
    let idp = fcguide::i18n::Catalog::load().text("en", "idp-title", &[]);
    let asked = std::time::Instant::now();
    while !out.contains(&idp) {
        match rx.recv_timeout(std::time::Duration::from_secs(2).saturating_sub(asked.elapsed())) {
            Ok(s) => out.push_str(&s),
            Err(_) => panic!("the next screen waited for speech:\n{out}"),
        }
    }
    // The stall is found and said; reading aloud is off.
    let stalled = fcguide::i18n::Catalog::load().text("en", "speech-stalled", &[]);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while !out.contains(&stalled) && std::time::Instant::now() < deadline {
        if let Ok(s) = rx.recv_timeout(std::time::Duration::from_millis(200)) {
            out.push_str(&s);
        }
    }
    assert!(out.contains(&stalled), "{out}");
    // SIGTERM ends the run within 2 s, speech or not.
    let term = std::time::Instant::now();
    unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert_eq!(status.code(), Some(3));
            break;
        }
        assert!(
            term.elapsed() < std::time::Duration::from_secs(2),
            "SIGTERM took too long"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

/// The picker by ear: "20. Ukrainian" in the reader's voice, then
/// "Українська" in a Ukrainian voice; a voice for English never spells a
/// language's own name.
#[test]
fn each_language_says_its_own_name_in_its_own_voice() {
    let browser = Recorder::new("speak-picker");
    let (bin, log) = stand_ins(&browser, false);
    let mut child = support::fcguide(&["--plain", "--speak", "--lang", "en"], &browser)
        .env("PATH", &bin)
        .spawn()
        .unwrap();
    child.stdin.as_mut().unwrap().write_all(b"l\n").unwrap();
    let said = wait_said(&log, &["Українська", "简体中文"]);
    child.stdin.as_mut().unwrap().write_all(b"q\n").unwrap();
    let _ = support::finish(child);
    let voice_of = |line: &str| {
        let words: Vec<&str> = line.split_whitespace().collect();
        words
            .windows(2)
            .find(|w| w[0] == "-v" || w[0] == "--language" || w[0] == "-l")
            .map(|w| w[1].to_string())
            .unwrap_or_default()
    };
    let line_with = |words: &str| said.lines().find(|l| l.contains(words)).unwrap_or_default();
    assert!(voice_of(line_with("20. Ukrainian")).starts_with("en"), "{said}");
    assert!(voice_of(line_with("Українська")).starts_with("uk"), "{said}");
    assert!(voice_of(line_with("العربية")).starts_with("ar"), "{said}");
    for line in said.lines().filter(|l| voice_of(l).starts_with("en")) {
        assert!(
            line.chars()
                .all(|c| !c.is_alphabetic() || c.is_ascii() || "’é".contains(c)),
            "a voice for English was given a name in another script: {line}\n{said}"
        );
    }
}
