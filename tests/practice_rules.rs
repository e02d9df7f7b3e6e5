//! The practice provider holds FranceConnect's rules, and answers bad input
//! with the proper OAuth error, never a crash.

mod support;

use fcguide::i18n::Catalog;
use fcguide::oidc::callback::{CallbackParams, Notify, Pages};
use fcguide::oidc::client::Client;
use fcguide::oidc::config::Config;
use fcguide::practice::{PracticeServer, Settings};
use serde_json::Value;
use std::sync::Arc;
use std::sync::mpsc::channel;
use std::time::Duration;
use support::{FormBrowser, Response, agent, header};
use zeroize::Zeroizing;

fn server(settings: Settings) -> PracticeServer {
    PracticeServer::start(settings, Arc::new(Catalog::load())).unwrap()
}

/// Status, Location and body of any answer.
fn call(r: Result<Response, ureq::Error>) -> (u16, Option<String>, String) {
    let mut r = r.unwrap_or_else(|e| panic!("{e}"));
    let location = header(&r, "Location");
    let body = r.body_mut().read_to_string().unwrap_or_default();
    (r.status().as_u16(), location, body)
}

fn authorize(s: &PracticeServer, params: &[(&str, &str)]) -> (u16, Option<String>, String) {
    let mut url = url::Url::parse(&format!("{}/authorize", s.issuer)).unwrap();
    url.query_pairs_mut().extend_pairs(params);
    call(agent().get(url.as_str()).call())
}

const NONCE: &str = "a-nonce-long-enough-for-franceconnect";

fn good(s: &PracticeServer) -> Vec<(&str, &str)> {
    vec![
        ("response_type", "code"),
        ("client_id", "fcguide-practice"),
        ("redirect_uri", s.redirect_uri.as_str()),
        ("scope", "openid given_name"),
        ("state", "state-1"),
        ("nonce", NONCE),
        ("acr_values", "eidas1"),
    ]
}

fn with<'a>(s: &'a PracticeServer, key: &str, value: Option<&'a str>) -> Vec<(&'a str, &'a str)> {
    let mut p: Vec<(&str, &str)> = good(s).into_iter().filter(|(k, _)| *k != key).collect();
    if let Some(v) = value {
        let k: &'static str = Box::leak(key.to_string().into_boxed_str());
        p.push((k, v));
    }
    p
}

fn error_of(location: &Option<String>) -> String {
    let url = url::Url::parse(location.as_ref().expect("redirect")).unwrap();
    url.query_pairs()
        .find(|(k, _)| k == "error")
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default()
}

#[test]
fn discovery_and_keys_look_like_franceconnect() {
    let s = server(Settings::default());
    assert!(s.issuer.starts_with("http://127.0.0.1:"), "loopback only");
    let (status, _, body) = call(
        agent()
            .get(&format!("{}/.well-known/openid-configuration", s.issuer))
            .call(),
    );
    assert_eq!(status, 200);
    let doc: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(doc["issuer"], s.issuer.as_str());
    assert_eq!(doc["id_token_signing_alg_values_supported"][0], "ES256");
    assert_eq!(doc["userinfo_signing_alg_values_supported"][0], "ES256");
    assert_eq!(doc["token_endpoint_auth_methods_supported"][0], "client_secret_post");
    assert!(doc["end_session_endpoint"].as_str().unwrap().ends_with("/session/end"));
    let (_, _, jwks) = call(agent().get(&format!("{}/jwks", s.issuer)).call());
    let jwks: Value = serde_json::from_str(&jwks).unwrap();
    let key = &jwks["keys"][0];
    assert_eq!((key["kty"].as_str(), key["crv"].as_str()), (Some("EC"), Some("P-256")));
    assert!(key.get("d").is_none(), "the private part never leaves");
}

/// The platform's error page with « Erreur {code} », and nothing sent back.
fn assert_page(s: &PracticeServer, params: &[(&str, &str)], code: &str) -> String {
    let (status, location, body) = authorize(s, params);
    assert_eq!((status, location), (400, None), "{params:?}");
    let t = support::text(&body);
    assert!(
        t.contains("Une erreur s’est produite") && t.contains(&format!("Erreur {code}")),
        "{params:?}: {t}"
    );
    assert!(!t.contains("Revenir sur"), "no way back from a bad request: {t}");
    t
}

