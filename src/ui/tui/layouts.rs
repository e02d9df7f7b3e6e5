//! Keys typed on another keyboard layout: the program's letter keys are
//! named by their place on the keyboard, so that a person whose keyboard
//! writes Cyrillic, Arabic, Persian, Georgian or Greek can press the key where
//! L, B, F, V, Q, J or K is; and AZERTY's digit row, which gives & é " ' …
//! without Shift. No crate maps layouts without the display server (xkb needs
//! X or Wayland; over SSH there is none), hence this small table.

/// The letters the full screen uses, each with the characters the same key
/// gives on other layouts: Russian and Ukrainian (ЙЦУКЕН), Arabic, Persian
/// and Dari, Georgian, Greek.
const SAME_PLACE: &[(char, &str)] = &[
    ('l', "дДمლλΛ"),
    ('b', "иИﻻذბβΒ"),
    ('f', "аАبფφΦ"),
    ('v', "мМرვωΩ"),
    ('q', "йЙضქ"),
    ('k', "лЛنკκΚ"),
    ('j', "оОتჯξΞ"),
];

/// The Latin letter on the same key, for a letter of another layout.
pub fn latin_letter(c: char) -> Option<char> {
    SAME_PLACE
        .iter()
        .find(|(_, others)| others.contains(c))
        .map(|(latin, _)| *latin)
}

/// AZERTY's unshifted digit row: & é " ' ( - è _ ç à are 1 to 9 and 0.
pub fn azerty_digit(c: char) -> Option<char> {
    "&é\"'(-è_çà".chars().position(|k| k == c).map(|i| {
        let digit = (i + 1) % 10;
        char::from(b'0' + digit as u8)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_at_the_same_place_is_found() {
        assert_eq!(latin_letter('д'), Some('l'));
        assert_eq!(latin_letter('م'), Some('l'));
        assert_eq!(latin_letter('ლ'), Some('l'));
        assert_eq!(latin_letter('λ'), Some('l'));
        assert_eq!(latin_letter('й'), Some('q'));
        assert_eq!(latin_letter('ذ'), Some('b'));
        assert_eq!(latin_letter('x'), None);
        assert_eq!(latin_letter('у'), None);
    }

    #[test]
    fn azerty_digits() {
        assert_eq!(azerty_digit('&'), Some('1'));
        assert_eq!(azerty_digit('é'), Some('2'));
        assert_eq!(azerty_digit('ç'), Some('9'));
        assert_eq!(azerty_digit('à'), Some('0'));
        assert_eq!(azerty_digit('a'), None);
    }
}
