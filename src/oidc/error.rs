//! Why a connection did not happen, as types the interface can explain.
//! No variant carries a secret, a code or a token.

use std::path::{Path, PathBuf};

/// One failed check on a signed token (ID token or userinfo).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenCheck {
    /// Not a JWT, or claims that are not JSON.
    Malformed,
    /// `none`, HS* or anything else than ES256 / RS256.
    Algorithm,
    /// No key in the provider's JWKS matches, even after fetching it again.
    UnknownKey,
    Signature,
    Issuer,
    Audience,
    AuthorizedParty,
    Expired,
    IssuedAt,
    /// `nbf` is still in the future.
    NotBefore,
    /// The header names a critical extension (`crit`) this program does not know (RFC 7515 4.1.11).
    Critical,
    /// FranceConnect's userinfo came as plain JSON instead of a signed JWT.
    Unsigned,
    Nonce,
    Acr,
    /// Userinfo `sub` differs from the ID token's.
    Subject,
    /// A signed userinfo that carries `nonce`: an ID token served as userinfo.
    NotUserinfo,
    /// Userinfo without any of the identity claims asked for: nothing to show as "verified".
    NoIdentity,
}

impl TokenCheck {
    pub fn id(self) -> &'static str {
        match self {
            TokenCheck::Malformed => "malformed",
            TokenCheck::Algorithm => "algorithm",
            TokenCheck::UnknownKey => "unknown-key",
            TokenCheck::Signature => "signature",
            TokenCheck::Issuer => "issuer",
            TokenCheck::Audience => "audience",
            TokenCheck::AuthorizedParty => "azp",
            TokenCheck::Expired => "expired",
            TokenCheck::IssuedAt => "iat",
            TokenCheck::NotBefore => "nbf",
            TokenCheck::Critical => "crit",
            TokenCheck::Unsigned => "unsigned",
            TokenCheck::Nonce => "nonce",
            TokenCheck::Acr => "acr",
            TokenCheck::Subject => "subject",
            TokenCheck::NotUserinfo => "not-userinfo",
            TokenCheck::NoIdentity => "no-identity",
        }
    }
}

/// What the provider said on the callback with `error=`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProviderRefusal {
    /// The register (RNIPP) has no identity for this person: the usual cause
    /// is a temporary social security number.
    IdentityNotFound,
    /// The person cancelled, or the provider aborted the journey.
    AccessDenied,
    InvalidIdpHint,
    InvalidRequest,
    ServerError,
    TemporarilyUnavailable,
    Other,
}

/// Why the provider could not be reached, each with its own remedy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NetFailure {
    /// The provider's name is not known (DNS): a typing mistake, or no network.
    NameNotFound,
    /// Nothing listens at the address (connection refused).
    Refused,
    /// The certificate does not chain to an authority this computer trusts:
    /// often an office proxy that inspects TLS with its own authority.
    Certificate,
    /// The proxy named by the environment refused, or cannot be reached.
    Proxy,
    /// No answer in time.
    TimedOut,
}

