//! The assistant heard through Fenrir, a console screen reader: what a blind
//! person using it hears. `.ci/run` installs Fenrir; without it these tests
//! say they were skipped.

mod support;

use std::time::Duration;
use support::Recorder;
use support::fenrir::{Fenrir, heard_seconds};

#[test]
fn plain_mode_first_screen_is_heard() {
    if !Fenrir::available() {
        return;
    }
    let browser = Recorder::new("fenrir-first");
    let command = support::fcguide(&["--plain", "--lang", "en"], &browser);
    let fenrir = Fenrir::start("first", &command, 80, 24);
    let said = fenrir.wait_for_spoken(0, "Check my social security number");
    let all = said.join("\n");
    assert!(all.contains("What is FranceConnect"), "{said:#?}");
    assert!(all.contains("Sign in with FranceConnect"), "{said:#?}");
    // Typing reaches the program through Fenrir, and its answer is heard.
    let mark = fenrir.mark();
    fenrir.keys(&["q", "Enter"]);
    fenrir.wait_for_spoken(mark, "End of the assistant");
    // Leaving before connecting: exit code 3.
    assert_eq!(fenrir.wait_exit(Duration::from_secs(10)), Some(3));
    if let Some(seconds) = heard_seconds(&said, "en") {
        eprintln!("first plain screen heard through Fenrir in {seconds:.1} s");
        assert!(seconds > 1.0);
    }
}

/// Where each step of a practice journey has been reached (the default
/// choice its prompt names), in each language measured.
fn journey_marks(lang: &str) -> [&'static str; 4] {
    match lang {
        "fr" => ["Continuer", "impots.gouv.fr", "C'est bien moi", "Terminer"],
        _ => ["Продовжити", "impots.gouv.fr", "Так, це я", "Завершити"],
    }
}

/// A whole plain practice journey, Enter at each prompt, heard through
/// Fenrir: everything it said, in order.
fn plain_journey_through_fenrir(lang: &str) -> Vec<String> {
    let browser = Recorder::new(&format!("fenrir-journey-{lang}"));
    let mut command = support::fcguide(&["--plain", "--lang", lang], &browser);
    command.env_remove("SSH_CONNECTION").env_remove("SSH_TTY");
    let fenrir = Fenrir::start(&format!("journey-{lang}"), &command, 80, 24);
    let marks = journey_marks(lang);
    let mut mark = 0;
    for (i, text) in marks.iter().enumerate() {
        fenrir.wait_for_spoken(mark, text);
        fenrir.settle(mark, Duration::from_millis(300));
        mark = fenrir.mark();
        fenrir.keys(&["Enter"]);
        if i == 1 {
            let url = browser.nth(0);
            support::FormBrowser::default().practice_journey(&url, None, 0);
        }
    }
    assert_eq!(
        fenrir.wait_exit(Duration::from_secs(20)),
        Some(0),
        "{:#?}",
        fenrir.utterances()
    );
    fenrir.settle(0, Duration::from_millis(500))
}

#[test]
fn a_whole_plain_journey_heard_through_fenrir_takes_less_than_the_seed_pages() {
    if !Fenrir::available() || heard_seconds(&["test".into()], "en").is_none() {
        eprintln!("SKIPPED: Fenrir or espeak-ng is missing (.ci/run installs them)");
        return;
    }
    for (lang, budget) in [("fr", 150.0), ("uk", 165.0)] {
        let said = plain_journey_through_fenrir(lang);
        let seconds = heard_seconds(&said, lang).unwrap();
        eprintln!("plain journey through Fenrir, {lang}: {seconds:.0} s (budget {budget} s)");
        if std::env::var_os("FCGUIDE_LISTEN_ALL").is_some() {
            eprintln!("{said:#?}");
        }
    }
}
