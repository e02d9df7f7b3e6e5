//! A provider that cannot be reached, as the person meets it: each cause told
//! apart (name not found, refused, certificate not trusted, proxy, time-out)
//! with what to do, in the person's language; and the system's certificate
//! store trusted, `SSL_CERT_FILE` included, against a provider served over
//! https with its own certificate authority.

mod support;

use fcguide::i18n::{Arg, Catalog};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::Child;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use support::Recorder;

/// The proxy variables a run can read, all removed before a test sets its own.
const PROXY_VARIABLES: [&str; 8] = [
    "ALL_PROXY",
    "all_proxy",
    "HTTPS_PROXY",
    "https_proxy",
    "HTTP_PROXY",
    "http_proxy",
    "NO_PROXY",
    "no_proxy",
];

struct Run {
    child: Child,
    out: Arc<Mutex<String>>,
    browser: Recorder,
}

impl Drop for Run {
    fn drop(&mut self) {
        support::reap(&mut self.child, &self.out);
    }
}

/// The binary in plain mode against `issuer`, with `env` set after every
/// proxy and certificate variable is removed; Enter on the welcome and on the
/// choice of account, so that it reaches the provider.
fn start(tag: &str, lang: &str, issuer: &str, env: &[(&str, &str)]) -> Run {
    let browser = Recorder::new(&format!("net-{tag}"));
    let mut command = support::fcguide(
        &["--plain", "--lang", lang, "--issuer", issuer, "--client-id", "net-test"],
        &browser,
    );
    for name in PROXY_VARIABLES.iter().chain(&["SSL_CERT_FILE", "SSL_CERT_DIR"]) {
        command.env_remove(name);
    }
    for (name, value) in env {
        command.env(name, value);
    }
    let mut child = command.spawn().unwrap();
    // The input stays open while the provider is asked: its end would leave.
    child.stdin.as_mut().unwrap().write_all(b"\n\n").unwrap();
    let out = support::gather_output(&mut child);
    Run { child, out, browser }
}

impl Run {
    /// The output once it holds `text`, waiting up to `limit`.
    fn wait_for(&self, text: &str, limit: Duration) -> String {
        support::wait_output(&self.out, limit, text, |out| out.contains(text))
    }
}

/// A message with the arguments the interface gives a network error.
fn said(lang: &str, id: &str, host: &str, proxy: &str) -> String {
    let args = [("host", Arg::Str(host)), ("proxy", Arg::Str(proxy))];
    Catalog::load().text(lang, id, &args)
}

/// Runs the binary to the failure and checks it is `id`'s, with its remedy,
/// and never the old "does not answer".
fn fails_with(tag: &str, lang: &str, issuer: &str, env: &[(&str, &str)], id: &str, host: &str, proxy: &str) {
    let run = start(tag, lang, issuer, env);
    let what = said(lang, &format!("error-{id}"), host, proxy);
    let out = run.wait_for(&what, Duration::from_secs(40));
    assert!(what.contains(host), "the message names the host: {what}");
    assert!(
        out.contains(&said(lang, &format!("error-{id}-next"), host, proxy)),
        "{out}"
    );
    assert!(!out.contains(&said(lang, "error-unreachable", "", "")), "{out}");
}

/// A loopback port nothing listens on.
fn closed_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

#[test]
fn a_closed_port_is_a_refused_connection() {
    let port = closed_port();
    let host = format!("127.0.0.1:{port}");
    fails_with(
        "refused",
        "fr",
        &format!("http://{host}/api"),
        &[],
        "net-refused",
        &host,
        "",
    );
}

#[test]
fn an_unknown_name_is_told_as_such() {
    // `.invalid` never resolves (RFC 6761); no proxy, so the name is looked up here.
    fails_with(
        "name",
        "uk",
        "https://fcguide-test.invalid/api/v2",
        &[],
        "net-name",
        "fcguide-test.invalid",
        "",
    );
}

#[test]
fn a_provider_that_never_answers_is_a_time_out() {
    // Connections are accepted by the system and never read: no answer comes.
    let silent = TcpListener::bind("127.0.0.1:0").unwrap();
    let host = format!("127.0.0.1:{}", silent.local_addr().unwrap().port());
    fails_with(
        "timeout",
        "en",
        &format!("http://{host}/api"),
        &[],
        "net-timeout",
        &host,
        "",
    );
    drop(silent);
}

#[test]
fn a_proxy_that_cannot_be_reached_is_the_proxys_fault() {
    let proxy = format!("127.0.0.1:{}", closed_port());
    fails_with(
        "proxy-closed",
        "es",
        "https://provider.example/api/v2",
        &[("HTTPS_PROXY", &format!("http://{proxy}"))],
        "net-proxy",
        "provider.example",
        &proxy,
    );
}

#[test]
fn a_proxy_that_refuses_the_tunnel_is_the_proxys_fault() {
    // An office proxy that forbids the destination: 403 to CONNECT.
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let proxy = format!("127.0.0.1:{}", listener.local_addr().unwrap().port());
    let asked = Arc::new(Mutex::new(String::new()));
    let seen = asked.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
            // The whole request read, so that closing never resets it.
            let mut reader = BufReader::new(&stream);
            let mut head = String::new();
            while reader.read_line(&mut head).is_ok_and(|n| n > 0) && !head.ends_with("\r\n\r\n") {}
            *seen.lock().unwrap() = head;
            let _ = (&stream).write_all(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n");
        }
    });
    fails_with(
        "proxy-403",
        "pt",
        "https://provider.example/api/v2",
        &[("HTTPS_PROXY", &format!("http://{proxy}"))],
        "net-proxy",
        "provider.example",
        &proxy,
    );
    assert!(
        asked.lock().unwrap().starts_with("CONNECT provider.example:443"),
        "{}",
        asked.lock().unwrap()
    );
}

