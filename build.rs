//! Compiles every `locales/<tag>/*.ftl` into the binary, so that adding a
//! language is dropping in one folder (the completeness tests then check it).

use std::{env, fs, path::Path};

fn main() {
    println!("cargo:rerun-if-changed=locales");
    let mut locales: Vec<_> = fs::read_dir("locales")
        .expect("locales/ folder")
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .collect();
    locales.sort_by_key(|e| e.file_name());
    let mut out = String::from(
        "/// Compiled-in locales: (BCP 47 tag, Fluent sources).\npub static LOCALES: &[(&str, &[&str])] = &[\n",
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
            out.push_str(&format!("include_str!({:?}), ", abs.display().to_string()));
        }
        out.push_str("]),\n");
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("locales.rs");
    fs::write(dest, out).unwrap();
}
