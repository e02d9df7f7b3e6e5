//! `debian/copyright`, the copyright file of the Debian package and of the
//! release binaries, names every crate compiled into the binary with the
//! licence and notice that the crate ships: it is made here from what
//! `cargo about` finds for `Cargo.lock` (the crates and targets in about.toml),
//! and this test fails when the file no longer matches, so that a new or
//! updated dependency cannot ship without its licence.
//!
//! Regenerate it with `UPDATE_COPYRIGHT=1 cargo test --test copyright`.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use serde_json::Value;

const FILE: &str = "debian/copyright";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Build dependencies whose data `build.rs` writes into the binary
/// (deunicode's transliteration table, see src/i18n/charset.rs): shipped as
/// surely as a linked crate, so they have their paragraph too.
const EMBEDDED_BY_BUILD_RS: &[&str] = &["deunicode"];

/// What `cargo about` finds for the crates compiled into the binary, with
/// those whose data build.rs embeds (a second run that keeps build
/// dependencies, of which only those are taken).
fn cargo_about() -> Option<Value> {
    let mut linked = run_cargo_about(None)?;
    let config = std::fs::read_to_string(root().join("about.toml")).expect("about.toml");
    let with_build = config.replace("ignore-build-dependencies = true", "ignore-build-dependencies = false");
    assert_ne!(config, with_build, "about.toml no longer ignores build dependencies");
    // In the target folder, not a /tmp name another user of the computer could take first.
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("about-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("about.toml");
    std::fs::write(&path, with_build).unwrap();
    let built = run_cargo_about(Some(&path));
    let _ = std::fs::remove_dir_all(&dir);
    let built = built?;
    let embedded: Vec<Value> = built["crates"]
        .as_array()
        .expect("crates")
        .iter()
        .filter(|c| EMBEDDED_BY_BUILD_RS.contains(&c["package"]["name"].as_str().unwrap_or_default()))
        .cloned()
        .collect();
    assert_eq!(
        embedded.len(),
        EMBEDDED_BY_BUILD_RS.len(),
        "a crate build.rs embeds is not in Cargo.lock"
    );
    let ids: Vec<&Value> = embedded.iter().map(|c| &c["package"]["id"]).collect();
    for licence in built["licenses"].as_array().expect("licenses") {
        let mut licence = licence.clone();
        let used_by = licence["used_by"].as_array_mut().expect("used_by");
        used_by.retain(|u| ids.contains(&&u["crate"]["id"]));
        if !used_by.is_empty() {
            linked["licenses"].as_array_mut().unwrap().push(licence);
        }
    }
    linked["crates"].as_array_mut().unwrap().extend(embedded);
    Some(linked)
}

/// `cargo about generate --format json`, offline and on the locked versions:
/// the licence files of the crates in cargo's registry cache, nothing fetched.
fn run_cargo_about(config: Option<&std::path::Path>) -> Option<Value> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut command = Command::new(cargo);
    command.args(["about", "generate", "--format", "json", "--frozen", "--fail"]);
    if let Some(config) = config {
        command.arg("--config").arg(config);
    }
    let out = command.current_dir(root()).stdin(Stdio::null()).output().ok()?;
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        if err.contains("no such command") {
            return None;
        }
        panic!("cargo about failed (it reads every crate of Cargo.lock offline: cargo fetch --locked first):\n{err}");
    }
    Some(serde_json::from_slice(&out.stdout).expect("cargo about prints JSON"))
}

/// An SPDX expression in the copyright format's words: `or`, `and`, `with`,
/// and the one grouping used today, `(A OR B) AND C`, as `A or B, and C`.
fn dep5_license(spdx: &str) -> String {
    let words = spdx
        .replace(") AND ", ", and ")
        .replace(" OR ", " or ")
        .replace(" AND ", " and ")
        .replace(" WITH ", " with ");
    let words = words.trim_start_matches('(').to_string();
    assert!(
        !words.contains(['(', ')']),
        "{spdx}: a grouping tests/copyright.rs does not know how to write yet"
    );
    words
}

/// A text as the body of a field: each line indented by one space, an empty
/// line written ` .`, no trailing blanks.
fn field_body(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\u{c}', "");
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    let first = lines.iter().position(|l| !l.is_empty()).unwrap_or(0);
    let last = lines.iter().rposition(|l| !l.is_empty()).map_or(0, |i| i + 1);
    lines[first..last]
        .iter()
        .map(|l| {
            if l.is_empty() {
                " .\n".to_string()
            } else {
                format!(" {l}\n")
            }
        })
        .collect()
}

