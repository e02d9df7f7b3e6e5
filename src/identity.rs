//! The identity a provider verified: plain data, held in memory only.

use zeroize::Zeroize;

/// Claims of the FranceConnect "identité pivot" plus the few extras we ask for.
/// Wiped from memory when dropped; never written to disk or logs.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Identity {
    /// Pairwise subject: different for every service.
    pub sub: String,
    /// All given names, separated by spaces, as the register holds them.
    pub given_name: String,
    pub family_name: String,
    /// `YYYY-MM-DD`.
    pub birthdate: String,
    /// `male` or `female`.
    pub gender: String,
    /// INSEE commune code; empty for people born abroad.
    pub birthplace: String,
    /// INSEE country code, `99100` for France.
    pub birthcountry: String,
    pub email: String,
}

/// Longest claim kept: the register's longest names are far shorter.
pub const MAX_CLAIM_CHARS: usize = 200;

/// A provider's string made safe to show: text, never terminal commands.
/// C0 and C1 controls (ESC, BEL, CR…), DEL and the bidirectional controls
/// (which can reverse a date on screen) are dropped; length is capped.
/// Joiners (ZWJ, ZWNJ) stay: some scripts need them.
pub fn clean_text(s: &str) -> String {
    s.chars()
        .filter(|c| !is_control_or_bidi(*c))
        .take(MAX_CLAIM_CHARS)
        .collect()
}

fn is_control_or_bidi(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
        )
}

impl Identity {
    pub fn born_abroad(&self) -> bool {
        !self.birthcountry.is_empty() && self.birthcountry != "99100"
    }
}

// Redacted on purpose: a stray `{:?}` must not print personal data.
impl std::fmt::Debug for Identity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Identity { .. }")
    }
}

impl Drop for Identity {
    fn drop(&mut self) {
        for s in [
            &mut self.sub,
            &mut self.given_name,
            &mut self.family_name,
            &mut self.birthdate,
            &mut self.gender,
            &mut self.birthplace,
            &mut self.birthcountry,
            &mut self.email,
        ] {
            s.zeroize();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn claims_are_text_not_terminal_commands() {
        let hostile = "Jean\u{1b}]0;pwned\u{7}\u{1b}[2K\r\u{9b}31m\u{7f}\u{202e}41-30-5891\u{2066}x";
        let clean = clean_text(hostile);
        assert!(!clean.chars().any(|c| c.is_control()), "{clean:?}");
        assert!(!clean.contains('\u{202e}') && !clean.contains('\u{2066}'));
        assert!(clean.starts_with("Jean]0;pwned[2K"), "{clean:?}");
        assert_eq!(clean_text(&"a".repeat(10_000)).chars().count(), MAX_CLAIM_CHARS);
        // Scripts that need joiners keep them.
        assert_eq!(clean_text("می\u{200c}خواهم"), "می\u{200c}خواهم");
    }
}
