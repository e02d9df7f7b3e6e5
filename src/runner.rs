//! The edges: runs the flow's effects (provider, browser, loopback listener)
//! on background threads and sends the results back as messages.

use crate::browser::Browser;
use crate::event::Event;
use crate::flow::{BrowserOpen, Effect, Msg};
use crate::i18n::Catalog;
use crate::oidc::callback::{self, CallbackParams, Pages};
use crate::oidc::client::{Client, Pending};
use crate::oidc::config::Config;
use crate::oidc::error::LoginError;
use crate::practice::{self, PracticeServer};
use crate::setup::Target;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use zeroize::Zeroizing;

#[derive(Clone, Copy, Debug)]
pub struct Timing {
    /// How long to wait for the browser before asking the person.
    pub wait: Duration,
    /// What "more time" adds.
    pub extend: Duration,
}

impl Default for Timing {
    fn default() -> Self {
        Timing {
            wait: Duration::from_secs(5 * 60),
            extend: Duration::from_secs(5 * 60),
        }
    }
}

enum Control {
    Answer(CallbackParams),
    /// The address the person pasted from the service's page.
    Paste(Zeroizing<String>),
    Extend,
    /// Open the browser again, on a fresh start address.
    Reopen,
    Cancel,
}

pub struct Runner {
    /// What the runner and its threads share.
    edges: Arc<Edges>,
    /// The login under way, to extend or cancel.
    login: Option<Sender<Control>>,
    /// A logout waiting for the browser's return, on the registered port a new
    /// login needs: ended when one starts.
    logout_wait: Option<Sender<LogoutEnd>>,
}

enum LogoutEnd {
    Returned,
    /// Another program fetched the logout's start address too.
    Intruded,
    Cancelled,
}

impl Runner {
    pub fn new(tx: Sender<Event>, target: Target, catalog: Arc<Catalog>, browser: Browser, timing: Timing) -> Runner {
        let edges = Edges {
            tx,
            target,
            catalog,
            browser,
            timing,
            client: Mutex::default(),
            practice: Mutex::default(),
            id_token: Mutex::default(),
        };
        Runner {
            edges: Arc::new(edges),
            login: None,
            logout_wait: None,
        }
    }

    pub fn run(&mut self, effect: Effect) {
        match effect {
            Effect::StartLogin {
                use_idp_hint,
                ui_locale,
            } => {
                self.cancel();
                // The registered port is the logout return's until a new login needs it.
                if let Some(wait) = self.logout_wait.take() {
                    let _ = wait.send(LogoutEnd::Cancelled);
                }
                let (ctl_tx, ctl_rx) = channel();
                self.login = Some(ctl_tx.clone());
                let edges = self.edges.clone();
                std::thread::spawn(move || edges.login(use_idp_hint, ui_locale, ctl_tx, ctl_rx));
            }
            Effect::OpenBrowser { url } => {
                // Each start address works once: the login's listener gives a fresh one.
                let asked = self.login.as_ref().is_some_and(|l| l.send(Control::Reopen).is_ok());
                if !asked {
                    let edges = self.edges.clone();
                    std::thread::spawn(move || {
                        let (how, _page) = edges.browser.open(&url);
                        edges.send(Msg::BrowserReopened {
                            opened: how == BrowserOpen::Opened,
                        });
                    });
                }
            }
            Effect::ExtendWait => {
                if let Some(l) = &self.login {
                    let _ = l.send(Control::Extend);
                }
            }
            Effect::CancelLogin => self.cancel(),
            Effect::Paste { address } => {
                if let Some(l) = &self.login {
                    let _ = l.send(Control::Paste(address));
                }
            }
            Effect::Logout { ui_locale } => self.logout(ui_locale),
        }
    }

    fn cancel(&mut self) {
        if let Some(l) = self.login.take() {
            let _ = l.send(Control::Cancel);
        }
    }

