//! An adversarial OpenID provider that bends one thing per case. Each bent
//! case must be refused with its own error, and no identity comes out.

mod support;

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD as B64};
use fcguide::http_server::{Handler, Request, Response, Server};
use fcguide::oidc::callback::{CallbackParams, Notify, Pages};
use fcguide::oidc::client::Client;
use fcguide::oidc::config::{ClientAuth, Config};
use fcguide::oidc::error::{LoginError, ProviderRefusal, TokenCheck};
use ring::hmac;
use ring::rand::SystemRandom;
use ring::signature::{ECDSA_P256_SHA256_FIXED_SIGNING, EcdsaKeyPair, KeyPair, RSA_PKCS1_SHA256, RsaKeyPair};
use serde_json::{Value, json};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use zeroize::Zeroizing;

// A throwaway RSA key made for these tests only (RS256 must work too).
const RSA_DER_B64: &str = "MIIEogIBAAKCAQEAkwz9cf04vPy9Dn9Sp9XDVNRs3XXc2meuzXRKKqbIM6tAs1QZFSwqZvG3NMX/++rVdcg4T4vXCVE52FtgCo/b7BacSnAj6LkDO7kOkvTn0J0KvzrG9tyF2dOTvzySWaZuEAjWiy7wP/YvAiJHpR0OHw5XQ+4d28WioHVt8beCRVpR5H/k5vRKiW9p6eZYPkm8Aw1ssrxSDvc6PGibov/OsBO0Njdx5aWbrOZZ1i0mAt3CRAXnuaMcr2/a6I+IgnsTrRD1MNlkYN+PV+nCAHzTphnQLf6qNtGf6NuDbbCNMQ40MFm/MxkN0TQBZp1PxdSlvt+RLH4a5dnx387ZKdkMgwIDAQABAoIBABSzxvil0DeXE1y3oyDa0OGf+GWjQsECyNLG9OwVR+kySm0UwWVALwYIMKU+3N+P+5ZV5kuYoeD/bPffQWGrSChwNHesWvnYFjLxxjH9RaeSfGFYuosll7iHd2z8b5QsgKFERUQaCxvOImcYAWMm+IZ5w+Jd4xk+NTuG3MAjeDUgH/Z/w90CUQKzLdBFFnYuyBXrZjUJZMgJlpVcZuBjWGUzk2uXofN+1tq6vwzAfAg+bShVvuB1qHfXq7MRhPSx0epMIUA3XXzX9Tzda1GNDac6X4eSnEWY1GeCMHkOElGDNPkoyL7meoAHMCDfvSxKlC+3zFqsDh9b+niG9hCJllkCgYEAw0M+VstgkdW+iWuYnKAMR1+p3LkcpBngKnzFd8C7oDNoLwNJoBpVLU6XX8pPT7TPQaC7Ml33qn+kTnzT6LuClzbcO2xVGM3FO5TQKSn4y4XDchZL0YC4nrwpdFA6C4KkZ6MdWVUsjg3XSV3viYFdvzAaYrxEtPhc4Kut8ROLeVkCgYEAwMqiFnyEZCUgOM+TLNQvjB6qYYegNjTzla5EwUehe+zcx75TAjGev7RRnmacA+1ZOcRTiipdIm4qJd1HLDx7XJ6omy6IGsqDcPhI9/BSv7cDHzUXgAPTY7EcjKHIfHLlpPm67E5KIZs43dKMuj0XQpx6LneJr/iAP7S/bof9HTsCgYAKWPjnvpVahRo4zBPlUPH1olMtGD41UA26EqygQP1wauj9fM4dBug2o3CQKfd0AN/u2WayL5qdVXBOnHzaW317J/QZzg7gZp8qHiO92rSNjIQj+px/+LNP7ibAPDQnQgAWYeV/Q20+Beu/vpOgFNPz+sebLeDyOisp2M859FAy2QKBgFblPkeKWhXVUf+pN7nV7ZRnYf5Rphmopj3J7X18bsGvkheJplpvyRC5EqylrR5sBXJvFgRJce8J3n9wjBrZK/UkIfTH9Vq1+qaZkjIGpRV6RLL1OCFgGBBwDOEqLnZBR1ajpOfLpcgd8XSx6PIshOZmJv/4qxugkxWjv0DvlFtvAoGAMbvIssEdhi4qXkB4ltry430hPPscObVGcPm3J8YZallSEMF2TXBc88pUr1kn1MrnqC4mLdZ2P6hJP6tlFNkBvPi7nTTuQCoUYe6Q0QBOr5KvO5gow0ftDDsfvA7nhE7EVII5wUgG0VuW6tipR8Psmrhp54hSmNuEwiOxHbBLHHk=";
const RSA_N: &str = "kwz9cf04vPy9Dn9Sp9XDVNRs3XXc2meuzXRKKqbIM6tAs1QZFSwqZvG3NMX_--rVdcg4T4vXCVE52FtgCo_b7BacSnAj6LkDO7kOkvTn0J0KvzrG9tyF2dOTvzySWaZuEAjWiy7wP_YvAiJHpR0OHw5XQ-4d28WioHVt8beCRVpR5H_k5vRKiW9p6eZYPkm8Aw1ssrxSDvc6PGibov_OsBO0Njdx5aWbrOZZ1i0mAt3CRAXnuaMcr2_a6I-IgnsTrRD1MNlkYN-PV-nCAHzTphnQLf6qNtGf6NuDbbCNMQ40MFm_MxkN0TQBZp1PxdSlvt-RLH4a5dnx387ZKdkMgw";
const RSA_E: &str = "AQAB";

