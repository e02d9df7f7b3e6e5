//! From the command line and the environment to the provider a run talks to.
//! Every set-up problem is found here, before any network, and refused with its
//! reason: a wrong set-up never turns into a practice login.

use crate::cli::Options;
use crate::oidc::config::{self, Config, Preset, Rules};
use crate::oidc::error::LoginError;
use etcetera::BaseStrategy;
use std::path::PathBuf;
use zeroize::Zeroizing;

/// The provider of a run.
pub enum Target {
    /// The built-in practice provider, started on loopback when needed.
    Practice {
        idp_hint: Option<String>,
        /// Production's address rule: the answer is pasted from the service's page.
        production_rules: bool,
    },
    /// A real provider: a FranceConnect environment or any OpenID provider.
    Configured(Box<Config>),
}

impl Target {
    pub fn is_practice(&self) -> bool {
        matches!(self, Target::Practice { .. })
    }
}

/// What the run reads from its environment, taken once at start.
#[derive(Default)]
pub struct Environment {
    pub client_id: Option<String>,
    pub client_secret: Option<Zeroizing<String>>,
    /// The platform's folder for configuration: `XDG_CONFIG_HOME` or `~/.config`
    /// on Linux and macOS (as command-line programs there expect), the roaming
    /// AppData folder on Windows.
    pub config_dir: Option<PathBuf>,
}

impl Environment {
    /// Reads the variables and removes the secret from the process environment,
    /// so that no child (the browser, a speech program) ever inherits it.
    /// Call before any thread starts.
    pub fn take() -> Environment {
        let secret = std::env::var("FCGUIDE_CLIENT_SECRET").ok().map(Zeroizing::new);
        // Removing the variable leaves its value in the environment block: wiped first.
        crate::secure::wipe_env_value("FCGUIDE_CLIENT_SECRET");
        // SAFETY: called at the very start of `main`, before any other thread exists.
        unsafe { std::env::remove_var("FCGUIDE_CLIENT_SECRET") };
        Environment {
            client_id: std::env::var("FCGUIDE_CLIENT_ID").ok().filter(|v| !v.is_empty()),
            client_secret: secret.filter(|s| !s.is_empty()),
            // etcetera ignores an empty or relative XDG_CONFIG_HOME (XDG Base Directory spec).
            config_dir: etcetera::choose_base_strategy().ok().map(|s| s.config_dir()),
        }
    }

    /// `fcguide/client_secret` in the configuration folder; never a relative
    /// path (a relative `HOME` would make it one).
    pub fn secret_file(&self) -> Option<PathBuf> {
        let base = self.config_dir.as_ref().filter(|p| p.is_absolute())?;
        Some(base.join("fcguide").join("client_secret"))
    }
}

/// The provider the options ask for, or the reason it cannot be used.
pub fn target(options: &Options, env: &Environment) -> Result<Target, LoginError> {
    let preset = match (options.provider, &options.issuer) {
        (Some(p), _) => p,
        (None, None) => Preset::Practice,
        (None, Some(_)) => Preset::FranceConnect,
    };
    if preset == Preset::Practice && options.issuer.is_none() {
        return Ok(Target::Practice {
            idp_hint: options.idp_hint.clone(),
            production_rules: options.production_rules,
        });
    }
    let (issuer, default_rules) = match (&options.issuer, preset.issuer()) {
        (Some(issuer), _) => {
            config::check_address(issuer)?;
            // Compared to discovery exactly: kept as given.
            (issuer.clone(), Rules::Oidc)
        }
        (None, Some(issuer)) => (issuer.to_string(), Rules::FranceConnect),
        (None, None) => unreachable!("practice is handled above"),
    };
    let rules = options.rules.unwrap_or(default_rules);
    let client_id = options
        .client_id
        .clone()
        .or_else(|| env.client_id.clone())
        .unwrap_or_default();
    let secret = match env.client_secret.clone() {
        Some(s) => Some(s),
        None => config::load_secret(None, env.secret_file().as_deref())?,
    };
    let mut config = Config::with_rules(&issuer, rules, client_id, secret);
    if let Some(uri) = &options.redirect_uri {
        config.redirect_uri = Some(config::check_redirect_uri(uri)?);
    }
    config.idp_hint = options.idp_hint.clone();
    if let Some(scopes) = &options.scopes {
        // openid is what makes it OpenID Connect: always asked.
        let extra: Vec<&str> = scopes.split_whitespace().filter(|s| *s != "openid").collect();
        config.scopes = std::iter::once("openid").chain(extra).collect::<Vec<_>>().join(" ");
    }
    config.check()?;
    Ok(Target::Configured(Box::new(config)))
}

