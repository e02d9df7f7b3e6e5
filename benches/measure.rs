//! Speed and memory of the release binary, measured the way a person meets them.
//! Run with `cargo bench`; prints one line per figure (the README keeps the last ones).
//!
//! - binary size;
//! - time from start to the first screen (plain mode, median of 100 runs, taken
//!   in turn with as many bare starts of `/bin/true`);
//! - peak memory (max RSS) of a whole practice journey, browser part included
//!   (median of 5 journeys);
//! - bytes written to the terminal per keystroke in the full screen (in a pty, via `script`);
//! - CPU used while idle, waiting for the browser (5 s).

#[path = "../tests/support/mod.rs"]
mod support;

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_fcguide");

/// One start of the binary up to its first screen (plain mode, ending in the prompt "> ").
fn one_first_screen() -> Duration {
    let start = Instant::now();
    let mut child = Command::new(BIN)
        .args(["--plain", "--lang", "fr", "--no-browser"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = child.stdout.take().unwrap();
    let mut seen = Vec::new();
    let mut buf = [0u8; 4096];
    while !seen.ends_with(b"> ") {
        let n = out.read(&mut buf).unwrap();
        assert!(n > 0, "no first screen");
        seen.extend_from_slice(&buf[..n]);
    }
    let elapsed = start.elapsed();
    drop(child.stdin.take());
    child.wait().unwrap();
    elapsed
}

/// A bare process start (`/bin/true`): the floor the first screen is compared with.
fn one_bare_start() -> Duration {
    let start = Instant::now();
    Command::new("/bin/true").status().unwrap();
    start.elapsed()
}

fn median<T: Ord + Copy>(mut values: Vec<T>) -> T {
    values.sort();
    values[values.len() / 2]
}

/// Medians of 100 first screens and 100 bare starts, taken in turn so that a
/// change in the machine's load touches both alike.
fn first_screen_and_bare_start() -> (Duration, Duration) {
    let (mut first, mut bare) = (vec![], vec![]);
    for _ in 0..100 {
        first.push(one_first_screen());
        bare.push(one_bare_start());
    }
    (median(first), median(bare))
}

/// The child's own peak memory (max RSS, KiB), read when it is reaped.
fn wait_with_max_rss_kb(child: &mut std::process::Child) -> (bool, i64) {
    let mut status = 0;
    // SAFETY: wait4 on our own child's pid fills the status and the zeroed struct given.
    let usage = unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        while libc::wait4(child.id() as libc::pid_t, &mut status, 0, &mut usage) < 0 {
            assert_eq!(
                std::io::Error::last_os_error().kind(),
                std::io::ErrorKind::Interrupted,
                "wait4"
            );
        }
        usage
    };
    (
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        usage.ru_maxrss,
    )
}

fn one_journey_peak_kb() -> i64 {
    let browser = support::Recorder::new("bench");
    let mut child = Command::new(BIN)
        .args(["--plain", "--lang", "uk"])
        .env("BROWSER", &browser.script)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    child.stdin.as_mut().unwrap().write_all(b"\n\n\n\n").unwrap();
    support::FormBrowser::default().practice_journey(&browser.nth(0), None, 0);
    drop(child.stdin.take());
    let (connected, peak) = wait_with_max_rss_kb(&mut child);
    assert!(connected, "journey did not connect");
    peak
}

/// Median of five whole journeys, each its own process.
fn whole_journey_peak_kb() -> i64 {
    median((0..5).map(|_| one_journey_peak_kb()).collect())
}

fn bytes_per_keystroke() -> Option<f64> {
    if Command::new("script").arg("--version").output().is_err() {
        eprintln!("SKIPPED: `script` (util-linux) is not installed");
        return None;
    }
    let log = std::env::temp_dir().join(format!("fcguide-bench-tty-{}", std::process::id()));
    let inner = format!("stty cols 80 rows 24; exec {BIN} --lang fr --no-browser");
    let mut child = Command::new("script")
        .args(["-q", "-f", "-c", &inner])
        .arg(&log)
        .env("TERM", "xterm-256color")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let size = || std::fs::metadata(&log).map(|m| m.len()).unwrap_or(0);
    std::thread::sleep(Duration::from_millis(800));
    let before = size();
    let stdin = child.stdin.as_mut().unwrap();
    let keys = 20;
    for i in 0..keys {
        // Down and Up arrows: the cursor moves, nothing else changes.
        stdin.write_all(if i % 2 == 0 { b"\x1b[B" } else { b"\x1b[A" }).unwrap();
        stdin.flush().unwrap();
        std::thread::sleep(Duration::from_millis(60));
    }
    std::thread::sleep(Duration::from_millis(300));
    let after = size();
    stdin.write_all(b"q").unwrap();
    let _ = child.wait();
    let _ = std::fs::remove_file(&log);
    Some((after - before) as f64 / keys as f64)
}

fn idle_cpu_while_waiting() -> Duration {
    let mut child = Command::new(BIN)
        .args(["--plain", "--lang", "fr", "--no-browser"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    child.stdin.as_mut().unwrap().write_all(b"\n\n").unwrap();
    std::thread::sleep(Duration::from_secs(1));
    let ticks = |pid: u32| -> u64 {
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
        let fields: Vec<&str> = stat.rsplit(')').next().unwrap().split_whitespace().collect();
        fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap()
    };
    let before = ticks(child.id());
    std::thread::sleep(Duration::from_secs(5));
    let after = ticks(child.id());
    let _ = child.kill();
    let _ = child.wait();
    // SAFETY: sysconf has no preconditions.
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as u64;
    Duration::from_millis((after - before) * 1000 / hz.max(1))
}

fn main() {
    // `cargo test` also builds benches; only measure when asked to.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let size = std::fs::metadata(BIN).unwrap().len();
    println!(
        "binary size:                  {:.1} MB ({size} bytes)",
        size as f64 / 1e6
    );
    let (first, bare) = first_screen_and_bare_start();
    println!(
        "start to first screen:        {:.1} ms (median of 100, plain mode); /bin/true {:.1} ms; ratio {:.1}",
        first.as_secs_f64() * 1e3,
        bare.as_secs_f64() * 1e3,
        first.as_secs_f64() / bare.as_secs_f64().max(1e-6)
    );
    println!(
        "peak memory, whole journey:   {:.1} MB (max RSS, median of 5)",
        whole_journey_peak_kb() as f64 / 1024.0
    );
    if let Some(b) = bytes_per_keystroke() {
        println!("terminal bytes per keystroke: {b:.0} (full screen, 80x24, arrow keys)");
    }
    println!(
        "CPU while waiting (5 s):      {} ms",
        idle_cpu_while_waiting().as_millis()
    );
}
