//! FranceConnect's error codes as a person reads them on the platform's error
//! page (« Erreur Y010008 »). The platform sends only `access_denied` back to
//! the service, so the assistant asks for the code and explains it.

/// Codes a person may read on the error page, with the suffix of the
/// `code-*` messages that explain them. The register's technical failures
/// share one explanation.
pub const KNOWN: &[(&str, &str)] = &[
    ("Y010004", "y010004"),
    ("Y010006", "y010006"),
    ("Y010007", "y010007"),
    ("Y010008", "y010008"),
    ("Y010009", "register-technical"),
    ("Y010011", "register-technical"),
    ("Y010012", "register-technical"),
    ("Y010013", "register-technical"),
    ("Y010015", "y010015"),
    ("Y030007", "y030007"),
    ("Y190001", "y190001"),
];

/// What the typed code means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeReading {
    /// A code of the list: `(code, message suffix)`.
    Known(&'static str, &'static str),
    /// Six digits that are not in the list.
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

/// Reads what a person typed: `Y010008`, `y 010008`, `Erreur Y010008`, `010008`.
pub fn read(typed: &str) -> CodeReading {
    let digits: String = typed.chars().filter(char::is_ascii_digit).collect();
    if digits.is_empty() && typed.trim().is_empty() {
        return CodeReading::NoCode;
    }
    // The platform's codes are Y and six digits; a missing leading 0 is forgiven.
    let six = match digits.len() {
        6 => digits,
        5 => format!("0{digits}"),
        _ => return CodeReading::Unknown,
    };
    let code = format!("Y{six}");
    KNOWN
        .iter()
        .find(|(c, _)| *c == code)
        .map_or(CodeReading::Unknown, |(c, m)| CodeReading::Known(c, m))
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
        assert_eq!(read("Y010012").message(), "register-technical");
        assert_eq!(read("Y999999"), CodeReading::Unknown);
        assert_eq!(read("bonjour"), CodeReading::Unknown);
        assert_eq!(read(""), CodeReading::NoCode);
        assert_eq!(read("   "), CodeReading::NoCode);
    }
}
