//! The Linux text console and old locales: a language whose script the
//! console cannot draw is not drawn as junk (the person is told so, in
//! French and English, with plain mode, speech and the sheet offered), and
//! a locale that is not UTF-8 gets text in its own character set.

mod support;

use fcguide::i18n::Catalog;
use std::io::Write;
use support::{Recorder, Terminal};

/// Letters of the scripts the Linux console has no glyphs for.
fn foreign_letters(screen: &str) -> Vec<char> {
    screen
        .chars()
        .filter(|c| !fcguide::ui::console::can_show(&c.to_string()))
        .collect()
}

fn start(tag: &str, term: &str, lang: &str, browser: &Recorder) -> Terminal {
    let command = format!(
        "env -u FCGUIDE_PLAIN TERM={term} BROWSER={} HOME={} {} --lang {lang}; sleep 30",
        browser.script.display(),
        browser.dir.display(),
        env!("CARGO_BIN_EXE_fcguide")
    );
    Terminal::start_sized(tag, &command, 100, 30)
}

#[test]
fn on_the_linux_console_a_script_it_cannot_draw_is_told_in_french_and_english() {
    if !Terminal::available() {
        return;
    }
    let catalog = Catalog::load();
    let mut problems = vec![];
    for lang in ["ar", "ur", "fa-AF", "ps", "ti", "bn", "ka", "ta", "zh-Hans"] {
        let tag = format!("console-{lang}");
        let browser = Recorder::new(&tag);
        let t = start(&tag, "linux", lang, &browser);
        t.wait_for("fcguide --plain");
        std::thread::sleep(std::time::Duration::from_millis(300));
        let screen = t.screen();
        let foreign = foreign_letters(&screen);
        if !foreign.is_empty() {
            problems.push(format!(
                "{lang}: letters the console cannot draw: {foreign:?}\n{screen}"
            ));
        }
        // Said in French and in English, with the three ways that work there.
        for tag in ["fr", "en"] {
            let said = catalog.text(tag, "console-cannot-show", &[("lang", fcguide::i18n::Arg::Str(lang))]);
            if !screen.contains(&said.chars().take(40).collect::<String>()) {
                problems.push(format!("{lang}: the {tag} notice is missing\n{screen}"));
            }
        }
        for offer in [
            format!("fcguide --plain --lang {lang}"),
            format!("fcguide --plain --speak --lang {lang}"),
            format!("fcguide sheet --lang {lang}"),
        ] {
            if screen.matches(&offer).count() < 2 {
                problems.push(format!("{lang}: {offer:?} is not offered in both languages\n{screen}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}

#[test]
fn on_the_linux_console_latin_and_cyrillic_languages_get_the_full_screen() {
    if !Terminal::available() {
        return;
    }
    let catalog = Catalog::load();
    for lang in ["fr", "uk"] {
        let tag = format!("console-full-{lang}");
        let browser = Recorder::new(&tag);
        let t = start(&tag, "linux", lang, &browser);
        let title = catalog.text(lang, "welcome-title", &[]);
        let screen = t.wait_for(&title.chars().take(8).collect::<String>());
        assert!(!screen.contains("fcguide --plain"), "{lang}:\n{screen}");
    }
}

#[test]
fn on_the_linux_console_choosing_a_script_it_cannot_draw_keeps_the_screen_and_says_what_works() {
    if !Terminal::available() {
        return;
    }
    let catalog = Catalog::load();
    let browser = Recorder::new("console-switch");
    let t = start("console-switch", "linux", "fr", &browser);
    t.wait_for("Étape 2 sur 6");
    t.keys(&["l"]);
    let picker = t.wait_for("Choisissez votre langue");
    // Arabic is offered by its French name, without letters the console cannot draw.
    let foreign = foreign_letters(&picker);
    assert!(
        foreign.is_empty(),
        "letters the console cannot draw: {foreign:?}\n{picker}"
    );
    assert!(picker.contains("Arabe"), "{picker}");
    let arabic = catalog.tags().iter().position(|t| t == "ar").unwrap() + 1;
    t.keys(&[&arabic.to_string(), "Enter"]);
    let said = catalog.text("fr", "console-cannot-show", &[("lang", fcguide::i18n::Arg::Str("ar"))]);
    let screen = t.wait_for(&said.chars().take(30).collect::<String>());
    assert!(screen.contains("Étape 2 sur 6"), "the step stays, in French:\n{screen}");
    let flat = screen.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("fcguide --plain --lang ar"), "{screen}");
    assert!(foreign_letters(&screen).is_empty(), "{screen}");
    // Ukrainian, which the console draws, is switched to as before.
    t.keys(&["l"]);
    t.wait_for("Choisissez votre langue");
    let ukrainian = catalog.tags().iter().position(|t| t == "uk").unwrap() + 1;
    t.keys(&[&ukrainian.to_string(), "Enter"]);
    t.wait_for("Крок 2 з 6");
}

/// A plain run with `env`, answering `answers`; its whole output as bytes.
fn plain_run(tag: &str, env: &[(&str, &str)], lang: &str, answers: &str) -> Vec<u8> {
    let browser = Recorder::new(tag);
    let mut command = support::fcguide(&["--plain", "--lang", lang], &browser);
    for (k, v) in env {
        command.env(k, v);
    }
    command.env_remove("LC_CTYPE").env_remove("LANGUAGE");
    let mut child = command.spawn().unwrap();
    child.stdin.as_mut().unwrap().write_all(answers.as_bytes()).unwrap();
    drop(child.stdin.take());
    child.wait_with_output().unwrap().stdout
}

#[test]
fn with_lc_all_c_plain_french_is_written_in_ascii_and_stays_readable() {
    // The welcome, the number's screen with the digits shown, a verdict, the choice of account.
    let out = plain_run(
        "ascii-fr",
        &[("LC_ALL", "C"), ("LANG", "C")],
        "fr",
        "2\ns\n7 90 05 99 155 001 24\n\n",
    );
    let not_ascii: Vec<u8> = out.iter().copied().filter(|b| !b.is_ascii()).collect();
    let text = String::from_utf8_lossy(&out);
    assert!(not_ascii.is_empty(), "bytes beyond ASCII: {not_ascii:x?}\n{text}");
    // French stays readable: accents dropped, quotation marks as << >>.
    for readable in [
        "Etape 2 sur 6",
        "<< S'identifier avec FranceConnect >>",
        "securite sociale",
    ] {
        assert!(text.contains(readable), "{readable:?} missing:\n{text}");
    }
}

#[test]
fn with_a_latin_1_locale_french_keeps_its_accents_in_latin_1() {
    let out = plain_run("latin1-fr", &[("LC_ALL", "fr_FR.ISO-8859-1")], "fr", "\n");
    assert!(std::str::from_utf8(&out).is_err(), "still UTF-8");
    let text: String = out
        .iter()
        .map(|b| char::from(*b))
        .collect::<String>()
        .replace('\u{a0}', " ");
    assert!(text.contains("Étape 2 sur 6"), "{text}");
    assert!(text.contains("« S'identifier avec FranceConnect »"), "{text}");
}

#[test]
fn with_lc_all_c_the_full_screen_is_written_in_ascii() {
    if !Terminal::available() {
        return;
    }
    let browser = Recorder::new("ascii-full");
    let command = format!(
        "env -u FCGUIDE_PLAIN LC_ALL=C LANG=C BROWSER={} HOME={} {} --lang fr; sleep 30",
        browser.script.display(),
        browser.dir.display(),
        env!("CARGO_BIN_EXE_fcguide")
    );
    let t = Terminal::start_sized("ascii-full", &command, 80, 24);
    let welcome = t.wait_for("<< S'identifier avec FranceConnect >>");
    t.keys(&["2", "Enter"]);
    let number = t.wait_for("Verifier mon numero");
    for screen in [welcome, number] {
        let beyond: Vec<char> = screen.chars().filter(|c| !c.is_ascii()).collect();
        assert!(beyond.is_empty(), "{beyond:?}\n{screen}");
        // Nothing left behind by the welcome: the quotes took the columns they were given.
        assert!(!screen.contains(">>") || screen.contains("<<"), "{screen}");
    }
}
