//! The relying party against the practice provider, through its pages.

mod support;

use fcguide::i18n::Catalog;
use fcguide::oidc::callback::{CallbackParams, Notify, Pages};
use fcguide::oidc::client::Client;
use fcguide::oidc::config::Config;
use fcguide::oidc::error::{LoginError, ProviderRefusal};
use fcguide::practice::{PracticeServer, Settings};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;
use support::{FormBrowser, forms, text};
use zeroize::Zeroizing;

fn practice() -> (PracticeServer, Client) {
    let server = PracticeServer::start(Settings::default(), Arc::new(Catalog::load())).unwrap();
    let mut config = Config::franceconnect(
        &server.issuer,
        server.client_id.clone(),
        Some(Zeroizing::new(server.client_secret.clone())),
    );
    config.idp_hint = true;
    let client = Client::discover(config).unwrap();
    (server, client)
}

fn pages() -> Pages {
    Pages {
        done: "done".into(),
        refused: "refused".into(),
    }
}

fn notify() -> (Notify, Receiver<CallbackParams>) {
    let (tx, rx) = channel();
    (Arc::new(move |p| tx.send(p).unwrap()), rx)
}

#[test]
fn a_typical_adult_connects_and_the_identity_is_verified() {
    let (_server, client) = practice();
    let (n, rx) = notify();
    let pending = client.begin(None, "uk", pages(), n).unwrap();
    assert!(pending.url.contains("acr_values=eidas1"));
    assert!(pending.url.contains("code_challenge_method=S256"));
    let mut browser = FormBrowser::default();
    // The short address shown on screen leads to the same request.
    let last = browser.practice_journey(&pending.listener.short_url, None, 0);
    assert_eq!(last.html, "done");
    assert_eq!(browser.visited[1], pending.url);
    let answer = rx.recv_timeout(Duration::from_secs(5)).unwrap();
    let connection = client.finish(&pending, answer).unwrap();
    assert_eq!(connection.identity.given_name, "Jean");
    assert_eq!(connection.identity.family_name, "MARTIN");
    assert_eq!(connection.identity.birthdate, "1985-03-14");
    assert_eq!(connection.identity.birthcountry, "99100");
    assert!(!connection.identity.sub.is_empty());
}

#[test]
fn pages_are_french_with_the_translation_under_each_label() {
    let (_server, client) = practice();
    let (n, _rx) = notify();
    let pending = client.begin(None, "uk", pages(), n).unwrap();
    let mut browser = FormBrowser::default();
    let choose = browser.get(&pending.url);
    assert_eq!(choose.status, 200);
    assert!(choose.html.contains("<html lang=\"fr\">"));
    let t = text(&choose.html);
    assert!(t.contains("Je choisis un compte pour me connecter sur fcguide"), "{t}");
    assert!(t.contains("Я обираю обліковий запис"), "{t}");
    assert!(t.contains("ce n'est pas le vrai FranceConnect"), "{t}");
    assert!(choose.html.contains("lang=\"uk\""));
    assert!(!choose.html.contains("<script"));
    for idp in [
        "impots.gouv.fr",
        "ameli.fr",
        "L'Identité Numérique La Poste",
        "MSA",
        "France Identité",
        "Yris",
    ] {
        assert!(t.contains(idp), "{idp}");
    }
    let login = browser.submit(&choose, &forms(&choose.html)[0], Some("ameli.fr"));
    let t = text(&login.html);
    assert!(t.contains("Connexion à ameli.fr"), "{t}");
    assert!(t.contains("Se connecter"));
    assert!(t.contains("Numéro de sécurité sociale provisoire"), "{t}");
    // Every field has its label.
    assert_eq!(
        login.html.matches("<input id=").count(),
        login.html.matches("<label for=").count()
    );
}

