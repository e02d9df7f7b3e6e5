//! A small bounded HTTP/1.1 server for the two loopback servers: the callback
//! listener and the practice provider.
//!
//! It replaces tiny_http, which a local process could bring down: it drained an
//! unread body on drop into a buffer sized by the client's `Content-Length`
//! (`vec![0; remaining]`, an abort), had no read timeouts (three half-sent
//! requests froze the callback), and its accept loop ended for good on EMFILE.
//! Here every bound is explicit: one request per connection, a head of at most
//! 8 KiB that must arrive within a deadline, a body only up to the caller's cap,
//! a cap on connections served at once, and an accept loop that never ends on
//! an error. The request head is parsed by the well-kept `httparse` crate.

use std::io::{self, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// Request line and headers, at most.
pub const MAX_HEAD: usize = 8 * 1024;
const MAX_HEADERS: usize = 64;
/// Connections served at once. Beyond, the oldest that has not sent a whole
/// request is closed for the newcomer; when all have, 503.
pub const MAX_CONNECTIONS: usize = 64;
/// Time to receive the whole request (head and body), however it trickles in.
pub const REQUEST_DEADLINE: Duration = Duration::from_secs(10);
/// Longest wait for one read or one write.
const IO_TIMEOUT: Duration = Duration::from_secs(5);
/// After an error reply, what is still read (and dropped) so that the reply
/// reaches the client before the socket closes: a fixed bound, never the client's.
const LINGER_BYTES: usize = 64 * 1024;
const LINGER_TIME: Duration = Duration::from_secs(1);
/// Pause after a failed accept (EMFILE, ENFILE, ECONNABORTED…) before the next.
const ACCEPT_PAUSE: Duration = Duration::from_millis(50);
const STACK_SIZE: usize = 256 * 1024;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    Get,
    Head,
    Post,
    Other,
}

/// One request, read with bounds.
pub struct Request {
    pub method: Method,
    /// Path and query, as sent.
    pub target: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Request {
    pub fn path(&self) -> &str {
        self.target.split_once('?').map_or(&self.target, |(p, _)| p)
    }

    pub fn query(&self) -> &str {
        self.target.split_once('?').map_or("", |(_, q)| q)
    }

    /// The first header of that name (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// Empty unless the server was started with a body cap and one was sent.
    pub fn body(&self) -> &[u8] {
        &self.body
    }
}

pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    after: Option<Box<dyn FnOnce() + Send>>,
}

impl Response {
    pub fn new(status: u16, content_type: &str, body: impl Into<Vec<u8>>) -> Response {
        Response {
            status,
            headers: vec![("Content-Type".into(), content_type.into())],
            body: body.into(),
            after: None,
        }
    }

