//! FranceConnect's error codes as a person reads them on the platform's error
//! page (« Erreur Y010008 »). No Y code ever reaches the service's callback
//! (only `access_denied`, `temporarily_unavailable` or `server_error`), so the
//! assistant asks for the code and explains it.

/// Codes of the platform's table (`franceconnect.md`), with the suffix of the
/// `code-*` messages that explain them; codes sharing an explanation share a suffix.
/// The registration codes are for the service's administrator, not the person.
pub const KNOWN: &[(&str, &str)] = &[
    ("Y010004", "y010004"),
    ("Y010006", "y010006"),
    ("Y010007", "y010007"),
    ("Y010008", "y010008"),
    ("Y010009", "y010009"),
    ("Y010011", "register-technical"),
    ("Y010012", "register-technical"),
    ("Y010013", "register-technical"),
    ("Y010015", "y010015"),
    ("Y030007", "y030007"),
    ("Y190001", "y190001"),
    ("Y470001", "y190001"),
    ("Y470002", "y190001"),
    ("Y470003", "y190001"),
    ("Y420001", "navigation"),
    ("Y420002", "navigation"),
    ("Y180001", "y180001"),
    ("Y100011", "y100011"),
    ("Y020017", "idp-off"),
    ("Y020023", "idp-off"),
    ("Y04EA6EF", "y04ea6ef"),
    ("Y04C013C", "y04c013c"),
    ("Y000400", "logout-refused"),
    ("Y04CFAEF", "logout-refused"),
];

/// Explanations that speak to the service's administrator (its registration).
pub const FOR_THE_ADMINISTRATOR: &[&str] = &["y04ea6ef", "y04c013c", "logout-refused"];

/// Whether the printed sheet (two pages at most) lists this explanation: not
/// the administrator's codes, nor the ones about choices the person made in
/// FranceConnect's own preferences; the assistant reads all of them.
pub fn on_the_sheet(message: &str) -> bool {
    !FOR_THE_ADMINISTRATOR.contains(&message) && !matches!(message, "y180001" | "y100011")
}

/// The other session codes (« Y1900xx »): read like Y190001, not listed on the sheet.
const SESSION_FAMILY: &[&str] = &[
    "Y190002", "Y190003", "Y190004", "Y190005", "Y190006", "Y190007", "Y190008", "Y190009", "Y190010", "Y190011",
    "Y190012", "Y190013",
];

/// What the typed code means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeReading {
    /// A code of the list: `(code, message suffix)`.
    Known(&'static str, &'static str),
    /// A code in the platform's shape that is not in the list, or something else.
    Unknown,
    /// Nothing typed: the page showed no code (the person went back).
    NoCode,
}

impl CodeReading {
    /// Suffix of the `code-*` message that explains it.
    pub fn message(self) -> &'static str {
        match self {
            CodeReading::Known(_, m) => m,
            CodeReading::Unknown => "unknown",
            CodeReading::NoCode => "none",
        }
    }
}

/// Reads what a person typed: `Y010008`, `y 010 008`, `Erreur Y04EA6EF`,
/// `y04ea6ef`, `010008`, `10008` (a lost leading 0).
pub fn read(typed: &str) -> CodeReading {
    if typed.trim().is_empty() {
        return CodeReading::NoCode;
    }
    let Some(code) = shaped(typed) else {
        return CodeReading::Unknown;
    };
    if let Some((c, m)) = KNOWN.iter().find(|(c, _)| *c == code) {
        return CodeReading::Known(c, m);
    }
    match SESSION_FAMILY.iter().find(|c| **c == code) {
        Some(c) => CodeReading::Known(c, "y190001"),
        None => CodeReading::Unknown,
    }
}

/// The platform's shape: `Y` then six or more digits and capital letters, the
/// first a digit (the module number). Lower case, spaces and look-alike
/// Cyrillic letters are forgiven; without any `Y`, digits alone are taken.
fn shaped(typed: &str) -> Option<String> {
    let words: Vec<String> = typed
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.chars().map(latin).collect())
        .collect();
    // The last word that starts a code wins: "my code is Y010008".
    for start in (0..words.len()).rev() {
        let Some(rest) = words[start].strip_prefix('Y') else {
            continue;
        };
        // Typed in groups ("Y 010 008"): the following words complete it.
        let mut body = rest.to_string();
        for w in &words[start + 1..] {
            if body.len() >= 6 {
                break;
            }
            body.push_str(w);
        }
        if is_body(&body) {
            return Some(format!("Y{body}"));
        }
    }
    let joined: String = words.concat();
    if is_body(&joined) {
        return Some(format!("Y{joined}"));
    }
    let digits: String = typed.chars().filter(char::is_ascii_digit).collect();
    match digits.len() {
        6 => Some(format!("Y{digits}")),
        5 => Some(format!("Y0{digits}")),
        _ => None,
    }
}

