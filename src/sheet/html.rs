//! The sheet as one self-contained HTML page to print: no script, no external
//! resource, the real site's buttons drawn in HTML and CSS, every French word
//! marked `lang="fr"` (and `dir="ltr"`, so it reads right inside a
//! right-to-left page). Two A4 pages at most, large black type on white;
//! the steps first, each kept whole; a second language, if any, in smaller
//! type under what it translates.

use super::{Block, Item, Label, Look, Para, Sheet, glue};
use crate::html::esc;
use crate::i18n::REFERENCE;
use std::fmt::Write;

const NBSP: char = '\u{a0}';

const STYLE: &str = r#"
html { background: #fff; color: #000; }
body { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; font-size: 18px; line-height: 1.35;
  max-width: 48em; margin: 1em auto; padding: 0 1em; }
h1 { font-size: 1.3em; margin: 0 0 .15em; line-height: 1.15; }
h2 { font-size: 1.05em; margin: .35em 0 .1em; padding-bottom: .05em; border-bottom: 2px solid #000;
  break-after: avoid; page-break-after: avoid; }
h3 { font-size: 1em; margin: .3em 0 .05em; break-after: avoid; page-break-after: avoid; }
p, ul, dl { margin: .15em 0; }
ul { padding-inline-start: 1.1em; }
ol { padding-inline-start: 1.5em; }
li { margin: .1em 0; }
.note { font-weight: bold; border-inline-start: 5px solid #000; padding-inline-start: .5em; }
.labels { margin: .15em 0 .2em; padding: 0; list-style: none; }
.labels li { display: flex; flex-wrap: wrap; align-items: center; gap: .05em 1em; margin: .15em 0; }
.labels .tr { font-style: italic; }
.fc, .blue, .button { display: inline-block; font-weight: bold; border-radius: .25em; padding: .1em .8em; }
.fc, .blue { background: #000091; color: #fff; border: 2px solid #000091;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.fc { max-width: 11em; text-align: center; line-height: 1.15; padding: .15em 1em; }
.fc::before { content: ""; display: inline-block; width: .8em; height: .8em; margin-inline-end: .4em;
  border: 2px solid #fff; border-radius: 50%; vertical-align: -.1em; }
.button { border: 2px solid #000; background: #fff; }
.title { font-weight: bold; border-top: 3px solid #000091; padding: .1em .2em 0; }
.check { display: inline-block; max-width: 24em; }
.check::before { content: ""; display: inline-block; width: .9em; height: .9em; border: 2px solid #000;
  margin-inline-end: .4em; vertical-align: -.1em; }
.w { white-space: nowrap; }
.item { margin: .25em 0; }
.item b { margin-inline-end: .3em; }
.idps { list-style: none; padding: 0; }
.idps b { margin-inline-end: .4em; }
.address span { white-space: nowrap; }
.address a { color: #000; }
/* The steps: a big number in a black disc; a step is never cut by a page or a column. */
.steps { list-style: none; padding: 0; margin: .15em 0; }
.step { margin: .1em 0 .3em; break-inside: avoid; page-break-inside: avoid; }
.step + .step { border-top: 1px solid #000; padding-top: .2em; }
.n { display: inline-block; min-width: 1.3em; margin-inline-end: .2em; border-radius: 50%; text-align: center;
  background: #000; color: #fff; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
/* The second language: smaller, under what it translates, behind a rule. */
.b { display: block; font-size: .7em; line-height: 1.12; font-weight: normal; font-style: normal;
  border-inline-start: 2px solid #000; padding-inline-start: .3em; margin: .05em 0 .15em; }
.pair, .note { break-inside: avoid; page-break-inside: avoid; }
.pair p { margin: .15em 0 0; }
.pair p.b { margin: .05em 0 .15em; }
/* Beside a title: on its line when there is room. */
h1 .b, h2 .b, h3 .b, .labels .b { display: inline-block; margin: 0 .3em; vertical-align: .1em; }
h1 .b { font-size: .55em; }
h2 .b, h3 .b { font-size: .72em; }
h2, h3 { break-inside: avoid; page-break-inside: avoid; }
@page { size: A4; margin: 7mm 8mm; }
@media print {
  body { font-size: 14pt; line-height: 1.13; max-width: none; margin: 0; padding: 0; }
  /* Two columns: short lines read easily, and a paragraph's last line wastes half as much. */
  main { columns: 2; column-gap: 6mm; column-rule: 1px solid #000; }
  a { color: #000; }
  .item, .labels li, .note { break-inside: avoid; page-break-inside: avoid; }
  /* Two languages: a little smaller, to stay on two pages; three (the site's French, the
     person's language, another) smaller still. */
  main.two { font-size: 13pt; line-height: 1.1; }
  main.three { font-size: 12pt; }
  main.wide { font-size: 12.5pt; }
  main.two.wide { font-size: 12pt; }
  main.three.wide { font-size: 11.5pt; }
}
"#;

/// The page, as UTF-8 text.
pub fn render(sheet: &Sheet) -> String {
    let dir = if sheet.rtl { "rtl" } else { "ltr" };
    let mut h = String::new();
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        esc(&sheet.lang),
        esc(&sheet.title)
    );
    let second = sheet.beside.as_deref().map(Second::new);
    let two = |heading: &str, other: Option<String>| match (&second, other) {
        (Some(b), Some(o)) => format!("{}{}", esc(heading), b.block("span", "", &esc(&o))),
        _ => esc(heading),
    };
    // Neither language French: the real site's words get a third line, in smaller type.
    let languages = match &second {
        None => "",
        Some(b) if sheet.lang != REFERENCE && b.sheet.lang != REFERENCE => "two three",
        Some(_) => "two",
    };
    // Tamil and Georgian letters print wider than most: a step smaller, to stay on two pages.
    let wide = std::iter::once(&sheet.title)
        .chain(second.as_ref().map(|b| &b.sheet.title))
        .any(|t| {
            t.chars()
                .any(|c| matches!(c as u32, 0x0B80..=0x0BFF | 0x10A0..=0x10FF | 0x1C90..=0x1CBF))
        });
    let classes = [languages, if wide { "wide" } else { "" }].join(" ");
    let class = match classes.trim() {
        "" => String::new(),
        c => format!(" class=\"{c}\""),
    };
    // Everything in one multicolumn box: a box after the title would be
    // pushed whole to the next page by Chromium's print layout.
    let _ = writeln!(
        h,
        "<main{class}>\n<h1>{}</h1>",
        two(&sheet.title, second.as_ref().map(|b| b.sheet.title.clone()))
    );
    // The intro is the person's own reading, as `Section::shared` says.
    let _ = writeln!(h, "<p>{}</p>", para(&sheet.intro));
    for (i, section) in sheet.sections.iter().enumerate() {
        let other = second.as_ref().and_then(|b| Some((b, b.sheet.sections.get(i)?)));
        let _ = writeln!(
            h,
            "<h2>{}</h2>",
            two(&section.heading, other.map(|(_, o)| o.heading.clone()))
        );
        blocks(
            &mut h,
            sheet,
            &section.blocks,
            other.map(|(b, o)| (b, &o.blocks[..], section.shared)),
        );
    }
    h.push_str("</main>\n</body>\n</html>\n");
    h
}

/// The second language, printed in smaller type under each title, paragraph
/// and translation of the first, so that the helper and the person point at
/// the same place.
struct Second<'a> {
    sheet: &'a Sheet,
    /// Its language and direction, for every element it writes.
    attrs: String,
}

impl Second<'_> {
    fn new(sheet: &Sheet) -> Second<'_> {
        let dir = if sheet.rtl { "rtl" } else { "ltr" };
        Second {
            sheet,
            attrs: format!(" lang=\"{}\" dir=\"{dir}\"", esc(&sheet.lang)),
        }
    }

    /// `html` in an element of the second language.
    fn block(&self, element: &str, class: &str, html: &str) -> String {
        format!("<{element} class=\"b{class}\"{}>{html}</{element}>", self.attrs)
    }
}

/// The first language's `list`, each block followed by the second
/// language's same block when there is one: every block in a shared
/// section, only the important note in the others (`Section::shared`).
fn blocks(h: &mut String, sheet: &Sheet, list: &[Block], second: Option<(&Second, &[Block], bool)>) {
    let mut i = 0;
    while i < list.len() {
        let other = |i: usize| {
            let (b, l, shared) = second?;
            Some((b, l.get(i).filter(|x| shared || matches!(x, Block::Note(_)))?))
        };
        match &list[i] {
            Block::Para(p) => match other(i) {
                Some((b, Block::Para(p2))) => {
                    let _ = writeln!(
                        h,
                        "<div class=\"pair\">\n<p>{}</p>\n{}\n</div>",
                        para(p),
                        b.block("p", "", &para(p2))
                    );
                }
                _ => {
                    let _ = writeln!(h, "<p>{}</p>", para(p));
                }
            },
            Block::Note(p) => {
                let mut html = format!("{} {}", esc(&sheet.note_label), para(p));
                if let Some((b, Block::Note(p2))) = other(i) {
                    html.push_str(&b.block("span", "", &format!("{} {}", esc(&b.sheet.note_label), para(p2))));
                }
                let _ = writeln!(h, "<p class=\"note\">{html}</p>");
            }
            Block::Bullet(..) => {
                // Consecutive bullets make one list.
                h.push_str("<ul>\n");
                while let Some(Block::Bullet(p, items)) = list.get(i) {
                    let _ = write!(h, "<li>{}", para(p));
                    if let Some((b, Block::Bullet(p2, _))) = other(i) {
                        h.push_str(&b.block("span", "", &para(p2)));
                    }
                    if !items.is_empty() {
                        h.push_str("\n<ul class=\"idps\">\n");
                        for item in items {
                            let _ = writeln!(h, "<li>{}</li>", entry(item));
                        }
                        h.push_str("</ul>\n");
                    }
                    h.push_str("</li>\n");
                    i += 1;
                }
                h.push_str("</ul>\n");
                continue;
            }
            Block::Labels(labels) => {
                let labels2 = match other(i) {
                    Some((b, Block::Labels(l2))) => Some((b, &l2[..])),
                    _ => None,
                };
                h.push_str("<ul class=\"labels\">\n");
                for (k, l) in labels.iter().enumerate() {
                    let _ = write!(h, "<li>{}", label(l));
                    if let Some(t) = &l.words.translation {
                        let _ = write!(h, " <span class=\"tr\">{}</span>", esc(t));
                    }
                    let translation2 = labels2.and_then(|(b, l2)| Some((b, l2.get(k)?.words.translation.as_ref()?)));
                    if let Some((b, t2)) = translation2 {
                        h.push_str(&b.block("span", " tr", &esc(t2)));
                    }
                    h.push_str("</li>\n");
                }
                h.push_str("</ul>\n");
            }
            Block::Items(items) => {
                for item in items {
                    let _ = writeln!(h, "<p class=\"item\">{}</p>", entry(item));
                }
            }
            Block::Address(a) => {
                // Broken only after a slash, never at a hyphen: it may be typed.
                let parts: Vec<String> = a
                    .split_inclusive('/')
                    .map(|part| format!("<span>{}</span>", esc(part)))
                    .collect();
                let _ = writeln!(
                    h,
                    "<p class=\"address\"><a href=\"{}\" dir=\"ltr\">{}</a></p>",
                    esc(a),
                    parts.join("<wbr>")
                );
            }
            Block::Step { .. } => {
                // A step is never cut by a page or a column (the style says so).
                h.push_str("<ol class=\"steps\">\n");
                while let Some(Block::Step {
                    number,
                    title,
                    blocks: inner,
                }) = list.get(i)
                {
                    let (title2, inner2) = match other(i) {
                        Some((b, Block::Step { title, blocks, .. })) => {
                            (b.block("span", "", &esc(title)), Some((b, &blocks[..], true)))
                        }
                        _ => (String::new(), None),
                    };
                    let _ = writeln!(
                        h,
                        "<li class=\"step\" value=\"{number}\">\n<h3><span class=\"n\">{number}</span> {}{title2}</h3>",
                        esc(title)
                    );
                    blocks(h, sheet, inner, inner2);
                    h.push_str("</li>\n");
                    i += 1;
                }
                h.push_str("</ol>\n");
                continue;
            }
        }
        i += 1;
    }
}

/// A provider or a code: its name and what it means. Not in the second
/// language: the name is the same in both, and two A4 pages have no room.
fn entry(item: &Item) -> String {
    format!("{} {}", name(item), paras(&item.text, " "))
}

fn name(item: &Item) -> String {
    if item.name_french {
        format!("<b lang=\"fr\" dir=\"ltr\">{}</b>", esc(&item.name))
    } else {
        format!("<b dir=\"ltr\">{}</b>", esc(&item.name))
    }
}

/// A label drawn as the real page shows it; its words in one element, in French.
fn label(l: &Label) -> String {
    let fr = esc(&glue(&l.words.french, NBSP));
    let class = match l.look {
        Look::FranceConnectButton => "fc",
        Look::Title => "title",
        Look::Button => "button",
        Look::BlueButton => "blue",
        Look::Checkbox => {
            return format!("<span class=\"check\" lang=\"fr\" dir=\"ltr\">{fr}</span>");
        }
        Look::QuestionThenButton => {
            // The question is plain words on the page; only its answer is a button.
            let (question, button) = super::question_and_button(&l.words.french);
            let question = esc(&glue(question, NBSP));
            let button = esc(&glue(button, NBSP));
            return match (question.is_empty(), button.is_empty()) {
                (false, false) => format!(
                    "<span lang=\"fr\" dir=\"ltr\">{question}</span> <span class=\"button\" lang=\"fr\" dir=\"ltr\">{button}</span>"
                ),
                (true, _) => format!("<span class=\"button\" lang=\"fr\" dir=\"ltr\">{button}</span>"),
                (false, true) => format!("<span lang=\"fr\" dir=\"ltr\">{question}</span>"),
            };
        }
    };
    format!("<span class=\"{class}\" lang=\"fr\" dir=\"ltr\">{fr}</span>")
}

fn paras(list: &[Para], sep: &str) -> String {
    list.iter().map(para).collect::<Vec<_>>().join(sep)
}

/// A sentence, the real site's French in it marked as French.
fn para(p: &Para) -> String {
    p.0.iter()
        .map(|r| {
            if r.french {
                // A short label is never cut, not even at its hyphen (« Contactez-nous »).
                let class = if r.text.chars().count() <= 24 {
                    " class=\"w\""
                } else {
                    ""
                };
                format!(
                    "<span{class} lang=\"fr\" dir=\"ltr\">{}</span>",
                    esc(&glue(&r.text, NBSP))
                )
            } else {
                esc(&glue(&r.text, NBSP))
            }
        })
        .collect()
}
