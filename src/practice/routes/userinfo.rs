//! `/userinfo`: the claims the scopes release, as a signed JWT.

use super::incoming::Incoming;
use super::reply::Reply;
use super::token::subject;
use super::{Platform, SCOPES, now};
use crate::idps::IDPS;
use crate::practice::CLIENT_ID;
use crate::practice::accounts::ACCOUNTS;

pub(super) fn userinfo(p: &Platform, r: &Incoming) -> Reply {
    let store = p.store.lock().unwrap_or_else(|e| e.into_inner());
    let grant = r
        .bearer
        .as_ref()
        .and_then(|t| store.tokens.get(t))
        .filter(|g| g.created.elapsed() < p.settings.token_ttl)
        .cloned();
    drop(store);
    let Some(grant) = grant else {
        return Reply::oauth_error(401, "invalid_token", "access token unknown or expired")
            .with("WWW-Authenticate", "Bearer error=\"invalid_token\"".into());
    };
    let a = &ACCOUNTS[grant.account];
    let iat = now();
    let mut claims = serde_json::json!({
        "iss": p.issuer, "aud": CLIENT_ID, "sub": subject(grant.account),
        "iat": iat, "exp": iat + p.settings.token_ttl.as_secs(),
    });
    let released: Vec<&str> = grant
        .params
        .scopes
        .iter()
        .flat_map(|s| {
            SCOPES
                .iter()
                .find(|(k, _)| k == s)
                .map(|(_, c)| c.iter().copied())
                .into_iter()
                .flatten()
        })
        .collect();
    for claim in released {
        if claim == "given_name_array" {
            claims[claim] = a.given_name.split_whitespace().collect::<Vec<_>>().into();
            continue;
        }
        // The platform's id of the provider the person signed in with.
        if claim == "idp_id" {
            if let Some(idp) = grant.idp.and_then(|i| IDPS.get(i)) {
                claims[claim] = idp.practice_uid.into();
            }
            continue;
        }
        let value = match claim {
            "given_name" => a.given_name,
            "family_name" => a.family_name,
            "birthdate" => a.birthdate,
            "gender" => a.gender,
            "birthplace" => a.birthplace,
            "birthcountry" => a.birthcountry,
            "email" => a.email,
            "preferred_username" => a.preferred_username,
            "idp_birthdate" => a.birthdate,
            _ => continue,
        };
        // Left out, never empty, when the provider gave none.
        if !value.is_empty() || claim == "birthplace" {
            claims[claim] = value.into();
        }
    }
    Reply {
        status: 200,
        content_type: "application/jwt",
        body: p.key.sign(&claims),
        headers: vec![("Cache-Control", "no-store".into())],
    }
}
