//! The full screen heard through Fenrir, a console screen reader: a selection
//! move says the new choice alone, and a new step says what is new, so that
//! a whole journey is heard in less time than the public page it replaces.
//! `.ci/run` installs Fenrir; without it these tests say they were skipped.

mod support;

use std::time::Duration;
use support::fenrir::{Fenrir, heard_seconds};
use support::{FormBrowser, Recorder};

/// Quiet long enough to say Fenrir has finished with a screen.
const QUIET: Duration = Duration::from_millis(1200);

/// One Fenrir at a time: two starting together miss their start-up, and
/// timings are read alone.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn alone() -> std::sync::MutexGuard<'static, ()> {
    ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner())
}

/// The program under Fenrir, started once Fenrir has spoken (`go`), as from a
/// shell a person types in: a program that draws before Fenrir reads the
/// screen is never heard (a cold machine took more than 2 s to bring Fenrir up).
fn full_screen(args: &[&str], browser: &Recorder) -> std::process::Command {
    let base = support::fcguide(args, browser);
    let mut c = std::process::Command::new("/bin/sh");
    c.arg("-c")
        .arg("n=0; while [ ! -e \"$FCGUIDE_TEST_GO\" ] && [ $n -lt 300 ]; do sleep 0.1; n=$((n+1)); done; exec \"$0\" \"$@\"")
        .arg(base.get_program())
        .args(base.get_args())
        .env("FCGUIDE_TEST_GO", go_file(browser));
    for (key, value) in base.get_envs() {
        match value {
            Some(v) => c.env(key, v),
            None => c.env_remove(key),
        };
    }
    c.env_remove("FCGUIDE_PLAIN")
        .env_remove("NO_COLOR")
        .env("TERM", "xterm-256color");
    c
}

fn go_file(browser: &Recorder) -> std::path::PathBuf {
    browser.dir.join("go")
}

/// The full screen with `args` under a Fenrir that has heard its first
/// screen (`wanted` said). The program starts once Fenrir is up and speaking;
/// should Fenrir miss the screen (it reads it by polling), Ctrl-L draws it
/// again after 8 s, as a person would press it. A Fenrir that stays deaf even
/// then (seen twice on a cold CI machine: nothing at all said after its
/// greeting, as when its notice of a missing spell checker cuts off what it
/// was reading) is restarted, as a person restarts their screen reader.
fn fenrir_hearing(tag: &str, args: &[&str], wanted: &str) -> (Fenrir, Recorder) {
    let heard = |fenrir: &Fenrir| fenrir.utterances().iter().any(|u| u.contains(wanted));
    let within = |fenrir: &Fenrir, limit: Duration| {
        let deadline = std::time::Instant::now() + limit;
        while std::time::Instant::now() < deadline {
            if heard(fenrir) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        heard(fenrir)
    };
    for attempt in 1..=3 {
        let browser = Recorder::new(&format!("fenrir-{tag}-{attempt}"));
        let fenrir = Fenrir::start(&format!("{tag}-{attempt}"), &full_screen(args, &browser), 80, 24);
        std::fs::write(go_file(&browser), "").unwrap();
        if within(&fenrir, Duration::from_secs(8)) {
            return (fenrir, browser);
        }
        fenrir.keys(&["C-l"]);
        if within(&fenrir, Duration::from_secs(8)) {
            return (fenrir, browser);
        }
        eprintln!(
            "Fenrir heard nothing of the first screen (attempt {attempt}); said {:?}\nscreen:\n{}",
            fenrir.utterances(),
            fenrir.screen()
        );
    }
    panic!("Fenrir never heard the first screen, three times over");
}

fn text(lang: &str, id: &str) -> String {
    fcguide::i18n::Catalog::load().text(lang, id, &[])
}

#[test]
fn a_selection_move_says_the_new_choice_alone() {
    if !Fenrir::available() {
        return;
    }
    let _alone = alone();
    let (fenrir, _browser) = fenrir_hearing("move", &["--lang", "en"], &text("en", "choice-quit"));
    fenrir.settle(0, QUIET);
    let (first, second) = (text("en", "choice-continue"), text("en", "choice-check-nir"));
    for (key, said, unsaid) in [("Down", &second, &first), ("Up", &first, &second)] {
        let mark = fenrir.mark();
        fenrir.keys(&[key]);
        fenrir.wait_for_spoken(mark, said);
        let heard = fenrir.settle(mark, QUIET).join(" ");
        assert!(!heard.contains(unsaid.as_str()), "{key}: {heard:?}");
        assert!(!heard.contains(&text("en", "choice-quit")), "{key}: {heard:?}");
    }
}

/// A whole practice journey, Enter on each step, heard through Fenrir: the
/// seconds espeak-ng takes to say everything Fenrir said.
fn journey_heard(lang: &str, tag: &str) -> Option<f64> {
    let step = |n: i64| {
        let catalog = fcguide::i18n::Catalog::load();
        catalog.text(
            lang,
            "progress",
            &[
                ("step", fcguide::i18n::Arg::Num(n)),
                ("total", fcguide::i18n::Arg::Num(6)),
            ],
        )
    };
    let (fenrir, browser) = fenrir_hearing(tag, &["--lang", lang], &step(2));
    fenrir.settle(0, QUIET);
    fenrir.keys(&["Enter"]);
    fenrir.wait_for_spoken(0, &step(3));
    fenrir.settle(0, QUIET);
    fenrir.keys(&["Enter"]);
    let url = browser.nth(0);
    fenrir.settle(0, QUIET);
    FormBrowser::default().practice_journey(&url, None, 0);
    fenrir.wait_for_spoken(0, &step(5));
    fenrir.settle(0, QUIET);
    fenrir.keys(&["Enter"]);
    fenrir.wait_for_spoken(0, &step(6));
    fenrir.settle(0, QUIET);
    fenrir.keys(&["Enter"]);
    assert_eq!(
        fenrir.wait_exit(Duration::from_secs(10)),
        Some(0),
        "{}",
        fenrir.screen()
    );
    let said = fenrir.utterances();
    if std::env::var_os("FCGUIDE_SHOW_HEARD").is_some() {
        for u in &said {
            eprintln!(
                "{:5.1} {u:?}",
                heard_seconds(std::slice::from_ref(u), lang).unwrap_or(0.0)
            );
        }
    }
    let seconds = heard_seconds(&said, lang)?;
    eprintln!("{lang}: the full-screen journey heard through Fenrir in {seconds:.0} s");
    Some(seconds)
}

#[test]
fn a_whole_full_screen_journey_is_heard_in_less_time_than_the_page_it_replaces() {
    if !Fenrir::available() {
        return;
    }
    let _alone = alone();
    // Seeds 000 (fr) and 004 (uk), heard with espeak-ng at 175 words a minute.
    for (lang, page) in [("fr", 158.0), ("uk", 174.0)] {
        let Some(seconds) = journey_heard(lang, &format!("journey-{lang}")) else {
            eprintln!("SKIPPED: espeak-ng is not installed: the journey was not timed");
            return;
        };
        assert!(seconds <= page, "{lang}: {seconds:.0} s heard, the page takes {page} s");
    }
}
