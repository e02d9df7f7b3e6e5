//! Fluent catalogs for every shipped locale, language negotiation and fallback.
//! Locales are compiled in (see `build.rs`): a new language is one new folder.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The reference locale: every other one must carry all of its messages.
pub const REFERENCE: &str = "fr";

pub struct Catalog {
    bundles: Vec<(String, FluentBundle<FluentResource>)>,
}

/// Arguments for a message, as `(name, value)` pairs.
pub type Args<'a> = [(&'a str, Arg<'a>)];

#[derive(Clone, Copy)]
pub enum Arg<'a> {
    Str(&'a str),
    Num(i64),
}

impl Catalog {
    /// Parses every compiled-in locale. Broken files fail loudly in tests,
    /// and at run time the bad entries are skipped rather than crashing.
    pub fn load() -> Catalog {
        let mut bundles = Vec::new();
        for (tag, sources) in LOCALES {
            let langid: LanguageIdentifier = tag.parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            // Terminals show Unicode isolation marks as junk.
            bundle.set_use_isolating(false);
            for source in *sources {
                let resource = match FluentResource::try_new(source.to_string()) {
                    Ok(r) => r,
                    Err((r, _)) => r,
                };
                let _ = bundle.add_resource(resource);
            }
            bundles.push((tag.to_string(), bundle));
        }
        // Picker order: the reference first, then as the folders sort.
        bundles.sort_by_key(|(tag, _)| (tag != REFERENCE, tag.clone()));
        Catalog { bundles }
    }

    /// Shipped BCP 47 tags.
    pub fn tags(&self) -> Vec<String> {
        self.bundles.iter().map(|(t, _)| t.clone()).collect()
    }

    pub fn has(&self, tag: &str) -> bool {
        self.bundles.iter().any(|(t, _)| t == tag)
    }

    /// The best shipped tag for a requested one (`uk_UA.UTF-8`, `en-GB`, `fa-AF`…).
    pub fn negotiate(&self, requested: &str) -> Option<String> {
        let clean = requested.split(['.', '@']).next().unwrap_or("").replace('_', "-");
        if clean.is_empty() || clean == "C" || clean == "POSIX" {
            return None;
        }
        let lower = clean.to_ascii_lowercase();
        if let Some((t, _)) = self.bundles.iter().find(|(t, _)| t.to_ascii_lowercase() == lower) {
            return Some(t.clone());
        }
        let primary = lower.split('-').next().unwrap_or("");
        self.bundles
            .iter()
            .find(|(t, _)| t.to_ascii_lowercase().split('-').next() == Some(primary))
            .map(|(t, _)| t.clone())
    }

    /// The system language from `LC_ALL`, `LC_MESSAGES`, `LANG`, in that order.
    pub fn system_language(&self, env: impl Fn(&str) -> Option<String>) -> Option<String> {
        for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let Some(value) = env(var).filter(|v| !v.is_empty()) {
                // The first set variable decides, as POSIX says, even if we do not ship it.
                return self.negotiate(&value);
            }
        }
        None
    }

    fn bundle(&self, tag: &str) -> Option<&FluentBundle<FluentResource>> {
        self.bundles.iter().find(|(t, _)| t == tag).map(|(_, b)| b)
    }

    /// A message in `tag`, falling back to English then French; the id itself
    /// if no locale has it (tests make sure that never ships).
    pub fn text(&self, tag: &str, id: &str, args: &Args) -> String {
        for candidate in [tag, "en", REFERENCE] {
            if let Some(s) = self.format(candidate, id, args) {
                return s;
            }
        }
        id.to_string()
    }

    /// Like `text`, without fallback.
    pub fn format(&self, tag: &str, id: &str, args: &Args) -> Option<String> {
        let bundle = self.bundle(tag)?;
        let (message, attribute) = match id.split_once('.') {
            Some((m, a)) => (m, Some(a)),
            None => (id, None),
        };
        let msg = bundle.get_message(message)?;
        let pattern = match attribute {
            Some(a) => msg.get_attribute(a)?.value(),
            None => msg.value()?,
        };
        let mut fargs = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Str(s) => fargs.set(*name, FluentValue::from(*s)),
                Arg::Num(n) => fargs.set(*name, FluentValue::from(*n)),
            }
        }
        let mut errors = vec![];
        let out = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
        Some(out.into_owned())
    }

    /// Right-to-left scripts (Arabic, Dari, Pashto…).
    pub fn is_rtl(&self, tag: &str) -> bool {
        self.format(tag, "language-direction", &[]).as_deref() == Some("rtl")
    }
}

#[cfg(test)]
mod tests;
