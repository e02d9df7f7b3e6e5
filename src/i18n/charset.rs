//! The terminal's character set, from the locale (LC_ALL, LC_CTYPE, LANG):
//! a console set to C, POSIX or an 8-bit locale shows UTF-8 as junk, so the
//! text is written in its own set, letters transliterated where it has none
//! (« » as << >>), and French stays readable.

use std::io::Write;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Charset {
    Utf8,
    /// ISO-8859-1 (and a locale that names no set, as in `fr_FR`).
    Latin1,
    /// ISO-8859-15: Latin-1 with œ, Œ, € among eight changes.
    Latin9,
    /// C, POSIX, or a set this program does not write: ASCII only.
    Ascii,
}

impl Charset {
    /// The set the locale in force names. No locale at all is taken as
    /// UTF-8, what terminals use today.
    pub fn from_env(get: impl Fn(&str) -> Option<String>) -> Charset {
        let locale = ["LC_ALL", "LC_CTYPE", "LANG"]
            .into_iter()
            .find_map(|k| get(k).filter(|v| !v.is_empty()));
        locale.map_or(Charset::Utf8, |l| Charset::of_locale(&l))
    }

    fn of_locale(locale: &str) -> Charset {
        let locale = locale.to_ascii_lowercase();
        if locale == "c" || locale == "posix" {
            return Charset::Ascii;
        }
        let (name, modifier) = locale.split_once('@').unwrap_or((&locale, ""));
        let set: String = match name.split_once('.') {
            Some((_, set)) => set.chars().filter(|c| c.is_ascii_alphanumeric()).collect(),
            None if modifier == "euro" => return Charset::Latin9,
            None => return Charset::Latin1,
        };
        match set.as_str() {
            "utf8" => Charset::Utf8,
            "iso88591" => Charset::Latin1,
            "iso885915" => Charset::Latin9,
            _ => Charset::Ascii,
        }
    }

    /// `text` as bytes of this set.
    pub fn encode(self, text: &str, out: &mut Vec<u8>) {
        if self == Charset::Utf8 {
            out.extend_from_slice(text.as_bytes());
            return;
        }
        for c in text.chars() {
            match self.byte(c) {
                Some(b) => out.push(b),
                None => out.extend_from_slice(transliterate(c).as_bytes()),
            }
        }
    }

    /// `text` with only characters this set has: the others transliterated.
    /// The full screen lays out this text, so that its columns are the ones written.
    pub fn within(self, text: &str) -> String {
        if self == Charset::Utf8 || text.chars().all(|c| self.byte(c).is_some()) {
            return text.to_string();
        }
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            match self.byte(c) {
                Some(_) => out.push(c),
                None => out.push_str(transliterate(c)),
            }
        }
        out
    }

    /// The one byte that writes `c` in this set, if it has one.
    fn byte(self, c: char) -> Option<u8> {
        const LATIN9: [(char, u8); 8] = [
            ('€', 0xA4),
            ('Š', 0xA6),
            ('š', 0xA8),
            ('Ž', 0xB4),
            ('ž', 0xB8),
            ('Œ', 0xBC),
            ('œ', 0xBD),
            ('Ÿ', 0xBE),
        ];
        let code = c as u32;
        match self {
            Charset::Utf8 => None,
            Charset::Ascii => (code < 0x80).then_some(code as u8),
            Charset::Latin1 => (code < 0x100).then_some(code as u8),
            Charset::Latin9 => match LATIN9.iter().find(|(k, _)| *k == c) {
                Some((_, b)) => Some(*b),
                None if LATIN9.iter().any(|(_, b)| u32::from(*b) == code) => None,
                None => (code < 0x100).then_some(code as u8),
            },
        }
    }
}

/// A character the set lacks, in ASCII; "?" for one that has no spelling.
fn transliterate(c: char) -> &'static str {
    spelled(c).unwrap_or("?")
}

/// `c` in ASCII: quotation marks as a French typewriter writes them, marks
/// that only steer direction left out, other scripts' question marks as "?"
/// (Spanish's opening one left out, as typewriters did), letters of other
/// scripts transliterated (deunicode's spelling).
pub(super) fn spelled(c: char) -> Option<&'static str> {
    match c {
        '«' => Some("<<"),
        '»' => Some(">>"),
        '\u{a0}' | '\u{202f}' => Some(" "),
        '\u{200e}' | '\u{200f}' | '\u{2066}'..='\u{2069}' | '\u{200b}'..='\u{200d}' | '¿' => Some(""),
        '؟' | '፧' | '？' => Some("?"),
        _ => ascii_spelling(c),
    }
}

