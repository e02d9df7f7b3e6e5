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

/// Combining marks kept on one letter: enough for any script's accents and
/// vowel signs, never a tower that overwrites the lines around it.
pub const MAX_MARKS_PER_LETTER: usize = 4;

/// Text from outside (a provider's claim, a word of the command line or the
/// environment) made safe to show: text, never terminal commands nor hidden
/// content. Dropped: C0 and C1 controls (ESC, BEL, CR…), DEL, the
/// bidirectional controls (which can reverse a date on screen), every other
/// invisible character (format characters such as zero-width spaces, the soft
/// hyphen, the BOM and tag characters; line and paragraph separators; Hangul
/// fillers, invisible yet two columns wide), marks beyond
/// `MAX_MARKS_PER_LETTER` on one letter. Joiners (ZWJ, ZWNJ) stay: Persian,
/// Arabic and Indic names need them. Length is capped.
pub fn clean_text(s: &str) -> String {
    let mut marks = 0;
    let mut out = String::new();
    for c in s.chars() {
        if is_hidden(c) {
            continue;
        }
        if is_mark(c) {
            marks += 1;
            if marks > MAX_MARKS_PER_LETTER {
                continue;
            }
        } else if c != ZWJ && c != ZWNJ {
            marks = 0;
        }
        out.push(c);
    }
    out.chars().take(MAX_CLAIM_CHARS).collect()
}

const ZWNJ: char = '\u{200C}';
const ZWJ: char = '\u{200D}';

fn is_mark(c: char) -> bool {
    use icu_properties::CodePointMapData;
    use icu_properties::props::{GeneralCategory as Gc, GeneralCategoryGroup};
    let category: Gc = CodePointMapData::<Gc>::new().get(c);
    GeneralCategoryGroup::Mark.contains(category)
}

/// Whether a character shows nothing of its own, or commands the terminal.
fn is_hidden(c: char) -> bool {
    use icu_properties::CodePointMapData;
    use icu_properties::props::GeneralCategory as Gc;
    if c == ZWJ || c == ZWNJ {
        return false;
    }
    let category: Gc = CodePointMapData::<Gc>::new().get(c);
    matches!(
        category,
        // Controls, format characters (bidi controls, zero-width, soft
        // hyphen, BOM, tags…), line and paragraph separators, surrogates.
        Gc::Control | Gc::Format | Gc::LineSeparator | Gc::ParagraphSeparator | Gc::Surrogate
    ) || matches!(
        c,
        // Letters or marks by category, yet blank: Hangul fillers, the
        // combining grapheme joiner, Khmer's invisible vowels, the remaining
        // tag and language-tag range.
        '\u{115F}' | '\u{1160}' | '\u{3164}' | '\u{FFA0}' | '\u{034F}' | '\u{17B4}' | '\u{17B5}' | '\u{E0000}'
            ..='\u{E007F}'
    )
}

impl Identity {
    /// Whether no identity claim came (the subject alone identifies nobody).
    pub fn is_empty(&self) -> bool {
        [
            &self.given_name,
            &self.family_name,
            &self.birthdate,
            &self.gender,
            &self.birthplace,
            &self.birthcountry,
            &self.email,
        ]
        .iter()
        .all(|c| c.trim().is_empty())
    }

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
        assert_eq!(clean_text("क्\u{200d}ष"), "क्\u{200d}ष");
    }

    #[test]
    fn invisible_characters_never_pass() {
        for hidden in [
            '\u{2028}',
            '\u{2029}',
            '\u{200B}',
            '\u{2060}',
            '\u{00AD}',
            '\u{FEFF}',
            '\u{E0041}',
            '\u{E007F}',
            '\u{115F}',
            '\u{1160}',
            '\u{3164}',
            '\u{FFA0}',
            '\u{180E}',
            '\u{034F}',
            '\u{061C}',
            '\u{2066}',
        ] {
            assert_eq!(clean_text(&format!("DU{hidden}BOIS")), "DUBOIS", "{hidden:?}");
        }
        // Four marks on one letter stay (Vietnamese needs two), the 150 others go.
        let tower = format!("Z{}a", "\u{0301}".repeat(150));
        assert_eq!(
            clean_text(&tower),
            format!("Z{}a", "\u{0301}".repeat(MAX_MARKS_PER_LETTER))
        );
        for name in [
            "Nguyễn Thị Ánh",
            "Ắ",
            "Mỹ",
            "Ђорђе",
            "ქეთევან",
            "Ṣọ̀lá",
            "সুচিত্রা",
            "عبدُالله",
            "Şəhla",
        ] {
            assert_eq!(clean_text(name), name);
        }
    }
}