const CLIENT: &str = "bent-client";
/// Long and unlike anything else, so that a search of memory for it means it.
const SECRET: &str = "bent-secret-1b7e0c93d2a84f65c0de";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Bend {
    Nothing,
    Rs256,
    UserinfoPlainJson,
    /// Honest: the signed userinfo's media type comes with a parameter, spaced.
    UserinfoJwtWithParameter,
    AlgNone,
    Hs256WithPublicKey,
    BadSignature,
    WrongIssuer,
    WrongAudience,
    SeveralAudiencesNoAzp,
    AzpOther,
    Expired,
    NoIat,
    WrongNonce,
    WrongAcr,
    UnknownKeyForever,
    KeyRotation,
    UserinfoOtherSub,
    UserinfoBadSignature,
    UserinfoWrongIssuer,
    UserinfoWrongAudience,
    UserinfoAlgNone,
    Token500,
    TokenGarbage,
    TokenNotBearer,
    CallbackError(&'static str, &'static str),
    CallbackWrongIss,
    /// Discovery says `iss` comes on every answer (RFC 9207); this one lacks it.
    CallbackNoIssAdvertised,
    NotYetValid,
    UnknownCritical,
    UserinfoNoIss,
    UserinfoNoAud,
    UserinfoExpired,
    /// Names that try to command the terminal (OSC title, erase line, CR, bidi override).
    HostileClaims,
    DiscoveryOtherIssuer,
    DiscoveryInsecureEndpoint,
    /// The ID token, signed by the same key, served again as the signed userinfo.
    UserinfoIsIdToken,
    /// A signed userinfo with the subject and no identity claim.
    UserinfoNoIdentity,
    /// The same as plain JSON (standard rules).
    UserinfoNoIdentityPlain,
    /// `exp` at the very end of time: far future, never an overflow.
    ExpEndOfTime,
}

struct Keys {
    ec_pkcs8: Vec<u8>,
    x: String,
    y: String,
    rotated_pkcs8: Vec<u8>,
    rx: String,
    ry: String,
}

/// A compact JWS, `header.claims.signature`, signed by `sign` over the first two
/// parts: written here rather than taken from the program, which it tests.
fn jws(header: Value, claims: &Value, sign: impl FnOnce(&[u8]) -> Vec<u8>) -> String {
    let input = format!("{}.{}", B64.encode(header.to_string()), B64.encode(claims.to_string()));
    let signature = sign(input.as_bytes());
    format!("{input}.{}", B64.encode(signature))
}

/// ES256 signing (fixed-size r || s) with a PKCS#8 P-256 key.
fn es256(pkcs8: &[u8]) -> impl FnOnce(&[u8]) -> Vec<u8> {
    let rng = SystemRandom::new();
    let pair = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, pkcs8, &rng).unwrap();
    move |input| pair.sign(&rng, input).unwrap().as_ref().to_vec()
}

fn ec_key() -> (Vec<u8>, String, String) {
    let rng = SystemRandom::new();
    let pkcs8 = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &rng).unwrap();
    let pair = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, pkcs8.as_ref(), &rng).unwrap();
    let p = pair.public_key().as_ref().to_vec();
    (pkcs8.as_ref().to_vec(), B64.encode(&p[1..33]), B64.encode(&p[33..65]))
}

struct Bent {
    issuer: String,
    bend: Bend,
    keys: Keys,
    /// After discovery, a key-rotation provider signs with its new key.
    rotated: AtomicBool,
    nonce: Mutex<String>,
    /// Whether the authorization request carried a PKCE challenge.
    pkce: AtomicBool,
    /// The last ID token given out.
    id_token: Mutex<String>,
    /// The access token it gives out: random, searchable in memory.
    access_token: String,
    /// The last userinfo answer.
    userinfo: Mutex<String>,
    server: Mutex<Option<Server>>,
}

fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs()
}

impl Bent {
    fn start(bend: Bend) -> Arc<Bent> {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let (ec_pkcs8, x, y) = ec_key();
        let (rotated_pkcs8, rx, ry) = ec_key();
        let bent = Arc::new(Bent {
            issuer: format!("http://127.0.0.1:{port}"),
            bend,
            keys: Keys {
                ec_pkcs8,
                x,
                y,
                rotated_pkcs8,
                rx,
                ry,
            },
            rotated: AtomicBool::new(false),
            nonce: Mutex::new(String::new()),
            pkce: AtomicBool::new(false),
            id_token: Mutex::new(String::new()),
            access_token: fcguide::secure::random_token(32),
            userinfo: Mutex::new(String::new()),
            server: Mutex::new(None),
        });
        // The server holds the provider weakly, so that dropping the test's handle stops it.
        let b = Arc::downgrade(&bent);
        let handler: Handler = Arc::new(move |r: &Request| match b.upgrade() {
            Some(b) => b.handle(r),
            None => Response::new(503, "text/plain", ""),
        });
        *bent.server.lock().unwrap() = Some(Server::start(listener, 65536, handler).unwrap());
        bent
    }

