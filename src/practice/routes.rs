//! Endpoints and pages of the practice provider, with FranceConnect's rules.

use super::accounts::{self, ACCOUNTS};
use super::keys::SigningKey;
use super::pages::Page;
use super::{CLIENT_ID, SERVICE_NAME, Settings};
use crate::html::esc;
use crate::http_server::{Method, Request, Response};
use crate::i18n::{Arg, Catalog};
use crate::idps::{self, IDPS};
use crate::secure::{pkce_challenge, random_token, sha256_b64};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};
use url::Url;

const MAX_URL: usize = 8 * 1024;
pub const MAX_BODY: usize = 16 * 1024;
/// Bound on remembered interactions, codes, tokens and sessions.
const MAX_ENTRIES: usize = 1000;
const INTERACTION_TTL: Duration = Duration::from_secs(30 * 60);
const NONCE_MIN: usize = 22;
const COOKIE: &str = "fc_practice_session";
/// A named field in forms that carry no data: lynx sends a POST form
/// without fields as a GET, which the provider rightly does not accept.
const FIELD: &str = "<input type=\"hidden\" name=\"step\" value=\"1\">";
/// Scopes FranceConnect knows, and what each one releases.
const SCOPES: &[(&str, &[&str])] = &[
    ("openid", &[]),
    ("given_name", &["given_name"]),
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
    ("birth", &["birthdate", "birthplace", "birthcountry"]),
    (
        "identite_pivot",
        &[
            "given_name",
            "family_name",
            "birthdate",
            "gender",
            "birthplace",
            "birthcountry",
        ],
    ),
];

pub struct Provider {
    pub issuer: String,
    pub settings: Settings,
    pub key: SigningKey,
    pub catalog: Arc<Catalog>,
    pub store: Mutex<Store>,
}

#[derive(Default)]
pub struct Store {
    interactions: HashMap<String, Interaction>,
    codes: HashMap<String, Grant>,
    tokens: HashMap<String, Grant>,
    /// Browser sessions (single sign-on): cookie -> account.
    sessions: HashMap<String, usize>,
}

#[derive(Clone)]
struct AuthParams {
    redirect_uri: String,
    state: String,
    nonce: String,
    scopes: Vec<String>,
    code_challenge: Option<String>,
    lang: Option<String>,
}

struct Interaction {
    params: AuthParams,
    created: Instant,
    /// Set once the person has logged in (or came with a session).
    account: Option<usize>,
}

#[derive(Clone)]
struct Grant {
    account: usize,
    params: AuthParams,
    created: Instant,
}