include!(concat!(env!("OUT_DIR"), "/translit.rs"));

/// deunicode's ASCII for `c`, from the part of its table `build.rs` keeps:
/// the characters of this program's messages, the Latin, Greek and Cyrillic
/// letters of names, Arabic (digits and shaped forms too), punctuation and drawing. deunicode's whole
/// table (all of Unicode) would add half a megabyte to the binary.
fn ascii_spelling(c: char) -> Option<&'static str> {
    let at = TRANSLIT_CHARS.binary_search(&c).ok()?;
    let start = at.checked_sub(1).map_or(0, |before| usize::from(TRANSLIT_ENDS[before]));
    TRANSLIT_TEXT.get(start..usize::from(TRANSLIT_ENDS[at]))
}

/// A writer that turns the program's UTF-8 into the terminal's set. A
/// character cut between two writes waits for its end.
pub struct Transcoded<W: Write> {
    inner: W,
    charset: Charset,
    pending: Vec<u8>,
}

impl<W: Write> Transcoded<W> {
    pub fn new(inner: W, charset: Charset) -> Self {
        Transcoded {
            inner,
            charset,
            pending: Vec::new(),
        }
    }
}

impl<W: Write> Write for Transcoded<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.charset == Charset::Utf8 && self.pending.is_empty() {
            return self.inner.write(buf);
        }
        self.pending.extend_from_slice(buf);
        let mut out = Vec::with_capacity(self.pending.len());
        let mut rest: &[u8] = &self.pending;
        loop {
            match std::str::from_utf8(rest) {
                Ok(text) => {
                    self.charset.encode(text, &mut out);
                    rest = &[];
                    break;
                }
                Err(e) => {
                    let (good, bad) = rest.split_at(e.valid_up_to());
                    self.charset
                        .encode(std::str::from_utf8(good).unwrap_or_default(), &mut out);
                    match e.error_len() {
                        // Not UTF-8 at all: one mark, and on.
                        Some(n) => {
                            out.push(b'?');
                            rest = &bad[n..];
                        }
                        // A character cut short: its end comes with the next write.
                        None => {
                            rest = bad;
                            break;
                        }
                    }
                }
            }
        }
        self.pending = rest.to_vec();
        self.inner.write_all(&out)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |k| pairs.iter().find(|(n, _)| *n == k).map(|(_, v)| v.to_string())
    }

    #[test]
    fn the_locale_names_the_set() {
        assert_eq!(Charset::from_env(env(&[])), Charset::Utf8);
        assert_eq!(Charset::from_env(env(&[("LANG", "C.UTF-8")])), Charset::Utf8);
        assert_eq!(
            Charset::from_env(env(&[("LC_ALL", "C"), ("LANG", "fr_FR.UTF-8")])),
            Charset::Ascii
        );
        assert_eq!(Charset::from_env(env(&[("LANG", "POSIX")])), Charset::Ascii);
        assert_eq!(Charset::from_env(env(&[("LANG", "fr_FR")])), Charset::Latin1);
        assert_eq!(Charset::from_env(env(&[("LANG", "fr_FR@euro")])), Charset::Latin9);
        assert_eq!(
            Charset::from_env(env(&[("LC_CTYPE", "fr_FR.ISO-8859-15")])),
            Charset::Latin9
        );
        assert_eq!(Charset::from_env(env(&[("LANG", "ru_RU.KOI8-R")])), Charset::Ascii);
    }

    #[test]
    fn french_stays_readable_in_ascii_and_latin_sets() {
        let mut out = vec![];
        Charset::Ascii.encode("« Se connecter » : étape, cœur…", &mut out);
        assert_eq!(String::from_utf8(out).unwrap(), "<< Se connecter >> : etape, coeur...");
        let mut out = vec![];
        Charset::Latin1.encode("« é »", &mut out);
        assert_eq!(out, b"\xab \xe9 \xbb");
        let mut out = vec![];
        Charset::Latin9.encode("cœur 5 €", &mut out);
        assert_eq!(out, b"c\xbdur 5 \xa4");
    }

    #[test]
    fn a_character_cut_between_writes_is_written_whole() {
        let mut w = Transcoded::new(Vec::new(), Charset::Ascii);
        let bytes = "é«".as_bytes();
        w.write_all(&bytes[..1]).unwrap();
        w.write_all(&bytes[1..3]).unwrap();
        w.write_all(&bytes[3..]).unwrap();
        w.write_all(b"\xff!").unwrap();
        assert_eq!(w.inner, b"e<<?!");
    }
}
