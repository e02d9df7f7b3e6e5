//! Command-line arguments and exit codes.

use crate::flow::Outcome;
use crate::oidc::config::{Preset, Rules};
use std::ffi::OsString;

/// Exit codes, documented in the README.
pub mod exit {
    /// `--help`, `--version`, `--list-languages`, or a practice server stopped by the person.
    pub const OK: i32 = 0;
    /// A connection was made and confirmed.
    pub const CONNECTED: i32 = 0;
    /// The connection failed or was refused (and the person then left).
    pub const FAILED: i32 = 1;
    /// The command line was wrong.
    pub const USAGE: i32 = 2;
    /// The person left before connecting, input ended, or a signal came.
    pub const CANCELLED: i32 = 3;
}

pub fn exit_code(outcome: Option<Outcome>) -> i32 {
    match outcome {
        Some(Outcome::Connected) => exit::CONNECTED,
        Some(Outcome::Failed) => exit::FAILED,
        Some(Outcome::Cancelled) | None => exit::CANCELLED,
    }
}

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Options {
    pub plain: bool,
    pub lang: Option<String>,
    pub provider: Option<Preset>,
    pub issuer: Option<String>,
    pub client_id: Option<String>,
    pub redirect_uri: Option<String>,
    pub no_browser: bool,
    /// The provider's own id of an identity provider, sent as `idp_hint`.
    pub idp_hint: Option<String>,
    /// `--rules franceconnect|oidc`; by default FranceConnect's for its presets, OIDC for `--issuer`.
    pub rules: Option<Rules>,
    pub high_contrast: bool,
    /// `--bidi terminal`: leave right-to-left reordering to a terminal that does it.
    pub bidi_terminal: bool,
    /// Space-separated scopes instead of the identity pivot and email.
    pub scopes: Option<String>,
    /// Minutes to wait for the browser before asking; "more time" adds as much.
    pub wait_minutes: Option<u64>,
    /// The second language of the bilingual view.
    pub second_lang: Option<String>,
    /// Read the steps aloud.
    pub speak: bool,
    /// The service's name as FranceConnect shows it (« Continuer sur … »).
    pub service_name: Option<String>,
    /// The built-in practice provider with production's address rule: the
    /// answer comes back on the service's page, and is pasted.
    pub production_rules: bool,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    Run(Options),
    PracticeServer(PracticeOptions),
    /// `fcguide sheet`: the printable step sheet on standard output.
    Sheet(SheetOptions),
    /// `fcguide relay-page`: the return page a service hosts for production.
    RelayPage,
    Help {
        lang: Option<String>,
    },
    Version,
    ListLanguages {
        lang: Option<String>,
    },
}

/// `fcguide sheet`'s options.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct SheetOptions {
    pub lang: Option<String>,
    /// The language printed beside the person's (`none`: only theirs); French by default.
    pub second_lang: Option<String>,
    pub format: SheetFormat,
    /// The service named in « Continuer sur … »; any service when not given.
    pub service_name: Option<String>,
}

/// What `fcguide sheet` writes: a page to print, or plain text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SheetFormat {
    /// One self-contained HTML file for a browser to print.
    #[default]
    Html,
    /// Lines of at most 80 columns, for a plain printer or a screen reader.
    Text,
}

/// `fcguide practice-server`'s options.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct PracticeOptions {
    /// 0 takes any free port.
    pub port: u16,
    pub lang: Option<String>,
    /// The one redirect address the practice provider accepts; by default one on a free loopback port.
    pub redirect_uri: Option<String>,
    /// Show the box to tick before « Continuer sur … », as some services do.
    pub consent_box: bool,
    /// Production's address rule, its service page played by the practice provider.
    pub production_rules: bool,
}

/// Longest service name taken: FranceConnect's are a few words.
pub const MAX_SERVICE_NAME: usize = 100;

/// Longest wait that can be asked for: a day.
pub const MAX_WAIT_MINUTES: u64 = 24 * 60;

/// A usage error: the Fluent id of its explanation and the offending word.
#[derive(Debug, PartialEq, Eq)]
pub struct Usage {
    pub id: &'static str,
    pub word: String,
}