    fn logout(&mut self, lang: String) {
        let Some(id_token) = self.edges.id_token.lock().unwrap_or_else(|e| e.into_inner()).take() else {
            return;
        };
        let Some(client) = self.edges.client.lock().unwrap_or_else(|e| e.into_inner()).clone() else {
            return;
        };
        let (end_tx, end_rx) = channel();
        let returned = end_tx.clone();
        let notify: callback::Notify = Arc::new(move |p| {
            let _ = returned.send(if p.intruder {
                LogoutEnd::Intruded
            } else {
                LogoutEnd::Returned
            });
        });
        // The return's listener is bound here, before the next message: a new
        // login that follows at once (a person quick on Enter, piped answers)
        // then waits for the port instead of taking it first and leaving the
        // logout unopened, the provider's session still open.
        let pages = pages(&self.edges.catalog, &lang, "logout-done");
        let Ok((url, listener)) = client.logout(&id_token, pages, notify) else {
            return;
        };
        if client.config.pastes() {
            return self.logout_by_page(url, listener);
        }
        self.logout_wait = Some(end_tx);
        let edges = self.edges.clone();
        std::thread::spawn(move || {
            let (_, page) = edges.browser.open(&url);
            match end_rx.recv_timeout(Duration::from_secs(120)) {
                Ok(LogoutEnd::Returned) => edges.send(Msg::LoggedOut),
                Ok(LogoutEnd::Intruded) => edges.send(Msg::Intruded),
                _ => {}
            }
            drop((listener, page));
        });
    }

    /// A logout whose return goes to the service's page: nothing comes back
    /// here, so the browser reaching the end-session request is the sign
    /// (the provider ends its session on that request).
    fn logout_by_page(&mut self, url: String, listener: callback::Listener) {
        let edges = self.edges.clone();
        std::thread::spawn(move || {
            let (_, page) = edges.browser.open(&url);
            let give_up = Instant::now() + Duration::from_secs(120);
            while !listener.started() && Instant::now() < give_up {
                std::thread::sleep(Duration::from_millis(100));
            }
            if listener.started() {
                edges.send(Msg::LoggedOut);
            }
            drop((listener, page));
        });
    }
}

impl Drop for Runner {
    fn drop(&mut self) {
        self.cancel();
    }
}

fn pages(catalog: &Catalog, lang: &str, done_id: &str) -> Pages {
    let title = catalog.text(lang, "callback-title", &[]);
    Pages {
        done: callback::page(lang, &title, &catalog.text(lang, done_id, &[])),
        failed: callback::page(lang, &title, &catalog.text(lang, "callback-failed", &[])),
        refused: callback::page(lang, &title, &catalog.text(lang, "callback-refused", &[])),
    }
}

/// The edges' state, shared by the runner and the threads it starts.
struct Edges {
    tx: Sender<Event>,
    target: Target,
    catalog: Arc<Catalog>,
    browser: Browser,
    timing: Timing,
    /// Kept after the first login so that retries reuse discovery and keys.
    client: Mutex<Option<Arc<Client>>>,
    practice: Mutex<Option<PracticeServer>>,
    /// The ID token of the connection, kept in memory for logout only.
    id_token: Mutex<Option<Zeroizing<String>>>,
}

impl Edges {
    fn send(&self, msg: Msg) {
        let _ = self.tx.send(Event::Msg(msg));
    }

    fn client(&self) -> Result<Arc<Client>, LoginError> {
        let mut cached = self.client.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(c) = cached.as_ref() {
            return Ok(c.clone());
        }
        let config = match &self.target {
            Target::Configured(c) => (**c).clone(),
            Target::Practice {
                idp_hint,
                production_rules,
            } => {
                let mut server = self.practice.lock().unwrap_or_else(|e| e.into_inner());
                if server.is_none() {
                    // Its one registered redirect address is where the assistant
                    // listens; under production's rule, its own service page.
                    let settings = practice::Settings {
                        production_rules: *production_rules,
                        ..Default::default()
                    };
                    let started =
                        PracticeServer::start(settings, self.catalog.clone()).map_err(|_| LoginError::Listener)?;
                    *server = Some(started);
                }
                let s = server.as_ref().expect("just started");
                let mut c = Config::franceconnect(
                    &s.issuer,
                    s.client_id.clone(),
                    Some(Zeroizing::new(s.client_secret.clone())),
                );
                c.redirect_uri = url::Url::parse(&s.redirect_uri).ok();
                c.idp_hint = idp_hint.clone();
                c.paste = *production_rules;
                c
            }
        };
        let client = Arc::new(Client::discover(config)?);
        *cached = Some(client.clone());
        Ok(client)
    }