fn assert_refused_on_the_platform(s: &PracticeServer, params: &[(&str, &str)]) {
    let t = assert_page(s, params, "Y030007");
    assert!(
        t.contains("Une erreur technique est survenue, fermez l’onglet de votre navigateur et reconnectez-vous."),
        "{t}"
    );
}

/// An `error=` sent back to the service's registered address, with `state` and `iss`.
fn assert_sent_back(s: &PracticeServer, params: &[(&str, &str)], error: &str) {
    let (status, location, _) = authorize(s, params);
    assert_eq!(status, 302, "{params:?}");
    assert_eq!(error_of(&location), error, "{params:?}");
    let location = location.unwrap();
    assert!(location.starts_with(&s.redirect_uri), "{location}");
    assert!(location.contains("iss=") && location.contains("state="), "{location}");
}

fn assert_accepted(s: &PracticeServer, params: &[(&str, &str)]) {
    let (status, location, body) = authorize(s, params);
    assert_eq!(status, 302, "{params:?}: {body}");
    assert!(location.unwrap().contains("/interaction/"), "{params:?}");
}

#[test]
fn authorize_enforces_the_platform_rules() {
    let s = server(Settings::default());
    let long_challenge = "x".repeat(43);
    for params in [
        with(&s, "state", None),
        with(&s, "nonce", None),
        with(&s, "nonce", Some("too-short")),
        with(&s, "acr_values", None),
        with(&s, "client_id", None),
        with(&s, "redirect_uri", None),
        with(&s, "prompt", Some("none")),
        with(&s, "prompt", Some("select_account")),
        // An empty or repeated `prompt` fails the request's shape.
        with(&s, "prompt", Some("")),
        with(&s, "prompt", Some("login login")),
        // Parameters off the platform's list, PKCE's included.
        with(&s, "code_challenge", Some(&long_challenge)),
        with(&s, "code_challenge_method", Some("S256")),
        with(&s, "response_mode", Some("query")),
    ] {
        assert_refused_on_the_platform(&s, &params);
    }
    // A parameter given twice, whichever it is.
    for (key, value) in [("state", "state-2"), ("prompt", "login"), ("ui_locales", "uk")] {
        let mut twice = with(&s, key, Some(value));
        twice.push((key, value));
        assert_refused_on_the_platform(&s, &twice);
    }
    // Every listed parameter is accepted; empty `state` and `acr_values`,
    // unknown scopes and levels too (an unknown level becomes eidas1).
    for params in [
        good(&s),
        with(&s, "acr_values", Some("some-level")),
        with(&s, "acr_values", Some("")),
        with(&s, "state", Some("")),
        with(&s, "prompt", Some("login consent")),
        with(&s, "prompt", Some("login none")),
        with(&s, "prompt", Some("consent")),
        with(&s, "scope", Some("openid everything")),
        with(&s, "scope", Some("openid amr idp_id idp_birthdate profile")),
        with(&s, "claims", Some("{}")),
        with(&s, "ui_locales", Some("uk")),
    ] {
        assert_accepted(&s, &params);
    }
}

#[test]
fn an_unknown_client_and_an_unregistered_address_get_the_platforms_own_codes() {
    let s = server(Settings::default());
    let communication =
        "Une erreur de communication avec le fournisseur de service est survenue. Veuillez réessayer ultérieurement.";
    let t = assert_page(&s, &with(&s, "client_id", Some("who")), "Y04EA6EF");
    assert!(t.contains(communication), "{t}");
    // Exactly the registered address: another loopback port is no exception.
    let other_path = s.redirect_uri.replace("/callback", "/other");
    let mut url = url::Url::parse(&s.redirect_uri).unwrap();
    url.set_port(Some(url.port().unwrap().wrapping_add(1).max(1024)))
        .unwrap();
    let moved = url.to_string();
    for bad in [
        other_path.as_str(),
        moved.as_str(),
        "http://evil.example/callback",
        "https://127.0.0.1/callback",
    ] {
        let t = assert_page(&s, &with(&s, "redirect_uri", Some(bad)), "Y04C013C");
        assert!(t.contains(communication), "{t}");
    }
    // The request's shape is checked first.
    let mut both = with(&s, "client_id", Some("who"));
    both.push(("nonce_extra", "1"));
    assert_page(&s, &both, "Y030007");
}

