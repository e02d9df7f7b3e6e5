//! The sheet as plain text, for a plain printer or a screen reader: lines of
//! at most 80 columns (by display width), logical order, no escape codes.
//! The real site's words are quoted « … », buttons drawn [ … ], the box to
//! tick [ ] ….

use super::{Block, Item, Label, Look, Sheet, glue};

/// Holds two words together while wrapping (a private-use character that no
/// message contains); printed as a space.
const TIE: char = '\u{e000}';
use crate::ui::wrap::{columns, wrap};

/// Widest line.
pub const WIDTH: usize = 80;

/// The sheet, as lines ending in `\n`.
pub fn render(sheet: &Sheet) -> String {
    let mut out = Lines::default();
    out.heading(&sheet.title, '=');
    out.blank();
    out.para("", "", &sheet.intro.plain());
    for section in &sheet.sections {
        out.blank();
        out.heading(&section.heading, '-');
        blocks(&mut out, sheet, &section.blocks, "");
    }
    out.text
}

#[derive(Default)]
struct Lines {
    text: String,
}

impl Lines {
    fn line(&mut self, s: &str) {
        self.text.push_str(s.trim_end());
        self.text.push('\n');
    }
    fn blank(&mut self) {
        if !self.text.is_empty() && !self.text.ends_with("\n\n") {
            self.text.push('\n');
        }
    }
    /// A title underlined as wide as it is.
    fn heading(&mut self, title: &str, rule: char) {
        let rows = wrap(title, WIDTH);
        let wide = rows.iter().map(|r| columns(r)).max().unwrap_or(0).max(3);
        for row in &rows {
            self.line(row);
        }
        self.line(&rule.to_string().repeat(wide));
    }
    /// `text` wrapped: the first row after `first`, the next ones after `indent`
    /// (both as wide as each other).
    fn para(&mut self, first: &str, indent: &str, text: &str) {
        let room = WIDTH.saturating_sub(columns(indent)).max(20);
        for (i, row) in wrap(&glue(text, TIE), room).iter().enumerate() {
            let lead = if i == 0 { first } else { indent };
            self.line(&format!("{lead}{}", row.replace(TIE, " ")));
        }
    }
}

fn blocks(out: &mut Lines, sheet: &Sheet, list: &[Block], indent: &str) {
    for block in list {
        match block {
            Block::Para(p) => out.para(indent, indent, &p.plain()),
            Block::Note(p) => {
                out.blank();
                out.para(indent, indent, &format!("(!) {} {}", sheet.note_label, p.plain()));
            }
            Block::Bullet(p, items) => {
                out.para(&format!("{indent}* "), &format!("{indent}  "), &p.plain());
                let inner = format!("{indent}    ");
                for item in items {
                    entry(out, item, &format!("{indent}  - "), &format!("{indent}    "), &inner);
                }
            }
            Block::Labels(labels) => {
                out.para(indent, indent, &sheet.french_label);
                for l in labels {
                    label(out, l, &format!("{indent}  "));
                }
            }
            Block::Items(items) => {
                for item in items {
                    entry(out, item, indent, indent, &format!("{indent}    "));
                }
            }
            Block::Address(a) => out.para(&format!("{indent}  "), &format!("{indent}  "), a),
            Block::Step {
                number,
                title,
                blocks: inner,
            } => {
                out.blank();
                out.para(&format!("{indent}{number}. "), &format!("{indent}   "), title);
                blocks(out, sheet, inner, &format!("{indent}   "));
            }
        }
    }
}

/// A name on its line, its text under it, indented.
fn entry(out: &mut Lines, item: &Item, first: &str, indent: &str, inner: &str) {
    out.para(first, indent, &item.name);
    for p in &item.text {
        out.para(inner, inner, &p.plain());
    }
}

/// The real site's words as they look there, the translation under them.
fn label(out: &mut Lines, l: &Label, indent: &str) {
    let fr = &l.words.french;
    let (drawn, hang) = match l.look {
        Look::FranceConnectButton | Look::Button | Look::BlueButton => (format!("[ {fr} ]"), "  "),
        Look::Checkbox => (format!("[ ] « {fr} »"), "    "),
        Look::Title | Look::Link => (format!("« {fr} »"), "  "),
    };
    out.para(indent, &format!("{indent}{hang}"), &drawn);
    if let Some(t) = &l.words.translation {
        let under = format!("{indent}    ");
        out.para(&under, &under, t);
    }
}