fn is_body(body: &str) -> bool {
    body.len() >= 6
        && body.len() <= 12
        && body.starts_with(|c: char| c.is_ascii_digit())
        && body.chars().all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
}

/// Upper case, with Cyrillic letters that look like the code's Latin ones
/// (a Ukrainian keyboard types У for Y).
fn latin(c: char) -> char {
    match c.to_uppercase().next().unwrap_or(c) {
        'У' => 'Y',
        'А' => 'A',
        'В' => 'B',
        'С' => 'C',
        'Е' => 'E',
        'О' => 'O',
        up => up,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_read_as_people_type_them() {
        assert_eq!(read("Y010008"), CodeReading::Known("Y010008", "y010008"));
        assert_eq!(read(" y 010 008 "), CodeReading::Known("Y010008", "y010008"));
        assert_eq!(read("Erreur Y010008"), CodeReading::Known("Y010008", "y010008"));
        assert_eq!(read("10008"), CodeReading::Known("Y010008", "y010008"));
        assert_eq!(read("Erreur : 010008"), CodeReading::Known("Y010008", "y010008"));
        assert_eq!(read("Y010012").message(), "register-technical");
        assert_eq!(read("Y999999"), CodeReading::Unknown);
        assert_eq!(read("bonjour"), CodeReading::Unknown);
        assert_eq!(read(""), CodeReading::NoCode);
        assert_eq!(read("   "), CodeReading::NoCode);
    }

    #[test]
    fn every_code_of_the_table_is_read_in_several_shapes() {
        for (code, message) in KNOWN {
            let lower = code.to_lowercase();
            let spaced = format!("{} {} {}", &code[..1], &code[1..4], &code[4..]);
            let quoted = format!("Erreur {code}.");
            let cyrillic = format!("у{}", &lower[1..]);
            for typed in [
                code.to_string(),
                lower.clone(),
                spaced,
                quoted,
                format!(" {lower} "),
                cyrillic,
            ] {
                assert_eq!(read(&typed), CodeReading::Known(code, message), "{typed:?}");
            }
        }
    }

    #[test]
    fn letters_and_longer_codes_are_the_platforms_shape() {
        assert_eq!(read("Y04EA6EF"), CodeReading::Known("Y04EA6EF", "y04ea6ef"));
        assert_eq!(read("y04 c013c"), CodeReading::Known("Y04C013C", "y04c013c"));
        assert_eq!(read("04ea6ef"), CodeReading::Known("Y04EA6EF", "y04ea6ef"));
        assert_eq!(
            read("My code is Y04CFAEF please"),
            CodeReading::Known("Y04CFAEF", "logout-refused")
        );
        assert_eq!(read("Y190010"), CodeReading::Known("Y190010", "y190001"));
        assert_eq!(read("Y470002").message(), "y190001");
        // The platform's shape, but not a code it shows: unknown, never a panic.
        assert_eq!(read("Y04ZZZZZ"), CodeReading::Unknown);
        assert_eq!(read("YES"), CodeReading::Unknown);
        assert_eq!(read("Y"), CodeReading::Unknown);
        assert_eq!(read(&"Y0".repeat(10_000)), CodeReading::Unknown);
    }

    #[test]
    fn every_code_is_explained_in_every_language_and_registration_codes_address_the_administrator() {
        let catalog = crate::i18n::Catalog::load();
        for lang in catalog.tags() {
            for (code, m) in KNOWN {
                for id in [format!("code-{m}"), format!("code-{m}-next")] {
                    assert!(catalog.format(&lang, &id, &[]).is_some(), "{lang}: {code} {id}");
                }
            }
        }
        for m in ["y04ea6ef", "y04c013c", "logout-refused"] {
            let next = catalog.text("fr", &format!("code-{m}-next"), &[]);
            assert!(next.contains("administrateur"), "{m}: {next}");
        }
    }

    #[test]
    fn y010009_is_a_rejection_not_a_silence() {
        assert_eq!(read("Y010009").message(), "y010009");
        assert_ne!(read("Y010009").message(), read("Y010011").message());
    }
}
