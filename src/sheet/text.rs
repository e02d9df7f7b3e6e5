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

/// How much further the second language is indented under the first.
const SECOND: &str = "    ";

/// The sheet, as lines ending in `\n`; with a second language, each title and
/// paragraph is followed by its translation, indented.
pub fn render(sheet: &Sheet) -> String {
    let second = sheet.beside.as_deref();
    let mut out = Lines::default();
    out.heading(&sheet.title, second.map(|s| s.title.as_str()), '=');
    out.blank();
    // The intro is the person's own reading, as `Section::shared` says.
    out.para("", "", &sheet.intro.plain());
    for (i, section) in sheet.sections.iter().enumerate() {
        let other = second.and_then(|s| Some((s, s.sections.get(i)?)));
        out.blank();
        out.heading(&section.heading, other.map(|(_, o)| o.heading.as_str()), '-');
        let beside = other.map(|(s, o)| (s, &o.blocks[..], section.shared));
        blocks(&mut out, sheet, &section.blocks, beside, "");
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
    /// A title (and its translation under it) underlined as wide as it is.
    fn heading(&mut self, title: &str, second: Option<&str>, rule: char) {
        let mut rows = wrap(title, WIDTH);
        if let Some(second) = second {
            rows.extend(
                wrap(second, WIDTH - SECOND.len())
                    .iter()
                    .map(|r| format!("{SECOND}{r}")),
            );
        }
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

/// `list`, each block followed by the second language's same block: every
/// block in a shared section, only the important note in the others
/// (`Section::shared`).
fn blocks(out: &mut Lines, sheet: &Sheet, list: &[Block], second: Option<(&Sheet, &[Block], bool)>, indent: &str) {
    let under = format!("{indent}{SECOND}");
    for (i, block) in list.iter().enumerate() {
        let other =
            second.and_then(|(s, l, shared)| Some((s, l.get(i).filter(|x| shared || matches!(x, Block::Note(_)))?)));
        match block {
            Block::Para(p) => {
                out.para(indent, indent, &p.plain());
                if let Some((_, Block::Para(p2))) = other {
                    out.para(&under, &under, &p2.plain());
                }
            }
            Block::Note(p) => {
                out.blank();
                out.para(indent, indent, &format!("(!) {} {}", sheet.note_label, p.plain()));
                if let Some((s, Block::Note(p2))) = other {
                    out.para(&under, &under, &format!("(!) {} {}", s.note_label, p2.plain()));
                }
            }
            Block::Bullet(p, items) => {
                out.para(&format!("{indent}* "), &format!("{indent}  "), &p.plain());
                if let Some((_, Block::Bullet(p2, _))) = other {
                    out.para(&format!("{under}  "), &format!("{under}  "), &p2.plain());
                }
                // The entries (providers) in the first language only, as on paper.
                let inner = format!("{indent}    ");
                for item in items {
                    entry(out, item, &format!("{indent}  - "), &format!("{indent}    "), &inner);
                }
            }
            Block::Labels(labels) => {
                out.para(indent, indent, &sheet.french_label);
                let labels2 = match other {
                    Some((_, Block::Labels(l2))) => &l2[..],
                    _ => &[],
                };
                for (k, l) in labels.iter().enumerate() {
                    let translation2 = labels2.get(k).and_then(|l2| l2.words.translation.as_deref());
                    label(out, l, translation2, &format!("{indent}  "));
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
                let step_indent = format!("{indent}   ");
                out.para(&format!("{indent}{number}. "), &step_indent, title);
                let inner2 = match other {
                    Some((
                        s,
                        Block::Step {
                            title: t2, blocks: b2, ..
                        },
                    )) => {
                        out.para(&format!("{step_indent}{SECOND}"), &format!("{step_indent}{SECOND}"), t2);
                        Some((s, &b2[..], true))
                    }
                    _ => None,
                };
                blocks(out, sheet, inner, inner2, &step_indent);
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

/// The real site's words as they look there, the translations under them.
fn label(out: &mut Lines, l: &Label, translation2: Option<&str>, indent: &str) {
    let fr = &l.words.french;
    let (drawn, hang) = match l.look {
        Look::FranceConnectButton | Look::Button | Look::BlueButton => (format!("[ {fr} ]"), "  "),
        Look::Checkbox => (format!("[ ] « {fr} »"), "    "),
        Look::Title => (format!("« {fr} »"), "  "),
        Look::QuestionThenButton => match super::question_and_button(fr) {
            ("", button) => (format!("[ {button} ]"), "  "),
            (question, button) => (format!("« {question} » [ {button} ]"), "  "),
        },
    };
    out.para(indent, &format!("{indent}{hang}"), &drawn);
    let under = format!("{indent}    ");
    for t in l.words.translation.as_deref().into_iter().chain(translation2) {
        out.para(&under, &under, t);
    }
}
