//! The command line as people type it (issue 22): options around the command,
//! `--`, help and errors in the language asked for, write errors; the
//! remembered set-up; `fcguide check`; and a `--debug` trace that holds
//! nothing personal.

mod support;

use fcguide::i18n::{Arg, Catalog};
use std::io::{BufRead, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};
use support::{FormBrowser, Recorder};

/// The binary with a clean environment: a home and configuration folder of
/// its own, English as the system's language, no secret or client id.
fn fcguide(home: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_fcguide"));
    c.env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_STATE_HOME", home.join("state"))
        .env("LANG", "en_GB.UTF-8")
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("FCGUIDE_CLIENT_ID")
        .env_remove("FCGUIDE_CLIENT_SECRET")
        .env_remove("FCGUIDE_DEBUG")
        .stdin(Stdio::null());
    for proxy in ["ALL_PROXY", "HTTPS_PROXY", "HTTP_PROXY", "NO_PROXY"] {
        c.env_remove(proxy).env_remove(proxy.to_lowercase());
    }
    c
}

/// A fresh folder under the target directory, emptied first.
fn home(tag: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-{tag}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("config/fcguide")).unwrap();
    dir
}

fn run(c: &mut Command) -> (i32, String, String) {
    let Output { status, stdout, stderr } = c.output().unwrap();
    (
        status.code().unwrap_or(-1),
        String::from_utf8_lossy(&stdout).into_owned(),
        String::from_utf8_lossy(&stderr).into_owned(),
    )
}

fn text(id: &str, lang: &str, args: &[(&str, Arg)]) -> String {
    Catalog::load().text(lang, id, args)
}

/// The part of a message before its first argument: what a test can look for.
fn stem(id: &str, lang: &str) -> String {
    let whole = text(id, lang, &[]);
    whole.split("{$").next().unwrap().trim_end().to_string()
}

#[test]
fn options_stand_anywhere_and_help_speaks_the_language_asked_for() {
    let home = home("order");
    // `--lang` before the command, `--help` after it: the sheet's own help, in English.
    let (code, out, _) = run(fcguide(&home).args(["--lang", "en", "sheet", "--help"]));
    assert_eq!(code, 0);
    assert_eq!(out.trim_end(), text("cli2-help-sheet", "en", &[]));
    // `--lang` after `--help`: still Ukrainian, with the environment variables listed.
    let (code, out, _) = run(fcguide(&home).args(["--help", "--lang", "uk"]));
    assert_eq!(code, 0);
    assert!(out.starts_with(&text("cli-help", "uk", &[])), "{out}");
    assert!(out.contains(&text("cli2-help-more", "uk", &[])), "{out}");
    for variable in [
        "FCGUIDE_CLIENT_SECRET",
        "FCGUIDE_DEBUG",
        "XDG_CONFIG_HOME",
        "HTTPS_PROXY",
        "NO_COLOR",
        "LANGUAGE",
    ] {
        assert!(out.contains(variable), "--help does not name {variable}");
    }
    let (_, out, _) = run(fcguide(&home).args(["practice-server", "--help", "--lang=uk"]));
    assert_eq!(out.trim_end(), text("cli2-help-practice-server", "uk", &[]));
    // The sheet's options before the command work too.
    let (code, out, _) = run(fcguide(&home).args(["--format", "text", "--lang", "en", "sheet"]));
    assert_eq!(code, 0);
    assert!(!out.contains("<html"), "{out}");
}

#[test]
fn after_double_dash_a_word_is_an_operand_and_a_stray_one_is_a_usage_error() {
    let home = home("dashes");
    let (code, out, err) = run(fcguide(&home).args(["--", "--x"]));
    assert_eq!(code, 2, "{out}{err}");
    let said = text("cli2-unexpected-operand", "en", &[("word", Arg::Str("--x"))]);
    assert!(err.contains(&said), "{err}");
    // A usage error comes in the language of `--lang`, even given before the mistake.
    let (code, _, err) = run(fcguide(&home).args(["--lang", "uk", "--bogus"]));
    assert_eq!(code, 2);
    assert!(
        err.contains(&text("cli-unknown-option", "uk", &[("word", Arg::Str("--bogus"))])),
        "{err}"
    );
    // After `--`, the command's name is the operand it always was.
    let (code, out, _) = run(fcguide(&home).args(["--lang=en", "--", "sheet"]));
    assert_eq!(code, 0);
    assert!(out.contains("<html"));
}

