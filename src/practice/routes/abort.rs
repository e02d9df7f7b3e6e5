//! « Revenir sur … »: the journey given up, `access_denied` for the service.

use super::errors::expired;
use super::reply::Reply;
use super::{Platform, error_redirect};

/// « Revenir sur … »: from the choice of account or from an error page, the
/// service learns only that the person did not connect (no Y code reaches it).
pub(super) fn abort(p: &Platform, id: &str) -> Reply {
    let mut store = p.store.lock().unwrap_or_else(|e| e.into_inner());
    if store.live(id).is_none() {
        drop(store);
        return expired(p);
    }
    let Some(interaction) = store.interactions.remove(id) else {
        return expired(p);
    };
    drop(store);
    error_redirect(
        p,
        &interaction.params,
        "access_denied",
        "user authentication aborted",
        303,
    )
}
