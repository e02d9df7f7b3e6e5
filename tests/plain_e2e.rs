//! The built binary in plain mode, as a person (or a script) uses it: answers
//! on standard input, the browser played by a form-submitting helper.

mod support;

use std::io::Write;
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
    let mut child = support::fcguide(args, &browser).spawn().unwrap();
    child.stdin.as_mut().unwrap().write_all(answers.as_bytes()).unwrap();
    let out = support::gather_output(&mut child);
    Run { child, out, browser }
}

/// A run never outlives its test: killed on the way out, and on a failure its
/// transcript is shown (a panic elsewhere in the test would lose it).
impl Drop for Run {
    fn drop(&mut self) {
        support::reap(&mut self.child, &self.out);
    }
}

impl Run {
    fn browser_url(&self) -> String {
        self.browser.nth(0)
    }

    fn finish(mut self) -> (i32, String) {
        support::finish_gathered(&mut self.child, &self.out)
    }
}

#[test]
fn enter_on_every_step_connects_and_shows_the_verified_identity() {
    // Language given; then Enter on welcome, on the provider choice, on the confirmation and on done.
    let run = start(&["--plain", "--lang", "uk"], "\n\n\n\n", "happy");
    let url = run.browser_url();
    assert!(
        url.contains("/start-"),
        "the browser's command line holds no state: {url}"
    );
    // The start address works once: the journey goes on from where it led.
    let request = support::request_behind(&url);
    assert!(request.contains("ui_locales=uk"));
    let last = FormBrowser::default().practice_journey(&request, None, 0);
    assert!(last.html.contains("Готово. Можете закрити цю вкладку"), "{}", last.html);
    assert!(last.html.contains("lang=\"uk\""));
    let (code, out) = run.finish();
    assert_eq!(code, 0, "{out}");
    let c = fcguide::i18n::Catalog::load();
    let uk = |id: &str| c.text("uk", id, &[]);
    assert!(out.contains(&uk("confirm-title")), "{out}");
    assert!(out.contains("Імена: Jean"), "{out}");
    assert!(out.contains("Прізвище при народженні: MARTIN"), "{out}");
    // Today's words of the last page, with their translation.
    assert!(
        out.contains(&format!(
            "«\u{a0}Vous allez vous connecter en tant que :\u{a0}» = {}",
            uk("fr-words-as")
        )),
        "{out}"
    );
    assert!(out.contains("Choisissez un compte pour vous connecter :"), "{out}");
    assert!(!out.contains("Je choisis un compte"), "2022's words: {out}");
    assert!(
        !out.contains("«\u{a0}Bienvenue\u{a0}» ="),
        "« Bienvenue » is no longer a label: {out}"
    );
    // The end is said in words.
    assert!(out.trim_end().ends_with(&uk("end-connected")), "{out}");
    // Plain means plain: no escape codes, no box drawing.
    assert!(!out.contains('\u{1b}'), "escape code in plain mode");
    assert!(
        !out.chars().any(|c| ('\u{2500}'..='\u{257f}').contains(&c)),
        "box drawing in plain mode"
    );
    // The prerequisite is said on the welcome step; in plain mode the general
    // reminder is not read out again on every step (the full screen keeps it).
    assert!(out.contains(&uk("welcome-need")), "{out}");
}

/// The register does not find the person: FranceConnect's error page, then
/// only `access_denied` on the callback. The assistant asks for the code the
/// page showed and explains it; Enter alone then ends the run, as failed.
#[test]
fn the_register_failure_is_read_from_the_error_page_and_explained() {
    // Enter on the welcome, "2" for Ameli.fr; after the failure: Enter (type the
    // code), the code, then Enter alone (quit).
    let run = start(&["--plain", "--lang", "en"], "\n2\n\nY010008\n\n", "temporary");
    let url = run.browser_url();
    let request = support::request_behind(&url);
    assert!(
        !request.contains("idp_hint"),
        "the choice of account is a page the person meets"
    );
    let mut browser = FormBrowser::default();
    let mut page = browser.get(&request);
    assert!(
        page.html.contains("Choisissez un compte pour vous connecter"),
        "{}",
        page.html
    );
    page = browser.submit(&page, &support::forms(&page.html)[0], Some("Ameli.fr"));
    page = browser.submit(&page, &support::forms(&page.html)[3], None);
    assert_eq!(page.status, 403);
    assert!(support::text(&page.html).contains("Erreur Y010008"));
    let back = browser.submit(&page, &support::forms(&page.html)[0], None);
    assert!(
        !back.html.contains("Done") && back.html.contains("lang=\"en\""),
        "{}",
        back.html
    );
    let (code, out) = run.finish();
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("FranceConnect sent back no identity"), "{out}");
    assert!(
        out.contains("did not find your identity in the national register (RNIPP)"),
        "{out}"
    );
    assert!(out.contains("Ask your CPAM about your permanent number"), "{out}");
    assert!(out.contains("«\u{a0}Erreur Y010008\u{a0}»"), "{out}");
    assert!(!out.contains("KARIMI"), "no identity is shown after a refusal");
}

