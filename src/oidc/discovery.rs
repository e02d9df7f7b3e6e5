//! OpenID Provider metadata, checked before anything is sent to the provider.

use super::config::check_address;
use super::error::LoginError;
use super::http;
use serde::Deserialize;

#[derive(Clone, Debug, Deserialize)]
pub struct Metadata {
    pub issuer: String,
    pub authorization_endpoint: String,
    pub token_endpoint: String,
    pub userinfo_endpoint: Option<String>,
    pub jwks_uri: String,
    pub end_session_endpoint: Option<String>,
    #[serde(default)]
    pub code_challenge_methods_supported: Vec<String>,
    #[serde(default)]
    pub token_endpoint_auth_methods_supported: Vec<String>,
    /// RFC 9207: the provider puts `iss` on every authorization response.
    #[serde(default)]
    pub authorization_response_iss_parameter_supported: bool,
}

pub fn discover(agent: &ureq::Agent, issuer: &str) -> Result<Metadata, LoginError> {
    check_address(issuer)?;
    let address = format!("{}/.well-known/openid-configuration", issuer.trim_end_matches('/'));
    let body = http::read(agent, &address, agent.get(&address).call())?;
    if body.status != 200 {
        return Err(LoginError::Discovery);
    }
    let meta: Metadata = serde_json::from_str(&body.text).map_err(|_| LoginError::Discovery)?;
    // OpenID Connect Discovery §4.3: the issuer must be exactly the one we asked for.
    if meta.issuer != issuer {
        return Err(LoginError::Discovery);
    }
    for endpoint in [
        Some(&meta.authorization_endpoint),
        Some(&meta.token_endpoint),
        Some(&meta.jwks_uri),
    ]
    .into_iter()
    .chain([meta.userinfo_endpoint.as_ref(), meta.end_session_endpoint.as_ref()])
    .flatten()
    {
        check_address(endpoint).map_err(|e| {
            if e == LoginError::Insecure {
                e
            } else {
                LoginError::Discovery
            }
        })?;
    }
    Ok(meta)
}