    pub fn with_header(mut self, name: &str, value: &str) -> Response {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// Runs `f` once the response is written (or could not be).
    pub fn then(mut self, f: impl FnOnce() + Send + 'static) -> Response {
        self.after = Some(Box::new(f));
        self
    }
}

pub type Handler = Arc<dyn Fn(&Request) -> Response + Send + Sync>;

/// A running server. Dropping it stops accepting; connections being served finish
/// on their own (each is bounded in time).
pub struct Server {
    addr: SocketAddr,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Server {
    /// Serves `listener` with `handler`. Bodies up to `max_body` bytes are read
    /// and handed over; a larger declared body is refused with 413, unread.
    pub fn start(listener: TcpListener, max_body: usize, handler: Handler) -> io::Result<Server> {
        let addr = listener.local_addr()?;
        let stop = Arc::new(AtomicBool::new(false));
        let flag = stop.clone();
        let thread = std::thread::Builder::new()
            .name("http-accept".into())
            .spawn(move || accept_loop(&listener, &flag, max_body, &handler))?;
        Ok(Server {
            addr,
            stop,
            thread: Some(thread),
        })
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wakes the blocking accept; without that wake (no descriptor left, say),
        // the thread is left to end at its next accept.
        let woken = TcpStream::connect_timeout(&self.addr, Duration::from_secs(1)).is_ok();
        if let Some(t) = self.thread.take()
            && woken
        {
            let _ = t.join();
        }
    }
}

/// The connections being served. When all the places are taken, the oldest
/// one that has not sent a whole request (head and body) gives way to the
/// newcomer: idle or trickling sockets from another local program cannot
/// keep the person's browser out.
#[derive(Default)]
struct Connections {
    list: Mutex<Vec<Tracked>>,
    next_id: AtomicU64,
}

struct Tracked {
    id: u64,
    /// Whether its peer runs as another user (unknown counts as not).
    other_user: bool,
    /// Set once its request (head and body) has arrived whole.
    request_read: Arc<AtomicBool>,
    /// A second handle on the socket, to close it from the accept loop.
    stream: TcpStream,
}

impl Connections {
    fn list(&self) -> std::sync::MutexGuard<'_, Vec<Tracked>> {
        self.list.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// A place for a new connection, making one if needed; `None` when every
    /// place holds a whole request being answered.
    fn admit(self: &Arc<Self>, stream: &TcpStream) -> Option<Slot> {
        let handle = stream.try_clone().ok()?;
        let other_user = crate::peer_owner::is_other_user(stream).unwrap_or(false);
        let mut list = self.list();
        if list.len() >= MAX_CONNECTIONS {
            let oldest = oldest_to_go(&list, other_user)?;
            let evicted = list.remove(oldest);
            // Its thread's read ends at once; the thread then ends on its own.
            let _ = evicted.stream.shutdown(Shutdown::Both);
        }
        let id = self.next_id.fetch_add(1, Ordering::SeqCst);
        let request_read = Arc::new(AtomicBool::new(false));
        list.push(Tracked {
            id,
            other_user,
            request_read: request_read.clone(),
            stream: handle,
        });
        Some(Slot {
            id,
            request_read,
            connections: self.clone(),
        })
    }
}

/// Whether a whole request head already waits in the socket, unread: looked
/// at without taking it nor blocking (the socket's own mode is left as is).
#[cfg(unix)]
fn head_waiting(stream: &TcpStream) -> bool {
    use std::os::fd::AsRawFd;
    let mut buf = [0u8; MAX_HEAD];
    // SAFETY: recv writes at most `buf.len()` bytes into `buf`; MSG_PEEK leaves
    // them in the socket and MSG_DONTWAIT never blocks.
    let n = unsafe {
        libc::recv(
            stream.as_raw_fd(),
            buf.as_mut_ptr().cast(),
            buf.len(),
            libc::MSG_PEEK | libc::MSG_DONTWAIT,
        )
    };
    usize::try_from(n).is_ok_and(|n| buf[..n].windows(4).any(|w| w == b"\r\n\r\n"))
}

#[cfg(not(unix))]
fn head_waiting(_stream: &TcpStream) -> bool {
    false
}

/// The place that gives way to a newcomer (from another user's program or
/// not). The list is in arrival order: the first found is the oldest.
/// Another user's connections go first, and never push out this user's; a
/// request already waiting whole in the socket (a browser's, not yet read by
/// its thread) is never the one to go.
fn oldest_to_go(list: &[Tracked], newcomer_is_other_user: bool) -> Option<usize> {
    let unfinished = |t: &Tracked| !t.request_read.load(Ordering::SeqCst) && !head_waiting(&t.stream);
    list.iter().position(|t| t.other_user && unfinished(t)).or_else(|| {
        if newcomer_is_other_user {
            return None;
        }
        list.iter().position(unfinished)
    })
}

/// Frees a connection's place when its thread ends, however it ends.
struct Slot {
    id: u64,
    request_read: Arc<AtomicBool>,
    connections: Arc<Connections>,
}

impl Drop for Slot {
    fn drop(&mut self) {
        self.connections.list().retain(|t| t.id != self.id);
    }
}

fn accept_loop(listener: &TcpListener, stop: &AtomicBool, max_body: usize, handler: &Handler) {
    let connections = Arc::new(Connections::default());
    loop {
        let accepted = listener.accept();
        if stop.load(Ordering::SeqCst) {
            return;
        }
        let stream = match accepted {
            Ok((s, _)) => s,
            Err(_) => {
                std::thread::sleep(ACCEPT_PAUSE);
                continue;
            }
        };
        let Some(slot) = connections.admit(&stream) else {
            // Never blocks: a short answer to a fresh socket, then closed.
            let _ = stream.set_nonblocking(true);
            let _ = (&stream).write(&head(503, &[], 0));
            continue;
        };
        let handler = handler.clone();
        // If the thread cannot start, the closure is dropped: socket closed, slot freed.
        let _ = std::thread::Builder::new()
            .name("http-conn".into())
            .stack_size(STACK_SIZE)
            .spawn(move || {
                serve(stream, max_body, &handler, &slot.request_read);
            });
    }
}

fn serve(mut stream: TcpStream, max_body: usize, handler: &Handler, request_read: &AtomicBool) {
    let _ = stream.set_write_timeout(Some(IO_TIMEOUT));
    let _ = stream.set_nodelay(true);
    let deadline = Instant::now() + REQUEST_DEADLINE;
    let (mut response, unread) = match read_request(&mut stream, max_body, deadline, request_read) {
        Ok((request, unread)) => {
            let mut response = handler(&request);
            if request.method == Method::Head {
                response.body.clear();
            }
            (response, unread)
        }
        Err(Refusal::Status(status)) => (Response::new(status, "text/plain; charset=utf-8", ""), true),
        // Closed, timed out or too slow: nothing to answer.
        Err(Refusal::Gone) => return,
    };
    let mut out = head(response.status, &response.headers, response.body.len());
    out.extend_from_slice(&response.body);
    let _ = stream.write_all(&out).and_then(|_| stream.flush());
    if let Some(after) = response.after.take() {
        after();
    }
    let _ = stream.shutdown(Shutdown::Write);
    if unread {
        linger(&mut stream);
    }
}

/// Reads and drops what the client still sends, within fixed bounds, so that
/// closing with unread data (a reset) does not destroy the reply in flight.
fn linger(stream: &mut TcpStream) {
    let end = Instant::now() + LINGER_TIME;
    let mut buf = [0u8; 4096];
    let mut left = LINGER_BYTES;
    while left > 0 {
        match read_some(stream, &mut buf, end) {
            Ok(0) | Err(_) => return,
            Ok(n) => left = left.saturating_sub(n),
        }
    }
}

enum Refusal {
    Status(u16),
    Gone,
}

impl From<io::Error> for Refusal {
    fn from(_: io::Error) -> Refusal {
        Refusal::Gone
    }
}

/// One read, waiting no longer than the deadline nor `IO_TIMEOUT`.
fn read_some(stream: &mut TcpStream, buf: &mut [u8], deadline: Instant) -> io::Result<usize> {
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(io::ErrorKind::TimedOut.into());
        }
        stream.set_read_timeout(Some(left.min(IO_TIMEOUT)))?;
        match stream.read(buf) {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            other => return other,
        }
    }
}

