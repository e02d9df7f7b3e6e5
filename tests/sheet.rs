//! `fcguide sheet`, the printable step sheet, from the built binary: every
//! shipped language in HTML and in text; valid HTML (tidy); at most two A4
//! pages when headless Chromium prints it (pdfinfo). Tools that are not
//! installed are skipped, saying so.

use fcguide::i18n::{Arg, Catalog};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

fn fcguide(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_fcguide"))
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .output()
        .unwrap()
}

/// The tags `fcguide --list-languages` prints, tag first on each line.
fn languages() -> Vec<String> {
    let out = fcguide(&["--list-languages"]);
    assert!(out.status.success());
    let tags: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| l.split('\t').next().unwrap().to_string())
        .collect();
    assert!(tags.len() >= 13, "{tags:?}");
    tags
}

fn sheet(tag: &str, format: &str) -> String {
    sheet_with(tag, format, &[])
}

/// The sheet with more arguments (`--second-lang …`).
fn sheet_with(tag: &str, format: &str, more: &[&str]) -> String {
    let mut args = vec!["sheet", "--lang", tag, "--format", format];
    args.extend(more);
    let out = fcguide(&args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stderr.is_empty(), "{args:?}");
    String::from_utf8(out.stdout).unwrap()
}

/// Aidants Connect's own site, written out on the sheet.
const AIDANTS_CONNECT_SITE: &str = "https://aidantsconnect.beta.gouv.fr";

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// Whitespace (no-break spaces included) made single spaces.
fn flat(s: &str) -> String {
    s.split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    let end = tag[start..].find('"')? + start;
    Some(tag[start..end].to_string())
}

/// The page read as a browser would: each text node with the language of its
/// nearest element that names one, and every start tag.
struct Page {
    texts: Vec<(String, String)>,
    tags: Vec<String>,
    style: String,
}

fn read_page(html: &str) -> Page {
    const VOID: &[&str] = &["meta", "br", "wbr", "img", "link", "input", "hr", "source"];
    let mut page = Page {
        texts: vec![],
        tags: vec![],
        style: String::new(),
    };
    // (element, its language)
    let mut stack: Vec<(String, String)> = vec![];
    let mut rest = html;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = &after[after.find("-->").expect("comment closed") + 3..];
        } else if rest.starts_with("<!") {
            rest = &rest[rest.find('>').unwrap() + 1..];
        } else if let Some(after) = rest.strip_prefix("</") {
            let end = after.find('>').unwrap();
            let name = after[..end].trim().to_ascii_lowercase();
            let open = stack.iter().rposition(|(n, _)| *n == name);
            assert!(open.is_some(), "</{name}> closes nothing");
            stack.truncate(open.unwrap());
            rest = &after[end + 1..];
        } else if rest.starts_with('<') {
            let end = rest.find('>').unwrap();
            let tag = rest[..=end].to_string();
            let name: String = tag[1..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect::<String>()
                .to_ascii_lowercase();
            rest = &rest[end + 1..];
            page.tags.push(tag.clone());
            if name == "style" || name == "script" {
                let close = format!("</{name}>");
                let body_end = rest.find(&close).unwrap();
                page.style.push_str(&rest[..body_end]);
                rest = &rest[body_end + close.len()..];
                continue;
            }
            if !VOID.contains(&name.as_str()) && !tag.ends_with("/>") {
                let inherited = stack.last().map(|(_, l)| l.clone()).unwrap_or_default();
                stack.push((name, attr(&tag, "lang").unwrap_or(inherited)));
            }
        } else {
            let end = rest.find('<').unwrap_or(rest.len());
            let lang = stack.last().map(|(_, l)| l.clone()).unwrap_or_default();
            page.texts.push((unescape(&rest[..end]), lang));
            rest = &rest[end..];
        }
    }
    assert!(stack.is_empty(), "unclosed: {stack:?}");
    page
}

