//! The practice provider's ES256 key: made at start, kept in memory only.

use crate::jws::{self, Compact};
use crate::secure::random_token;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use ring::rand::SystemRandom;
use ring::signature::{ECDSA_P256_SHA256_FIXED_SIGNING, EcdsaKeyPair, KeyPair};
use serde::Serialize;

pub struct SigningKey {
    pair: EcdsaKeyPair,
    pub kid: String,
}

impl SigningKey {
    pub fn generate() -> SigningKey {
        let rng = SystemRandom::new();
        let pkcs8 = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &rng).expect("P-256 key");
        let pair = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, pkcs8.as_ref(), &rng).expect("own key");
        SigningKey {
            pair,
            kid: random_token(8),
        }
    }

    /// The public point's coordinates (uncompressed point: 0x04 || x || y).
    fn coordinates(&self) -> (&[u8], &[u8]) {
        let point = self.pair.public_key().as_ref();
        (&point[1..33], &point[33..65])
    }

    /// Public coordinates only: the JWKS never carries the private part.
    pub fn jwks(&self) -> serde_json::Value {
        let (x, y) = self.coordinates();
        serde_json::json!({ "keys": [{
            "kty": "EC", "crv": "P-256", "x": B64.encode(x), "y": B64.encode(y),
            "kid": self.kid, "use": "sig", "alg": "ES256"
        }]})
    }

    pub fn sign(&self, claims: &impl Serialize) -> String {
        jws::sign_es256(&self.pair, &self.kid, claims)
    }

    /// Verifies a token this provider signed (for `id_token_hint`).
    pub fn verify(&self, token: &str) -> Option<serde_json::Value> {
        let token = Compact::parse(token).ok()?;
        let (x, y) = self.coordinates();
        (token.alg() == Some("ES256") && token.verify_es256(x, y))
            .then(|| token.claims())
            .flatten()
    }
}
