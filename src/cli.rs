//! Command-line arguments and exit codes.

use crate::flow::Outcome;
use crate::oidc::config::Preset;

/// Exit codes, documented in the README.
pub mod exit {
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
    pub idp_hint: bool,
    pub high_contrast: bool,
    /// `--bidi terminal`: leave right-to-left reordering to a terminal that does it.
    pub bidi_terminal: bool,
    /// Space-separated scopes instead of the identity pivot and email.
    pub scopes: Option<String>,
    /// Minutes to wait for the browser before asking; "more time" adds as much.
    pub wait_minutes: Option<u64>,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    Run(Options),
    PracticeServer { port: u16, lang: Option<String> },
    Help { lang: Option<String> },
    Version,
    ListLanguages,
}

/// A usage error: the Fluent id of its explanation and the offending word.
#[derive(Debug, PartialEq, Eq)]
pub struct Usage {
    pub id: &'static str,
    pub word: String,
}

fn usage(id: &'static str, word: &str) -> Usage {
    Usage {
        id,
        word: word.to_string(),
    }
}

pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Command, Usage> {
    let mut args = args.into_iter().peekable();
    let mut o = Options::default();
    let mut practice_port: Option<u16> = None;
    let mut practice = false;
    if args.peek().map(String::as_str) == Some("practice-server") {
        args.next();
        practice = true;
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
        match name.as_str() {
            "-h" | "--help" => return Ok(Command::Help { lang: o.lang }),
            "-V" | "--version" => return Ok(Command::Version),
            "--list-languages" => return Ok(Command::ListLanguages),
            "--lang" => o.lang = Some(value("--lang")?),
            "--port" if practice => {
                let v = value("--port")?;
                practice_port = Some(v.parse().map_err(|_| usage("cli-bad-port", &v))?);
            }
            _ if practice => return Err(usage("cli-unknown-option", &arg)),
            "--plain" => o.plain = true,
            "--no-browser" => o.no_browser = true,
            "--idp-hint" => o.idp_hint = true,
            "--high-contrast" => o.high_contrast = true,
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
                        .filter(|m| *m > 0)
                        .ok_or_else(|| usage("cli-bad-wait", &v))?,
                );
            }
            // Secrets never come from the command line: other users can read it.
            "--client-secret" | "--secret" => return Err(usage("cli-no-secret-option", &arg)),
            _ => return Err(usage("cli-unknown-option", &arg)),
        }
    }
    if practice {
        return Ok(Command::PracticeServer {
            port: practice_port.unwrap_or(0),
            lang: o.lang,
        });
    }
    if o.provider.is_some() && o.issuer.is_some() {
        return Err(usage("cli-provider-and-issuer", "--issuer"));
    }
    Ok(Command::Run(o))
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
            Command::PracticeServer { port: 8080, lang: None }
        );
        assert_eq!(p(&["practice-server", "--port", "x"]).unwrap_err().id, "cli-bad-port");
        assert_eq!(p(&["--version"]).unwrap(), Command::Version);
        assert_eq!(p(&["--wait", "0"]).unwrap_err().id, "cli-bad-wait");
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
}
