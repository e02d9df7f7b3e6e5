//! Signed tokens: the provider's keys (JWKS) and signature checks with
//! ES256 or RS256 only. Claim checks live with the caller, one error each.

use super::error::TokenCheck;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use jsonwebtoken::{Algorithm, DecodingKey, Validation};
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

impl Jwk {
    fn key_for(&self, alg: Algorithm) -> Option<DecodingKey> {
        if self.use_.as_deref().is_some_and(|u| u != "sig") {
            return None;
        }
        match alg {
            Algorithm::ES256 if self.kty == "EC" && self.crv.as_deref() == Some("P-256") => {
                DecodingKey::from_ec_components(self.x.as_deref()?, self.y.as_deref()?).ok()
            }
            Algorithm::RS256 if self.kty == "RSA" => {
                DecodingKey::from_rsa_components(self.n.as_deref()?, self.e.as_deref()?).ok()
            }
            _ => None,
        }
    }
}

/// The algorithm a token claims, read before anything else so that `none`
/// and HS* (a public key used as an HMAC secret) are refused by name.
fn algorithm(token: &str) -> Result<(Algorithm, Option<String>), TokenCheck> {
    let header = token.split('.').next().ok_or(TokenCheck::Malformed)?;
    let bytes = B64.decode(header).map_err(|_| TokenCheck::Malformed)?;
    let header: Value = serde_json::from_slice(&bytes).map_err(|_| TokenCheck::Malformed)?;
    let alg = match header.get("alg").and_then(Value::as_str) {
        Some("ES256") => Algorithm::ES256,
        Some("RS256") => Algorithm::RS256,
        Some(_) => return Err(TokenCheck::Algorithm),
        None => return Err(TokenCheck::Malformed),
    };
    // No critical extension is understood here, so any is refused (RFC 7515 4.1.11).
    if header.get("crit").is_some() {
        return Err(TokenCheck::Critical);
    }
    let kid = header.get("kid").and_then(Value::as_str).map(str::to_string);
    Ok((alg, kid))
}

/// Checks the signature and returns the claims. `UnknownKey` tells the caller
/// to fetch the JWKS again (key rotation) before giving up.
pub fn verify(token: &str, jwks: &Jwks) -> Result<Value, TokenCheck> {
    if token.split('.').count() != 3 {
        return Err(TokenCheck::Malformed);
    }
    let (alg, kid) = algorithm(token)?;
    let candidates: Vec<&Jwk> = jwks
        .keys
        .iter()
        .filter(|k| kid.is_none() || k.kid == kid)
        .filter(|k| k.alg.as_deref().is_none_or(|a| a == format!("{alg:?}")))
        .collect();
    let keys: Vec<DecodingKey> = candidates.iter().filter_map(|k| k.key_for(alg)).collect();
    if keys.is_empty() {
        return Err(TokenCheck::UnknownKey);
    }
    let mut validation = Validation::new(alg);
    validation.validate_exp = false;
    validation.validate_aud = false;
    validation.required_spec_claims.clear();
    let mut outcome = Err(TokenCheck::Signature);
    for key in &keys {
        match jsonwebtoken::decode::<Value>(token, key, &validation) {
            Ok(data) if data.claims.is_object() => return Ok(data.claims),
            Ok(_) => outcome = Err(TokenCheck::Malformed),
            Err(e) => {
                use jsonwebtoken::errors::ErrorKind as K;
                if !matches!(e.kind(), K::InvalidSignature | K::InvalidEcdsaKey | K::InvalidRsaKey(_)) {
                    outcome = Err(TokenCheck::Malformed);
                }
            }
        }
    }
    outcome
}