struct Reply {
    status: u16,
    content_type: &'static str,
    body: String,
    headers: Vec<(&'static str, String)>,
}

impl Reply {
    fn html(status: u16, body: String) -> Reply {
        Reply {
            status,
            content_type: "text/html; charset=utf-8",
            body,
            headers: vec![],
        }
    }
    fn json(status: u16, v: serde_json::Value) -> Reply {
        Reply {
            status,
            content_type: "application/json",
            body: v.to_string(),
            headers: vec![("Cache-Control", "no-store".into())],
        }
    }
    fn oauth_error(status: u16, error: &str, description: &str) -> Reply {
        Reply::json(
            status,
            serde_json::json!({ "error": error, "error_description": description }),
        )
    }
    fn redirect(status: u16, to: String) -> Reply {
        Reply {
            status,
            content_type: "text/plain",
            body: String::new(),
            headers: vec![("Location", to)],
        }
    }
    fn with(mut self, name: &'static str, value: String) -> Reply {
        self.headers.push((name, value));
        self
    }
}

/// What the router needs from a request, read with bounds.
struct Incoming {
    method: Method,
    path: String,
    query: HashMap<String, String>,
    form: HashMap<String, String>,
    cookie: Option<String>,
    bearer: Option<String>,
    basic_auth: bool,
}

pub fn handle(p: &Provider, request: &Request) -> Response {
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

/// The body is already bounded by the server (`MAX_BODY`, larger ones are refused with 413).
fn read(request: &Request) -> Result<Incoming, Reply> {
    let raw = &request.target;
    if raw.len() > MAX_URL {
        return Err(Reply::oauth_error(414, "invalid_request", "request too long"));
    }
    let url = Url::parse(&format!("http://127.0.0.1{raw}"))
        .map_err(|_| Reply::oauth_error(400, "invalid_request", "malformed address"))?;
    let header = |name: &str| request.header(name).map(str::to_string);
    let cookie = header("Cookie").and_then(|c| {
        c.split(';')
            .filter_map(|kv| kv.trim().split_once('='))
            .find(|(k, _)| *k == COOKIE)
            .map(|(_, v)| v.to_string())
    });
    let authorization = header("Authorization").unwrap_or_default();
    Ok(Incoming {
        method: request.method,
        path: url.path().to_string(),
        query: single_values(url.query_pairs()),
        form: single_values(url::form_urlencoded::parse(request.body())),
        cookie,
        bearer: authorization.strip_prefix("Bearer ").map(|t| t.trim().to_string()),
        basic_auth: authorization.starts_with("Basic "),
    })
}

/// Parameters given twice are dropped, as OAuth requires (RFC 6749 §3.1).
fn single_values<'a>(
    pairs: impl Iterator<Item = (std::borrow::Cow<'a, str>, std::borrow::Cow<'a, str>)>,
) -> HashMap<String, String> {
    let mut seen: HashMap<String, Option<String>> = HashMap::new();
    for (k, v) in pairs {
        seen.entry(k.into_owned())
            .and_modify(|e| *e = None)
            .or_insert(Some(v.into_owned()));
    }
    seen.into_iter().filter_map(|(k, v)| v.map(|v| (k, v))).collect()
}

fn route(p: &Provider, r: &Incoming) -> Reply {
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
        (Method::Post, ["interaction", id, "continue"]) => finish(p, id),
        (Method::Post, ["interaction", id, "abort"]) => abort(p, id, r),
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

fn discovery(p: &Provider) -> Reply {
    let i = &p.issuer;
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
            "grant_types_supported": ["authorization_code"],
            "subject_types_supported": ["pairwise"],
            "id_token_signing_alg_values_supported": ["ES256"],
            "userinfo_signing_alg_values_supported": ["ES256"],
            "token_endpoint_auth_methods_supported": ["client_secret_post"],
            "code_challenge_methods_supported": ["S256"],
            "acr_values_supported": ["eidas1"],
            "scopes_supported": SCOPES.iter().map(|(s, _)| *s).collect::<Vec<_>>(),
            "claims_supported": ["sub", "given_name", "family_name", "birthdate", "gender",
                "birthplace", "birthcountry", "email", "preferred_username"],
            "ui_locales_supported": p.catalog.tags(),
        }),
    )
}

/// Exact match, except the port when the host is a loopback address (RFC 8252 §7.3).
pub fn loopback_uri_matches(registered: &str, given: &str) -> bool {
    let (Ok(a), Ok(b)) = (Url::parse(registered), Url::parse(given)) else {
        return false;
    };
    let loopback = matches!(b.host_str(), Some("127.0.0.1" | "localhost" | "[::1]"));
    a.scheme() == b.scheme()
        && a.host_str() == b.host_str()
        && a.path() == b.path()
        && a.query() == b.query()
        && b.fragment().is_none()
        && b.username().is_empty()
        && b.password().is_none()
        && (loopback || a.port() == b.port())
}

fn registered(path: &str, given: &str) -> bool {
    ["127.0.0.1", "localhost", "[::1]"]
        .iter()
        .any(|h| loopback_uri_matches(&format!("http://{h}{path}"), given))
}