impl NetFailure {
    pub fn id(self) -> &'static str {
        match self {
            NetFailure::NameNotFound => "net-name",
            NetFailure::Refused => "net-refused",
            NetFailure::Certificate => "net-certificate",
            NetFailure::Proxy => "net-proxy",
            NetFailure::TimedOut => "net-timeout",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoginError {
    /// Set-up problem the person cannot fix in the browser (missing client id, bad secret file…).
    Config(ConfigProblem),
    /// Could not reach the provider, for a reason not told apart below.
    Unreachable,
    /// Could not reach the provider, and why: `host` is the provider's (with
    /// its port when not the default), `proxy` the proxy used, if any.
    Network {
        why: NetFailure,
        host: String,
        proxy: Option<String>,
    },
    /// The discovery document is missing, not JSON, or names another issuer.
    Discovery,
    /// An `http://` address that is not loopback.
    Insecure,
    /// `error=` on the callback. `code` is FranceConnect's `Y…` code when it gave one.
    Refused {
        why: ProviderRefusal,
        code: Option<String>,
    },
    /// RFC 9207 `iss` on the callback names another issuer.
    CallbackIssuer,
    /// The provider says it names itself on the callback (RFC 9207), and this answer does not.
    CallbackIssuerMissing,
    /// The callback had neither `code` nor `error`.
    MissingCode,
    /// The loopback port is taken.
    PortInUse {
        port: u16,
    },
    /// The loopback listener could not start for another reason.
    Listener,
    /// Nobody came back from the browser before the deadline.
    Timeout,
    /// The token endpoint refused the code or answered something unusable.
    TokenEndpoint,
    /// The token endpoint said `invalid_client`: the client id or secret is
    /// wrong (the service's registration); trying again changes nothing.
    ClientRejected,
    IdToken(TokenCheck),
    /// Userinfo could not be fetched, parsed or verified.
    Userinfo(Option<TokenCheck>),
    /// Another program on this computer took part in the sign-in: the start
    /// address was fetched twice, or a callback came before the browser.
    Intruder,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConfigProblem {
    MissingClientId,
    MissingSecret,
    /// The secret file (named, for the messages) can be read by others: refused.
    SecretFileOpen(PathBuf),
    SecretFileUnreadable(PathBuf),
    /// The secret file's path is a symbolic link: not followed.
    SecretFileLink(PathBuf),
    BadRedirectUri,
    /// FranceConnect's rules need the redirect address registered for the client.
    MissingRedirectUri,
    /// Production accepts only an https page on a real domain as redirect address.
    LoopbackInProduction,
    BadIssuer,
}

impl ConfigProblem {
    /// Whether the command line is what must change (exit 2), rather than a file or the environment (exit 1).
    pub fn is_usage(&self) -> bool {
        matches!(
            self,
            ConfigProblem::MissingClientId
                | ConfigProblem::BadRedirectUri
                | ConfigProblem::MissingRedirectUri
                | ConfigProblem::LoopbackInProduction
                | ConfigProblem::BadIssuer
        )
    }
}

impl LoginError {
    /// Fluent message suffix: the interface shows `error-<id>` and `error-<id>-next`.
    pub fn id(&self) -> String {
        match self {
            LoginError::Config(c) => match c {
                ConfigProblem::MissingClientId => "config-client-id",
                ConfigProblem::MissingSecret => "config-secret",
                ConfigProblem::SecretFileOpen(_) => "config-secret-file-open",
                ConfigProblem::SecretFileUnreadable(_) => "config-secret-file",
                ConfigProblem::SecretFileLink(_) => "config-secret-file-link",
                // Its own words since the service's https page is accepted too.
                ConfigProblem::BadRedirectUri => "config-redirect-address",
                ConfigProblem::LoopbackInProduction => "config-loopback-production",
                ConfigProblem::MissingRedirectUri => "config-redirect-required",
                ConfigProblem::BadIssuer => "config-issuer",
            }
            .into(),
            LoginError::Unreachable => "unreachable".into(),
            LoginError::Network { why, .. } => why.id().into(),
            LoginError::Discovery => "discovery".into(),
            LoginError::Insecure => "insecure".into(),
            LoginError::Refused { why, .. } => match why {
                ProviderRefusal::IdentityNotFound => "identity-not-found",
                ProviderRefusal::AccessDenied => "access-denied",
                ProviderRefusal::InvalidIdpHint => "invalid-idp-hint",
                ProviderRefusal::InvalidRequest => "invalid-request",
                ProviderRefusal::ServerError => "server-error",
                ProviderRefusal::TemporarilyUnavailable => "temporarily-unavailable",
                ProviderRefusal::Other => "refused",
            }
            .into(),
            LoginError::CallbackIssuer => "callback-issuer".into(),
            LoginError::CallbackIssuerMissing => "callback-issuer-missing".into(),
            LoginError::MissingCode => "missing-code".into(),
            LoginError::PortInUse { .. } => "port-in-use".into(),
            LoginError::Listener => "listener".into(),
            LoginError::Timeout => "timeout".into(),
            LoginError::TokenEndpoint => "token-endpoint".into(),
            LoginError::ClientRejected => "client-rejected".into(),
            LoginError::IdToken(_) => "id-token".into(),
            LoginError::Userinfo(_) => "userinfo".into(),
            LoginError::Intruder => "intruder".into(),
        }
    }

    /// The failed check, for the technical detail line.
    pub fn check(&self) -> Option<TokenCheck> {
        match self {
            LoginError::IdToken(c) => Some(*c),
            LoginError::Userinfo(c) => *c,
            _ => None,
        }
    }

    /// The file a set-up error is about (the secret file), for its messages.
    pub fn file(&self) -> Option<&Path> {
        match self {
            LoginError::Config(
                ConfigProblem::SecretFileOpen(p)
                | ConfigProblem::SecretFileUnreadable(p)
                | ConfigProblem::SecretFileLink(p),
            ) => Some(p),
            _ => None,
        }
    }

    /// The provider's host a network error is about, for its messages.
    pub fn host(&self) -> Option<&str> {
        match self {
            LoginError::Network { host, .. } => Some(host),
            _ => None,
        }
    }

    /// The proxy a network error went through, for its messages.
    pub fn proxy(&self) -> Option<&str> {
        match self {
            LoginError::Network { proxy, .. } => proxy.as_deref(),
            _ => None,
        }
    }

    /// The port named by a busy-port error.
    pub fn port(&self) -> Option<u16> {
        match self {
            LoginError::PortInUse { port } => Some(*port),
            _ => None,
        }
    }

    /// FranceConnect's `Y…` code, shown so a helper can quote it to support.
    pub fn provider_code(&self) -> Option<&str> {
        match self {
            LoginError::Refused { code, .. } => code.as_deref(),
            _ => None,
        }
    }
}

/// Reads `error` / `error_description` from a callback. FranceConnect puts its
/// `Y…` code in `error_description`; the Y01… family comes from the register.
pub fn refusal(error: &str, description: Option<&str>) -> LoginError {
    let code = description.and_then(|d| {
        d.split(|c: char| !c.is_ascii_alphanumeric())
            .find(|w| is_platform_code(w))
            .map(str::to_string)
    });
    let register_miss = matches!(code.as_deref(), Some("Y010004" | "Y010006" | "Y010007" | "Y010008"));
    let why = if register_miss {
        ProviderRefusal::IdentityNotFound
    } else {
        match error {
            "access_denied" => ProviderRefusal::AccessDenied,
            "invalid_idp_hint" => ProviderRefusal::InvalidIdpHint,
            "invalid_request" | "invalid_scope" | "unauthorized_client" | "unsupported_response_type" => {
                ProviderRefusal::InvalidRequest
            }
            "server_error" => ProviderRefusal::ServerError,
            "temporarily_unavailable" => ProviderRefusal::TemporarilyUnavailable,
            _ => ProviderRefusal::Other,
        }
    };
    LoginError::Refused { why, code }
}

/// The platform's shape: `Y`, then six or more digits and capital letters, the first a digit.
fn is_platform_code(word: &str) -> bool {
    let Some(rest) = word.strip_prefix('Y') else {
        return false;
    };
    (6..=12).contains(&rest.len())
        && rest.starts_with(|c: char| c.is_ascii_digit())
        && rest.bytes().all(|b| b.is_ascii_digit() || b.is_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn register_codes_mean_identity_not_found() {
        assert_eq!(
            refusal("access_denied", Some("Y010008 user authentication aborted")),
            LoginError::Refused {
                why: ProviderRefusal::IdentityNotFound,
                code: Some("Y010008".into())
            }
        );
        assert_eq!(
            refusal("access_denied", Some("user authentication aborted")),
            LoginError::Refused {
                why: ProviderRefusal::AccessDenied,
                code: None
            }
        );
        assert_eq!(refusal("invalid_idp_hint", None).id(), "invalid-idp-hint");
        // Codes with letters are the platform's shape too.
        assert_eq!(
            refusal("access_denied", Some("Y04EA6EF unknown client")).provider_code(),
            Some("Y04EA6EF")
        );
        assert_eq!(refusal("access_denied", Some("YES YOU")).provider_code(), None);
        assert_eq!(refusal("weird", Some("Yes")).id(), "refused");
    }
}
