//! Signed tokens: the provider's keys (JWKS) and signature checks with
//! ES256 or RS256 only. Claim checks live with the caller, one error each.

use super::error::TokenCheck;
use crate::jws::Compact;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use serde::Deserialize;
use serde_json::Value;

#[derive(Clone, Debug, Default, Deserialize)]
pub struct Jwks {
    #[serde(default)]
    pub keys: Vec<Jwk>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Jwk {
    pub kty: String,
    pub kid: Option<String>,
    #[serde(rename = "use")]
    pub use_: Option<String>,
    pub alg: Option<String>,
    pub crv: Option<String>,
    pub x: Option<String>,
    pub y: Option<String>,
    pub n: Option<String>,
    pub e: Option<String>,
}

/// The two algorithms FranceConnect signs with; anything else is refused by name.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Algorithm {
    Es256,
    Rs256,
}

impl Algorithm {
    fn name(self) -> &'static str {
        match self {
            Algorithm::Es256 => "ES256",
            Algorithm::Rs256 => "RS256",
        }
    }
}

impl Jwk {
    /// Whether this key (one that `fits`) signed the token.
    fn verifies(&self, alg: Algorithm, token: &Compact) -> bool {
        let decode = |part: &Option<String>| part.as_deref().and_then(|p| B64.decode(p).ok());
        let pair = match alg {
            Algorithm::Es256 => (decode(&self.x), decode(&self.y)),
            Algorithm::Rs256 => (decode(&self.n), decode(&self.e)),
        };
        match (alg, pair) {
            (Algorithm::Es256, (Some(x), Some(y))) => token.verify_es256(&x, &y),
            (Algorithm::Rs256, (Some(n), Some(e))) => token.verify_rs256(&n, &e),
            _ => false,
        }
    }

    /// A key the token could have been signed with: same `kid` when it names
    /// one, same `alg` when the key names one, a kind that fits the algorithm.
    fn fits(&self, alg: Algorithm, kid: Option<&str>) -> bool {
        let kind = match alg {
            Algorithm::Es256 => self.kty == "EC" && self.crv.as_deref() == Some("P-256"),
            Algorithm::Rs256 => self.kty == "RSA",
        };
        kind && (kid.is_none() || self.kid.as_deref() == kid)
            && self.alg.as_deref().is_none_or(|a| a == alg.name())
            && self.use_.as_deref().is_none_or(|u| u == "sig")
    }
}

/// The algorithm a token claims, read before anything else so that `none`
/// and HS* (a public key used as an HMAC secret) are refused by name.
fn algorithm(token: &Compact) -> Result<Algorithm, TokenCheck> {
    let alg = match token.alg() {
        Some("ES256") => Algorithm::Es256,
        Some("RS256") => Algorithm::Rs256,
        Some(_) => return Err(TokenCheck::Algorithm),
        None => return Err(TokenCheck::Malformed),
    };
    // No critical extension is understood here, so any is refused (RFC 7515 4.1.11).
    if token.header.get("crit").is_some() {
        return Err(TokenCheck::Critical);
    }
    Ok(alg)
}

/// Checks the signature and returns the claims. `UnknownKey` tells the caller
/// to fetch the JWKS again (key rotation) before giving up.
pub fn verify(token: &str, jwks: &Jwks) -> Result<Value, TokenCheck> {
    let token = Compact::parse(token).map_err(|_| TokenCheck::Malformed)?;
    let alg = algorithm(&token)?;
    let keys: Vec<&Jwk> = jwks.keys.iter().filter(|k| k.fits(alg, token.kid())).collect();
    if keys.is_empty() {
        return Err(TokenCheck::UnknownKey);
    }
    if !keys.iter().any(|k| k.verifies(alg, &token)) {
        return Err(TokenCheck::Signature);
    }
    token.claims().ok_or(TokenCheck::Malformed)
}
