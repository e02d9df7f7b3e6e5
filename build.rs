//! Compiles every `locales/<tag>/*.ftl` into the binary, so that adding a
//! language is dropping in one folder (the completeness tests then check it);
//! and names the commit the binary is built from, for `--version`.

use std::{env, fs, path::Path};

fn main() {
    commit();
    println!("cargo:rerun-if-changed=locales");
    let mut locales: Vec<_> = fs::read_dir("locales")
        .expect("locales/ folder")
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .collect();
    locales.sort_by_key(|e| e.file_name());
    let mut out = String::from(
        "/// A Fluent source and the ids of its messages, sorted.\n\
         pub type Source = (&'static str, &'static [&'static str]);\n\
         /// Compiled-in locales: (BCP 47 tag, its sources).\n\
         pub static LOCALES: &[(&str, &[Source])] = &[\n",
    );
    for entry in locales {
        let tag = entry.file_name().to_string_lossy().to_string();
        println!("cargo:rerun-if-changed=locales/{tag}");
        let mut files: Vec<_> = fs::read_dir(entry.path())
            .unwrap()
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        out.push_str(&format!("    ({tag:?}, &["));
        for f in files {
            let abs = fs::canonicalize(&f).unwrap();
            let ids = message_ids(&fs::read_to_string(&f).unwrap());
            out.push_str(&format!("(include_str!({:?}), &{ids:?}), ", abs.display().to_string()));
        }
        out.push_str("]),\n");
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("locales.rs");
    fs::write(dest, out).unwrap();
}

/// The ids of the messages a Fluent source defines (a line that starts with
/// an identifier and `=`), sorted: at run time only the file holding the
/// message asked for is parsed. A test checks them against Fluent's parser.
fn message_ids(source: &str) -> Vec<String> {
    let mut ids: Vec<String> = source
        .lines()
        .filter_map(|line| {
            let (id, _) = line.split_once('=')?;
            let id = id.trim_end();
            let ok = id.starts_with(|c: char| c.is_ascii_alphabetic())
                && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            ok.then(|| id.to_string())
        })
        .collect();
    ids.sort();
    ids
}

/// `FCGUIDE_COMMIT`: the short hash of HEAD when built from a git checkout
/// with git installed, else "unknown" (a source tarball, a packager's build).
fn commit() {
    let hash = std::process::Command::new("git")
        .args(["rev-parse", "--short", "HEAD"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty() && s.chars().all(|c| c.is_ascii_hexdigit()))
        .unwrap_or_else(|| "unknown".into());
    println!("cargo:rustc-env=FCGUIDE_COMMIT={hash}");
    // A new commit moves HEAD, or the branch it points to (in the common
    // folder of a worktree: `--git-path` finds each where it is).
    let git_path = |p: &str| {
        std::process::Command::new("git")
            .args(["rev-parse", "--git-path", p])
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
    };
    if let Some(head) = git_path("HEAD") {
        println!("cargo:rerun-if-changed={head}");
        if let Ok(text) = fs::read_to_string(&head)
            && let Some(reference) = text.strip_prefix("ref: ")
            && let Some(branch) = git_path(reference.trim())
        {
            println!("cargo:rerun-if-changed={branch}");
        }
    }
}