    fn sign(&self, claims: &Value, for_userinfo: bool) -> String {
        let bend = self.bend;
        let alg_none = (bend == Bend::AlgNone && !for_userinfo) || (bend == Bend::UserinfoAlgNone && for_userinfo);
        if alg_none {
            return jws(json!({"alg": "none", "kid": "k1"}), claims, |_| Vec::new());
        }
        if bend == Bend::Hs256WithPublicKey && !for_userinfo {
            let secret = format!("{}{}", self.keys.x, self.keys.y);
            let key = hmac::Key::new(hmac::HMAC_SHA256, secret.as_bytes());
            return jws(json!({"alg": "HS256", "typ": "JWT", "kid": "k1"}), claims, |input| {
                hmac::sign(&key, input).as_ref().to_vec()
            });
        }
        if bend == Bend::Rs256 {
            let der = STANDARD.decode(RSA_DER_B64).unwrap();
            let pair = RsaKeyPair::from_der(&der).unwrap();
            return jws(json!({"alg": "RS256", "typ": "JWT", "kid": "rsa"}), claims, |input| {
                let mut sig = vec![0; pair.public().modulus_len()];
                pair.sign(&RSA_PKCS1_SHA256, &SystemRandom::new(), input, &mut sig)
                    .unwrap();
                sig
            });
        }
        if bend == Bend::UnknownCritical && !for_userinfo {
            let header = json!({"alg": "ES256", "kid": "k1", "crit": ["exp-policy"], "exp-policy": 1});
            return jws(header, claims, es256(&self.keys.ec_pkcs8));
        }
        let (kid, key) = if bend == Bend::UnknownKeyForever {
            ("never-published", &self.keys.rotated_pkcs8)
        } else if self.rotated.load(Ordering::SeqCst) {
            ("k2", &self.keys.rotated_pkcs8)
        } else {
            ("k1", &self.keys.ec_pkcs8)
        };
        let header = json!({"alg": "ES256", "typ": "JWT", "kid": kid});
        let bad = (bend == Bend::BadSignature && !for_userinfo) || (bend == Bend::UserinfoBadSignature && for_userinfo);
        if bad {
            // Same header and claims, someone else's signature.
            let (other, _, _) = ec_key();
            return jws(header, claims, es256(&other));
        }
        jws(header, claims, es256(key))
    }

    fn jwks(&self) -> Value {
        let mut keys = vec![
            json!({"kty": "EC", "crv": "P-256", "kid": "k1", "use": "sig", "alg": "ES256", "x": self.keys.x, "y": self.keys.y}),
        ];
        if self.rotated.load(Ordering::SeqCst) {
            keys.push(json!({"kty": "EC", "crv": "P-256", "kid": "k2", "use": "sig", "alg": "ES256", "x": self.keys.rx, "y": self.keys.ry}));
        }
        keys.push(json!({"kty": "RSA", "kid": "rsa", "use": "sig", "alg": "RS256", "n": RSA_N, "e": RSA_E}));
        json!({ "keys": keys })
    }

