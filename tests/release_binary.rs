//! A release binary (`release/build.sh`: static x86_64, aarch64 under
//! qemu-user) takes a whole practice journey in plain mode, answers piped in,
//! its browser played by the form-submitting helper: the signatures (ring's
//! assembly for that processor), the loopback servers and the catalogs work in
//! the very file that is shipped.
//!
//! Ignored in a plain `cargo test` (there is no release binary then);
//! `release/build.sh` runs it for each binary:
//! `FCGUIDE_RELEASE_BIN=path [FCGUIDE_RELEASE_RUNNER=qemu-aarch64] cargo test --test release_binary -- --ignored`

mod support;

use std::io::{Read, Write};
use std::process::Command;
use std::time::{Duration, Instant};
use support::{FormBrowser, Recorder};

/// The binary under test, through its runner (qemu) when there is one, with
/// the environment `support::fcguide` gives the built one.
fn release_binary(args: &[&str], browser: &Recorder) -> Command {
    let bin = std::env::var("FCGUIDE_RELEASE_BIN").expect("FCGUIDE_RELEASE_BIN: the release binary to run");
    let c = match std::env::var("FCGUIDE_RELEASE_RUNNER") {
        Ok(runner) if !runner.is_empty() => {
            let mut c = Command::new(runner);
            c.arg(bin);
            c
        }
        _ => Command::new(bin),
    };
    support::with_test_environment(c, args, browser)
}

#[test]
#[ignore = "run by release/build.sh on each release binary"]
fn a_release_binary_takes_a_whole_practice_journey() {
    let browser = Recorder::new("release");
    let mut child = release_binary(&["--plain", "--lang", "en"], &browser).spawn().unwrap();
    // Enter on welcome, on the provider choice, on the confirmation and on done.
    child.stdin.as_mut().unwrap().write_all(b"\n\n\n\n").unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut out = String::new();
        let _ = stdout.read_to_string(&mut out);
        out
    });
    let request = support::request_behind(&browser.nth(0));
    let last = FormBrowser::default().practice_journey(&request, None, 0);
    drop(child.stdin.take());
    let deadline = Instant::now() + Duration::from_secs(60);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("the release binary did not end");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let out = reader.join().unwrap();
    assert!(last.html.contains("lang=\"en\""), "{}", last.html);
    assert_eq!(status.code(), Some(0), "{out}");
    let c = fcguide::i18n::Catalog::load();
    assert!(out.contains("Given names: Jean"), "{out}");
    assert!(out.trim_end().ends_with(&c.text("en", "end-connected", &[])), "{out}");
}
