//! Endpoints and pages of the practice provider, with FranceConnect's rules.

mod errors;
mod incoming;
mod reply;

use super::accounts::{self, ACCOUNTS};
use super::keys::SigningKey;
use super::pages::Page;
use super::store::{AuthParams, Grant, Interaction, MAX_ENTRIES, Store, purge};
use super::{CLIENT_ID, SERVICE_NAME, Settings};
use crate::html::esc;
use crate::http_server::{Method, Request, Response};
use crate::i18n::{Arg, Catalog};
use crate::idps::{self, IDPS};
use crate::secure::{random_token, sha256_b64};
use errors::{BAD_REQUEST, REGISTER_MISS, expired, not_found, platform_error};
use incoming::{Incoming, read};
use reply::Reply;
use std::sync::{Arc, Mutex};
use std::time::{Instant, SystemTime, UNIX_EPOCH};
use url::Url;

pub const MAX_BODY: usize = 16 * 1024;
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
const COOKIE: &str = "fc_practice_session";
/// A named field in forms that carry no data: lynx sends a POST form
/// without fields as a GET, which the provider rightly does not accept.
const FIELD: &str = "<input type=\"hidden\" name=\"step\" value=\"1\">";
/// Scopes FranceConnect knows, and what each one releases.
const SCOPES: &[(&str, &[&str])] = &[
    ("openid", &[]),
    ("given_name", &["given_name", "given_name_array"]),
    ("family_name", &["family_name"]),
    ("birthdate", &["birthdate"]),
    ("gender", &["gender"]),
    ("birthplace", &["birthplace"]),
    ("birthcountry", &["birthcountry"]),
    ("email", &["email"]),
    ("preferred_username", &["preferred_username"]),
    (
        "profile",
        &["given_name", "family_name", "birthdate", "gender", "preferred_username"],
    ),
    ("birth", &["birthplace", "birthcountry"]),
    (
        "identite_pivot",
        &[
            "given_name",
            "given_name_array",
            "family_name",
            "birthdate",
            "gender",
            "birthplace",
            "birthcountry",
        ],
    ),
];

/// The practice platform's state: what every endpoint and page reads.
pub(super) struct Platform {
    pub(super) issuer: String,
    pub(super) settings: Settings,
    pub(super) key: SigningKey,
    pub(super) catalog: Arc<Catalog>,
    pub(super) store: Mutex<Store>,
}

pub fn handle(p: &Platform, request: &Request) -> Response {
    let reply = match read(request) {
        Ok(incoming) => route(p, &incoming),
        Err(reply) => reply,
    };
    let mut response = Response::new(reply.status, reply.content_type, reply.body);
    for (name, value) in reply.headers {
        response = response.with_header(name, &value);
    }
    response
}

fn route(p: &Platform, r: &Incoming) -> Reply {
    let Some(path) = r.path.strip_prefix("/api/v2") else {
        return not_found(p);
    };
    let segments: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    match (&r.method, segments.as_slice()) {
        (Method::Get, [".well-known", "openid-configuration"]) => discovery(p),
        (Method::Get, ["jwks"]) => Reply::json(200, p.key.jwks()),
        (Method::Get, ["authorize"]) => authorize(p, r),
        (Method::Get, ["interaction", id]) => with_interaction(p, id, |p, i| choose_page(p, id, &i.params)),
        (Method::Post, ["interaction", id, "idp"]) => {
            with_interaction(p, id, |p, i| match r.form.get("idp").and_then(|x| idps::by_id(x)) {
                Some(idp) => login_page(p, id, &i.params, idp.name, None),
                None => choose_page(p, id, &i.params),
            })
        }
        (Method::Post, ["interaction", id, "login"]) => login(p, id, r),
        (Method::Post, ["interaction", id, "continue"]) => finish(p, id, r),
        (Method::Post, ["interaction", id, "abort"]) => abort(p, id),
        (Method::Post, ["token"]) => token(p, r),
        (Method::Get | Method::Post, ["userinfo"]) => userinfo(p, r),
        (Method::Get, ["session", "end"]) => end_session(p, r),
        (_, [".well-known", _] | ["jwks" | "authorize" | "token" | "userinfo"] | ["session", "end"]) => {
            Reply::oauth_error(405, "invalid_request", "method not allowed")
        }
        _ => not_found(p),
    }
}

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

