//! HTML pages of the practice provider: plain semantic HTML, no JavaScript,
//! French like the real site, with the person's language under each label.

use crate::html::esc;
use crate::i18n::{Arg, Catalog};

pub struct Page<'a> {
    pub catalog: &'a Catalog,
    /// The translation language from `ui_locales`, when it is not French.
    pub lang: Option<&'a str>,
}

const STYLE: &str = "body{font-family:system-ui,sans-serif;max-width:40em;margin:1em auto;padding:0 1em;color:#161616;background:#fff;line-height:1.5}\
.banner{border:3px dashed #b34000;padding:.5em;font-weight:bold}\
.tr{display:block;font-weight:normal;font-size:.95em;color:#3a3a3a}\
button{font-size:1.1em;padding:.5em 1em;background:#000091;color:#fff;border:2px solid #000091;margin:.3em 0}\
button.secondary{background:#fff;color:#000091}\
:focus{outline:3px solid #b34000;outline-offset:2px}\
input{font-size:1.1em;padding:.3em;border:2px solid #161616}\
fieldset{margin:1em 0;border:1px solid #3a3a3a}\
.error{border-left:6px solid #ce0500;padding-left:.5em}";

impl Page<'_> {
    /// French text, then its translation (marked with its `lang`) when asked.
    pub fn label(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let fr = esc(&self.catalog.text("fr", id, args));
        match self.lang {
            Some(l) => {
                // Right-to-left translations carry their direction for the browser's bidi.
                let dir = if self.catalog.is_rtl(l) { "rtl" } else { "ltr" };
                format!(
                    "{fr} <span class=\"tr\" lang=\"{}\" dir=\"{dir}\">{}</span>",
                    esc(l),
                    esc(&self.catalog.text(l, id, args))
                )
            }
            None => fr,
        }
    }

    /// A whole page. Its `<title>` is the platform's (`doc_title_id`, French
    /// only, as the tab shows it); `main` is already HTML.
    pub fn render(&self, doc_title_id: &str, args: &[(&str, Arg)], main: &str) -> String {
        format!(
            "<!doctype html>\n<html lang=\"fr\">\n<head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<title>{} - FranceConnect (entraînement)</title><style>{STYLE}</style></head>\n<body>\n\
<p class=\"banner\" role=\"note\">{}</p>\n<main>\n{main}\n</main>\n</body>\n</html>\n",
            esc(&self.catalog.text("fr", doc_title_id, args)),
            self.label("practice-banner", &[]),
        )
    }

    /// A heading of the page, with its translation.
    pub fn heading(&self, level: u8, id: &str, args: &[(&str, Arg)]) -> String {
        format!("<h{level}>{}</h{level}>\n", self.label(id, args))
    }

    /// A paragraph of the page, with its translation.
    pub fn para(&self, id: &str, args: &[(&str, Arg)]) -> String {
        format!("<p>{}</p>\n", self.label(id, args))
    }

    pub fn button(&self, id: &str, args: &[(&str, Arg)], class: &str) -> String {
        format!(
            "<button type=\"submit\" class=\"{class}\">{}</button>",
            self.label(id, args)
        )
    }
}
