//! « Revenir sur … »: the journey given up, `access_denied` for the service.

use super::errors::expired;
use super::incoming::Incoming;
use super::reply::Reply;
use super::{Platform, error_redirect};

/// « Revenir sur … »: from the choice of account or from an error page, the
/// service learns only that the person did not connect (no Y code reaches it),
/// in the platform's words for each page.
pub(super) fn abort(p: &Platform, id: &str, r: &Incoming) -> Reply {
    let mut store = p.store.lock().unwrap_or_else(|e| e.into_inner());
    if store.live(id).is_none() {
        drop(store);
        return expired(p);
    }
    let Some(interaction) = store.interactions.remove(id) else {
        return expired(p);
    };
    drop(store);
    let description = match r.form.get("from").map(String::as_str) {
        Some("choice") => "User auth aborted",
        _ => "user authentication aborted",
    };
    error_redirect(p, &interaction.params, "access_denied", description, 303)
}