/// Enter alone after a failure never opens the browser again and again.
#[test]
fn enter_alone_after_the_register_failure_ends_as_failed() {
    let run = start(&["--plain", "--lang", "fr"], "\n2\n\n\n\n\n\n\n\n\n", "enter-loop");
    let url = run.browser_url();
    let mut browser = FormBrowser::default();
    let mut page = browser.get(&url);
    page = browser.submit(&page, &support::forms(&page.html)[0], Some("Ameli.fr"));
    page = browser.submit(&page, &support::forms(&page.html)[3], None);
    browser.submit(&page, &support::forms(&page.html)[0], None);
    let urls = run.browser.urls.clone();
    let (code, out) = run.finish();
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("La page ne montrait pas de code"), "{out}");
    let opened = std::fs::read_to_string(urls).unwrap_or_default().lines().count();
    assert!(opened <= 2, "the browser was opened {opened} times:\n{out}");
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
    let mut redirect = String::new();
    for _ in 0..5 {
        let line = lines.next().unwrap().unwrap();
        if let Some(i) = line.strip_prefix("issuer: ") {
            issuer = i.to_string();
        }
        if let Some(r) = line.strip_prefix("redirect_uri: ") {
            redirect = r.to_string();
        }
    }
    assert!(issuer.starts_with("http://127.0.0.1:"), "loopback only: {issuer}");
    assert!(
        redirect.starts_with("http://127.0.0.1:") && redirect.ends_with("/callback") && !redirect.contains("PORT"),
        "a concrete registered address: {redirect}"
    );
    let doc = support::agent()
        .get(&format!("{issuer}/.well-known/openid-configuration"))
        .call()
        .unwrap()
        .body_mut()
        .read_to_string()
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
        let request = support::request_behind(&url);
        assert!(request.contains(&format!("ui_locales={tag}")), "{tag}: {request}");
        FormBrowser::default().practice_journey(&request, None, 0);
        let (code, out) = run.finish();
        assert_eq!(code, 0, "{tag}:\n{out}");
        // Plain mode writes logical order (what screen readers want), in the person's language.
        // Direction marks of right-to-left lines are not text.
        let out: String = out
            .chars()
            .filter(|c| !matches!(c, '\u{200F}' | '\u{2066}' | '\u{2069}'))
            .collect();
        let welcome = catalog.text(tag, "confirm-title", &[]);
        assert!(out.contains(&welcome), "{tag}: {welcome:?} missing\n{out}");
        let given = catalog.text(tag, "confirm-given", &[("value", fcguide::i18n::Arg::Str("Jean"))]);
        assert!(out.contains(&given), "{tag}: {given:?} missing\n{out}");
        assert!(!out.contains('\u{1b}'), "{tag}: escape code in plain mode");
        // Keys are named in words speech says, never as quoted bare symbols.
        for symbol in [
            "«<»",
            "«?»",
            "\"<\"",
            "\"?\"",
            "« < »",
            "« ? »",
            "«\u{a0}<\u{a0}»",
            "«\u{a0}?\u{a0}»",
        ] {
            assert!(!out.contains(symbol), "{tag}: {symbol} in {out}");
        }
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
    // A local address that leads to the end-session request: the ID token is
    // never in the browser's command line.
    assert!(
        logout.contains("/start-") && !logout.contains("id_token_hint"),
        "{logout}"
    );
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