    fn handle(&self, request: &Request) -> Response {
        let url = url::Url::parse(&format!("http://x{}", request.target)).unwrap();
        let body = String::from_utf8_lossy(request.body());
        let query: std::collections::HashMap<String, String> = url.query_pairs().into_owned().collect();
        let form: std::collections::HashMap<String, String> =
            url::form_urlencoded::parse(body.as_bytes()).into_owned().collect();
        let i = &self.issuer;
        let (status, ctype, text, location): (u16, &str, String, Option<String>) = match url.path() {
            "/.well-known/openid-configuration" => {
                let issuer = if self.bend == Bend::DiscoveryOtherIssuer {
                    format!("{i}/other")
                } else {
                    i.clone()
                };
                let token = if self.bend == Bend::DiscoveryInsecureEndpoint {
                    "http://example.org/token".into()
                } else {
                    format!("{i}/token")
                };
                let doc = json!({
                    "issuer": issuer, "authorization_endpoint": format!("{i}/authorize"), "token_endpoint": token,
                    "userinfo_endpoint": format!("{i}/userinfo"), "jwks_uri": format!("{i}/jwks"),
                    "code_challenge_methods_supported": ["S256"], "token_endpoint_auth_methods_supported": ["client_secret_post"],
                    "authorization_response_iss_parameter_supported": self.bend == Bend::CallbackNoIssAdvertised,
                });
                (200, "application/json", doc.to_string(), None)
            }
            "/jwks" => (200, "application/json", self.jwks().to_string(), None),
            "/authorize" => {
                *self.nonce.lock().unwrap() = query["nonce"].clone();
                self.pkce.store(query.contains_key("code_challenge"), Ordering::SeqCst);
                if self.bend == Bend::KeyRotation {
                    self.rotated.store(true, Ordering::SeqCst);
                }
                let mut to = url::Url::parse(&query["redirect_uri"]).unwrap();
                {
                    let mut q = to.query_pairs_mut();
                    match self.bend {
                        Bend::CallbackError(e, d) => {
                            q.append_pair("error", e).append_pair("error_description", d);
                        }
                        _ => {
                            q.append_pair("code", "the-code");
                        }
                    }
                    if self.bend == Bend::CallbackWrongIss {
                        q.append_pair("iss", "https://evil.example");
                    }
                    q.append_pair("state", &query["state"]);
                }
                (302, "text/plain", String::new(), Some(to.to_string()))
            }
            "/token" => {
                assert_eq!(
                    form.get("client_secret").map(String::as_str),
                    Some(SECRET),
                    "client_secret_post"
                );
                assert_eq!(
                    form.contains_key("code_verifier"),
                    self.pkce.load(Ordering::SeqCst),
                    "a PKCE verifier exactly when a challenge was sent"
                );
                match self.bend {
                    Bend::Token500 => (500, "text/html", "<h1>oops</h1>".into(), None),
                    Bend::TokenGarbage => (200, "application/json", "{not json".into(), None),
                    _ => {
                        let t = now();
                        let mut c = json!({"iss": i, "sub": "subject-1", "aud": CLIENT, "exp": t + 60, "iat": t,
                            "nonce": *self.nonce.lock().unwrap(), "acr": "eidas1"});
                        match self.bend {
                            Bend::WrongIssuer => c["iss"] = json!("https://evil.example"),
                            Bend::WrongAudience => c["aud"] = json!("someone-else"),
                            Bend::SeveralAudiencesNoAzp => c["aud"] = json!([CLIENT, "other"]),
                            Bend::AzpOther => c["azp"] = json!("other"),
                            Bend::Expired => {
                                c["exp"] = json!(t - 600);
                                c["iat"] = json!(t - 700);
                            }
                            Bend::NoIat => {
                                c.as_object_mut().unwrap().remove("iat");
                            }
                            Bend::WrongNonce => c["nonce"] = json!("a-nonce-that-was-never-sent-anywhere"),
                            Bend::WrongAcr => c["acr"] = json!("eidas0"),
                            Bend::NotYetValid => c["nbf"] = json!(t + 3600),
                            Bend::ExpEndOfTime => c["exp"] = json!(i64::MAX),
                            _ => {}
                        }
                        let token_type = if self.bend == Bend::TokenNotBearer {
                            "mac"
                        } else {
                            "Bearer"
                        };
                        let id_token = self.sign(&c, false);
                        *self.id_token.lock().unwrap() = id_token.clone();
                        let doc = json!({"access_token": self.access_token, "token_type": token_type, "expires_in": 60, "id_token": id_token});
                        (200, "application/json", doc.to_string(), None)
                    }
                }
            }
            "/userinfo" => {
                let mut c = json!({"sub": "subject-1", "iss": i, "aud": CLIENT, "given_name": "Angela Claire Louise", "family_name": "DUBOIS"});
                match self.bend {
                    Bend::UserinfoOtherSub => c["sub"] = json!("subject-2"),
                    Bend::UserinfoWrongIssuer => c["iss"] = json!("https://evil.example"),
                    Bend::UserinfoWrongAudience => c["aud"] = json!("someone-else"),
                    Bend::UserinfoNoIss => {
                        c.as_object_mut().unwrap().remove("iss");
                    }
                    Bend::UserinfoNoAud => {
                        c.as_object_mut().unwrap().remove("aud");
                    }
                    Bend::UserinfoExpired => c["exp"] = json!(now() - 3600),
                    Bend::UserinfoNoIdentity | Bend::UserinfoNoIdentityPlain => {
                        let claims = c.as_object_mut().unwrap();
                        claims.remove("given_name");
                        claims.remove("family_name");
                        claims.insert("birthdate".into(), json!("\u{200b}\u{3164}"));
                    }
                    Bend::HostileClaims => {
                        // Invisible characters inside the name, a tower of marks, an escape sequence.
                        let hidden =
                            "\u{2028}\u{2029}\u{200b}\u{ad}\u{feff}\u{e0041}\u{e007f}\u{115f}\u{3164}\u{ffa0}\u{2060}";
                        c["given_name"] = json!(format!(
                            "An{hidden}gela\u{1b}]0;pwned\u{7}\u{1b}[2K\r\u{9b}32mIDENTITY VERIFIED\u{7f}Z{}",
                            "\u{301}".repeat(150)
                        ));
                        c["family_name"] = json!("\u{202e}SIOBUD");
                        c["birthdate"] = json!("\u{2067}1962-08-24\u{2069}");
                    }
                    _ => {}
                }
                if self.bend == Bend::UserinfoIsIdToken {
                    let token = self.id_token.lock().unwrap().clone();
                    (200, "application/jwt", token, None)
                } else if matches!(self.bend, Bend::UserinfoPlainJson | Bend::UserinfoNoIdentityPlain) {
                    (200, "application/json", c.to_string(), None)
                } else if self.bend == Bend::UserinfoJwtWithParameter {
                    (200, "application/jwt ; charset=utf-8", self.sign(&c, true), None)
                } else {
                    let signed = self.sign(&c, true);
                    *self.userinfo.lock().unwrap() = signed.clone();
                    (200, "application/jwt", signed, None)
                }
            }
            _ => (404, "text/plain", String::new(), None),
        };
        let response = Response::new(status, ctype, text);
        match location {
            Some(l) => response.with_header("Location", &l),
            None => response,
        }
    }
}