/// The request, and whether the client sent more than was read.
fn read_request(
    stream: &mut TcpStream,
    max_body: usize,
    deadline: Instant,
    request_read: &AtomicBool,
) -> Result<(Request, bool), Refusal> {
    let mut buf = Vec::with_capacity(1024);
    let mut chunk = [0u8; 2048];
    let (mut request, head_len, length) = loop {
        let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
        let mut parsed = httparse::Request::new(&mut headers);
        match parsed.parse(&buf) {
            Ok(httparse::Status::Complete(head_len)) => {
                let (request, length) = owned(&parsed)?;
                break (request, head_len, length);
            }
            Ok(httparse::Status::Partial) => {}
            Err(httparse::Error::TooManyHeaders) => return Err(Refusal::Status(431)),
            Err(_) => return Err(Refusal::Status(400)),
        }
        if buf.len() >= MAX_HEAD {
            let line_ended = buf.contains(&b'\n');
            return Err(Refusal::Status(if line_ended { 431 } else { 414 }));
        }
        let room = chunk.len().min(MAX_HEAD - buf.len());
        let n = read_some(stream, &mut chunk[..room], deadline)?;
        if n == 0 {
            return Err(Refusal::Gone);
        }
        buf.extend_from_slice(&chunk[..n]);
    };
    if length > max_body as u64 {
        return Err(Refusal::Status(413));
    }
    let length = length as usize;
    let already = &buf[head_len..];
    let mut body = Vec::with_capacity(length);
    body.extend_from_slice(&already[..already.len().min(length)]);
    let extra = already.len() > length;
    if body.len() < length
        && request
            .header("Expect")
            .is_some_and(|e| e.eq_ignore_ascii_case("100-continue"))
    {
        stream.write_all(b"HTTP/1.1 100 Continue\r\n\r\n")?;
    }
    while body.len() < length {
        let room = chunk.len().min(length - body.len());
        let n = read_some(stream, &mut chunk[..room], deadline)?;
        if n == 0 {
            return Err(Refusal::Gone);
        }
        body.extend_from_slice(&chunk[..n]);
    }
    request.body = body;
    request_read.store(true, Ordering::SeqCst);
    Ok((request, extra))
}

