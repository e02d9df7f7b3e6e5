//! What the Debian package ships beside the binary (`[package.metadata.deb]`
//! in Cargo.toml): the French man page formats cleanly and documents what the
//! English one does, the changelog speaks of this version, and every asset
//! exists. Building the package itself and lintian's verdict are .ci/run's
//! (`release/build.sh`), since they need a release build.

use std::path::PathBuf;
use std::process::{Command, Stdio};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The options (`--lang`) a man page names, as its reader sees them.
fn options(page: &str) -> Vec<String> {
    let text = page.replace("\\-", "-");
    let mut found: Vec<String> = Vec::new();
    for (i, _) in text.match_indices("--") {
        let rest = &text[i..];
        let end = 2 + rest[2..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
            .unwrap_or(rest.len() - 2);
        let word = rest[..end].trim_end_matches('-').to_string();
        if word.len() > 2 && !found.contains(&word) {
            found.push(word);
        }
    }
    found
}

/// The variables an ENVIRONMENT section (whatever its title) names in its
/// item tags: the line after each `.TP`.
fn variables(page: &str, section: &str) -> Vec<String> {
    let start = page
        .find(&format!(".SH {section}\n"))
        .unwrap_or_else(|| panic!("no .SH {section}"));
    let body = &page[start + 4..];
    let body = &body[..body.find("\n.SH ").unwrap_or(body.len())];
    let mut found = Vec::new();
    let mut lines = body.lines();
    while let Some(line) = lines.next() {
        if line == ".TP" {
            let tag = lines.next().unwrap_or_default();
            for word in tag.split(|c: char| !(c.is_ascii_uppercase() || c == '_')) {
                if word.len() > 2 && !found.iter().any(|f| f == word) {
                    found.push(word.to_string());
                }
            }
        }
    }
    found
}

#[test]
fn the_french_man_page_formats_without_a_warning() {
    let Ok(out) = Command::new("groff")
        .args(["-k", "-man", "-Tutf8", "-ww", "man/fr/fcguide.1"])
        .current_dir(root())
        .stdin(Stdio::null())
        .output()
    else {
        eprintln!("SKIPPED: groff is not installed (.ci/run installs it): the French man page was not formatted");
        return;
    };
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "",
        "groff warns about man/fr/fcguide.1"
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("se connecter avec FranceConnect"), "{text}");
}

#[test]
fn the_french_man_page_documents_every_option_and_variable_of_the_english_one() {
    let (en, fr) = (read("man/fcguide.1"), read("man/fr/fcguide.1"));
    let missing: Vec<String> = options(&en).into_iter().filter(|o| !options(&fr).contains(o)).collect();
    assert!(
        missing.is_empty(),
        "man/fr/fcguide.1 does not name {missing:?} (translate man/fcguide.1's new parts)"
    );
    let french_vars = variables(&fr, "ENVIRONNEMENT");
    let missing: Vec<String> = variables(&en, "ENVIRONMENT")
        .into_iter()
        .filter(|v| !french_vars.contains(v))
        .collect();
    assert!(missing.is_empty(), "man/fr/fcguide.1's ENVIRONNEMENT lacks {missing:?}");
    // The same subcommands and sections, so that no part was left out.
    let heads = |page: &str| {
        page.lines()
            .filter(|l| l.starts_with(".SH ") || l.starts_with(".SS "))
            .count()
    };
    assert_eq!(
        heads(&en),
        heads(&fr),
        "the two man pages have different numbers of sections"
    );
}

#[test]
fn the_changelog_speaks_of_this_version() {
    let changelog = read("debian/changelog");
    let first = changelog.lines().next().unwrap_or_default();
    let version = env!("CARGO_PKG_VERSION");
    assert!(
        first.starts_with(&format!("fcguide ({version}-")),
        "debian/changelog's first entry is not for {version}: {first}"
    );
    // Its trailer line: " -- Name <address>  Day, DD Mon YYYY HH:MM:SS +ZZZZ".
    let trailer = changelog
        .lines()
        .find(|l| l.starts_with(" -- "))
        .expect("a trailer line");
    assert!(trailer.contains(">  ") && trailer.ends_with("+0000"), "{trailer}");
}

#[test]
fn every_asset_of_the_package_exists() {
    let manifest = read("Cargo.toml");
    let deb = &manifest[manifest.find("[package.metadata.deb]").expect("[package.metadata.deb]")..];
    let assets = &deb[deb.find("assets = [").expect("assets")..];
    let assets = &assets[..assets.find("\n]").expect("end of assets")];
    let mut count = 0;
    for line in assets.lines().filter(|l| l.trim_start().starts_with("[\"")) {
        let source = line.trim_start().trim_start_matches("[\"");
        let source = &source[..source.find('"').unwrap()];
        count += 1;
        if source.starts_with("target/") {
            continue; // what cargo deb builds
        }
        assert!(
            root().join(source).is_file(),
            "the package's asset {source} does not exist"
        );
    }
    assert!(count >= 5, "{assets}");
    for page in [
        "usr/share/man/man1/fcguide.1",
        "usr/share/man/fr/man1/fcguide.1",
        "usr/share/doc/fcguide/copyright",
    ] {
        assert!(assets.contains(page), "the package does not install {page}");
    }
}
