//! `/authorize`: FranceConnect's checks on the request, then the start of a journey.

use super::consent::continue_page;
use super::errors::{BAD_REQUEST, platform_error};
use super::incoming::Incoming;
use super::login::login_page;
use super::reply::Reply;
use super::{Platform, SCOPES, error_redirect};
use crate::idps;
use crate::practice::CLIENT_ID;
use crate::practice::store::{AuthParams, Interaction, purge};
use crate::secure::random_token;
use std::collections::HashMap;
use std::time::Instant;

const NONCE_MIN: usize = 22;
/// The only parameters FranceConnect's `/authorize` accepts (its request DTO is
/// validated with `forbidNonWhitelisted`): anything else is « Erreur Y030007 ».
const AUTHORIZE_PARAMS: &[&str] = &[
    "client_id",
    "acr_values",
    "claims",
    "response_type",
    "nonce",
    "state",
    "redirect_uri",
    "scope",
    "prompt",
    "idp_hint",
    "ui_locales",
];
/// eIDAS levels the platform knows, weakest first; FranceConnect (not FranceConnect+) serves eidas1.
const KNOWN_ACR: &[&str] = &["eidas1", "eidas2", "eidas3"];

pub(super) fn authorize(p: &Platform, r: &Incoming) -> Reply {
    let q = &r.query;
    // Every request error is shown on the platform's own page, never sent back.
    let Some(params) = checked_params(p, q) else {
        return platform_error(p, 400, BAD_REQUEST, None);
    };
    let hint = q.get("idp_hint");
    if hint.is_some_and(|h| idps::by_id(h).is_none()) {
        return error_redirect(
            p,
            &params,
            "invalid_idp_hint",
            "idp_hint is not allowed for this client",
            302,
        );
    }
    let id = random_token(16);
    let mut store = p.store.lock().unwrap_or_else(|e| e.into_inner());
    purge(&mut store, p);
    store.shed_oldest_interactions();
    // Single sign-on: a browser that already logged in skips the password.
    let account = r.cookie.as_ref().and_then(|c| store.sessions.get(c).copied());
    store.interactions.insert(
        id.clone(),
        Interaction {
            params: params.clone(),
            created: Instant::now(),
            account,
        },
    );
    drop(store);
    match (account, hint.and_then(|h| idps::by_id(h))) {
        (Some(a), _) => continue_page(p, &id, &params, a, false),
        (None, Some(idp)) => login_page(p, &id, &params, idp.name, None),
        (None, None) => Reply::redirect(302, format!("{}/interaction/{id}", p.issuer)),
    }
}

/// The request's parameters if FranceConnect would accept the request, `None` if it refuses it.
fn checked_params(p: &Platform, q: &HashMap<String, String>) -> Option<AuthParams> {
    if q.keys().any(|k| !AUTHORIZE_PARAMS.contains(&k.as_str())) {
        return None;
    }
    let given = |name: &str| q.get(name).filter(|v| !v.is_empty());
    let (Some(client_id), Some(redirect_uri), Some(state), Some(nonce), Some(scope), Some(acr)) = (
        given("client_id"),
        given("redirect_uri"),
        given("state"),
        given("nonce"),
        given("scope"),
        given("acr_values"),
    ) else {
        return None;
    };
    // Exactly the registered address: a loopback port is no exception here.
    if client_id != CLIENT_ID || *redirect_uri != p.settings.redirect_uri || nonce.chars().count() < NONCE_MIN {
        return None;
    }
    if q.get("response_type").map(String::as_str) != Some("code") {
        return None;
    }
    let scopes: Vec<String> = scope.split_whitespace().map(String::from).collect();
    if !scopes.iter().any(|s| s == "openid") || scopes.iter().any(|s| !SCOPES.iter().any(|(k, _)| k == s)) {
        return None;
    }
    // `login`, `consent` or both; the platform forces both in any case.
    if q.get("prompt")
        .is_some_and(|v| v.split_whitespace().any(|w| !matches!(w, "login" | "consent")))
    {
        return None;
    }
    // Unknown levels become the default, eidas1; eidas2 and eidas3 belong to FranceConnect+.
    let requested: Vec<&str> = acr.split_whitespace().collect();
    if !requested.contains(&"eidas1") && requested.iter().any(|a| KNOWN_ACR.contains(a)) {
        return None;
    }
    Some(AuthParams {
        redirect_uri: redirect_uri.clone(),
        state: state.clone(),
        nonce: nonce.clone(),
        scopes,
        lang: page_lang(p, q.get("ui_locales")),
    })
}

fn page_lang(p: &Platform, ui_locales: Option<&String>) -> Option<String> {
    ui_locales?
        .split_whitespace()
        .filter_map(|t| p.catalog.negotiate(t))
        .find(|t| t != "fr")
}