fn error_redirect(redirect_uri: &str, state: Option<&str>, error: &str, description: &str, status: u16) -> Reply {
    let mut url = match Url::parse(redirect_uri) {
        Ok(u) => u,
        Err(_) => return Reply::oauth_error(400, error, description),
    };
    {
        let mut q = url.query_pairs_mut();
        q.append_pair("error", error)
            .append_pair("error_description", description);
        if let Some(s) = state {
            q.append_pair("state", s);
        }
    }
    Reply::redirect(status, url.to_string())
}

fn page_lang(p: &Provider, ui_locales: Option<&String>) -> Option<String> {
    ui_locales?
        .split_whitespace()
        .filter_map(|t| p.catalog.negotiate(t))
        .find(|t| t != "fr")
}

fn purge(store: &mut Store, p: &Provider) {
    store.interactions.retain(|_, i| i.created.elapsed() < INTERACTION_TTL);
    store.codes.retain(|_, g| g.created.elapsed() < p.settings.code_ttl);
    store.tokens.retain(|_, g| g.created.elapsed() < p.settings.token_ttl);
}

fn authorize(p: &Provider, r: &Incoming) -> Reply {
    let q = &r.query;
    // Without a known client and its redirect URI, nothing may be sent back: show the error here.
    if q.get("client_id").map(String::as_str) != Some(CLIENT_ID) {
        return error_page(p, 400, "invalid_client", "Client inconnu (client_id).");
    }
    let Some(redirect_uri) = q.get("redirect_uri").filter(|u| registered("/callback", u)) else {
        return error_page(
            p,
            400,
            "invalid_request",
            "Adresse de retour (redirect_uri) non enregistrée.",
        );
    };
    let state = q.get("state").filter(|s| !s.is_empty());
    let fail = |error: &str, description: &str| {
        error_redirect(redirect_uri, state.map(String::as_str), error, description, 302)
    };
    if q.get("response_type").map(String::as_str) != Some("code") {
        return fail("unsupported_response_type", "response_type must be code");
    }
    let Some(state) = state else {
        return fail("invalid_request", "Y000003 state is required");
    };
    let scopes: Vec<String> = q
        .get("scope")
        .map(|s| s.split_whitespace().map(String::from).collect())
        .unwrap_or_default();
    if !scopes.iter().any(|s| s == "openid") || scopes.iter().any(|s| !SCOPES.iter().any(|(k, _)| k == s)) {
        return fail("invalid_scope", "openid is required and every scope must be known");
    }
    match q.get("nonce") {
        Some(n) if n.len() >= NONCE_MIN => {}
        _ => {
            return fail("invalid_request", "nonce of at least 22 characters is required");
        }
    }
    if !q
        .get("acr_values")
        .is_some_and(|a| a.split_whitespace().any(|v| v == "eidas1"))
    {
        return fail("invalid_request", "Y020002 acr_values not supported");
    }
    let code_challenge = match (
        q.get("code_challenge"),
        q.get("code_challenge_method").map(String::as_str),
    ) {
        (None, _) => None,
        (Some(c), Some("S256")) if (43..=128).contains(&c.len()) => Some(c.clone()),
        _ => return fail("invalid_request", "code_challenge_method must be S256"),
    };
    let hint = q.get("idp_hint");
    if hint.is_some_and(|h| idps::by_id(h).is_none()) {
        return fail("invalid_idp_hint", "unknown idp_hint");
    }
    let params = AuthParams {
        redirect_uri: redirect_uri.clone(),
        state: state.clone(),
        nonce: q["nonce"].clone(),
        scopes,
        code_challenge,
        lang: page_lang(p, q.get("ui_locales")),
    };
    let id = random_token(16);
    let mut store = p.store.lock().unwrap_or_else(|e| e.into_inner());
    purge(&mut store, p);
    if store.interactions.len() >= MAX_ENTRIES {
        return fail("temporarily_unavailable", "too many journeys in progress");
    }
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
        (Some(a), _) => welcome_page(p, &id, &params, a),
        (None, Some(idp)) => login_page(p, &id, &params, idp.name, None),
        (None, None) => Reply::redirect(302, format!("{}/interaction/{id}", p.issuer)),
    }
}