/// Standard OpenID Connect rules (PKCE as advertised), the secret posted.
fn config(issuer: &str) -> Config {
    let mut c = Config::generic(issuer, CLIENT.into(), Some(Zeroizing::new(SECRET.into())));
    c.client_auth = Some(ClientAuth::Post);
    c
}

/// FranceConnect's rules, on a registered loopback address.
fn franceconnect_config(issuer: &str) -> Config {
    let mut c = Config::franceconnect(issuer, CLIENT.into(), Some(Zeroizing::new(SECRET.into())));
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    c.redirect_uri = Some(url::Url::parse(&format!("http://127.0.0.1:{port}/callback")).unwrap());
    c
}

fn notify() -> (Notify, Receiver<CallbackParams>) {
    let (tx, rx) = channel();
    (Arc::new(move |p| tx.send(p).unwrap()), rx)
}

fn pages() -> Pages {
    Pages {
        done: "done".into(),
        failed: "failed".into(),
        refused: "refused".into(),
    }
}

/// Runs one login against a bent provider; the identity's given name, or the error.
fn login(bend: Bend) -> Result<String, LoginError> {
    login_with(bend, config)
}

fn login_with(bend: Bend, config: fn(&str) -> Config) -> Result<String, LoginError> {
    let provider = Bent::start(bend);
    let client = Client::discover(config(&provider.issuer))?;
    let (n, rx) = notify();
    let pending = client.begin(true, "fr", pages(), n)?;
    // As the person's browser does: through the start address, once.
    support::FormBrowser::default().get(&pending.listener.short_url);
    let answer = rx.recv_timeout(Duration::from_secs(5)).expect("callback");
    client.finish(&pending, answer).map(|c| c.identity.given_name.clone())
}

#[test]
fn honest_providers_pass_with_es256_rs256_and_plain_json_userinfo() {
    for bend in [Bend::Nothing, Bend::Rs256, Bend::UserinfoPlainJson, Bend::KeyRotation] {
        assert_eq!(login(bend), Ok("Angela Claire Louise".to_string()), "{bend:?}");
    }
}

#[test]
fn every_bent_id_token_is_refused_with_its_own_error() {
    let cases = [
        (Bend::AlgNone, TokenCheck::Algorithm),
        (Bend::Hs256WithPublicKey, TokenCheck::Algorithm),
        (Bend::BadSignature, TokenCheck::Signature),
        (Bend::WrongIssuer, TokenCheck::Issuer),
        (Bend::WrongAudience, TokenCheck::Audience),
        (Bend::SeveralAudiencesNoAzp, TokenCheck::AuthorizedParty),
        (Bend::AzpOther, TokenCheck::AuthorizedParty),
        (Bend::Expired, TokenCheck::Expired),
        (Bend::NoIat, TokenCheck::IssuedAt),
        (Bend::WrongNonce, TokenCheck::Nonce),
        (Bend::WrongAcr, TokenCheck::Acr),
        (Bend::UnknownKeyForever, TokenCheck::UnknownKey),
        (Bend::NotYetValid, TokenCheck::NotBefore),
        (Bend::UnknownCritical, TokenCheck::Critical),
    ];
    for (bend, check) in cases {
        // acr is checked where a level was asked for: under FranceConnect's rules.
        let rules = if bend == Bend::WrongAcr {
            franceconnect_config
        } else {
            config
        };
        assert_eq!(login_with(bend, rules), Err(LoginError::IdToken(check)), "{bend:?}");
    }
}

#[test]
fn franceconnect_rules_send_no_pkce_and_require_a_signed_userinfo_that_names_both_parties() {
    for bend in [Bend::Nothing, Bend::UserinfoJwtWithParameter] {
        assert_eq!(
            login_with(bend, franceconnect_config),
            Ok("Angela Claire Louise".to_string()),
            "{bend:?}"
        );
    }
    let cases = [
        (Bend::UserinfoPlainJson, TokenCheck::Unsigned),
        (Bend::UserinfoNoIss, TokenCheck::Issuer),
        (Bend::UserinfoNoAud, TokenCheck::Audience),
        (Bend::UserinfoExpired, TokenCheck::Expired),
    ];
    for (bend, check) in cases {
        assert_eq!(
            login_with(bend, franceconnect_config),
            Err(LoginError::Userinfo(Some(check))),
            "{bend:?}"
        );
    }
    // Standard rules take what OpenID Connect allows: no iss or aud in userinfo.
    assert_eq!(login(Bend::UserinfoNoIss), Ok("Angela Claire Louise".to_string()));
    assert_eq!(
        login(Bend::UserinfoExpired),
        Err(LoginError::Userinfo(Some(TokenCheck::Expired)))
    );
}

