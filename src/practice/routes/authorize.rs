//! `/authorize`: FranceConnect's checks on the request, then the start of a journey.

use super::consent::continue_page;
use super::errors::{BAD_REQUEST, UNKNOWN_CLIENT, UNREGISTERED_REDIRECT, platform_error};
use super::incoming::Incoming;
use super::login::login_page;
use super::reply::Reply;
use super::{Platform, SCOPES, error_redirect, loopback_refused};
use crate::idps;
use crate::practice::CLIENT_ID;
use crate::practice::store::{AuthParams, Interaction};
use crate::secure::random_token;
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
    let params = match checked_params(p, r) {
        Ok(params) => params,
        // Shown on the platform's own page, never sent back.
        Err(Refusal::Page(code)) => return platform_error(p, 400, code, None),
        Err(Refusal::Back(params, error, description)) => {
            return error_redirect(p, &params, error, description, 302);
        }
    };
    // `idp_hint`: only the platform's own ids for providers allowed to the client.
    match q.get("idp_hint").map(|h| idps::by_practice_uid(h)) {
        None => start(p, r, params, None),
        Some(Some(idp)) => start(p, r, params, Some(idp)),
        Some(None) => error_redirect(
            p,
            &params,
            "invalid_idp_hint",
            "idp_hint is not allowed for this client",
            302,
        ),
    }
}

/// A new journey: the choice of account, or straight to the hinted provider
/// (or to « Continuer sur … » when the browser already has a session).
fn start(p: &Platform, r: &Incoming, params: AuthParams, hinted: Option<&idps::Idp>) -> Reply {
    let id = random_token(16);
    let mut store = p.store.lock().unwrap_or_else(|e| e.into_inner());
    store.purge(&p.settings);
    store.shed_oldest_interactions();
    // Single sign-on: a browser that already logged in skips the password.
    let session = r.cookie.as_ref().and_then(|c| store.sessions.get(c).copied());
    let account = session.map(|s| s.account);
    store.interactions.insert(
        id.clone(),
        Interaction {
            params: params.clone(),
            created: Instant::now(),
            account,
            idp: session.and_then(|s| s.idp),
        },
    );
    drop(store);
    match (account, hinted) {
        (Some(a), _) => continue_page(p, &id, &params, a, false),
        (None, Some(idp)) => login_page(p, &id, &params, idp.name, None),
        (None, None) => Reply::redirect(302, format!("{}/interaction/{id}", p.issuer)),
    }
}

/// How the platform says no to a request.
enum Refusal {
    /// Its error page with this code.
    Page(&'static str),
    /// `error=` sent back to the (known, registered) service.
    Back(Box<AuthParams>, &'static str, &'static str),
}

/// The request's parameters if FranceConnect would accept the request; its
/// checks in its order: the request's shape (Y030007), the client (Y04EA6EF),
/// the redirect address (Y04C013C), then the OpenID rules, sent back.
fn checked_params(p: &Platform, r: &Incoming) -> Result<AuthParams, Refusal> {
    let q = &r.query;
    // Anything off the list, or given twice, fails the request's shape.
    if r.query_repeated || q.keys().any(|k| !AUTHORIZE_PARAMS.contains(&k.as_str())) {
        return Err(Refusal::Page(BAD_REQUEST));
    }
    let required = |name: &str| q.get(name).ok_or(Refusal::Page(BAD_REQUEST));
    let (client_id, redirect_uri, state, nonce, scope, acr, response_type) = (
        required("client_id")?,
        required("redirect_uri")?,
        required("state")?,
        required("nonce")?,
        required("scope")?,
        required("acr_values")?,
        required("response_type")?,
    );
    if client_id.is_empty() || redirect_uri.is_empty() || nonce.chars().count() < NONCE_MIN {
        return Err(Refusal::Page(BAD_REQUEST));
    }
    if q.get("prompt").is_some_and(|v| !prompt_ok(v)) {
        return Err(Refusal::Page(BAD_REQUEST));
    }
    if loopback_refused(p, redirect_uri) {
        return Err(Refusal::Page(BAD_REQUEST));
    }
    if client_id != CLIENT_ID {
        return Err(Refusal::Page(UNKNOWN_CLIENT));
    }
    // Exactly the registered address: a loopback port is no exception here.
    if *redirect_uri != p.settings.redirect_uri {
        return Err(Refusal::Page(UNREGISTERED_REDIRECT));
    }
    // Unknown scopes are ignored; an empty `state` is the service's affair.
    let scopes: Vec<String> = scope
        .split_whitespace()
        .filter(|s| SCOPES.iter().any(|(k, _)| k == s))
        .map(String::from)
        .collect();
    let params = AuthParams {
        redirect_uri: redirect_uri.clone(),
        state: state.clone(),
        nonce: nonce.clone(),
        scopes,
        lang: page_lang(p, q.get("ui_locales")),
    };
    if response_type != "code" {
        return Err(Refusal::Back(
            Box::new(params),
            "unsupported_response_type",
            "unsupported response_type requested",
        ));
    }
    if !params.scopes.iter().any(|s| s == "openid") {
        return Err(Refusal::Back(
            Box::new(params),
            "invalid_request",
            "openid scope must be requested",
        ));
    }
    // Unknown or empty levels become the default, eidas1; eidas2 and eidas3 belong to FranceConnect+.
    let requested: Vec<&str> = acr.split_whitespace().collect();
    if !requested.contains(&"eidas1") && requested.iter().any(|a| KNOWN_ACR.contains(a)) {
        return Err(Refusal::Back(
            Box::new(params),
            "invalid_acr",
            "acr_values not supported",
        ));
    }
    Ok(params)
}

/// `prompt`: at least one of `login`, `consent`, no word twice (the platform
/// then uses `login consent` whatever was asked).
fn prompt_ok(prompt: &str) -> bool {
    let words: Vec<&str> = prompt.split_whitespace().take(9).collect();
    if words.len() > 8 {
        return false;
    }
    let repeated = words.iter().enumerate().any(|(i, w)| words[..i].contains(w));
    !repeated && words.iter().any(|w| matches!(*w, "login" | "consent"))
}

fn page_lang(p: &Platform, ui_locales: Option<&String>) -> Option<String> {
    ui_locales?
        .split_whitespace()
        .filter_map(|t| p.catalog.negotiate(t))
        .find(|t| t != "fr")
}