#[test]
fn the_version_names_the_commit_and_the_certificates() {
    let (code, out, _) = run(fcguide(&home("version")).arg("--version"));
    assert_eq!(code, 0);
    assert!(
        out.starts_with(concat!("fcguide ", env!("CARGO_PKG_VERSION"), " (commit ")),
        "{out}"
    );
    let store = fcguide::oidc::http::certificate_store();
    assert!(out.contains(&format!("certificates: {store}")), "{out}");
}

#[test]
fn a_full_disk_is_reported_not_swallowed() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        println!("SKIPPED: no /dev/full on this system");
        return;
    };
    let (code, _, err) = run(fcguide(&home("full")).args(["sheet", "--lang", "en"]).stdout(full));
    assert_eq!(code, 1, "{err}");
    assert!(err.contains(&stem("cli2-write-failed", "en")), "{err}");
}

#[test]
fn the_settings_file_sets_provider_and_language_and_options_override_it() {
    let home = home("config");
    let file = home.join("config/fcguide/config");
    std::fs::write(
        &file,
        "# the family service\nprovider = franceconnect-sandbox\nlang = uk\n",
    )
    .unwrap();
    // Shown with where each value comes from.
    let (code, out, _) = run(fcguide(&home).args(["config", "--lang", "en"]));
    assert_eq!(code, 0);
    let line = |key: &str| out.lines().find(|l| l.starts_with(key)).unwrap_or_default().to_string();
    assert!(line("provider").contains("franceconnect-sandbox"), "{out}");
    assert!(line("provider").contains(&format!("{}:2", file.display())), "{out}");
    assert!(line("lang").contains("= en"), "{out}");
    assert!(
        line("lang").contains(&text("cli2-origin-option", "en", &[("word", Arg::Str("--lang"))])),
        "{out}"
    );
    // A run takes both from the file: the sandbox, which needs a client id,
    // refuses to start, in Ukrainian.
    let (code, _, err) = run(fcguide(&home).arg("--plain"));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains(&text("error-config-client-id", "uk", &[])), "{err}");
    // Options override it: English, and the practice provider, which starts.
    let (code, _, err) = run(fcguide(&home).args(["--plain", "--lang", "en", "--client-id", "x"]));
    assert!(
        err.contains(&text("error-config-redirect-required", "en", &[])),
        "{code} {err}"
    );
    let (code, out, _) = run(fcguide(&home).args(["--plain", "--provider", "practice", "--lang", "en"]));
    assert_eq!(code, 3, "input ended on the first step: {out}");
    assert!(out.contains(&text("welcome-title", "en", &[])), "{out}");
}

#[test]
fn a_bad_line_names_the_file_and_the_line_and_a_secret_is_refused() {
    let home = home("bad-config");
    let file = home.join("config/fcguide/config");
    std::fs::write(&file, "lang = en\nprovider franceconnect\n").unwrap();
    let (code, _, err) = run(fcguide(&home).args(["--lang", "uk", "config"]));
    assert_eq!(code, 2);
    let where_ = file.display().to_string();
    let said = text(
        "cli2-config-bad-line",
        "uk",
        &[("file", Arg::Str(&where_)), ("line", Arg::Str("2"))],
    );
    assert_eq!(err.trim_end(), said);
    std::fs::write(&file, "client_secret = s3cr3t-value\n").unwrap();
    let (code, _, err) = run(fcguide(&home).args(["--lang", "en"]));
    assert_eq!(code, 2);
    assert!(err.contains(&format!("{where_}:1")), "{err}");
    assert!(
        err.contains("client_secret (chmod 600)"),
        "points to the secret file: {err}"
    );
    assert!(!err.contains("s3cr3t"), "the value is never echoed: {err}");
}

/// `fcguide practice-server`, its printed set-up, stopped when dropped.
struct Practice {
    child: Child,
    issuer: String,
    secret: String,
    redirect: String,
}

impl Practice {
    fn start(home: &Path) -> Practice {
        let mut child = fcguide(home)
            .args(["practice-server", "--lang", "en"])
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut lines = std::io::BufReader::new(child.stdout.take().unwrap()).lines();
        let mut value = |key: &str| loop {
            let line = lines.next().expect("practice-server output").unwrap();
            if let Some(v) = line.strip_prefix(key) {
                return v.trim().to_string();
            }
        };
        let issuer = value("issuer:");
        let secret = value("client_secret:");
        let redirect = value("redirect_uri:");
        Practice {
            child,
            issuer,
            secret,
            redirect,
        }
    }

    fn check(&self, home: &Path, secret_in_env: bool) -> (i32, String, String) {
        let mut c = fcguide(home);
        c.args([
            "check",
            "--lang",
            "en",
            "--issuer",
            &self.issuer,
            "--rules",
            "franceconnect",
        ])
        .args(["--client-id", "fcguide-practice", "--redirect-uri", &self.redirect]);
        if secret_in_env {
            c.env("FCGUIDE_CLIENT_SECRET", &self.secret);
        }
        run(&mut c)
    }
}