#[test]
fn the_openid_rules_send_the_error_back_to_the_service() {
    let s = server(Settings::default());
    assert_sent_back(
        &s,
        &with(&s, "response_type", Some("token")),
        "unsupported_response_type",
    );
    assert_sent_back(&s, &with(&s, "scope", Some("given_name")), "invalid_request");
    assert_sent_back(&s, &with(&s, "acr_values", Some("eidas2")), "invalid_acr");
    assert_sent_back(&s, &with(&s, "acr_values", Some("eidas3")), "invalid_acr");
    // Only the platform's ids: this program's own names for providers are refused.
    for hint in ["nope", "ameli", "Ameli.fr"] {
        assert_sent_back(&s, &with(&s, "idp_hint", Some(hint)), "invalid_idp_hint");
    }
    let uid = fcguide::idps::by_id("ameli").unwrap().practice_uid;
    let (status, _, body) = authorize(&s, &with(&s, "idp_hint", Some(uid)));
    assert_eq!(status, 200);
    assert!(support::text(&body).contains("Connexion à Ameli.fr"));
}

/// Runs the journey with a real listener on the registered address and
/// returns the callback's parameters.
fn code_for(s: &PracticeServer) -> (CallbackParams, String) {
    code_with(s, &good(s), 0)
}

/// The same with these parameters, for this practice account.
fn code_with(s: &PracticeServer, params: &[(&str, &str)], account: usize) -> (CallbackParams, String) {
    let mut config = Config::franceconnect(
        &s.issuer,
        s.client_id.clone(),
        Some(Zeroizing::new(s.client_secret.clone())),
    );
    config.redirect_uri = Some(url::Url::parse(&s.redirect_uri).unwrap());
    let _ = Client::discover(config).unwrap();
    let (tx, rx) = channel();
    let notify: Notify = Arc::new(move |p| tx.send(p).unwrap());
    let registered = url::Url::parse(&s.redirect_uri).unwrap();
    let listener = fcguide::oidc::callback::Listener::start(
        Some(&registered),
        "/callback",
        "state-1".into(),
        Pages {
            done: "done".into(),
            failed: "failed".into(),
            refused: "refused".into(),
        },
        notify,
    )
    .unwrap();
    let redirect = listener.redirect_uri.clone();
    let mut url = url::Url::parse(&format!("{}/authorize", s.issuer)).unwrap();
    url.query_pairs_mut().extend_pairs(params);
    FormBrowser::default().practice_journey(url.as_str(), None, account);
    let params = rx.recv_timeout(Duration::from_secs(5)).unwrap();
    assert_eq!(
        params.iss.as_deref(),
        Some(s.issuer.as_str()),
        "RFC 9207 iss on the callback"
    );
    drop(listener);
    (params, redirect)
}

#[test]
fn a_flood_of_unfinished_journeys_never_locks_new_ones_out() {
    let s = server(Settings::default());
    let agent = agent();
    let mut url = url::Url::parse(&format!("{}/authorize", s.issuer)).unwrap();
    url.query_pairs_mut().extend_pairs(good(&s));
    for _ in 0..1500 {
        let (status, _, _) = call(agent.get(url.as_str()).call());
        assert_eq!(status, 302);
    }
    // A person's journey still goes through.
    let (cb, _) = code_for(&s);
    assert!(cb.code.is_some());
}

fn form(v: &[(String, String)]) -> Vec<(&str, &str)> {
    v.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect()
}

fn token(s: &PracticeServer, form: &[(&str, &str)]) -> (u16, Value) {
    let (status, _, body) = call(
        agent()
            .post(&format!("{}/token", s.issuer))
            .send_form(form.iter().copied()),
    );
    (status, serde_json::from_str(&body).unwrap_or(Value::Null))
}

