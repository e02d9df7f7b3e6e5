//! `--debug` (or `FCGUIDE_DEBUG=1`): a trace for a bug report of what the
//! relying party did on the network — endpoints, statuses, error kinds, the
//! proxy and TLS in use. Standard error in plain mode; a file of the user's
//! alone under the state folder for the full screen (which owns the terminal).
//!
//! What a trace line may hold is decided here, not by the callers: an address
//! is cut to its scheme, host, port and path (a query carries `code`, `state`
//! or a token; user information carries a proxy's password). Nothing else that
//! came from a provider or a person is ever traced: no body, no header value,
//! no claim, no digit the person typed.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};
use std::time::Instant;

struct Trace {
    start: Instant,
    out: Mutex<Box<dyn Write + Send>>,
}

static TRACE: OnceLock<Trace> = OnceLock::new();

/// Whether a trace is asked for: the option, or `FCGUIDE_DEBUG` set to
/// anything but empty or `0`.
pub fn requested(option: bool) -> bool {
    option || std::env::var_os("FCGUIDE_DEBUG").is_some_and(|v| !v.is_empty() && v != "0")
}

/// Trace to standard error (plain mode, `fcguide check`).
pub fn to_stderr() {
    start(Box::new(std::io::stderr()));
}

/// Trace to `fcguide/debug.log` under `state_dir` (emptied first), readable by
/// the user alone; returns its path.
pub fn to_file(state_dir: &Path) -> std::io::Result<PathBuf> {
    let dir = state_dir.join("fcguide");
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(&dir)?;
    let path = dir.join("debug.log");
    let mut open = std::fs::OpenOptions::new();
    open.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // Never through a link someone left in its place.
        open.mode(0o600).custom_flags(libc::O_NOFOLLOW);
    }
    let file = open.open(&path)?;
    // An older file keeps its mode when opened: closed to others all the same.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
    }
    start(Box::new(file));
    Ok(path)
}

/// The user's state folder (`XDG_STATE_HOME`, else `~/.local/state`), where the full screen's trace goes.
pub fn state_dir() -> Option<PathBuf> {
    use etcetera::BaseStrategy;
    let strategy = etcetera::choose_base_strategy().ok()?;
    strategy.state_dir().or_else(|| Some(strategy.data_dir()))
}

fn start(out: Box<dyn Write + Send>) {
    let _ = TRACE.set(Trace {
        start: Instant::now(),
        out: Mutex::new(out),
    });
    note(format_args!("fcguide {} ({})", env!("CARGO_PKG_VERSION"), commit()));
}

pub fn enabled() -> bool {
    TRACE.get().is_some()
}

/// One line of trace, with the seconds since start. Callers pass only
/// endpoints (through `endpoint`), statuses, error kinds and choices.
pub fn note(line: std::fmt::Arguments) {
    let Some(trace) = TRACE.get() else { return };
    let mut out = trace.out.lock().unwrap_or_else(|e| e.into_inner());
    let _ = writeln!(
        out,
        "fcguide debug [{:>8.3}] {line}",
        trace.start.elapsed().as_secs_f64()
    );
    let _ = out.flush();
}

/// An address as a trace may show it: scheme, host, port and path only.
pub fn endpoint(address: &str) -> String {
    match url::Url::parse(address) {
        Ok(u) => {
            let port = u.port().map(|p| format!(":{p}")).unwrap_or_default();
            format!("{}://{}{port}{}", u.scheme(), u.host_str().unwrap_or(""), u.path())
        }
        Err(_) => "(not an address)".into(),
    }
}

/// The commit the binary was built from (build.rs), or "unknown".
pub fn commit() -> &'static str {
    env!("FCGUIDE_COMMIT")
}

#[cfg(test)]
mod tests {
    use super::endpoint;

    #[test]
    fn an_endpoint_keeps_no_query_no_fragment_no_password() {
        assert_eq!(
            endpoint("http://user:pw@127.0.0.1:8400/callback?code=abc&state=x#f"),
            "http://127.0.0.1:8400/callback"
        );
        assert_eq!(
            endpoint("https://oidc.franceconnect.gouv.fr/api/v2/token"),
            "https://oidc.franceconnect.gouv.fr/api/v2/token"
        );
        assert_eq!(endpoint("not a url 2 90 05"), "(not an address)");
    }
}
