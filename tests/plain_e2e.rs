//! The built binary in plain mode, as a person (or a script) uses it: answers
//! on standard input, the browser played by a form-submitting helper.

mod support;

use std::io::{Read, Write};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use support::{FormBrowser, Recorder};

struct Run {
    child: Child,
    out: Arc<Mutex<String>>,
    browser: Recorder,
}

fn start(args: &[&str], answers: &str, tag: &str) -> Run {
    let browser = Recorder::new(&format!("e2e-{tag}"));
    let mut child = Command::new(env!("CARGO_BIN_EXE_fcguide"))
        .args(args)
        .env("BROWSER", &browser.script)
        .env_remove("FCGUIDE_CLIENT_ID")
        .env_remove("FCGUIDE_CLIENT_SECRET")
        .env("HOME", &browser.dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    child.stdin.as_mut().unwrap().write_all(answers.as_bytes()).unwrap();
    let out = Arc::new(Mutex::new(String::new()));
    let mut stdout = child.stdout.take().unwrap();
    let sink = out.clone();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = stdout.read(&mut buf) {
            if n == 0 {
                break;
            }
            sink.lock().unwrap().push_str(&String::from_utf8_lossy(&buf[..n]));
        }
    });
    Run { child, out, browser }
}

impl Run {
    fn browser_url(&self) -> String {
        self.browser.nth(0)
    }

    fn finish(mut self) -> (i32, String) {
        drop(self.child.stdin.take());
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                std::thread::sleep(Duration::from_millis(100));
                return (status.code().unwrap_or(-1), self.out.lock().unwrap().clone());
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("did not end:\n{}", self.out.lock().unwrap());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

#[test]
fn enter_on_every_step_connects_and_shows_the_verified_identity() {
    // Language given; then Enter on welcome, on the provider choice, on the confirmation and on done.
    let run = start(&["--plain", "--lang", "uk"], "\n\n\n\n", "happy");
    let url = run.browser_url();
    assert!(url.contains("ui_locales=uk"));
    let last = FormBrowser::default().practice_journey(&url, None, 0);
    assert!(last.html.contains("Готово. Можете закрити цю вкладку"), "{}", last.html);
    assert!(last.html.contains("lang=\"uk\""));
    let (code, out) = run.finish();
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Ласкаво просимо: перевірте свої дані"), "{out}");
    assert!(out.contains("Імена: Jean"), "{out}");
    assert!(out.contains("Прізвище при народженні: MARTIN"), "{out}");
    assert!(out.contains("«\u{a0}Bienvenue\u{a0}» = Ласкаво просимо"), "{out}");
    assert!(out.contains("[FranceConnect ✓]"), "{out}");
    // Plain means plain: no escape codes, no box drawing.
    assert!(!out.contains('\u{1b}'), "escape code in plain mode");
    assert!(
        !out.chars().any(|c| ('\u{2500}'..='\u{257f}').contains(&c)),
        "box drawing in plain mode"
    );
    // The prerequisite is on every step.
    assert!(out.matches("Важливо:").count() >= 4, "{out}");
}

#[test]
fn a_temporary_number_ends_in_failure_with_the_explanation() {
    let run = start(&["--plain", "--lang", "en"], "\n2\n3\n", "temporary");
    let url = run.browser_url();
    let mut browser = FormBrowser::default();
    let mut page = browser.get(&url);
    assert!(
        page.html.contains("Connexion à ameli.fr"),
        "idp_hint skipped the choice"
    );
    page = browser.submit(&page, &support::forms(&page.html)[3], None);
    assert_eq!(page.status, 403);
    browser.submit(&page, &support::forms(&page.html)[0], None);
    let (code, out) = run.finish();
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("FranceConnect did not find your identity in the national register."),
        "{out}"
    );
    assert!(
        out.contains("Most common cause: a temporary social security number"),
        "{out}"
    );
    assert!(out.contains("Code to give to support: Y010008"), "{out}");
    assert!(!out.contains("KARIMI"), "no identity is shown after a refusal");
}

#[test]
fn end_of_input_cancels_cleanly() {
    let run = start(&["--plain"], "", "eof");
    let (code, out) = run.finish();
    assert_eq!(code, 3, "{out}");
    assert!(
        out.contains("Choisissez votre langue") || out.contains("Choose your language"),
        "{out}"
    );
}

#[test]
fn the_number_check_never_echoes_the_number() {
    let run = start(&["--plain", "--lang", "fr"], "2\n2 90 05 99 155 001 04\nq\n", "nir");
    let (code, out) = run.finish();
    assert_eq!(code, 3, "{out}");
    assert!(out.contains("Vérifier mon numéro de sécurité sociale"), "{out}");
    assert!(
        out.contains("Ce numéro est bien formé et permanent (personne née hors de France)") || out.contains("La clé"),
        "{out}"
    );
    assert!(!out.contains("155 001"), "the number is never printed back");
}

#[test]
fn usage_errors_and_secrets_on_the_command_line_are_refused() {
    let out = Command::new(env!("CARGO_BIN_EXE_fcguide"))
        .args(["--client-secret", "x"])
        .env("LANG", "en_GB.UTF-8")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("never given on the command line"));
    let out = Command::new(env!("CARGO_BIN_EXE_fcguide"))
        .arg("--list-languages")
        .output()
        .unwrap();
    let list = String::from_utf8_lossy(&out.stdout);
    assert!(list.lines().next().unwrap().starts_with("fr\t"));
    assert!(list.contains("uk\tУкраїнська"));
}