#[test]
fn every_bent_userinfo_is_refused_with_its_own_error() {
    let cases = [
        (Bend::UserinfoOtherSub, TokenCheck::Subject),
        (Bend::UserinfoBadSignature, TokenCheck::Signature),
        (Bend::UserinfoWrongIssuer, TokenCheck::Issuer),
        (Bend::UserinfoWrongAudience, TokenCheck::Audience),
        (Bend::UserinfoAlgNone, TokenCheck::Algorithm),
    ];
    for (bend, check) in cases {
        assert_eq!(login(bend), Err(LoginError::Userinfo(Some(check))), "{bend:?}");
    }
}

/// Issue 23: an ID token is signed by the provider's key and names the
/// subject; served as userinfo it must not pass as an identity, and no
/// userinfo without identity claims ends "connected".
#[test]
fn an_id_token_served_as_userinfo_is_refused_and_an_empty_identity_never_connects() {
    assert_eq!(
        login_with(Bend::UserinfoIsIdToken, franceconnect_config),
        Err(LoginError::Userinfo(Some(TokenCheck::NotUserinfo)))
    );
    assert_eq!(
        login(Bend::UserinfoIsIdToken),
        Err(LoginError::Userinfo(Some(TokenCheck::NotUserinfo)))
    );
    assert_eq!(
        login_with(Bend::UserinfoNoIdentity, franceconnect_config),
        Err(LoginError::Userinfo(Some(TokenCheck::NoIdentity)))
    );
    assert_eq!(
        login(Bend::UserinfoNoIdentityPlain),
        Err(LoginError::Userinfo(Some(TokenCheck::NoIdentity)))
    );
}

/// `exp` at i64::MAX is a token far from expiry, not an overflow (a debug build panicked).
#[test]
fn an_expiry_at_the_end_of_time_does_not_overflow() {
    assert_eq!(login(Bend::ExpEndOfTime), Ok("Angela Claire Louise".to_string()));
}

#[test]
fn token_endpoint_failures_are_refused() {
    for bend in [Bend::Token500, Bend::TokenGarbage, Bend::TokenNotBearer] {
        assert_eq!(login(bend), Err(LoginError::TokenEndpoint), "{bend:?}");
    }
}

#[test]
fn errors_on_the_callback_are_explained() {
    assert_eq!(
        login(Bend::CallbackError(
            "access_denied",
            "Y010008 user authentication aborted"
        )),
        Err(LoginError::Refused {
            why: ProviderRefusal::IdentityNotFound,
            code: Some("Y010008".into())
        })
    );
    for (error, why) in [
        ("access_denied", ProviderRefusal::AccessDenied),
        ("invalid_request", ProviderRefusal::InvalidRequest),
        ("invalid_idp_hint", ProviderRefusal::InvalidIdpHint),
        ("server_error", ProviderRefusal::ServerError),
        ("temporarily_unavailable", ProviderRefusal::TemporarilyUnavailable),
    ] {
        assert_eq!(
            login(Bend::CallbackError(error, "x")),
            Err(LoginError::Refused { why, code: None }),
            "{error}"
        );
    }
    assert_eq!(login(Bend::CallbackWrongIss), Err(LoginError::CallbackIssuer));
    assert_eq!(
        login(Bend::CallbackNoIssAdvertised),
        Err(LoginError::CallbackIssuerMissing)
    );
}

#[test]
fn discovery_must_name_the_issuer_and_use_https() {
    assert_eq!(login(Bend::DiscoveryOtherIssuer), Err(LoginError::Discovery));
    assert_eq!(login(Bend::DiscoveryInsecureEndpoint), Err(LoginError::Insecure));
    assert_eq!(
        Client::discover(config("http://127.0.0.1:1")).err(),
        Some(LoginError::Network {
            why: fcguide::oidc::error::NetFailure::Refused,
            host: "127.0.0.1:1".into(),
            proxy: None
        })
    );
    assert_eq!(
        Client::discover(config("http://example.org/api")).err(),
        Some(LoginError::Insecure)
    );
}

#[test]
fn a_wrong_state_is_refused_and_the_listener_keeps_waiting() {
    let provider = Bent::start(Bend::Nothing);
    let client = Client::discover(config(&provider.issuer)).unwrap();
    let (n, rx) = notify();
    let pending = client.begin(true, "fr", pages(), n).unwrap();
    let redirect = pending
        .url
        .split("redirect_uri=")
        .nth(1)
        .unwrap()
        .split('&')
        .next()
        .unwrap();
    let callback = url::form_urlencoded::parse(format!("r={redirect}").as_bytes())
        .next()
        .unwrap()
        .1
        .into_owned();
    let mut browser = support::FormBrowser::default();
    // The person's browser takes the start address (its one use) to the provider.
    assert_eq!(support::request_behind(&pending.listener.short_url), pending.url);
    // Someone else's answer, and requests that are not the callback: all refused, nothing handed over.
    let forged = browser.get(&format!("{callback}?code=stolen&state=not-the-state"));
    assert_eq!((forged.status, forged.html.as_str()), (400, "refused"));
    assert_eq!(browser.get(&format!("{callback}?code=c&state=a&state=b")).status, 400);
    let base = callback.trim_end_matches("/callback");
    assert_eq!(browser.get(&format!("{base}/favicon.ico")).status, 404);
    assert!(rx.recv_timeout(Duration::from_millis(300)).is_err());
    // The real answer still gets through.
    browser.get(&pending.url);
    let answer = rx.recv_timeout(Duration::from_secs(5)).unwrap();
    assert_eq!(client.finish(&pending, answer).unwrap().identity.family_name, "DUBOIS");
}