#[test]
fn the_token_endpoint_checks_client_code_and_redirect() {
    let s = server(Settings::default());
    let verifier = "v".repeat(50);
    let (cb, redirect) = code_for(&s);
    let code = cb.code.unwrap();
    let base = |secret: &str, verifier: &str, redirect: &str| {
        let v: Vec<(String, String)> = vec![
            ("grant_type".into(), "authorization_code".into()),
            ("code".into(), code.clone()),
            ("redirect_uri".into(), redirect.into()),
            ("client_id".into(), "fcguide-practice".into()),
            ("client_secret".into(), secret.into()),
            ("code_verifier".into(), verifier.into()),
        ];
        v
    };

    // A wrong secret is refused before the code is spent.
    let (status, err) = token(&s, &form(&base("wrong", &verifier, &redirect)));
    assert_eq!((status, err["error"].as_str()), (401, Some("invalid_client")));
    // client_secret_basic is not what FranceConnect takes.
    let r = agent()
        .post(&format!("{}/token", s.issuer))
        .header("Authorization", "Basic Zm9vOmJhcg==")
        .send_form([("grant_type", "authorization_code"), ("code", &code)]);
    assert_eq!(call(r).0, 401);
    let (status, err) = token(
        &s,
        &form(&base(&s.client_secret, &verifier, "http://127.0.0.1:1/elsewhere")),
    );
    assert_eq!(
        (status, err["error"].as_str()),
        (400, Some("invalid_grant")),
        "another redirect_uri"
    );
    // The code was spent by that attempt: used once, whatever happened.
    let (status, err) = token(&s, &form(&base(&s.client_secret, &verifier, &redirect)));
    assert_eq!((status, err["error"].as_str()), (400, Some("invalid_grant")), "replay");

    let (cb, redirect) = code_for(&s);
    let code2 = cb.code.unwrap();
    let mut v = base(&s.client_secret, &verifier, &redirect);
    v[1].1 = code2.clone();
    let (status, ok) = token(&s, &form(&v));
    assert_eq!(status, 200, "{ok}");
    assert_eq!(ok["token_type"], "Bearer");
    assert_eq!(ok["expires_in"], 60);
    let (status, err) = token(&s, &form(&v));
    assert_eq!(
        (status, err["error"].as_str()),
        (400, Some("invalid_grant")),
        "a code works once"
    );
    let (status, err) = token(&s, &[("grant_type", "password")]);
    assert_eq!((status, err["error"].as_str()), (401, Some("invalid_client")));
}

/// The ID token's and userinfo's claims for a journey with `scope`.
fn claims_for(s: &PracticeServer, scope: &str, account: usize) -> (Value, Value) {
    let (cb, redirect) = code_with(s, &with(s, "scope", Some(scope)), account);
    let code = cb.code.expect("a code");
    let (status, tokens) = token(
        s,
        &[
            ("grant_type", "authorization_code"),
            ("code", &code),
            ("redirect_uri", &redirect),
            ("client_id", "fcguide-practice"),
            ("client_secret", &s.client_secret),
        ],
    );
    assert_eq!(status, 200, "{tokens}");
    let decode = |jwt: &str| fcguide::jws::Compact::parse(jwt).unwrap().claims().unwrap();
    let id_token = decode(tokens["id_token"].as_str().unwrap());
    let (status, _, body) = call(
        agent()
            .get(&format!("{}/userinfo", s.issuer))
            .header(
                "Authorization",
                &format!("Bearer {}", tokens["access_token"].as_str().unwrap()),
            )
            .call(),
    );
    assert_eq!(status, 200);
    (id_token, decode(&body))
}

#[test]
fn claims_are_released_as_the_platform_releases_them() {
    let s = server(Settings::default());
    let (id_token, userinfo) = claims_for(&s, "openid profile", 0);
    // `amr` only for a service that asks for it.
    assert!(id_token.get("amr").is_none(), "{id_token}");
    // `profile` brings `given_name_array`; no empty `preferred_username`.
    assert_eq!(userinfo["given_name_array"], serde_json::json!(["Jean"]));
    assert!(userinfo.get("preferred_username").is_none(), "{userinfo}");
    assert_eq!(userinfo["family_name"], "MARTIN");

    let (id_token, userinfo) = claims_for(&s, "openid profile amr idp_birthdate unknown_scope", 1);
    assert_eq!(id_token["amr"], serde_json::json!(["pwd"]));
    assert_eq!(
        userinfo["preferred_username"], "LEROY",
        "given when the provider has one"
    );
    assert_eq!(
        userinfo["given_name_array"],
        serde_json::json!(["Angela", "Claire", "Louise"])
    );
    assert_eq!(userinfo["idp_birthdate"], "1962-08-24");

    let (_, _, body) = call(
        agent()
            .get(&format!("{}/.well-known/openid-configuration", s.issuer))
            .call(),
    );
    let doc: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(doc["subject_types_supported"], serde_json::json!(["pairwise"]));
    for scope in ["amr", "idp_id", "idp_birthdate"] {
        assert!(
            doc["scopes_supported"].as_array().unwrap().iter().any(|v| v == scope),
            "{scope}"
        );
    }
}