    fn login(&self, use_idp_hint: bool, lang: String, ctl_tx: Sender<Control>, ctl: Receiver<Control>) {
        let client = match self.client() {
            Ok(c) => c,
            Err(e) => return self.send(Msg::LoginFailed(e)),
        };
        let notify: callback::Notify = Arc::new(move |p| {
            let _ = ctl_tx.send(Control::Answer(p));
        });
        let pending = match client.begin(
            use_idp_hint,
            &lang,
            pages(&self.catalog, &lang, "callback-done"),
            notify,
        ) {
            Ok(p) => p,
            Err(e) => return self.send(Msg::LoginFailed(e)),
        };
        // The browser gets the listener's random local address, which redirects
        // to the request: `state` and `nonce` never sit in its command line,
        // where any local user could read them.
        // The forwarding page lives as long as the attempt.
        if client.config.pastes() {
            self.send(Msg::AnswerByPaste {
                page: pending.listener.redirect_uri.clone(),
            });
        }
        let (browser, page) = self.browser.open(&pending.listener.short_url);
        let mut forwards = vec![page];
        self.send(Msg::LoginReady {
            url: pending.listener.short_url.clone(),
            browser,
        });
        // Bounded options keep these sums far from overflow; checked all the same.
        let after = |d: Duration| Instant::now().checked_add(d);
        let mut deadline = after(self.timing.wait);
        loop {
            let event = match deadline {
                Some(d) => ctl.recv_timeout(d.saturating_duration_since(Instant::now())),
                // After a timeout, the listener stays up until the person decides.
                None => ctl.recv().map_err(|_| RecvTimeoutError::Disconnected),
            };
            match event {
                Err(RecvTimeoutError::Timeout) => {
                    deadline = None;
                    self.send(Msg::WaitTimedOut);
                }
                Ok(Control::Extend) => {
                    deadline = after(self.timing.extend);
                    let until = clock_time(self.timing.extend);
                    self.send(Msg::WaitExtended { until });
                }
                Ok(Control::Reopen) => {
                    let (how, reopened) = self.browser.open(&pending.listener.another_start());
                    forwards.push(reopened);
                    self.send(Msg::BrowserReopened {
                        opened: how == BrowserOpen::Opened,
                    });
                }
                Ok(Control::Cancel) | Err(RecvTimeoutError::Disconnected) => return,
                // One answer, then the attempt is over: nothing else is taken.
                Ok(Control::Answer(answer)) => return self.finish(&client, &pending, answer),
                Ok(Control::Paste(pasted)) => match pending.read_pasted(&pasted) {
                    Ok(answer) => return self.finish(&client, &pending, answer),
                    // Not this attempt's answer: said, and the wait goes on.
                    Err(problem) => self.send(Msg::PasteRefused(problem)),
                },
            }
        }
    }

    fn finish(&self, client: &Client, pending: &Pending, answer: CallbackParams) {
        self.send(Msg::CallbackReceived);
        match client.finish(pending, answer) {
            Ok(connection) => {
                *self.id_token.lock().unwrap_or_else(|e| e.into_inner()) = Some(connection.id_token.clone());
                self.send(Msg::Connected(connection.identity.clone()));
            }
            Err(e) => self.send(Msg::LoginFailed(e)),
        }
    }
}

/// The wall-clock time (HH:MM, local) `from_now` from now, to tell the person
/// until when they have; `None` where the local time cannot be read.
fn clock_time(from_now: Duration) -> Option<String> {
    #[cfg(unix)]
    {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .ok()?;
        let at = libc::time_t::try_from(now.checked_add(from_now)?.as_secs()).ok()?;
        // SAFETY: localtime_r fills the zeroed struct it is given, or returns null.
        let mut tm: libc::tm = unsafe { std::mem::zeroed() };
        let ok = unsafe { !libc::localtime_r(&at, &mut tm).is_null() };
        ok.then(|| format!("{:02}:{:02}", tm.tm_hour, tm.tm_min))
    }
    #[cfg(not(unix))]
    {
        let _ = from_now;
        None
    }
}
