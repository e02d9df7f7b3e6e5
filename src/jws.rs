//! JSON Web Signatures in compact form (RFC 7515), ES256 and RS256 only.
//!
//! Written on `ring`, the crypto crate rustls already builds, rather than on a
//! JOSE crate: jsonwebtoken from 10 on needs aws-lc-rs or RustCrypto (a second
//! crypto stack), and fcguide does every claim check itself anyway, one error
//! each. What is left is splitting, base64url and one signature call.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use ring::rand::SystemRandom;
use ring::signature::{self, EcdsaKeyPair, RsaPublicKeyComponents, UnparsedPublicKey};
use serde::Serialize;
use serde_json::Value;

/// A token split and decoded, its signature not yet checked.
pub struct Compact<'a> {
    pub header: Value,
    /// `BASE64URL(header) . BASE64URL(payload)`: the bytes that were signed.
    signing_input: &'a str,
    payload: Vec<u8>,
    signature: Vec<u8>,
}

/// The token is not three base64url parts with a JSON object for a header.
#[derive(Debug, PartialEq)]
pub struct Malformed;

impl<'a> Compact<'a> {
    pub fn parse(token: &'a str) -> Result<Compact<'a>, Malformed> {
        let mut parts = token.split('.');
        let (Some(header), Some(payload), Some(signature), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(Malformed);
        };
        let decode = |part: &str| B64.decode(part).map_err(|_| Malformed);
        let header: Value = serde_json::from_slice(&decode(header)?).map_err(|_| Malformed)?;
        if !header.is_object() {
            return Err(Malformed);
        }
        Ok(Compact {
            header,
            signing_input: &token[..token.len() - signature.len() - 1],
            payload: decode(payload)?,
            signature: decode(signature)?,
        })
    }

    pub fn alg(&self) -> Option<&str> {
        self.header.get("alg").and_then(Value::as_str)
    }

    pub fn kid(&self) -> Option<&str> {
        self.header.get("kid").and_then(Value::as_str)
    }

    /// ES256 with the public point's two 32-byte coordinates.
    pub fn verify_es256(&self, x: &[u8], y: &[u8]) -> bool {
        if x.len() != 32 || y.len() != 32 {
            return false;
        }
        // Uncompressed point: 0x04 || x || y.
        let mut point = Vec::with_capacity(65);
        point.push(4);
        point.extend_from_slice(x);
        point.extend_from_slice(y);
        UnparsedPublicKey::new(&signature::ECDSA_P256_SHA256_FIXED, point)
            .verify(self.signing_input.as_bytes(), &self.signature)
            .is_ok()
    }

    /// RS256 with the modulus and exponent, big-endian (2048 to 8192 bits).
    pub fn verify_rs256(&self, n: &[u8], e: &[u8]) -> bool {
        RsaPublicKeyComponents { n, e }
            .verify(
                &signature::RSA_PKCS1_2048_8192_SHA256,
                self.signing_input.as_bytes(),
                &self.signature,
            )
            .is_ok()
    }

    /// The claims, once the signature has been checked: a JSON object or nothing.
    pub fn claims(&self) -> Option<Value> {
        serde_json::from_slice::<Value>(&self.payload)
            .ok()
            .filter(Value::is_object)
    }
}

/// `header.claims.signature`, the signature made by `sign` over the first two parts.
pub fn encode(header: &Value, claims: &impl Serialize, sign: impl FnOnce(&[u8]) -> Vec<u8>) -> String {
    let claims = serde_json::to_vec(claims).expect("claims serialize");
    let input = format!("{}.{}", B64.encode(header.to_string()), B64.encode(claims));
    let signature = sign(input.as_bytes());
    format!("{input}.{}", B64.encode(signature))
}

/// An ES256 token signed with `pair` (a P-256 key with fixed-size signatures).
pub fn sign_es256(pair: &EcdsaKeyPair, kid: &str, claims: &impl Serialize) -> String {
    let header = serde_json::json!({ "alg": "ES256", "typ": "JWT", "kid": kid });
    encode(&header, claims, |input| {
        pair.sign(&SystemRandom::new(), input)
            .expect("ES256 signing")
            .as_ref()
            .to_vec()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use ring::signature::{ECDSA_P256_SHA256_FIXED_SIGNING, KeyPair};
    use serde_json::json;

    fn pair() -> EcdsaKeyPair {
        let rng = SystemRandom::new();
        let pkcs8 = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &rng).unwrap();
        EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, pkcs8.as_ref(), &rng).unwrap()
    }

    #[test]
    fn a_signed_token_verifies_with_its_key_and_no_other() {
        let (key, other) = (pair(), pair());
        let token = sign_es256(&key, "k1", &json!({"sub": "a"}));
        let parsed = Compact::parse(&token).unwrap();
        let point = key.public_key().as_ref();
        assert!(parsed.verify_es256(&point[1..33], &point[33..]));
        let point = other.public_key().as_ref();
        assert!(!parsed.verify_es256(&point[1..33], &point[33..]));
        assert_eq!((parsed.alg(), parsed.kid()), (Some("ES256"), Some("k1")));
        assert_eq!(parsed.claims(), Some(json!({"sub": "a"})));
    }

    #[test]
    fn a_changed_payload_or_odd_shape_is_refused() {
        let key = pair();
        let token = sign_es256(&key, "k1", &json!({"sub": "a"}));
        let parts: Vec<&str> = token.split('.').collect();
        let changed = format!("{}.{}.{}", parts[0], B64.encode(r#"{"sub":"b"}"#), parts[2]);
        let point = key.public_key().as_ref();
        assert!(
            !Compact::parse(&changed)
                .unwrap()
                .verify_es256(&point[1..33], &point[33..])
        );
        for bad in [
            "",
            "a.b",
            "a.b.c.d",
            "!!.e30.",
            "bnVsbA.e30.",
            &format!("{}.e30.%%", parts[0]),
        ] {
            assert_eq!(Compact::parse(bad).err(), Some(Malformed), "{bad}");
        }
        assert!(!Compact::parse(&token).unwrap().verify_es256(&[0; 31], &[0; 32]));
    }
}
