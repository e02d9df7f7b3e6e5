//! The page « Choisissez un compte pour vous connecter : », the choice of identity provider.

use super::reply::Reply;
use super::{FIELD, Platform, page};
use crate::html::esc;
use crate::i18n::Arg;
use crate::idps::IDPS;
use crate::practice::SERVICE_NAME;
use crate::practice::store::AuthParams;

/// « Choisissez un compte pour vous connecter : », as the platform's choice page.
pub(super) fn choose_page(p: &Platform, id: &str, params: &AuthParams) -> Reply {
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
