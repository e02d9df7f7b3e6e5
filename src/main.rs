//! Parses the command line, chooses the face, runs. Everything else lives in the library.

use fcguide::app::App;
use fcguide::browser::Browser;
use fcguide::cli::{self, Command, Options, PracticeOptions, exit};
use fcguide::flow::{Msg, State};
use fcguide::i18n::{Arg, Catalog};
use fcguide::oidc::config;
use fcguide::oidc::error::LoginError;
use fcguide::practice::{self, PracticeServer};
use fcguide::runner::{Event, Runner, Timing};
use fcguide::setup::{self, Environment, Target};
use fcguide::ui::{plain, tui};
use fcguide::view::{Context, SshOrigin};
use std::io::IsTerminal;
use std::sync::Arc;
use std::sync::mpsc::channel;
use std::time::Duration;

/// Freed memory is wiped, so no personal data lingers in the heap after use.
#[global_allocator]
static ALLOCATOR: zeroizing_alloc::ZeroAlloc<std::alloc::System> = zeroizing_alloc::ZeroAlloc(std::alloc::System);

fn main() {
    std::process::exit(real_main());
}

fn real_main() -> i32 {
    // Before any thread: the secret leaves the environment, no core dump keeps personal data.
    let environment = Environment::take();
    fcguide::secure::harden_process();
    fcguide::http_server::raise_open_file_limit();
    let catalog = Arc::new(Catalog::load());
    let env = |k: &str| std::env::var(k).ok();
    let system = catalog.system_language(env);
    let lang_for = |requested: &Option<String>| {
        requested
            .as_deref()
            .and_then(|r| catalog.negotiate(r))
            .or(system.clone())
            .unwrap_or_else(|| "fr".into())
    };
    let command = match cli::parse_os(std::env::args_os().skip(1)) {
        Ok(c) => c,
        Err(u) => {
            let lang = lang_for(&None);
            eprintln!("{}", catalog.text(&lang, u.id, &[("word", Arg::Str(&u.word))]));
            eprintln!("{}", catalog.text(&lang, "cli-see-help", &[]));
            return exit::USAGE;
        }
    };
    match command {
        Command::Version => {
            say(&format!("fcguide {}", env!("CARGO_PKG_VERSION")));
            exit::OK
        }
        Command::ListLanguages { lang } => {
            let ui = lang_for(&lang);
            for tag in catalog.tags() {
                let reviewed = catalog.text(&tag, "language-review", &[]) == "native";
                let note = if reviewed {
                    String::new()
                } else {
                    format!("\t{}", catalog.text(&ui, "language-not-reviewed", &[]))
                };
                say(&format!(
                    "{tag}	{}	{}{note}",
                    catalog.text(&tag, "language-name", &[]),
                    catalog.text(&tag, "language-name-en", &[])
                ));
            }
            exit::OK
        }
        Command::Help { lang } => {
            say(&catalog.text(&lang_for(&lang), "cli-help", &[]));
            exit::OK
        }
        Command::Sheet(s) => fcguide::sheet::run(&catalog, &s, &lang_for(&s.lang), &mut std::io::stdout().lock()),
        Command::PracticeServer(p) => {
            let lang = lang_for(&p.lang);
            practice_server(catalog.clone(), p, &lang)
        }
        Command::Run(options) => {
            let skip_picker = options.lang.is_some();
            let lang = lang_for(&options.lang);
            let unknown = [&options.lang, &options.second_lang]
                .into_iter()
                .flatten()
                .find(|r| catalog.negotiate(r).is_none());
            if let Some(requested) = unknown {
                let text = catalog.text(&lang, "cli-unknown-language", &[("word", Arg::Str(requested))]);
                eprintln!("{text}");
                return exit::USAGE;
            }
            let target = match setup::target(&options, &environment) {
                Ok(t) => t,
                Err(e) => return refuse_setup(&catalog, &lang, &e),
            };
            drop(environment);
            run(catalog, options, target, lang, skip_picker)
        }
    }
}

/// A line on standard output; a reader that went away (`fcguide --help | head`)
/// is not an error worth a panic.
fn say(line: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stdout().lock(), "{line}");
}

/// A set-up the program cannot use: what is wrong and what to do, in the
/// person's language, before anything starts.
fn refuse_setup(catalog: &Catalog, lang: &str, e: &LoginError) -> i32 {
    let id = e.id();
    eprintln!("{}", catalog.text(lang, &format!("error-{id}"), &[]));
    eprintln!("{}", catalog.text(lang, &format!("error-{id}-next"), &[]));
    setup::exit_code(e)
}

