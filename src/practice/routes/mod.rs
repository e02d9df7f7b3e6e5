//! The practice provider's router and what its endpoints and pages share, with FranceConnect's rules.

mod abort;
mod authorize;
mod choose;
mod consent;
mod discovery;
mod errors;
mod incoming;
mod login;
mod logout;
mod reply;
mod token;
mod userinfo;

use super::Settings;
use super::keys::SigningKey;
use super::pages::Page;
use super::store::{AuthParams, Interaction, Store};
use crate::http_server::{Method, Request, Response};
use crate::i18n::Catalog;
use crate::idps::{self, IDPS};
use abort::abort;
use authorize::authorize;
use choose::choose_page;
use consent::finish;
use discovery::discovery;
use errors::{expired, not_found};
use incoming::{Incoming, read};
use login::{login, login_page};
use logout::end_session;
use reply::Reply;
use std::sync::{Arc, Mutex};
use std::time::{SystemTime, UNIX_EPOCH};
use token::token;
use url::Url;
use userinfo::userinfo;

pub(super) const MAX_BODY: usize = 16 * 1024;
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
        &[
            "given_name",
            "given_name_array",
            "family_name",
            "birthdate",
            "gender",
            "preferred_username",
        ],
    ),
    ("birth", &["birthplace", "birthcountry"]),
    // `amr` goes in the ID token; the provider's id and its own birth date in userinfo.
    ("amr", &[]),
    ("idp_id", &["idp_id"]),
    ("idp_birthdate", &["idp_birthdate"]),
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

pub(super) fn handle(p: &Platform, request: &Request) -> Response {
    if let Some(reply) = service_page(p, request) {
        return Response::new(reply.status, reply.content_type, reply.body)
            .with_header("Cache-Control", "no-store")
            .with_header("Referrer-Policy", "no-referrer");
    }
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
        (Method::Get, ["interaction", id]) => with_interaction(p, id, |p, i| choose_page(p, id, &i.params, None)),
        (Method::Post, ["interaction", id, "idp"]) => {
            with_interaction(p, id, |p, i| match r.form.get("idp").and_then(|x| idps::by_id(x)) {
                Some(idp) => login_page(p, id, &i.params, idp.name, None),
                None => choose_page(p, id, &i.params, None),
            })
        }
        (Method::Post, ["interaction", id, "login"]) => login(p, id, r),
        // The provider's own cancel button: back to the choice, with the platform's banner.
        (Method::Post, ["interaction", id, "cancel"]) => with_interaction(p, id, |p, i| {
            let idp = r
                .form
                .get("idp")
                .and_then(|n| IDPS.iter().find(|x| x.name == n.as_str()));
            choose_page(p, id, &i.params, Some(idp.map_or("", |x| x.name)))
        }),
        (Method::Post, ["interaction", id, "continue"]) => finish(p, id, r),
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

/// This provider's own address, `http://127.0.0.1:PORT`.
fn origin(p: &Platform) -> &str {
    p.issuer.strip_suffix("/api/v2").unwrap_or(&p.issuer)
}

/// Production's address rule (`URL_REQUIRE_TLD`): a loopback address is
/// refused; the service's page this provider plays stands for a real domain.
fn loopback_refused(p: &Platform, address: &str) -> bool {
    let loopback = Url::parse(address).is_ok_and(|u| crate::oidc::config::is_loopback(&u));
    p.settings.production_rules && loopback && !address.starts_with(&format!("{}/", origin(p)))
}

/// Under production's rule, the service's registered page (and its
/// post-logout page), played here: the relay page, with the address filled
/// in for browsers without JavaScript.
fn service_page(p: &Platform, request: &Request) -> Option<Reply> {
    let logout_path = Url::parse(&p.settings.post_logout_redirect_uri())
        .ok()?
        .path()
        .to_string();
    let path = request.path();
    let ours = path == super::SERVICE_PAGE || path == logout_path;
    if !p.settings.production_rules || !ours || request.method != Method::Get {
        return None;
    }
    if request.target.len() > incoming::MAX_URL {
        return Some(Reply::html(414, String::new()));
    }
    let address = format!("{}{}", origin(p), request.target);
    let empty = "<textarea id=\"address\" rows=\"6\" cols=\"60\" readonly></textarea>";
    let filled = format!(
        "<textarea id=\"address\" rows=\"6\" cols=\"60\" readonly>{}</textarea>",
        crate::html::esc(&address)
    );
    Some(Reply::html(200, crate::oidc::paste::RELAY_PAGE.replace(empty, &filled)))
}

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
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
