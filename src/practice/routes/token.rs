//! `/token`: a code exchanged once for an access token and a signed ID token.

use super::incoming::Incoming;
use super::reply::Reply;
use super::{Platform, now};
use crate::practice::CLIENT_ID;
use crate::practice::accounts::ACCOUNTS;
use crate::practice::store::Grant;
use crate::secure::{random_token, sha256_b64};
use std::time::Instant;

pub(super) fn token(p: &Platform, r: &Incoming) -> Reply {
    let f = &r.form;
    if r.basic_auth || f.get("client_id").map(String::as_str) != Some(CLIENT_ID) {
        return Reply::oauth_error(401, "invalid_client", "client_secret_post is required");
    }
    let secret_ok = f
        .get("client_secret")
        .is_some_and(|s| sha256_b64(s.as_bytes(), 32) == sha256_b64(p.settings.client_secret.as_bytes(), 32));
    if !secret_ok {
        return Reply::oauth_error(401, "invalid_client", "invalid client credentials");
    }
    if f.get("grant_type").map(String::as_str) != Some("authorization_code") {
        return Reply::oauth_error(400, "unsupported_grant_type", "authorization_code only");
    }
    let mut store = p.store.lock().unwrap_or_else(|e| e.into_inner());
    // A code works once: removed whatever happens next.
    let grant = f.get("code").and_then(|c| store.codes.remove(c));
    let Some(grant) = grant.filter(|g| g.created.elapsed() < p.settings.code_ttl) else {
        return Reply::oauth_error(400, "invalid_grant", "code unknown, used or expired");
    };
    if f.get("redirect_uri") != Some(&grant.params.redirect_uri) {
        return Reply::oauth_error(
            400,
            "invalid_grant",
            "redirect_uri differs from the authorization request",
        );
    }
    store.purge(&p.settings);
    store.shed_oldest_tokens();
    let access_token = random_token(32);
    store.tokens.insert(
        access_token.clone(),
        Grant {
            created: Instant::now(),
            ..grant.clone()
        },
    );
    drop(store);
    let id_token = id_token(p, &grant, &access_token);
    Reply::json(
        200,
        serde_json::json!({
            "access_token": access_token,
            "token_type": "Bearer",
            "expires_in": p.settings.token_ttl.as_secs(),
            "id_token": id_token,
            "scope": grant.params.scopes.join(" "),
        }),
    )
}

/// The signed ID token for `grant`, bound to its nonce and, by `at_hash`, to `access_token`.
fn id_token(p: &Platform, grant: &Grant, access_token: &str) -> String {
    let iat = now();
    let mut claims = serde_json::json!({
        "iss": p.issuer,
        "sub": subject(grant.account),
        "aud": CLIENT_ID,
        "exp": iat + p.settings.token_ttl.as_secs(),
        "iat": iat,
        "auth_time": iat,
        "nonce": grant.params.nonce,
        "acr": "eidas1",
        "at_hash": sha256_b64(access_token.as_bytes(), 16),
    });
    // As on the platform, `amr` only for a service that asks for it.
    if grant.params.scopes.iter().any(|s| s == "amr") {
        claims["amr"] = serde_json::json!(["pwd"]);
    }
    p.key.sign(&claims)
}

/// Subject in the platform's shape, 64 hex characters and `v1`: stable for
/// this service, meaningless elsewhere.
pub(super) fn subject(account: usize) -> String {
    let digest = ring::digest::digest(
        &ring::digest::SHA256,
        format!("{CLIENT_ID}:{}", ACCOUNTS[account].username).as_bytes(),
    );
    let hex: String = digest.as_ref().iter().map(|b| format!("{b:02x}")).collect();
    format!("{hex}v1")
}