#[test]
fn a_busy_registered_port_is_named() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port();
    let provider = Bent::start(Bend::Nothing);
    let mut c = config(&provider.issuer);
    c.redirect_uri = Some(url::Url::parse(&format!("http://127.0.0.1:{port}/cb")).unwrap());
    let client = Client::discover(c).unwrap();
    let (n, _rx) = notify();
    assert_eq!(
        client.begin(true, "fr", pages(), n).err(),
        Some(LoginError::PortInUse { port })
    );
}

#[test]
fn a_franceconnect_preset_without_secret_or_address_says_so() {
    let mut c = Config::franceconnect("https://oidc.franceconnect.gouv.fr/api/v2", "id".into(), None);
    assert_eq!(
        Client::discover(c.clone()).err().map(|e| e.id()),
        Some("config-redirect-required".to_string())
    );
    c.redirect_uri = Some(url::Url::parse("http://localhost:8400/callback").unwrap());
    assert_eq!(
        Client::discover(c).err().map(|e| e.id()),
        Some("config-secret".to_string())
    );
    let c = Config::franceconnect("https://oidc.franceconnect.gouv.fr/api/v2", String::new(), None);
    assert_eq!(
        Client::discover(c).err().map(|e| e.id()),
        Some("config-client-id".to_string())
    );
}

/// The built binary in plain mode against a bent provider, `answers` already typed.
fn run_against(provider: &Bent, browser: &support::Recorder, answers: &[u8]) -> std::process::Child {
    use std::io::Write;
    let args = [
        "--plain",
        "--lang",
        "en",
        "--issuer",
        &provider.issuer,
        "--client-id",
        CLIENT,
    ];
    let mut child = support::fcguide(&args, browser)
        .env("FCGUIDE_CLIENT_SECRET", SECRET)
        .spawn()
        .unwrap();
    child.stdin.as_mut().unwrap().write_all(answers).unwrap();
    child
}

/// What a provider says is shown as text: plain output carries no escape,
/// BEL, carriage return or bidi control from it (the built binary, as run).
#[test]
fn a_provider_cannot_command_the_terminal_through_claims() {
    let provider = Bent::start(Bend::HostileClaims);
    let browser = support::Recorder::new("hostile-claims");
    let child = run_against(&provider, &browser, b"\n\n\n\n");
    support::FormBrowser::default().get(&browser.nth(0));
    let (code, text) = support::finish(child);
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("Angela"), "{text}");
    for bad in [
        '\u{1b}',
        '\u{7}',
        '\r',
        '\u{9b}',
        '\u{7f}',
        '\u{202e}',
        '\u{2067}',
        '\u{2069}',
        // Issue 23: invisible characters, two columns wide for some.
        '\u{2028}',
        '\u{2029}',
        '\u{200b}',
        '\u{ad}',
        '\u{feff}',
        '\u{e0041}',
        '\u{e007f}',
        '\u{115f}',
        '\u{3164}',
        '\u{ffa0}',
        '\u{2060}',
    ] {
        assert!(!text.contains(bad), "{bad:?} reached the terminal:\n{text}");
    }
    assert!(
        !text.contains(&"\u{301}".repeat(5)),
        "a tower of marks reached the terminal"
    );
}

/// Issue 23: a word of the command line is echoed as text, never as an
/// escape sequence (which set the terminal's title and colours).
#[test]
fn a_hostile_word_on_the_command_line_is_echoed_without_escapes() {
    let browser = support::Recorder::new("cli-escape");
    for args in [
        vec!["--\u{1b}]0;X\u{7}"],
        vec!["--lang", "\u{1b}]0;PWNED\u{7}\u{1b}[31m"],
        vec!["--wait", "\u{9b}2J\u{2028}"],
    ] {
        let out = support::fcguide(&args, &browser)
            .stderr(std::process::Stdio::piped())
            .output()
            .unwrap();
        let all = [out.stdout, out.stderr].concat();
        let text = String::from_utf8_lossy(&all);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {text}");
        let shown = args.concat().contains("]0;");
        assert!(!shown || text.contains("]0;"), "the word is still shown: {text}");
        for bad in ['\u{1b}', '\u{7}', '\u{9b}', '\u{2028}'] {
            assert!(!text.contains(bad), "{args:?}: {bad:?} written: {text:?}");
        }
    }
}