/// Today's words of the real site, as the French reference gives them.
fn todays_words(catalog: &Catalog) -> Vec<String> {
    let service = [("service", Arg::Str("…"))];
    let mut words: Vec<String> = [
        "fr-words-button",
        "fr-words-choose",
        "fr-words-login",
        "fr-words-as",
        "fr-words-continue",
        "fr-words-consent",
        "fr-words-error",
        "fr-words-code",
        "fr-words-what-to-do",
    ]
    .iter()
    .map(|id| catalog.text("fr", id, &service))
    .collect();
    // « Vous êtes un aidant professionnel ? » then a button « Utiliser Aidants Connect ».
    let aidants = catalog.text("fr", "sheet-words-aidants", &[]);
    let (question, button) = aidants.rsplit_once("? ").unwrap();
    assert_eq!(button, "Utiliser Aidants Connect");
    words.push(format!("{question}?"));
    words.push(button.to_string());
    assert_eq!(words[4], "Continuer sur …");
    assert_eq!(
        words[5],
        "J’accepte que FranceConnect transmette mes données au service pour me connecter"
    );
    // What older guides call the last page: named, and in French.
    words.push("Bienvenue".into());
    words
}

/// Messages whose translation the sheet must carry, in the person's language.
fn key_messages(catalog: &Catalog, tag: &str) -> Vec<String> {
    let service = [("service", Arg::Str("…"))];
    let mut ids = vec![
        "welcome-need",
        "welcome-where",
        "welcome-without",
        "welcome-note",
        "idp-impots-who",
        "idp-laposte-who",
        "idp-yris-who",
        "code-y010008",
        "code-y010004",
        "done-help",
        "done-services",
        "sheet-title",
        "sheet-bring-title",
        "sheet-bring-email",
        "sheet-helper-password",
        "sheet-help-cpam",
    ];
    if tag != "fr" {
        // The translation beside each French label.
        ids.extend([
            "fr-words-button",
            "fr-words-choose",
            "fr-words-login",
            "fr-words-as",
            "fr-words-continue",
            "fr-words-consent",
            "fr-words-error",
        ]);
    }
    ids.iter().map(|id| flat(&catalog.text(tag, id, &service))).collect()
}

#[test]
fn every_language_has_a_sheet_in_html_with_todays_french_words_marked_french() {
    let catalog = Catalog::load();
    let words = todays_words(&catalog);
    for tag in languages() {
        let html = sheet(&tag, "html");
        let dir = if catalog.is_rtl(&tag) { "rtl" } else { "ltr" };
        assert!(
            html.starts_with(&format!("<!DOCTYPE html>\n<html lang=\"{tag}\" dir=\"{dir}\">")),
            "{tag}: {}",
            &html[..80]
        );
        let lower = html.to_ascii_lowercase();
        for banned in [
            "<script", "<link", "<img", "<iframe", "<object", "<embed", "src=", "@import", "url(",
        ] {
            assert!(!lower.contains(banned), "{tag}: {banned}");
        }
        let page = read_page(&html);
        // No resource from anywhere: the only addresses in tags are links to
        // FranceConnect's pages and to Aidants Connect's site.
        for t in &page.tags {
            if t.contains("://") {
                let href = attr(t, "href").unwrap_or_default();
                assert!(
                    href.starts_with("https://franceconnect.gouv.fr/") || href == AIDANTS_CONNECT_SITE,
                    "{tag}: {t}"
                );
                assert_eq!(t.matches("://").count(), 1, "{tag}: {t}");
            }
            // French inside a right-to-left page keeps its own direction.
            if attr(t, "lang").as_deref() == Some("fr") && !t.starts_with("<html") {
                assert_eq!(attr(t, "dir").as_deref(), Some("ltr"), "{tag}: {t}");
            }
        }
        assert!(!page.style.contains("://") && !page.style.contains("url("), "{tag}");
        let texts: Vec<(String, String)> = page.texts.iter().map(|(t, l)| (flat(t), l.clone())).collect();
        for w in &words {
            let found: Vec<&String> = texts
                .iter()
                .filter(|(t, _)| t.contains(w.as_str()))
                .map(|(_, l)| l)
                .collect();
            assert!(!found.is_empty(), "{tag}: « {w} » is not on the sheet");
            assert!(found.iter().all(|l| *l == "fr"), "{tag}: « {w} » outside lang=\"fr\"");
        }
        let all = flat(&page.texts.iter().map(|(t, _)| t.as_str()).collect::<String>());
        assert!(!all.contains("Je choisis un compte"), "{tag}: yesterday's words");
        assert!(all.contains("Aidants Connect"), "{tag}");
        // Aidants Connect: its address written out, its words drawn as the button they are, not a link.
        assert!(
            all.contains(AIDANTS_CONNECT_SITE),
            "{tag}: no address for Aidants Connect"
        );
        let button = html.find(">Utiliser Aidants Connect<").expect("the button's words");
        let element = &html[html[..button].rfind('<').unwrap()..=button];
        assert_eq!(attr(element, "class").as_deref(), Some("button"), "{tag}: {element}");
        assert!(!html.contains("class=\"link\""), "{tag}");
        assert!(all.contains("Y010008") && all.contains("Y190001"), "{tag}");
        assert!(all.contains("https://franceconnect.gouv.fr/nos-services"), "{tag}");
        for m in key_messages(&catalog, &tag) {
            assert!(all.contains(&m), "{tag}: html lacks {m}");
        }
        // Y010008 first: the code newcomers meet.
        assert!(all.find("Y010008").unwrap() < all.find("Y010004").unwrap(), "{tag}");
    }
}

