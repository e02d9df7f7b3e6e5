//! The HTTP client side: bounded reads, timeouts, no redirects.

use super::error::{LoginError, NetFailure};
use std::io::Read;
use std::sync::OnceLock;
use std::time::Duration;
use ureq::tls::{RootCerts, TlsConfig};

/// Largest body we read from a provider (discovery, JWKS, tokens, userinfo).
const MAX_BODY: u64 = 512 * 1024;

/// The client for one provider. A real provider is reached through the HTTP
/// proxy the environment names (`ALL_PROXY`, then `HTTPS_PROXY`, then
/// `HTTP_PROXY`; `NO_PROXY` for the exceptions), as other programs on that
/// network are; a loopback one never is. A SOCKS proxy is not supported (not
/// built in): it is left aside rather than half used.
pub fn agent(issuer: &str) -> ureq::Agent {
    let proxy = if is_loopback(issuer) {
        None
    } else {
        ureq::Proxy::try_from_env()
            .filter(|p| matches!(p.protocol(), ureq::ProxyProtocol::Http | ureq::ProxyProtocol::Https))
    };
    // The choices, by host and port only: a proxy's address may carry a password.
    crate::debug::note(format_args!(
        "agent for {}: proxy {}, TLS {}",
        crate::debug::endpoint(issuer),
        proxy
            .as_ref()
            .map_or("none".into(), |p| format!("{}:{}", p.host(), p.port())),
        if issuer.starts_with("https:") {
            certificate_store()
        } else {
            "none (loopback http)"
        }
    ));
    // Plain http (the practice provider) uses no certificate: the system's
    // store is not read for it (that read costs memory and milliseconds).
    let roots = if issuer.starts_with("https:") {
        root_certs()
    } else {
        RootCerts::WebPki
    };
    ureq::Agent::config_builder()
        .proxy(proxy)
        .tls_config(TlsConfig::builder().root_certs(roots).build())
        .timeout_connect(Some(Duration::from_secs(10)))
        .timeout_global(Some(Duration::from_secs(20)))
        // Endpoints come from discovery; a redirect elsewhere is not followed:
        // it is an answer like any other, refused for its status.
        .max_redirects(0)
        // A provider's error status comes with a body worth reading.
        .http_status_as_error(false)
        .user_agent(concat!("fcguide/", env!("CARGO_PKG_VERSION")))
        // A provider's answers are small: buffers sized for them, not ureq's 128 KiB each.
        .max_response_header_size(16 * 1024)
        .input_buffer_size(16 * 1024)
        .output_buffer_size(8 * 1024)
        .build()
        .into()
}

/// What kind of failure left a request without an answer, for the trace:
/// a name, never the error's text (which may quote an address).
pub fn error_kind(e: &ureq::Error) -> &'static str {
    match e {
        ureq::Error::HostNotFound => "host not found",
        ureq::Error::ConnectionFailed => "connection failed",
        ureq::Error::Timeout(_) => "timeout",
        ureq::Error::Tls(_) | ureq::Error::Rustls(_) => "TLS",
        ureq::Error::ConnectProxyFailed(_) | ureq::Error::InvalidProxyUrl => "proxy",
        ureq::Error::Io(_) => "input/output",
        ureq::Error::BodyExceedsLimit(_) | ureq::Error::LargeResponseHeader(..) => "answer too large",
        _ => "other",
    }
}

/// The authorities a provider's certificate must chain to: the system's store
/// (an office proxy that inspects TLS installs its own authority there;
/// `SSL_CERT_FILE` or `SSL_CERT_DIR` name another), through the platform's
/// verifier. The list frozen at build time only where the system has none
/// (a bare container), where the platform's verifier would refuse everything.
fn root_certs() -> RootCerts {
    static SYSTEM_STORE: OnceLock<bool> = OnceLock::new();
    if *SYSTEM_STORE.get_or_init(system_store_exists) {
        RootCerts::PlatformVerifier
    } else {
        RootCerts::WebPki
    }
}

/// Where the platform's verifier reads certificate files (the Unix systems
/// other than Apple's), whether they hold any; the other systems always have a store.
#[cfg(all(unix, not(target_vendor = "apple"), not(target_os = "android")))]
fn system_store_exists() -> bool {
    !rustls_native_certs::load_native_certs().certs.is_empty()
}

#[cfg(not(all(unix, not(target_vendor = "apple"), not(target_os = "android"))))]
fn system_store_exists() -> bool {
    true
}

/// The certificates a provider's TLS is checked against, as `--version`,
/// `fcguide check` and the trace name them.
pub fn certificate_store() -> &'static str {
    match root_certs() {
        RootCerts::WebPki => "webpki-roots (Mozilla's root certificates, built in: this system has none)",
        _ => "the system's certificate store (rustls platform verifier)",
    }
}

/// Whether the provider is on this machine (the practice provider, a test peer).
fn is_loopback(issuer: &str) -> bool {
    url::Url::parse(issuer).is_ok_and(|u| super::config::is_loopback(&u))
}

pub struct Body {
    pub status: u16,
    pub content_type: String,
    pub text: String,
}

