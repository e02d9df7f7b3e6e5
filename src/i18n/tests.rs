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
    let (_, sources) = LOCALES.iter().find(|(t, _)| *t == tag).expect("locale compiled in");
    let mut all = BTreeMap::new();
    for s in *sources {
        for (k, v) in shape(s) {
            assert!(all.insert(k.clone(), v).is_none(), "{tag}: {k} defined twice");
        }
    }
    all
}

#[test]
fn every_locale_is_complete_against_the_reference() {
    let reference = locale_shape(REFERENCE);
    assert!(reference.len() > 100);
    for (tag, _) in LOCALES {
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
    for step in ["language", "welcome", "nir", "idp", "auth", "confirm", "done"] {
        ids.push(format!("help-{step}"));
    }
    use crate::oidc::error::{ConfigProblem as C, LoginError as E, ProviderRefusal as R, TokenCheck};
    let errors = [
        E::Config(C::MissingClientId),
        E::Config(C::MissingSecret),
        E::Config(C::SecretFileOpen("f".into())),
        E::Config(C::SecretFileUnreadable("f".into())),
        E::Config(C::SecretFileLink("f".into())),
        E::Config(C::BadRedirectUri),
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
    for e in errors {
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
