//! The page « Choisissez un compte pour vous connecter : », the choice of identity provider.

use super::reply::Reply;
use super::{FIELD, Platform, page};
use crate::html::esc;
use crate::i18n::Arg;
use crate::idps::IDPS;
use crate::practice::SERVICE_NAME;
use crate::practice::store::AuthParams;

/// What « Revenir sur … » on this page asks for: the service then receives
/// `access_denied` with the platform's own words for it.
pub(super) const FROM_CHOICE: &str = "<input type=\"hidden\" name=\"from\" value=\"choice\">";

/// « Choisissez un compte pour vous connecter : », as the platform's choice page.
/// `failed_idp`: the person cancelled (or failed) at that provider: the page
/// comes back with the platform's banner, and nothing reaches the service.
pub(super) fn choose_page(p: &Platform, id: &str, params: &AuthParams, failed_idp: Option<&str>) -> Reply {
    let pg = page(p, params);
    let service = [("service", Arg::Str(SERVICE_NAME))];
    let mut main = String::new();
    if let Some(idp) = failed_idp {
        main.push_str(&format!(
            "<p class=\"error\" role=\"alert\">{}</p>\n",
            pg.label("practice-idp-failed", &[("idp", Arg::Str(idp))])
        ));
    }
    main.push_str(&pg.para("practice-connecting", &service));
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
        "<form method=\"post\" action=\"/api/v2/interaction/{id}/abort\">{FIELD}{FROM_CHOICE}{}</form>",
        pg.button("practice-back", &service, "secondary")
    ));
    let title = if failed_idp.is_some() {
        "practice-choose-error-doc-title"
    } else {
        "practice-choose-doc-title"
    };
    Reply::html(200, pg.render(title, &[], &main))
}
