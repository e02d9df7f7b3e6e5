//! The commands that are not a guided run: version, languages, help, the
//! practice provider on its own, and the messages that refuse a start.

pub mod check;
pub mod show_config;

use crate::cli::{PracticeOptions, Sub, Usage, exit};
use crate::i18n::{Arg, Catalog};
use crate::oidc::config;
use crate::oidc::error::LoginError;
use crate::practice::{self, PracticeServer};
use crate::setup;
use std::sync::Arc;
use std::sync::mpsc::channel;

/// Text on standard output, each write checked: a full disk or a closed
/// output is reported by `written`, never a silent success.
pub fn print(text: &str) -> std::io::Result<()> {
    print_bytes(text.as_bytes())
}

/// Bytes on standard output (a sheet), each write checked.
pub fn print_bytes(bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    out.write_all(bytes).and_then(|()| out.flush())
}

/// A line on standard output.
pub fn say(line: &str) -> std::io::Result<()> {
    print(&format!("{line}\n"))
}

/// The exit code once the output is written: `code`, or, when a write failed,
/// what went wrong on standard error and 1. A reader that went away
/// (`fcguide --help | head`) is told nothing: it asked for no more.
pub fn written(catalog: &Catalog, lang: &str, result: std::io::Result<()>, code: i32) -> i32 {
    match result {
        Ok(()) => code,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => exit::FAILED,
        Err(e) => {
            let reason = e.to_string();
            eprintln!(
                "{}",
                catalog.text(lang, "cli2-write-failed", &[("word", Arg::Str(&reason))])
            );
            exit::FAILED
        }
    }
}

/// The version, the commit it was built from, and the certificates a real
/// provider's TLS is checked against: what a bug report needs.
pub fn version(catalog: &Catalog, lang: &str) -> i32 {
    let text = format!(
        "fcguide {} (commit {})\ncertificates: {}\n",
        env!("CARGO_PKG_VERSION"),
        crate::debug::commit(),
        crate::oidc::http::certificate_store()
    );
    written(catalog, lang, print(&text), exit::OK)
}

/// `--help`, or the help of one command (`fcguide sheet --help`).
pub fn help(catalog: &Catalog, lang: &str, topic: Sub) -> i32 {
    let text = match topic {
        Sub::Run => format!(
            "{}\n\n{}\n\n{}\n",
            catalog.text(lang, "cli-help", &[]),
            catalog.text(lang, "cli2-help-more", &[]),
            catalog.text(lang, "cli2-help-production", &[])
        ),
        Sub::RelayPage => catalog.text(lang, "cli2-help-relay-page", &[]) + "\n",
        Sub::Sheet => catalog.text(lang, "cli2-help-sheet", &[]) + "\n",
        Sub::PracticeServer => catalog.text(lang, "cli2-help-practice-server", &[]) + "\n",
        Sub::Check => catalog.text(lang, "cli2-help-check", &[]) + "\n",
        Sub::Config => catalog.text(lang, "cli2-help-config", &[]) + "\n",
    };
    written(catalog, lang, print(&text), exit::OK)
}

/// Each shipped language: its tag, own name, English name, and whether a
/// native speaker has read it yet.
pub fn list_languages(catalog: &Catalog, ui: &str) -> i32 {
    let mut text = String::new();
    for tag in catalog.tags() {
        let reviewed = catalog.text(&tag, "language-review", &[]) == "native";
        let note = if reviewed {
            String::new()
        } else {
            format!("\t{}", catalog.text(ui, "language-not-reviewed", &[]))
        };
        text.push_str(&format!(
            "{tag}\t{}\t{}{note}\n",
            catalog.text(&tag, "language-name", &[]),
            catalog.text(&tag, "language-name-en", &[])
        ));
    }
    written(catalog, ui, print(&text), exit::OK)
}

/// A configuration file that cannot be used: which file, which line, what to do.
pub fn config_problem(
    catalog: &Catalog,
    lang: &str,
    p: &crate::config::Problem,
    secret_file: Option<&std::path::Path>,
) -> i32 {
    let file = p.file.display().to_string();
    let line = p.line.to_string();
    let secret = secret_file.map(|f| f.display().to_string()).unwrap_or_default();
    let args = [
        ("file", Arg::Str(&file)),
        ("line", Arg::Str(&line)),
        ("word", Arg::Str(&p.word)),
        ("secret", Arg::Str(&secret)),
    ];
    eprintln!("{}", catalog.text(lang, p.id, &args));
    exit::USAGE
}

/// A command line that cannot be read: what was not understood, and where help is.
pub fn usage_error(catalog: &Catalog, lang: &str, usage: &Usage) -> i32 {
    eprintln!("{}", catalog.text(lang, usage.id, &[("word", Arg::Str(&usage.word))]));
    eprintln!("{}", catalog.text(lang, "cli-see-help", &[]));
    exit::USAGE
}

/// `--lang` or `--second-lang` names a language that is not shipped.
pub fn unknown_language(catalog: &Catalog, lang: &str, requested: &str) -> i32 {
    eprintln!(
        "{}",
        catalog.text(
            lang,
            "cli-unknown-language",
            &[("word", Arg::Str(&crate::identity::clean_text(requested)))]
        )
    );
    exit::USAGE
}

/// A set-up the program cannot use: what is wrong and what to do, in the
/// person's language, before anything starts.
pub fn refuse_setup(catalog: &Catalog, lang: &str, e: &LoginError) -> i32 {
    let id = e.id();
    // The file a message is about, by its path (never its content).
    let file = e.file().map(|p| p.display().to_string()).unwrap_or_default();
    let args = [("file", Arg::Str(&file))];
    eprintln!("{}", catalog.text(lang, &format!("error-{id}"), &args));
    eprintln!("{}", catalog.text(lang, &format!("error-{id}-next"), &args));
    setup::exit_code(e)
}

/// `fcguide practice-server`: the practice provider alone, for a trainer's own
/// client, until it is asked to stop.
pub fn practice_server(catalog: Arc<Catalog>, options: &PracticeOptions, lang: &str) -> i32 {
    let mut settings = practice::Settings {
        port: options.port,
        consent_box: options.consent_box,
        production_rules: options.production_rules,
        ..Default::default()
    };
    if let Some(uri) = &options.redirect_uri {
        match config::check_redirect_uri(uri) {
            Ok(u) => settings.redirect_uri = u.to_string(),
            Err(e) => return refuse_setup(&catalog, lang, &e),
        }
    }
    let Ok(server) = PracticeServer::start(settings, catalog.clone()) else {
        let port = options.port.to_string();
        eprintln!(
            "{}",
            catalog.text(lang, "cli-practice-port", &[("word", Arg::Str(&port))])
        );
        return exit::FAILED;
    };
    let started = format!(
        "{}\nissuer: {}\nclient_id: {}\nclient_secret: {}\nredirect_uri: {}\n",
        catalog.text(lang, "cli-practice-started", &[]),
        server.issuer,
        server.client_id,
        // A practice secret, made for this run only: printing it is what lets a trainer's program use it.
        server.client_secret,
        server.redirect_uri
    );
    if let Err(e) = print(&started) {
        return written(&catalog, lang, Err(e), exit::FAILED);
    }
    let (stop, stopped) = channel::<()>();
    crate::signals::on_termination(move || {
        let _ = stop.send(());
    });
    let _ = stopped.recv();
    exit::OK
}
