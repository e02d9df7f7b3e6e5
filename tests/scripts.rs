//! Every script drawn whole: the screens of the journey in Bengali (and the
//! other scripts whose clusters terminals measure their own way), read back
//! from two terminals with their own width tables — tmux, and pyte (the
//! emulator inside Fenrir) — at 80×24 and 40×12, after the number is typed
//! and after the language picker. Every word on screen must be a word of the
//! program's messages: a lost letter or a stale mark makes a word it never wrote.

mod support;

use std::collections::HashSet;
use std::io::Write;
use std::process::{Command, Stdio};
use support::{Recorder, Terminal};

/// A token's letters: punctuation and symbols at either end trimmed.
fn word(token: &str) -> &str {
    token.trim_matches(|c: char| !c.is_alphanumeric())
}

/// Numbers, addresses and the like are not messages' words; right-to-left
/// words are shown joined and in visual order (tested on their own elsewhere).
fn is_text(word: &str) -> bool {
    let rtl = word
        .chars()
        .any(|c| matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF));
    word.chars().any(|c| c.is_alphabetic()) && !word.contains(['/', ':']) && !rtl
}

/// Marks that take no column by unicode-width's measure, left out on both
/// sides: pyte leaves out those it cannot place (by its own measure).
fn without_spaceless_marks(word: &str) -> String {
    use unicode_width::UnicodeWidthChar;
    word.chars()
        .filter(|c| !(c.width() == Some(0) && fcguide::ui::wrap::uncertain_width(&c.to_string())))
        .collect()
}

/// Every word of every locale's messages, and the providers' names.
fn lexicon(spaceless: bool) -> HashSet<String> {
    let mut words: HashSet<String> = fcguide::idps::IDPS
        .iter()
        .flat_map(|idp| idp.name.split_whitespace())
        .map(|w| word(w).to_string())
        .collect();
    for dir in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/locales")).unwrap() {
        for file in std::fs::read_dir(dir.unwrap().path()).unwrap() {
            let path = file.unwrap().path();
            if path.extension().is_some_and(|e| e == "ftl") {
                for token in std::fs::read_to_string(&path).unwrap().split_whitespace() {
                    let w = word(token);
                    words.insert(if spaceless {
                        without_spaceless_marks(w)
                    } else {
                        w.to_string()
                    });
                }
            }
        }
    }
    words
}

/// Every message's text run together, for the scripts written without
/// spaces (Chinese), whose rows break anywhere in a sentence.
fn corpus() -> String {
    let mut all = String::new();
    for dir in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/locales")).unwrap() {
        for file in std::fs::read_dir(dir.unwrap().path()).unwrap() {
            let path = file.unwrap().path();
            if path.extension().is_some_and(|e| e == "ftl") {
                all.extend(
                    std::fs::read_to_string(&path)
                        .unwrap()
                        .chars()
                        .filter(|c| !c.is_whitespace()),
                );
            }
        }
    }
    all
}

fn is_cjk(word: &str) -> bool {
    word.chars()
        .any(|c| matches!(c as u32, 0x3000..=0x9FFF | 0xFF00..=0xFFEF))
}

/// The words on `screen` that no message has; a run of Chinese must be a
/// piece of some message's text, since a row may break it anywhere.
fn strange_words(screen: &str, lexicon: &HashSet<String>, spaceless: bool) -> Vec<String> {
    let corpus = corpus();
    screen
        .split_whitespace()
        .map(word)
        .filter(|w| is_text(w))
        .map(|w| {
            if spaceless {
                without_spaceless_marks(w)
            } else {
                w.to_string()
            }
        })
        .filter(|w| {
            let known =
                lexicon.contains(w) || is_cjk(w) && corpus.contains(w.trim_matches(|c: char| c.is_ascii_digit()));
            !w.is_empty() && !known
        })
        .collect()
}