impl Store {
    /// The interaction `id`, if it exists and has not outlived its time.
    fn live(&mut self, id: &str) -> Option<&mut Interaction> {
        self.interactions.retain(|_, i| i.created.elapsed() < INTERACTION_TTL);
        self.interactions.get_mut(id)
    }
}

/// A journey step that is unknown or too old: start again from the service.
fn expired(p: &Provider) -> Reply {
    error_page(
        p,
        400,
        "invalid_request",
        "Y000004 Cette étape a expiré. Recommencez depuis le service.",
    )
}

fn with_interaction(p: &Provider, id: &str, f: impl FnOnce(&Provider, &Interaction) -> Reply) -> Reply {
    let mut store = p.store.lock().unwrap_or_else(|e| e.into_inner());
    match store.live(id) {
        Some(i) => f(p, i),
        None => {
            drop(store);
            expired(p)
        }
    }
}

fn page<'a>(p: &'a Provider, params: &'a AuthParams) -> Page<'a> {
    Page {
        catalog: &p.catalog,
        lang: params.lang.as_deref(),
    }
}

fn choose_page(p: &Provider, id: &str, params: &AuthParams) -> Reply {
    let pg = page(p, params);
    let service = [("service", Arg::Str(SERVICE_NAME))];
    let mut main = format!("<form method=\"post\" action=\"/api/v2/interaction/{id}/idp\">\n<ul>\n");
    for idp in IDPS {
        main.push_str(&format!(
            "<li><button type=\"submit\" name=\"idp\" value=\"{}\">{}</button></li>\n",
            idp.id,
            esc(idp.name)
        ));
    }
    main.push_str("</ul>\n</form>\n");
    main.push_str(&format!(
        "<form method=\"post\" action=\"/api/v2/interaction/{id}/abort\">{FIELD}{}</form>",
        pg.button("practice-back", &service, "secondary")
    ));
    Reply::html(200, pg.render("practice-choose-title", &service, &main))
}

fn login_page(p: &Provider, id: &str, params: &AuthParams, idp_name: &str, error: Option<&str>) -> Reply {
    let pg = page(p, params);
    let mut main = String::new();
    if let Some(e) = error {
        main.push_str(&format!("<p class=\"error\" role=\"alert\">{}</p>\n", esc(e)));
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
    Reply::html(
        status,
        pg.render("practice-login-title", &[("idp", Arg::Str(idp_name))], &main),
    )
}

fn login(p: &Provider, id: &str, r: &Incoming) -> Reply {
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
        return login_page(
            p,
            id,
            &params,
            &idp_name,
            Some("Identifiant ou mot de passe incorrect."),
        );
    };
    if !ACCOUNTS[account].in_register {
        // What FranceConnect does when the national register has no match.
        drop(store);
        let pg = page(p, &params);
        let main = format!(
            "<p class=\"error\" role=\"alert\">{}</p>\n<p>Code : Y010008</p>\n\
<form method=\"post\" action=\"/api/v2/interaction/{id}/abort\"><input type=\"hidden\" name=\"code\" value=\"Y010008\">{}</form>",
            pg.label("practice-register-body", &[]),
            pg.button("practice-back", &[("service", Arg::Str(SERVICE_NAME))], "")
        );
        return Reply::html(403, pg.render("practice-register-title", &[], &main));
    }
    interaction.account = Some(account);
    let cookie = random_token(16);
    if store.sessions.len() >= MAX_ENTRIES {
        store.sessions.clear();
    }
    store.sessions.insert(cookie.clone(), account);
    drop(store);
    welcome_page(p, id, &params, account).with(
        "Set-Cookie",
        format!("{COOKIE}={cookie}; Path=/api/v2; HttpOnly; SameSite=Lax"),
    )
}