/// The copyright lines of a crate's licence texts (its notice), else the
/// authors its manifest names.
fn holders(texts: &[&str], package: &Value) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    for line in texts.iter().flat_map(|t| t.lines()) {
        // Also a notice inside a source file's comment (`/* Copyright …`, ` * Copyright …`).
        let line = line.trim().trim_start_matches(['/', '*', '#', ' ']);
        let lower = line.to_lowercase();
        let notice = lower.starts_with("copyright (c)")
            || lower.starts_with("copyright ©")
            || lower.starts_with("copyright 1")
            || lower.starts_with("copyright 2")
            || lower.starts_with("copyright the ");
        let holder = line["copyright".len().min(line.len())..].trim_start_matches([' ', ':']);
        let holder = holder.trim_start_matches("(c)").trim_start_matches("(C)");
        let holder = holder.trim_start_matches(['©', ' ']).trim();
        // Not a licence's own placeholder ("Copyright [yyyy] [name of copyright owner]",
        // "<year> <copyright holders>"), nor a bare year.
        let placeholder = holder.contains(['[', '<']) || !holder.chars().any(char::is_alphabetic);
        if notice && !placeholder && !found.iter().any(|f| f == holder) {
            found.push(holder.to_string());
        }
    }
    if found.is_empty() {
        found = package["authors"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(String::from)
            .collect();
    }
    if found.is_empty() {
        let name = package["name"].as_str().unwrap_or_default();
        found.push(format!("the {name} developers (the crate names no holder)"));
    }
    found
}

/// What stands for the Apache License's text in a crate's paragraph.
const APACHE_POINTER: &str = "The Apache License 2.0: see its paragraph at the end of this file.";
/// Where that paragraph sends the reader.
const APACHE_FULL_TEXT: &str = "The Apache License, Version 2.0.\n\
    On Debian systems its full text is in /usr/share/common-licenses/Apache-2.0;\n\
    beside the release binaries, in the file Apache-2.0.";

/// A crate's own notice files (`COPYRIGHT`, `NOTICE`), which cargo about
/// does not collect and which the Apache License asks to pass on.
fn notice_files(package: &Value) -> Vec<String> {
    let manifest = PathBuf::from(package["manifest_path"].as_str().unwrap_or_default());
    let Some(dir) = manifest.parent().and_then(|d| std::fs::read_dir(d).ok()) else {
        return Vec::new();
    };
    let mut names: Vec<PathBuf> = dir
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            let name = p.file_name().unwrap_or_default().to_string_lossy().to_uppercase();
            p.is_file() && (name.starts_with("COPYRIGHT") || name.starts_with("NOTICE"))
        })
        .collect();
    names.sort();
    names.iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect()
}