impl Drop for Practice {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn verdict(mark: &str, id: &str, args: &[(&str, Arg)]) -> String {
    format!("{}: {}", text(mark, "en", &[]), text(id, "en", args))
}

#[test]
fn check_gives_a_verdict_per_item_against_a_running_and_a_stopped_provider() {
    let home = home("check");
    let mut practice = Practice::start(&home);
    let (code, out, err) = practice.check(&home, true);
    assert_eq!(code, 0, "{out}{err}");
    let redirect = practice.redirect.clone();
    for expected in [
        verdict("cli2-check-ok", "cli2-check-setup-ok", &[]),
        verdict("cli2-check-ok", "cli2-check-secret-env", &[]),
        verdict(
            "cli2-check-ok",
            "cli2-check-redirect-ok",
            &[("word", Arg::Str(&redirect))],
        ),
        verdict("cli2-check-ok", "cli2-check-loopback", &[]),
        verdict("cli2-check-ok", "cli2-check-discovery-ok", &[]),
        text("cli2-check-ready", "en", &[]),
    ] {
        assert!(out.contains(&expected), "{expected:?} missing from:\n{out}");
    }
    assert!(!out.contains(&practice.secret), "the secret is never shown");
    // The secret in a file that others can read: a problem, said with the file.
    let secret_file = home.join("config/fcguide/client_secret");
    std::fs::write(&secret_file, &practice.secret).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&secret_file, std::fs::Permissions::from_mode(0o644)).unwrap();
        let (code, out, _) = practice.check(&home, false);
        assert_eq!(code, 1, "{out}");
        let file = secret_file.display().to_string();
        assert!(
            out.contains(&verdict(
                "cli2-check-problem",
                "error-config-secret-file-open",
                &[("file", Arg::Str(&file))]
            )),
            "{out}"
        );
        std::fs::set_permissions(&secret_file, std::fs::Permissions::from_mode(0o600)).unwrap();
        let (code, out, _) = practice.check(&home, false);
        assert_eq!(code, 0, "{out}");
        assert!(
            out.contains(&verdict(
                "cli2-check-ok",
                "cli2-check-secret-file",
                &[("file", Arg::Str(&file))]
            )),
            "{out}"
        );
    }
    // Stopped: the set-up is still right, the provider refuses the connection.
    let host = practice
        .issuer
        .trim_start_matches("http://")
        .split('/')
        .next()
        .unwrap()
        .to_string();
    let _ = practice.child.kill();
    let _ = practice.child.wait();
    let (code, out, _) = practice.check(&home, true);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(&verdict("cli2-check-ok", "cli2-check-setup-ok", &[])),
        "{out}"
    );
    assert!(
        out.contains(&verdict(
            "cli2-check-problem",
            "error-net-refused",
            &[("host", Arg::Str(&host))]
        )),
        "{out}"
    );
    assert!(!out.contains(&text("cli2-check-discovery-ok", "en", &[])), "{out}");
    assert!(out.contains(&text("cli2-check-not-ready", "en", &[])), "{out}");
    // A wrong registration under the platform's rules is a problem too.
    let mut c = fcguide(&home);
    c.args([
        "check",
        "--lang",
        "en",
        "--provider",
        "franceconnect-sandbox",
        "--client-id",
        "c",
    ]);
    let (code, out, _) = run(c
        .args(["--redirect-uri", "http://example.org:80/cb"])
        .env("HTTPS_PROXY", "http://127.0.0.1:9"));
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(&verdict("cli2-check-problem", "error-config-redirect-uri", &[])),
        "{out}"
    );
    assert!(
        out.contains(&verdict(
            "cli2-check-ok",
            "cli2-check-proxy",
            &[("word", Arg::Str("127.0.0.1:9"))]
        )),
        "{out}"
    );
}

/// Valid, permanent, and made of digits found nowhere else in a journey.
const NIR: &str = "2 91 07 75 056 118 72";