/// The exit code of a refused set-up: 2 when the command line must change, 1 otherwise.
pub fn exit_code(e: &LoginError) -> i32 {
    match e {
        LoginError::Config(p) if !p.is_usage() => crate::cli::exit::FAILED,
        _ => crate::cli::exit::USAGE,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::{Command, parse};
    use crate::oidc::error::ConfigProblem;

    fn options(args: &[&str]) -> Options {
        match parse(args.iter().map(|s| s.to_string())).unwrap() {
            Command::Run(o) => o,
            _ => panic!(),
        }
    }

    fn env() -> Environment {
        Environment {
            client_id: None,
            client_secret: Some(Zeroizing::new("s3cret".into())),
            config_dir: None,
        }
    }

    fn refused(args: &[&str], env: &Environment) -> LoginError {
        match target(&options(args), env) {
            Err(e) => e,
            Ok(_) => panic!("{args:?} was accepted"),
        }
    }

    #[test]
    fn no_bad_setup_becomes_practice() {
        let e = env();
        assert_eq!(
            refused(&["--issuer", "http://example.org/api"], &e),
            LoginError::Insecure
        );
        assert_eq!(
            refused(&["--issuer", "ftp://x"], &e),
            LoginError::Config(ConfigProblem::BadIssuer)
        );
        assert_eq!(
            refused(
                &[
                    "--issuer",
                    "https://op.example/",
                    "--client-id",
                    "c",
                    "--redirect-uri",
                    "http://example.org:80/cb"
                ],
                &e
            ),
            LoginError::Config(ConfigProblem::BadRedirectUri)
        );
        assert_eq!(
            refused(&["--provider", "franceconnect-sandbox", "--client-id", "c"], &e),
            LoginError::Config(ConfigProblem::MissingRedirectUri)
        );
        assert_eq!(
            refused(
                &[
                    "--provider",
                    "franceconnect",
                    "--redirect-uri",
                    "http://localhost:8400/callback"
                ],
                &e
            ),
            LoginError::Config(ConfigProblem::MissingClientId)
        );
        let no_secret = Environment {
            client_secret: None,
            ..env()
        };
        assert_eq!(
            refused(
                &[
                    "--provider",
                    "franceconnect",
                    "--client-id",
                    "c",
                    "--redirect-uri",
                    "http://localhost:8400/callback"
                ],
                &no_secret
            ),
            LoginError::Config(ConfigProblem::MissingSecret)
        );
        assert_eq!(exit_code(&LoginError::Config(ConfigProblem::MissingRedirectUri)), 2);
        assert_eq!(exit_code(&LoginError::Insecure), 2);
        assert_eq!(
            exit_code(&LoginError::Config(ConfigProblem::SecretFileOpen("f".into()))),
            1
        );
    }

    #[test]
    fn rules_follow_the_provider_unless_asked() {
        let e = env();
        let args = [
            "--provider",
            "franceconnect-sandbox",
            "--client-id",
            "c",
            "--redirect-uri",
            "http://localhost:8400/callback",
        ];
        let Ok(Target::Configured(c)) = target(&options(&args), &e) else {
            panic!()
        };
        assert_eq!(c.rules, Rules::FranceConnect);
        let Ok(Target::Configured(c)) = target(&options(&["--issuer", "https://op.example", "--client-id", "c"]), &e)
        else {
            panic!()
        };
        assert_eq!((c.rules, c.redirect_uri.is_none()), (Rules::Oidc, true));
        let args = [
            "--issuer",
            "http://127.0.0.1:9/api",
            "--rules",
            "franceconnect",
            "--client-id",
            "c",
        ];
        assert_eq!(
            refused(&args, &e),
            LoginError::Config(ConfigProblem::MissingRedirectUri)
        );
        assert!(target(&options(&[]), &e).unwrap().is_practice());
    }

    #[test]
    fn the_secret_file_is_never_looked_for_in_the_current_folder() {
        let at = |dir: &str| Environment {
            config_dir: Some(PathBuf::from(dir)),
            ..Environment::default()
        };
        assert_eq!(
            at("/home/x/.config").secret_file(),
            Some(PathBuf::from("/home/x/.config/fcguide/client_secret"))
        );
        assert_eq!(at("relative/.config").secret_file(), None);
        assert_eq!(Environment::default().secret_file(), None);
    }
}
