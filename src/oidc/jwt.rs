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

/// A public key read from the JWKS, ready to check a signature.
enum PublicKey {
    /// P-256 point coordinates.
    Ec { x: Vec<u8>, y: Vec<u8> },
    /// Modulus and exponent, big-endian.
    Rsa { n: Vec<u8>, e: Vec<u8> },
}

impl PublicKey {
    fn verifies(&self, token: &Compact) -> bool {
        match self {
            PublicKey::Ec { x, y } => token.verify_es256(x, y),
            PublicKey::Rsa { n, e } => token.verify_rs256(n, e),
        }
    }
}

impl Jwk {
    /// This key, if the token could have been signed with it: same `kid` when
    /// the token names one, same `alg` when the key names one, for signatures,
    /// of a kind that fits the algorithm, and readable. Any other is not a
    /// candidate at all (so an unreadable key reads as unknown, as a rotated one).
    fn candidate(&self, alg: Algorithm, kid: Option<&str>) -> Option<PublicKey> {
        let named = (kid.is_none() || self.kid.as_deref() == kid)
            && self.alg.as_deref().is_none_or(|a| a == alg.name())
            && self.use_.as_deref().is_none_or(|u| u == "sig");
        if !named {
            return None;
        }
        let decode = |part: &Option<String>| part.as_deref().and_then(|p| B64.decode(p).ok());
        match alg {
            Algorithm::Es256 if self.kty == "EC" && self.crv.as_deref() == Some("P-256") => Some(PublicKey::Ec {
                x: decode(&self.x)?,
                y: decode(&self.y)?,
            }),
            Algorithm::Rs256 if self.kty == "RSA" => Some(PublicKey::Rsa {
                n: decode(&self.n)?,
                e: decode(&self.e)?,
            }),
            _ => None,
        }
    }
}

/// The algorithm a token claims, read before any key is looked at so that
/// `none` and HS* (a public key used as an HMAC secret) are refused by name.
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
    let keys: Vec<PublicKey> = jwks.keys.iter().filter_map(|k| k.candidate(alg, token.kid())).collect();
    if keys.is_empty() {
        return Err(TokenCheck::UnknownKey);
    }
    if !keys.iter().any(|k| k.verifies(&token)) {
        return Err(TokenCheck::Signature);
    }
    token.claims().ok_or(TokenCheck::Malformed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ring::rand::SystemRandom;
    use ring::signature::{ECDSA_P256_SHA256_FIXED_SIGNING, EcdsaKeyPair, KeyPair};

    fn key() -> (EcdsaKeyPair, Jwk) {
        let rng = SystemRandom::new();
        let pkcs8 = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &rng).unwrap();
        let pair = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, pkcs8.as_ref(), &rng).unwrap();
        let point = pair.public_key().as_ref().to_vec();
        let jwk = Jwk {
            kty: "EC".into(),
            kid: Some("k1".into()),
            use_: Some("sig".into()),
            alg: Some("ES256".into()),
            crv: Some("P-256".into()),
            x: Some(B64.encode(&point[1..33])),
            y: Some(B64.encode(&point[33..65])),
            n: None,
            e: None,
        };
        (pair, jwk)
    }

    #[test]
    fn the_key_named_by_kid_checks_the_signature() {
        let (pair, jwk) = key();
        let token = crate::jws::sign_es256(&pair, "k1", &serde_json::json!({"sub": "a"}));
        let jwks = Jwks {
            keys: vec![jwk.clone()],
        };
        assert_eq!(verify(&token, &jwks), Ok(serde_json::json!({"sub": "a"})));
        let (_, other) = key();
        assert_eq!(verify(&token, &Jwks { keys: vec![other] }), Err(TokenCheck::Signature));
        let elsewhere = Jwk {
            kid: Some("k2".into()),
            ..jwk
        };
        assert_eq!(
            verify(&token, &Jwks { keys: vec![elsewhere] }),
            Err(TokenCheck::UnknownKey)
        );
    }

    #[test]
    fn an_unreadable_key_is_unknown_and_sends_for_the_keys_again() {
        let (pair, jwk) = key();
        let token = crate::jws::sign_es256(&pair, "k1", &serde_json::json!({"sub": "a"}));
        let unreadable = Jwk {
            x: Some("!!".into()),
            ..jwk
        };
        assert_eq!(
            verify(&token, &Jwks { keys: vec![unreadable] }),
            Err(TokenCheck::UnknownKey)
        );
    }
}