/// Issue 23: words from the environment shown on the screen (the SSH
/// tunnel's host and user name) are cleaned the same way.
#[test]
fn hostile_words_from_the_environment_are_shown_without_escapes() {
    use std::io::Read;
    let browser = support::Recorder::new("env-escape");
    let mut child = support::fcguide(&["--plain", "--lang", "en"], &browser)
        .env_remove("BROWSER")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("WSL_DISTRO_NAME")
        .env_remove("WSL_INTEROP")
        .env("SSH_CONNECTION", "10.0.0.9 50000 \u{1b}]0;HOST\u{7}\u{2028} 22")
        .env("USER", "\u{1b}[31mclaire\u{200b}")
        .spawn()
        .unwrap();
    use std::io::Write;
    child.stdin.as_mut().unwrap().write_all(b"\n\n").unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        let mut all = Vec::new();
        let mut buf = [0u8; 4096];
        while let Ok(n) = stdout.read(&mut buf) {
            if n == 0 {
                break;
            }
            all.extend_from_slice(&buf[..n]);
            let _ = tx.send(String::from_utf8_lossy(&all).into_owned());
        }
    });
    let mut text = String::new();
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while !text.contains("ssh -L") && std::time::Instant::now() < deadline {
        if let Ok(t) = rx.recv_timeout(Duration::from_millis(100)) {
            text = t;
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    assert!(text.contains("[31mclaire@]0;HOST"), "the tunnel is still shown: {text}");
    for bad in ['\u{1b}', '\u{7}', '\u{2028}', '\u{200b}'] {
        assert!(!text.contains(bad), "{bad:?} written: {text:?}");
    }
}

/// Enter alone after a refused token: trying again is proposed once, then
/// Enter alone ends the run as failed; the browser is opened at most twice.
#[test]
fn enter_alone_after_a_refused_token_ends_as_failed_without_looping() {
    let provider = Bent::start(Bend::Token500);
    let browser = support::Recorder::new("token-loop");
    // Sixty Enters: a loop would open the browser again and again.
    let child = run_against(&provider, &browser, &[b'\n'; 60]);
    support::FormBrowser::default().get(&browser.nth(0));
    support::FormBrowser::default().get(&browser.nth(1));
    let (code, out) = support::finish(child);
    assert_eq!(code, 1, "{out}");
    let opened = std::fs::read_to_string(&browser.urls)
        .unwrap_or_default()
        .lines()
        .count();
    assert_eq!(opened, 2, "the browser was opened {opened} times:\n{out}");
}

/// Where `needle` occurs in the memory of process `pid` (every readable
/// mapping, read through /proc/PID/mem); `None` when that memory cannot be read.
fn found_in_memory(pid: u32, needles: &[(&str, &[u8])]) -> Option<Vec<String>> {
    use std::os::unix::fs::FileExt;
    let maps = std::fs::read_to_string(format!("/proc/{pid}/maps")).ok()?;
    let mem = std::fs::File::open(format!("/proc/{pid}/mem")).ok()?;
    let mut found = Vec::new();
    let mut readable = 0usize;
    for line in maps.lines() {
        let mut fields = line.split_whitespace();
        let (Some(range), Some(perms)) = (fields.next(), fields.next()) else {
            continue;
        };
        if !perms.starts_with('r') || line.ends_with("[vvar]") || line.ends_with("[vsyscall]") {
            continue;
        }
        let (start, end) = range.split_once('-')?;
        let (start, end) = (u64::from_str_radix(start, 16).ok()?, u64::from_str_radix(end, 16).ok()?);
        let mut region = vec![0u8; (end - start) as usize];
        if mem.read_exact_at(&mut region, start).is_err() {
            continue;
        }
        readable += region.len();
        for (name, needle) in needles {
            if region.windows(needle.len()).any(|w| w == *needle) {
                found.push(format!("{name} in {line}"));
            }
        }
    }
    (readable > 0).then_some(found)
}

/// Issue 23: after "This is not me" says the identity is deleted, a reading
/// of the process's memory finds neither the access token, nor the signed
/// userinfo, nor the client secret (they sat in pooled connection buffers).
#[test]
fn after_not_me_no_token_userinfo_or_secret_is_left_in_memory() {
    let provider = Bent::start(Bend::Nothing);
    let browser = support::Recorder::new("memory");
    // Welcome, provider, then "This is not me": a new attempt opens the browser again.
    let mut child = run_against(&provider, &browser, b"\n\n2\n");
    support::FormBrowser::default().get(&browser.nth(0));
    std::thread::sleep(Duration::from_millis(1500));
    let userinfo = provider.userinfo.lock().unwrap().clone();
    assert!(!userinfo.is_empty(), "the userinfo was served");
    let signature = userinfo.rsplit('.').next().unwrap().to_string();
    let needles: [(&str, &[u8]); 4] = [
        ("access token", provider.access_token.as_bytes()),
        ("userinfo", userinfo.as_bytes()),
        ("userinfo signature", signature.as_bytes()),
        ("client secret", SECRET.as_bytes()),
    ];
    let found = found_in_memory(child.id(), &needles);
    let _ = child.kill();
    let (_, out) = support::finish(child);
    assert!(out.contains("It has been deleted"), "{out}");
    match found {
        None => eprintln!("SKIPPED: this user cannot read another process's memory (needs CAP_SYS_PTRACE)"),
        Some(found) => assert!(found.is_empty(), "left in memory:\n{}", found.join("\n")),
    }
}