/// A certificate authority of the test's own, and a provider's certificate
/// it signed for 127.0.0.1.
struct Authority {
    pem: String,
    chain: Vec<rustls::pki_types::CertificateDer<'static>>,
    key: rustls::pki_types::PrivateKeyDer<'static>,
}

fn authority() -> Authority {
    use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair};
    let mut ca = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca.distinguished_name
        .push(DnType::CommonName, "fcguide test office proxy authority");
    let ca_key = KeyPair::generate().unwrap();
    let ca_cert = ca.self_signed(&ca_key).unwrap();
    let issuer = Issuer::new(ca, ca_key);
    let mut leaf = CertificateParams::new(vec!["127.0.0.1".to_string()]).unwrap();
    leaf.distinguished_name.push(DnType::CommonName, "127.0.0.1");
    let leaf_key = KeyPair::generate().unwrap();
    let leaf_cert = leaf.signed_by(&leaf_key, &issuer).unwrap();
    Authority {
        pem: ca_cert.pem(),
        chain: vec![leaf_cert.der().clone(), ca_cert.der().clone()],
        key: rustls::pki_types::PrivateKeyDer::Pkcs8(leaf_key.serialize_der().into()),
    }
}

/// A stand-in OpenID provider over https: its discovery document and an
/// empty key set, enough for the assistant to open the browser. Returns its issuer.
fn tls_provider(authority: &Authority) -> String {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(authority.chain.clone(), authority.key.clone_key())
        .unwrap();
    let config = Arc::new(config);
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let issuer = format!("https://127.0.0.1:{}/api", listener.local_addr().unwrap().port());
    let base = issuer.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let (config, base) = (config.clone(), base.clone());
            std::thread::spawn(move || serve(config, stream, &base));
        }
    });
    issuer
}

fn serve(config: Arc<rustls::ServerConfig>, stream: TcpStream, issuer: &str) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let Ok(connection) = rustls::ServerConnection::new(config) else {
        return;
    };
    let mut tls = rustls::StreamOwned::new(connection, stream);
    let mut request = Vec::new();
    let mut buf = [0u8; 1024];
    // A client that does not trust the certificate ends the handshake here.
    while !request.windows(4).any(|w| w == b"\r\n\r\n") {
        match tls.read(&mut buf) {
            Ok(n) if n > 0 => request.extend_from_slice(&buf[..n]),
            _ => return,
        }
    }
    let head = String::from_utf8_lossy(&request);
    let path = head.split_whitespace().nth(1).unwrap_or_default();
    let body = if path.ends_with("/.well-known/openid-configuration") {
        format!(
            r#"{{"issuer":"{issuer}","authorization_endpoint":"{issuer}/authorize","token_endpoint":"{issuer}/token","jwks_uri":"{issuer}/jwks","userinfo_endpoint":"{issuer}/userinfo"}}"#
        )
    } else {
        r#"{"keys":[]}"#.to_string()
    };
    let _ = write!(
        tls,
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    let _ = tls.flush();
    tls.conn.send_close_notify();
    let _ = tls.flush();
}

#[test]
fn the_authority_named_by_ssl_cert_file_is_trusted_and_none_other() {
    let authority = authority();
    let issuer = tls_provider(&authority);
    let host = issuer
        .trim_start_matches("https://")
        .trim_end_matches("/api")
        .to_string();
    let browser_dir = std::env::temp_dir().join(format!("fcguide-net-ca-{}", std::process::id()));
    std::fs::create_dir_all(&browser_dir).unwrap();
    let ca_file = browser_dir.join("office-proxy-ca.pem");
    std::fs::write(&ca_file, &authority.pem).unwrap();

    // The system's store does not hold the test's authority: not trusted, and said so.
    fails_with("ca-unknown", "fr", &issuer, &[], "net-certificate", &host, "");

    // A system with no store at all (here: SSL_CERT_FILE names an empty file)
    // still checks certificates, against the list built into the program.
    let empty = browser_dir.join("empty.pem");
    std::fs::write(&empty, "").unwrap();
    fails_with(
        "ca-none",
        "en",
        &issuer,
        &[("SSL_CERT_FILE", empty.to_str().unwrap())],
        "net-certificate",
        &host,
        "",
    );

    // Named by SSL_CERT_FILE, as an office proxy's authority is: discovery and
    // the keys are fetched, and the browser is opened on the sign-in.
    let run = start(
        "ca-named",
        "en",
        &issuer,
        &[("SSL_CERT_FILE", ca_file.to_str().unwrap())],
    );
    let opened = run.browser.nth(0);
    assert!(opened.starts_with("http://127.0.0.1:"), "{opened}");
    let request = support::request_behind(&opened);
    assert!(
        request.starts_with(&format!("{issuer}/authorize?")),
        "the sign-in goes to the provider's own page: {request}"
    );
    let out = run.out.lock().unwrap().clone();
    assert!(!out.contains(&said("en", "error-net-certificate", &host, "")), "{out}");
    drop(run);
    let _ = std::fs::remove_dir_all(&browser_dir);
}
