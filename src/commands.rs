//! The commands that are not a guided run: version, languages, help, the
//! practice provider on its own, and the messages that refuse a start.

use crate::cli::{PracticeOptions, Usage, exit};
use crate::i18n::{Arg, Catalog};
use crate::oidc::config;
use crate::oidc::error::LoginError;
use crate::practice::{self, PracticeServer};
use crate::setup;
use std::sync::Arc;
use std::sync::mpsc::channel;

/// A line on standard output; a reader that went away (`fcguide --help | head`)
/// is not an error worth a panic.
pub fn say(line: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stdout().lock(), "{line}");
}

pub fn version() -> i32 {
    say(&format!("fcguide {}", env!("CARGO_PKG_VERSION")));
    exit::OK
}

pub fn help(catalog: &Catalog, lang: &str) -> i32 {
    say(&catalog.text(lang, "cli-help", &[]));
    exit::OK
}

/// Each shipped language: its tag, own name, English name, and whether a
/// native speaker has read it yet.
pub fn list_languages(catalog: &Catalog, ui: &str) -> i32 {
    for tag in catalog.tags() {
        let reviewed = catalog.text(&tag, "language-review", &[]) == "native";
        let note = if reviewed {
            String::new()
        } else {
            format!("\t{}", catalog.text(ui, "language-not-reviewed", &[]))
        };
        say(&format!(
            "{tag}\t{}\t{}{note}",
            catalog.text(&tag, "language-name", &[]),
            catalog.text(&tag, "language-name-en", &[])
        ));
    }
    exit::OK
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
    say(&catalog.text(lang, "cli-practice-started", &[]));
    say(&format!("issuer: {}", server.issuer));
    say(&format!("client_id: {}", server.client_id));
    // A practice secret, made for this run only: printing it is what lets a trainer's program use it.
    say(&format!("client_secret: {}", server.client_secret));
    say(&format!("redirect_uri: {}", server.redirect_uri));
    let (stop, stopped) = channel::<()>();
    crate::signals::on_termination(move || {
        let _ = stop.send(());
    });
    let _ = stopped.recv();
    exit::OK
}