/// `idp_id` is the platform's id of the provider the person signed in with.
#[test]
fn idp_id_names_the_provider_signed_in_with() {
    let s = server(Settings::default());
    let (_, userinfo) = claims_for(&s, "openid given_name idp_id", 0);
    // The journey presses the first provider: impots.gouv.fr.
    assert_eq!(userinfo["idp_id"], fcguide::idps::IDPS[0].practice_uid, "{userinfo}");
    let (_, userinfo) = claims_for(&s, "openid given_name", 0);
    assert!(userinfo.get("idp_id").is_none(), "only when asked: {userinfo}");
}

#[test]
fn codes_and_tokens_expire() {
    let s = server(Settings {
        code_ttl: Duration::from_millis(300),
        token_ttl: Duration::from_millis(300),
        ..Default::default()
    });
    let verifier = "w".repeat(50);
    let (cb, redirect) = code_for(&s);
    std::thread::sleep(Duration::from_millis(400));
    let (status, err) = token(
        &s,
        &[
            ("grant_type", "authorization_code"),
            ("code", &cb.code.unwrap()),
            ("redirect_uri", &redirect),
            ("client_id", "fcguide-practice"),
            ("client_secret", &s.client_secret),
            ("code_verifier", &verifier),
        ],
    );
    assert_eq!((status, err["error"].as_str()), (400, Some("invalid_grant")));
    let (status, _, _) = call(
        agent()
            .get(&format!("{}/userinfo", s.issuer))
            .header("Authorization", "Bearer nothing")
            .call(),
    );
    assert_eq!(status, 401);
    let (status, _, _) = call(agent().get(&format!("{}/userinfo", s.issuer)).call());
    assert_eq!(status, 401);
}

#[test]
fn malformed_and_oversized_requests_get_4xx() {
    let s = server(Settings::default());
    let long = format!("{}/authorize?x={}", s.issuer, "a".repeat(9000));
    assert_eq!(call(agent().get(&long).call()).0, 414);
    let big = "a".repeat(20_000);
    assert_eq!(
        call(agent().post(&format!("{}/token", s.issuer)).send(big.as_str())).0,
        413
    );
    let (status, _, _) = call(
        agent()
            .post(&format!("{}/token", s.issuer))
            .send(&[0xffu8, 0xfe, 0, 1, 2][..]),
    );
    assert!((400..500).contains(&status));
    assert_eq!(call(agent().get(&format!("{}/nothing", s.issuer)).call()).0, 404);
    assert_eq!(call(agent().delete(&format!("{}/token", s.issuer)).call()).0, 405);
    assert_eq!(
        call(agent().get(&format!("{}/interaction/unknown", s.issuer)).call()).0,
        400
    );
    assert_eq!(
        call(
            agent()
                .post(&format!("{}/interaction/unknown/login", s.issuer))
                .send("username=x")
        )
        .0,
        400
    );
    // Still alive after all that.
    assert_eq!(call(agent().get(&format!("{}/jwks", s.issuer)).call()).0, 200);
}

#[test]
fn a_wrong_password_shows_the_login_page_again() {
    let s = server(Settings::default());
    let mut browser = FormBrowser::default();
    let mut url = url::Url::parse(&format!("{}/authorize", s.issuer)).unwrap();
    let uid = fcguide::idps::by_id("ameli").unwrap().practice_uid;
    url.query_pairs_mut().extend_pairs(with(&s, "idp_hint", Some(uid)));
    let page = browser.get(url.as_str());
    let mut form = support::forms(&page.html)[0].clone();
    form.fields.iter_mut().find(|(k, _)| k == "password").unwrap().1 = "nope".into();
    let again = browser.submit(&page, &form, None);
    assert_eq!(again.status, 401);
    assert!(support::text(&again.html).contains("Identifiant ou mot de passe incorrect"));
    assert!(again.html.contains("role=\"alert\""));
}

