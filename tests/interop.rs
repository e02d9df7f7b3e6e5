//! Interoperability with a certified OpenID provider (npm `oidc-provider`) set
//! up like FranceConnect v2. `.ci/run` installs it; without it the test says
//! it was skipped instead of passing silently.

mod support;

use fcguide::oidc::callback::{CallbackParams, Notify, Pages};
use fcguide::oidc::client::Client;
use fcguide::oidc::config::{ClientAuth, Config};
use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::mpsc::channel;
use std::time::Duration;
use support::{FormBrowser, forms};
use zeroize::Zeroizing;

struct Peer(Child);
impl Drop for Peer {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn start_peer(secret: &str) -> Option<(Peer, String)> {
    start_peer_with(secret, &[])
}

fn start_peer_with(secret: &str, env: &[(&str, &str)]) -> Option<(Peer, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/interop");
    if !dir.join("node_modules/oidc-provider").exists() {
        eprintln!("SKIPPED: oidc-provider is not installed (.ci/run runs npm install in tests/interop)");
        return None;
    }
    let mut child = match Command::new("node")
        .arg("server.mjs")
        .current_dir(&dir)
        .env("INTEROP_SECRET", secret)
        .envs(env.iter().copied())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
    {
        Ok(c) => c,
        Err(_) => {
            eprintln!("SKIPPED: node is not installed");
            return None;
        }
    };
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    Some((Peer(child), line.trim().to_string()))
}

#[test]
fn a_franceconnect_shaped_oidc_provider_connects_and_logs_out() {
    let secret = "interop-secret-interop-secret-interop";
    let Some((_peer, issuer)) = start_peer(secret) else {
        return;
    };
    assert!(issuer.starts_with("http://127.0.0.1:"), "{issuer}");
    let mut config = Config::generic(&issuer, "fcguide-interop".into(), Some(Zeroizing::new(secret.into())));
    config.scopes = fcguide::oidc::config::DEFAULT_SCOPES.into();
    config.client_auth = Some(ClientAuth::Post);
    let client = Client::discover(config).expect("discovery");
    let (tx, rx) = channel::<CallbackParams>();
    let notify: Notify = Arc::new(move |p| tx.send(p).unwrap());
    let pending = client
        .begin(
            true,
            "fr",
            Pages {
                done: "done".into(),
                failed: "failed".into(),
                refused: "refused".into(),
            },
            notify,
        )
        .unwrap();
    assert!(pending.url.contains("code_challenge_method=S256"), "PKCE as advertised");

    let mut browser = FormBrowser::default();
    let mut page = browser.get(&pending.listener.short_url);
    for _ in 0..4 {
        let fs = forms(&page.html);
        let Some(form) = fs.iter().find(|f| !f.buttons.is_empty()) else {
            break;
        };
        let mut form = form.clone();
        for (name, value) in form.fields.iter_mut() {
            if name == "login" || name == "password" {
                *value = "angela".into();
            }
        }
        page = browser.submit(&page, &form, None);
    }
    assert_eq!(page.html, "done", "the journey ended on the loopback page");
    let answer = rx.recv_timeout(Duration::from_secs(5)).unwrap();
    let connection = client.finish(&pending, answer).expect("verified connection");
    assert_eq!(connection.identity.given_name, "Angela Claire Louise");
    assert_eq!(connection.identity.family_name, "DUBOIS");
    assert_eq!(connection.identity.birthcountry, "99100");

    let (tx, rx) = channel::<CallbackParams>();
    let notify: Notify = Arc::new(move |p| tx.send(p).unwrap());
    let (url, _listener) = client
        .logout(
            &connection.id_token,
            Pages {
                done: "bye".into(),
                failed: "failed".into(),
                refused: "no".into(),
            },
            notify,
        )
        .unwrap();
    let mut page = browser.get(&url);
    // oidc-provider asks to confirm the logout; its buttons stand outside the form (form="…").
    if let Some(form) = forms(&page.html).first() {
        let mut form = form.clone();
        form.buttons = vec![("logout".into(), "yes".into(), "Yes".into())];
        page = browser.submit(&page, &form, None);
    }
    assert_eq!(page.html, "bye");
    assert!(rx.recv_timeout(Duration::from_secs(5)).is_ok());
}

/// The relying party as shipped, under FranceConnect's rules, through a strict
/// copy of the platform's front door (its parameter list, one registered
/// address, no PKCE), played end to end as a person would.
#[test]
fn the_franceconnect_rules_pass_a_strict_copy_of_the_platform_front_door() {
    use std::io::{Read, Write};
    let secret = "front-door-secret-front-door-secret";
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let redirect = format!("http://127.0.0.1:{port}/callback");
    let Some((_peer, issuer)) =
        start_peer_with(secret, &[("FRONT_DOOR", "franceconnect"), ("REDIRECT_URI", &redirect)])
    else {
        return;
    };
    // The door is strict: PKCE's parameters are refused on the platform's page.
    let mut bad = url::Url::parse(&format!("{issuer}/auth")).unwrap();
    bad.query_pairs_mut().extend_pairs([
        ("client_id", "fcguide-interop"),
        ("response_type", "code"),
        ("redirect_uri", redirect.as_str()),
        ("scope", "openid"),
        ("state", "s"),
        ("nonce", "a-nonce-long-enough-for-franceconnect"),
        ("acr_values", "eidas1"),
        ("code_challenge", "x"),
    ]);
    let refused = FormBrowser::default().get(bad.as_str());
    assert_eq!(refused.status, 400);
    assert!(refused.html.contains("Erreur Y030007"));

    let browser = support::Recorder::new("front-door");
    let args = [
        "--plain",
        "--lang",
        "en",
        "--issuer",
        &issuer,
        "--rules",
        "franceconnect",
    ];
    let registered = ["--client-id", "fcguide-interop", "--redirect-uri", &redirect];
    let all: Vec<&str> = args.iter().chain(registered.iter()).copied().collect();
    let mut child = support::fcguide(&all, &browser)
        .env("FCGUIDE_CLIENT_SECRET", secret)
        .spawn()
        .unwrap();
    // Enter on the welcome, on the choice of account, on the identity check, on the end.
    child.stdin.as_mut().unwrap().write_all(b"\n\n\n\n").unwrap();
    drop(child.stdin.take());
    let url = browser.nth(0);
    let request = support::request_behind(&url);
    assert!(
        request.contains("acr_values=eidas1") && !request.contains("code_challenge"),
        "{request}"
    );
    let mut web = FormBrowser::default();
    let mut page = web.get(&request);
    for _ in 0..4 {
        let fs = forms(&page.html);
        let Some(form) = fs.iter().find(|f| !f.buttons.is_empty()) else {
            break;
        };
        let mut form = form.clone();
        for (name, value) in form.fields.iter_mut() {
            if name == "login" || name == "password" {
                *value = "angela".into();
            }
        }
        page = web.submit(&page, &form, None);
    }
    assert!(
        page.html.contains("lang=\"en\""),
        "the journey ended on the loopback page: {}",
        page.html
    );
    let mut out = String::new();
    child.stdout.take().unwrap().read_to_string(&mut out).unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0), "{out}");
    assert!(out.contains("Angela Claire Louise"), "{out}");
    assert!(
        !out.contains("Practice:"),
        "no practice banner with a real provider: {out}"
    );
}
