//! Issue 23: another person's program on the same computer (a shared computer
//! at a social service, a terminal server). It can read every process's
//! command line and reach every loopback port; it must not be able to slip
//! its own identity into the person's sign-in, nor hold the listener.

mod support;

use fcguide::i18n::Catalog;
use fcguide::oidc::callback::{CallbackParams, Notify, Pages};
use fcguide::oidc::client::{Client, Pending};
use fcguide::oidc::config::Config;
use fcguide::oidc::error::LoginError;
use fcguide::practice::{PracticeServer, Settings};
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use support::{FormBrowser, Recorder};
use zeroize::Zeroizing;

fn practice() -> (PracticeServer, Client) {
    let server = PracticeServer::start(Settings::default(), Arc::new(Catalog::load())).unwrap();
    let mut config = Config::franceconnect(
        &server.issuer,
        server.client_id.clone(),
        Some(Zeroizing::new(server.client_secret.clone())),
    );
    config.redirect_uri = Some(url::Url::parse(&server.redirect_uri).unwrap());
    let client = Client::discover(config).unwrap();
    (server, client)
}

fn pages() -> Pages {
    Pages {
        done: "done".into(),
        failed: "failed".into(),
        refused: "refused".into(),
    }
}

fn begin(client: &Client) -> (Pending, Receiver<CallbackParams>) {
    let (tx, rx) = channel();
    let notify: Notify = Arc::new(move |p| {
        let _ = tx.send(p);
    });
    (client.begin(true, "fr", pages(), notify).unwrap(), rx)
}

/// The status of one GET, not followed.
fn status(url: &str) -> u16 {
    support::agent().get(url).call().unwrap().status().as_u16()
}

fn addr_of(url: &str) -> SocketAddr {
    let u = url::Url::parse(url).unwrap();
    SocketAddr::from(([127, 0, 0, 1], u.port().unwrap()))
}

/// The built binary in plain mode with the practice provider, in English,
/// its output collected as it comes.
struct Run {
    child: std::process::Child,
    out: Arc<Mutex<String>>,
}

impl Run {
    fn start(browser: &Recorder, answers: &[u8]) -> Run {
        let mut child = support::fcguide(&["--plain", "--lang", "en"], browser).spawn().unwrap();
        child.stdin.as_mut().unwrap().write_all(answers).unwrap();
        let out = support::gather_output(&mut child);
        Run { child, out }
    }