/// What a text browser shows of the provider's pages, where one is installed.
#[test]
fn pages_read_well_in_text_browsers() {
    let s = server(Settings::default());
    let mut url = url::Url::parse(&format!("{}/authorize", s.issuer)).unwrap();
    url.query_pairs_mut().extend_pairs(with(&s, "ui_locales", Some("uk")));
    let uk = fcguide::i18n::Catalog::load().text("uk", "practice-choose-title", &[]);
    let mut ran = 0;
    for (browser, args) in [
        ("lynx", vec!["-dump", "-nolist", "-display_charset=utf-8"]),
        ("w3m", vec!["-dump", "-O", "UTF-8"]),
    ] {
        let Ok(out) = std::process::Command::new(browser)
            .args(&args)
            .arg(url.as_str())
            .env("HOME", std::env::temp_dir())
            .output()
        else {
            eprintln!("SKIPPED: {browser} is not installed (.ci/run installs it)");
            continue;
        };
        ran += 1;
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            text.contains("Choisissez un compte pour vous connecter :"),
            "{browser}:\n{text}"
        );
        assert!(text.contains("Connexion en cours sur fcguide"), "{browser}:\n{text}");
        // The translation may wrap: compare its first words.
        let first_words: String = uk.split_whitespace().take(2).collect::<Vec<_>>().join(" ");
        assert!(text.contains(&first_words), "{browser}:\n{text}");
        assert!(text.contains("pas le vrai FranceConnect"), "{browser}:\n{text}");
        for idp in ["impots.gouv.fr", "Ameli.fr", "France Identité", "YRIS"] {
            assert!(text.contains(idp), "{browser}: {idp}\n{text}");
        }
    }
    if ran == 0 {
        eprintln!("SKIPPED: no text browser installed; the pages were checked as HTML only");
    }
}

/// Issue 23: a local flood of 1,000 authorize requests and 1,000 codes
/// leaves the person's own journey working: the journey a browser is
/// reading is not shed before the flood's, and codes are one per journey,
/// never "busy" for everyone.
#[test]
fn a_flood_of_journeys_and_codes_leaves_the_persons_journey_working() {
    let s = server(Settings::default());
    let mut config = Config::franceconnect(
        &s.issuer,
        s.client_id.clone(),
        Some(Zeroizing::new(s.client_secret.clone())),
    );
    config.redirect_uri = Some(url::Url::parse(&s.redirect_uri).unwrap());
    let client = Client::discover(config).unwrap();
    let (tx, rx) = channel();
    let notify: Notify = Arc::new(move |p| {
        let _ = tx.send(p);
    });
    let pages = Pages {
        done: "done".into(),
        failed: "failed".into(),
        refused: "refused".into(),
    };
    let pending = client.begin(true, "fr", pages, notify).unwrap();
    // The person's browser shows the choice of provider.
    let mut person = FormBrowser::default();
    let mut page = person.get(&pending.listener.short_url);
    assert!(page.html.contains("/idp\""), "{}", page.html);

    // 1,000 bare authorize requests.
    for _ in 0..1000 {
        assert_eq!(authorize(&s, &good(&s)).0, 302);
    }
    // 1,000 codes never redeemed: one login, then single sign-on.
    let mut flooder = FormBrowser::default();
    let mut url = url::Url::parse(&format!("{}/authorize", s.issuer)).unwrap();
    url.query_pairs_mut().extend_pairs(good(&s));
    let first = flooder.get(url.as_str());
    let login = flooder.submit(&first, &support::forms(&first.html)[0], None);
    flooder.submit(&login, &support::forms(&login.html)[0], None);
    let mut codes = 0;
    for _ in 0..1000 {
        let page = flooder.get(url.as_str());
        let form = support::forms(&page.html).into_iter().next().expect("the consent page");
        let target = url::Url::parse(&page.url).unwrap().join(&form.action).unwrap();
        let fields: Vec<(&str, &str)> = form.fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        // Pressed without following the redirect: the code is never redeemed.
        let r = agent().post(target.as_str()).send_form(fields).unwrap();
        if header(&r, "Location").is_some_and(|l| l.contains("code=")) {
            codes += 1;
        }
    }
    assert_eq!(codes, 1000, "the flood's codes");

    // The person goes on: the journey is still there and gets its code.
    for _ in 0..6 {
        let fs = support::forms(&page.html);
        if fs.is_empty() {
            break;
        }
        let next = person.submit(&page, &fs[0], None);
        page = next;
    }
    assert_eq!(page.html, "done", "{}", page.html);
    let answer = rx.recv_timeout(Duration::from_secs(5)).unwrap();
    assert!(answer.error.is_none(), "{answer:?}");
    let connection = client.finish(&pending, answer).unwrap();
    assert!(!connection.identity.family_name.is_empty());
}
