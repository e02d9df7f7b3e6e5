//! The practice provider: an offline stand-in for FranceConnect v2 that runs
//! inside the program on loopback. Same endpoints, same rules, same errors,
//! with practice accounts and pages that say plainly that this is practice.

pub mod accounts;
mod keys;
pub mod pages;
mod routes;
mod store;

use crate::http_server::{Handler, Request, Server};
use crate::i18n::Catalog;
use std::net::{Ipv4Addr, SocketAddr, TcpListener};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// The client the practice provider knows: the assistant itself.
pub const CLIENT_ID: &str = "fcguide-practice";
/// The name "Continuer sur …" shows.
pub const SERVICE_NAME: &str = "fcguide";
/// The service's name in « Continuer sur … » for a real client whose name
/// was not given (`--service-name`): in French, as the site would show a name.
pub const UNNAMED_SERVICE: &str = "[le nom du service]";
/// Under production's rule, the practice provider plays the service's https
/// page too: its registered redirect address is this path at its own address.
pub const SERVICE_PAGE: &str = "/service/callback";

#[derive(Clone)]
pub struct Settings {
    /// 0 takes any free port.
    pub port: u16,
    /// Lifetime of an authorization code (FranceConnect: 30 s).
    pub code_ttl: Duration,
    /// Lifetime of ID and access tokens (FranceConnect: 60 s).
    pub token_ttl: Duration,
    pub client_secret: String,
    /// The one redirect address registered for the client: like FranceConnect,
    /// any other (another port included) is refused.
    pub redirect_uri: String,
    /// Ask for the box « J’accepte que FranceConnect transmette mes données… »
    /// to be ticked before « Continuer sur … », as some services do.
    pub consent_box: bool,
    /// Production's address rule: loopback redirect and post-logout addresses
    /// are refused (« Erreur Y030007 », « Erreur Y000400 »); the registered
    /// address is the service's page, which this provider serves itself.
    pub production_rules: bool,
}

impl Settings {
    /// The post-logout address registered with the redirect address: same
    /// origin, path `/logout-callback`.
    pub fn post_logout_redirect_uri(&self) -> String {
        match url::Url::parse(&self.redirect_uri) {
            Ok(mut u) => {
                u.set_path("/logout-callback");
                u.set_query(None);
                u.to_string()
            }
            Err(_) => String::new(),
        }
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            port: 0,
            code_ttl: Duration::from_secs(30),
            token_ttl: Duration::from_secs(60),
            client_secret: crate::secure::random_token(24),
            redirect_uri: format!("http://127.0.0.1:{}/callback", free_loopback_port()),
            consent_box: false,
            production_rules: false,
        }
    }
}

/// A loopback port free right now, for the redirect address the assistant
/// will listen on (its listener sets SO_REUSEADDR, as std does on unix).
fn free_loopback_port() -> u16 {
    std::net::TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap_or(8400)
}

pub struct PracticeServer {
    pub issuer: String,
    pub client_id: String,
    pub client_secret: String,
    /// The one redirect address it accepts.
    pub redirect_uri: String,
    /// What the provider remembers, for `open_sessions`.
    platform: Arc<routes::Platform>,
    /// Stopped when the practice server is dropped.
    _server: Server,
}

impl PracticeServer {
    /// Starts on 127.0.0.1 only. Fails when the port is taken.
    pub fn start(mut settings: Settings, catalog: Arc<Catalog>) -> std::io::Result<PracticeServer> {
        let listener = TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, settings.port)))?;
        let port = listener.local_addr()?.port();
        let issuer = format!("http://127.0.0.1:{port}/api/v2");
        if settings.production_rules {
            settings.redirect_uri = format!("http://127.0.0.1:{port}{SERVICE_PAGE}");
        }
        let state = Arc::new(routes::Platform {
            issuer: issuer.clone(),
            settings: settings.clone(),
            key: keys::SigningKey::generate(),
            catalog,
            store: Mutex::new(store::Store::default()),
        });
        let platform = state.clone();
        // Each connection has its own thread, so a browser's extra connections never stall the journey.
        let handler: Handler = Arc::new(move |request: &Request| routes::handle(&state, request));
        let server = Server::start(listener, routes::MAX_BODY, handler)?;
        Ok(PracticeServer {
            issuer,
            client_id: CLIENT_ID.into(),
            redirect_uri: settings.redirect_uri.clone(),
            client_secret: settings.client_secret,
            platform,
            _server: server,
        })
    }

    /// Browser sessions open at the provider (signed in, not logged out): a
    /// trainer, or a test, checks that every sign-in ended with its logout.
    pub fn open_sessions(&self) -> usize {
        let store = self.platform.store.lock().unwrap_or_else(|e| e.into_inner());
        store.sessions.len()
    }
}
