//! What the router reads from a request: path, single-valued query and form, cookie and credentials.

use super::COOKIE;
use super::reply::Reply;
use crate::http_server::{Method, Request};
use std::collections::HashMap;
use url::Url;

pub(super) const MAX_URL: usize = 8 * 1024;

/// What the router needs from a request, read with bounds.
pub(super) struct Incoming {
    pub(super) method: Method,
    pub(super) path: String,
    pub(super) query: HashMap<String, String>,
    /// A query parameter was given more than once (FranceConnect refuses the request).
    pub(super) query_repeated: bool,
    pub(super) form: HashMap<String, String>,
    pub(super) cookie: Option<String>,
    pub(super) bearer: Option<String>,
    pub(super) basic_auth: bool,
}

/// The body is already bounded by the server (`MAX_BODY`, larger ones are refused with 413).
pub(super) fn read(request: &Request) -> Result<Incoming, Reply> {
    let raw = &request.target;
    if raw.len() > MAX_URL {
        return Err(Reply::oauth_error(414, "invalid_request", "request too long"));
    }
    let url = Url::parse(&format!("http://127.0.0.1{raw}"))
        .map_err(|_| Reply::oauth_error(400, "invalid_request", "malformed address"))?;
    let header = |name: &str| request.header(name).map(str::to_string);
    let cookie = header("Cookie").and_then(|c| {
        c.split(';')
            .filter_map(|kv| kv.trim().split_once('='))
            .find(|(k, _)| *k == COOKIE)
            .map(|(_, v)| v.to_string())
    });
    let authorization = header("Authorization").unwrap_or_default();
    let query = single_values(url.query_pairs());
    let query_repeated = url.query_pairs().count() > query.len();
    Ok(Incoming {
        method: request.method,
        path: url.path().to_string(),
        query,
        query_repeated,
        form: single_values(url::form_urlencoded::parse(request.body())),
        cookie,
        bearer: authorization.strip_prefix("Bearer ").map(|t| t.trim().to_string()),
        basic_auth: authorization.starts_with("Basic "),
    })
}

/// Parameters given twice are dropped, as OAuth requires (RFC 6749 §3.1).
fn single_values<'a>(
    pairs: impl Iterator<Item = (std::borrow::Cow<'a, str>, std::borrow::Cow<'a, str>)>,
) -> HashMap<String, String> {
    let mut seen: HashMap<String, Option<String>> = HashMap::new();
    for (k, v) in pairs {
        seen.entry(k.into_owned())
            .and_modify(|e| *e = None)
            .or_insert(Some(v.into_owned()));
    }
    seen.into_iter().filter_map(|(k, v)| v.map(|v| (k, v))).collect()
}
