//! The practice provider's memory: open journeys, codes, tokens and sessions, each with its lifetime.

use super::Settings;
use std::collections::HashMap;
use std::time::{Duration, Instant};

/// Bound on remembered interactions, codes, tokens and sessions.
pub(super) const MAX_ENTRIES: usize = 1000;
const INTERACTION_TTL: Duration = Duration::from_secs(30 * 60);
/// A journey that showed a page to a browser this recently is someone's,
/// being read: shed only after every other.
const RECENTLY_SHOWN: Duration = Duration::from_secs(10 * 60);

#[derive(Default)]
pub(super) struct Store {
    /// Unfinished journeys; the oldest are shed when too many are open.
    pub(super) interactions: HashMap<String, Interaction>,
    pub(super) codes: HashMap<String, Grant>,
    pub(super) tokens: HashMap<String, Grant>,
    /// Browser sessions (single sign-on): cookie -> who signed in, and how.
    pub(super) sessions: HashMap<String, Session>,
    /// When each journey last showed a page to a browser (any request after
    /// `/authorize`): a flood of bare authorize requests never has one.
    shown: HashMap<String, Instant>,
}

#[derive(Clone)]
pub(super) struct AuthParams {
    pub(super) redirect_uri: String,
    pub(super) state: String,
    pub(super) nonce: String,
    pub(super) scopes: Vec<String>,
    pub(super) lang: Option<String>,
}

pub(super) struct Interaction {
    pub(super) params: AuthParams,
    pub(super) created: Instant,
    /// Set once the person has logged in (or came with a session).
    pub(super) account: Option<usize>,
    /// The provider logged in with (an index in `IDPS`), for the `idp_id` claim.
    pub(super) idp: Option<usize>,
}

/// A browser signed in: which practice account, through which provider.
#[derive(Clone, Copy)]
pub(super) struct Session {
    pub(super) account: usize,
    pub(super) idp: Option<usize>,
}

#[derive(Clone)]
pub(super) struct Grant {
    pub(super) account: usize,
    /// The provider (an index in `IDPS`): the platform's `idp_id` is its id.
    pub(super) idp: Option<usize>,
    pub(super) params: AuthParams,
    pub(super) created: Instant,
}

impl Store {
    /// Forgets journeys, codes and tokens past their time.
    pub(super) fn purge(&mut self, settings: &Settings) {
        self.interactions.retain(|_, i| i.created.elapsed() < INTERACTION_TTL);
        let interactions = &self.interactions;
        self.shown.retain(|id, _| interactions.contains_key(id));
        self.codes.retain(|_, g| g.created.elapsed() < settings.code_ttl);
        self.tokens.retain(|_, g| g.created.elapsed() < settings.token_ttl);
    }

    /// Makes room for a new journey by forgetting unfinished ones: first
    /// those that never showed a page (oldest first), then those idle for a
    /// while, and only then those a browser showed recently. A flood of
    /// requests can never lock new journeys out, nor push out the one a
    /// person is reading.
    pub(super) fn shed_oldest_interactions(&mut self) {
        while self.interactions.len() >= MAX_ENTRIES {
            let shown = &self.shown;
            let rank = |(id, i): (&String, &Interaction)| match shown.get(id) {
                None => (0, i.created),
                Some(t) if t.elapsed() >= RECENTLY_SHOWN => (1, *t),
                Some(t) => (2, *t),
            };
            let first = self
                .interactions
                .iter()
                .min_by_key(|&entry| rank(entry))
                .map(|(k, _)| k.clone());
            match first {
                Some(k) => {
                    self.interactions.remove(&k);
                    self.shown.remove(&k);
                }
                None => break,
            };
        }
    }

    /// Makes room for a code: a code is one journey's, redeemed at once by
    /// its service, so the oldest unredeemed one goes rather than every new
    /// journey being told "busy" while a flood's codes wait out their time.
    pub(super) fn shed_oldest_codes(&mut self) {
        shed_oldest(&mut self.codes);
    }

    /// The same for access tokens.
    pub(super) fn shed_oldest_tokens(&mut self) {
        shed_oldest(&mut self.tokens);
    }

    /// The interaction `id`, if it exists and has not outlived its time.
    /// Each call is a browser's request on the journey: it counts as shown.
    pub(super) fn live(&mut self, id: &str) -> Option<&mut Interaction> {
        self.interactions.retain(|_, i| i.created.elapsed() < INTERACTION_TTL);
        if self.interactions.contains_key(id) {
            self.shown.insert(id.to_string(), Instant::now());
        }
        self.interactions.get_mut(id)
    }
}

fn shed_oldest(grants: &mut HashMap<String, Grant>) {
    while grants.len() >= MAX_ENTRIES {
        let oldest = grants.iter().min_by_key(|(_, g)| g.created).map(|(k, _)| k.clone());
        match oldest {
            Some(k) => grants.remove(&k),
            None => break,
        };
    }
}
