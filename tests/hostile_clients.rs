//! Hostile local clients, with raw sockets, against both loopback servers: the
//! callback listener and the practice provider. Each attack was reproduced on
//! the release binary when they ran on tiny_http; each must now leave the
//! server answering. All traffic goes to 127.0.0.1 only.

mod support;

use fcguide::i18n::Catalog;
use fcguide::oidc::callback::{CallbackParams, Listener, Pages};
use fcguide::practice::{PracticeServer, Settings};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::os::unix::process::CommandExt;
use std::process::{Child, ChildStdout, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const DISCOVERY: &str = "/api/v2/.well-known/openid-configuration";

/// Sends `raw`, reads until the server closes (or 5 s), and returns the status, if any came.
fn exchange(addr: SocketAddr, raw: &[u8]) -> Option<u16> {
    let mut s = TcpStream::connect_timeout(&addr, Duration::from_secs(2)).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let _ = s.write_all(raw);
    let mut out = Vec::new();
    // On a reset, what was read before it is kept.
    let _ = s.read_to_end(&mut out);
    status_of(&out)
}

fn status_of(answer: &[u8]) -> Option<u16> {
    let text = String::from_utf8_lossy(answer);
    text.strip_prefix("HTTP/1.1 ")?.get(..3)?.parse().ok()
}

fn get(addr: SocketAddr, path: &str) -> Option<u16> {
    exchange(
        addr,
        format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").as_bytes(),
    )
}

fn addr_of(url: &str) -> SocketAddr {
    let u = url::Url::parse(url).unwrap();
    SocketAddr::from(([127, 0, 0, 1], u.port().unwrap()))
}

/// A callback listener in this process, as the relying party starts it.
struct Callback {
    listener: Listener,
    answers: Receiver<CallbackParams>,
    state: String,
    addr: SocketAddr,
}

impl Callback {
    fn start() -> Callback {
        let (tx, answers) = channel();
        let state = fcguide::secure::random_token(24);
        let pages = Pages {
            done: "done".into(),
            failed: "failed".into(),
            refused: "refused".into(),
        };
        let notify = Arc::new(move |p| {
            let _ = tx.send(p);
        });
        let listener = Listener::start(None, "/callback", state.clone(), pages, notify).unwrap();
        let addr = addr_of(&listener.redirect_uri);
        Callback {
            listener,
            answers,
            state,
            addr,
        }
    }

    /// The browser's real answer: refused page for anything else, and handed over once.
    fn real_answer_gets_through(&self) {
        let started = Instant::now();
        assert_eq!(get(self.addr, "/callback?code=c&state=forged"), Some(400));
        let path = format!("/callback?code=the-code&state={}", self.state);
        assert_eq!(get(self.addr, &path), Some(200));
        let answer = self.answers.recv_timeout(Duration::from_secs(2)).expect("handed over");
        assert_eq!(answer.code.as_deref(), Some("the-code"));
        assert!(started.elapsed() < Duration::from_secs(3), "{:?}", started.elapsed());
    }
}

fn practice_in_process() -> (PracticeServer, SocketAddr) {
    let server = PracticeServer::start(Settings::default(), Arc::new(Catalog::load())).unwrap();
    let addr = addr_of(&server.issuer);
    (server, addr)
}

/// Runs the child with this soft and hard limit on open files.
fn limit_open_files(command: &mut Command, soft: libc::rlim_t, hard: libc::rlim_t) {
    // SAFETY: only setrlimit, async-signal-safe, runs between fork and exec.
    unsafe {
        command.pre_exec(move || {
            let limit = libc::rlimit {
                rlim_cur: soft,
                rlim_max: hard,
            };
            if libc::setrlimit(libc::RLIMIT_NOFILE, &limit) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
}

fn hard_open_file_limit() -> libc::rlim_t {
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit only writes the struct given.
    assert_eq!(unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) }, 0);
    limit.rlim_max
}

/// `fcguide practice-server` in its own process.
struct PracticeProcess {
    child: Child,
    addr: SocketAddr,
    _stdout: BufReader<ChildStdout>,
}

impl PracticeProcess {
    fn start(open_files: Option<(libc::rlim_t, libc::rlim_t)>) -> PracticeProcess {
        let mut command = Command::new(env!("CARGO_BIN_EXE_fcguide"));
        command
            .args(["practice-server", "--port", "0", "--lang", "en"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        if let Some((soft, hard)) = open_files {
            limit_open_files(&mut command, soft, hard);
        }
        let mut child = command.spawn().unwrap();
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let mut addr = None;
        for _ in 0..10 {
            let mut line = String::new();
            stdout.read_line(&mut line).unwrap();
            if let Some(issuer) = line.trim().strip_prefix("issuer: ") {
                addr = Some(addr_of(issuer));
                break;
            }
        }
        PracticeProcess {
            child,
            addr: addr.expect("issuer line"),
            _stdout: stdout,
        }
    }

    fn alive(&mut self) -> bool {
        self.child.try_wait().unwrap().is_none()
    }

    /// A line of /proc/PID/status or /proc/PID/limits.
    fn proc_line(&self, file: &str, key: &str) -> String {
        let text = std::fs::read_to_string(format!("/proc/{}/{file}", self.child.id())).unwrap();
        text.lines()
            .find(|l| l.starts_with(key))
            .unwrap_or_default()
            .to_string()
    }

    /// Peak resident memory, in kB.
    fn peak_kb(&self) -> u64 {
        let line = self.proc_line("status", "VmHWM:");
        line.split_whitespace().nth(1).unwrap().parse().unwrap()
    }
}

impl Drop for PracticeProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

// (a) Content-Length: 99999999999999 made tiny_http allocate that much on drop: an abort.

const HUGE: &str = "Content-Length: 99999999999999\r\n";

#[test]
fn a_huge_content_length_is_refused_and_the_callback_listener_lives_on() {
    let cb = Callback::start();
    for raw in [
        format!("GET /callback?code=x&state={} HTTP/1.1\r\n{HUGE}\r\n", cb.state),
        format!("POST /callback HTTP/1.1\r\n{HUGE}\r\nabc"),
        format!("GET /elsewhere HTTP/1.1\r\n{HUGE}\r\n"),
    ] {
        assert_eq!(exchange(cb.addr, raw.as_bytes()), Some(413), "{raw}");
    }
    assert!(cb.answers.try_recv().is_err(), "nothing handed over");
    cb.real_answer_gets_through();
}

#[test]
fn a_huge_content_length_is_refused_and_the_practice_provider_lives_on() {
    let (_server, addr) = practice_in_process();
    let mut process = PracticeProcess::start(None);
    for addr in [addr, process.addr] {
        for raw in [
            format!("POST /api/v2/token HTTP/1.1\r\n{HUGE}\r\nclient_id=x"),
            format!("GET {DISCOVERY} HTTP/1.1\r\n{HUGE}\r\n"),
        ] {
            assert_eq!(exchange(addr, raw.as_bytes()), Some(413), "{raw}");
        }
        assert_eq!(get(addr, DISCOVERY), Some(200));
    }
    assert!(process.alive(), "the practice server's process died");
}

// (b) Half-sent requests held open froze the callback listener (its one thread
// drained a body that never came) and could take the practice provider's 3 workers.

/// Connections that send part of a request and then wait.
fn half_sent(addr: SocketAddr, path: &str) -> Vec<TcpStream> {
    let mut held = vec![];
    for i in 0..12 {
        let raw = match i % 3 {
            0 => format!("POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5000\r\n\r\nabc"),
            1 => format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n"),
            _ => String::new(),
        };
        let mut s = TcpStream::connect(addr).unwrap();
        s.write_all(raw.as_bytes()).unwrap();
        held.push(s);
    }
    std::thread::sleep(Duration::from_millis(200));
    held
}

#[test]
fn half_sent_requests_do_not_hold_the_callback_listener() {
    let cb = Callback::start();
    let _held = half_sent(cb.addr, "/callback");
    cb.real_answer_gets_through();
}

#[test]
fn half_sent_requests_do_not_hold_the_practice_provider() {
    let (_server, addr) = practice_in_process();
    let held = half_sent(addr, "/api/v2/token");
    let started = Instant::now();
    for _ in 0..5 {
        assert_eq!(get(addr, DISCOVERY), Some(200));
    }
    assert!(started.elapsed() < Duration::from_secs(3), "{:?}", started.elapsed());
    drop(held);
}

/// A client sending one byte of its head every second never finishes a read
/// timeout, but the whole request has a deadline.
#[test]
fn a_trickling_client_is_cut_off_at_the_request_deadline() {
    let (_server, addr) = practice_in_process();
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(1))).unwrap();
    let started = Instant::now();
    let head = b"GET /api/v2/.well-known/openid-configuration HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    let mut closed = false;
    for byte in head.iter().take(16) {
        if s.write_all(&[*byte]).is_err() {
            closed = true;
            break;
        }
        let mut buf = [0u8; 64];
        match s.read(&mut buf) {
            Ok(0) => {
                closed = true;
                break;
            }
            Ok(_) => panic!("an answer to half a head"),
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock || e.kind() == std::io::ErrorKind::TimedOut => {}
            Err(_) => {
                closed = true;
                break;
            }
        }
    }
    assert!(closed, "still open after {:?}", started.elapsed());
    assert!(started.elapsed() < Duration::from_secs(14), "{:?}", started.elapsed());
}

// (c) A 200 MB request line was read whole (6 MB to 211 MB of memory).

/// Streams an endless request (`start` then `filler` up to 200 MB) and returns
/// how much went out before the server cut it, and the status it answered.
fn endless(addr: SocketAddr, start: &str, filler: &[u8]) -> (usize, Option<u16>) {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    s.set_write_timeout(Some(Duration::from_secs(5))).unwrap();
    let mut writer = s.try_clone().unwrap();
    let start = start.as_bytes().to_vec();
    let filler = filler.repeat(64 * 1024 / filler.len());
    let sent = Arc::new(AtomicUsize::new(0));
    let counter = sent.clone();
    let writing = std::thread::spawn(move || {
        if writer.write_all(&start).is_err() {
            return;
        }
        while counter.load(Ordering::SeqCst) < 200 << 20 {
            match writer.write(&filler) {
                Ok(n) => counter.fetch_add(n, Ordering::SeqCst),
                Err(_) => return,
            };
        }
    });
    let started = Instant::now();
    let mut answer = Vec::new();
    let _ = s.read_to_end(&mut answer);
    assert!(started.elapsed() < Duration::from_secs(5), "{:?}", started.elapsed());
    writing.join().unwrap();
    (sent.load(Ordering::SeqCst), status_of(&answer))
}

fn endless_requests_are_cut_short(addr: SocketAddr, path: &str) {
    for (start, filler) in [
        (format!("GET {path}?"), &b"a"[..]),
        (
            format!("GET {path} HTTP/1.1\r\n"),
            &b"X-Padding: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n"[..],
        ),
    ] {
        let (sent, status) = endless(addr, &start, filler);
        assert!(sent < 50 << 20, "{sent} bytes taken in before the cut");
        assert!(matches!(status, None | Some(414 | 431)), "{status:?}");
    }
}

#[test]
fn an_endless_request_line_or_headers_are_cut_short_by_the_callback_listener() {
    let cb = Callback::start();
    endless_requests_are_cut_short(cb.addr, "/callback");
    cb.real_answer_gets_through();
}

#[test]
fn an_endless_request_line_or_headers_are_cut_short_by_the_practice_provider() {
    let process = PracticeProcess::start(None);
    assert_eq!(get(process.addr, DISCOVERY), Some(200));
    let before = process.peak_kb();
    endless_requests_are_cut_short(process.addr, DISCOVERY);
    let after = process.peak_kb();
    assert!(after < before + 16 * 1024, "peak memory {before} kB -> {after} kB");
    assert_eq!(get(process.addr, DISCOVERY), Some(200));
}

// (d) 1,100 connections under the common 1,024 open-file limit: accept failed
// and the listener's thread ended for good.

/// Only one flood at a time: each holds 1,100 descriptors of this process.
static FLOOD: Mutex<()> = Mutex::new(());

/// Opens 1,100 connections and holds them; then lets them go.
fn flood(addr: SocketAddr) {
    fcguide::http_server::raise_open_file_limit();
    let mut held = Vec::new();
    let until = Instant::now() + Duration::from_secs(10);
    while held.len() < 1100 && Instant::now() < until {
        if let Ok(s) = TcpStream::connect_timeout(&addr, Duration::from_millis(500)) {
            held.push(s);
        }
    }
    // A server whose accept loop has died leaves new connections hanging in the backlog.
    assert_eq!(held.len(), 1100, "connections accepted within 10 s");
    drop(held);
}

/// Both soft and hard limits at 1,024, so the program cannot raise them: the
/// server's own cap on connections must keep it within.
const TIGHT: Option<(libc::rlim_t, libc::rlim_t)> = Some((1024, 1024));

#[test]
fn eleven_hundred_connections_under_1024_open_files_leave_the_practice_provider_answering() {
    let _one = FLOOD.lock().unwrap_or_else(|e| e.into_inner());
    let mut process = PracticeProcess::start(TIGHT);
    assert!(process.proc_line("limits", "Max open files").contains("1024"));
    flood(process.addr);
    assert!(process.alive());
    // Connections the flood left open close within the server's deadline; a
    // fresh request must then be answered, well within it.
    let until = Instant::now() + Duration::from_secs(5);
    while get(process.addr, DISCOVERY) != Some(200) {
        assert!(Instant::now() < until, "the practice provider no longer answers");
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn eleven_hundred_connections_under_1024_open_files_leave_the_callback_listener_answering() {
    let _one = FLOOD.lock().unwrap_or_else(|e| e.into_inner());
    let browser = support::Recorder::new("hostile-flood");
    let mut command = support::fcguide(&["--plain", "--lang", "en"], &browser);
    let (soft, hard) = TIGHT.unwrap();
    limit_open_files(&mut command, soft, hard);
    let mut app = Killed(command.spawn().unwrap());
    let child = &mut app.0;
    // Language given; then Enter on welcome, on the provider choice, on the confirmation and on done.
    child.stdin.as_mut().unwrap().write_all(b"\n\n\n\n").unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let out = Arc::new(Mutex::new(String::new()));
    let sink = out.clone();
    std::thread::spawn(move || {
        let mut all = String::new();
        let _ = stdout.read_to_string(&mut all);
        *sink.lock().unwrap() = all;
    });
    let url = browser.nth(0);
    let request = support::request_behind(&url);
    let redirect = url::Url::parse(&request)
        .unwrap()
        .query_pairs()
        .find(|(k, _)| k == "redirect_uri")
        .unwrap()
        .1
        .into_owned();
    let addr = addr_of(&redirect);
    flood(addr);
    assert!(child.try_wait().unwrap().is_none(), "the assistant died");
    // The real callback still gets through: the whole journey ends connected.
    let last = support::FormBrowser::default().practice_journey(&request, None, 0);
    assert_eq!(last.status, 200, "{}", last.html);
    drop(child.stdin.take());
    let until = Instant::now() + Duration::from_secs(15);
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        assert!(Instant::now() < until, "did not end");
        std::thread::sleep(Duration::from_millis(50));
    };
    std::thread::sleep(Duration::from_millis(100));
    assert_eq!(status.code(), Some(0), "{}", out.lock().unwrap());
}

/// A child process that is ended if the test fails before it ends by itself.
struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The program lifts its own soft limit to the hard one at start.
#[test]
fn the_program_raises_its_soft_open_file_limit() {
    let hard = hard_open_file_limit();
    let process = PracticeProcess::start(Some((1024.min(hard), hard)));
    let line = process.proc_line("limits", "Max open files");
    let numbers: Vec<&str> = line.split_whitespace().skip(3).take(2).collect();
    assert_eq!(numbers[0], numbers[1], "{line}");
}

// (4) The short start address handed state and nonce to any local process that asked for /start.

#[test]
fn the_short_address_is_random_and_plain_start_is_not_found() {
    let a = Callback::start();
    let b = Callback::start();
    let short = url::Url::parse(&a.listener.short_url).unwrap();
    let path = short.path().to_string();
    let token = path.strip_prefix("/start-").expect("a /start- address");
    assert!(token.len() >= 22, "at least 128 bits: {token}");
    assert_ne!(a.listener.short_url, b.listener.short_url);
    // Nothing to hand out before the request is made.
    assert_eq!(get(a.addr, &path), Some(404));
    let to = "http://127.0.0.1:1/authorize?state=s&nonce=n";
    a.listener.set_start(to);
    b.listener.set_start(to);
    for guess in ["/start", "/start-", "/start-x", "/start/", &format!("{path}x")] {
        assert_eq!(get(a.addr, guess), Some(404), "{guess}");
    }
    // One use, the browser's.
    let mut s = TcpStream::connect(a.addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    write!(s, "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").unwrap();
    let mut answer = String::new();
    s.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 302 "), "{answer}");
    assert!(answer.contains(&format!("\r\nLocation: {to}\r\n")), "{answer}");
    assert!(answer.contains("\r\nConnection: close\r\n"), "{answer}");
    // Issue 23: a second fetch means another program has the address: the
    // attempt ends, the person is warned, the request is not given again.
    assert_eq!(get(a.addr, &format!("{path}?a=b")), Some(403));
    let warned = a.answers.recv_timeout(Duration::from_secs(2)).expect("a warning");
    assert!(warned.intruder && warned.code.is_none(), "{warned:?}");
    assert_eq!(get(a.addr, &path), Some(410));
    let late = format!("/callback?code=c&state={}", a.state);
    get(a.addr, &late);
    assert!(
        a.answers.recv_timeout(Duration::from_millis(300)).is_err(),
        "the attempt is over"
    );
    // Another listener's address is not this one's.
    let other = url::Url::parse(&b.listener.short_url).unwrap().path().to_string();
    assert_eq!(get(a.addr, &other), Some(404));
}
