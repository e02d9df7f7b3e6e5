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
    practice_with(Settings::default(), None)
}

/// The relying party under FranceConnect's rules, on the one registered address.
fn practice_with(settings: Settings, idp_hint: Option<&str>) -> (PracticeServer, Client) {
    let server = PracticeServer::start(settings, Arc::new(Catalog::load())).unwrap();
    let mut config = Config::franceconnect(
        &server.issuer,
        server.client_id.clone(),
        Some(Zeroizing::new(server.client_secret.clone())),
    );
    config.redirect_uri = Some(url::Url::parse(&server.redirect_uri).unwrap());
    config.idp_hint = idp_hint.map(String::from);
    let client = Client::discover(config).unwrap();
    (server, client)
}

fn catalog_text(tag: &str, id: &str) -> String {
    Catalog::load().text(tag, id, &[])
}

fn pages() -> Pages {
    Pages {
        done: "done".into(),
        failed: "failed".into(),
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
    let pending = client.begin(true, "uk", pages(), n).unwrap();
    assert!(pending.url.contains("acr_values=eidas1"));
    assert!(pending.url.contains("prompt=login+consent"));
    // FranceConnect's front door refuses PKCE's parameters, whatever its discovery says.
    assert!(!pending.url.contains("code_challenge"), "{}", pending.url);
    assert!(
        !pending.url.contains("idp_hint"),
        "the choice of account is a page the person meets"
    );
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
    // The platform's shape: 64 hex characters and "v1".
    assert_eq!(connection.identity.sub.len(), 66);
    assert!(connection.identity.sub.ends_with("v1"));
}

#[test]
fn pages_are_french_with_the_translation_under_each_label() {
    let (_server, client) = practice();
    let (n, _rx) = notify();
    let pending = client.begin(true, "uk", pages(), n).unwrap();
    let mut browser = FormBrowser::default();
    let choose = browser.get(&pending.listener.short_url);
    assert_eq!(choose.status, 200);
    assert!(choose.html.contains("<html lang=\"fr\">"));
    let t = text(&choose.html);
    assert!(t.contains("Connexion en cours sur fcguide"), "{t}");
    assert!(t.contains("Choisissez un compte pour vous connecter :"), "{t}");
    assert!(t.contains(&catalog_text("uk", "practice-choose-title")), "{t}");
    assert!(t.contains("Revenir sur fcguide"), "{t}");
    assert!(
        t.contains("Vous êtes un aidant professionnel ? Utiliser Aidants Connect"),
        "{t}"
    );
    assert!(!t.contains("Je choisis un compte"), "2022's words: {t}");
    assert!(
        choose
            .html
            .contains("<title>Connexion - Choix du compte - FranceConnect")
    );
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
        "TrustMe",
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
    let (_server, client) = practice_with(Settings::default(), Some("impots"));
    for (account, given, country, place) in [
        (1, "Angela Claire Louise", "99100", "75107"),
        (2, "Oksana", "99155", ""),
    ] {
        let (n, rx) = notify();
        let pending = client.begin(true, "fr", pages(), n).unwrap();
        let mut browser = FormBrowser::default();
        browser.practice_journey(&pending.listener.short_url, None, account);
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
    let pending = client.begin(true, "en", pages(), n).unwrap();
    let mut browser = FormBrowser::default();
    let mut page = browser.get(&pending.listener.short_url);
    page = browser.submit(&page, &forms(&page.html)[0], None);
    page = browser.submit(&page, &forms(&page.html)[3], None);
    assert_eq!(page.status, 403);
    // The platform's error page, as the person will see it.
    let t = text(&page.html);
    for words in [
        "Une erreur s’est produite",
        "Erreur Y010008",
        "Que faire ?",
        "Contactez-nous",
        "Merci de consulter notre page d’aide FranceConnect.",
        "Revenir sur fcguide",
    ] {
        assert!(t.contains(words), "{words}: {t}");
    }
    assert!(page.html.contains("<title>Erreur de connexion - FranceConnect"));
    browser.submit(&page, &forms(&page.html)[0], None);
    // Going back tells the service only that the person did not connect: no Y code.
    let answer = rx.recv_timeout(Duration::from_secs(5)).unwrap();
    assert_eq!(answer.error.as_deref(), Some("access_denied"));
    assert_eq!(answer.error_description.as_deref(), Some("user authentication aborted"));
    let err = client.finish(&pending, answer).err().unwrap();
    assert_eq!(
        err,
        LoginError::Refused {
            why: ProviderRefusal::AccessDenied,
            code: None
        }
    );
}

#[test]
fn an_unknown_idp_hint_comes_back_as_invalid_idp_hint() {
    let (_server, client) = practice_with(Settings::default(), Some("nope"));
    let (n, rx) = notify();
    let pending = client.begin(true, "fr", pages(), n).unwrap();
    FormBrowser::default().get(&pending.listener.short_url);
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
    let first = client.begin(true, "fr", pages(), n).unwrap();
    browser.practice_journey(&first.listener.short_url, None, 1);
    let connection = client
        .finish(&first, rx.recv_timeout(Duration::from_secs(5)).unwrap())
        .unwrap();
    // One registered address: the next attempt listens where this one did.
    drop(first);

    let (n, _rx2) = notify();
    let second = client.begin(true, "fr", pages(), n).unwrap();
    let last = browser.get(&second.listener.short_url);
    drop(second);
    let t = text(&last.html);
    assert!(
        t.contains("Vous allez vous connecter en tant que :") && t.contains("Angela Claire Louise DUBOIS"),
        "{t}"
    );
    assert!(t.contains("Continuer sur fcguide"), "{t}");
    assert!(!t.contains("Bienvenue"), "{t}");
    assert!(!last.html.contains("type=\"password\""));

    let (n, logout_rx) = notify();
    let (url, listener) = client.logout(&connection.id_token, pages(), n).unwrap();
    let back = browser.get(&url);
    assert_eq!(back.html, "done");
    assert!(logout_rx.recv_timeout(Duration::from_secs(5)).is_ok());
    drop(listener);
    let (n, _rx3) = notify();
    let third = client.begin(true, "fr", pages(), n).unwrap();
    assert!(
        browser.get(&third.listener.short_url).html.contains("/idp\""),
        "after logout the choice comes back"
    );
}

#[test]
fn right_to_left_translations_are_marked_for_the_browser() {
    let (_server, client) = practice();
    let (n, _rx) = notify();
    let pending = client.begin(true, "ar", pages(), n).unwrap();
    let page = FormBrowser::default().get(&pending.listener.short_url);
    assert!(page.html.contains("lang=\"ar\" dir=\"rtl\""), "{}", page.html);
    assert!(
        text(&page.html).contains(&catalog_text("ar", "practice-choose-title")),
        "{}",
        text(&page.html)
    );
}

#[test]
fn the_box_to_tick_is_asked_for_when_the_service_wants_it() {
    let settings = Settings {
        consent_box: true,
        ..Settings::default()
    };
    let (_server, client) = practice_with(settings, Some("impots"));
    let (n, rx) = notify();
    let pending = client.begin(true, "fr", pages(), n).unwrap();
    let mut browser = FormBrowser::default();
    let login = browser.get(&pending.listener.short_url);
    let last = browser.submit(&login, &forms(&login.html)[0], None);
    let t = text(&last.html);
    assert!(
        t.contains("J’accepte que FranceConnect transmette mes données au service pour me connecter"),
        "{t}"
    );
    // Without the box ticked, the page asks again.
    let again = browser.submit(&last, &forms(&last.html)[0], None);
    assert_eq!(again.status, 400);
    assert!(
        text(&again.html).contains("Veuillez cocher la case"),
        "{}",
        text(&again.html)
    );
    assert!(rx.try_recv().is_err());
}