/// The parsed head as owned values, and the declared body length.
fn owned(parsed: &httparse::Request) -> Result<(Request, u64), Refusal> {
    let method = match parsed.method {
        Some("GET") => Method::Get,
        Some("HEAD") => Method::Head,
        Some("POST") => Method::Post,
        _ => Method::Other,
    };
    let headers: Vec<(String, String)> = parsed
        .headers
        .iter()
        .map(|h| (h.name.to_string(), String::from_utf8_lossy(h.value).trim().to_string()))
        .collect();
    let request = Request {
        method,
        target: parsed.path.unwrap_or("/").to_string(),
        headers,
        body: Vec::new(),
    };
    // Chunked bodies are not needed here: a length must be declared.
    if request.header("Transfer-Encoding").is_some() {
        return Err(Refusal::Status(411));
    }
    let mut lengths = request
        .headers
        .iter()
        .filter(|(k, _)| k.eq_ignore_ascii_case("Content-Length"))
        .map(|(_, v)| v);
    let length = match (lengths.next(), lengths.next()) {
        (None, _) => 0,
        (Some(v), None) if !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()) => {
            // Too many digits for a u64 is simply too large.
            v.parse::<u64>().unwrap_or(u64::MAX)
        }
        _ => return Err(Refusal::Status(400)),
    };
    Ok((request, length))
}

/// Status line and headers; every reply closes the connection.
fn head(status: u16, headers: &[(String, String)], length: usize) -> Vec<u8> {
    let mut out = format!("HTTP/1.1 {status} {}\r\n", reason(status));
    let clean = |s: &str| !s.is_empty() && !s.bytes().any(|b| b == b'\r' || b == b'\n');
    for (name, value) in headers {
        // A header that could split the reply is left out.
        if clean(name) && !value.bytes().any(|b| b == b'\r' || b == b'\n') {
            out.push_str(&format!("{name}: {value}\r\n"));
        }
    }
    out.push_str(&format!("Content-Length: {length}\r\nConnection: close\r\n\r\n"));
    out.into_bytes()
}

fn reason(status: u16) -> &'static str {
    match status {
        100 => "Continue",
        200 => "OK",
        302 => "Found",
        303 => "See Other",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        411 => "Length Required",
        413 => "Content Too Large",
        414 => "URI Too Long",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "",
    }
}

/// Raises the soft limit on open files to the hard limit, so that a flood of
/// local connections meets the servers' own cap long before the system's.
#[cfg(unix)]
pub fn raise_open_file_limit() {
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit and setrlimit only read and write the struct given.
    unsafe {
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) != 0 || limit.rlim_cur >= limit.rlim_max {
            return;
        }
        // An unlimited hard limit is not a valid soft one on every system (macOS: 10240 at most).
        for target in [limit.rlim_max, limit.rlim_max.min(10240)] {
            let wanted = libc::rlimit {
                rlim_cur: target,
                rlim_max: limit.rlim_max,
            };
            if target > limit.rlim_cur && libc::setrlimit(libc::RLIMIT_NOFILE, &wanted) == 0 {
                return;
            }
        }
    }
}

