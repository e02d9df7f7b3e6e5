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

/// The codes whose page offers « Contactez-nous »: the platform's own list
/// (its `ExceptionsFcp` configuration for FranceConnect, release fc-392RC1).
/// Not Y010009 (the register rejected the request), not an expired session
/// (Y190001), not the registration mistakes (Y04EA6EF, Y04C013C).
const CONTACT_CODES: &[&str] = &[
    "Y600007", "Y010004", "Y010006", "Y010007", "Y010008", "Y010011", "Y010012", "Y010013", "Y010015", "Y020000",
    "Y100001", "Y100002", "Y020021", "Y020024", "Y020025", "Y020026", "Y020027", "Y020028", "Y020029", "Y020030",
    "Y030002", "Y030004", "Y030005", "Y030007", "Y100009", "Y030026", "Y150001", "Y150003", "Y160004", "Y180001",
    "Y190005", "Y200001", "Y200002", "Y270001", "Y270002", "Y270003",
];

/// Whether the page offers « Contactez-nous ».
fn offers_contact(code: &str) -> bool {
    CONTACT_CODES.contains(&code)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contact_is_offered_for_the_platforms_list_only() {
        for code in [REGISTER_MISS, BAD_REQUEST, "Y010004", "Y010011", "Y010015", "Y180001"] {
            assert!(offers_contact(code), "{code}");
        }
        for code in [
            SESSION_EXPIRED,
            "Y010009",
            UNKNOWN_CLIENT,
            UNREGISTERED_REDIRECT,
            "Y420001",
            "Y000400",
        ] {
            assert!(!offers_contact(code), "{code}");
        }
    }
}