fn generate(about: &Value) -> String {
    let mut out = String::from(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n\
         Upstream-Name: fcguide\n\
         Upstream-Contact: fcguide maintainers <dev@fcguide.invalid>\n\
         Comment: /usr/bin/fcguide is one statically linked program: besides its own\n \
         code it holds the Rust crates below, at the versions of Cargo.lock, whose\n \
         paths are those `cargo vendor` gives them. Each crate's paragraph gives its\n \
         licence as the crate declares it, its notice, and the licence text the\n \
         crate ships (for a choice of licences, the one taken here). Made by\n \
         tests/copyright.rs from `cargo about generate`; regenerate it with\n \
         UPDATE_COPYRIGHT=1 cargo test --test copyright\n\
         \n\
         Files: *\n\
         Copyright: 2026 fcguide maintainers\n\
         License: EUPL-1.2\n",
    );
    let licenses = about["licenses"].as_array().expect("licenses");
    let mut crates: Vec<&Value> = about["crates"].as_array().expect("crates").iter().collect();
    crates.sort_by_key(|c| (c["package"]["name"].as_str(), c["package"]["version"].as_str()));
    for entry in crates {
        let package = &entry["package"];
        let (name, version) = (package["name"].as_str().unwrap(), package["version"].as_str().unwrap());
        if name == "fcguide" {
            continue;
        }
        let id = package["id"].as_str().unwrap();
        let used: Vec<&Value> = licenses
            .iter()
            .filter(|l| l["used_by"].as_array().unwrap().iter().any(|u| u["crate"]["id"] == id))
            .collect();
        assert!(
            !used.is_empty(),
            "cargo about found no licence text for {name} {version}"
        );
        let mut texts: Vec<&str> = Vec::new();
        for licence in &used {
            let text = match licence["id"].as_str().unwrap() {
                // Referred to, as Debian asks, not copied: its notices are in the Copyright field.
                "Apache-2.0" => APACHE_POINTER,
                _ => licence["text"].as_str().unwrap(),
            };
            if !texts.contains(&text) {
                texts.push(text);
            }
        }
        let ids: BTreeSet<&str> = used.iter().map(|l| l["id"].as_str().unwrap()).collect();
        let notices = notice_files(package);
        let holders = holders(
            &[&texts[..], &notices.iter().map(String::as_str).collect::<Vec<_>>()].concat(),
            package,
        );
        let declared = entry["license"]
            .as_str()
            .unwrap_or_else(|| package["license"].as_str().unwrap());
        out.push_str(&format!("\nFiles: vendor/{name}-{version}/*\n"));
        out.push_str(&format!("Copyright: {}\n", holders.join("\n ")));
        out.push_str(&format!("License: {}\n", dep5_license(declared)));
        let body: Vec<&str> = notices.iter().map(String::as_str).chain(texts).collect();
        out.push_str(&field_body(&body.join("\n\n")));
        out.push_str(&format!(
            "Comment: The crate {name} {version}; the text above: {}.\n",
            ids.into_iter().collect::<Vec<_>>().join(", ")
        ));
    }
    out.push_str("\nLicense: Apache-2.0\n");
    out.push_str(&field_body(APACHE_FULL_TEXT));
    let eupl = std::fs::read_to_string(root().join("LICENSE")).expect("LICENSE");
    out.push_str("\nLicense: EUPL-1.2\n");
    out.push_str(&field_body(&eupl));
    out
}

#[test]
fn the_copyright_file_names_every_crate_with_its_licence() {
    let Some(about) = cargo_about() else {
        eprintln!("SKIPPED: cargo-about is not installed (.ci/run installs it): {FILE} was not checked");
        return;
    };
    let made = generate(&about);
    let path = root().join(FILE);
    if std::env::var_os("UPDATE_COPYRIGHT").is_some() {
        std::fs::write(&path, &made).unwrap();
        return;
    }
    let kept = std::fs::read_to_string(&path).unwrap_or_default();
    if kept != made {
        let old: BTreeSet<&str> = kept.lines().filter(|l| l.starts_with("Files: ")).collect();
        let new: BTreeSet<&str> = made.lines().filter(|l| l.starts_with("Files: ")).collect();
        panic!(
            "{FILE} is not what the crates of Cargo.lock ship (run UPDATE_COPYRIGHT=1 cargo test --test copyright, \
             with cargo-about 0.9.3 as .ci/run installs it)\n\
             only in the file: {:?}\nnot yet in it: {:?}",
            old.difference(&new).collect::<Vec<_>>(),
            new.difference(&old).collect::<Vec<_>>()
        );
    }
    every_linked_crate_has_a_paragraph(&kept);
}

/// Every crate that `cargo tree` says goes into the binary on Linux has its
/// paragraph, whatever cargo about thought: the generator's own check.
fn every_linked_crate_has_a_paragraph(file: &str) {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args(["tree", "--frozen", "-e", "normal", "--prefix", "none", "-f", "{p}"])
        .args(["--target", "x86_64-unknown-linux-gnu"])
        .current_dir(root())
        .stdin(Stdio::null())
        .output()
        .expect("cargo tree");
    assert!(
        out.status.success(),
        "cargo tree: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut missing = Vec::new();
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        // "name v1.2.3", with "(*)" or "(proc-macro)" after some.
        let mut words = line.split_whitespace();
        let (Some(name), Some(version)) = (words.next(), words.next()) else {
            continue;
        };
        if name == "fcguide" {
            continue;
        }
        let files = format!("Files: vendor/{name}-{}/*", version.trim_start_matches('v'));
        if !file.contains(&files) && !missing.contains(&files) {
            missing.push(files);
        }
    }
    assert!(missing.is_empty(), "{FILE} lacks {missing:?}");
}
