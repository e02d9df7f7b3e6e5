//! Right-to-left text on terminals that do no bidirectional reordering (most
//! of them): each row is put in visual order here, so Arabic, Dari and Pashto
//! read correctly, with left-to-right runs (FranceConnect, addresses, numbers)
//! kept in their own order. Plain mode never uses this: it writes logical
//! order, which is what screen readers want.

use unicode_bidi::{Direction, Level, ParagraphBidiInfo};
use unicode_segmentation::UnicodeSegmentation;

/// Whether a paragraph reads right to left: its first strong character
/// decides; a paragraph with none (a number, an address) follows the locale.
pub fn is_rtl(text: &str, locale_rtl: bool) -> bool {
    match unicode_bidi::get_base_direction(text) {
        Direction::Rtl => true,
        Direction::Ltr => false,
        Direction::Mixed => locale_rtl,
    }
}

/// Mirrored glyphs for characters shown inside a right-to-left run (rule L4).
fn mirror(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        '‹' => '›',
        '›' => '‹',
        _ => c,
    }
}

/// Arabic-script letters in their joined presentation forms, as they are
/// written (a terminal draws what it is given: unshaped text shows every
/// letter in its isolated form, and لا as two letters). Letters that have no
/// presentation form (ten Pashto letters among them) are left as they are.
pub fn shape(text: &str) -> std::borrow::Cow<'_, str> {
    let arabic = |c: char| ('\u{0600}'..='\u{06FF}').contains(&c) || ('\u{0750}'..='\u{077F}').contains(&c);
    if !text.chars().any(arabic) {
        return std::borrow::Cow::Borrowed(text);
    }
    static RESHAPER: std::sync::OnceLock<ar_reshaper::ArabicReshaper> = std::sync::OnceLock::new();
    std::borrow::Cow::Owned(RESHAPER.get_or_init(ar_reshaper::ArabicReshaper::default).reshape(text))
}

/// The site's French words, between « », in a left-to-right isolate: inside
/// an Arabic sentence their colon or question mark would otherwise jump to
/// the other end. A quote cut by the row's end is isolated to that end.
fn isolate_quotes(row: &str) -> String {
    if !row.contains('«') && !row.contains('»') {
        return row.to_string();
    }
    let mut out = String::with_capacity(row.len() + 8);
    let mut open = false;
    if let (Some(close), open_at) = (row.find('»'), row.find('«'))
        && open_at.is_none_or(|o| o > close)
    {
        out.push(LRI);
        open = true;
    }
    for c in row.chars() {
        if c == '«' && !open {
            out.push(LRI);
            open = true;
        }
        out.push(c);
        if c == '»' && open {
            out.push(PDI);
            open = false;
        }
    }
    if open {
        out.push(PDI);
    }
    out
}

/// Spaces inside « … » become no-break spaces when the quote fits in `width`
/// columns: the words of the site stay on one row, so the person can find
/// them whole on the page (a longer quote wraps like any text).
pub fn keep_quotes_whole(text: &str, width: usize) -> std::borrow::Cow<'_, str> {
    if !text.contains('«') {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('«') {
        out.push_str(&rest[..open]);
        let quote_end = rest[open..].find('»').map(|e| open + e + '»'.len_utf8());
        let Some(end) = quote_end else {
            out.push_str(&rest[open..]);
            return std::borrow::Cow::Owned(out);
        };
        let quote = &rest[open..end];
        if crate::ui::wrap::columns(quote) <= width {
            out.push_str(&quote.replace(' ', "\u{a0}"));
        } else {
            out.push_str(quote);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// The spaces between a number's groups ("7 90 05 99 155 001 24") turned
/// into `glue`: the number stays on one row, as on the card.
pub fn keep_numbers_whole(text: &str, glue: char) -> std::borrow::Cow<'_, str> {
    let chars: Vec<char> = text.chars().collect();
    let inside =
        |i: usize| chars[i] == ' ' && i > 0 && is_digit(chars[i - 1]) && chars.get(i + 1).is_some_and(|c| is_digit(*c));
    if !(0..chars.len()).any(inside) {
        return std::borrow::Cow::Borrowed(text);
    }
    let glued = (0..chars.len()).map(|i| if inside(i) { glue } else { chars[i] });
    std::borrow::Cow::Owned(glued.collect())
}

/// A plain-mode line of a right-to-left screen, marked for terminals and
/// screen readers that apply the bidi algorithm with a left-to-right base:
/// a right-to-left mark first, and each left-to-right run (French quotes,
/// addresses, key names, codes) in an isolate, so that none is scrambled or
/// mirrored (« ‹ » must not turn into « › »).
pub fn mark_rtl_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 16);
    out.push('\u{200F}');
    let latin_word = |w: &str| {
        w.chars()
            .any(|c| c.is_ascii_alphanumeric() || is_digit(c) || matches!(c, 'À'..='ÿ'))
            && !w.chars().any(|c| is_rtl(&c.to_string(), false))
    };
    // Words in order: a quote « … » is one isolate; runs of Latin words another.
    let mut isolated = false;
    let mut quote = false;
    for (i, word) in line.split(' ').enumerate() {
        let opens_quote = word.starts_with('«');
        let ltr = quote || opens_quote || latin_word(word);
        if i > 0 {
            if isolated && !ltr {
                out.push(PDI);
                isolated = false;
            }
            out.push(' ');
        }
        if ltr && !isolated {
            out.push(LRI);
            isolated = true;
        }
        out.push_str(word);
        if opens_quote {
            quote = true;
        }
        if word.contains('»') {
            quote = false;
        }
    }
    if isolated {
        out.push(PDI);
    }
    out
}

