//! "This is not me", then a new sign-in: the second connection has its own
//! true status and its own logout, and the provider ends both sessions. The
//! provider is a practice provider run by the test, so that it can be asked
//! how many browser sessions are still open.

mod support;

use fcguide::i18n::Catalog;
use fcguide::practice::{PracticeServer, Settings};
use std::process::Child;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use support::{FormBrowser, Recorder};

struct Run {
    child: Child,
    out: Arc<Mutex<String>>,
}

impl Drop for Run {
    fn drop(&mut self) {
        support::reap(&mut self.child, &self.out);
    }
}

impl Run {
    fn answer(&mut self, line: &str) {
        support::answer(&mut self.child, line);
    }

    /// Waits until `text` has been said `times` times in all.
    fn wait_for(&self, text: &str, times: usize) -> String {
        support::wait_output(&self.out, Duration::from_secs(20), text, |out| {
            out.matches(text).count() >= times
        })
    }
}

/// The output said since `mark` (a length of the output).
fn since(out: &str, mark: usize) -> &str {
    &out[mark.min(out.len())..]
}

#[test]
fn not_me_then_a_new_sign_in_is_connected_offers_its_logout_and_both_sessions_end() {
    let catalog = Arc::new(Catalog::load());
    let en = |id: &str| catalog.text("en", id, &[]);
    let provider = PracticeServer::start(Settings::default(), catalog.clone()).unwrap();
    let browser = Recorder::new("not-me");
    let mut command = support::fcguide(
        &[
            "--plain",
            "--lang",
            "en",
            "--issuer",
            &provider.issuer,
            "--rules",
            "franceconnect",
            "--client-id",
            &provider.client_id,
            "--redirect-uri",
            &provider.redirect_uri,
        ],
        &browser,
    );
    command.env("FCGUIDE_CLIENT_SECRET", &provider.client_secret);
    let mut child = command.spawn().unwrap();
    let out = support::gather_output(&mut child);
    let mut run = Run { child, out };
    let mut person = FormBrowser::default();

    // First sign-in: the welcome, the first account, the whole journey.
    run.answer("");
    run.answer("");
    person.practice_journey(&browser.nth(0), None, 0);
    run.wait_for(&en("confirm-title"), 1);
    assert_eq!(provider.open_sessions(), 1);

    // "This is not me": the identity forgotten, the provider's session ended.
    run.answer("2");
    let logout = person.get(&browser.nth(1));
    assert!(logout.html.contains(&en("logout-done")), "{}", logout.html);
    assert_eq!(provider.open_sessions(), 0, "the first session is ended");
    run.wait_for(&en("idp-after-not-me"), 1);

    // A new sign-in, confirmed this time.
    run.answer("");
    person.practice_journey(&browser.nth(2), None, 0);
    run.wait_for(&en("confirm-title"), 2);
    assert_eq!(provider.open_sessions(), 1);
    let mark = run.out.lock().unwrap().len();
    run.answer("");

    // Step 6 tells the truth: connected, with its own logout offered.
    let done = run.wait_for(&en("done-title"), 1);
    let step6 = since(&done, mark);
    assert!(!step6.contains(&en("done-title-logged-out")), "{step6}");
    assert!(!step6.contains(&en("done-logged-out")), "{step6}");
    run.wait_for(&format!("2. {}", en("choice-logout")), 1);

    // Its logout ends the second session too.
    run.answer("2");
    let logout = person.get(&browser.nth(3));
    assert!(logout.html.contains(&en("logout-done")), "{}", logout.html);
    run.wait_for(&en("done-logged-out"), 1);
    assert_eq!(provider.open_sessions(), 0, "the second session is ended");

    // The run ends saying what is true: connected, then logged out.
    run.answer("");
    let end = run.wait_for(&en("end-logged-out"), 1);
    assert!(!end.contains(&en("end-connected")), "{end}");
    drop(run.child.stdin.take());
    let deadline = Instant::now() + Duration::from_secs(20);
    let status = loop {
        if let Some(status) = run.child.try_wait().unwrap() {
            break status;
        }
        assert!(Instant::now() < deadline, "did not end");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert_eq!(status.code(), Some(0));
}