fn usage(id: &'static str, word: &str) -> Usage {
    Usage {
        id,
        // Echoed on the terminal: text only, never an escape sequence.
        word: crate::identity::clean_text(word),
    }
}

/// Parses the arguments as the operating system gives them: a word that is
/// not valid text is a usage error, never a panic.
pub fn parse_os(args: impl IntoIterator<Item = OsString>) -> Result<Command, Usage> {
    let mut words = Vec::new();
    for arg in args {
        match arg.into_string() {
            Ok(w) => words.push(w),
            Err(raw) => return Err(usage("cli-not-text", &raw.to_string_lossy())),
        }
    }
    parse(words)
}

pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Command, Usage> {
    let mut args = args.into_iter().peekable();
    let mut o = Options::default();
    let mut p = PracticeOptions::default();
    let mut practice = false;
    let mut sheet = None;
    match args.peek().map(String::as_str) {
        Some("practice-server") => {
            args.next();
            practice = true;
        }
        Some("sheet") => {
            args.next();
            sheet = Some(SheetFormat::default());
        }
        Some("relay-page") => {
            args.next();
            return match args.next() {
                None => Ok(Command::RelayPage),
                Some(extra) => Err(usage("cli-unknown-option", &extra)),
            };
        }
        _ => {}
    }
    while let Some(arg) = args.next() {
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        let mut value = |what: &str| -> Result<String, Usage> {
            inline
                .clone()
                .or_else(|| args.next())
                .filter(|v| !v.is_empty())
                .ok_or_else(|| usage("cli-missing-value", what))
        };
        // A switch takes no value: `--plain=no` must not turn plain mode on.
        let switch = |flag: &mut bool| -> Result<(), Usage> {
            match &inline {
                Some(_) => Err(usage("cli-switch-value", &arg)),
                None => {
                    *flag = true;
                    Ok(())
                }
            }
        };
        match name.as_str() {
            "-h" | "--help" => return Ok(Command::Help { lang: o.lang }),
            "-V" | "--version" => return Ok(Command::Version),
            "--list-languages" => return Ok(Command::ListLanguages { lang: o.lang }),
            "--lang" => o.lang = Some(value("--lang")?),
            "--format" if sheet.is_some() => {
                let v = value("--format")?;
                sheet = Some(match v.as_str() {
                    "html" => SheetFormat::Html,
                    "text" => SheetFormat::Text,
                    _ => return Err(usage("cli-bad-format", &v)),
                });
            }
            "--second-lang" if sheet.is_some() => o.second_lang = Some(value("--second-lang")?),
            "--service-name" if !practice => o.service_name = Some(service_name(&value("--service-name")?)?),
            _ if sheet.is_some() => return Err(usage("cli-unknown-option", &arg)),
            "--port" if practice => {
                let v = value("--port")?;
                p.port = v.parse().map_err(|_| usage("cli-bad-port", &v))?;
            }
            "--redirect-uri" if practice => p.redirect_uri = Some(value("--redirect-uri")?),
            "--consent-box" if practice => switch(&mut p.consent_box)?,
            "--production-rules" if practice => switch(&mut p.production_rules)?,
            _ if practice => return Err(usage("cli-unknown-option", &arg)),
            "--plain" => switch(&mut o.plain)?,
            "--no-browser" => switch(&mut o.no_browser)?,
            "--high-contrast" => switch(&mut o.high_contrast)?,
            "--speak" => switch(&mut o.speak)?,
            "--production-rules" => switch(&mut o.production_rules)?,
            "--second-lang" => o.second_lang = Some(value("--second-lang")?),
            "--idp-hint" => o.idp_hint = Some(value("--idp-hint")?),
            "--rules" => {
                let v = value("--rules")?;
                o.rules = Some(Rules::by_name(&v).ok_or_else(|| usage("cli-bad-rules", &v))?);
            }
            "--provider" => {
                let v = value("--provider")?;
                o.provider = Some(Preset::by_name(&v).ok_or_else(|| usage("cli-unknown-provider", &v))?);
            }
            "--issuer" => o.issuer = Some(value("--issuer")?),
            "--client-id" => o.client_id = Some(value("--client-id")?),
            "--redirect-uri" => o.redirect_uri = Some(value("--redirect-uri")?),
            "--scopes" => o.scopes = Some(value("--scopes")?),
            "--bidi" => {
                let v = value("--bidi")?;
                o.bidi_terminal = match v.as_str() {
                    "terminal" => true,
                    "program" => false,
                    _ => return Err(usage("cli-bad-bidi", &v)),
                };
            }
            "--wait" => {
                let v = value("--wait")?;
                o.wait_minutes = Some(
                    v.parse()
                        .ok()
                        .filter(|m| (1..=MAX_WAIT_MINUTES).contains(m))
                        .ok_or_else(|| usage("cli-bad-wait", &v))?,
                );
            }
            // Secrets never come from the command line: other users can read it.
            "--client-secret" | "--secret" => return Err(usage("cli-no-secret-option", &arg)),
            _ => return Err(usage("cli-unknown-option", &arg)),
        }
    }
    if practice {
        p.lang = o.lang;
        return Ok(Command::PracticeServer(p));
    }
    if let Some(format) = sheet {
        return Ok(Command::Sheet(SheetOptions {
            lang: o.lang,
            second_lang: o.second_lang,
            format,
            service_name: o.service_name,
        }));
    }
    if o.provider.is_some() && o.issuer.is_some() {
        return Err(usage("cli-provider-and-issuer", "--issuer"));
    }
    Ok(Command::Run(o))
}

