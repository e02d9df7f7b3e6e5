//! `fcguide config`: each setting in effect and where it came from (an option,
//! a variable, a line of the file, the default), so that a set-up that acts
//! strangely can be read in one look. The client secret is never shown.

use crate::cli::{Options, exit};
use crate::config::{self, File, Origin};
use crate::i18n::{Arg, Catalog};
use std::path::Path;

pub fn run(
    catalog: &Catalog,
    lang: &str,
    options: &Options,
    file: Option<&File>,
    path: Option<&Path>,
    env_client_id: Option<&str>,
) -> i32 {
    let shown = path.map(|p| p.display().to_string()).unwrap_or_default();
    let header = match file {
        Some(_) => "cli2-config-file",
        None => "cli2-config-no-file",
    };
    let mut text = catalog.text(lang, header, &[("file", Arg::Str(&shown))]) + "\n";
    for s in config::settings(options, file, env_client_id) {
        let value = s.value.unwrap_or_else(|| catalog.text(lang, "cli2-config-unset", &[]));
        let origin = match &s.origin {
            Origin::Option(name) => catalog.text(lang, "cli2-origin-option", &[("word", Arg::Str(name))]),
            Origin::Env(name) => catalog.text(lang, "cli2-origin-env", &[("word", Arg::Str(name))]),
            Origin::File { path, line } => format!("{}:{line}", path.display()),
            Origin::Default => catalog.text(lang, "cli2-origin-default", &[]),
        };
        // Text from a file or the command line: shown as text, never as escape sequences.
        let value = crate::identity::clean_text(&value);
        text.push_str(&format!("{:<13} = {value}  ({origin})\n", s.key.name()));
    }
    super::written(catalog, lang, super::print(&text), exit::OK)
}
