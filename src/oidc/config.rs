//! Which provider to talk to, as whom, and with which rules.

use super::error::{ConfigProblem, LoginError};
use crate::secure::Masked;
use url::Url;
use zeroize::Zeroizing;

/// Claims asked for by default: the identity pivot and the email.
pub const DEFAULT_SCOPES: &str = "openid given_name family_name birthdate gender birthplace birthcountry email";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Preset {
    Practice,
    FranceConnectSandbox,
    FranceConnectIntegration,
    FranceConnect,
}

impl Preset {
    pub const ALL: &[(&str, Preset)] = &[
        ("practice", Preset::Practice),
        ("franceconnect-sandbox", Preset::FranceConnectSandbox),
        ("franceconnect-integration", Preset::FranceConnectIntegration),
        ("franceconnect", Preset::FranceConnect),
    ];

    pub fn by_name(name: &str) -> Option<Preset> {
        Preset::ALL.iter().find(|(n, _)| *n == name).map(|(_, p)| *p)
    }

    /// The issuer of a FranceConnect environment; `None` for practice (its address is known at start).
    pub fn issuer(self) -> Option<&'static str> {
        match self {
            Preset::Practice => None,
            Preset::FranceConnectSandbox => Some("https://fcp-low.sbx.dev-franceconnect.fr/api/v2"),
            Preset::FranceConnectIntegration => Some("https://fcp-low.integ01.dev-franceconnect.fr/api/v2"),
            Preset::FranceConnect => Some("https://oidc.franceconnect.gouv.fr/api/v2"),
        }
    }
}

/// Which rule book the relying party follows with a provider.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rules {
    /// FranceConnect's platform: its closed list of `/authorize` parameters (no
    /// PKCE, even though its discovery advertises S256), `acr_values=eidas1`,
    /// `prompt=login consent`, `client_secret_post`, the registered redirect
    /// address, and a signed userinfo with `iss`, `aud` and `sub`.
    FranceConnect,
    /// Standard OpenID Connect: PKCE when advertised, the usual checks.
    Oidc,
}