fn welcome_page(p: &Provider, id: &str, params: &AuthParams, account: usize) -> Reply {
    let pg = page(p, params);
    let a = &ACCOUNTS[account];
    let name = format!("{} {}", a.given_name, a.family_name);
    let main = format!(
        "<form method=\"post\" action=\"/api/v2/interaction/{id}/continue\">{FIELD}{}</form>",
        pg.button("practice-continue", &[("service", Arg::Str(SERVICE_NAME))], "")
    );
    Reply::html(200, pg.render("practice-welcome", &[("name", Arg::Str(&name))], &main))
}

fn finish(p: &Provider, id: &str) -> Reply {
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
    store.interactions.remove(id);
    purge(&mut store, p);
    if store.codes.len() >= MAX_ENTRIES {
        drop(store);
        return error_redirect(
            &params.redirect_uri,
            Some(&params.state),
            "temporarily_unavailable",
            "busy",
            303,
        );
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
    let mut url = Url::parse(&params.redirect_uri).expect("checked at authorize");
    url.query_pairs_mut()
        .append_pair("code", &code)
        .append_pair("state", &params.state);
    Reply::redirect(303, url.to_string())
}

fn abort(p: &Provider, id: &str, r: &Incoming) -> Reply {
    let mut store = p.store.lock().unwrap_or_else(|e| e.into_inner());
    if store.live(id).is_none() {
        drop(store);
        return expired(p);
    }
    let Some(interaction) = store.interactions.remove(id) else {
        return expired(p);
    };
    let params = interaction.params;
    let description = match r.form.get("code").map(String::as_str) {
        Some("Y010008") => "Y010008 identity not found in the national register (RNIPP)",
        _ => "user authentication aborted",
    };
    error_redirect(
        &params.redirect_uri,
        Some(&params.state),
        "access_denied",
        description,
        303,
    )
}

fn token(p: &Provider, r: &Incoming) -> Reply {
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
    if let Some(challenge) = &grant.params.code_challenge
        && f.get("code_verifier").map(|v| pkce_challenge(v)).as_ref() != Some(challenge)
    {
        return Reply::oauth_error(400, "invalid_grant", "PKCE verification failed");
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

/// Pairwise subject: stable for this client, meaningless elsewhere.
fn subject(account: usize) -> String {
    sha256_b64(format!("{CLIENT_ID}:{}", ACCOUNTS[account].username).as_bytes(), 32)
}

fn userinfo(p: &Provider, r: &Incoming) -> Reply {
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

fn end_session(p: &Provider, r: &Incoming) -> Reply {
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
        Some(to) if hint_ok && registered("/logout-callback", to) => {
            let mut url = Url::parse(to).expect("checked");
            if let Some(s) = q.get("state") {
                url.query_pairs_mut().append_pair("state", s);
            }
            Reply::redirect(302, url.to_string()).with("Set-Cookie", expire)
        }
        Some(_) => error_page(
            p,
            400,
            "invalid_request",
            "post_logout_redirect_uri ou id_token_hint invalide.",
        ),
        None => {
            let page = Page {
                catalog: &p.catalog,
                lang: None,
            };
            Reply::html(200, page.render("practice-logged-out", &[], "")).with("Set-Cookie", expire)
        }
    }
}

/// An error shown in the browser (French, like FranceConnect's own error pages).
fn error_page(p: &Provider, status: u16, error: &str, description: &str) -> Reply {
    let page = Page {
        catalog: &p.catalog,
        lang: None,
    };
    let main = format!(
        "<p class=\"error\" role=\"alert\"><code>{}</code> : {}</p>",
        esc(error),
        esc(description)
    );
    Reply::html(status, page.render("practice-error-title", &[], &main))
}

fn not_found(p: &Provider) -> Reply {
    error_page(p, 404, "not_found", "Cette page n'existe pas.")
}
