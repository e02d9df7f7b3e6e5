//! FranceConnect production's address rule (issue 20): the registered return
//! address is the service's https page, the browser ends there, and the person
//! pastes the address it shows. Practised offline with the practice provider
//! under the production rule, which plays the service's page itself.

mod support;

use fcguide::cli::Options;
use fcguide::flow::{BrowserOpen, Login, Step};
use fcguide::i18n::Catalog;
use fcguide::oidc::config::Preset;
use fcguide::oidc::error::refusal;
use fcguide::setup::{self, Environment};
use std::io::{Read, Write};
use std::net::TcpListener;
use std::process::{Child, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use support::{FormBrowser, Recorder, text, unescape};
use zeroize::Zeroizing;

/// A plain run whose answers are written as the test goes, its output kept.
struct Run {
    child: Child,
    out: Arc<Mutex<String>>,
    browser: Recorder,
}

impl Run {
    fn start(args: &[&str], tag: &str) -> Run {
        let browser = Recorder::new(tag);
        let mut child = support::fcguide(args, &browser).spawn().unwrap();
        let out = support::gather_output(&mut child);
        Run { child, out, browser }
    }

    fn answer(&mut self, line: &str) {
        support::answer(&mut self.child, line);
    }

    /// Waits up to 20 s for `words` in the output (whitespace apart: lines wrap).
    fn wait_for(&self, words: &str) {
        let flat = |s: &str| s.split_whitespace().collect::<String>();
        support::wait_output(&self.out, Duration::from_secs(20), words, |out| {
            flat(out).contains(&flat(words))
        });
    }

    fn finish(mut self) -> (i32, String) {
        support::finish_gathered(&mut self.child, &self.out)
    }
}

impl Drop for Run {
    fn drop(&mut self) {
        support::reap(&mut self.child, &self.out);
    }
}

fn en(id: &str) -> String {
    Catalog::load().text("en", id, &[])
}

/// The address the service's page shows, as a person would select it.
fn shown_address(html: &str) -> String {
    let start = html
        .find("<textarea id=\"address\"")
        .expect("the page shows its address");
    let after = &html[start..];
    let open = after.find('>').unwrap() + 1;
    let close = after.find("</textarea>").unwrap();
    unescape(&after[open..close])
}

#[test]
fn the_paste_journey_connects_offline_under_the_production_rule() {
    // Enter on the welcome and on the first provider: the browser opens.
    let mut run = Run::start(&["--plain", "--lang", "en", "--production-rules"], "prod-paste");
    run.answer("");
    run.answer("");
    let start = run.browser.nth(0);
    let request = support::request_behind(&start);
    let query: Vec<(String, String)> = url::Url::parse(&request)
        .unwrap()
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    let redirect = &query.iter().find(|(k, _)| k == "redirect_uri").unwrap().1;
    // The service's page (played by the practice provider at its own address),
    // never a listener of the assistant.
    let origin = request.split("/api/v2").next().unwrap();
    assert_eq!(*redirect, format!("{origin}/service/callback"), "{request}");
    // The whole journey in the browser ends on the service's page.
    let page = FormBrowser::default().practice_journey(&request, None, 0);
    assert_eq!(page.status, 200, "{}", page.html);
    assert!(page.url.starts_with(redirect.as_str()), "{}", page.url);
    let address = shown_address(&page.html);
    assert_eq!(address, page.url, "the page shows the very address the browser is on");
    assert!(address.contains("code=") && address.contains("iss="), "{address}");
    assert!(
        text(&page.html).contains("Copiez l’adresse ci-dessous"),
        "{}",
        page.html
    );
    // The assistant asks for the address (its first choice while waiting).
    run.wait_for(&en("choice-paste"));
    run.answer("");
    run.wait_for(&en("paste-input"));
    // Another attempt's answer (its state differs) is refused, and asked again.
    let old = url::Url::parse(&address)
        .unwrap()
        .query_pairs()
        .map(|(k, v)| {
            if k == "state" {
                (k.into_owned(), "old".to_string())
            } else {
                (k.into_owned(), v.into_owned())
            }
        })
        .fold(url::form_urlencoded::Serializer::new(String::new()), |mut s, (k, v)| {
            s.append_pair(&k, &v);
            s
        })
        .finish();
    run.answer(&format!("{redirect}?{old}"));
    run.wait_for(&en("paste-problem-other-attempt"));
    // The right one, with the spaces a terminal may add to a long line.
    let (head, tail) = address.split_at(address.len() / 2);
    run.answer(&format!("  {head} {tail}  "));
    run.wait_for("MARTIN");
    run.answer("");
    // The logout returns to the registered https page too (post_logout_redirect_uri).
    run.wait_for(&en("choice-logout"));
    run.answer("2");
    let logout = run.browser.nth(1);
    let back = FormBrowser::default().get(&logout);
    assert!(
        back.url.starts_with(&format!("{origin}/logout-callback?state=")),
        "{}",
        back.url
    );
    run.wait_for(&en("done-logged-out"));
    run.answer("");
    let (code, out) = run.finish();
    assert_eq!(code, 0, "{out}");
    assert!(out.trim_end().ends_with(&en("end-logged-out")), "{out}");
}

#[test]
fn the_practice_provider_under_the_production_rule_refuses_a_loopback_address_with_y030007() {
    use fcguide::practice::{PracticeServer, Settings};
    let settings = Settings {
        production_rules: true,
        ..Settings::default()
    };
    let loopback = settings.redirect_uri.clone();
    let server = PracticeServer::start(settings, Arc::new(Catalog::load())).unwrap();
    assert!(server.redirect_uri.ends_with("/service/callback"));
    let request = |redirect: &str| {
        let mut url = url::Url::parse(&format!("{}/authorize", server.issuer)).unwrap();
        url.query_pairs_mut()
            .append_pair("client_id", &server.client_id)
            .append_pair("redirect_uri", redirect)
            .append_pair("response_type", "code")
            .append_pair("scope", "openid given_name")
            .append_pair("state", "s")
            .append_pair("nonce", "n-0123456789012345678901")
            .append_pair("acr_values", "eidas1")
            .append_pair("prompt", "login consent");
        FormBrowser::default().get(url.as_str())
    };
    // A listener on this computer, as an assistant would register: the platform's page.
    let refused = request(&loopback);
    assert_eq!(refused.status, 400);
    assert!(text(&refused.html).contains("Erreur Y030007"), "{}", refused.html);
    let refused = request("http://localhost:8400/callback");
    assert!(text(&refused.html).contains("Erreur Y030007"));
    // The service's page is its registered address.
    let choice = request(&server.redirect_uri);
    assert_eq!(choice.status, 200);
    assert!(text(&choice.html).contains("Choisissez un compte pour vous connecter :"));
    // The logout's return to this computer is refused too (Y000400).
    let logout = FormBrowser::default().get(&format!(
        "{}/session/end?id_token_hint=x&state=s&post_logout_redirect_uri={}",
        server.issuer,
        url::form_urlencoded::byte_serialize(b"http://127.0.0.1:8400/logout-callback").collect::<String>()
    ));
    assert!(text(&logout.html).contains("Erreur Y000400"), "{}", logout.html);
}

/// A local "proxy" that only counts who comes: every request of the run
/// would go through it.
fn counting_proxy() -> (TcpListener, String) {
    let proxy = TcpListener::bind("127.0.0.1:0").unwrap();
    proxy.set_nonblocking(true).unwrap();
    let address = format!("http://{}", proxy.local_addr().unwrap());
    (proxy, address)
}

fn real_client(args: &[&str], proxy: &str) -> std::process::Command {
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_fcguide"));
    c.args(args)
        .env("ALL_PROXY", proxy)
        .env("HTTPS_PROXY", proxy)
        .env("FCGUIDE_CLIENT_SECRET", "s3cret")
        .env_remove("FCGUIDE_CLIENT_ID")
        .env_remove("NO_PROXY")
        .env_remove("no_proxy")
        .env("HOME", std::env::temp_dir())
        .env("BROWSER", "/bin/true")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    c
}

#[test]
fn the_production_preset_refuses_a_loopback_address_before_any_network() {
    let (proxy, address) = counting_proxy();
    let args = [
        "--plain",
        "--lang",
        "en",
        "--provider",
        "franceconnect",
        "--client-id",
        "c",
        "--redirect-uri",
        "http://localhost:8400/callback",
    ];
    let out = real_client(&args, &address).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    // Why, and what to register.
    assert!(stderr.contains(&en("error-config-loopback-production")), "{stderr}");
    assert!(
        stderr.contains(&en("error-config-loopback-production-next")),
        "{stderr}"
    );
    assert!(stderr.contains("fcguide relay-page"), "{stderr}");
    assert!(out.stdout.is_empty(), "nothing started");
    assert!(proxy.accept().is_err(), "no connection was attempted");
    // In the person's language.
    let mut args_fr = args;
    args_fr[2] = "fr";
    let out = real_client(&args_fr, &address).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let fr = Catalog::load().text("fr", "error-config-loopback-production", &[]);
    assert!(String::from_utf8_lossy(&out.stderr).contains(&fr));
    // Integration keeps loopback, and production takes the service's https page:
    // both get as far as the network.
    for (preset, redirect, host) in [
        (
            "franceconnect-sandbox",
            "http://localhost:8400/callback",
            "fcp-low.sbx.dev-franceconnect.fr",
        ),
        (
            "franceconnect",
            "https://mairie.example.fr/fcguide/retour",
            "oidc.franceconnect.gouv.fr",
        ),
    ] {
        let args = [
            "--plain",
            "--lang",
            "en",
            "--provider",
            preset,
            "--client-id",
            "c",
            "--redirect-uri",
            redirect,
        ];
        let mut child = real_client(&args, &address).spawn().unwrap();
        child.stdin.as_mut().unwrap().write_all(b"\n\n").unwrap();
        let deadline = Instant::now() + Duration::from_secs(20);
        let mut seen = String::new();
        while seen.is_empty() {
            match proxy.accept() {
                Ok((mut s, _)) => {
                    s.set_nonblocking(false).unwrap();
                    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
                    let mut buf = [0u8; 512];
                    let n = s.read(&mut buf).unwrap_or(0);
                    seen = String::from_utf8_lossy(&buf[..n]).into_owned();
                }
                Err(_) => {
                    assert!(Instant::now() < deadline, "{preset}: no network attempted");
                    std::thread::sleep(Duration::from_millis(50));
                }
            }
        }
        assert!(seen.contains(host), "{preset}: {seen}");
        let _ = child.kill();
        let _ = child.wait();
    }
}

/// The views of a run with a real client, as both faces draw them.
fn real_client_view(service_name: Option<&str>, login: Login) -> fcguide::view::View {
    let options = Options {
        provider: Some(Preset::FranceConnectSandbox),
        client_id: Some("c".into()),
        redirect_uri: Some("http://localhost:8400/callback".into()),
        service_name: service_name.map(str::to_string),
        lang: Some("en".into()),
        ..Options::default()
    };
    let env = Environment {
        client_secret: Some(Zeroizing::new("s3cret".into())),
        ..Environment::default()
    };
    let target = setup::target(&options, &env).unwrap_or_else(|_| panic!("set-up refused"));
    let mut app = fcguide::app::App::start(Arc::new(Catalog::load()), &options, target, "en".into());
    app.state.step = Step::Authenticate;
    app.state.idp = Some(0);
    app.state.login = login;
    app.view()
}

fn waiting() -> Login {
    Login::Waiting {
        url: "http://127.0.0.1:1/start-x".into(),
        browser: BrowserOpen::Opened,
        timed_out: false,
    }
}

#[test]
fn the_service_name_is_in_every_quoted_label_on_screen_and_on_the_sheet() {
    let french = |v: &fcguide::view::View| v.french.iter().map(|w| w.french.clone()).collect::<Vec<_>>();
    let named = french(&real_client_view(Some("Mairie de Test"), waiting()));
    assert!(named.contains(&"Continuer sur Mairie de Test".to_string()), "{named:?}");
    let failed = Login::Failed(refusal("access_denied", Some("user authentication aborted")));
    let named = french(&real_client_view(Some("Mairie de Test"), failed));
    assert!(named.contains(&"Revenir sur Mairie de Test".to_string()), "{named:?}");
    // Until it is given, the labels say so, in the site's French; never « fcguide ».
    let unnamed = french(&real_client_view(None, waiting()));
    assert!(
        unnamed.contains(&"Continuer sur [le nom du service]".to_string()),
        "{unnamed:?}"
    );
    assert!(!unnamed.iter().any(|w| w.contains("fcguide")), "{unnamed:?}");
    // The printed sheet names it too.
    let sheet = |extra: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_fcguide"))
            .args(["sheet", "--format", "text", "--lang", "en"])
            .args(extra)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        String::from_utf8_lossy(&out.stdout)
            .split_whitespace()
            .collect::<String>()
    };
    assert!(sheet(&["--service-name", "Mairie de Test"]).contains("ContinuersurMairiedeTest"));
    assert!(!sheet(&[]).contains("Mairie"));
    // A name with a control character is refused as such.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_fcguide"))
        .args(["sheet", "--service-name", "Mairie\u{1b}[2J"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn the_relay_page_is_printed_for_the_service_to_host() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_fcguide"))
        .arg("relay-page")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let page = String::from_utf8_lossy(&out.stdout);
    assert!(page.starts_with("<!doctype html>"));
    assert!(page.contains("id=\"address\"") && page.contains("id=\"copy\""));
    assert!(page.contains("window.location.href"));
}

/// The full screen has the same text field: the address typed (or pasted by
/// the terminal, key by key) into it connects.
#[test]
fn the_full_screen_takes_the_pasted_address_in_its_text_field() {
    if !support::Terminal::available() {
        return;
    }
    let recorder = Recorder::new("prod-tui");
    let command = format!(
        "env -u FCGUIDE_CLIENT_ID -u FCGUIDE_CLIENT_SECRET BROWSER={} HOME={} ALL_PROXY=http://127.0.0.1:9 {} --lang en --production-rules; sleep 30",
        recorder.script.display(),
        recorder.dir.display(),
        env!("CARGO_BIN_EXE_fcguide")
    );
    let t = support::Terminal::start("prod-tui", &command);
    t.wait_for("What is FranceConnect?");
    t.keys(&["Enter"]);
    t.wait_for("Choose an account");
    t.keys(&["Enter"]);
    let request = support::request_behind(&recorder.nth(0));
    let page = FormBrowser::default().practice_journey(&request, None, 0);
    let address = shown_address(&page.html);
    t.wait_for(&en("choice-paste"));
    t.keys(&["Enter"]);
    t.wait_for(&en("paste-input"));
    // Letters that are keys elsewhere (q quits, l picks a language) are text here.
    t.keys(&["-l", &address]);
    let screen = t.wait_for("_");
    assert!(!screen.contains(&en("language-title")), "{screen}");
    t.keys(&["Enter"]);
    t.wait_for("MARTIN");
}

/// The practice provider run alone under the production rule serves any
/// client, fcguide included: its printed redirect address is its own service
/// page, and the answer is pasted from it.
#[test]
fn the_practice_server_alone_under_the_production_rule_serves_a_client_that_pastes() {
    use std::io::BufRead;
    let mut server = std::process::Command::new(env!("CARGO_BIN_EXE_fcguide"))
        .args(["practice-server", "--lang", "en", "--production-rules"])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = std::io::BufReader::new(server.stdout.take().unwrap()).lines();
    let stop = Stop(server);
    let mut printed = std::collections::HashMap::new();
    for _ in 0..5 {
        let line = lines.next().unwrap().unwrap();
        if let Some((k, v)) = line.split_once(": ") {
            printed.insert(k.to_string(), v.to_string());
        }
    }
    let (issuer, redirect) = (&printed["issuer"], &printed["redirect_uri"]);
    assert_eq!(
        *redirect,
        format!("{}/service/callback", issuer.trim_end_matches("/api/v2"))
    );
    let browser = Recorder::new("prod-alone");
    let mut child = support::fcguide(
        &[
            "--plain",
            "--lang",
            "en",
            "--issuer",
            issuer,
            "--rules",
            "franceconnect",
            "--client-id",
            &printed["client_id"],
            "--redirect-uri",
            redirect,
            "--service-name",
            "Mairie de Test",
        ],
        &browser,
    )
    .env("FCGUIDE_CLIENT_SECRET", &printed["client_secret"])
    .spawn()
    .unwrap();
    let stdin = child.stdin.as_mut().unwrap();
    stdin.write_all(b"\n\n").unwrap();
    stdin.flush().unwrap();
    let request = support::request_behind(&browser.nth(0));
    let page = FormBrowser::default().practice_journey(&request, None, 0);
    let address = shown_address(&page.html);
    let stdin = child.stdin.as_mut().unwrap();
    stdin.write_all(format!("\n{address}\n\n\n").as_bytes()).unwrap();
    let (code, out) = support::finish(child);
    drop(stop);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("« Continuer sur Mairie de Test »"), "{out}");
    assert!(out.contains("MARTIN"), "{out}");
}

/// Stops the practice server when the test ends, however it ends, and waits for it.
struct Stop(Child);

impl Drop for Stop {
    fn drop(&mut self) {
        let _ = std::process::Command::new("kill")
            .args(["-TERM", &self.0.id().to_string()])
            .status();
        let _ = self.0.wait();
    }
}