/// The steps of the check: a name, keys to type (tmux key names), and a text to wait for.
fn journey(lang: &str) -> Vec<(&'static str, Vec<&'static str>, String)> {
    let catalog = fcguide::i18n::Catalog::load();
    let t = |id: &str| catalog.text(lang, id, &[]);
    // A few letters of the message's first word: enough to know the screen,
    // short enough to stay on one row (Chinese runs have no spaces).
    let first = |id: &str| {
        t(id)
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .chars()
            .take(4)
            .collect::<String>()
    };
    vec![
        ("welcome", vec![], first("welcome-title")),
        ("number field", vec!["2", "Enter"], first("nir-title")),
        // F2 shows the digits; the number, then its verdict and the digits read back.
        (
            "number read back",
            vec!["F2", "1850369123456 09", "Enter"],
            // The verdict may be below the fold at 40x12; the title stays.
            first("nir-title"),
        ),
        ("picker", vec!["l"], first("language-title")),
        ("back from the picker", vec!["Escape"], first("nir-title")),
        (
            "choice of account",
            vec!["Escape", "Escape", "Enter"],
            first("idp-title"),
        ),
    ]
}

fn languages() -> Vec<String> {
    let tags = fcguide::i18n::Catalog::load().tags();
    ["bn", "ta", "zh-Hans"]
        .into_iter()
        .filter(|l| tags.iter().any(|t| t == l))
        .map(str::to_string)
        .collect()
}