impl Rules {
    pub fn by_name(name: &str) -> Option<Rules> {
        match name {
            "franceconnect" => Some(Rules::FranceConnect),
            "oidc" => Some(Rules::Oidc),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClientAuth {
    /// `client_secret_post`, which FranceConnect requires.
    Post,
    Basic,
    /// A public client: PKCE only.
    None,
}

#[derive(Clone)]
pub struct Config {
    pub issuer: String,
    pub client_id: String,
    /// Masked between uses: revealed for each exchange only.
    pub client_secret: Option<Masked>,
    pub rules: Rules,
    /// The registered redirect URI; `None` listens on an ephemeral loopback port
    /// (RFC 8252), which only the `oidc` rules allow.
    pub redirect_uri: Option<Url>,
    pub scopes: String,
    pub acr_values: Option<String>,
    pub prompt: Option<String>,
    /// Forced client authentication; otherwise chosen from discovery.
    pub client_auth: Option<ClientAuth>,
    /// The provider's own id of an identity provider, sent as `idp_hint`
    /// (FranceConnect: an id the platform gives for this client; never guessed).
    pub idp_hint: Option<String>,
    /// The registered redirect address is the service's own page, not this
    /// computer: the person pastes the address that page shows. Implied by an
    /// `https` redirect address; set for the practice provider's service page.
    pub paste: bool,
}

impl std::fmt::Debug for Config {
    // The secret stays out of every debug print.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config")
            .field("issuer", &self.issuer)
            .field("client_id", &self.client_id)
            .finish_non_exhaustive()
    }
}

impl Config {
    /// Settings FranceConnect's rules imply.
    pub fn franceconnect(issuer: &str, client_id: String, secret: Option<Zeroizing<String>>) -> Config {
        Config {
            issuer: issuer.to_string(),
            client_id,
            client_secret: secret.map(|s| Masked::new(&s)),
            rules: Rules::FranceConnect,
            redirect_uri: None,
            scopes: DEFAULT_SCOPES.to_string(),
            acr_values: Some("eidas1".into()),
            prompt: Some("login consent".into()),
            client_auth: Some(ClientAuth::Post),
            idp_hint: None,
            paste: false,
        }
    }

    /// Settings for a standard OpenID provider given with `--issuer`.
    pub fn generic(issuer: &str, client_id: String, secret: Option<Zeroizing<String>>) -> Config {
        Config {
            rules: Rules::Oidc,
            acr_values: None,
            prompt: None,
            client_auth: None,
            ..Config::franceconnect(issuer, client_id, secret)
        }
    }

    /// A configuration under `rules`, whatever the issuer.
    pub fn with_rules(issuer: &str, rules: Rules, client_id: String, secret: Option<Zeroizing<String>>) -> Config {
        match rules {
            Rules::FranceConnect => Config::franceconnect(issuer, client_id, secret),
            Rules::Oidc => Config::generic(issuer, client_id, secret),
        }
    }

    /// What is wrong with this configuration before anything is sent.
    pub fn check(&self) -> Result<(), LoginError> {
        if self.client_id.is_empty() {
            return Err(LoginError::Config(ConfigProblem::MissingClientId));
        }
        if self.rules == Rules::FranceConnect {
            if self.redirect_uri.is_none() {
                return Err(LoginError::Config(ConfigProblem::MissingRedirectUri));
            }
            if self.client_secret.is_none() {
                return Err(LoginError::Config(ConfigProblem::MissingSecret));
            }
        }
        // Production's address rule (`URL_REQUIRE_TLD`): https on a real domain
        // only; a loopback address would end on « Erreur Y030007 ».
        if self.is_production() && self.redirect_uri.as_ref().is_some_and(is_loopback) {
            return Err(LoginError::Config(ConfigProblem::LoopbackInProduction));
        }
        Ok(())
    }

    /// FranceConnect's production platform, whatever way it was named.
    pub fn is_production(&self) -> bool {
        Preset::FranceConnect.issuer() == Some(self.issuer.trim_end_matches('/'))
    }

    /// Whether the browser's answer comes back pasted by the person (from the
    /// service's registered page) rather than to a listener on this computer.
    /// A page on the provider's own origin (the practice provider playing the
    /// service's page) is never this program's listener either.
    pub fn pastes(&self) -> bool {
        let providers = |u: &Url| Url::parse(&self.issuer).is_ok_and(|i| i.origin() == u.origin());
        self.paste
            || self
                .redirect_uri
                .as_ref()
                .is_some_and(|u| !is_loopback(u) || providers(u))
    }
}

/// `http://` is only for loopback addresses; anything else must be `https://`.
pub fn check_address(address: &str) -> Result<Url, LoginError> {
    let url = Url::parse(address).map_err(|_| LoginError::Config(ConfigProblem::BadIssuer))?;
    match url.scheme() {
        "https" => Ok(url),
        "http" if is_loopback(&url) => Ok(url),
        "http" => Err(LoginError::Insecure),
        _ => Err(LoginError::Config(ConfigProblem::BadIssuer)),
    }
}

pub fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Ipv4(a)) => a.is_loopback(),
        Some(url::Host::Ipv6(a)) => a.is_loopback(),
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        None => false,
    }
}

/// A registered redirect URI is either this computer's, `http://localhost:PORT/PATH`
/// or `http://127.0.0.1:PORT/PATH` (where the assistant listens), or the
/// service's own page, `https://` on a real domain (production's rule), whose
/// address the person pastes.
pub fn check_redirect_uri(address: &str) -> Result<Url, LoginError> {
    let bad = LoginError::Config(ConfigProblem::BadRedirectUri);
    let url = Url::parse(address).map_err(|_| bad.clone())?;
    if url.fragment().is_some() || !url.username().is_empty() || url.password().is_some() {
        return Err(bad);
    }
    let loopback = matches!(url.host_str(), Some("localhost" | "127.0.0.1"));
    let ok = match url.scheme() {
        "http" => loopback && url.port().is_some(),
        "https" => is_real_domain(&url),
        _ => false,
    };
    if ok { Ok(url) } else { Err(bad) }
}

/// A name in the DNS with a dot in it (`service.example.fr`): not an IP
/// address, not `localhost`, which production's rule refuses.
fn is_real_domain(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => {
            let d = d.trim_end_matches('.');
            d.contains('.') && !d.eq_ignore_ascii_case("localhost") && !d.to_ascii_lowercase().ends_with(".localhost")
        }
        _ => false,
    }
}

/// Largest secret file read: a client secret is a few dozen bytes.
const MAX_SECRET_FILE: u64 = 4096;