/// Runs the binary to its end with `args` and `env`; (exit code, stdout, stderr).
fn run_to_end(args: &[&str], env: &[(&str, &std::ffi::OsStr)], browser: &Recorder) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_fcguide"))
        .args(args)
        .env_remove("FCGUIDE_CLIENT_ID")
        .env_remove("FCGUIDE_CLIENT_SECRET")
        .env("BROWSER", &browser.script)
        .env("HOME", &browser.dir)
        .env("LANG", "en_GB.UTF-8")
        .envs(env.iter().map(|(k, v)| (*k, *v)))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Enter everywhere: a silent fallback would walk all the way to "connected".
    let _ = child.stdin.as_mut().unwrap().write_all(b"\n\n\n\n\n\n");
    drop(child.stdin.take());
    let deadline = Instant::now() + Duration::from_secs(20);
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("{args:?} did not end");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_wrong_setup_is_refused_and_never_becomes_a_practice_login() {
    let browser = Recorder::new("setup");
    let cases: [(&[&str], i32, &str); 6] = [
        (&["--plain", "--issuer", "http://example.org/api"], 2, "not encrypted"),
        (&["--plain", "--issuer", "ftp://x"], 2, "provider address is not valid"),
        (
            &[
                "--plain",
                "--issuer",
                "https://op.example",
                "--client-id",
                "c",
                "--redirect-uri",
                "http://example.org:80/cb",
            ],
            2,
            "redirect",
        ),
        (
            &["--plain", "--provider", "franceconnect-sandbox", "--client-id", "c"],
            2,
            "http://localhost:8400/callback",
        ),
        (
            &[
                "--plain",
                "--provider",
                "franceconnect",
                "--redirect-uri",
                "http://localhost:8400/callback",
            ],
            2,
            "client id",
        ),
        (
            &[
                "--plain",
                "--provider",
                "franceconnect",
                "--client-id",
                "c",
                "--redirect-uri",
                "http://localhost:8400/callback",
            ],
            1,
            "secret",
        ),
    ];
    for (args, expected, says) in cases {
        let (code, out, err) = run_to_end(args, &[], &browser);
        assert_eq!(code, expected, "{args:?}\n{out}\n{err}");
        assert!(err.to_lowercase().contains(&says.to_lowercase()), "{args:?}: {err}");
        assert!(
            !out.contains("Practice") && !out.contains("connected"),
            "{args:?}: {out}"
        );
    }
    // A secret file others can read is refused, and so is a FIFO (without hanging).
    let dir = browser.dir.join(".config/fcguide");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("client_secret");
    std::fs::write(&file, "s3cret").unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
    let fc = [
        "--plain",
        "--provider",
        "franceconnect",
        "--client-id",
        "c",
        "--redirect-uri",
        "http://localhost:8400/callback",
    ];
    let (code, _, err) = run_to_end(&fc, &[], &browser);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("Other people can read the secret file"), "{err}");
    std::fs::remove_file(&file).unwrap();
    let c = std::ffi::CString::new(file.to_str().unwrap()).unwrap();
    // SAFETY: a valid C string path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    let (code, _, err) = run_to_end(&fc, &[], &browser);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("cannot be read"), "{err}");
    // An empty XDG_CONFIG_HOME is unset, never the current folder.
    let (code, _, _) = run_to_end(&fc, &[("XDG_CONFIG_HOME", std::ffi::OsStr::new(""))], &browser);
    assert_eq!(code, 1);
    assert!(
        std::fs::read_to_string(&browser.urls).unwrap_or_default().is_empty(),
        "no browser was ever opened"
    );
}

#[test]
fn odd_arguments_are_usage_errors_not_panics() {
    use std::os::unix::ffi::OsStrExt;
    let browser = Recorder::new("odd");
    for args in [
        vec![
            std::ffi::OsStr::new("--wait"),
            std::ffi::OsStr::new("200000000000000000"),
        ],
        vec![std::ffi::OsStr::new("--plain=no")],
        vec![std::ffi::OsStr::from_bytes(b"--lang\xff")],
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_fcguide"))
            .args(&args)
            .env("BROWSER", &browser.script)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(2),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
    }
}

