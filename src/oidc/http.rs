//! The HTTP client side: bounded reads, timeouts, no redirects.

use super::error::LoginError;
use std::io::Read;
use std::time::Duration;

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
            "rustls with webpki-roots"
        } else {
            "none (loopback http)"
        }
    ));
    ureq::Agent::config_builder()
        .proxy(proxy)
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

/// Whether the provider is on this machine (the practice provider, a test peer).
fn is_loopback(issuer: &str) -> bool {
    url::Url::parse(issuer).is_ok_and(|u| super::config::is_loopback(&u))
}

pub struct Body {
    pub status: u16,
    pub content_type: String,
    pub text: String,
}

/// Any answer with a status (2xx or not) is a `Body`; no answer at all is `Unreachable`.
pub fn read(result: Result<ureq::http::Response<ureq::Body>, ureq::Error>) -> Result<Body, LoginError> {
    use ureq::ResponseExt;
    let response = result.map_err(|e| {
        crate::debug::note(format_args!("no answer: {}", error_kind(&e)));
        LoginError::Unreachable
    })?;
    let status = response.status().as_u16();
    crate::debug::note(format_args!(
        "{} answered {status}",
        crate::debug::endpoint(&response.get_uri().to_string())
    ));
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
        .map_err(|_| LoginError::Unreachable)?;
    Ok(Body {
        status,
        content_type,
        text: String::from_utf8_lossy(&bytes).into_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::is_loopback;

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
