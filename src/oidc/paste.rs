//! The answer pasted by the person: where the registered redirect address is
//! the service's own https page (production's rule), the browser ends there,
//! and the person copies the address it shows into the assistant, as
//! kubelogin's `authcode-keyboard` and gcloud's `--no-launch-browser` do.
//! The pasted text is read like the listener reads a callback, and no more:
//! only `code`, `state`, `iss`, `error` and `error_description` are taken.

use super::callback::{CallbackParams, parse_query};
use url::Url;
use zeroize::Zeroizing;

/// Longest text read as a pasted address. The platform's answers are a few
/// hundred characters; anything far longer is not one.
pub const MAX_PASTE: usize = 4096;

/// The page the service hosts at its registered address (`fcguide relay-page`):
/// it shows its own address with a copy button.
pub const RELAY_PAGE: &str = include_str!("../../contrib/relay-page.html");

/// Why a pasted text is not the answer of this sign-in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PasteProblem {
    TooLong,
    /// Control characters (an escape sequence, a tab): never an address.
    Control,
    NotAnAddress,
    /// An address, but not the service's registered page.
    OtherPage,
    /// The service's page without the platform's answer (no `code`, no `error`).
    NoAnswer,
    /// The answer of another sign-in (an older tab): its `state` differs.
    OtherAttempt,
}

impl PasteProblem {
    /// Fluent message suffix: `paste-problem-<id>`.
    pub fn id(self) -> &'static str {
        match self {
            PasteProblem::TooLong => "too-long",
            PasteProblem::Control => "control",
            PasteProblem::NotAnAddress => "not-an-address",
            PasteProblem::OtherPage => "other-page",
            PasteProblem::NoAnswer => "no-answer",
            PasteProblem::OtherAttempt => "other-attempt",
        }
    }
}

/// Reads `pasted` as the answer to the request sent with `state`, on the
/// registered `page`. Spaces a terminal put in a long line are dropped
/// (an answer never holds a bare space: it would be `+` or `%20`).
pub fn read(pasted: &str, page: &str, state: &str) -> Result<CallbackParams, PasteProblem> {
    if pasted.len() > MAX_PASTE {
        return Err(PasteProblem::TooLong);
    }
    let trimmed = pasted.trim();
    if trimmed.chars().any(char::is_control) {
        return Err(PasteProblem::Control);
    }
    let compact: Zeroizing<String> = Zeroizing::new(trimmed.chars().filter(|c| *c != ' ').collect());
    let url = Url::parse(&compact).map_err(|_| PasteProblem::NotAnAddress)?;
    let page = Url::parse(page).map_err(|_| PasteProblem::OtherPage)?;
    let same_page = url.scheme() == page.scheme()
        && url.host_str().map(str::to_ascii_lowercase) == page.host_str().map(str::to_ascii_lowercase)
        && url.port_or_known_default() == page.port_or_known_default()
        && url.path() == page.path();
    if !same_page {
        return Err(PasteProblem::OtherPage);
    }
    let params = parse_query(url.query().unwrap_or_default());
    if params.code.is_none() && params.error.is_none() {
        return Err(PasteProblem::NoAnswer);
    }
    if params.state.as_deref() != Some(state) {
        return Err(PasteProblem::OtherAttempt);
    }
    Ok(params)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "https://mairie.example.fr/fcguide/retour";

    #[test]
    fn the_services_page_with_the_answer_is_read() {
        let pasted = "  https://mairie.example.fr/fcguide/retour?code=abc&state=s1&iss=https%3A%2F%2Fi&extra=x \n";
        let p = read(pasted, PAGE, "s1").unwrap();
        assert_eq!(
            (p.code.as_deref(), p.state.as_deref(), p.iss.as_deref()),
            (Some("abc"), Some("s1"), Some("https://i"))
        );
        // A long line a terminal wrapped with spaces is still the address.
        let wrapped = "https://mairie.example.fr/fcguide/retour?code=a bc&state=s1";
        assert_eq!(read(wrapped, PAGE, "s1").unwrap().code.as_deref(), Some("abc"));
        // The host's case does not matter, nor the default port.
        assert!(
            read(
                "HTTPS://Mairie.Example.FR:443/fcguide/retour?code=a&state=s1",
                PAGE,
                "s1"
            )
            .is_ok()
        );
        // An error sent back is an answer too.
        let e = read(&format!("{PAGE}?error=access_denied&state=s1"), PAGE, "s1").unwrap();
        assert_eq!(e.error.as_deref(), Some("access_denied"));
    }

    #[test]
    fn anything_else_is_refused_with_its_reason() {
        let refused = |text: &str| read(text, PAGE, "s1").unwrap_err();
        assert_eq!(refused(&"a".repeat(MAX_PASTE + 1)), PasteProblem::TooLong);
        assert_eq!(
            refused(&format!("{PAGE}?code=a&state=s1\u{1b}[2J")),
            PasteProblem::Control
        );
        assert_eq!(refused(&format!("{PAGE}?code=a\t&state=s1")), PasteProblem::Control);
        assert_eq!(refused("Y010008"), PasteProblem::NotAnAddress);
        assert_eq!(
            refused("https://evil.example/fcguide/retour?code=a&state=s1"),
            PasteProblem::OtherPage
        );
        assert_eq!(
            refused("http://mairie.example.fr/fcguide/retour?code=a&state=s1"),
            PasteProblem::OtherPage
        );
        assert_eq!(
            refused("https://mairie.example.fr/autre?code=a&state=s1"),
            PasteProblem::OtherPage
        );
        assert_eq!(refused(PAGE), PasteProblem::NoAnswer);
        assert_eq!(refused(&format!("{PAGE}?state=s1")), PasteProblem::NoAnswer);
        assert_eq!(refused(&format!("{PAGE}?code=a&state=old")), PasteProblem::OtherAttempt);
        // A state given twice counts as none.
        assert_eq!(
            refused(&format!("{PAGE}?code=a&state=s1&state=s1")),
            PasteProblem::OtherAttempt
        );
        assert_eq!(refused(""), PasteProblem::NotAnAddress);
    }

    #[test]
    fn the_relay_page_shows_its_address_and_sends_it_nowhere_else() {
        assert!(RELAY_PAGE.contains("id=\"address\""));
        assert!(RELAY_PAGE.contains("no-referrer"));
        // No script or style from elsewhere: the page holds a code.
        assert!(!RELAY_PAGE.contains("src=\"http"));
        assert!(!RELAY_PAGE.contains("href=\"http"));
    }
}