/// The secret never reaches a child process, and the running program keeps
/// no core dump: against the practice provider run alone, as a real provider.
#[test]
fn the_secret_stays_out_of_the_browser_and_the_process_dumps_no_core() {
    use std::io::BufRead;
    let redirect_port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let redirect = format!("http://127.0.0.1:{redirect_port}/callback");
    let mut server = Command::new(env!("CARGO_BIN_EXE_fcguide"))
        .args(["practice-server", "--redirect-uri", &redirect])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = std::io::BufReader::new(server.stdout.take().unwrap()).lines();
    let (mut issuer, mut secret) = (String::new(), String::new());
    for _ in 0..5 {
        let line = lines.next().unwrap().unwrap();
        if let Some(i) = line.strip_prefix("issuer: ") {
            issuer = i.into();
        }
        if let Some(s) = line.strip_prefix("client_secret: ") {
            secret = s.into();
        }
    }
    let browser = Recorder::new("secret-env");
    let env_dump = browser.dir.join("env");
    let script = browser.dir.join("env-browser.sh");
    std::fs::write(
        &script,
        // Then the recorder's own script, which reads the private page it is given.
        format!(
            "#!/bin/sh\nenv > '{}'\nexec '{}' \"$1\"\n",
            env_dump.display(),
            browser.script.display()
        ),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_fcguide"))
        .args([
            "--plain",
            "--lang",
            "en",
            "--issuer",
            &issuer,
            "--rules",
            "franceconnect",
        ])
        .args(["--client-id", "fcguide-practice", "--redirect-uri", &redirect])
        .env("FCGUIDE_CLIENT_SECRET", &secret)
        .env("BROWSER", &script)
        .env("HOME", &browser.dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    child.stdin.as_mut().unwrap().write_all(b"\n\n\n\n").unwrap();
    let url = browser.nth(0);
    let limits = std::fs::read_to_string(format!("/proc/{}/limits", child.id())).unwrap_or_default();
    let core = limits
        .lines()
        .find(|l| l.starts_with("Max core file size"))
        .unwrap_or_default()
        .to_string();
    let env_seen = std::fs::read_to_string(&env_dump).unwrap_or_default();
    FormBrowser::default().practice_journey(&url, None, 0);
    drop(child.stdin.take());
    let out = child.wait_with_output().unwrap();
    let _ = server.kill();
    let _ = server.wait();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(
        !stdout.contains("Practice:"),
        "a provider given with --issuer is not the practice: {stdout}"
    );
    assert!(!env_seen.is_empty(), "the browser ran");
    assert!(!env_seen.contains("FCGUIDE_CLIENT_SECRET"), "{env_seen}");
    assert!(!env_seen.contains(&secret), "the secret reached the browser");
    let fields: Vec<&str> = core.split_whitespace().collect();
    assert!(
        fields.len() >= 6 && fields[4] == "0" && fields[5] == "0",
        "core limit: {core:?}"
    );
}

/// "This is not me" logs out and lets another account be used: the new
/// attempt gets the registered port even while the logout still waits for
/// the browser's return there.
#[test]
fn after_not_me_another_account_connects_on_the_same_registered_address() {
    let run = start(&["--plain", "--lang", "en"], "\n\n2\n\n\n\n", "not-me");
    let first = run.browser_url();
    FormBrowser::default().practice_journey(&first, None, 0);
    // The logout and the new attempt are both opened (in either order); the
    // person does not follow the logout.
    let (a, b) = (run.browser.nth(1), run.browser.nth(2));
    // Each start address works once: the login's is followed from where it led.
    let behind_a = support::request_behind(&a);
    let (second, logout) = if behind_a.contains("/authorize?") {
        (behind_a, b)
    } else {
        (support::request_behind(&b), a)
    };
    assert!(
        logout.contains("/start-") && !logout.contains("id_token_hint"),
        "{logout}"
    );
    let last = FormBrowser::default().practice_journey(&second, None, 1);
    assert!(last.html.contains("lang=\"en\""), "{}", last.html);
    let (code, out) = run.finish();
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Given names: Angela Claire Louise"), "{out}");
    assert!(out.contains("It has been deleted"), "{out}");
}

/// Plain mode writes logical order; on a right-to-left screen each line
/// starts with a right-to-left mark and the French words sit in isolates,
/// so a bidi terminal or a screen reader gets both directions right.
#[test]
fn plain_right_to_left_lines_carry_direction_marks() {
    let run = start(&["--plain", "--lang", "ar"], "q\n", "rtl-marks");
    let (code, out) = run.finish();
    assert_eq!(code, 3, "{out}");
    let lines: Vec<&str> = out.lines().filter(|l| !l.trim().is_empty()).collect();
    assert!(lines.iter().all(|l| l.starts_with('\u{200F}')), "{out:?}");
    assert!(
        out.contains("\u{2066}«\u{a0}S’identifier avec FranceConnect\u{a0}»\u{2069}"),
        "{out:?}"
    );
}

/// GNU LANGUAGE is honoured, as by every translated GNU program.
#[test]
fn the_gnu_language_list_chooses_the_language() {
    let out = Command::new(env!("CARGO_BIN_EXE_fcguide"))
        .arg("--plain")
        .env("LANGUAGE", "uk:fr")
        // A UTF-8 locale: under plain C the letters would be transliterated to ASCII.
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let uk = fcguide::i18n::Catalog::load().text("uk", "language-title", &[]);
    assert!(text.contains(&uk), "{text}");
}

// ---- Plain mode by ear (issue 18): each point below failed before.

/// The rule that a temporary number starts with 7 or 8 is said once, on the
/// welcome step, in a whole journey (the full screen says it on every step).
#[test]
fn the_seven_or_eight_rule_is_said_once_on_the_welcome_step() {
    let run = start(&["--plain", "--lang", "en"], "\n\n\n\n", "seven-eight");
    FormBrowser::default().practice_journey(&run.browser_url(), None, 0);
    let (code, out) = run.finish();
    assert_eq!(code, 0, "{out}");
    assert_eq!(out.matches("7 or 8").count(), 1, "{out}");
    let welcome = out.split("Step 3 of 6").next().unwrap();
    assert!(welcome.contains("7 or 8"), "{out}");
}

/// Help names the keys plain mode takes, and no key it refuses.
#[test]
fn plain_help_names_only_keys_that_work_in_plain_mode() {
    let run = start(&["--plain", "--lang", "en"], "h\nq\n", "help-keys");
    let (code, out) = run.finish();
    assert_eq!(code, 3, "{out}");
    let (_, help) = out.split_once("Help:").expect("help was said");
    assert!(help.contains("0 goes back"), "{out}");
    for refused in ["Esc", "Backspace"] {
        assert!(!out.contains(refused), "plain mode refuses {refused}:\n{out}");
    }
}

/// "0" goes back even right after "h" (help is not a place to leave first).
#[test]
fn zero_goes_back_right_after_help() {
    let run = start(&["--plain", "--lang", "en"], "\nh\n0\nq\n", "help-back");
    let (code, out) = run.finish();
    assert_eq!(code, 3, "{out}");
    assert_eq!(out.matches("Step 2 of 6. What is FranceConnect?").count(), 2, "{out}");
}

/// After the register's code, its "most common cause" is said once, not
/// again by the note under it.
#[test]
fn after_the_register_code_nothing_is_said_twice() {
    let run = start(&["--plain", "--lang", "en"], "\n2\n\nY010008\n", "twice");
    let mut browser = FormBrowser::default();
    let mut page = browser.get(&run.browser_url());
    page = browser.submit(&page, &support::forms(&page.html)[0], Some("Ameli.fr"));
    page = browser.submit(&page, &support::forms(&page.html)[3], None);
    browser.submit(&page, &support::forms(&page.html)[0], None);
    let (_, out) = run.finish();
    let after = out.split("Code Y010008").nth(1).expect("the code was read");
    assert_eq!(after.matches("most common cause").count(), 1, "{out}");
    // Each sentence of the code's screen is said once.
    let sentences: Vec<&str> = after
        .split(['.', '\n'])
        .map(str::trim)
        .filter(|s| s.len() > 20)
        .collect();
    for s in &sentences {
        assert_eq!(after.matches(s).count(), 1, "said twice: {s:?}\n{out}");
    }
}

/// A code not understood (or none) is most often a slip: Enter alone asks
/// for it again and never ends the run.
#[test]
fn after_a_wrong_or_empty_code_enter_alone_asks_for_it_again() {
    for (typed, tag) in [("Y99", "slip"), ("", "empty")] {
        let answers = format!("\n2\n\n{typed}\n\n");
        let run = start(&["--plain", "--lang", "en"], &answers, tag);
        let mut browser = FormBrowser::default();
        let mut page = browser.get(&run.browser_url());
        page = browser.submit(&page, &support::forms(&page.html)[0], Some("Ameli.fr"));
        page = browser.submit(&page, &support::forms(&page.html)[3], None);
        browser.submit(&page, &support::forms(&page.html)[0], None);
        let (_, out) = run.finish();
        assert_eq!(out.matches("Code from the page").count(), 2, "{typed:?}:\n{out}");
        assert!(out.contains("(Enter alone: Type another code)"), "{out}");
    }
}

/// "s" on the number says the digits will now be shown (and hidden again).
#[test]
fn showing_the_digits_is_said() {
    let run = start(&["--plain", "--lang", "en"], "2\ns\ns\n", "digits");
    let (_, out) = run.finish();
    let shown = out.find("The digits will now be shown as you type.").expect(&out);
    let hidden = out.find("The digits are hidden again.").expect(&out);
    assert!(shown < hidden, "{out}");
}

/// The end of input ends the run at any step, even while the browser is
/// out (a script's answers used to wait for it), within a second, with a
/// closing line and exit code 3.
#[test]
fn end_of_input_ends_the_run_even_while_the_browser_is_out() {
    let mut run = start(&["--plain", "--lang", "en"], "\n\n", "eof-waiting");
    run.browser_url();
    // The browser is out: step 4 waits for it.
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let out = run.out.lock().unwrap().clone();
        if out.contains("The browser has opened") {
            break;
        }
        assert!(Instant::now() < deadline, "{out}");
        std::thread::sleep(Duration::from_millis(20));
    }
    drop(run.child.stdin.take());
    let closed = Instant::now();
    let status = loop {
        if let Some(status) = run.child.try_wait().unwrap() {
            break status;
        }
        assert!(
            closed.elapsed() < Duration::from_secs(5),
            "still waiting for the browser"
        );
        std::thread::sleep(Duration::from_millis(10));
    };
    let took = closed.elapsed();
    std::thread::sleep(Duration::from_millis(100));
    let out = run.out.lock().unwrap().clone();
    assert!(took <= Duration::from_secs(1), "{took:?}");
    assert_eq!(status.code(), Some(3), "{out}");
    assert!(out.trim_end().ends_with("End of the assistant."), "{out}");
}

/// "This is not me" logs out of FranceConnect in the browser: said before
/// the browser opens for it.
#[test]
fn the_logout_of_not_me_is_announced_before_the_browser_opens() {
    let run = start(&["--plain", "--lang", "en"], "\n\n2\n", "not-me-said");
    FormBrowser::default().practice_journey(&run.browser_url(), None, 0);
    let logout = run.browser.nth(1);
    assert!(logout.contains("/start-"), "{logout}");
    let (_, out) = run.finish();
    let said = out
        .find("The browser opens now to log out of FranceConnect.")
        .expect(&out);
    let chosen = out.find("1. Yes, this is me").expect(&out);
    let after = out.find("You said the identity shown was not yours").expect(&out);
    assert!(chosen < said && said < after, "{out}");
}

/// The picker by ear: the name the reader knows first, then the language's
/// own name; typing the first letters of either still chooses.
#[test]
fn the_picker_names_each_language_for_the_reader_first() {
    let run = start(&["--plain", "--lang", "en"], "l\nh\nукр\nq\n", "picker-ear");
    let (_, out) = run.finish();
    assert!(out.contains(". Ukrainian — Українська"), "{out}");
    assert!(out.contains("1. French — Français"), "{out}");
    assert!(out.contains("\n4. English\n"), "{out}");
    assert!(
        out.contains("Крок 2 з 6"),
        "the own name's letters chose Ukrainian:\n{out}"
    );
    let run = start(&["--plain", "--lang", "fr"], "l\nukr\nq\n", "picker-ear-fr");
    let (_, out) = run.finish();
    // Without h, how to find a language, not the list.
    assert!(!out.contains(". Ukrainien — Українська"), "{out}");
    assert!(out.contains("h : les 22 langues"), "{out}");
    assert!(out.contains("Крок 2 з 6"), "{out}");
}

/// Plain mode in a real terminal (tmux) of `cols` x `rows`, for what only a
/// terminal shows: where lines break, what stays on the prompt's line.
struct Tty {
    socket: String,
    _browser: Recorder,
}

impl Tty {
    fn start(tag: &str, cols: u16, rows: u16, args: &str) -> Option<Tty> {
        if !support::Terminal::available() {
            return None;
        }
        let browser = Recorder::new(&format!("tty-{tag}"));
        let command = format!(
            "env -u FCGUIDE_CLIENT_ID -u FCGUIDE_CLIENT_SECRET -u NO_PROXY -u no_proxy \
             ALL_PROXY=http://127.0.0.1:9 HTTP_PROXY=http://127.0.0.1:9 BROWSER='{}' HOME='{}' '{}' {args}; \
             echo \"exit=$?\"; sleep 600",
            browser.script.display(),
            browser.dir.display(),
            env!("CARGO_BIN_EXE_fcguide"),
        );
        let socket = format!("fcguide-{}-tty-{tag}", std::process::id());
        let status = Command::new("tmux")
            .args(["-L", &socket, "new-session", "-d", "-s", "t", "-x", &cols.to_string()])
            .args(["-y", &rows.to_string(), &command])
            .status()
            .unwrap();
        assert!(status.success());
        Some(Tty {
            socket,
            _browser: browser,
        })
    }

    fn tmux(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .args(["-L", &self.socket])
            .args(args)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// The screen, row by row as the terminal shows it.
    fn screen(&self) -> String {
        self.tmux(&["capture-pane", "-p", "-t", "t"])
    }

    /// The screen with the rows the terminal wrapped by itself joined again:
    /// equal to `screen` when every break is the program's own.
    fn screen_joined(&self) -> String {
        self.tmux(&["capture-pane", "-p", "-J", "-t", "t"])
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "t"];
        args.extend_from_slice(keys);
        self.tmux(&args);
    }

    /// The screen once two captures 200 ms apart are the same (at most 10 s).
    fn settled(&self) -> String {
        let deadline = Instant::now() + Duration::from_secs(10);
        let mut last = self.screen();
        loop {
            std::thread::sleep(Duration::from_millis(200));
            let now = self.screen();
            if now == last || Instant::now() > deadline {
                return now;
            }
            last = now;
        }
    }

    /// Waits up to `secs` for `text` on the screen; the screen, or None.
    fn wait_for(&self, text: &str, secs: u64) -> Option<String> {
        let deadline = Instant::now() + Duration::from_secs(secs);
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return Some(screen);
            }
            if Instant::now() > deadline {
                return None;
            }
            std::thread::sleep(Duration::from_millis(30));
        }
    }
}