#[test]
fn every_language_has_a_sheet_in_text_of_80_columns_without_control_characters() {
    let catalog = Catalog::load();
    let words = todays_words(&catalog);
    for tag in languages() {
        let text = sheet(&tag, "text");
        for line in text.lines() {
            let cells: usize = line.chars().map(|c| c.width().unwrap_or(0)).sum();
            assert!(line.width() <= 80 && cells <= 80, "{tag}: {cells} columns: {line}");
        }
        for c in text.chars() {
            assert!(!c.is_control() || c == '\n', "{tag}: control character {c:?}");
            // Nor bidi isolation marks, nor a private-use character left over.
            assert!(!('\u{2066}'..='\u{2069}').contains(&c), "{tag}: {c:?}");
            assert!(!('\u{e000}'..='\u{f8ff}').contains(&c), "{tag}: {c:?}");
        }
        let all = flat(&text);
        for w in &words {
            assert!(all.contains(w.as_str()), "{tag}: text lacks « {w} »");
        }
        assert!(!all.contains("Je choisis un compte"), "{tag}");
        assert!(all.contains("Aidants Connect") && all.contains("https://franceconnect.gouv.fr/nos-services"));
        assert!(all.contains("[ Utiliser Aidants Connect ]"), "{tag}");
        assert!(
            text.lines().any(|l| l.trim() == AIDANTS_CONNECT_SITE),
            "{tag}: the address of Aidants Connect on a line of its own"
        );
        for m in key_messages(&catalog, &tag) {
            assert!(all.contains(&m), "{tag}: text lacks {m}");
        }
    }
}

#[test]
fn the_sheet_follows_the_command_line_and_the_system_language() {
    let catalog = Catalog::load();
    // No --lang: the system's language, as for the assistant.
    let out = Command::new(env!("CARGO_BIN_EXE_fcguide"))
        .args(["sheet", "--format", "text"])
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "uk_UA.UTF-8")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with(&catalog.text("uk", "sheet-title", &[])), "{text}");
    // HTML is the default.
    let html = String::from_utf8(fcguide(&["sheet"]).stdout).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"fr\" dir=\"ltr\">"));
    // Usage errors: exit 2, what is wrong on standard error, nothing on standard output.
    for (args, id, word) in [
        (&["sheet", "--format", "pdf"][..], "cli-bad-format", "pdf"),
        (&["sheet", "--plain"][..], "cli-unknown-option", "--plain"),
        (&["sheet", "--lang", "xx"][..], "cli-unknown-language", "xx"),
        (&["sheet", "--format"][..], "cli-missing-value", "--format"),
        (&["sheet", "--second-lang", "xx"][..], "cli-unknown-language", "xx"),
        (&["sheet", "--second-lang"][..], "cli-missing-value", "--second-lang"),
    ] {
        let out = fcguide(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(
            err.contains(&catalog.text("fr", id, &[("word", Arg::Str(word))])),
            "{args:?}: {err}"
        );
    }
    // The help names the subcommand.
    let help = String::from_utf8(fcguide(&["--lang", "en", "--help"]).stdout).unwrap();
    assert!(
        help.contains(
            "fcguide sheet [--lang LANGUAGE] [--second-lang LANGUAGE|none]\n                [--format html|text]\n"
        ),
        "{help}"
    );
}

