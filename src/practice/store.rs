//! The practice provider's memory: open journeys, codes, tokens and sessions, each with its lifetime.

use super::routes::Platform;
use std::collections::HashMap;
use std::time::{Duration, Instant};

/// Bound on remembered interactions, codes, tokens and sessions.
pub(super) const MAX_ENTRIES: usize = 1000;
const INTERACTION_TTL: Duration = Duration::from_secs(30 * 60);

#[derive(Default)]
pub(super) struct Store {
    /// Unfinished journeys; the oldest are shed when too many are open.
    pub(super) interactions: HashMap<String, Interaction>,
    pub(super) codes: HashMap<String, Grant>,
    pub(super) tokens: HashMap<String, Grant>,
    /// Browser sessions (single sign-on): cookie -> account.
    pub(super) sessions: HashMap<String, usize>,
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
}

#[derive(Clone)]
pub(super) struct Grant {
    pub(super) account: usize,
    pub(super) params: AuthParams,
    pub(super) created: Instant,
}

pub(super) fn purge(store: &mut Store, p: &Platform) {
    store.interactions.retain(|_, i| i.created.elapsed() < INTERACTION_TTL);
    store.codes.retain(|_, g| g.created.elapsed() < p.settings.code_ttl);
    store.tokens.retain(|_, g| g.created.elapsed() < p.settings.token_ttl);
}

impl Store {
    /// Makes room for a new journey by forgetting the oldest unfinished ones:
    /// a flood of requests can never lock new journeys out.
    pub(super) fn shed_oldest_interactions(&mut self) {
        while self.interactions.len() >= MAX_ENTRIES {
            let oldest = self
                .interactions
                .iter()
                .min_by_key(|(_, i)| i.created)
                .map(|(k, _)| k.clone());
            match oldest {
                Some(k) => self.interactions.remove(&k),
                None => break,
            };
        }
    }

    /// The interaction `id`, if it exists and has not outlived its time.
    pub(super) fn live(&mut self, id: &str) -> Option<&mut Interaction> {
        self.interactions.retain(|_, i| i.created.elapsed() < INTERACTION_TTL);
        self.interactions.get_mut(id)
    }
}