impl Drop for Tty {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["-L", &self.socket, "kill-server"])
            .stderr(Stdio::null())
            .status();
    }
}

/// The words of a text (no-break spaces are spaces here).
fn words(text: &str) -> std::collections::HashSet<String> {
    text.replace('\u{a0}', " ")
        .split_whitespace()
        .map(str::to_string)
        .collect()
}

/// Plain mode breaks its own lines at word boundaries to the terminal's
/// width (read at each line: a resize is followed), never inside a word or a
/// « label »: a screen reader reads by row. A pipe keeps whole lines.
#[test]
fn plain_lines_wrap_at_word_boundaries_at_80_and_40_columns() {
    // The whole lines, from a pipe: every word a row may hold.
    let run = start(&["--plain", "--lang", "en"], "h\nq\n", "wrap-pipe");
    let (_, piped) = run.finish();
    assert!(
        piped.lines().any(|l| l.chars().count() > 100),
        "a pipe keeps whole lines:\n{piped}"
    );
    let known = words(&piped);
    let Some(tty) = Tty::start("wrap", 80, 200, "--plain --lang en") else {
        return;
    };
    let check = |screen: &str, joined: &str, cols: usize| {
        let rows = |s: &str| s.lines().map(|r| r.trim_end().to_string()).collect::<Vec<_>>();
        assert_eq!(
            rows(screen),
            rows(joined),
            "the terminal had to wrap a row itself at {cols} columns"
        );
        for row in screen.lines() {
            assert!(row.chars().count() <= cols, "{row:?}");
            for w in words(row) {
                assert!(
                    known.contains(&w),
                    "{w:?} is a piece of a word at {cols} columns:\n{screen}"
                );
            }
            // A label that fits on a row is never cut.
            assert_eq!(row.matches('«').count(), row.matches('»').count(), "{row:?}\n{screen}");
        }
    };
    tty.wait_for("Choice (Enter alone: Continue)", 10)
        .expect("the welcome step");
    let screen = tty.settled();
    check(&screen, &tty.screen_joined(), 80);
    // Narrower: the help that follows fits the new width.
    tty.tmux(&["resize-window", "-t", "t", "-x", "40", "-y", "200"]);
    let deadline = Instant::now() + Duration::from_secs(10);
    while tty.tmux(&["display-message", "-p", "-t", "t", "#{pane_width}"]).trim() != "40" {
        assert!(Instant::now() < deadline, "the pane never became 40 columns wide");
        std::thread::sleep(Duration::from_millis(50));
    }
    tty.keys(&["h", "Enter"]);
    tty.wait_for("the voice. q quits.", 10)
        .unwrap_or_else(|| panic!("{}", tty.screen()));
    // Both captures once the output has stopped (under load the help's last
    // rows and the prompt may still be on their way).
    let screen = tty.settled();
    let help: String = screen.split("Help:").skip(1).collect::<Vec<_>>().join("Help:");
    assert!(help.lines().count() > 10, "{screen}");
    for row in help.lines() {
        assert!(row.chars().count() <= 40, "{row:?}\n{screen}");
    }
    let tail = |s: &str| s.split("Help:").skip(1).collect::<Vec<_>>().join("Help:");
    check(&tail(&screen), &tail(&tty.screen_joined()), 40);
}

