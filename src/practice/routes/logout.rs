//! `/session/end`: the browser session closed, then back to the registered post-logout address.

use super::errors::{BAD_REQUEST, platform_error};
use super::incoming::Incoming;
use super::reply::Reply;
use super::{COOKIE, Platform, loopback_refused};
use crate::practice::pages::Page;
use url::Url;

/// The logout request refused (its `post_logout_redirect_uri` fails the address rule).
const LOGOUT_REFUSED: &str = "Y000400";

pub(super) fn end_session(p: &Platform, r: &Incoming) -> Reply {
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
        // Production's address rule, as the logout's request checks it.
        Some(to) if loopback_refused(p, to) => platform_error(p, 400, LOGOUT_REFUSED, None),
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
