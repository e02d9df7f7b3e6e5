//! The practice provider in a real text browser (lynx in tmux), as a person
//! on a text console uses it: the whole journey by pressing Enter.
//! Skipped, saying so, where lynx or tmux is not installed.

mod support;

use fcguide::i18n::Catalog;
use fcguide::oidc::callback::{CallbackParams, Listener, Notify, Pages};
use fcguide::practice::{PracticeServer, Settings};
use std::sync::Arc;
use std::sync::mpsc::channel;
use std::time::Duration;
use support::Terminal;

#[test]
fn lynx_goes_through_the_practice_by_pressing_enter() {
    if !Terminal::available() {
        return;
    }
    if std::process::Command::new("lynx").arg("-version").output().is_err() {
        eprintln!("SKIPPED: lynx is not installed (.ci/run installs it)");
        return;
    }
    let server = PracticeServer::start(Settings::default(), Arc::new(Catalog::load())).unwrap();
    let (tx, rx) = channel::<CallbackParams>();
    let notify: Notify = Arc::new(move |p| tx.send(p).unwrap());
    let pages = Pages {
        done: "<p>Done</p>".into(),
        failed: "failed".into(),
        refused: "refused".into(),
    };
    let registered = url::Url::parse(&server.redirect_uri).unwrap();
    let listener = Listener::start(Some(&registered), "/callback", "state-lynx".into(), pages, notify).unwrap();
    let mut url = url::Url::parse(&format!("{}/authorize", server.issuer)).unwrap();
    url.query_pairs_mut().extend_pairs([
        ("response_type", "code"),
        ("client_id", "fcguide-practice"),
        ("redirect_uri", listener.redirect_uri.as_str()),
        ("scope", "openid given_name"),
        ("state", "state-lynx"),
        ("nonce", "a-nonce-long-enough-for-franceconnect"),
        ("acr_values", "eidas1"),
        ("ui_locales", "uk"),
    ]);
    let home = std::env::temp_dir().join(format!("fcguide-lynx-{}", std::process::id()));
    std::fs::create_dir_all(&home).unwrap();
    let term = Terminal::start(
        "lynx",
        &format!("env HOME={} lynx -accept_all_cookies '{url}'; sleep 30", home.display()),
    );
    term.wait_for("Choisissez un compte pour vous connecter");
    // The first provider is focused: Enter chooses it.
    term.keys(&["Enter"]);
    term.wait_for("Connexion à impots.gouv.fr");
    // Enter moves through the filled-in username and password, then presses "Se connecter".
    term.keys(&["Enter"]);
    term.wait_for("Password entry field");
    term.keys(&["Enter"]);
    term.wait_for("Form submit button");
    term.keys(&["Enter"]);
    let last = term.wait_for("Vous allez vous connecter en tant que");
    assert!(last.contains("Jean MARTIN"), "{last}");
    assert!(last.contains("Continuer sur fcguide"), "{last}");
    term.keys(&["Enter"]);
    let answer = match rx.recv_timeout(Duration::from_secs(20)) {
        Ok(a) => a,
        Err(_) => panic!("lynx never came back to the callback:\n{}", term.screen()),
    };
    assert!(answer.code.is_some(), "{answer:?}");
    assert_eq!(answer.state.as_deref(), Some("state-lynx"));
    let _ = std::fs::remove_dir_all(&home);
}
