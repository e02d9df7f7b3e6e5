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
    /// for this listener, so that only who was shown it can get state and nonce.
    pub short_url: String,
    start_to: Arc<Mutex<Option<String>>>,
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
        let start_path = format!("/start-{}", random_token(START_BYTES));
        let short_url = format!("http://{host}:{port}{start_path}");
        let start_to = Arc::new(Mutex::new(None));
        let serve = Arc::new(Serve {
            notify,
            path,
            start_path,
            state,
            pages,
            answered: Mutex::new(None),
            start_to: start_to.clone(),
        });
        let mut servers = Vec::new();
        for l in listeners {
            let serve = serve.clone();
            let handler: Handler = Arc::new(move |request: &Request| serve.answer(request));
            // The callback is a GET: no body is read.
            servers.push(Server::start(l, 0, handler).map_err(|_| LoginError::Listener)?);
        }
        Ok(Listener {
            redirect_uri,
            short_url,
            start_to,
            _servers: servers,
        })
    }
}

impl Listener {
    /// Where the short address leads.
    pub fn set_start(&self, url: &str) {
        *self.start_to.lock().unwrap_or_else(|e| e.into_inner()) = Some(url.to_string());
    }
}

struct Serve {
    notify: Notify,
    path: String,
    start_path: String,
    state: String,
    pages: Pages,
    /// The page given to the accepted answer, given again to a reload.
    answered: Mutex<Option<String>>,
    start_to: Arc<Mutex<Option<String>>>,
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

impl Serve {
    fn answer(&self, request: &Request) -> Response {
        let html = |status: u16, body: &str| {
            Response::new(status, "text/html; charset=utf-8", body)
                .with_header("Cache-Control", "no-store")
                .with_header("Referrer-Policy", "no-referrer")
        };
        let path = request.path();
        if path == self.start_path && path != self.path {
            let target = self.start_to.lock().unwrap_or_else(|e| e.into_inner()).clone();
            if let Some(to) = target {
                return html(302, "").with_header("Location", &to);
            }
        }
        if request.method != Method::Get || path != self.path {
            // favicon.ico, pre-connects, probes: answered and forgotten.
            return html(404, "");
        }
        let params = parse_query(request.query());
        if params.state.as_deref() != Some(self.state.as_str()) {
            return html(400, &self.pages.refused);
        }
        let mut answered = self.answered.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(page) = answered.as_ref() {
            return html(200, page);
        }
        // Never "done" when the provider said the connection did not go through.
        let page = if params.error.is_some() {
            &self.pages.failed
        } else {
            &self.pages.done
        };
        *answered = Some(page.clone());
        drop(answered);
        // Handed over once the browser has its page.
        let notify = self.notify.clone();
        html(200, page).then(move || notify(params))
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
