//! Parses the command line, chooses the face, runs. Everything else lives in the library.

use fcguide::app::App;
use fcguide::cli::{self, Command, Options, exit};
use fcguide::i18n::{Arg, Catalog};
use fcguide::setup::{self, Environment};
use fcguide::ui::Face;
use fcguide::{commands, config, debug};
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
    // The catalog lives as long as the process: the reference kept here means
    // it is never dropped, which at exit (the zero-on-free allocator wiping
    // every parsed message) cost a sixth of a start. It holds nothing personal.
    std::mem::forget(Arc::clone(&catalog));
    let system = catalog.system_language(|k| std::env::var(k).ok());
    // `--lang` first, then the system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), then French.
    let lang_for = |requested: &Option<String>| {
        requested
            .as_deref()
            .and_then(|r| catalog.negotiate(r))
            .or(system.clone())
            .unwrap_or_else(|| "fr".into())
    };
    let config_path = config::path(environment.config_dir.as_deref());
    let config_file = config_path
        .as_deref()
        .map(config::load)
        .transpose()
        .map(Option::flatten);
    // The file's language serves even before the command line is understood.
    let file_lang = config_file.as_ref().ok().and_then(|f| from_file(f.as_ref()).lang);
    let command = match cli::parse_os(std::env::args_os().skip(1)) {
        Ok(c) => c,
        Err(usage) => return commands::usage_error(&catalog, &lang_for(&usage.lang.clone().or(file_lang)), &usage),
    };
    match command {
        Command::Version => commands::version(&catalog, &lang_for(&file_lang)),
        Command::ListLanguages { lang } => commands::list_languages(&catalog, &lang_for(&lang.or(file_lang))),
        Command::Help { lang, topic } => commands::help(&catalog, &lang_for(&lang.or(file_lang)), topic),
        Command::RelayPage => {
            let page = fcguide::oidc::paste::RELAY_PAGE;
            commands::written(
                &catalog,
                &lang_for(&file_lang),
                commands::print_bytes(page.as_bytes()),
                exit::OK,
            )
        }
        command => {
            // A file that cannot be used stops every command that would use it.
            let file = match config_file {
                Ok(f) => f,
                Err(p) => {
                    let lang = lang_for(&requested_lang(&command));
                    return commands::config_problem(&catalog, &lang, &p, environment.secret_file().as_deref());
                }
            };
            with_config(catalog.clone(), command, file, environment, &lang_for)
        }
    }
}

/// What the settings file alone sets.
fn from_file(file: Option<&config::File>) -> Options {
    let mut o = Options::default();
    config::apply(&mut o, file, None);
    o
}

/// The language a command asked for on its command line.
fn requested_lang(command: &Command) -> Option<String> {
    match command {
        Command::Run(o) | Command::Check(o) | Command::ShowConfig(o) => o.lang.clone(),
        Command::Sheet(s) => s.lang.clone(),
        Command::PracticeServer(p) => p.lang.clone(),
        _ => None,
    }
}

/// The commands that read the remembered set-up, options first.
fn with_config(
    catalog: Arc<Catalog>,
    command: Command,
    file: Option<config::File>,
    environment: Environment,
    lang_for: &dyn Fn(&Option<String>) -> String,
) -> i32 {
    let env_client_id = environment.client_id.clone();
    match command {
        Command::Sheet(mut s) => {
            let o = from_file(file.as_ref());
            s.lang = s.lang.or(o.lang);
            s.second_lang = s.second_lang.or(o.second_lang);
            s.service_name = s.service_name.or(o.service_name);
            let lang = lang_for(&s.lang);
            // Written whole at the end, so that a full disk or a closed output is said.
            let mut page = Vec::new();
            let code = fcguide::sheet::run(&catalog, &s, &lang, &mut page);
            commands::written(&catalog, &lang, commands::print_bytes(&page), code)
        }
        Command::PracticeServer(mut p) => {
            p.lang = p.lang.or(from_file(file.as_ref()).lang);
            commands::practice_server(catalog.clone(), &p, &lang_for(&p.lang))
        }
        Command::ShowConfig(options) => {
            let path = config::path(environment.config_dir.as_deref());
            let lang = lang_for(&options.lang.clone().or_else(|| from_file(file.as_ref()).lang));
            commands::show_config::run(
                &catalog,
                &lang,
                &options,
                file.as_ref(),
                path.as_deref(),
                env_client_id.as_deref(),
            )
        }
        Command::Check(mut options) => {
            config::apply(&mut options, file.as_ref(), env_client_id.as_deref());
            let lang = lang_for(&options.lang);
            if debug::requested(options.debug) {
                debug::to_stderr();
            }
            commands::check::run(catalog, &options, &environment, &lang)
        }
        Command::Run(mut options) => {
            config::apply(&mut options, file.as_ref(), env_client_id.as_deref());
            let lang = lang_for(&options.lang);
            run(catalog, options, environment, lang)
        }
        Command::Help { .. } | Command::Version | Command::ListLanguages { .. } | Command::RelayPage => {
            unreachable!("answered before")
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
    let face = Face::chosen(&options);
    let trace_file = start_trace(&options, face);
    let mut app = App::start(catalog.clone(), &options, target, lang.clone());
    app.stop_on_termination();
    let result = face.run(&mut app);
    if let Some(path) = trace_file {
        let file = path.display().to_string();
        eprintln!(
            "{}",
            catalog.text(&lang, "cli2-debug-file", &[("file", Arg::Str(&file))])
        );
    }
    if let Err(e) = result {
        eprintln!("{e}");
        return exit::FAILED;
    }
    cli::exit_code(app.state.outcome)
}

/// `--debug`: the trace on standard error in plain mode; in a file for the
/// full screen, which owns the terminal (its path is said at the end).
fn start_trace(options: &Options, face: Face) -> Option<std::path::PathBuf> {
    if !debug::requested(options.debug) {
        return None;
    }
    match face {
        Face::Plain => {
            debug::to_stderr();
            None
        }
        Face::FullScreen { .. } => debug::state_dir().and_then(|dir| debug::to_file(&dir).ok()),
    }
}
