//! The platform's error pages (« Erreur Y… »), the expired journey and the unknown address.

use super::reply::Reply;
use super::{FIELD, Platform};
use crate::i18n::Arg;
use crate::practice::SERVICE_NAME;
use crate::practice::pages::Page;
use crate::practice::store::AuthParams;

/// A request the platform refuses on its error page, never back to the service.
pub(super) const BAD_REQUEST: &str = "Y030007";
/// A `client_id` the platform does not know.
pub(super) const UNKNOWN_CLIENT: &str = "Y04EA6EF";
/// A `redirect_uri` not registered for the client.
pub(super) const UNREGISTERED_REDIRECT: &str = "Y04C013C";
/// The national register has no such identity.
pub(super) const REGISTER_MISS: &str = "Y010008";
/// An interaction that has outlived its 30 minutes.
const SESSION_EXPIRED: &str = "Y190001";

/// A journey step that is unknown or too old: the platform's "session expired".
pub(super) fn expired(p: &Platform) -> Reply {
    platform_error(p, 400, SESSION_EXPIRED, None)
}

/// The code's own message on the page, as the platform words it.
fn message(code: &str) -> &'static str {
    match code {
        REGISTER_MISS => "practice-help-page",
        BAD_REQUEST => "practice-error-technical",
        SESSION_EXPIRED => "practice-error-session",
        UNKNOWN_CLIENT | UNREGISTERED_REDIRECT => "practice-error-communication",
        _ => "practice-error-body",
    }
}

/// Whether the page offers « Contactez-nous »: the register's codes and a
/// refused request do; an expired session does not.
fn offers_contact(code: &str) -> bool {
    code.starts_with("Y0100") || code == BAD_REQUEST
}

/// The platform's error page: « Une erreur s’est produite », « Erreur {code} »,
/// « Que faire ? », the code's message, « Contactez-nous » where the platform
/// shows it. With a journey, « Revenir sur … » goes back to the service
/// (which then receives only `access_denied`); request errors have no way back.
pub(super) fn platform_error(p: &Platform, status: u16, code: &str, journey: Option<(&str, &AuthParams)>) -> Reply {
    let pg = Page {
        catalog: &p.catalog,
        lang: journey.and_then(|(_, params)| params.lang.as_deref()),
    };
    let mut main = pg.heading(1, "practice-error-title", &[]);
    main.push_str(&format!(
        "<p class=\"error\" role=\"alert\"><strong>{}</strong></p>\n",
        pg.label("practice-error-code", &[("code", Arg::Str(code))])
    ));
    main.push_str(&pg.heading(2, "practice-what-to-do", &[]));
    main.push_str(&pg.para(message(code), &[]));
    if offers_contact(code) {
        main.push_str(&pg.para("practice-contact", &[]));
    }
    if let Some((id, _)) = journey {
        main.push_str(&format!(
            "<form method=\"post\" action=\"/api/v2/interaction/{id}/abort\">{FIELD}{}</form>",
            pg.button("practice-back", &[("service", Arg::Str(SERVICE_NAME))], "")
        ));
    }
    Reply::html(status, pg.render("practice-error-doc-title", &[], &main))
}

pub(super) fn not_found(p: &Platform) -> Reply {
    let pg = Page {
        catalog: &p.catalog,
        lang: None,
    };
    Reply::html(
        404,
        pg.render("practice-not-found", &[], &pg.heading(1, "practice-not-found", &[])),
    )
}