#[test]
fn every_word_reads_back_whole_from_tmux() {
    if !Terminal::available() {
        return;
    }
    let lexicon = lexicon(false);
    let mut problems = vec![];
    for lang in languages() {
        for (cols, rows) in [(80, 24), (40, 12)] {
            let browser = Recorder::new(&format!("scripts-{lang}-{cols}"));
            let command = format!(
                "env -u FCGUIDE_PLAIN BROWSER={} HOME={} {} --lang {lang}; sleep 30",
                browser.script.display(),
                browser.dir.display(),
                env!("CARGO_BIN_EXE_fcguide")
            );
            let t = Terminal::start_sized(&format!("scripts-{lang}-{cols}"), &command, cols, rows);
            for (name, keys, wanted) in journey(&lang) {
                for key in keys {
                    t.keys(&[key]);
                    std::thread::sleep(std::time::Duration::from_millis(150));
                }
                t.wait_for(&wanted);
                std::thread::sleep(std::time::Duration::from_millis(200));
                let screen = t.screen().replace('\u{a0}', " ");
                let strange = strange_words(&screen, &lexicon, false);
                if !strange.is_empty() {
                    problems.push(format!("{lang} {cols}x{rows} {name}: {strange:?}\n{screen}"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Runs fcguide in pyte: the instructions, and each screen it dumps.
fn pyte_screens(lang: &str, cols: u16, rows: u16, instructions: &str) -> Option<Vec<String>> {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/support/pyte_screen.py");
    let browser = Recorder::new(&format!("pyte-{lang}-{cols}"));
    let mut child = Command::new("/usr/bin/python3")
        .args([
            script,
            &cols.to_string(),
            &rows.to_string(),
            env!("CARGO_BIN_EXE_fcguide"),
            "--lang",
            lang,
        ])
        .env_remove("FCGUIDE_PLAIN")
        .env("TERM", "xterm-256color")
        .env("BROWSER", &browser.script)
        .env("HOME", &browser.dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .ok()?;
    child.stdin.take()?.write_all(instructions.as_bytes()).ok()?;
    let out = child.wait_with_output().ok()?;
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    Some(
        text.split("=== end\n")
            .filter(|s| !s.trim().is_empty())
            .map(str::to_string)
            .collect(),
    )
}

fn pyte_available() -> bool {
    let ok = Command::new("/usr/bin/python3")
        .args(["-c", "import pyte"])
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        eprintln!("SKIPPED: python3-pyte is not installed (.ci/run installs it)");
    }
    ok
}

#[test]
fn every_word_reads_back_whole_from_pyte() {
    if !pyte_available() {
        return;
    }
    let lexicon = lexicon(true);
    let mut problems = vec![];
    for lang in languages() {
        for (cols, rows) in [(80, 24), (40, 12)] {
            let mut instructions = String::new();
            let steps = journey(&lang);
            for (_, keys, wanted) in &steps {
                for key in keys {
                    let bytes = match *key {
                        "Enter" => "\\r",
                        "Escape" => "\\x1b",
                        "F2" => "\\x1bOQ",
                        other => other,
                    };
                    instructions += &format!("keys {bytes}\n");
                }
                instructions += &format!("wait {}\ndump\n", without_spaceless_marks(wanted));
            }
            let Some(screens) = pyte_screens(&lang, cols, rows, &instructions) else {
                problems.push(format!("{lang}: pyte did not run"));
                continue;
            };
            assert_eq!(screens.len(), steps.len(), "{lang} {cols}x{rows}: {screens:#?}");
            for ((name, _, wanted), screen) in steps.iter().zip(&screens) {
                if !without_spaceless_marks(screen).contains(&without_spaceless_marks(wanted)) {
                    problems.push(format!(
                        "{lang} {cols}x{rows} {name}: never showed {wanted:?}\n{screen}"
                    ));
                }
                let strange = strange_words(screen, &lexicon, true);
                if !strange.is_empty() {
                    problems.push(format!("{lang} {cols}x{rows} {name}: {strange:?}\n{screen}"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The number as printed on the carte Vitale, the way a helper checks it.
const CARD: &str = "7 90 05 99 155 001 24";

#[test]
fn right_to_left_read_back_keeps_the_cards_order_in_tmux() {
    if !Terminal::available() {
        return;
    }
    let mut problems = vec![];
    for lang in ["ar", "ur", "fa-AF", "ps"] {
        let browser = Recorder::new(&format!("card-{lang}"));
        let command = format!(
            "env -u FCGUIDE_PLAIN BROWSER={} HOME={} {} --lang {lang}; sleep 30",
            browser.script.display(),
            browser.dir.display(),
            env!("CARGO_BIN_EXE_fcguide")
        );
        let t = Terminal::start_sized(&format!("card-{lang}"), &command, 80, 24);
        t.wait_for("FranceConnect");
        std::thread::sleep(std::time::Duration::from_millis(300));
        t.keys(&["2", "Enter"]);
        std::thread::sleep(std::time::Duration::from_millis(400));
        t.keys(&["F2"]);
        std::thread::sleep(std::time::Duration::from_millis(200));
        t.keys(&[&CARD.replace(' ', ""), "Enter"]);
        // The digits shown, in some order: the groups 155 and 001 are on screen.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        let mut screen = t.screen();
        while !(screen.contains("155") && screen.contains("001 ")) && std::time::Instant::now() < deadline {
            std::thread::sleep(std::time::Duration::from_millis(50));
            screen = t.screen();
        }
        std::thread::sleep(std::time::Duration::from_millis(200));
        let screen = t.screen();
        if !screen.contains(CARD) {
            problems.push(format!("{lang}: the read-back is not {CARD:?}:\n{screen}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn right_to_left_read_back_keeps_the_cards_order_in_plain_mode() {
    for lang in ["ar", "ur", "fa-AF", "ps"] {
        let browser = Recorder::new(&format!("card-plain-{lang}"));
        let mut child = support::fcguide(&["--plain", "--lang", lang], &browser)
            .spawn()
            .unwrap();
        let stdin = child.stdin.as_mut().unwrap();
        stdin.write_all(format!("2\ns\n{CARD}\n").as_bytes()).unwrap();
        let (_, out) = support::finish(child);
        // One left-to-right isolate holds the whole number: a terminal or a
        // screen reader that orders the line by the bidi algorithm keeps the card's order.
        let isolated = format!("\u{2066}{CARD}\u{2069}");
        assert!(
            out.lines().any(|l| l.contains(&isolated)),
            "{lang}: no line holds {isolated:?}:\n{out}"
        );
    }
}
