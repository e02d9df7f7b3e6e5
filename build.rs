//! Compiles every `locales/<tag>/*.ftl` into the binary, packed (LZ4), so that
//! adding a language is dropping in one folder (the completeness tests then
//! check it); the transliteration table for terminals that are not UTF-8,
//! cut to the characters this program writes; and names the commit the
//! binary is built from, for `--version`.

use std::{collections::BTreeSet, env, fs, path::Path};

/// Messages that are one plain line at the top of every locale: what the
/// language picker needs of every language, kept as text so that it reads
/// them without inflating and parsing 22 locales.
const META: [&str; 4] = [
    "language-name",
    "language-name-en",
    "language-direction",
    "language-review",
];

fn main() {
    commit();
    let out_dir = env::var("OUT_DIR").unwrap();
    let texts = locales(Path::new(&out_dir));
    transliteration(Path::new(&out_dir), &texts);
}

/// The reference locale: every other one carries all of its messages, and is
/// packed against its files.
const REFERENCE: &str = "fr";

/// `locales.rs`: each locale's tag, its META lines, and each file packed
/// (LZ4) with the ids of its messages. A translation is packed against the
/// reference's file of the same name (LZ4's dictionary): they share ids,
/// placeables and the site's French, which makes the packed locales a sixth
/// smaller. Returns every source's text.
fn locales(out_dir: &Path) -> Vec<String> {
    println!("cargo:rerun-if-changed=locales");
    let mut tags: Vec<String> = fs::read_dir("locales")
        .expect("locales/ folder")
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().to_string())
        .collect();
    tags.sort();
    let reference = ftl_files(REFERENCE);
    let mut texts = vec![];
    let mut out = format!(
        "/// The reference locale.\npub const REFERENCE: &str = {REFERENCE:?};\n\
         /// How many files the reference has.\npub const REFERENCE_FILES: usize = {};\n\
         /// One plain line at the top of every locale.\npub const META: &[&str] = &{META:?};\n\
         /// Compiled-in locales.\npub static LOCALES: &[Compiled] = &[\n",
        reference.len()
    );
    for tag in tags {
        println!("cargo:rerun-if-changed=locales/{tag}");
        let files = ftl_files(&tag);
        let meta: Vec<(&str, &str)> = META
            .iter()
            .filter_map(|id| files.iter().find_map(|(_, s)| meta_line(s, id)).map(|v| (*id, v)))
            .collect();
        out.push_str(&format!("    Compiled {{ tag: {tag:?}, meta: &{meta:?}, sources: &["));
        let folder = out_dir.join("locales").join(&tag);
        fs::create_dir_all(&folder).unwrap();
        for (name, source) in &files {
            let against = reference
                .iter()
                .position(|(n, _)| n == name)
                .filter(|_| tag != REFERENCE);
            let dictionary = against.map_or("", |at| reference[at].1.as_str());
            let packed = folder.join(name).with_extension("ftl.lz4");
            fs::write(
                &packed,
                lz4_flex::block::compress_with_dict(source.as_bytes(), dictionary.as_bytes()),
            )
            .unwrap();
            out.push_str(&format!(
                "Source {{ packed: include_bytes!({:?}), len: {}, ids: &{:?}, against: {against:?} }}, ",
                packed.display().to_string(),
                source.len(),
                message_ids(source)
            ));
        }
        out.push_str("] },\n");
        texts.extend(files.into_iter().map(|(_, s)| s));
    }
    out.push_str("];\n");
    fs::write(out_dir.join("locales.rs"), out).unwrap();
    texts
}

/// The `.ftl` files of `locales/<tag>`, by name, sorted, with their text.
fn ftl_files(tag: &str) -> Vec<(String, String)> {
    let mut files: Vec<_> = fs::read_dir(Path::new("locales").join(tag))
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().to_string(),
                fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

/// The value of the one-line message `id`, as written.
fn meta_line<'a>(source: &'a str, id: &str) -> Option<&'a str> {
    source.lines().find_map(|line| {
        let (key, value) = line.split_once('=')?;
        (key.trim() == id).then(|| value.trim())
    })
}

/// The ids of the messages a Fluent source defines (a line that starts with
/// an identifier and `=`), sorted: at run time only the file holding the
/// message asked for is unpacked and parsed. A test checks them against Fluent's parser.
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

/// `translit.rs`: deunicode's ASCII for every character this program can
/// write: those of its messages; the Latin, Greek and Cyrillic letters a name
/// from a provider is written in; Arabic with its digits (typed on a Dari or
/// Pashto keyboard) and the shaped forms the full screen draws; the drawing
/// and punctuation a terminal shows. deunicode's own tables cover all of
/// Unicode (0.5 MB in the binary); this table holds what a run can meet.
fn transliteration(out_dir: &Path, texts: &[String]) {
    let mut chars: BTreeSet<char> = texts.iter().flat_map(|t| t.chars()).collect();
    let blocks = [
        0xA0..=0x24F,    // Latin-1 Supplement, Latin Extended-A and B
        0x300..=0x36F,   // combining accents
        0x370..=0x52F,   // Greek, Cyrillic
        0x600..=0x6FF,   // Arabic, its two sets of digits
        0x1E00..=0x1EFF, // Latin Extended Additional
        0x2000..=0x206F, // general punctuation
        0x20A0..=0x20CF, // currency signs
        0x2190..=0x21FF, // arrows
        0x2500..=0x25FF, // box drawing, blocks, geometric shapes
        0xFB50..=0xFBFF, // Arabic presentation forms A (Persian letters, shaped)
        0xFE70..=0xFEFF, // Arabic presentation forms B (shaped letters, lam-alef)
    ];
    chars.extend(blocks.into_iter().flatten().filter_map(char::from_u32));
    let (mut keys, mut ends, mut text) = (vec![], vec![], String::new());
    for c in chars.into_iter().filter(|c| !c.is_ascii()) {
        if let Some(ascii) = deunicode::deunicode_char(c) {
            text.push_str(ascii);
            keys.push(c);
            ends.push(u16::try_from(text.len()).expect("table under 64 KiB"));
        }
    }
    let out = format!(
        "/// Characters with an ASCII spelling, sorted.\nstatic TRANSLIT_CHARS: [char; {n}] = {keys:?};\n\
         /// Where each one's spelling ends in `TRANSLIT_TEXT`.\nstatic TRANSLIT_ENDS: [u16; {n}] = {ends:?};\n\
         static TRANSLIT_TEXT: &str = {text:?};\n",
        n = keys.len()
    );
    fs::write(out_dir.join("translit.rs"), out).unwrap();
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
