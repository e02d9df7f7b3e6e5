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
