//! The practice provider's ES256 key: made at start, kept in memory only.

use crate::secure::random_token;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use ring::rand::SystemRandom;
use ring::signature::{ECDSA_P256_SHA256_FIXED_SIGNING, EcdsaKeyPair, KeyPair};
use serde::Serialize;

pub struct SigningKey {
    encoding: EncodingKey,
    pub kid: String,
    /// Public coordinates only: the JWKS never carries the private part.
    x: String,
    y: String,
}

impl SigningKey {
    pub fn generate() -> SigningKey {
        let rng = SystemRandom::new();
        let pkcs8 = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &rng).expect("P-256 key");
        let pair = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, pkcs8.as_ref(), &rng).expect("own key");
        // Uncompressed point: 0x04 || x || y.
        let point = pair.public_key().as_ref();
        SigningKey {
            encoding: EncodingKey::from_ec_der(pkcs8.as_ref()),
            kid: random_token(8),
            x: B64.encode(&point[1..33]),
            y: B64.encode(&point[33..65]),
        }
    }

    pub fn jwks(&self) -> serde_json::Value {
        serde_json::json!({ "keys": [{
            "kty": "EC", "crv": "P-256", "x": self.x, "y": self.y,
            "kid": self.kid, "use": "sig", "alg": "ES256"
        }]})
    }

    pub fn sign(&self, claims: &impl Serialize) -> String {
        let mut header = Header::new(Algorithm::ES256);
        header.kid = Some(self.kid.clone());
        jsonwebtoken::encode(&header, claims, &self.encoding).expect("ES256 signing")
    }

    /// Verifies a token this provider signed (for `id_token_hint`).
    pub fn verify(&self, token: &str) -> Option<serde_json::Value> {
        let key = jsonwebtoken::DecodingKey::from_ec_components(&self.x, &self.y).ok()?;
        let mut v = jsonwebtoken::Validation::new(Algorithm::ES256);
        v.validate_exp = false;
        v.validate_aud = false;
        v.required_spec_claims.clear();
        jsonwebtoken::decode::<serde_json::Value>(token, &key, &v)
            .ok()
            .map(|d| d.claims)
    }
}