/// The hidden number's answer starts on its own line (no echo, not even of
/// Enter, while the digits are hidden).
#[test]
fn the_hidden_numbers_answer_starts_on_its_own_line() {
    let Some(tty) = Tty::start("hidden", 120, 50, "--plain --lang en") else {
        return;
    };
    tty.wait_for("Choice (Enter alone: Continue)", 10)
        .expect("the welcome step");
    tty.keys(&["2", "Enter"]);
    tty.wait_for("What you type is not shown", 10)
        .unwrap_or_else(|| panic!("{}", tty.screen()));
    tty.keys(&["1", "8", "5", "0", "5", "7", "8", "0", "0", "6", "0", "4", "8", "Enter"]);
    let screen = tty.wait_for("FranceConnect", 10).unwrap();
    let screen = tty.wait_for("Choice (Enter alone", 10).expect(&screen);
    let prompt_row = screen
        .lines()
        .find(|r| r.contains("What you type is not shown"))
        .unwrap();
    assert!(
        prompt_row.trim_end().ends_with('>'),
        "the answer went on the prompt's row:\n{screen}"
    );
    assert!(!screen.contains("185057"), "the number was shown:\n{screen}");
}

/// Ctrl-D after some typing ends the answer, as Enter would.
#[test]
fn ctrl_d_ends_a_prompt_with_partial_input() {
    let Some(tty) = Tty::start("ctrl-d", 100, 50, "--plain --lang en") else {
        return;
    };
    tty.wait_for("Choice (Enter alone: Continue)", 10)
        .expect("the welcome step");
    tty.keys(&["2", "C-d"]);
    let screen = tty.wait_for("Step 2 of 6. Check my social security number", 3);
    assert!(screen.is_some(), "Ctrl-D after \"2\" did not answer:\n{}", tty.screen());
    let screen = screen.unwrap();
    let answered = screen
        .lines()
        .find(|r| r.contains("Choice (Enter alone: Continue)"))
        .unwrap();
    assert!(!answered.contains("Step 2"), "{screen}");
    // Ctrl-D on an empty answer is the end of input: the run ends, exit 3.
    tty.keys(&["C-d"]);
    let screen = tty.wait_for("exit=3", 3).unwrap_or_else(|| panic!("{}", tty.screen()));
    assert!(screen.contains("End of the assistant."), "{screen}");
}
