//! The identity provider's login page and the password check, which opens a browser session.

use super::consent::continue_page;
use super::errors::{REGISTER_MISS, expired, platform_error};
use super::incoming::Incoming;
use super::reply::Reply;
use super::{COOKIE, Platform, page};
use crate::html::esc;
use crate::i18n::Arg;
use crate::idps::IDPS;
use crate::practice::accounts::{self, ACCOUNTS};
use crate::practice::store::{AuthParams, MAX_ENTRIES, Session};
use crate::secure::random_token;

/// The identity provider's own login page: each teaching account has its
/// own form, its username and password filled in.
pub(super) fn login_page(p: &Platform, id: &str, params: &AuthParams, idp_name: &str, error: Option<&str>) -> Reply {
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
    // The provider's own way back: FranceConnect then shows the choice again, with its banner.
    main.push_str(&format!(
        "<form method=\"post\" action=\"/api/v2/interaction/{id}/cancel\">\n<input type=\"hidden\" name=\"idp\" value=\"{}\">\n{}\n</form>\n",
        esc(idp_name),
        pg.button("practice-cancel", &[], "secondary"),
    ));
    let status = if error.is_some() { 401 } else { 200 };
    Reply::html(status, pg.render("practice-login-title", &idp, &main))
}

pub(super) fn login(p: &Platform, id: &str, r: &Incoming) -> Reply {
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
    // The provider, by the name its login page carried: its id is the `idp_id` claim.
    let idp = IDPS.iter().position(|i| i.name == idp_name);
    interaction.account = Some(account);
    interaction.idp = idp;
    let cookie = random_token(16);
    if store.sessions.len() >= MAX_ENTRIES {
        store.sessions.clear();
    }
    store.sessions.insert(cookie.clone(), Session { account, idp });
    drop(store);
    continue_page(p, id, &params, account, false).with(
        "Set-Cookie",
        format!("{COOKIE}={cookie}; Path=/api/v2; HttpOnly; SameSite=Lax"),
    )
}
