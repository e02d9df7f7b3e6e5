//! Issue 19 (6): a browser that does not open is never reported as opened,
//! and every `BROWSER` entry is tried in turn.

mod support;

use std::io::{Read, Write};
use std::time::{Duration, Instant};
use support::Recorder;

/// Plain mode in English with `BROWSER` set to `browsers`, Enter on the
/// welcome and the choice of provider; the output once the address is shown.
fn run_with(browsers: &str, tag: &str) -> String {
    let recorder = Recorder::new(tag);
    let mut child = support::fcguide(&["--plain", "--lang", "en"], &recorder)
        .env("BROWSER", browsers)
        .spawn()
        .unwrap();
    child.stdin.as_mut().unwrap().write_all(b"\n\n").unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = stdout.read(&mut buf) {
            if n == 0 || tx.send(String::from_utf8_lossy(&buf[..n]).into_owned()).is_err() {
                break;
            }
        }
    });
    let mut out = String::new();
    let deadline = Instant::now() + Duration::from_secs(20);
    while !out.contains("/start-") && !out.contains("has opened") && Instant::now() < deadline {
        if let Ok(more) = rx.recv_timeout(Duration::from_millis(100)) {
            out.push_str(&more);
        }
    }
    // A little longer: whatever is said about the browser comes with the address.
    std::thread::sleep(Duration::from_millis(300));
    while let Ok(more) = rx.try_recv() {
        out.push_str(&more);
    }
    let _ = child.kill();
    let _ = child.wait();
    out
}

#[test]
fn a_launcher_that_fails_is_reported_as_not_opened_with_the_address() {
    for (browsers, tag) in [("/bin/false", "false"), ("/no/such/browser", "missing")] {
        let out = run_with(browsers, tag);
        assert!(out.contains("/start-"), "{browsers}: the address is shown:\n{out}");
        assert!(out.contains("The browser did not open"), "{browsers}:\n{out}");
        assert!(!out.contains("has opened"), "{browsers}: said opened:\n{out}");
    }
}

#[test]
fn each_browser_entry_is_tried_in_turn() {
    let recorder = Recorder::new("entries-target");
    let browsers = format!("/bin/false:/no/such/browser:{}", recorder.script.display());
    let out = run_with(&browsers, "entries");
    assert!(out.contains("The browser has opened"), "{out}");
    assert!(recorder.nth(0).contains("/start-"));
}

/// `--no-browser` (and a launcher that fails): the address comes first, right
/// under "open this address", before what to do in the browser, and nothing
/// offers to open a browser "again" (Enter alone waits: the flow's
/// `without_a_browser_enter_alone_waits`).
#[test]
fn without_a_browser_the_address_comes_first_and_enter_waits() {
    let recorder = Recorder::new("no-browser-first");
    let mut child = support::fcguide(&["--plain", "--lang", "en", "--no-browser"], &recorder)
        .spawn()
        .unwrap();
    let gathered = support::gather_output(&mut child);
    support::answer(&mut child, "");
    support::answer(&mut child, "");
    let out = support::wait_output(&gathered, Duration::from_secs(20), "the French labels", |o| {
        o.contains("Continue to fcguide")
    });
    support::reap(&mut child, &gathered);
    let step = &out[out.find("Step 4 of 6").expect(&out)..];
    let lines: Vec<&str> = step.lines().collect();
    let open = lines
        .iter()
        .position(|l| l.starts_with("Open this address"))
        .expect(step);
    assert!(lines[open + 1].contains("/start-"), "the address right under:\n{step}");
    let todo = lines.iter().position(|l| l.starts_with("In the browser:")).expect(step);
    assert!(open < todo, "the address before what to do in the browser:\n{step}");
    assert!(!step.contains("again"), "{step}");
    assert!(!recorder.dir.join("raw").exists(), "no browser was started");
}