    fn wait_for(&self, text: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let out = self.out.lock().unwrap().clone();
            if out.contains(text) {
                return out;
            }
            assert!(Instant::now() < deadline, "never said {text:?}:\n{out}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Run {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Runs `cat path` as the `nobody` user: whether another user can read it.
/// `None` where this test cannot switch users (not root).
fn readable_by_nobody(path: &str) -> Option<bool> {
    // SAFETY: geteuid has no failure and touches no memory.
    if unsafe { libc::geteuid() } != 0 {
        return None;
    }
    let out = std::process::Command::new("setpriv")
        .args(["--reuid=65534", "--regid=65534", "--clear-groups", "cat", path])
        .output()
        .ok()?;
    Some(out.status.success() && !out.stdout.is_empty())
}

/// What the browser is given on its command line (readable by every local
/// user in /proc/PID/cmdline) is a page only the person can read; the start
/// address itself is only shown on the person's own terminal.
#[test]
fn another_user_cannot_read_the_start_address_from_the_browsers_command_line() {
    use std::os::unix::fs::PermissionsExt;
    let browser = Recorder::new("cmdline");
    let run = Run::start(&browser, b"\n\n");
    let given = browser.raw_nth(0);
    let start = browser.nth(0);
    assert!(start.contains("/start-"), "{start}");
    assert!(
        given.starts_with("file://") && !given.contains("/start-") && !given.contains("http"),
        "the browser's command line: {given}"
    );
    let path = url::Url::parse(&given).unwrap().to_file_path().unwrap();
    let file_mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    let dir_mode = std::fs::metadata(path.parent().unwrap()).unwrap().permissions().mode() & 0o777;
    assert_eq!((file_mode, dir_mode), (0o600, 0o700), "{}", path.display());
    match readable_by_nobody(path.to_str().unwrap()) {
        Some(readable) => assert!(!readable, "another user read {}", path.display()),
        None => eprintln!("SKIPPED (in part): not root, cannot read as another user"),
    }
    drop(run);
}

/// The start address works once: a second fetch (someone else got it)
/// ends the attempt and tells the person another program tried to take part.
#[test]
fn a_second_fetch_of_the_start_address_ends_the_attempt_with_a_warning() {
    let browser = Recorder::new("second-fetch");
    let run = Run::start(&browser, b"\n\n");
    let start = browser.nth(0);
    let request = support::request_behind(&start);
    assert!(request.contains("/authorize?"), "{request}");
    // Someone else fetches it too: refused, and the request is not given again.
    let again = support::agent().get(&start).call().unwrap();
    assert_eq!(again.status().as_u16(), 403);
    assert!(support::header(&again, "Location").is_none());
    let warning = Catalog::load().text("en", "error-intruder", &[]);
    let out = run.wait_for(&warning);
    assert!(!out.contains("Given names"), "{out}");
    // The attempt is over: its listener is gone, no answer can be delivered.
    let callback = url::Url::parse(&request)
        .unwrap()
        .query_pairs()
        .find(|(k, _)| k == "redirect_uri")
        .unwrap()
        .1
        .into_owned();
    std::thread::sleep(Duration::from_millis(300));
    assert!(TcpStream::connect(addr_of(&callback)).is_err(), "still listening");
}

/// A callback that arrives before the browser has fetched the start address
/// cannot be the provider's: a forged "the register does not know you" is
/// refused and ends the attempt with the warning, as is any later answer.
#[test]
fn a_forged_callback_before_the_browser_is_refused() {
    let (_server, client) = practice();
    let (pending, rx) = begin(&client);
    let state = url::Url::parse(&pending.url)
        .unwrap()
        .query_pairs()
        .find(|(k, _)| k == "state")
        .unwrap()
        .1
        .into_owned();
    let forged = format!(
        "{}?error=access_denied&error_description=Y010008&state={state}",
        pending.listener.redirect_uri
    );
    assert_eq!(status(&forged), 403);
    let answer = rx.recv_timeout(Duration::from_secs(2)).expect("the attempt ends");
    assert_eq!(client.finish(&pending, answer).err(), Some(LoginError::Intruder));
    // The browser that comes after finds the attempt over.
    assert_eq!(status(&pending.listener.short_url), 410);
    assert!(rx.recv_timeout(Duration::from_millis(300)).is_err());
}

/// The logout's start address (behind it: the ID token as `id_token_hint`)
/// also works once; a second fetch is reported, not taken as the return.
#[test]
fn the_logout_start_address_works_once() {
    let (_server, client) = practice();
    let (pending, rx) = begin(&client);
    FormBrowser::default().practice_journey(&pending.listener.short_url, None, 0);
    let connection = client
        .finish(&pending, rx.recv_timeout(Duration::from_secs(5)).unwrap())
        .unwrap();
    drop(pending);
    let (tx, back) = channel();
    let notify: Notify = Arc::new(move |p| {
        let _ = tx.send(p);
    });
    let (url, _listener) = client.logout(&connection.id_token, pages(), notify).unwrap();
    assert!(!url.contains("id_token_hint"), "{url}");
    assert!(support::request_behind(&url).contains("id_token_hint"));
    assert_eq!(status(&url), 403);
    let warned = back.recv_timeout(Duration::from_secs(2)).expect("a warning");
    assert!(warned.intruder, "{warned:?}");
}

/// The flood of issue 23, from another user's program: 64 idle and 64
/// trickling connections, each reopened the moment it is closed.
const FLOOD: &str = r#"
import socket, sys, threading, time
addr = ("127.0.0.1", int(sys.argv[1]))
def attack(trickle):
    while True:
        try:
            s = socket.create_connection(addr)
            s.settimeout(0.2)
            sent = 0
            while True:
                if trickle:
                    s.send(b"GET /callback?x"[sent % 15:sent % 15 + 1])
                    sent += 1
                try:
                    s.recv(1)
                    break
                except socket.timeout:
                    pass
            s.close()
        except Exception:
            time.sleep(0.01)
for trickle in [False] * 64 + [True] * 64:
    threading.Thread(target=attack, args=(trickle,), daemon=True).start()
print("ready", flush=True)
time.sleep(60)
"#;

/// Another user's 64 idle and 64 trickling connections (reopened at once
/// when closed) do not keep the person's browser from completing a
/// sign-in: another user's unfinished connections give way first, and never
/// push out the person's.
#[test]
fn another_users_idle_and_trickling_connections_do_not_stop_a_sign_in() {
    // SAFETY: geteuid has no failure and touches no memory.
    if unsafe { libc::geteuid() } != 0 || !std::path::Path::new("/usr/bin/python3").exists() {
        eprintln!("SKIPPED: needs root (to run the flood as another user) and /usr/bin/python3");
        return;
    }
    let (_server, client) = practice();
    let (pending, rx) = begin(&client);
    let port = addr_of(&pending.listener.redirect_uri).port().to_string();
    let mut flood = std::process::Command::new("setpriv")
        .args([
            "--reuid=65534",
            "--regid=65534",
            "--clear-groups",
            "/usr/bin/python3",
            "-c",
            FLOOD,
            &port,
        ])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut ready = [0u8; 5];
    flood.stdout.as_mut().unwrap().read_exact(&mut ready).unwrap();
    // The flood in place.
    std::thread::sleep(Duration::from_millis(1000));
    let started = Instant::now();
    let last = FormBrowser::default().practice_journey(&pending.listener.short_url, None, 0);
    let answer = rx.recv_timeout(Duration::from_secs(5));
    let _ = flood.kill();
    let _ = flood.wait();
    assert_eq!(last.html, "done", "status {}: {}", last.status, last.html);
    let connection = client
        .finish(&pending, answer.expect("the callback got through"))
        .unwrap();
    assert_eq!(connection.identity.family_name, "MARTIN");
    assert!(started.elapsed() < Duration::from_secs(10), "{:?}", started.elapsed());
}

/// The same flood from a program of the person's own user: the oldest
/// connection that has not sent a whole request gives way to the newcomer.
#[test]
fn idle_and_trickling_connections_do_not_stop_a_sign_in() {
    let (_server, client) = practice();
    let (pending, rx) = begin(&client);
    let addr = addr_of(&pending.listener.redirect_uri);
    let stop = Arc::new(AtomicBool::new(false));
    let mut attackers = Vec::new();
    for trickle in [false, true] {
        for _ in 0..64 {
            let stop = stop.clone();
            attackers.push(std::thread::spawn(move || {
                while !stop.load(Ordering::SeqCst) {
                    let Ok(mut s) = TcpStream::connect(addr) else {
                        std::thread::sleep(Duration::from_millis(20));
                        continue;
                    };
                    s.set_read_timeout(Some(Duration::from_millis(200))).unwrap();
                    // Held until the server lets go, sending a byte now and then or nothing.
                    let mut byte = [0u8; 1];
                    let mut sent = 0;
                    while !stop.load(Ordering::SeqCst) {
                        if trickle && s.write_all(&[b"GET /callback?x"[sent % 15]]).is_err() {
                            break;
                        }
                        sent += 1;
                        match s.read(&mut byte) {
                            Ok(_) => break,
                            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
                            Err(e) if e.kind() == std::io::ErrorKind::TimedOut => {}
                            Err(_) => break,
                        }
                    }
                    // Reopened soon after it was closed.
                    std::thread::sleep(Duration::from_millis(50));
                }
            }));
        }
    }
    // The flood in place.
    std::thread::sleep(Duration::from_millis(500));
    let started = Instant::now();
    let last = FormBrowser::default().practice_journey(&pending.listener.short_url, None, 0);
    let answer = rx.recv_timeout(Duration::from_secs(5));
    stop.store(true, Ordering::SeqCst);
    for a in attackers {
        let _ = a.join();
    }
    assert_eq!(last.html, "done", "status {}: {}", last.status, last.html);
    let connection = client
        .finish(&pending, answer.expect("the callback got through"))
        .unwrap();
    assert_eq!(connection.identity.family_name, "MARTIN");
    assert!(started.elapsed() < Duration::from_secs(10), "{:?}", started.elapsed());
}
