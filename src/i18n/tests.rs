//! The completeness gate: a locale ships only when it carries every message,
//! attribute and variable of the reference, and nothing it cannot use.

use super::*;
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};

/// message id (with `.attr`) -> variables used.
fn shape(source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource =
        fluent_syntax::parser::parse(source).unwrap_or_else(|(_, errors)| panic!("parse errors: {errors:?}"));
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(m) = entry {
            let id = m.id.name.to_string();
            if let Some(p) = &m.value {
                out.insert(id.clone(), vars(p));
            }
            for a in &m.attributes {
                out.insert(format!("{id}.{}", a.id.name), vars(&a.value));
            }
        }
    }
    out
}

fn vars(pattern: &ast::Pattern<&str>) -> BTreeSet<String> {
    let mut set = BTreeSet::new();
    for el in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expr_vars(expression, &mut set);
        }
    }
    set
}

fn expr_vars(e: &ast::Expression<&str>, set: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => inline_vars(i, set),
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, set);
            for v in variants {
                set.extend(vars(&v.value));
            }
        }
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, set: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            set.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expr_vars(expression, set),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, set);
            }
        }
        _ => {}
    }
}

fn locale_shape(tag: &str) -> BTreeMap<String, BTreeSet<String>> {
    let compiled = LOCALES.iter().find(|c| c.tag == tag).expect("locale compiled in");
    let mut all = BTreeMap::new();
    for source in compiled.sources {
        let (text, ids) = (source.text(), source.ids);
        let s = text.as_str();
        // The index build.rs made (which file to parse for a message) is the parser's own view.
        let parsed: BTreeSet<String> = fluent_syntax::parser::parse(s)
            .unwrap_or_else(|(r, _)| r)
            .body
            .into_iter()
            .filter_map(|e| match e {
                ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect();
        let parsed: Vec<&str> = parsed.iter().map(String::as_str).collect();
        assert_eq!(
            ids,
            parsed.as_slice(),
            "{tag}: build.rs indexed other ids than Fluent parses"
        );
        for (k, v) in shape(s) {
            assert!(all.insert(k.clone(), v).is_none(), "{tag}: {k} defined twice");
        }
    }
    all
}

/// The one-line messages kept as text (for the picker) say what Fluent reads
/// in the file, in every locale.
#[test]
fn the_lines_kept_as_text_are_the_messages_fluent_reads() {
    for compiled in LOCALES {
        assert_eq!(
            compiled.meta.len(),
            META.len(),
            "{}: a META line is missing",
            compiled.tag
        );
        for (id, kept) in compiled.meta {
            let text = compiled
                .sources
                .iter()
                .find(|s| s.ids.contains(id))
                .expect("a file holds it")
                .text();
            let mut bundle = FluentBundle::new_concurrent(vec![]);
            bundle
                .add_resource(FluentResource::try_new(text).expect("parses"))
                .expect("adds");
            let pattern = bundle.get_message(id).and_then(|m| m.value()).expect("a value");
            let read = bundle.format_pattern(pattern, None, &mut vec![]);
            assert_eq!(*kept, read, "{}: {id}", compiled.tag);
        }
    }
}

/// A terminal in ASCII gets every message in every locale spelt out: no
/// letter falls outside the part of deunicode's table the binary keeps.
#[test]
fn every_letter_of_every_locale_has_an_ascii_spelling() {
    let mut unknown = BTreeMap::<char, BTreeSet<&str>>::new();
    for compiled in LOCALES {
        for source in compiled.sources {
            let text = source.text();
            assert!(charset::Charset::Ascii.within(&text).is_ascii(), "{}", compiled.tag);
            for c in text.chars().filter(|c| !c.is_ascii() && charset::spelled(*c).is_none()) {
                unknown.entry(c).or_default().insert(compiled.tag);
            }
        }
    }
    assert!(unknown.is_empty(), "no ASCII spelling for {unknown:?}");
}

#[test]
fn every_locale_is_complete_against_the_reference() {
    let reference = locale_shape(REFERENCE);
    assert!(reference.len() > 100);
    for tag in LOCALES.iter().map(|c| c.tag) {
        let shape = locale_shape(tag);
        let missing: Vec<_> = reference.keys().filter(|k| !shape.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{tag} misses {missing:?}");
        let extra: Vec<_> = shape.keys().filter(|k| !reference.contains_key(*k)).collect();
        assert!(extra.is_empty(), "{tag} has messages the reference lacks: {extra:?}");
        for (id, want) in &reference {
            let got = &shape[id];
            // A translation may not drop a variable (it would lose information)
            // nor invent one (nobody would pass it).
            assert_eq!(got, want, "{tag}: {id} uses variables {got:?}, reference {want:?}");
        }
        assert!(matches!(
            Catalog::load().format(tag, "language-direction", &[]).as_deref(),
            Some("ltr" | "rtl")
        ));
    }
}

#[test]
fn every_message_the_code_asks_for_exists() {
    // Ids built at run time from data: steps, providers and errors.
    let reference = locale_shape(REFERENCE);
    let mut ids: Vec<String> = vec![];
    for idp in crate::idps::IDPS {
        ids.push(format!("idp-{}-who", idp.id));
    }
    for step in ["language", "welcome", "nir", "idp", "auth", "paste", "confirm", "done"] {
        ids.push(format!("help-{step}"));
    }
    use crate::oidc::error::{ConfigProblem as C, LoginError as E, NetFailure as N, ProviderRefusal as R, TokenCheck};
    let errors = [
        E::Config(C::MissingClientId),
        E::Config(C::MissingSecret),
        E::Config(C::SecretFileOpen("f".into())),
        E::Config(C::SecretFileUnreadable("f".into())),
        E::Config(C::SecretFileLink("f".into())),
        E::Config(C::BadRedirectUri),
        E::Config(C::LoopbackInProduction),
        E::Config(C::BadIssuer),
        E::Unreachable,
        E::Discovery,
        E::Insecure,
        E::Refused {
            why: R::IdentityNotFound,
            code: None,
        },
        E::Refused {
            why: R::AccessDenied,
            code: None,
        },
        E::Refused {
            why: R::InvalidIdpHint,
            code: None,
        },
        E::Refused {
            why: R::InvalidRequest,
            code: None,
        },
        E::Refused {
            why: R::ServerError,
            code: None,
        },
        E::Refused {
            why: R::TemporarilyUnavailable,
            code: None,
        },
        E::Refused {
            why: R::Other,
            code: None,
        },
        E::CallbackIssuer,
        E::MissingCode,
        E::PortInUse { port: 1 },
        E::Listener,
        E::Timeout,
        E::TokenEndpoint,
        E::ClientRejected,
        E::IdToken(TokenCheck::Nonce),
        E::Userinfo(None),
    ];
    let network = [N::NameNotFound, N::Refused, N::Certificate, N::Proxy, N::TimedOut].map(|why| E::Network {
        why,
        host: "h".into(),
        proxy: None,
    });
    for e in errors.into_iter().chain(network) {
        ids.push(format!("error-{}", e.id()));
        ids.push(format!("error-{}-next", e.id()));
    }
    for id in ids {
        assert!(reference.contains_key(&id), "missing message {id}");
    }
}

#[test]
fn negotiation_and_fallback() {
    let c = Catalog::load();
    assert_eq!(c.tags()[0], "fr");
    assert_eq!(c.negotiate("uk_UA.UTF-8").as_deref(), Some("uk"));
    assert_eq!(c.negotiate("en-GB").as_deref(), Some("en"));
    assert_eq!(c.negotiate("C"), None);
    assert_eq!(c.negotiate("xx"), None);
    let env = |k: &str| match k {
        "LC_ALL" => Some(String::new()),
        "LANG" => Some("uk_UA.UTF-8".to_string()),
        _ => None,
    };
    assert_eq!(c.system_language(env).as_deref(), Some("uk"));
    // GNU LANGUAGE comes first, as every translated GNU program honours it.
    let gnu = |k: &str| match k {
        "LANGUAGE" => Some("xx:uk:fr".to_string()),
        "LANG" => Some("C".to_string()),
        _ => None,
    };
    assert_eq!(c.system_language(gnu).as_deref(), Some("uk"));
    // Iranian Persian has no locale of its own yet: Dari, written the same way, is the explicit fallback.
    assert_eq!(c.negotiate("fa").as_deref(), Some("fa-AF"));
    assert_eq!(c.negotiate("fa_IR.UTF-8").as_deref(), Some("fa-AF"));
    assert_eq!(c.negotiate("ff").as_deref(), Some("ff-Latn"));
    // No isolation marks around arguments: terminals print them as junk.
    let s = c.text("en", "progress", &[("step", Arg::Num(2)), ("total", Arg::Num(6))]);
    assert_eq!(s, "Step 2 of 6");
    assert_eq!(c.text("zz", "choice-quit", &[]), "Quit");
}

#[test]
fn plural_forms_follow_each_language() {
    let c = Catalog::load();
    let more = |tag: &str, n: i64| c.text(tag, "choice-more-time", &[("minutes", Arg::Num(n))]);
    assert_eq!(more("en", 1), "More time (1 more minute)");
    assert_eq!(more("en", 5), "More time (5 more minutes)");
    assert_eq!(more("fr", 1), "Plus de temps (1 minute de plus)");
    assert_eq!(more("fr", 2), "Plus de temps (2 minutes de plus)");
    assert!(more("uk", 1).ends_with("1 хвилина)"));
    assert!(more("uk", 3).ends_with("3 хвилини)"));
    assert!(more("uk", 5).ends_with("5 хвилин)"));
    assert!(more("uk", 21).ends_with("21 хвилина)"));
    if c.has("ru") {
        assert!(more("ru", 1).ends_with("1 минута)"));
        assert!(more("ru", 3).ends_with("3 минуты)"));
        assert!(more("ru", 5).ends_with("5 минут)"));
    }
    if c.has("ar") {
        // Arabic: zero, one, two, few, many, other.
        let forms: std::collections::BTreeSet<String> = [0, 1, 2, 3, 11, 100].iter().map(|n| more("ar", *n)).collect();
        assert_eq!(forms.len(), 6, "{forms:?}");
    }
}

fn glossary(tag: &str) -> Vec<(String, Vec<String>)> {
    let path = format!("{}/locales/{tag}/glossary.txt", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("{tag}: no glossary.txt"));
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        // The quotation marks line is read by `quotes`.
        .filter(|l| l.split('=').next().map(str::trim) != Some("quotes"))
        .map(|l| {
            let (k, v) = l
                .split_once('=')
                .unwrap_or_else(|| panic!("{tag}: bad glossary line {l:?}"));
            (
                k.trim().to_string(),
                v.split('|').map(|s| s.trim().to_lowercase()).collect(),
            )
        })
        .collect()
}

#[test]
fn every_locale_keeps_one_word_for_each_key_term() {
    let c = Catalog::load();
    let reference = glossary(REFERENCE);
    let ids: Vec<String> = locale_shape(REFERENCE).into_keys().collect();
    let mut problems = vec![];
    for tag in c.tags() {
        let terms = glossary(&tag);
        for (term, fr_stems) in &reference {
            let Some((_, stems)) = terms.iter().find(|(t, _)| t == term) else {
                problems.push(format!("{tag}: glossary lacks {term}"));
                continue;
            };
            for id in &ids {
                let fr = c.format(REFERENCE, id, &[]).unwrap_or_default().to_lowercase();
                if !fr_stems.iter().any(|s| fr.contains(s.as_str())) {
                    continue;
                }
                let text = c.format(&tag, id, &[]).unwrap_or_default().to_lowercase();
                if !stems.iter().any(|s| text.contains(s.as_str())) {
                    problems.push(format!(
                        "{tag}: {id} does not use the word for {term} ({stems:?}): {text}"
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// "Quit" and "log out" sit side by side on the last step: each language
/// must name them with different words.
#[test]
fn quitting_and_logging_out_have_different_words() {
    let c = Catalog::load();
    for tag in c.tags() {
        let terms = glossary(&tag);
        let stems = |term: &str| {
            terms
                .iter()
                .find(|(t, _)| t == term)
                .map(|(_, s)| s.clone())
                .unwrap_or_default()
        };
        for q in stems("quit") {
            for l in stems("log-out") {
                assert!(
                    !q.contains(l.as_str()) && !l.contains(q.as_str()),
                    "{tag}: quit ({q}) and log out ({l}) share a word"
                );
            }
        }
        let quit = c.format(&tag, "choice-quit", &[]).unwrap_or_default().to_lowercase();
        let logout = c.format(&tag, "choice-logout", &[]).unwrap_or_default().to_lowercase();
        assert_ne!(quit, logout, "{tag}");
    }
}

/// A locale's own quotation marks, from the `quotes = open close` line of its
/// glossary: they quote the program's words (a choice's name); « » quote only
/// the real site's French.
fn quotes(tag: &str) -> (String, String) {
    let path = format!("{}/locales/{tag}/glossary.txt", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("{tag}: no glossary.txt"));
    let line = text
        .lines()
        .find_map(|l| l.strip_prefix("quotes").and_then(|r| r.trim_start().strip_prefix('=')))
        .unwrap_or_else(|| panic!("{tag}: glossary.txt has no `quotes = open close` line"));
    let mut marks = line.split_whitespace();
    match (marks.next(), marks.next(), marks.next()) {
        (Some(open), Some(close), None) => (open.to_string(), close.to_string()),
        _ => panic!("{tag}: bad quotes line {line:?}"),
    }
}

/// The text between each `open` and the next `close`; `None` if unbalanced.
fn quoted<'a>(text: &'a str, open: &str, close: &str) -> Option<Vec<&'a str>> {
    let mut spans = vec![];
    let mut rest = text;
    while let Some(start) = rest.find(open) {
        let after = &rest[start + open.len()..];
        let end = after.find(close)?;
        spans.push(after[..end].trim());
        rest = &after[end + close.len()..];
    }
    // A close mark with no open mark before it is unbalanced too (unless both are the same mark).
    (open == close || !rest.contains(close)).then_some(spans)
}

/// Every message id with its text in `tag`, arguments left as `{$name}`.
fn texts(c: &Catalog, tag: &str) -> Vec<(String, String)> {
    locale_shape(REFERENCE)
        .into_keys()
        .filter(|id| !META.contains(&id.as_str()))
        .map(|id| {
            let text = c.format(tag, &id, &[]).unwrap_or_default();
            (id, text)
        })
        .collect()
}

/// The messages that are the real site's own French words.
fn is_site_message(id: &str) -> bool {
    ["fr-words-", "practice-", "sheet-words-"]
        .iter()
        .any(|p| id.starts_with(p))
}

/// « » hold only French that the site shows, as `locales/fr` writes it: a
/// translated word in « » would look like a label to find on the site.
#[test]
fn guillemets_hold_only_the_sites_french() {
    let c = Catalog::load();
    let mut site: Vec<String> = texts(&c, REFERENCE)
        .into_iter()
        .filter(|(id, _)| is_site_message(id))
        .map(|(_, t)| t)
        .collect();
    // The old name of the last page, quoted from franceconnect.md, shown as a French word.
    site.push("Bienvenue".to_string());
    let mut problems = vec![];
    for tag in c.tags().into_iter().filter(|t| t != REFERENCE) {
        for (id, text) in texts(&c, &tag) {
            let Some(spans) = quoted(&text, "«", "»") else {
                problems.push(format!("{tag}: {id} has unbalanced « »: {text}"));
                continue;
            };
            for span in spans {
                if span.is_empty() || !site.iter().any(|s| s.contains(span)) {
                    problems.push(format!(
                        "{tag}: {id} puts words in « » that the site's French lacks: «{span}»"
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A choice's name before its parenthesised detail ("More time (5 more minutes)").
fn choice_name(text: &str) -> &str {
    let text = text.split(" (").next().unwrap_or(text);
    text.split('（').next().unwrap_or(text).trim()
}

/// The program's own words are quoted with the language's own marks, never
/// « » and never straight quotes; a quoted program word is a choice's whole
/// name as the choice shows it (not a shortened or reworded one); where the
/// French quotes a choice, the translation quotes that choice too.
#[test]
fn program_words_wear_the_languages_own_quotation_marks() {
    let c = Catalog::load();
    const MARKS: &[char] = &['"', '“', '”', '„', '‟', '「', '」', '『', '』'];
    let fr = texts(&c, REFERENCE);
    let fr_choices: Vec<(String, String)> = fr
        .iter()
        .filter(|(id, _)| id.starts_with("choice-"))
        .map(|(id, t)| (id.clone(), choice_name(t).to_string()))
        .collect();
    let mut problems = vec![];
    for tag in c.tags().into_iter().filter(|t| t != REFERENCE) {
        let (open, close) = quotes(&tag);
        let own = texts(&c, &tag);
        let names: Vec<(String, String)> = own
            .iter()
            .filter(|(id, _)| id.starts_with("choice-"))
            .map(|(id, t)| (id.clone(), choice_name(t).to_string()))
            .collect();
        for ((id, text), (_, fr_text)) in own.iter().zip(&fr) {
            // The command line's help shows shell quotes ("…"), as typed.
            let shell = id.starts_with("cli-");
            let strays: String = text
                .chars()
                .filter(|ch| MARKS.contains(ch) && !open.contains(*ch) && !close.contains(*ch))
                .collect();
            if !strays.is_empty() && !shell {
                problems.push(format!(
                    "{tag}: {id} uses quotation marks {strays} (its own are {open} {close})"
                ));
            }
            let Some(spans) = quoted(text, &open, &close) else {
                problems.push(format!("{tag}: {id} has unbalanced {open} {close}: {text}"));
                continue;
            };
            for span in &spans {
                let names_a_choice = names.iter().any(|(_, n)| n == span);
                // Command words (--rules franceconnect…) stay as typed; the one
                // answer of FranceConnect the French quotes is said in the language.
                let typed_word = span.is_ascii() && fr_text.contains(span);
                if !names_a_choice && !typed_word && id != "nir-note-temporary" {
                    problems.push(format!(
                        "{tag}: {id} quotes {open}{span}{close}, which is not a choice's whole name"
                    ));
                }
            }
            for span in quoted(fr_text, "«", "»").unwrap_or_default() {
                if let Some((choice, _)) = fr_choices.iter().find(|(_, n)| n == span) {
                    let name = &names.iter().find(|(id, _)| id == choice).expect("same ids").1;
                    if !spans.contains(&name.as_str()) {
                        problems.push(format!("{tag}: {id} should quote {open}{name}{close} ({choice})"));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The assistant teaches the site's words; the practice page shows the same
/// words: one translation for both, or the person compares two texts.
#[test]
fn the_sites_words_have_one_translation_on_both_faces() {
    let c = Catalog::load();
    let pairs = [
        ("fr-words-choose", "practice-choose-title"),
        ("fr-words-login", "practice-login-button"),
        ("fr-words-as", "practice-as"),
        ("fr-words-continue", "practice-continue"),
        ("fr-words-consent", "practice-consent"),
        ("fr-words-error", "practice-error-title"),
        ("fr-words-what-to-do", "practice-what-to-do"),
        ("fr-words-back", "practice-back"),
        ("sheet-words-aidants", "practice-aidants"),
    ];
    let mut problems = vec![];
    for tag in c.tags() {
        for (assistant, page) in pairs {
            let (a, p) = (c.format(&tag, assistant, &[]), c.format(&tag, page, &[]));
            if a != p {
                problems.push(format!("{tag}: {assistant} {a:?} but {page} {p:?}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Numbers in text are written with the digits of the card and the keyboard
/// (0-9), as the read-back shows them: never two digit systems side by side.
#[test]
fn numbers_use_the_cards_digits() {
    let c = Catalog::load();
    let mut problems = vec![];
    for tag in c.tags() {
        for (id, text) in texts(&c, &tag) {
            let native: String = text.chars().filter(|ch| is_native_digit(*ch)).collect();
            if !native.is_empty() {
                problems.push(format!("{tag}: {id} writes digits {native} (the card shows 0-9)"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Decimal digits of other scripts: Arabic-Indic, Extended (Persian, Pashto,
/// Urdu), Bengali, Tamil, Devanagari, Ethiopic.
fn is_native_digit(ch: char) -> bool {
    matches!(ch,
        '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}' | '\u{0966}'..='\u{096F}'
        | '\u{09E6}'..='\u{09EF}' | '\u{0BE6}'..='\u{0BEF}' | '\u{1369}'..='\u{137C}')
}

/// The words readers flagged (issue 21), kept fixed.
#[test]
fn flagged_words_stay_fixed() {
    let c = Catalog::load();
    let text = |tag: &str, id: &str| c.format(tag, id, &[]).unwrap_or_default();
    // Pular: "timmunde" is "complete", not "permanent".
    for id in ["welcome-need", "nir-permanent", "nir-note", "done-note"] {
        assert!(!text("ff-Latn", id).contains("timmunde"), "ff-Latn {id}");
    }
    // Kurmanji "bigirin" also reads "take"; Tigrinya "leave this helper".
    assert!(!text("kmr", "choice-quit").contains("bigir"));
    assert!(!text("ti", "choice-quit").contains("ሓጋዚ"));
    // Polite imperatives: Pashto -ئ, Tigrinya -ኡ/-ፉ plural forms.
    assert!(text("ps", "nir-title").ends_with('ئ'), "{}", text("ps", "nir-title"));
    assert!(text("ti", "nir-input").ends_with("ሕለፉ።"), "{}", text("ti", "nir-input"));
    // The document's French name comes with a whole translation.
    for tag in ["ru", "uk"] {
        let where_ = text(tag, "welcome-where");
        assert!(where_.contains("(attestation de droits)"), "{tag}: {where_}");
    }
}