/// The client secret: `FCGUIDE_CLIENT_SECRET`, else a file only its owner can read.
/// Never from the command line, where other users could see it.
pub fn load_secret(
    env: Option<String>,
    file: Option<&std::path::Path>,
) -> Result<Option<Zeroizing<String>>, LoginError> {
    if let Some(s) = env.filter(|s| !s.is_empty()) {
        return Ok(Some(Zeroizing::new(s)));
    }
    let Some(path) = file else { return Ok(None) };
    read_secret_file(path)
}

/// Opens the file once, without following a link and without waiting on a
/// FIFO, then checks what was opened (not the path again): a regular file of
/// this user, closed to others, small.
#[cfg(unix)]
fn read_secret_file(path: &std::path::Path) -> Result<Option<Zeroizing<String>>, LoginError> {
    use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
    let unreadable = || LoginError::Config(ConfigProblem::SecretFileUnreadable(path.into()));
    let file = match std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK | libc::O_CLOEXEC)
        .open(path)
    {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        // O_NOFOLLOW's answer on a link: said as such, not "cannot be read".
        Err(e) if e.raw_os_error() == Some(libc::ELOOP) => {
            return Err(LoginError::Config(ConfigProblem::SecretFileLink(path.into())));
        }
        Err(_) => return Err(unreadable()),
    };
    let meta = file.metadata().map_err(|_| unreadable())?;
    // SAFETY: geteuid has no preconditions and cannot fail.
    let me = unsafe { libc::geteuid() };
    if !meta.file_type().is_file() || meta.uid() != me || meta.len() > MAX_SECRET_FILE {
        return Err(unreadable());
    }
    if meta.mode() & 0o077 != 0 {
        return Err(LoginError::Config(ConfigProblem::SecretFileOpen(path.into())));
    }
    read_secret_text(file, path)
}

#[cfg(not(unix))]
fn read_secret_file(path: &std::path::Path) -> Result<Option<Zeroizing<String>>, LoginError> {
    let unreadable = || LoginError::Config(ConfigProblem::SecretFileUnreadable(path.into()));
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(_) => return Err(unreadable()),
    };
    let meta = file.metadata().map_err(|_| unreadable())?;
    if !meta.is_file() || meta.len() > MAX_SECRET_FILE {
        return Err(unreadable());
    }
    read_secret_text(file, path)
}

