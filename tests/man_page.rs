//! The man page, `man/fcguide.1`: groff formats it without a single warning,
//! and it documents every option and variable that the English `--help` names.

use std::path::PathBuf;
use std::process::{Command, Stdio};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The man page as a reader sees its words: `\-` is a dash, `\%` and `\&`
/// (no hyphenation, zero width) are nothing.
fn man_words() -> String {
    read("man/fcguide.1")
        .replace("\\-", "-")
        .replace("\\%", "")
        .replace("\\&", "")
}

/// The English `cli-help` message: its first line and the indented lines
/// that follow, blank lines included, up to the next message.
fn english_help() -> String {
    let ftl = read("locales/en/cli.ftl");
    let mut lines = ftl.lines().skip_while(|l| !l.starts_with("cli-help ="));
    let first = lines.next().expect("locales/en/cli.ftl has a cli-help message");
    let mut help = first.trim_start_matches("cli-help =").to_string();
    for line in lines.take_while(|l| l.is_empty() || l.starts_with(' ')) {
        help.push('\n');
        help.push_str(line);
    }
    help
}

/// Every word of `text` that starts with `prefix` and goes on with letters,
/// digits, `-` or `_` (`--client-id`, `FCGUIDE_CLIENT_ID`).
fn words_starting(text: &str, prefix: &str) -> Vec<String> {
    let part = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    let mut found = Vec::new();
    for (i, _) in text.match_indices(prefix) {
        // Only at the start of a word: not the `--` inside `---`, nor `FCGUIDE_` inside `XFCGUIDE_`.
        if text[..i].chars().next_back().is_some_and(part) {
            continue;
        }
        let rest = &text[i + prefix.len()..];
        let end = rest.find(|c: char| !part(c)).unwrap_or(rest.len());
        let word = format!("{prefix}{}", rest[..end].trim_end_matches(['-', '_']));
        if word.len() > prefix.len() && !found.contains(&word) {
            found.push(word);
        }
    }
    found
}

/// Whether `word` stands whole in `text` (`--lang` is not found in `--language`).
fn has_word(text: &str, word: &str) -> bool {
    let part = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    text.match_indices(word).any(|(i, _)| {
        !text[..i].chars().next_back().is_some_and(part) && !text[i + word.len()..].chars().next().is_some_and(part)
    })
}

#[test]
fn the_english_help_is_read_as_expected() {
    let help = english_help();
    let options = words_starting(&help, "--");
    for expected in [
        "--plain",
        "--lang",
        "--port",
        "--format",
        "--list-languages",
        "--help",
        "--version",
    ] {
        assert!(
            options.iter().any(|o| o == expected),
            "{expected} not found in cli-help: {options:?}"
        );
    }
    assert!(words_starting(&help, "FCGUIDE_").contains(&"FCGUIDE_CLIENT_SECRET".to_string()));
    assert!(has_word("see --lang, then", "--lang"));
    assert!(!has_word("--language", "--lang"));
    assert!(!has_word("--second-lang", "--lang"));
}

#[test]
fn every_option_and_variable_of_the_help_is_in_the_man_page() {
    let help = english_help();
    let man = man_words();
    let mut missing = Vec::new();
    for word in words_starting(&help, "--")
        .into_iter()
        .chain(words_starting(&help, "FCGUIDE_"))
    {
        if !has_word(&man, &word) {
            missing.push(word);
        }
    }
    assert!(
        missing.is_empty(),
        "man/fcguide.1 does not document {missing:?}, which the English cli-help names"
    );
}

#[test]
fn groff_formats_the_man_page_without_a_warning() {
    let present = Command::new("groff")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok();
    if !present {
        eprintln!("SKIPPED: groff is not installed (.ci/run installs it)");
        return;
    }
    let out = Command::new("groff")
        .args(["-man", "-Tutf8", "-ww"])
        .arg(root().join("man/fcguide.1"))
        .stdin(Stdio::null())
        .output()
        .expect("groff runs");
    let warnings = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && warnings.trim().is_empty(),
        "groff -man -Tutf8 -ww man/fcguide.1 ({}):\n{warnings}",
        out.status
    );
    // Bold is printed by overstriking (`E\x08E`): keep the last character of each.
    let page = String::from_utf8_lossy(&out.stdout);
    let mut text = String::new();
    for c in page.chars() {
        if c == '\x08' {
            text.pop();
        } else {
            text.push(c);
        }
    }
    assert!(
        text.contains("EXIT STATUS"),
        "groff printed no EXIT STATUS section:\n{text}"
    );
}
