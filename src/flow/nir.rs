//! A local, offline check of a French social security number (NIR).
//! It tells whether the number is well formed and whether it is permanent;
//! it never leaves this function and is never stored.

use zeroize::Zeroizing;

/// What a typed number turned out to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NirVerdict {
    /// Permanent number: FranceConnect can work. `born_abroad` when the
    /// birth place part is `99` (the register still knows the person).
    Permanent { born_abroad: bool },
    /// Temporary number (first digit 7 or 8): FranceConnect will not work yet.
    Temporary,
    /// Fifteen characters of the right shape, but the two-digit key does not match.
    WrongKey,
    /// Thirteen characters of the right shape: the 2 check digits are missing.
    MissingKey,
    /// Not the shape of a social security number (length, letters, first digit).
    Malformed,
}

/// Checks a number as typed (spaces, dots and dashes are ignored).
///
/// ```
/// use fcguide::flow::nir::{check, NirVerdict};
/// // 13 digits, then the key: 97 - (number mod 97).
/// let body = 1_85_05_75_123_456u64;
/// let nir = format!("{body}{:02}", 97 - body % 97);
/// assert_eq!(check(&nir), NirVerdict::Permanent { born_abroad: false });
/// // A temporary number (first digit 7 or 8) is well formed but not usable with FranceConnect.
/// let temp = 7_90_05_99_155_001u64;
/// assert_eq!(check(&format!("{temp}{:02}", 97 - temp % 97)), NirVerdict::Temporary);
/// ```
pub fn check(typed: &str) -> NirVerdict {
    // Every copy of the number is wiped when it goes out of scope.
    let cleaned: Zeroizing<String> = Zeroizing::new(
        typed
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '.' && *c != '-')
            .map(|c| c.to_ascii_uppercase())
            .collect(),
    );
    if !cleaned.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return NirVerdict::Malformed;
    }
    if cleaned.len() == 13 && matches!(cleaned.as_bytes()[0], b'1' | b'2' | b'7' | b'8') {
        return NirVerdict::MissingKey;
    }
    if cleaned.len() != 15 {
        return NirVerdict::Malformed;
    }
    // ASCII from here on: byte positions are character positions.
    let (body, key) = cleaned.split_at(13);
    // Corsica: departments 2A and 2B stand at positions 6-7; for the key they
    // count as 19 and 18.
    let numeric = Zeroizing::new(match &body[5..7] {
        "2A" => format!("{}19{}", &body[..5], &body[7..]),
        "2B" => format!("{}18{}", &body[..5], &body[7..]),
        _ => body.to_string(),
    });
    if !numeric.bytes().all(|b| b.is_ascii_digit()) || !key.bytes().all(|b| b.is_ascii_digit()) {
        return NirVerdict::Malformed;
    }
    let first = char::from(cleaned.as_bytes()[0]);
    if !matches!(first, '1' | '2' | '7' | '8') {
        return NirVerdict::Malformed;
    }
    let n: u64 = numeric.parse().unwrap_or(0);
    let expected = 97 - (n % 97);
    if key.parse::<u64>().ok() != Some(expected) {
        return NirVerdict::WrongKey;
    }
    match first {
        '7' | '8' => NirVerdict::Temporary,
        _ => NirVerdict::Permanent {
            born_abroad: &body[5..7] == "99",
        },
    }
}

/// The number in the groups printed on the carte Vitale (1 23 45 67 890 123 45),
/// for the helper to read back; only shown when the person asked to see it.
pub fn groups(typed: &str) -> Zeroizing<String> {
    let cleaned: Zeroizing<Vec<char>> = Zeroizing::new(
        typed
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .map(|c| c.to_ascii_uppercase())
            .take(15)
            .collect(),
    );
    let mut out = Zeroizing::new(String::new());
    for (i, c) in cleaned.iter().enumerate() {
        if [1, 3, 5, 7, 10, 13].contains(&i) {
            out.push(' ');
        }
        out.push(*c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_key(body: &str) -> String {
        let numeric = body.replace("2A", "19").replace("2B", "18");
        let n: u64 = numeric.parse().unwrap();
        format!("{body}{:02}", 97 - n % 97)
    }

    #[test]
    fn permanent_number_with_right_key() {
        let nir = with_key("1850575123456");
        assert_eq!(check(&nir), NirVerdict::Permanent { born_abroad: false });
        // Spaces as printed on the carte Vitale are fine.
        let spaced = format!(
            "{} {} {} {} {} {} {}",
            &nir[0..1],
            &nir[1..3],
            &nir[3..5],
            &nir[5..7],
            &nir[7..10],
            &nir[10..13],
            &nir[13..]
        );
        assert_eq!(check(&spaced), NirVerdict::Permanent { born_abroad: false });
    }

    #[test]
    fn born_abroad_is_permanent_too() {
        assert_eq!(
            check(&with_key("2900599155001")),
            NirVerdict::Permanent { born_abroad: true }
        );
    }

    #[test]
    fn temporary_numbers_start_with_7_or_8() {
        assert_eq!(check(&with_key("7900599155001")), NirVerdict::Temporary);
        assert_eq!(check(&with_key("8900599155001")), NirVerdict::Temporary);
    }

    #[test]
    fn corsica_departments_use_19_and_18_for_the_key() {
        let a = with_key("185052A004012");
        let b = with_key("285052B004012");
        assert_eq!(check(&a), NirVerdict::Permanent { born_abroad: false });
        assert_eq!(check(&b.to_lowercase()), NirVerdict::Permanent { born_abroad: false });
        // The same body with the other Corsican department fails its key.
        assert_eq!(check(&a.replace("2A", "2B")), NirVerdict::WrongKey);
    }

    #[test]
    fn wrong_key_and_bad_shapes() {
        let mut nir = with_key("1850575123456");
        let last = nir.pop().unwrap();
        nir.push(if last == '0' { '1' } else { '0' });
        assert_eq!(check(&nir), NirVerdict::WrongKey);
        assert_eq!(check(""), NirVerdict::Malformed);
        assert_eq!(check("1850575123456"), NirVerdict::MissingKey);
        assert_eq!(check("18505751234AB99"), NirVerdict::Malformed);
        assert_eq!(check(&with_key("5850575123456")), NirVerdict::Malformed);
        assert_eq!(check("ÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿ"), NirVerdict::Malformed);
    }

    #[test]
    fn thirteen_digits_miss_the_check_digits_and_groups_follow_the_card() {
        assert_eq!(check("1 85 05 75 123 456"), NirVerdict::MissingKey);
        assert_eq!(check("1850575123"), NirVerdict::Malformed);
        assert_eq!(groups("185057512345678").as_str(), "1 85 05 75 123 456 78");
        assert_eq!(groups("1 85 05 2a").as_str(), "1 85 05 2A");
    }
}
