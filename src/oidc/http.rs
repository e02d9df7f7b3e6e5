//! The HTTP client side: bounded reads, timeouts, no redirects.

use super::error::LoginError;
use std::io::Read;
use std::time::Duration;

/// Largest body we read from a provider (discovery, JWKS, tokens, userinfo).
const MAX_BODY: u64 = 512 * 1024;

pub fn agent() -> ureq::Agent {
    ureq::AgentBuilder::new()
        .timeout_connect(Duration::from_secs(10))
        .timeout(Duration::from_secs(20))
        // Endpoints come from discovery; a redirect elsewhere is not followed.
        .redirects(0)
        .user_agent(concat!("fcguide/", env!("CARGO_PKG_VERSION")))
        .build()
}

pub struct Body {
    pub status: u16,
    pub content_type: String,
    pub text: String,
}

/// Any answer with a status (2xx or not) is a `Body`; no answer at all is `Unreachable`.
pub fn read(result: Result<ureq::Response, ureq::Error>) -> Result<Body, LoginError> {
    let response = match result {
        Ok(r) => r,
        Err(ureq::Error::Status(_, r)) => r,
        Err(ureq::Error::Transport(_)) => return Err(LoginError::Unreachable),
    };
    let status = response.status();
    let content_type = response.content_type().to_ascii_lowercase();
    let mut bytes = Vec::new();
    response
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
