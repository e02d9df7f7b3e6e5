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

/// The practice provider's id for a provider, as the platform's `idp_hint` takes it.
fn uid(id: &str) -> &'static str {
    fcguide::idps::by_id(id).unwrap().practice_uid
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
    // The platform's names, in its order.
    let mut at = 0;
    for idp in [
        "impots.gouv.fr",
        "Ameli.fr",
        "L'Identité Numérique La Poste",
        "MSA",
        "YRIS",
        "France Identité",
        "TrustMe",
    ] {
        let found = t[at..]
            .find(idp)
            .unwrap_or_else(|| panic!("{idp} after position {at}: {t}"));
        at += found + idp.len();
    }
    let login = browser.submit(&choose, &forms(&choose.html)[0], Some("Ameli.fr"));
    let t = text(&login.html);
    assert!(t.contains("Connexion à Ameli.fr"), "{t}");
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
    let (_server, client) = practice_with(Settings::default(), Some(uid("impots")));
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
    // The platform's order: the code, « Que faire ? », then the code's own message.
    let mut at = 0;
    for words in [
        "Une erreur s’est produite",
        "Erreur Y010008",
        "Que faire ?",
        "Merci de consulter notre page d’aide FranceConnect.",
        "Contactez-nous",
        "Revenir sur fcguide",
    ] {
        let found = t[at..]
            .find(words)
            .unwrap_or_else(|| panic!("{words} after position {at}: {t}"));
        at += found + words.len();
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
    let (_server, client) = practice_with(settings, Some(uid("impots")));
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

#[test]
fn an_expired_journey_says_so_without_contactez_nous() {
    let (server, _client) = practice();
    let page = FormBrowser::default().get(&format!("{}/interaction/gone", server.issuer));
    assert_eq!(page.status, 400);
    let t = text(&page.html);
    let expired = "Votre session a expiré ou est invalide, fermez l’onglet de votre navigateur et reconnectez-vous.";
    let (code, what, message) = (
        t.find("Erreur Y190001").unwrap(),
        t.find("Que faire ?").unwrap(),
        t.find(expired).unwrap_or_else(|| panic!("{t}")),
    );
    assert!(code < what && what < message, "{t}");
    assert!(
        !t.contains("Contactez-nous"),
        "the platform offers no contact for Y190001: {t}"
    );
}

#[test]
fn the_hint_takes_only_the_platforms_ids() {
    // This program's own name for a provider is not the platform's id.
    let (_server, client) = practice_with(Settings::default(), Some("impots"));
    let (n, rx) = notify();
    let pending = client.begin(true, "fr", pages(), n).unwrap();
    FormBrowser::default().get(&pending.listener.short_url);
    let err = client
        .finish(&pending, rx.recv_timeout(Duration::from_secs(5)).unwrap())
        .err()
        .unwrap();
    assert_eq!(err.id(), "invalid-idp-hint");
    drop((pending, client, _server));
    // Its id goes straight to that provider's login page.
    let (_server, client) = practice_with(Settings::default(), Some(uid("impots")));
    let (n, _rx) = notify();
    let pending = client.begin(true, "fr", pages(), n).unwrap();
    let page = FormBrowser::default().get(&pending.listener.short_url);
    assert!(text(&page.html).contains("Connexion à impots.gouv.fr"), "{}", page.html);
}

#[test]
fn going_back_from_the_choice_of_account_says_user_auth_aborted() {
    let (_server, client) = practice();
    let (n, rx) = notify();
    let pending = client.begin(true, "fr", pages(), n).unwrap();
    let mut browser = FormBrowser::default();
    let choose = browser.get(&pending.listener.short_url);
    let back = forms(&choose.html)
        .into_iter()
        .find(|f| f.action.ends_with("/abort"))
        .expect("« Revenir sur … »");
    browser.submit(&choose, &back, None);
    let answer = rx.recv_timeout(Duration::from_secs(5)).unwrap();
    assert_eq!(answer.error.as_deref(), Some("access_denied"));
    assert_eq!(answer.error_description.as_deref(), Some("User auth aborted"));
}

#[test]
fn cancelling_at_the_provider_brings_back_the_choice_with_the_banner_and_nothing_for_the_service() {
    let (_server, client) = practice();
    let (n, rx) = notify();
    let pending = client.begin(true, "uk", pages(), n).unwrap();
    let mut browser = FormBrowser::default();
    let choose = browser.get(&pending.listener.short_url);
    let login = browser.submit(&choose, &forms(&choose.html)[0], Some("MSA"));
    let cancel = forms(&login.html)
        .into_iter()
        .find(|f| f.action.ends_with("/cancel"))
        .expect("the provider's own cancel button");
    assert!(text(&login.html).contains("Annuler"), "{}", text(&login.html));
    let back = browser.submit(&login, &cancel, None);
    assert_eq!(back.status, 200);
    let t = text(&back.html);
    assert!(
        t.contains(
            "La connexion à MSA n’a pas été possible. Veuillez réessayer ou choisir un autre moyen de connexion."
        ),
        "{t}"
    );
    assert!(t.contains("Choisissez un compte pour vous connecter :"), "{t}");
    assert!(
        back.html
            .contains("<title>Erreur lors du choix du compte - FranceConnect")
    );
    assert!(back.html.contains("role=\"alert\""));
    // Nothing reaches the service; the journey goes on from the choice.
    assert!(rx.recv_timeout(Duration::from_millis(300)).is_err());
    let login = browser.submit(&back, &forms(&back.html)[0], Some("impots.gouv.fr"));
    let next = browser.submit(&login, &forms(&login.html)[0], None);
    let last = browser.submit(&next, &forms(&next.html)[0], None);
    assert_eq!(last.html, "done");
    let identity = client
        .finish(&pending, rx.recv_timeout(Duration::from_secs(5)).unwrap())
        .unwrap()
        .identity;
    assert_eq!(identity.family_name, "MARTIN");
}

/// In plain mode, in a terminal: the person cancels at the provider and the
/// page shows the banner; the assistant, still waiting, explains it when
/// asked, and the journey goes on from that page.
#[test]
fn the_assistant_explains_the_banner_while_it_waits() {
    if !support::Terminal::available() {
        return;
    }
    let recorder = support::Recorder::new("banner");
    let dir = recorder.dir.display();
    let command = format!(
        "env -u FCGUIDE_CLIENT_ID -u FCGUIDE_CLIENT_SECRET BROWSER={} HOME={dir} ALL_PROXY=http://127.0.0.1:9 {} --plain --lang en; sleep 30",
        recorder.script.display(),
        env!("CARGO_BIN_EXE_fcguide")
    );
    let t = support::Terminal::start("banner", &command);
    // Whitespace apart: long lines wrap at 80 columns.
    let said = |words: &str| {
        let flat = |s: &str| s.split_whitespace().collect::<String>();
        let deadline = std::time::Instant::now() + Duration::from_secs(20);
        loop {
            let screen = t.screen();
            if flat(&screen).contains(&flat(words)) {
                return screen;
            }
            assert!(std::time::Instant::now() < deadline, "never said {words:?}:\n{screen}");
            std::thread::sleep(Duration::from_millis(50));
        }
    };
    said("Choice (Enter alone: Continue)");
    t.keys(&["Enter"]);
    said("4. MSA");
    t.keys(&["4", "Enter"]);
    let url = recorder.nth(0);
    let mut browser = FormBrowser::default();
    let choose = browser.get(&url);
    let login = browser.submit(&choose, &forms(&choose.html)[0], Some("MSA"));
    let cancel = forms(&login.html)
        .into_iter()
        .find(|f| f.action.ends_with("/cancel"))
        .unwrap();
    let banner = browser.submit(&login, &cancel, None);
    assert!(text(&banner.html).contains("La connexion à MSA n’a pas été possible."));
    // While the browser is out, plain mode names the default only; `h` lists the menu.
    t.keys(&["h", "Enter"]);
    said(&Catalog::load().text("en", "choice-not-possible", &[]));
    t.keys(&["4", "Enter"]);
    said("the connection with MSA did not finish");
    said("Nothing was sent to the service");
    // Still waiting: the same page goes on to a connection.
    let login = browser.submit(&banner, &forms(&banner.html)[0], Some("MSA"));
    let next = browser.submit(&login, &forms(&login.html)[0], None);
    browser.submit(&next, &forms(&next.html)[0], None);
    let screen = said("MARTIN");
    // The explanation was about the wait: the next step does not repeat it.
    let step5 = &screen[screen.find("Step 5 of 6").expect("step 5")..];
    assert!(!step5.contains("did not finish"), "{screen}");
}

/// A wrong client secret is the registration's: its own error, never "try again".
#[test]
fn a_wrong_secret_says_the_client_id_or_secret_is_wrong() {
    let server = PracticeServer::start(Settings::default(), Arc::new(Catalog::load())).unwrap();
    let mut config = Config::franceconnect(
        &server.issuer,
        server.client_id.clone(),
        Some(Zeroizing::new("not-the-secret".into())),
    );
    config.redirect_uri = Some(url::Url::parse(&server.redirect_uri).unwrap());
    let client = Client::discover(config).unwrap();
    let (n, rx) = notify();
    let pending = client.begin(true, "en", pages(), n).unwrap();
    FormBrowser::default().practice_journey(&pending.listener.short_url, None, 0);
    let err = client
        .finish(&pending, rx.recv_timeout(Duration::from_secs(5)).unwrap())
        .err()
        .unwrap();
    assert_eq!(err, LoginError::ClientRejected);
    let catalog = Catalog::load();
    for lang in catalog.tags() {
        let next = catalog.text(&lang, &format!("error-{}-next", err.id()), &[]);
        assert_ne!(next, catalog.text(&lang, "error-token-endpoint-next", &[]), "{lang}");
        assert!(next.to_lowercase().contains("client id"), "{lang}: {next}");
    }
    let en = catalog.text("en", "error-client-rejected-next", &[]);
    assert!(
        !en.contains("straight away") && en.contains("will not change anything"),
        "{en}"
    );
    // The assistant offers no retry that cannot work.
    let mut state = fcguide::flow::State::new(vec!["en".into()], "en".into(), true);
    state.step = fcguide::flow::Step::Authenticate;
    state.login = fcguide::flow::Login::Failed(err);
    assert_eq!(state.actions(), vec![fcguide::flow::Action::Quit]);
}

/// The secret file's messages give its path; a link is refused as a link.
#[cfg(unix)]
#[test]
fn the_secret_files_messages_name_the_file() {
    use std::os::unix::fs::PermissionsExt;
    let recorder = support::Recorder::new("secret-file");
    let dir = recorder.dir.join(".config").join("fcguide");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("client_secret");
    let run = |lang: &str| {
        let out = support::fcguide(
            &[
                "--plain",
                "--lang",
                lang,
                "--issuer",
                "https://fcp-low.sbx.dev-franceconnect.fr/api/v2",
                "--client-id",
                "x",
                "--redirect-uri",
                "http://localhost:8400/callback",
            ],
            &recorder,
        )
        .env_remove("XDG_CONFIG_HOME")
        .stderr(std::process::Stdio::piped())
        .output()
        .unwrap();
        (out.status.code(), String::from_utf8_lossy(&out.stderr).to_string())
    };
    std::fs::write(&file, "s3cret\n").unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
    let (code, err) = run("en");
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains(&format!("secret file ({})", file.display())), "{err}");
    assert!(err.contains(&format!("chmod 600 {}", file.display())), "{err}");
    assert!(!err.contains("s3cret"), "never the secret itself");
    // A link, even to a good file, is named as a link.
    let real = recorder.dir.join("real_secret");
    std::fs::rename(&file, &real).unwrap();
    std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o600)).unwrap();
    std::os::unix::fs::symlink(&real, &file).unwrap();
    let (code, err) = run("fr");
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("est un lien symbolique"), "{err}");
    assert!(err.contains(&file.display().to_string()), "{err}");
}
