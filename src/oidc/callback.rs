//! The loopback redirect listener (RFC 8252): waits for the browser to come
//! back, answers it with a short page, and hands the parameters over.

use super::error::LoginError;
use crate::http_server::{Handler, Method, Request, Response, Server};
use crate::secure::random_token;
use std::net::{Ipv4Addr, Ipv6Addr, SocketAddr, TcpListener};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use url::Url;

/// What the provider put on the redirect.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CallbackParams {
    pub code: Option<String>,
    pub state: Option<String>,
    pub error: Option<String>,
    pub error_description: Option<String>,
    pub iss: Option<String>,
    /// Not an answer: another program on this computer took part in the
    /// sign-in (the start address fetched twice, or a callback before the
    /// browser had even fetched it). The attempt ends with a warning.
    pub intruder: bool,
}

impl CallbackParams {
    fn intrusion() -> CallbackParams {
        CallbackParams {
            intruder: true,
            ..CallbackParams::default()
        }
    }
}

/// Parses a query string. A parameter given twice is dropped (RFC 6749 §3.1),
/// so that `state=a&state=b` cannot pass as either.
pub fn parse_query(query: &str) -> CallbackParams {
    let mut seen: Vec<(String, Option<String>)> = Vec::new();
    for (k, v) in url::form_urlencoded::parse(query.as_bytes()) {
        match seen.iter_mut().find(|(name, _)| *name == k) {
            Some(entry) => entry.1 = None,
            None => seen.push((k.into_owned(), Some(v.into_owned()))),
        }
    }
    let get = |name: &str| seen.iter().find(|(k, _)| k == name).and_then(|(_, v)| v.clone());
    CallbackParams {
        code: get("code"),
        state: get("state"),
        error: get("error"),
        error_description: get("error_description"),
        iss: get("iss"),
        intruder: false,
    }
}

/// Pages shown in the browser, already in the person's language.
#[derive(Clone)]
pub struct Pages {
    pub done: String,
    /// The provider answered with `error=`: the connection did not go through.
    pub failed: String,
    pub refused: String,
}

pub fn page(lang: &str, title: &str, text: &str) -> String {
    use crate::html::esc;
    format!(
        "<!doctype html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title></head>\
<body><main><h1>{}</h1><p>{}</p></main></body></html>\n",
        esc(lang),
        esc(title),
        esc(title),
        esc(text)
    )
}

/// Called once with the accepted answer, from a connection's thread.
pub type Notify = Arc<dyn Fn(CallbackParams) + Send + Sync>;

pub struct Listener {
    /// The exact redirect URI to send to the provider.
    pub redirect_uri: String,
    /// A short local address that redirects to the authorization request:
    /// easier to type or copy than the full request. Its path is random, made
    /// for this listener, so that only who was shown it can get state and nonce;
    /// and it works once: a second fetch means another program has it.
    pub short_url: String,
    /// `http://host:port`, for further start addresses.
    origin: String,
    serve: Arc<Serve>,
    /// Stopped when the listener is dropped.
    _servers: Vec<Server>,
}