#[test]
fn a_whole_journey_with_debug_leaves_nothing_personal_in_the_trace() {
    let browser = Recorder::new("cli-debug");
    let mut child = support::fcguide(&["--plain", "--lang", "en", "--debug"], &browser)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let trace = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stderr.read_to_string(&mut s);
        s
    });
    // Check the number, continue, the first provider, then Enter on each step.
    let answers = format!("2\n{NIR}\n\n\n\n\n\n");
    child.stdin.as_mut().unwrap().write_all(answers.as_bytes()).unwrap();
    let mut journey = FormBrowser::default();
    let last = journey.practice_journey(&support::request_behind(&browser.nth(0)), None, 0);
    assert!(last.status == 200, "{}", last.html);
    let (code, out) = finish(child);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains(&text("nir-permanent", "en", &[])),
        "the number was checked: {out}"
    );
    assert!(out.contains("Jean"), "connected as the practice account: {out}");
    let trace = trace.join().unwrap();
    // The trace says what happened…
    for expected in [
        "/.well-known/openid-configuration answered 200",
        "answered 200",
        "callback received",
        "connected",
    ] {
        assert!(
            trace.contains(expected),
            "{expected:?} missing from the trace:\n{trace}"
        );
    }
    // …and nothing of the code, the state, a token, a claim or the number.
    let callback = journey
        .visited
        .iter()
        .find(|a| a.contains("code="))
        .expect("the callback address");
    // (Its `iss` is the issuer, an endpoint like any other.)
    let query: Vec<(String, String)> = url::Url::parse(callback).unwrap().query_pairs().into_owned().collect();
    for (name, value) in query.iter().filter(|(n, _)| n == "code" || n == "state") {
        assert!(value.len() >= 16, "{name}: a real random value");
        assert!(!trace.contains(value.as_str()), "{name} is in the trace:\n{trace}");
    }
    assert!(!trace.contains("eyJ"), "a JWT is in the trace:\n{trace}");
    for claim in ["Jean", "MARTIN", "1985", "jean.martin", "69123", "99100", "male"] {
        assert!(!trace.contains(claim), "{claim} is in the trace:\n{trace}");
    }
    let digits: String = NIR.chars().filter(char::is_ascii_digit).collect();
    assert!(!trace.contains(NIR) && !trace.contains(&digits));
    // Past the version line, the only numbers are statuses, times and ports:
    // no run of four digits of anything else (a window of the number).
    let numbers = trace
        .lines()
        .skip(1)
        .map(|l| l.split_once("] ").map_or(l, |(_, rest)| rest))
        // A port stays joined to what precedes it (`127.0.0.1:43979`, `:43979`) and is left out.
        .flat_map(|l| l.split(|c: char| !c.is_ascii_digit() && c != ':'))
        .filter(|w| !w.is_empty() && !w.contains(':'))
        .collect::<Vec<_>>();
    for window in digits.as_bytes().windows(4) {
        let window = std::str::from_utf8(window).unwrap();
        assert!(
            !numbers.iter().any(|n| n.contains(window)),
            "digits {window} of the number are in the trace:\n{trace}"
        );
    }
}

/// Ends a run: input closed, output read, exit code.
fn finish(mut child: Child) -> (i32, String) {
    drop(child.stdin.take());
    let deadline = Instant::now() + Duration::from_secs(30);
    let mut out = String::new();
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let _ = stdout.read_to_string(&mut out);
        out
    });
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return (status.code().unwrap_or(-1), reader.join().unwrap());
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("did not end: {}", reader.join().unwrap());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// The full screen owns the terminal: its trace goes to a file of the user's
/// alone under `XDG_STATE_HOME`, and the path is said once the screen is gone.
#[test]
fn the_full_screen_writes_its_trace_to_a_private_file() {
    if !support::Terminal::available() {
        return;
    }
    let home = home("tui-trace");
    let state = home.join("state");
    let command = format!(
        "env -u FCGUIDE_PLAIN -u FCGUIDE_DEBUG -u NO_COLOR HOME={home} XDG_STATE_HOME={state} BROWSER=true {bin} --lang en --debug; echo EXIT=$?; sleep 30",
        home = home.display(),
        state = state.display(),
        bin = env!("CARGO_BIN_EXE_fcguide")
    );
    let t = support::Terminal::start("cli-trace", &command);
    let screen = t.wait_for("FranceConnect");
    assert!(
        !screen.contains("fcguide debug"),
        "the trace stays off the screen:\n{screen}"
    );
    t.keys(&["q"]);
    let screen = t.wait_for("EXIT=");
    let file = state.join("fcguide/debug.log");
    let said = text(
        "cli2-debug-file",
        "en",
        &[("file", Arg::Str(&file.display().to_string()))],
    );
    // The terminal may wrap the long line: compared without line breaks.
    let joined: String = screen.lines().map(str::trim_end).collect::<Vec<_>>().join("");
    assert!(joined.replace(' ', "").contains(&said.replace(' ', "")), "{screen}");
    let trace = std::fs::read_to_string(&file).expect("the trace file");
    assert!(trace.starts_with("fcguide debug ["), "{trace}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "the trace is the user's alone");
    }
}