/// A service name, shown in quoted labels: text only, of a bounded length.
fn service_name(v: &str) -> Result<String, Usage> {
    let name = crate::identity::clean_text(v).trim().to_string();
    if name.is_empty() || name.chars().count() > MAX_SERVICE_NAME || name != v.trim() {
        return Err(usage("cli-bad-service-name", v));
    }
    Ok(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(args: &[&str]) -> Result<Command, Usage> {
        parse(args.iter().map(|s| s.to_string()))
    }

    #[test]
    fn options_and_errors() {
        let Command::Run(o) = p(&[
            "--plain",
            "--lang",
            "uk",
            "--provider=franceconnect-sandbox",
            "--client-id",
            "abc",
        ])
        .unwrap() else {
            panic!()
        };
        assert!(o.plain);
        assert_eq!(o.lang.as_deref(), Some("uk"));
        assert_eq!(o.provider, Some(Preset::FranceConnectSandbox));
        assert_eq!(o.client_id.as_deref(), Some("abc"));
        assert_eq!(p(&["--client-secret", "x"]).unwrap_err().id, "cli-no-secret-option");
        assert_eq!(p(&["--bogus"]).unwrap_err().id, "cli-unknown-option");
        assert_eq!(p(&["--lang"]).unwrap_err().id, "cli-missing-value");
        assert_eq!(
            p(&["--provider", "practice", "--issuer", "https://x"]).unwrap_err().id,
            "cli-provider-and-issuer"
        );
        assert_eq!(
            p(&["practice-server", "--port", "8080"]).unwrap(),
            Command::PracticeServer(PracticeOptions {
                port: 8080,
                ..Default::default()
            })
        );
        assert_eq!(p(&["practice-server", "--port", "x"]).unwrap_err().id, "cli-bad-port");
        assert_eq!(p(&["--version"]).unwrap(), Command::Version);
        assert_eq!(p(&["--wait", "0"]).unwrap_err().id, "cli-bad-wait");
        assert_eq!(p(&["--wait", "200000000000000000"]).unwrap_err().id, "cli-bad-wait");
        assert_eq!(p(&["--wait", "1441"]).unwrap_err().id, "cli-bad-wait");
        assert!(p(&["--wait", "1440"]).is_ok());
        assert_eq!(p(&["--plain=no"]).unwrap_err().id, "cli-switch-value");
        assert_eq!(p(&["--rules", "strict"]).unwrap_err().id, "cli-bad-rules");
        let Command::Run(o) = p(&["--rules=franceconnect", "--idp-hint", "b61d-uuid"]).unwrap() else {
            panic!()
        };
        assert_eq!(o.rules, Some(Rules::FranceConnect));
        assert_eq!(o.idp_hint.as_deref(), Some("b61d-uuid"));
        assert_eq!(p(&["--idp-hint"]).unwrap_err().id, "cli-missing-value");
        assert_eq!(p(&["--bidi", "x"]).unwrap_err().id, "cli-bad-bidi");
        assert_eq!(
            p(&["--provider", "francconnect"]).unwrap_err().id,
            "cli-unknown-provider"
        );
        let Command::Run(o) = p(&["--bidi", "terminal"]).unwrap() else {
            panic!()
        };
        assert!(o.bidi_terminal);
    }

    #[test]
    fn the_sheet_takes_languages_and_a_format_and_nothing_else() {
        assert_eq!(p(&["sheet"]).unwrap(), Command::Sheet(SheetOptions::default()));
        assert_eq!(
            p(&["sheet", "--lang", "uk", "--format=text", "--second-lang", "en"]).unwrap(),
            Command::Sheet(SheetOptions {
                lang: Some("uk".into()),
                second_lang: Some("en".into()),
                format: SheetFormat::Text,
                ..Default::default()
            })
        );
        assert_eq!(p(&["sheet", "--second-lang"]).unwrap_err().id, "cli-missing-value");
        // Only the sheet and the assistant have a second language, not the practice provider.
        assert_eq!(
            p(&["practice-server", "--second-lang", "en"]).unwrap_err().id,
            "cli-unknown-option"
        );
        assert_eq!(
            p(&["sheet", "--format", "html"]).unwrap(),
            Command::Sheet(SheetOptions::default())
        );
        assert_eq!(p(&["sheet", "--format", "pdf"]).unwrap_err().id, "cli-bad-format");
        assert_eq!(p(&["sheet", "--format"]).unwrap_err().id, "cli-missing-value");
        assert_eq!(p(&["sheet", "--plain"]).unwrap_err().id, "cli-unknown-option");
        assert_eq!(p(&["sheet", "--port", "80"]).unwrap_err().id, "cli-unknown-option");
        assert_eq!(p(&["sheet", "extra"]).unwrap_err().id, "cli-unknown-option");
        assert_eq!(p(&["--format", "text"]).unwrap_err().id, "cli-unknown-option");
        assert_eq!(p(&["sheet", "--help"]).unwrap(), Command::Help { lang: None });
    }

    #[test]
    fn the_service_name_the_production_rule_and_the_relay_page() {
        let Command::Run(o) = p(&["--service-name", "Mairie de Test", "--production-rules"]).unwrap() else {
            panic!()
        };
        assert_eq!(o.service_name.as_deref(), Some("Mairie de Test"));
        assert!(o.production_rules);
        let Command::Sheet(s) = p(&["sheet", "--service-name=Mairie de Test"]).unwrap() else {
            panic!()
        };
        assert_eq!(s.service_name.as_deref(), Some("Mairie de Test"));
        assert_eq!(
            p(&["--service-name", "a\u{1b}[2Jb"]).unwrap_err().id,
            "cli-bad-service-name"
        );
        assert_eq!(
            p(&["--service-name", &"x".repeat(101)]).unwrap_err().id,
            "cli-bad-service-name"
        );
        let Command::PracticeServer(ps) = p(&["practice-server", "--production-rules"]).unwrap() else {
            panic!()
        };
        assert!(ps.production_rules);
        assert_eq!(p(&["relay-page"]).unwrap(), Command::RelayPage);
        assert_eq!(p(&["relay-page", "x"]).unwrap_err().id, "cli-unknown-option");
    }

    #[cfg(unix)]
    #[test]
    fn a_word_that_is_not_text_is_a_usage_error() {
        use std::os::unix::ffi::OsStringExt;
        let bad = OsString::from_vec(vec![b'-', b'-', 0xff, 0xfe]);
        assert_eq!(parse_os([bad]).unwrap_err().id, "cli-not-text");
    }
}