impl Listener {
    /// Listens on `redirect` (a registered URI; for `localhost` on both 127.0.0.1
    /// and ::1) or on an ephemeral 127.0.0.1 port with `default_path`.
    /// Only requests to the path, with the expected `state`, are accepted.
    pub fn start(
        redirect: Option<&Url>,
        default_path: &str,
        state: String,
        pages: Pages,
        notify: Notify,
    ) -> Result<Listener, LoginError> {
        let (addrs, path, host): (Vec<SocketAddr>, String, String) = match redirect {
            Some(u) => {
                let port = u.port().ok_or(LoginError::Listener)?;
                let mut addrs = vec![SocketAddr::from((Ipv4Addr::LOCALHOST, port))];
                if u.host_str() == Some("localhost") {
                    addrs.push(SocketAddr::from((Ipv6Addr::LOCALHOST, port)));
                }
                (
                    addrs,
                    u.path().to_string(),
                    u.host_str().unwrap_or("127.0.0.1").to_string(),
                )
            }
            None => (
                vec![SocketAddr::from((Ipv4Addr::LOCALHOST, 0))],
                default_path.to_string(),
                "127.0.0.1".into(),
            ),
        };
        let mut listeners = Vec::new();
        for (i, addr) in addrs.iter().enumerate() {
            match bind_registered(addr) {
                Ok(l) => listeners.push(l),
                Err(e) if e.kind() == std::io::ErrorKind::AddrInUse => {
                    return Err(LoginError::PortInUse { port: addr.port() });
                }
                // ::1 may not exist on this machine; 127.0.0.1 is enough then.
                Err(_) if i > 0 => {}
                Err(_) => return Err(LoginError::Listener),
            }
        }
        let port = listeners[0].local_addr().map_err(|_| LoginError::Listener)?.port();
        let redirect_uri = match redirect {
            Some(u) => u.to_string(),
            None => format!("http://{host}:{port}{path}"),
        };
        let serve = Arc::new(Serve {
            notify,
            path,
            state,
            pages,
            progress: Mutex::default(),
        });
        let mut servers = Vec::new();
        for l in listeners {
            let serve = serve.clone();
            let handler: Handler = Arc::new(move |request: &Request| serve.answer(request));
            // The callback is a GET: no body is read.
            servers.push(Server::start(l, 0, handler).map_err(|_| LoginError::Listener)?);
        }
        let mut listener = Listener {
            redirect_uri,
            short_url: String::new(),
            origin: format!("http://{host}:{port}"),
            serve,
            _servers: servers,
        };
        listener.short_url = listener.another_start();
        Ok(listener)
    }

    /// Where the start addresses lead.
    pub fn set_start(&self, url: &str) {
        self.serve.progress().start_to = Some(url.to_string());
    }

    /// Whether the browser has followed a start address: where the return goes
    /// to the service's page (the answer is pasted), this is all that is seen here.
    pub fn started(&self) -> bool {
        self.serve.progress().starts.iter().any(|s| s.used)
    }

    /// A new start address, for opening the browser again: each works once,
    /// so a browser that already used the first one needs another.
    pub fn another_start(&self) -> String {
        let path = format!("/start-{}", random_token(START_BYTES));
        let url = format!("{}{path}", self.origin);
        self.serve.progress().starts.push(Start { path, used: false });
        url
    }
}

struct Serve {
    notify: Notify,
    path: String,
    state: String,
    pages: Pages,
    progress: Mutex<Progress>,
}

/// Where the attempt stands, as the listener saw it.
#[derive(Default)]
struct Progress {
    /// Where the start addresses lead, once the request is ready.
    start_to: Option<String>,
    starts: Vec<Start>,
    /// The page given to the accepted answer (or to the intrusion), given
    /// again to a reload; once set, the attempt is over.
    answered: Option<String>,
}

/// A start address's random path, and whether its one use is spent.
struct Start {
    path: String,
    used: bool,
}

/// Binds a listening socket. A fixed (registered) port may still be held for
/// a moment by this program's previous listener (the logout return, the last
/// attempt) as it shuts down: it is tried again for up to 2 seconds.
fn bind_registered(addr: &SocketAddr) -> std::io::Result<TcpListener> {
    let give_up = Instant::now() + Duration::from_secs(2);
    loop {
        match TcpListener::bind(addr) {
            Err(e) if e.kind() == std::io::ErrorKind::AddrInUse && addr.port() != 0 && Instant::now() < give_up => {
                std::thread::sleep(Duration::from_millis(50));
            }
            other => return other,
        }
    }
}

/// Random bytes in the short address's path (128 bits).
const START_BYTES: usize = 16;

type Html = fn(u16, &str) -> Response;

fn html(status: u16, body: &str) -> Response {
    Response::new(status, "text/html; charset=utf-8", body)
        .with_header("Cache-Control", "no-store")
        .with_header("Referrer-Policy", "no-referrer")
}