fn installed(tool: &str, arg: &str) -> bool {
    let ok = Command::new(tool)
        .arg(arg)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok();
    if !ok {
        eprintln!("SKIPPED: {tool} is not installed (.ci/run installs it)");
    }
    ok
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("fcguide-sheet-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn tidy_finds_no_error_in_the_sheet() {
    if !installed("tidy", "-v") {
        return;
    }
    let dir = temp_dir("tidy");
    for tag in languages() {
        let file = dir.join(format!("{tag}.html"));
        std::fs::write(&file, sheet(&tag, "html")).unwrap();
        let out = Command::new("tidy")
            .args(["-q", "-errors", "--show-warnings", "no"])
            .arg(&file)
            .output()
            .unwrap();
        let said = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        // 0: clean, 1: warnings only, 2: errors.
        assert!(matches!(out.status.code(), Some(0 | 1)), "{tag}: {said}");
        assert!(said.trim().is_empty(), "{tag}: {said}");
        // Not even a warning, today.
        let all = Command::new("tidy")
            .args(["-q", "-errors"])
            .arg(&file)
            .output()
            .unwrap();
        assert_eq!(
            all.status.code(),
            Some(0),
            "{tag}: {}",
            String::from_utf8_lossy(&all.stderr)
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Headless Chromium prints `html` to `pdf`, as a person's browser would.
fn print_to_pdf(html: &Path, pdf: &Path, profile: &Path) {
    let mut child = Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("--no-pdf-header-footer")
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", html.display()))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        if child.try_wait().unwrap().is_some() {
            return;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium did not print {} in 2 minutes", html.display());
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// A word printed on a page, where it is: page (from 1), its left and top
/// edges in points.
struct Word {
    page: usize,
    x: f64,
    y: f64,
    text: String,
}

/// What pdftotext reads in `pdf`: each page's text (whitespace made single
/// spaces), and every word with its place.
fn read_pdf(pdf: &Path) -> (Vec<String>, Vec<Word>, f64) {
    let out = Command::new("pdftotext")
        .arg("-bbox")
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    assert!(out.status.success(), "pdftotext {}", pdf.display());
    // pdftotext wraps right-to-left lines in bidi embedding marks: not words.
    let xml: String = String::from_utf8_lossy(&out.stdout)
        .chars()
        .filter(|c| !matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
        .collect();
    let mut pages: Vec<String> = vec![];
    let mut words = vec![];
    let mut width = 0.0;
    let number = |tag: &str, name: &str| attr(tag, name).and_then(|v| v.parse::<f64>().ok()).unwrap();
    for piece in xml.split('<').skip(1) {
        let (tag, text) = piece.split_once('>').unwrap_or((piece, ""));
        if tag.starts_with("page ") {
            width = number(&format!(" {tag}"), "width");
            pages.push(String::new());
        } else if tag.starts_with("word ") {
            let tag = format!(" {tag}");
            let text = unescape(text);
            let page = pages.last_mut().expect("a word outside a page");
            if !page.is_empty() {
                page.push(' ');
            }
            page.push_str(&text);
            words.push(Word {
                page: pages.len(),
                x: number(&tag, "xMin"),
                y: number(&tag, "yMin"),
                text,
            });
        }
    }
    (pages.iter().map(|p| flat(p)).collect(), words, width)
}

/// The French words in each step of the page (the real site's labels, and
/// the whole step when French is printed beside), whitespace made single.
fn french_in_steps(html: &str) -> Vec<Vec<String>> {
    let body = &html[html.find("<ol class=\"steps\">").expect("the steps")..];
    let body = &body[..body.find("</ol>").unwrap()];
    body.split("<li class=\"step\"")
        .skip(1)
        .map(|step| {
            let step = format!("<li{step}");
            read_page(&step)
                .texts
                .into_iter()
                .filter(|(_, lang)| lang == "fr")
                .map(|(text, _)| flat(&text))
                .filter(|t| t.chars().filter(|c| c.is_alphanumeric()).count() >= 3)
                .collect()
        })
        .collect()
}

/// Where a word is in reading order: page, then column (the first one is on
/// the right in a right-to-left page), then height.
fn reading_place(w: &Word, width: f64, rtl: bool) -> (usize, bool, f64) {
    let second_column = (w.x >= width / 2.0) != rtl;
    (w.page, second_column, w.y)
}

/// Prints the sheet of `tag` (with `more` arguments) and checks it as a
/// person holds it: at most two A4 pages, the steps first (step 1 at the top
/// of the first column, every step before the list of providers), and no
/// step cut by a page or a column. Returns the number of pages.
fn print_and_check(dir: &Path, catalog: &Catalog, tag: &str, more: &[&str]) -> usize {
    let name = format!("{tag}{}", more.join("").replace("--", "-"));
    let html_file = dir.join(format!("{name}.html"));
    let pdf = dir.join(format!("{name}.pdf"));
    let html = sheet_with(tag, "html", more);
    std::fs::write(&html_file, &html).unwrap();
    print_to_pdf(&html_file, &pdf, &dir.join(format!("profile-{name}")));
    let info = Command::new("pdfinfo").arg(&pdf).output().unwrap();
    assert!(info.status.success(), "{name}: no PDF printed");
    let info = String::from_utf8_lossy(&info.stdout).to_string();
    let count: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("{name}: {info}"));
    assert!(info.contains("(A4)"), "{name}: {info}");
    assert!((1..=2).contains(&count), "{name}: {count} pages");

    let (pages, words, width) = read_pdf(&pdf);
    let rtl = catalog.is_rtl(tag);
    let place = |word: &str| {
        let w = words
            .iter()
            .find(|w| w.text == word)
            .unwrap_or_else(|| panic!("{name}: « {word} » is not printed"));
        (w, reading_place(w, width, rtl))
    };
    // Step 1 (the blue button) at the top of the first column of page 1.
    let (button, button_place) = place("S’identifier");
    assert_eq!(button_place.0, 1, "{name}: step 1 is not on page 1");
    assert!(!button_place.1, "{name}: step 1 is not in the first column");
    assert!(button.y < 842.0 / 3.0, "{name}: step 1 starts {} pt down", button.y);
    // The last step (its box to tick) before the first provider.
    let (_, last_step) = place("J’accepte");
    let (_, first_provider) = place("impots.gouv.fr");
    assert!(
        last_step < first_provider,
        "{name}: the providers come before the steps"
    );

    // No step cut by a page or a column: every French word of a step in one
    // column, as many times as the step holds it (« Se connecter » is also in
    // a title).
    let mut columns: Vec<String> = vec![String::new(); pages.len() * 2];
    for w in &words {
        let column = &mut columns[(w.page - 1) * 2 + usize::from(w.x >= width / 2.0)];
        column.push(' ');
        column.push_str(&w.text);
    }
    let columns: Vec<String> = columns.iter().map(|c| flat(c)).collect();
    for (n, step) in french_in_steps(&html).iter().enumerate() {
        assert!(!step.is_empty(), "{name}: step {} has no French", n + 1);
        let whole = columns.iter().any(|page| {
            step.iter().all(|s| {
                let wanted = step.iter().filter(|o| o.contains(s.as_str())).count();
                page.matches(s.as_str()).count() >= wanted
            })
        });
        assert!(whole, "{name}: step {} is cut by a page or a column: {step:?}", n + 1);
    }
    count
}

#[test]
fn every_sheet_prints_on_at_most_two_a4_pages_steps_first_and_whole() {
    if !installed("chromium", "--version") || !installed("pdfinfo", "-v") || !installed("pdftotext", "-v") {
        return;
    }
    let catalog = Catalog::load();
    let dir = temp_dir("print");
    let mut pages = vec![];
    for tag in languages() {
        // French beside (or French alone), and the person's language alone.
        let beside = print_and_check(&dir, &catalog, &tag, &[]);
        let alone = print_and_check(&dir, &catalog, &tag, &["--second-lang", "none"]);
        pages.push(format!("{tag} {beside}/{alone}"));
    }
    // Another second language: the real site's words get a third line (the
    // longest pairs among the 380, and a right-to-left pair).
    for (tag, second) in [("fr", "en"), ("uk", "en"), ("ka", "ru"), ("so", "es"), ("ar", "fa-AF")] {
        print_and_check(&dir, &catalog, tag, &["--second-lang", second]);
    }
    eprintln!("pages (French beside/alone): {}", pages.join(", "));
    let _ = std::fs::remove_dir_all(&dir);
}

/// The shared messages (steps, what to bring, the helper's part) whose
/// second-language version the sheet carries.
const SHARED: &[&str] = &[
    "sheet-steps-title",
    "sheet-step-start-title",
    "sheet-step-start",
    "sheet-step-login",
    "sheet-bring-card",
    "sheet-bring-email",
    "sheet-codes-intro",
    "sheet-helper-password",
    "sheet-aidants-site",
    "welcome-note",
];

#[test]
fn french_is_printed_beside_the_persons_language_unless_another_or_none_is_asked() {
    let catalog = Catalog::load();
    let texts_in = |html: &str, lang: &str| -> String {
        let texts: String = read_page(html)
            .texts
            .iter()
            .filter(|(_, l)| l == lang)
            .map(|(t, _)| t.as_str())
            .collect();
        flat(&texts)
    };
    let message = |lang: &str, id: &str| flat(&catalog.text(lang, id, &[]));
    for tag in languages() {
        let html = sheet(&tag, "html");
        let text = flat(&sheet(&tag, "text"));
        let (second, absent) = if tag == "fr" { (None, "en") } else { (Some("fr"), "en") };
        if let Some(second) = second {
            // Each shared paragraph in the person's language, then in French right under it.
            let french = texts_in(&html, second);
            let all: String = read_page(&html).texts.iter().map(|(t, _)| t.as_str()).collect();
            let flat_html = flat(&all);
            for id in SHARED {
                let (first, then) = (message(&tag, id), message(second, id));
                assert!(french.contains(&then), "{tag}: no French for {id}");
                let at = flat_html.find(&first).unwrap_or_else(|| panic!("{tag}: {id}"));
                assert!(
                    flat_html[at..].contains(&then),
                    "{tag}: French for {id} is not after it"
                );
                let at = text.find(&first).unwrap_or_else(|| panic!("{tag} text: {id}"));
                assert!(text[at..].contains(&then), "{tag} text: no French after {id}");
            }
        } else {
            // French alone: no second language unless asked.
            assert!(!text.contains(&message("en", "sheet-step-start")), "{tag}");
        }
        if tag != absent {
            assert!(texts_in(&html, absent).is_empty(), "{tag}: {absent} printed unasked");
        }
        // --second-lang none: the person's language alone (and the real site's words).
        let alone = sheet_with(&tag, "html", &["--second-lang", "none"]);
        if tag != "fr" {
            assert!(
                !texts_in(&alone, "fr").contains(&message("fr", "sheet-step-start")),
                "{tag}"
            );
        }
        let alone_text = flat(&sheet_with(&tag, "text", &["--second-lang", "none"]));
        assert_eq!(
            alone_text.matches(&message(&tag, "sheet-step-start")).count(),
            1,
            "{tag}"
        );
        // The person's own language asked as the second one: once.
        let same = sheet_with(&tag, "text", &["--second-lang", &tag]);
        assert_eq!(flat(&same), alone_text, "{tag}");
    }
    // Another second language: English beside French, or beside Ukrainian.
    for (tag, second) in [("fr", "en"), ("uk", "en"), ("ar", "fa-AF")] {
        let html = sheet_with(tag, "html", &["--second-lang", second]);
        // (Its sentences quote the real site's words, marked French: read them all.)
        let all: String = read_page(&html).texts.iter().map(|(t, _)| t.as_str()).collect();
        let english = flat(&all);
        assert!(!texts_in(&html, second).is_empty(), "{tag}+{second}");
        for id in SHARED {
            assert!(english.contains(&message(second, id)), "{tag}+{second}: {id}");
        }
        // The real site's words have their translation in the second language too.
        let continue_words = catalog.text(second, "fr-words-continue", &[("service", Arg::Str("…"))]);
        assert!(english.contains(&flat(&continue_words)), "{tag}+{second}");
        let dir = if catalog.is_rtl(second) { "rtl" } else { "ltr" };
        assert!(
            html.contains(&format!(" lang=\"{second}\" dir=\"{dir}\"")),
            "{tag}+{second}"
        );
        let text = flat(&sheet_with(tag, "text", &["--second-lang", second]));
        assert!(text.contains(&message(second, "sheet-step-start")), "{tag}+{second}");
    }
}