/// The secret in a file already opened and checked: small, text, trimmed;
/// every copy wiped when dropped.
fn read_secret_text(file: std::fs::File, path: &std::path::Path) -> Result<Option<Zeroizing<String>>, LoginError> {
    use std::io::Read;
    let unreadable = || LoginError::Config(ConfigProblem::SecretFileUnreadable(path.into()));
    let mut bytes = Zeroizing::new(Vec::new());
    file.take(MAX_SECRET_FILE + 1)
        .read_to_end(&mut bytes)
        .map_err(|_| unreadable())?;
    let text = std::str::from_utf8(&bytes).map_err(|_| unreadable())?;
    let secret = Zeroizing::new(text.trim().to_string());
    Ok((!secret.is_empty()).then_some(secret))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_loopback_may_use_http() {
        assert!(check_address("https://oidc.franceconnect.gouv.fr/api/v2").is_ok());
        assert!(check_address("http://127.0.0.1:8080/api/v2").is_ok());
        assert!(check_address("http://127.8.9.1/x").is_ok());
        assert!(check_address("http://[::1]:9/x").is_ok());
        assert!(check_address("http://localhost:9/x").is_ok());
        assert_eq!(check_address("http://example.org/").unwrap_err(), LoginError::Insecure);
        assert_eq!(
            check_address("http://127.0.0.1.example.org/").unwrap_err(),
            LoginError::Insecure
        );
        assert!(check_address("ftp://x").is_err());
        assert!(check_address("not a url").is_err());
    }

    #[test]
    fn redirect_uris_are_loopback_with_a_fixed_port() {
        assert!(check_redirect_uri("http://localhost:8400/callback").is_ok());
        assert!(check_redirect_uri("http://127.0.0.1:8400/cb").is_ok());
        assert!(check_redirect_uri("http://127.0.0.1/cb").is_err());
        assert!(check_redirect_uri("https://localhost:8400/cb").is_err());
        assert!(check_redirect_uri("http://example.org:8400/cb").is_err());
        // The service's own page, as production requires.
        assert!(check_redirect_uri("https://mairie.example.fr/fcguide/retour").is_ok());
        assert!(check_redirect_uri("https://mairie.example.fr:8443/retour").is_ok());
        assert!(check_redirect_uri("https://127.0.0.1/cb").is_err());
        assert!(check_redirect_uri("https://[::1]/cb").is_err());
        assert!(check_redirect_uri("https://intranet/cb").is_err());
        assert!(check_redirect_uri("https://a.localhost/cb").is_err());
        assert!(check_redirect_uri("https://user:pw@mairie.example.fr/cb").is_err());
        assert!(check_redirect_uri("https://mairie.example.fr/cb#x").is_err());
    }

    #[test]
    fn production_refuses_a_loopback_redirect_and_the_service_page_is_pasted() {
        let production = Preset::FranceConnect.issuer().unwrap();
        let mut c = Config::franceconnect(production, "c".into(), Some(Zeroizing::new("s".into())));
        c.redirect_uri = Some(check_redirect_uri("http://localhost:8400/callback").unwrap());
        assert_eq!(c.check(), Err(LoginError::Config(ConfigProblem::LoopbackInProduction)));
        assert!(!c.pastes());
        c.redirect_uri = Some(check_redirect_uri("https://mairie.example.fr/retour").unwrap());
        assert_eq!(c.check(), Ok(()));
        assert!(c.pastes());
        // The practice provider's own service page, on its own origin, is pasted too.
        let mut c = Config::franceconnect("http://127.0.0.1:9000/api/v2", "c".into(), None);
        c.redirect_uri = Some(check_redirect_uri("http://127.0.0.1:9000/service/callback").unwrap());
        assert!(c.pastes());
        c.redirect_uri = Some(check_redirect_uri("http://127.0.0.1:9001/callback").unwrap());
        assert!(!c.pastes());
        // Integration keeps loopback.
        let sandbox = Preset::FranceConnectSandbox.issuer().unwrap();
        let mut c = Config::franceconnect(sandbox, "c".into(), Some(Zeroizing::new("s".into())));
        c.redirect_uri = Some(check_redirect_uri("http://127.0.0.1:8400/callback").unwrap());
        assert_eq!(c.check(), Ok(()));
    }

    #[cfg(unix)]
    #[test]
    fn a_secret_file_others_can_read_is_refused() {
        use std::os::unix::fs::PermissionsExt;
        let dir = std::env::temp_dir().join(format!("fcguide-secret-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("secret");
        std::fs::write(&path, "s3cret\n").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        assert_eq!(
            load_secret(None, Some(&path)).unwrap_err(),
            LoginError::Config(ConfigProblem::SecretFileOpen(path.clone()))
        );
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        assert_eq!(
            load_secret(None, Some(&path)).unwrap().as_deref().map(String::as_str),
            Some("s3cret")
        );
        assert_eq!(
            load_secret(Some("env".into()), Some(&path))
                .unwrap()
                .as_deref()
                .map(String::as_str),
            Some("env")
        );
        assert_eq!(load_secret(None, Some(&dir.join("none"))).unwrap(), None);
        // A link is not followed, even to a good file, and is named as a link.
        std::os::unix::fs::symlink(&path, dir.join("link")).unwrap();
        let err = load_secret(None, Some(&dir.join("link"))).unwrap_err();
        assert_eq!(err, LoginError::Config(ConfigProblem::SecretFileLink(dir.join("link"))));
        assert_eq!(err.id(), "config-secret-file-link");
        assert_eq!(err.file(), Some(dir.join("link").as_path()));
        // A FIFO neither hangs nor counts.
        let fifo = dir.join("fifo");
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        // SAFETY: a valid C string path.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        assert_eq!(
            load_secret(None, Some(&fifo)).unwrap_err(),
            LoginError::Config(ConfigProblem::SecretFileUnreadable(fifo.clone()))
        );
        // Nor does a file far larger than a secret.
        let big = dir.join("big");
        std::fs::write(&big, vec![b'a'; 10_000]).unwrap();
        std::fs::set_permissions(&big, std::fs::Permissions::from_mode(0o600)).unwrap();
        assert!(load_secret(None, Some(&big)).is_err());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