#[test]
fn the_practice_server_runs_alone_and_prints_its_issuer() {
    use std::io::BufRead;
    let mut child = Command::new(env!("CARGO_BIN_EXE_fcguide"))
        .args(["practice-server", "--lang", "en"])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = std::io::BufReader::new(child.stdout.take().unwrap()).lines();
    let mut issuer = String::new();
    for _ in 0..4 {
        let line = lines.next().unwrap().unwrap();
        if let Some(i) = line.strip_prefix("issuer: ") {
            issuer = i.to_string();
        }
    }
    assert!(issuer.starts_with("http://127.0.0.1:"), "loopback only: {issuer}");
    let doc = ureq::get(&format!("{issuer}/.well-known/openid-configuration"))
        .call()
        .unwrap()
        .into_string()
        .unwrap();
    assert!(doc.contains(&format!("\"issuer\":\"{issuer}\"")), "{doc}");
    // SIGTERM stops it cleanly.
    Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(child.wait().unwrap().success());
}

#[test]
fn every_shipped_language_completes_the_journey_in_plain_mode() {
    let list = Command::new(env!("CARGO_BIN_EXE_fcguide"))
        .arg("--list-languages")
        .output()
        .unwrap();
    let catalog = fcguide::i18n::Catalog::load();
    for line in String::from_utf8_lossy(&list.stdout).lines() {
        let tag = line.split('\t').next().unwrap();
        let run = start(&["--plain", "--lang", tag], "\n\n\n\n", &format!("lang-{tag}"));
        let url = run.browser_url();
        assert!(url.contains(&format!("ui_locales={tag}")), "{tag}: {url}");
        FormBrowser::default().practice_journey(&url, None, 0);
        let (code, out) = run.finish();
        assert_eq!(code, 0, "{tag}:\n{out}");
        // Plain mode writes logical order (what screen readers want), in the person's language.
        let welcome = catalog.text(tag, "confirm-title", &[]);
        assert!(out.contains(&welcome), "{tag}: {welcome:?} missing\n{out}");
        let given = catalog.text(tag, "confirm-given", &[("value", fcguide::i18n::Arg::Str("Jean"))]);
        assert!(out.contains(&given), "{tag}: {given:?} missing\n{out}");
        assert!(!out.contains('\u{1b}'), "{tag}: escape code in plain mode");
    }
}

#[test]
fn typing_a_language_name_in_the_picker_chooses_it() {
    let run = start(&["--plain"], "ukr\nq\n", "search");
    let (code, out) = run.finish();
    assert_eq!(code, 3, "{out}");
    assert!(out.contains("Крок 2 з 6. Що таке FranceConnect?"), "{out}");
}

#[test]
fn logging_out_at_the_end_closes_the_provider_session() {
    let mut run = start(&["--plain", "--lang", "en"], "\n\n\n2\n", "logout");
    let url = run.browser_url();
    let mut browser = FormBrowser::default();
    browser.practice_journey(&url, None, 0);
    // The second address the assistant opens is the end-session request.
    let logout = run.browser.nth(1);
    assert!(logout.contains("/session/end?id_token_hint="), "{logout}");
    let back = browser.get(&logout);
    assert!(back.html.contains("You are logged out"), "{}", back.html);
    let deadline = Instant::now() + Duration::from_secs(20);
    while !run.out.lock().unwrap().contains("You are logged out of FranceConnect.") {
        assert!(Instant::now() < deadline, "{}", run.out.lock().unwrap());
        std::thread::sleep(Duration::from_millis(50));
    }
    run.child.stdin.as_mut().unwrap().write_all(b"\n").unwrap();
    let (code, out) = run.finish();
    assert_eq!(code, 0, "{out}");
}

#[test]
fn zero_goes_back_and_is_listed_in_words() {
    let run = start(&["--plain", "--lang", "en"], "2\n0\nq\n", "back");
    let (code, out) = run.finish();
    assert_eq!(code, 3, "{out}");
    assert!(out.contains("0. Back"), "{out}");
    // After "0" the welcome step comes back.
    assert_eq!(out.matches("Step 2 of 6. What is FranceConnect?").count(), 2, "{out}");
}