#[cfg(not(unix))]
pub fn raise_open_file_limit() {}

#[cfg(test)]
mod tests {
    use super::*;

    fn echo() -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let handler: Handler = Arc::new(|r: &Request| {
            let text = format!(
                "{:?} {} {} {}",
                r.method,
                r.path(),
                r.query(),
                String::from_utf8_lossy(r.body())
            );
            Response::new(200, "text/plain", text).with_header("X-Test", "a\r\nInjected: 1")
        });
        Server::start(listener, 16, handler).unwrap()
    }

    fn exchange(server: &Server, raw: &[u8]) -> String {
        let mut s = TcpStream::connect(server.local_addr()).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
        let _ = s.write_all(raw);
        let mut out = String::new();
        let _ = s.read_to_string(&mut out);
        out
    }

    #[test]
    fn answers_one_request_and_closes() {
        let s = echo();
        let out = exchange(
            &s,
            b"POST /a/b?x=1 HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello",
        );
        assert!(out.starts_with("HTTP/1.1 200 OK\r\n"), "{out}");
        assert!(out.contains("Connection: close\r\n"), "{out}");
        assert!(out.ends_with("Post /a/b x=1 hello"), "{out}");
        assert!(!out.contains("Injected"), "{out}");
    }

    #[test]
    fn bounds_are_refused_with_their_status() {
        let s = echo();
        let status = |raw: &[u8]| exchange(&s, raw).get(9..12).unwrap_or("").to_string();
        assert_eq!(status(b"POST / HTTP/1.1\r\nContent-Length: 17\r\n\r\n"), "413");
        assert_eq!(
            status(b"GET / HTTP/1.1\r\nContent-Length: 99999999999999999999999\r\n\r\n"),
            "413"
        );
        assert_eq!(
            status(b"POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n"),
            "400"
        );
        assert_eq!(status(b"POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n"), "400");
        assert_eq!(status(b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"), "411");
        assert_eq!(status(b"\x01\x02 nonsense\r\n\r\n"), "400");
        let long = format!("GET /{} HTTP/1.1\r\n\r\n", "a".repeat(MAX_HEAD));
        assert_eq!(status(long.as_bytes()), "414");
        let many = format!("GET / HTTP/1.1\r\n{}\r\n", "X-A: b\r\n".repeat(MAX_HEADERS + 1));
        assert_eq!(status(many.as_bytes()), "431");
        let big = format!("GET / HTTP/1.1\r\nX-A: {}\r\n\r\n", "b".repeat(MAX_HEAD));
        assert_eq!(status(big.as_bytes()), "431");
    }

    #[test]
    fn head_gets_no_body() {
        let s = echo();
        let out = exchange(&s, b"HEAD / HTTP/1.1\r\n\r\n");
        assert!(
            out.starts_with("HTTP/1.1 200 OK\r\n") && out.ends_with("\r\n\r\n"),
            "{out}"
        );
    }

    #[test]
    fn dropping_the_server_stops_accepting() {
        let s = echo();
        let addr = s.local_addr();
        drop(s);
        let refused = TcpStream::connect_timeout(&addr, Duration::from_secs(1)).is_err();
        assert!(refused, "still listening");
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn the_soft_open_file_limit_reaches_the_hard_one() {
        raise_open_file_limit();
        // SAFETY: getrlimit only writes the struct given.
        let limit = unsafe {
            let mut l = libc::rlimit {
                rlim_cur: 0,
                rlim_max: 0,
            };
            libc::getrlimit(libc::RLIMIT_NOFILE, &mut l);
            l
        };
        assert_eq!(limit.rlim_cur, limit.rlim_max);
    }
}