impl Serve {
    fn progress(&self) -> std::sync::MutexGuard<'_, Progress> {
        self.progress.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn answer(&self, request: &Request) -> Response {
        let path = request.path();
        let mut progress = self.progress();
        if path != self.path
            && progress.start_to.is_some()
            && let Some(i) = progress.starts.iter().position(|s| s.path == path)
        {
            return self.start(request, &mut progress, i, html);
        }
        if request.method != Method::Get || path != self.path {
            // favicon.ico, pre-connects, probes: answered and forgotten.
            return html(404, "");
        }
        if let Some(page) = progress.answered.as_ref() {
            return html(200, page);
        }
        // Nothing that comes before the browser fetched a start address is the
        // provider's answer: only who read the request could forge one.
        let started = progress.starts.iter().any(|s| s.used);
        if progress.start_to.is_some() && !started && !request.query().is_empty() {
            return self.intrusion(&mut progress, html);
        }
        let params = parse_query(request.query());
        if params.state.as_deref() != Some(self.state.as_str()) {
            return html(400, &self.pages.refused);
        }
        // Never "done" when the provider said the connection did not go through.
        let page = if params.error.is_some() {
            &self.pages.failed
        } else {
            &self.pages.done
        };
        progress.answered = Some(page.clone());
        drop(progress);
        // Handed over once the browser has its page.
        let notify = self.notify.clone();
        html(200, page).then(move || notify(params))
    }

    /// A start address: leads to the request once; a second fetch means
    /// another program has the address, and ends the attempt.
    fn start(&self, request: &Request, progress: &mut Progress, i: usize, html: Html) -> Response {
        if request.method != Method::Get {
            // A HEAD would give the request away without spending the one use.
            return html(405, "");
        }
        if let Some(page) = progress.answered.as_ref() {
            return html(410, page);
        }
        if progress.starts[i].used {
            return self.intrusion(progress, html);
        }
        progress.starts[i].used = true;
        let to = progress.start_to.clone().unwrap_or_default();
        html(302, "").with_header("Location", &to)
    }

    /// Ends the attempt: every later request is refused, and the person is told.
    fn intrusion(&self, progress: &mut Progress, html: Html) -> Response {
        progress.answered = Some(self.pages.failed.clone());
        let notify = self.notify.clone();
        html(403, &self.pages.failed).then(move || notify(CallbackParams::intrusion()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_usual_answers() {
        let p = parse_query("code=abc&state=xyz&iss=https%3A%2F%2Fi");
        assert_eq!(p.code.as_deref(), Some("abc"));
        assert_eq!(p.state.as_deref(), Some("xyz"));
        assert_eq!(p.iss.as_deref(), Some("https://i"));
        let e = parse_query("error=access_denied&error_description=Y010008+user&state=s");
        assert_eq!(e.error_description.as_deref(), Some("Y010008 user"));
    }

    #[test]
    fn duplicated_parameters_count_as_absent() {
        let p = parse_query("state=a&code=c&state=a");
        assert_eq!(p.state, None);
        assert_eq!(p.code.as_deref(), Some("c"));
    }

    /// Property: any byte string parses without panic, and a parameter is only
    /// reported when it appears exactly once with that value.
    #[test]
    fn parsing_arbitrary_queries_never_panics_and_never_invents() {
        let mut seed: u64 = 0x9e3779b97f4a7c15;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let alphabet: Vec<char> = "ab=&%+;?#state=code=iss=error=\u{e9}\u{0}\u{ffff}0123456789ABCDEF"
            .chars()
            .collect();
        for _ in 0..20_000 {
            let len = (next() % 64) as usize;
            let q: String = (0..len)
                .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                .collect();
            let p = parse_query(&q);
            let pairs: Vec<(String, String)> = url::form_urlencoded::parse(q.as_bytes())
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect();
            for (name, got) in [
                ("state", &p.state),
                ("code", &p.code),
                ("iss", &p.iss),
                ("error", &p.error),
            ] {
                let all: Vec<&String> = pairs.iter().filter(|(k, _)| k == name).map(|(_, v)| v).collect();
                match got {
                    Some(v) => assert!(all.len() == 1 && all[0] == v, "{q:?}: {name}"),
                    None => assert!(all.len() != 1, "{q:?}: {name} lost"),
                }
            }
        }
    }
}
