//! Word wrapping by display width (wide and combining characters included),
//! so that the full screen knows exactly how many rows a text takes.

use unicode_width::UnicodeWidthChar;

/// Columns a text takes in a terminal: the sum of its characters' widths.
/// Not `UnicodeWidthStr::width`, which counts Arabic lam-alef as one column
/// (a ligature); terminals, and ratatui, give each letter its own cell.
/// Marks of scripts whose widths terminals measure their own way count one
/// column here even where unicode-width says none: a row is then never
/// wider on any terminal than the row it was wrapped to (see `uncertain_width`).
pub fn columns(text: &str) -> usize {
    text.chars()
        .map(|c| match c.width().unwrap_or(0) {
            0 if is_uncertain(c) => 1,
            w => w,
        })
        .sum()
}

/// Whether `text` holds clusters whose width terminals measure their own way
/// (Indic and Southeast Asian vowel signs and conjuncts, Ge'ez, emoji): a
/// screen that holds them, or held them, is drawn whole, or stale marks stay.
pub fn uncertain_width(text: &str) -> bool {
    text.chars().any(is_uncertain)
}

fn is_uncertain(c: char) -> bool {
    matches!(c as u32,
        0x0900..=0x0DFF | 0x0E00..=0x0EFF | 0x1000..=0x109F | 0x1200..=0x139F
        | 0x1780..=0x17FF | 0x2D80..=0x2DDF | 0xAB00..=0xAB2F | 0xFE0F | 0x1F000..=0x1FAFF)
}

/// Splits `text` into rows of at most `width` columns, breaking at spaces,
/// and inside a word only when the word alone is wider than a row.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut rows = Vec::new();
    let mut row = String::new();
    let mut row_w = 0;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let w = columns(word);
        let space = usize::from(row_w > 0);
        if row_w + space + w <= width {
            if space == 1 {
                row.push(' ');
            }
            row.push_str(word);
            row_w += space + w;
            continue;
        }
        if row_w > 0 {
            rows.push(std::mem::take(&mut row));
            row_w = 0;
        }
        if w <= width {
            row.push_str(word);
            row_w = w;
            continue;
        }
        // A word wider than the row (an address, a Chinese sentence): cut it
        // by columns. Chinese punctuation that closes (。，、…) never starts a
        // row: the character before it goes down with it (kinsoku).
        for c in word.chars() {
            let cw = c.width().unwrap_or(0);
            if row_w + cw > width && row_w > 0 {
                let carried = match row.chars().last() {
                    Some(last) if never_starts_a_row(c) && row.chars().count() > 1 && !never_starts_a_row(last) => {
                        row.pop();
                        Some(last)
                    }
                    _ => None,
                };
                rows.push(std::mem::take(&mut row));
                row_w = 0;
                if let Some(last) = carried {
                    row.push(last);
                    row_w = last.width().unwrap_or(0);
                }
            }
            row.push(c);
            row_w += cw;
        }
    }
    if row_w > 0 || rows.is_empty() {
        rows.push(row);
    }
    rows
}

/// Punctuation that Chinese typesetting never puts at the start of a row.
fn never_starts_a_row(c: char) -> bool {
    "。，、；：？！）」』》〉】”’…·%".contains(c) || "，．：；？！）".contains(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_spaces_and_respects_width() {
        assert_eq!(wrap("un deux trois", 7), vec!["un deux", "trois"]);
        assert_eq!(wrap("", 5), vec![""]);
        let url = "http://127.0.0.1:4242/api/v2/authorize?client_id=x";
        for row in wrap(url, 20) {
            assert!(columns(&row) <= 20);
        }
        assert_eq!(wrap(url, 20).concat(), url);
    }

    #[test]
    fn wide_characters_count_double() {
        let rows = wrap("日本語のテキスト です", 8);
        assert!(rows.iter().all(|r| columns(r) <= 8), "{rows:?}");
        let rows = wrap("Підключитися до сайту з FranceConnect", 12);
        assert!(rows.iter().all(|r| columns(r) <= 12), "{rows:?}");
    }

    #[test]
    fn chinese_punctuation_never_starts_a_row() {
        // Cut at 8 columns, "。" would start the second row: "们" goes down with it.
        let rows = wrap("请核对我们。然后继续", 10);
        assert!(rows.iter().all(|r| !r.starts_with(['。', '，', '、'])), "{rows:?}");
        assert_eq!(rows.concat(), "请核对我们。然后继续");
        assert!(rows.iter().all(|r| columns(r) <= 10), "{rows:?}");
        for width in 4..20 {
            let text = "名：Angela，出生日期：24，出生地：市镇代码、国家。好的，继续。";
            for r in wrap(text, width) {
                assert!(!r.starts_with(never_starts_a_row), "{width}: {r:?}");
            }
        }
    }

    #[test]
    fn arabic_letters_take_one_column_each() {
        // lam + alef: two cells on a terminal, whatever a font would join.
        assert_eq!(columns("الخطوة"), 6);
        assert_eq!(columns("é"), 1);
    }
}