const LRI: char = '\u{2066}';
const PDI: char = '\u{2069}';

/// Digits of any script a right-to-left language writes numbers with:
/// European, Arabic-Indic (Arabic) and Extended Arabic-Indic (Urdu, Dari, Pashto).
fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('\u{0660}'..='\u{0669}').contains(&c) || ('\u{06F0}'..='\u{06F9}').contains(&c)
}

/// Wraps dates, times, codes and numbers written in groups (digits joined by
/// `-` `/` `.` `:` or a space) in a left-to-right isolate. In Arabic context
/// the algorithm would otherwise show 1962-08-24 as 24-08-1962, unlike the
/// French page beside it, and a social security number's groups from last to
/// first ("24 001 155 99 05 90 7"), unlike the card a helper checks it against.
fn isolate_numbers(row: &str) -> String {
    let chars: Vec<char> = row.chars().collect();
    let joiner = |c: char| matches!(c, '-' | '/' | '.' | ':' | ' ' | '\u{a0}');
    let mut out = String::with_capacity(row.len() + 8);
    let mut i = 0;
    while i < chars.len() {
        if is_digit(chars[i]) {
            let mut j = i;
            let mut joined = false;
            while j < chars.len() {
                if is_digit(chars[j]) {
                    j += 1;
                } else if joiner(chars[j]) && chars.get(j + 1).is_some_and(|c| is_digit(*c)) {
                    joined = true;
                    j += 1;
                } else {
                    break;
                }
            }
            if joined {
                out.push(LRI);
                out.extend(&chars[i..j]);
                out.push(PDI);
            } else {
                out.extend(&chars[i..j]);
            }
            i = j;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// One row (already wrapped, in logical order) in visual order, for a
/// paragraph of the given direction.
pub fn visual(row: &str, rtl: bool) -> String {
    if row.is_empty() {
        return String::new();
    }
    let isolated = isolate_numbers(&isolate_quotes(row));
    let row = isolated.as_str();
    let level = if rtl { Level::rtl() } else { Level::ltr() };
    let info = ParagraphBidiInfo::new(row, Some(level));
    if !info.has_rtl() && !rtl {
        return row.to_string();
    }
    let (levels, runs) = info.visual_runs(0..row.len());
    let mut out = String::with_capacity(row.len());
    for run in runs {
        let text = &row[run.clone()];
        if levels[run.start].is_rtl() {
            // Reverse by grapheme cluster: a mark (tanween, hamza above) stays on its letter.
            for cluster in text.graphemes(true).rev() {
                let mut chars = cluster.chars();
                if let (Some(c), None) = (chars.next(), chars.next()) {
                    out.push(mirror(c));
                } else {
                    out.push_str(cluster);
                }
            }
        } else {
            out.push_str(text);
        }
    }
    // The isolate marks did their work; terminals would show them as junk.
    out.retain(|c| c != LRI && c != PDI);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_runs_are_reversed_and_latin_runs_kept() {
        // Logical: "مرحبا" then " FranceConnect".
        let row = "مرحبا بكم في FranceConnect";
        let v = visual(row, true);
        assert_eq!(v, "FranceConnect يف مكب ابحرم");
    }

    #[test]
    fn numbers_and_addresses_keep_their_order() {
        assert_eq!(visual("الخطوة 3 من 6", true), "6 نم 3 ةوطخلا");
        assert_eq!(
            visual("افتح http://127.0.0.1:8400/start", true),
            "http://127.0.0.1:8400/start حتفا"
        );
    }

    #[test]
    fn dates_and_codes_read_as_on_the_french_page() {
        assert_eq!(visual("تاريخ الميلاد: 1962-08-24", true), "1962-08-24 :داليملا خيرات");
        assert_eq!(visual("البلدية 75107", true), "75107 ةيدلبلا");
        assert!(!visual("في 12:30", true).contains('\u{2066}'));
    }

    #[test]
    fn a_number_in_groups_reads_as_on_the_card() {
        let card = "7 90 05 99 155 001 24";
        assert_eq!(visual(&format!("لقد كتبت: {card}"), true), format!("{card} :تبتك دقل"));
        // Extended Arabic-Indic digits (Urdu, Dari, Pashto) keep their order too.
        assert!(visual("آپ نے لکھا: ۱ ۸۵ ۰۵", true).starts_with("۱ ۸۵ ۰۵"));
        // Numbers parted by words stay apart.
        assert_eq!(visual("الخطوة 3 من 6", true), "6 نم 3 ةوطخلا");
    }

    #[test]
    fn brackets_are_mirrored_inside_rtl_runs() {
        assert_eq!(visual("(مهم)", true), "(مهم)");
        assert_eq!(visual("> 1. نعم", true), "معن .1 <");
    }

    #[test]
    fn marks_stay_on_their_letter() {
        // "حسابًا": the tanween (U+064B) stays after its letter ب.
        assert_eq!(visual("حسابًا", true), "اب\u{64b}اسح");
        assert_eq!(
            visual("اداره\u{654}", true),
            "\u{647}\u{654}\u{631}\u{627}\u{62f}\u{627}"
        );
    }

    #[test]
    fn left_to_right_rows_are_untouched() {
        assert_eq!(visual("Étape 3 sur 6", false), "Étape 3 sur 6");
        assert_eq!(visual("", true), "");
        assert!(is_rtl("مرحبا FranceConnect", false));
        assert!(!is_rtl("FranceConnect مرحبا", true));
        assert!(is_rtl("123", true));
    }

    #[test]
    fn arabic_letters_are_joined_and_other_text_is_left_alone() {
        let joined = shape("لا إله");
        assert!(
            joined.chars().any(|c| ('\u{FE70}'..='\u{FEFF}').contains(&c)),
            "{joined:?}"
        );
        assert_eq!(shape("FranceConnect 1962"), "FranceConnect 1962");
    }

    #[test]
    fn plain_right_to_left_lines_carry_their_direction_and_isolate_french() {
        let marked = mark_rtl_line("على الموقع: « Se connecter » ثم h: مساعدة");
        assert!(marked.starts_with('\u{200F}'));
        assert!(marked.contains("\u{2066}« Se connecter »\u{2069}"), "{marked:?}");
        assert!(marked.contains("\u{2066}h:"), "{marked:?}");
        assert_eq!(
            keep_quotes_whole("a « Se connecter » b", 80),
            "a «\u{a0}Se\u{a0}connecter\u{a0}» b"
        );
        assert_eq!(keep_quotes_whole("a « Se connecter » b", 10), "a « Se connecter » b");
        // A number in groups is one isolate, whatever its digits.
        let marked = mark_rtl_line("آپ نے لکھا: ۷ ۹۰ ۰۵");
        assert!(marked.contains("\u{2066}۷ ۹۰ ۰۵\u{2069}"), "{marked:?}");
        assert_eq!(keep_numbers_whole("n 7 90 05, 3 x", '_'), "n 7_90_05, 3 x");
    }
}
