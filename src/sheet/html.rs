//! The sheet as one self-contained HTML page to print: no script, no external
//! resource, the real site's buttons drawn in HTML and CSS, every French word
//! marked `lang="fr"` (and `dir="ltr"`, so it reads right inside a
//! right-to-left page). Two A4 pages at most, large black type on white.

use super::{Block, Item, Label, Look, Para, Sheet, glue};
use crate::html::esc;
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
.link { color: #000091; text-decoration: underline; }
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
@page { size: A4; margin: 7mm 8mm; }
@media print {
  body { font-size: 14pt; line-height: 1.13; max-width: none; margin: 0; padding: 0; }
  /* Two columns: short lines read easily, and a paragraph's last line wastes half as much. */
  main { columns: 2; column-gap: 6mm; column-rule: 1px solid #000; }
  a { color: #000; }
  .item, .labels li, .note { break-inside: avoid; page-break-inside: avoid; }
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
    // Everything in one multicolumn box: a box after the title would be
    // pushed whole to the next page by Chromium's print layout.
    let _ = writeln!(h, "<main>\n<h1>{}</h1>", esc(&sheet.title));
    let _ = writeln!(h, "<p>{}</p>", para(&sheet.intro));
    for section in &sheet.sections {
        let _ = writeln!(h, "<h2>{}</h2>", esc(&section.heading));
        blocks(&mut h, sheet, &section.blocks);
    }
    h.push_str("</main>\n</body>\n</html>\n");
    h
}

fn blocks(h: &mut String, sheet: &Sheet, list: &[Block]) {
    let mut i = 0;
    while i < list.len() {
        match &list[i] {
            Block::Para(p) => {
                let _ = writeln!(h, "<p>{}</p>", para(p));
            }
            Block::Note(p) => {
                let _ = writeln!(h, "<p class=\"note\">{} {}</p>", esc(&sheet.note_label), para(p));
            }
            Block::Bullet(..) => {
                // Consecutive bullets make one list.
                h.push_str("<ul>\n");
                while let Some(Block::Bullet(p, items)) = list.get(i) {
                    let _ = write!(h, "<li>{}", para(p));
                    if !items.is_empty() {
                        h.push_str("\n<ul class=\"idps\">\n");
                        for item in items {
                            let _ = writeln!(h, "<li>{} {}</li>", name(item), paras(&item.text, " "));
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
                h.push_str("<ul class=\"labels\">\n");
                for l in labels {
                    let _ = write!(h, "<li>{}", label(l));
                    if let Some(t) = &l.words.translation {
                        let _ = write!(h, " <span class=\"tr\">{}</span>", esc(t));
                    }
                    h.push_str("</li>\n");
                }
                h.push_str("</ul>\n");
            }
            Block::Items(items) => {
                for item in items {
                    let _ = writeln!(h, "<p class=\"item\">{} {}</p>", name(item), paras(&item.text, " "));
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
                h.push_str("<ol class=\"steps\">\n");
                while let Some(Block::Step {
                    number,
                    title,
                    blocks: inner,
                }) = list.get(i)
                {
                    let _ = writeln!(h, "<li value=\"{number}\">\n<h3>{}</h3>", esc(title));
                    blocks(h, sheet, inner);
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
        Look::Link => "link",
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
