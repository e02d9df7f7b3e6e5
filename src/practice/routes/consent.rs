//! The page « Continuer sur … » (with the consent box when asked) and its answer: a code for the service.

use super::choose::choose_page;
use super::errors::expired;
use super::incoming::Incoming;
use super::reply::Reply;
use super::{FIELD, Platform, back_to_service, page};
use crate::html::esc;
use crate::i18n::Arg;
use crate::practice::SERVICE_NAME;
use crate::practice::accounts::ACCOUNTS;
use crate::practice::store::{AuthParams, Grant};
use crate::secure::random_token;
use std::time::Instant;

/// « Vous allez vous connecter en tant que : », the names, « Continuer sur … »,
/// and, when the service asks for it, the box to tick.
pub(super) fn continue_page(p: &Platform, id: &str, params: &AuthParams, account: usize, box_missing: bool) -> Reply {
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

pub(super) fn finish(p: &Platform, id: &str, r: &Incoming) -> Reply {
    let mut store = p.store.lock().unwrap_or_else(|e| e.into_inner());
    let Some((params, account, idp)) = store.live(id).map(|i| (i.params.clone(), i.account, i.idp)) else {
        drop(store);
        return expired(p);
    };
    // Not logged in yet: back to the choice of provider.
    let Some(account) = account else {
        drop(store);
        return choose_page(p, id, &params, None);
    };
    if p.settings.consent_box && r.form.get("consent").map(String::as_str) != Some("on") {
        drop(store);
        return continue_page(p, id, &params, account, true);
    }
    store.interactions.remove(id);
    store.purge(&p.settings);
    store.shed_oldest_codes();
    let code = random_token(24);
    store.codes.insert(
        code.clone(),
        Grant {
            account,
            idp,
            params: params.clone(),
            created: Instant::now(),
        },
    );
    drop(store);
    back_to_service(p, &params, &[("code", &code)], 303)
}