fn discovery(p: &Platform) -> Reply {
    let i = &p.issuer;
    // Shaped like the platform's: it advertises S256 although `/authorize`
    // refuses `code_challenge` (a trap this practice teaches).
    Reply::json(
        200,
        serde_json::json!({
            "issuer": i,
            "authorization_endpoint": format!("{i}/authorize"),
            "token_endpoint": format!("{i}/token"),
            "userinfo_endpoint": format!("{i}/userinfo"),
            "jwks_uri": format!("{i}/jwks"),
            "end_session_endpoint": format!("{i}/session/end"),
            "response_types_supported": ["code"],
            "response_modes_supported": ["query"],
            "grant_types_supported": ["authorization_code"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["ES256", "RS256"],
            "userinfo_signing_alg_values_supported": ["ES256", "RS256"],
            "token_endpoint_auth_methods_supported": ["client_secret_post", "private_key_jwt"],
            "code_challenge_methods_supported": ["S256"],
            "authorization_response_iss_parameter_supported": true,
            "acr_values_supported": ["eidas1"],
            "claims_parameter_supported": true,
            "scopes_supported": SCOPES.iter().map(|(s, _)| *s).collect::<Vec<_>>(),
            "claims_supported": ["sub", "given_name", "given_name_array", "family_name", "birthdate",
                "gender", "birthplace", "birthcountry", "email", "preferred_username"],
        }),
    )
}

/// An error sent back to the service, with `iss` as the platform adds it (RFC 9207).
fn error_redirect(p: &Platform, params: &AuthParams, error: &str, description: &str, status: u16) -> Reply {
    back_to_service(
        p,
        params,
        &[("error", error), ("error_description", description)],
        status,
    )
}

/// The registered address with `pairs`, `state` and `iss`.
fn back_to_service(p: &Platform, params: &AuthParams, pairs: &[(&str, &str)], status: u16) -> Reply {
    let mut url = Url::parse(&params.redirect_uri).expect("checked at authorize");
    url.query_pairs_mut()
        .extend_pairs(pairs)
        .append_pair("state", &params.state)
        .append_pair("iss", &p.issuer);
    Reply::redirect(status, url.to_string())
}

fn page_lang(p: &Platform, ui_locales: Option<&String>) -> Option<String> {
    ui_locales?
        .split_whitespace()
        .filter_map(|t| p.catalog.negotiate(t))
        .find(|t| t != "fr")
}

fn authorize(p: &Platform, r: &Incoming) -> Reply {
    let q = &r.query;
    // Every request error is shown on the platform's own page, never sent back.
    let refuse = || platform_error(p, 400, BAD_REQUEST, None);
    if q.keys().any(|k| !AUTHORIZE_PARAMS.contains(&k.as_str())) {
        return refuse();
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
        return refuse();
    };
    // Exactly the registered address: a loopback port is no exception here.
    if client_id != CLIENT_ID || *redirect_uri != p.settings.redirect_uri || nonce.chars().count() < NONCE_MIN {
        return refuse();
    }
    if q.get("response_type").map(String::as_str) != Some("code") {
        return refuse();
    }
    let scopes: Vec<String> = scope.split_whitespace().map(String::from).collect();
    if !scopes.iter().any(|s| s == "openid") || scopes.iter().any(|s| !SCOPES.iter().any(|(k, _)| k == s)) {
        return refuse();
    }
    // `login`, `consent` or both; the platform forces both in any case.
    if q.get("prompt")
        .is_some_and(|v| v.split_whitespace().any(|w| !matches!(w, "login" | "consent")))
    {
        return refuse();
    }
    // Unknown levels become the default, eidas1; eidas2 and eidas3 belong to FranceConnect+.
    let requested: Vec<&str> = acr.split_whitespace().collect();
    if !requested.contains(&"eidas1") && requested.iter().any(|a| KNOWN_ACR.contains(a)) {
        return refuse();
    }
    let params = AuthParams {
        redirect_uri: redirect_uri.clone(),
        state: state.clone(),
        nonce: nonce.clone(),
        scopes,
        lang: page_lang(p, q.get("ui_locales")),
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

fn with_interaction(p: &Platform, id: &str, f: impl FnOnce(&Platform, &Interaction) -> Reply) -> Reply {
    let mut store = p.store.lock().unwrap_or_else(|e| e.into_inner());
    match store.live(id) {
        Some(i) => f(p, i),
        None => {
            drop(store);
            expired(p)
        }
    }
}

fn page<'a>(p: &'a Platform, params: &'a AuthParams) -> Page<'a> {
    Page {
        catalog: &p.catalog,
        lang: params.lang.as_deref(),
    }
}

/// « Choisissez un compte pour vous connecter : », as the platform's choice page.
fn choose_page(p: &Platform, id: &str, params: &AuthParams) -> Reply {
    let pg = page(p, params);
    let service = [("service", Arg::Str(SERVICE_NAME))];
    let mut main = pg.para("practice-connecting", &service);
    main.push_str(&pg.heading(1, "practice-choose-title", &[]));
    main.push_str(&format!(
        "<form method=\"post\" action=\"/api/v2/interaction/{id}/idp\">\n<ul>\n"
    ));
    for idp in IDPS {
        main.push_str(&format!(
            "<li><button type=\"submit\" name=\"idp\" value=\"{}\">{}</button></li>\n",
            idp.id,
            esc(idp.name)
        ));
    }
    main.push_str("</ul>\n</form>\n");
    main.push_str(&pg.para("practice-aidants", &[]));
    main.push_str(&format!(
        "<form method=\"post\" action=\"/api/v2/interaction/{id}/abort\">{FIELD}{}</form>",
        pg.button("practice-back", &service, "secondary")
    ));
    Reply::html(200, pg.render("practice-choose-doc-title", &[], &main))
}

/// The identity provider's own login page: each teaching account has its
/// own form, its username and password filled in.
fn login_page(p: &Platform, id: &str, params: &AuthParams, idp_name: &str, error: Option<&str>) -> Reply {
    let pg = page(p, params);
    let idp = [("idp", Arg::Str(idp_name))];
    let mut main = pg.heading(1, "practice-login-title", &idp);
    if let Some(e) = error {
        main.push_str(&format!("<p class=\"error\" role=\"alert\">{}</p>\n", pg.label(e, &[])));
    }
    for (n, a) in ACCOUNTS.iter().enumerate() {
        main.push_str(&format!(
            "<form method=\"post\" action=\"/api/v2/interaction/{id}/login\">\n<fieldset><legend>{} {}: {}</legend>\n\
<p><label for=\"u{n}\">{}</label><br><input id=\"u{n}\" name=\"username\" value=\"{}\" autocomplete=\"off\"></p>\n\
<p><label for=\"p{n}\">{}</label><br><input id=\"p{n}\" name=\"password\" type=\"password\" value=\"{}\"></p>\n\
<input type=\"hidden\" name=\"idp\" value=\"{}\">\n{}\n</fieldset>\n</form>\n",
            pg.label("practice-account", &[]),
            n + 1,
            pg.label(&format!("practice-account-{}", a.situation), &[]),
            pg.label("practice-username", &[]),
            esc(a.username),
            pg.label("practice-password", &[]),
            accounts::PASSWORD,
            esc(idp_name),
            pg.button("practice-login-button", &[], ""),
        ));
    }
    let status = if error.is_some() { 401 } else { 200 };
    Reply::html(status, pg.render("practice-login-title", &idp, &main))
}

fn login(p: &Platform, id: &str, r: &Incoming) -> Reply {
    let mut store = p.store.lock().unwrap_or_else(|e| e.into_inner());
    let Some(interaction) = store.live(id) else {
        drop(store);
        return expired(p);
    };
    let params = interaction.params.clone();
    let idp_name = r.form.get("idp").cloned().unwrap_or_default();
    let account = r.form.get("username").and_then(|u| accounts::by_username(u));
    let password_ok = r.form.get("password").map(String::as_str) == Some(accounts::PASSWORD);
    let (Some(account), true) = (account, password_ok) else {
        drop(store);
        return login_page(p, id, &params, &idp_name, Some("practice-wrong-password"));
    };
    if !ACCOUNTS[account].in_register {
        // What FranceConnect does when the national register has no match: its
        // error page; going back sends the service only `access_denied`.
        drop(store);
        return platform_error(p, 403, REGISTER_MISS, Some((id, &params)));
    }
    interaction.account = Some(account);
    let cookie = random_token(16);
    if store.sessions.len() >= MAX_ENTRIES {
        store.sessions.clear();
    }
    store.sessions.insert(cookie.clone(), account);
    drop(store);
    continue_page(p, id, &params, account, false).with(
        "Set-Cookie",
        format!("{COOKIE}={cookie}; Path=/api/v2; HttpOnly; SameSite=Lax"),
    )
}

/// « Vous allez vous connecter en tant que : », the names, « Continuer sur … »,
/// and, when the service asks for it, the box to tick.
fn continue_page(p: &Platform, id: &str, params: &AuthParams, account: usize, box_missing: bool) -> Reply {
    let pg = page(p, params);
    let a = &ACCOUNTS[account];
    let service = [("service", Arg::Str(SERVICE_NAME))];
    let mut main = pg.heading(1, "practice-as", &[]);
    main.push_str(&format!(
        "<p class=\"identity\"><strong>{} {}</strong></p>\n",
        esc(a.given_name),
        esc(a.family_name)
    ));
    main.push_str(&format!(
        "<form method=\"post\" action=\"/api/v2/interaction/{id}/continue\">{FIELD}"
    ));
    if p.settings.consent_box {
        if box_missing {
            main.push_str(&format!(
                "<p class=\"error\" role=\"alert\">{}</p>\n",
                pg.label("practice-consent-missing", &[])
            ));
        }
        main.push_str(&format!(
            "<p><input type=\"checkbox\" id=\"consent\" name=\"consent\" value=\"on\"> <label for=\"consent\">{}</label></p>\n",
            pg.label("practice-consent", &[])
        ));
    }
    main.push_str(&pg.button("practice-continue", &service, ""));
    main.push_str("</form>\n");
    let status = if box_missing { 400 } else { 200 };
    Reply::html(status, pg.render("practice-continue-doc-title", &service, &main))
}

fn finish(p: &Platform, id: &str, r: &Incoming) -> Reply {
    let mut store = p.store.lock().unwrap_or_else(|e| e.into_inner());
    let Some((params, account)) = store.live(id).map(|i| (i.params.clone(), i.account)) else {
        drop(store);
        return expired(p);
    };
    // Not logged in yet: back to the choice of provider.
    let Some(account) = account else {
        drop(store);
        return choose_page(p, id, &params);
    };
    if p.settings.consent_box && r.form.get("consent").map(String::as_str) != Some("on") {
        drop(store);
        return continue_page(p, id, &params, account, true);
    }
    store.interactions.remove(id);
    purge(&mut store, p);
    if store.codes.len() >= MAX_ENTRIES {
        drop(store);
        return error_redirect(p, &params, "temporarily_unavailable", "busy", 303);
    }
    let code = random_token(24);
    store.codes.insert(
        code.clone(),
        Grant {
            account,
            params: params.clone(),
            created: Instant::now(),
        },
    );
    drop(store);
    back_to_service(p, &params, &[("code", &code)], 303)
}

/// « Revenir sur … »: from the choice of account or from an error page, the
/// service learns only that the person did not connect (no Y code reaches it).
fn abort(p: &Platform, id: &str) -> Reply {
    let mut store = p.store.lock().unwrap_or_else(|e| e.into_inner());
    if store.live(id).is_none() {
        drop(store);
        return expired(p);
    }
    let Some(interaction) = store.interactions.remove(id) else {
        return expired(p);
    };
    drop(store);
    error_redirect(
        p,
        &interaction.params,
        "access_denied",
        "user authentication aborted",
        303,
    )
}

fn token(p: &Platform, r: &Incoming) -> Reply {
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
    purge(&mut store, p);
    if store.tokens.len() >= MAX_ENTRIES {
        return Reply::oauth_error(503, "temporarily_unavailable", "busy");
    }
    let access_token = random_token(32);
    store.tokens.insert(
        access_token.clone(),
        Grant {
            created: Instant::now(),
            ..grant.clone()
        },
    );
    drop(store);
    let iat = now();
    let id_token = p.key.sign(&serde_json::json!({
        "iss": p.issuer,
        "sub": subject(grant.account),
        "aud": CLIENT_ID,
        "exp": iat + p.settings.token_ttl.as_secs(),
        "iat": iat,
        "auth_time": iat,
        "nonce": grant.params.nonce,
        "acr": "eidas1",
        "amr": ["pwd"],
        "at_hash": sha256_b64(access_token.as_bytes(), 16),
    }));
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

/// Subject in the platform's shape, 64 hex characters and `v1`: stable for
/// this service, meaningless elsewhere.
fn subject(account: usize) -> String {
    let digest = ring::digest::digest(
        &ring::digest::SHA256,
        format!("{CLIENT_ID}:{}", ACCOUNTS[account].username).as_bytes(),
    );
    let hex: String = digest.as_ref().iter().map(|b| format!("{b:02x}")).collect();
    format!("{hex}v1")
}

fn userinfo(p: &Platform, r: &Incoming) -> Reply {
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
        let value = match claim {
            "given_name" => a.given_name,
            "family_name" => a.family_name,
            "birthdate" => a.birthdate,
            "gender" => a.gender,
            "birthplace" => a.birthplace,
            "birthcountry" => a.birthcountry,
            "email" => a.email,
            "preferred_username" => "",
            _ => continue,
        };
        claims[claim] = value.into();
    }
    Reply {
        status: 200,
        content_type: "application/jwt",
        body: p.key.sign(&claims),
        headers: vec![("Cache-Control", "no-store".into())],
    }
}

fn end_session(p: &Platform, r: &Incoming) -> Reply {
    let q = &r.query;
    let hint_ok = q
        .get("id_token_hint")
        .and_then(|t| p.key.verify(t))
        .is_some_and(|c| c["iss"] == p.issuer.as_str());
    if let Some(cookie) = &r.cookie {
        p.store
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .sessions
            .remove(cookie);
    }
    let expire = format!("{COOKIE}=; Path=/api/v2; Max-Age=0; HttpOnly; SameSite=Lax");
    match q.get("post_logout_redirect_uri") {
        Some(to) if hint_ok && *to == p.settings.post_logout_redirect_uri() => {
            let mut url = Url::parse(to).expect("checked");
            if let Some(s) = q.get("state") {
                url.query_pairs_mut().append_pair("state", s);
            }
            Reply::redirect(302, url.to_string()).with("Set-Cookie", expire)
        }
        Some(_) => platform_error(p, 400, BAD_REQUEST, None),
        None => {
            let page = Page {
                catalog: &p.catalog,
                lang: None,
            };
            Reply::html(200, page.render("practice-logged-out", &[], "")).with("Set-Cookie", expire)
        }
    }
}
