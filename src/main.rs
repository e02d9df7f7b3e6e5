//! Parses the command line, chooses the face, runs. Everything else lives in the library.

use fcguide::app::App;
use fcguide::cli::{self, Command, Options, exit};
use fcguide::commands;
use fcguide::i18n::Catalog;
use fcguide::setup::{self, Environment};
use fcguide::ui::Face;
use std::sync::Arc;

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
    let system = catalog.system_language(|k| std::env::var(k).ok());
    // `--lang` first, then the system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), then French.
    let lang_for = |requested: &Option<String>| {
        requested
            .as_deref()
            .and_then(|r| catalog.negotiate(r))
            .or(system.clone())
            .unwrap_or_else(|| "fr".into())
    };
    let command = match cli::parse_os(std::env::args_os().skip(1)) {
        Ok(c) => c,
        Err(usage) => return commands::usage_error(&catalog, &lang_for(&None), &usage),
    };
    match command {
        Command::Version => commands::version(),
        Command::RelayPage => {
            commands::say(fcguide::oidc::paste::RELAY_PAGE.trim_end());
            exit::OK
        }
        Command::ListLanguages { lang } => commands::list_languages(&catalog, &lang_for(&lang)),
        Command::Help { lang } => commands::help(&catalog, &lang_for(&lang)),
        Command::Sheet(s) => fcguide::sheet::run(&catalog, &s, &lang_for(&s.lang), &mut std::io::stdout().lock()),
        Command::PracticeServer(p) => commands::practice_server(catalog.clone(), &p, &lang_for(&p.lang)),
        Command::Run(options) => {
            let lang = lang_for(&options.lang);
            run(catalog, options, environment, lang)
        }
    }
}

/// A guided run: the set-up checked before anything starts, then the face.
fn run(catalog: Arc<Catalog>, options: Options, environment: Environment, lang: String) -> i32 {
    let requested = [&options.lang, &options.second_lang].into_iter().flatten();
    if let Some(unknown) = requested.into_iter().find(|r| catalog.negotiate(r).is_none()) {
        return commands::unknown_language(&catalog, &lang, unknown);
    }
    let target = match setup::target(&options, &environment) {
        Ok(t) => t,
        Err(e) => return commands::refuse_setup(&catalog, &lang, &e),
    };
    drop(environment);
    let mut app = App::start(catalog, &options, target, lang);
    app.stop_on_termination();
    if let Err(e) = Face::chosen(&options).run(&mut app) {
        eprintln!("{e}");
        return exit::FAILED;
    }
    cli::exit_code(app.state.outcome)
}
