//! Keys that never surprise, in a real terminal (tmux): digits select and
//! Enter confirms, keys typed ahead never act on the next screen, and the
//! keys work from other keyboard layouts. Skipped, saying so, without tmux.

mod support;

use support::{Recorder, Terminal};

/// fcguide full screen in tmux, its browser a recorder.
fn start(tag: &str, env: &str, args: &str) -> (Terminal, Recorder) {
    let browser = Recorder::new(&format!("keys-{tag}"));
    let command = format!(
        "env -u FCGUIDE_PLAIN -u NO_COLOR BROWSER={} HOME={} {env} {} {args}; echo EXIT=$?; sleep 30",
        browser.script.display(),
        browser.dir.display(),
        env!("CARGO_BIN_EXE_fcguide")
    );
    (Terminal::start(tag, &command), browser)
}

#[test]
fn two_digits_select_choice_twenty_and_enter_confirms() {
    if !Terminal::available() {
        return;
    }
    let (t, _browser) = start("digits", "LANG=fr_FR.UTF-8", "");
    t.wait_for("Étape 1 sur 6");
    t.keys(&["2", "0"]);
    std::thread::sleep(std::time::Duration::from_millis(300));
    let screen = t.screen();
    assert!(
        t.selected().starts_with("20. ") && t.selected().contains("Українська"),
        "a digit selects, it does not confirm:\n{screen}"
    );
    assert!(screen.contains("Étape 1 sur 6"), "{screen}");
    t.keys(&["Enter"]);
    t.wait_for("Крок 2 з 6");
}

#[test]
fn keys_typed_ahead_never_open_the_browser() {
    if !Terminal::available() {
        return;
    }
    let (t, browser) = start("ahead", "LANG=en_GB.UTF-8", "--lang en");
    t.wait_for("Step 2 of 6");
    // Enter, then at once a number meant for a field, then Enter again.
    t.keys(&["Enter", "1", "2", "3", "4", "5", "6", "7", "8", "9", "Enter"]);
    t.wait_for("Step 3 of 6");
    std::thread::sleep(std::time::Duration::from_millis(1500));
    let screen = t.screen();
    assert!(screen.contains("Step 3 of 6"), "{screen}");
    assert!(
        std::fs::read_to_string(&browser.urls).unwrap_or_default().is_empty(),
        "the browser was opened by keys typed ahead:\n{screen}"
    );
    // Keys typed once the step is shown act as usual.
    t.keys(&["2"]);
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert!(t.selected().starts_with("2."), "{}", t.screen());
}

#[test]
fn letter_keys_work_from_other_layouts_and_azerty_digits_select() {
    if !Terminal::available() {
        return;
    }
    let (t, _browser) = start("layouts", "LANG=uk_UA.UTF-8", "--lang uk");
    t.wait_for("Крок 2 з 6");
    let picker = fcguide::i18n::Catalog::load().text("uk", "language-title", &[]);
    // The L key on a Ukrainian keyboard writes д.
    t.keys(&["д"]);
    t.wait_for(&picker);
    t.keys(&["Escape"]);
    std::thread::sleep(std::time::Duration::from_millis(300));
    // AZERTY's 2 without Shift is é.
    t.keys(&["é"]);
    std::thread::sleep(std::time::Duration::from_millis(300));
    let screen = t.screen();
    assert!(t.selected().starts_with("2."), "{screen}");
    // A key that does nothing says so, once.
    t.keys(&["x"]);
    let nothing = fcguide::i18n::Catalog::load().text("uk", "key-does-nothing", &[]);
    let screen = t.wait_for(&nothing);
    assert_eq!(screen.matches(&nothing).count(), 1, "{screen}");
}

#[test]
fn the_key_line_says_whether_the_voice_is_on() {
    if !Terminal::available() {
        return;
    }
    let (t, _browser) = start("voice-state", "LANG=en_GB.UTF-8 PATH=/nonexistent", "--lang en");
    let screen = t.wait_for("Step 2 of 6");
    let off = fcguide::i18n::Catalog::load().text("en", "keys-voice-off", &[]);
    assert!(screen.contains(&off), "{screen}");
}
