//! Parses the command line, chooses the face, runs. Everything else lives in the library.

use fcguide::app::App;
use fcguide::browser::Browser;
use fcguide::cli::{self, Command, Options, exit};
use fcguide::flow::{Msg, State};
use fcguide::i18n::{Arg, Catalog};
use fcguide::oidc::config::{self, Config, Preset};
use fcguide::oidc::error::LoginError;
use fcguide::practice::{self, PracticeServer};
use fcguide::runner::{Event, Provider, Runner, Timing};
use fcguide::ui::{plain, tui};
use fcguide::view::Context;
use std::io::IsTerminal;
use std::sync::Arc;
use std::sync::mpsc::channel;
use std::time::Duration;

fn main() {
    std::process::exit(real_main());
}

fn real_main() -> i32 {
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
    let command = match cli::parse(std::env::args().skip(1)) {
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
            println!("fcguide {}", env!("CARGO_PKG_VERSION"));
            exit::CONNECTED
        }
        Command::ListLanguages => {
            for tag in catalog.tags() {
                println!(
                    "{tag}\t{}\t{}",
                    catalog.text(&tag, "language-name", &[]),
                    catalog.text(&tag, "language-name-en", &[])
                );
            }
            exit::CONNECTED
        }
        Command::Help { lang } => {
            println!("{}", catalog.text(&lang_for(&lang), "cli-help", &[]));
            exit::CONNECTED
        }
        Command::PracticeServer { port, lang } => practice_server(catalog.clone(), port, &lang_for(&lang)),
        Command::Run(options) => {
            let skip_picker = options.lang.is_some();
            let lang = lang_for(&options.lang);
            if let Some(requested) = options.lang.as_ref().filter(|r| catalog.negotiate(r).is_none()) {
                let text = catalog.text(&lang, "cli-unknown-language", &[("word", Arg::Str(requested))]);
                eprintln!("{text}");
                return exit::USAGE;
            }
            run(catalog, options, lang, skip_picker)
        }
    }
}

fn practice_server(catalog: Arc<Catalog>, port: u16, lang: &str) -> i32 {
    let settings = practice::Settings {
        port,
        ..Default::default()
    };
    let server = match PracticeServer::start(settings, catalog.clone()) {
        Ok(s) => s,
        Err(_) => {
            let port = port.to_string();
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
    println!("redirect_uri: http://127.0.0.1:PORT/callback");
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
    exit::CONNECTED
}

/// The provider the options ask for, or the reason it cannot be used.
fn provider(options: &Options) -> Result<(Provider, bool), LoginError> {
    let preset = match (options.provider, &options.issuer) {
        (Some(p), _) => p,
        (None, None) => Preset::Practice,
        (None, Some(_)) => Preset::FranceConnect,
    };
    if preset == Preset::Practice && options.issuer.is_none() {
        return Ok((Provider::Practice, true));
    }
    let client_id = options
        .client_id
        .clone()
        .or_else(|| std::env::var("FCGUIDE_CLIENT_ID").ok())
        .unwrap_or_default();
    let secret_file = config_dir().map(|d| d.join("client_secret"));
    let secret = config::load_secret(std::env::var("FCGUIDE_CLIENT_SECRET").ok(), secret_file.as_deref())?;
    let mut config = match &options.issuer {
        Some(issuer) => {
            config::check_address(issuer)?;
            Config::generic(issuer, client_id, secret)
        }
        None => Config::franceconnect(preset.issuer().expect("not practice"), client_id, secret),
    };
    if let Some(uri) = &options.redirect_uri {
        config.redirect_uri = Some(config::check_redirect_uri(uri)?);
    }
    config.idp_hint = options.idp_hint;
    if let Some(scopes) = &options.scopes {
        // openid is what makes it OpenID Connect: always asked.
        let extra: Vec<&str> = scopes.split_whitespace().filter(|s| *s != "openid").collect();
        config.scopes = std::iter::once("openid").chain(extra).collect::<Vec<_>>().join(" ");
    }
    let hint = config.idp_hint;
    Ok((Provider::Configured(Box::new(config)), hint))
}

fn config_dir() -> Option<std::path::PathBuf> {
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".config")))?;
    Some(base.join("fcguide"))
}

fn plain_wanted(options: &Options) -> bool {
    let var = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty() && v != "0");
    options.plain
        || var("FCGUIDE_PLAIN").is_some()
        || std::env::var("TERM").is_ok_and(|t| t == "dumb")
        || !std::io::stdin().is_terminal()
        || !std::io::stdout().is_terminal()
}

fn run(catalog: Arc<Catalog>, options: Options, lang: String, skip_picker: bool) -> i32 {
    let (tx, rx) = channel();
    let (provider, idp_hint, setup_error) = match provider(&options) {
        Ok((p, hint)) => (p, hint, None),
        // Shown on the authentication step, where the person can read what to do.
        Err(e) => (Provider::Practice, false, Some(e)),
    };
    let practice = matches!(provider, Provider::Practice) && setup_error.is_none();
    let minutes = options.wait_minutes.unwrap_or(5);
    let timing = Timing {
        wait: Duration::from_secs(minutes * 60),
        extend: Duration::from_secs(minutes * 60),
    };
    let runner = Runner::new(
        tx.clone(),
        provider,
        catalog.clone(),
        Browser {
            disabled: options.no_browser,
        },
        timing,
    );
    let state = State::new(catalog.tags(), lang, skip_picker, idp_hint);
    let ctx = Context {
        practice,
        service: if practice {
            practice::SERVICE_NAME.into()
        } else {
            "fcguide".into()
        },
        extend_minutes: minutes as i64,
    };
    let mut app = App {
        state,
        catalog,
        ctx,
        runner,
        tx: tx.clone(),
        rx,
    };
    if let Some(e) = setup_error {
        app.runner.refuse_with(e);
    }
    // SIGTERM, SIGHUP and (in plain mode) SIGINT end the run cleanly, as "cancelled".
    if let Ok(mut signals) = signal_hook::iterator::Signals::new([
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ]) {
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
        if tui::run(&mut app, theme, !options.bidi_terminal).is_err() {
            return exit::FAILED;
        }
    }
    cli::exit_code(app.state.outcome)
}