/// Any answer with a status (2xx or not) is a `Body`; no answer at all is a
/// network error that says why, `address` (the one asked) naming the provider.
pub fn read(
    agent: &ureq::Agent,
    address: &str,
    result: Result<ureq::http::Response<ureq::Body>, ureq::Error>,
) -> Result<Body, LoginError> {
    let response = result.map_err(|e| {
        crate::debug::note(format_args!(
            "{}: no answer: {}",
            crate::debug::endpoint(address),
            error_kind(&e)
        ));
        failure(agent, address, &e)
    })?;
    let status = response.status().as_u16();
    crate::debug::note(format_args!("{} answered {status}", crate::debug::endpoint(address)));
    // The media type without its parameters (`; charset=…`) nor the spaces before them.
    let content_type = response
        .body()
        .mime_type()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    let mut bytes = Vec::new();
    response
        .into_body()
        .into_reader()
        .take(MAX_BODY)
        .read_to_end(&mut bytes)
        .map_err(|e| failure(agent, address, &ureq::Error::from(e)))?;
    Ok(Body {
        status,
        content_type,
        text: String::from_utf8_lossy(&bytes).into_owned(),
    })
}

/// A failed exchange as the person's remedy sees it. Through a proxy, a
/// name not found or a connection refused is the proxy's: the provider's own
/// name is looked up, and its port reached, by the proxy.
pub fn failure(agent: &ureq::Agent, address: &str, error: &ureq::Error) -> LoginError {
    let proxy = agent
        .config()
        .proxy()
        .filter(|p| address.parse::<ureq::http::Uri>().is_ok_and(|uri| !p.is_no_proxy(&uri)));
    let Some(why) = why(error) else {
        return LoginError::Unreachable;
    };
    let why = match (why, proxy) {
        (NetFailure::NameNotFound | NetFailure::Refused, Some(_)) => NetFailure::Proxy,
        (why, _) => why,
    };
    LoginError::Network {
        why,
        host: host_of(address),
        proxy: proxy.map(|p| format!("{}:{}", p.host(), p.port())),
    }
}

/// The host (and a port other than the scheme's) of an address, for messages.
fn host_of(address: &str) -> String {
    url::Url::parse(address)
        .ok()
        .and_then(|u| {
            let host = u.host_str()?.to_string();
            Some(match u.port() {
                Some(port) => format!("{host}:{port}"),
                None => host,
            })
        })
        .unwrap_or_default()
}

fn why(error: &ureq::Error) -> Option<NetFailure> {
    match error {
        ureq::Error::HostNotFound => Some(NetFailure::NameNotFound),
        ureq::Error::Timeout(_) => Some(NetFailure::TimedOut),
        ureq::Error::ConnectProxyFailed(_) => Some(NetFailure::Proxy),
        ureq::Error::Rustls(e) => tls_failure(e),
        ureq::Error::Io(e) => io_failure(e),
        _ => None,
    }
}

/// The handshake's errors come wrapped in I/O errors.
fn io_failure(e: &std::io::Error) -> Option<NetFailure> {
    use std::io::ErrorKind;
    if let Some(tls) = e.get_ref().and_then(|inner| inner.downcast_ref::<rustls::Error>()) {
        return tls_failure(tls);
    }
    match e.kind() {
        ErrorKind::ConnectionRefused => Some(NetFailure::Refused),
        ErrorKind::TimedOut | ErrorKind::WouldBlock => Some(NetFailure::TimedOut),
        _ if is_lookup_failure(e) => Some(NetFailure::NameNotFound),
        _ => None,
    }
}

/// Every certificate problem (unknown authority, expired, another name) is
/// one remedy for the person: the authority this computer trusts.
fn tls_failure(e: &rustls::Error) -> Option<NetFailure> {
    matches!(
        e,
        rustls::Error::InvalidCertificate(_) | rustls::Error::NoCertificatesPresented
    )
    .then_some(NetFailure::Certificate)
}

/// The system's resolver said no. The standard library gives it no kind of
/// its own: on Unix it is getaddrinfo's message, on Windows a WSA code
/// (host not found, try again, no data).
fn is_lookup_failure(e: &std::io::Error) -> bool {
    (cfg!(windows) && matches!(e.raw_os_error(), Some(11001 | 11002 | 11004)))
        || e.to_string().starts_with("failed to lookup address information")
}

#[cfg(test)]
mod tests {
    use super::{NetFailure, host_of, io_failure, is_loopback};
    use std::io::{Error, ErrorKind};

    #[test]
    fn io_errors_are_told_apart() {
        assert_eq!(
            io_failure(&ErrorKind::ConnectionRefused.into()),
            Some(NetFailure::Refused)
        );
        assert_eq!(io_failure(&ErrorKind::TimedOut.into()), Some(NetFailure::TimedOut));
        let unknown = rustls::Error::InvalidCertificate(rustls::CertificateError::UnknownIssuer);
        assert_eq!(
            io_failure(&Error::new(ErrorKind::InvalidData, unknown)),
            Some(NetFailure::Certificate)
        );
        assert_eq!(io_failure(&ErrorKind::ConnectionReset.into()), None);
        assert_eq!(host_of("https://a.example/api/v2/x"), "a.example");
        assert_eq!(host_of("https://127.0.0.1:8443/api"), "127.0.0.1:8443");
    }

    #[test]
    fn only_loopback_providers_bypass_the_proxy() {
        for address in ["http://127.0.0.1:8400/api", "http://localhost:1", "http://[::1]:9/x"] {
            assert!(is_loopback(address), "{address}");
        }
        for address in [
            "https://oidc.franceconnect.gouv.fr/api/v2",
            "http://127.0.0.1.example/",
            "nonsense",
        ] {
            assert!(!is_loopback(address), "{address}");
        }
    }
}
