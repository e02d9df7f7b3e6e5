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
