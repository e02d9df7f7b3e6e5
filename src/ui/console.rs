//! The Linux text console (`TERM=linux`) draws Latin, Greek and Cyrillic
//! letters only: Arabic, Bengali, Chinese, Georgian, Ge'ez… come out as
//! boxes or junk. For such a language the full screen is not drawn; the
//! person (or whoever helps) is told so in French and English, with what
//! works there: plain mode for a screen reader, reading aloud, the sheet.

use crate::i18n::{Arg, Catalog};

/// Whether the terminal is the Linux console.
pub fn is_linux_console() -> bool {
    std::env::var("TERM").is_ok_and(|t| t == "linux" || t.starts_with("linux-"))
}

/// Whether the console's fonts have every letter of `text`: Latin (with
/// its accents and the hooked letters of Pular), Greek, Cyrillic, and the punctuation, arrows and
/// box-drawing that console fonts carry.
pub fn can_show(text: &str) -> bool {
    text.chars().all(|c| {
        matches!(c as u32,
            0x0000..=0x036F | 0x0370..=0x052F | 0x1E00..=0x1EFF
            | 0x2000..=0x206F | 0x20A0..=0x20BF | 0x2100..=0x21FF | 0x2500..=0x25FF)
    })
}

/// Whether the console can show the language `lang`, judged by its own name,
/// which is written in its script: a line kept as text, so that judging all
/// 22 languages parses none of them (a test checks the first screen's words
/// agree).
pub fn can_show_language(catalog: &Catalog, lang: &str) -> bool {
    catalog.format(lang, "language-name", &[]).is_none_or(|t| can_show(&t))
}

/// The languages of `languages` the console cannot show: the full screen
/// neither draws their names nor switches to them.
pub fn undrawable_languages(catalog: &Catalog, languages: &[String]) -> Vec<String> {
    languages
        .iter()
        .filter(|lang| !can_show_language(catalog, lang))
        .cloned()
        .collect()
}

/// The notice, in French then English: what the console cannot show, and
/// the three ways that work there.
pub fn notice(catalog: &Catalog, lang: &str) -> String {
    let mut out = String::new();
    for tag in ["fr", "en"] {
        let t = |id: &str, command: &str| {
            catalog.text(tag, id, &[("lang", Arg::Str(lang)), ("command", Arg::Str(command))])
        };
        out += &format!("{}\n", t("console-cannot-show", ""));
        for (id, command) in crate::view::console_offers(lang) {
            out += &format!("  {}\n", t(id, &command));
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_greek_and_cyrillic_show_other_scripts_do_not() {
        assert!(can_show("Étape 2 sur 6 · « Se connecter » ↓"));
        assert!(can_show("Крок 2 з 6"));
        assert!(!can_show("الخطوة"));
        assert!(!can_show("ধাপ"));
        assert!(!can_show("步骤"));
        assert!(!can_show("ნაბიჯი"));
        let catalog = Catalog::load();
        for lang in ["fr", "en", "uk", "ru", "tr", "kmr", "ff-Latn"] {
            assert!(can_show_language(&catalog, lang), "{lang}");
        }
        for lang in ["ar", "ur", "fa-AF", "ps", "ti", "bn", "ka", "ta", "zh-Hans"] {
            assert!(!can_show_language(&catalog, lang), "{lang}");
        }
    }

    /// A language is judged by its own name alone: its first screen's words
    /// agree, in every locale.
    #[test]
    fn a_languages_own_name_tells_whether_its_first_screen_shows() {
        let catalog = Catalog::load();
        for lang in catalog.tags() {
            let words = [
                "welcome-title",
                "welcome-what",
                "practice-mark",
                "keys-short",
                "choice-continue",
            ]
            .iter()
            .all(|id| can_show(&catalog.text(&lang, id, &[])));
            assert_eq!(can_show_language(&catalog, &lang), words, "{lang}");
        }
    }
}
