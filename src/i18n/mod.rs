//! Fluent catalogs for every shipped locale, language negotiation and fallback.
//! Locales are compiled in (see `build.rs`): a new language is one new folder.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use std::sync::OnceLock;
use unic_langid::LanguageIdentifier;

pub mod charset;

/// A locale as `build.rs` compiles it in.
pub struct Compiled {
    /// BCP 47 tag.
    pub tag: &'static str,
    /// The `META` messages, as written.
    pub meta: &'static [(&'static str, &'static str)],
    pub sources: &'static [Source],
}

/// A Fluent file, packed with LZ4 (half its size in the binary), and the ids
/// of its messages, sorted.
pub struct Source {
    pub packed: &'static [u8],
    /// Its length unpacked.
    pub len: usize,
    pub ids: &'static [&'static str],
    /// The reference's file it was packed against (LZ4's dictionary), by position.
    pub against: Option<usize>,
}

impl Source {
    /// The Fluent text, unpacked: the reference's file it was packed against
    /// is unpacked first, and kept.
    pub fn text(&self) -> String {
        let dictionary = self.against.map_or("", reference_text);
        // Unpacked once into a buffer of its known size: no growing, no copies.
        let mut bytes = vec![0; self.len];
        // Called through a pointer so that it is not inlined here, where the
        // crate's size optimisation would apply, but built at lz4_flex's own
        // level (Cargo.toml): a third of the instructions.
        let unpack: Unpack = std::hint::black_box(lz4_flex::block::decompress_into_with_dict);
        let unpacked = unpack(self.packed, &mut bytes, dictionary.as_bytes()).ok();
        // Built from our own files by build.rs: a failure is a broken build.
        assert_eq!(unpacked, Some(self.len), "a locale compiled in unpacks");
        String::from_utf8(bytes).expect("a locale compiled in is UTF-8")
    }
}

/// LZ4's unpacking into a buffer, against a dictionary.
type Unpack = fn(&[u8], &mut [u8], &[u8]) -> Result<usize, lz4_flex::block::DecompressError>;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The reference's file `at`, unpacked the first time a translation needs it
/// (each is then a few kilobytes, for the run).
fn reference_text(at: usize) -> &'static str {
    static KEPT: [OnceLock<String>; REFERENCE_FILES] = [const { OnceLock::new() }; REFERENCE_FILES];
    let reference = LOCALES
        .iter()
        .find(|c| c.tag == REFERENCE)
        .expect("the reference is compiled in");
    KEPT[at].get_or_init(|| reference.sources[at].text())
}

pub struct Catalog {
    /// Picker order: the reference first, then as the folders sort.
    locales: Vec<Locale>,
}

/// A compiled-in locale, each of its files unpacked and parsed the first time
/// one of its messages is needed: the cost of starting grows neither with the
/// number of languages nor with messages the run never shows (help of the
/// command line, the sheet…). No message refers to another, so files stand alone.
struct Locale {
    compiled: &'static Compiled,
    bundles: Vec<OnceLock<FluentBundle<FluentResource>>>,
}

impl Locale {
    fn tag(&self) -> &'static str {
        self.compiled.tag
    }

    /// The parsed file that holds message `id`, if one does.
    fn bundle_for(&self, id: &str) -> Option<&FluentBundle<FluentResource>> {
        let sources = self.compiled.sources;
        let at = sources.iter().position(|s| s.ids.binary_search(&id).is_ok())?;
        Some(self.bundles[at].get_or_init(|| {
            let langid: LanguageIdentifier = self.tag().parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            // Terminals show Unicode isolation marks as junk.
            bundle.set_use_isolating(false);
            // Broken files fail loudly in tests; at run time bad entries are skipped.
            let resource = match FluentResource::try_new(sources[at].text()) {
                Ok(r) => r,
                Err((r, _)) => r,
            };
            let _ = bundle.add_resource(resource);
            bundle
        }))
    }

    /// A one-line message kept as text: what the language picker needs of every language.
    fn meta(&self, id: &str) -> Option<&'static str> {
        self.compiled.meta.iter().find(|(k, _)| *k == id).map(|(_, v)| *v)
    }
}

/// Arguments for a message, as `(name, value)` pairs.
pub type Args<'a> = [(&'a str, Arg<'a>)];

#[derive(Clone, Copy)]
pub enum Arg<'a> {
    Str(&'a str),
    Num(i64),
}

impl Catalog {
    /// Lists every compiled-in locale; each is parsed when first used.
    pub fn load() -> Catalog {
        let mut locales: Vec<Locale> = LOCALES
            .iter()
            .map(|compiled| Locale {
                compiled,
                bundles: compiled.sources.iter().map(|_| OnceLock::new()).collect(),
            })
            .collect();
        locales.sort_by_key(|l| (l.tag() != REFERENCE, l.tag()));
        Catalog { locales }
    }

    /// Shipped BCP 47 tags.
    pub fn tags(&self) -> Vec<String> {
        self.locales.iter().map(|l| l.tag().to_string()).collect()
    }

    pub fn has(&self, tag: &str) -> bool {
        self.locales.iter().any(|l| l.tag() == tag)
    }

    /// The best shipped tag for a requested one (`uk_UA.UTF-8`, `en-GB`,
    /// `fa` → `fa-AF`…), negotiated by `fluent-langneg`.
    pub fn negotiate(&self, requested: &str) -> Option<String> {
        let clean = requested.split(['.', '@']).next().unwrap_or("").replace('_', "-");
        if clean.is_empty() || clean == "C" || clean == "POSIX" {
            return None;
        }
        let wanted: LanguageIdentifier = clean.parse().ok()?;
        let available: Vec<LanguageIdentifier> = self.locales.iter().filter_map(|l| l.tag().parse().ok()).collect();
        let found = negotiate_languages(&[wanted], &available, None, NegotiationStrategy::Lookup);
        let best = found.first()?.to_string();
        self.locales
            .iter()
            .find(|l| l.tag().eq_ignore_ascii_case(&best))
            .map(|l| l.tag().to_string())
    }

    /// The system language: GNU `LANGUAGE` (a colon-separated list, each tried
    /// in turn), then the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set.
    pub fn system_language(&self, env: impl Fn(&str) -> Option<String>) -> Option<String> {
        if let Some(list) = env("LANGUAGE").filter(|v| !v.is_empty())
            && let Some(tag) = list.split(':').find_map(|l| self.negotiate(l))
        {
            return Some(tag);
        }
        for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let Some(value) = env(var).filter(|v| !v.is_empty()) {
                // The first set variable decides, as POSIX says, even if we do not ship it.
                return self.negotiate(&value);
            }
        }
        None
    }

    fn locale(&self, tag: &str) -> Option<&Locale> {
        self.locales.iter().find(|l| l.tag() == tag)
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
        let locale = self.locale(tag)?;
        if META.contains(&id) {
            return locale.meta(id).map(str::to_string);
        }
        let (message, attribute) = match id.split_once('.') {
            Some((m, a)) => (m, Some(a)),
            None => (id, None),
        };
        let bundle = locale.bundle_for(message)?;
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