fn practice_server(catalog: Arc<Catalog>, options: PracticeOptions, lang: &str) -> i32 {
    let mut settings = practice::Settings {
        port: options.port,
        consent_box: options.consent_box,
        ..Default::default()
    };
    if let Some(uri) = &options.redirect_uri {
        match config::check_redirect_uri(uri) {
            Ok(u) => settings.redirect_uri = u.to_string(),
            Err(e) => return refuse_setup(&catalog, lang, &e),
        }
    }
    let server = match PracticeServer::start(settings, catalog.clone()) {
        Ok(s) => s,
        Err(_) => {
            let port = options.port.to_string();
            eprintln!(
                "{}",
                catalog.text(lang, "cli-practice-port", &[("word", Arg::Str(&port))])
            );
            return exit::FAILED;
        }
    };
    println!("{}", catalog.text(lang, "cli-practice-started", &[]));
    println!("issuer: {}", server.issuer);
    println!("client_id: {}", server.client_id);
    // A practice secret, made for this run only: printing it is what lets a trainer's program use it.
    println!("client_secret: {}", server.client_secret);
    println!("redirect_uri: {}", server.redirect_uri);
    let (tx, rx) = channel::<()>();
    if let Ok(mut signals) =
        signal_hook::iterator::Signals::new([signal_hook::consts::SIGINT, signal_hook::consts::SIGTERM])
    {
        std::thread::spawn(move || {
            if signals.forever().next().is_some() {
                let _ = tx.send(());
            }
        });
    }
    let _ = rx.recv();
    exit::OK
}

fn plain_wanted(options: &Options) -> bool {
    let var = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty() && v != "0");
    options.plain
        || var("FCGUIDE_PLAIN").is_some()
        || std::env::var("TERM").is_ok_and(|t| t == "dumb")
        || !std::io::stdin().is_terminal()
        || !std::io::stdout().is_terminal()
}

fn run(catalog: Arc<Catalog>, options: Options, target: Target, lang: String, skip_picker: bool) -> i32 {
    let (tx, rx) = channel();
    let practice = target.is_practice();
    let minutes = options.wait_minutes.unwrap_or(5);
    let timing = Timing {
        wait: Duration::from_secs(minutes * 60),
        extend: Duration::from_secs(minutes * 60),
    };
    let runner = Runner::new(
        tx.clone(),
        target,
        catalog.clone(),
        Browser {
            disabled: options.no_browser,
        },
        timing,
    );
    let mut state = State::new(catalog.tags(), lang, skip_picker);
    state.second_choice = options.second_lang.as_deref().and_then(|l| catalog.negotiate(l));
    state.speak = options.speak;
    // The speech program is looked up on PATH (no process started); its voices
    // are asked for only when reading aloud is on from the start.
    let speech = fcguide::speech::Program::find();
    let voices = speech.filter(|_| options.speak).and_then(|p| p.voices());
    let ctx = Context {
        practice,
        service: if practice {
            practice::SERVICE_NAME.into()
        } else {
            "fcguide".into()
        },
        extend_minutes: minutes as i64,
        ssh: SshOrigin::from_env(
            std::env::var("SSH_CONNECTION").ok().as_deref(),
            std::env::var("USER").ok().as_deref(),
        ),
        voices,
    };
    let mut app = App {
        state,
        catalog,
        ctx,
        runner,
        tx: tx.clone(),
        rx,
        speaker: speech.map(fcguide::speech::Speaker::new),
    };
    // Termination signals (and, in plain mode, SIGINT) end the run cleanly, as
    // "cancelled", with the terminal restored.
    use signal_hook::consts::*;
    if let Ok(mut signals) =
        signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGABRT])
    {
        let tx = tx.clone();
        std::thread::spawn(move || {
            for _ in signals.forever() {
                let _ = tx.send(Event::Msg(Msg::Interrupted));
            }
        });
    }
    if plain_wanted(&options) {
        // Echo may be off while the number is typed: put it back even on a panic.
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            plain::restore_echo();
            previous(info);
        }));
        plain::spawn_reader(std::io::BufReader::new(std::io::stdin()), tx);
        let interactive = std::io::stdin().is_terminal();
        plain::Plain::new(std::io::stdout().lock(), interactive).run(&mut app);
        plain::restore_echo();
    } else {
        let theme = if options.high_contrast || std::env::var("FCGUIDE_THEME").is_ok_and(|t| t == "high-contrast") {
            tui::Theme::HighContrast
        } else if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
            tui::Theme::NoColor
        } else {
            tui::Theme::Default
        };
        if let Err(e) = tui::run(&mut app, theme, !options.bidi_terminal) {
            eprintln!("{e}");
            return exit::FAILED;
        }
    }
    cli::exit_code(app.state.outcome)
}