#[test]
fn several_given_names_and_born_abroad_come_through() {
    let (_server, client) = practice();
    for (account, given, country, place) in [
        (1, "Angela Claire Louise", "99100", "75107"),
        (2, "Oksana", "99155", ""),
    ] {
        let (n, rx) = notify();
        let pending = client.begin(Some("impots"), "fr", pages(), n).unwrap();
        let mut browser = FormBrowser::default();
        browser.practice_journey(&pending.url, None, account);
        let identity = client
            .finish(&pending, rx.recv_timeout(Duration::from_secs(5)).unwrap())
            .unwrap()
            .identity;
        assert_eq!(identity.given_name, given);
        assert_eq!(identity.birthcountry, country);
        assert_eq!(identity.birthplace, place);
        assert_eq!(identity.born_abroad(), country != "99100");
    }
}

#[test]
fn a_temporary_number_fails_as_the_register_would() {
    let (_server, client) = practice();
    let (n, rx) = notify();
    let pending = client.begin(None, "en", pages(), n).unwrap();
    let mut browser = FormBrowser::default();
    let mut page = browser.get(&pending.url);
    page = browser.submit(&page, &forms(&page.html)[0], None);
    page = browser.submit(&page, &forms(&page.html)[3], None);
    assert_eq!(page.status, 403);
    assert!(text(&page.html).contains("Un problème lié à vos données d'identité"));
    assert!(text(&page.html).contains("Y010008"));
    browser.submit(&page, &forms(&page.html)[0], None);
    let answer = rx.recv_timeout(Duration::from_secs(5)).unwrap();
    let err = client.finish(&pending, answer).err().unwrap();
    assert_eq!(
        err,
        LoginError::Refused {
            why: ProviderRefusal::IdentityNotFound,
            code: Some("Y010008".into())
        }
    );
}

#[test]
fn an_unknown_idp_hint_comes_back_as_invalid_idp_hint() {
    let (_server, client) = practice();
    let (n, rx) = notify();
    let pending = client.begin(Some("nope"), "fr", pages(), n).unwrap();
    FormBrowser::default().get(&pending.url);
    let err = client
        .finish(&pending, rx.recv_timeout(Duration::from_secs(5)).unwrap())
        .err()
        .unwrap();
    assert_eq!(err.id(), "invalid-idp-hint");
}

#[test]
fn single_sign_on_skips_the_password_until_logout() {
    let (_server, client) = practice();
    let mut browser = FormBrowser::default();
    let (n, rx) = notify();
    let first = client.begin(None, "fr", pages(), n).unwrap();
    browser.practice_journey(&first.url, None, 1);
    let connection = client
        .finish(&first, rx.recv_timeout(Duration::from_secs(5)).unwrap())
        .unwrap();

    let (n, _rx2) = notify();
    let second = client.begin(None, "fr", pages(), n).unwrap();
    let welcome = browser.get(&second.url);
    assert!(
        text(&welcome.html).contains("Bienvenue Angela Claire Louise DUBOIS"),
        "{}",
        text(&welcome.html)
    );
    assert!(!welcome.html.contains("type=\"password\""));

    let (n, logout_rx) = notify();
    let (url, _listener) = client.logout(&connection.id_token, pages(), n).unwrap();
    let back = browser.get(&url);
    assert_eq!(back.html, "done");
    assert!(logout_rx.recv_timeout(Duration::from_secs(5)).is_ok());
    let (n, _rx3) = notify();
    let third = client.begin(None, "fr", pages(), n).unwrap();
    assert!(
        browser.get(&third.url).html.contains("/idp\""),
        "after logout the choice comes back"
    );
}

#[test]
fn right_to_left_translations_are_marked_for_the_browser() {
    let (_server, client) = practice();
    let (n, _rx) = notify();
    let pending = client.begin(None, "ar", pages(), n).unwrap();
    let page = FormBrowser::default().get(&pending.url);
    assert!(page.html.contains("lang=\"ar\" dir=\"rtl\""), "{}", page.html);
    assert!(text(&page.html).contains("أختار حسابًا"), "{}", text(&page.html));
}
