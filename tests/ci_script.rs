//! `.ci/run` says what it did not check: under `CI=true` a tool it installs
//! and cannot install fails the run, before any check passes without it.
//! Run on a PATH with no apt-get and none of the tools, so that nothing is
//! installed and nothing is built.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A folder of links to the few commands `.ci/run` uses before its checks
/// (apt-get, the tools, cargo: none of them).
fn bare_path(dir: &Path) -> PathBuf {
    let bin = dir.join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    for tool in ["dirname", "mktemp", "grep", "sort", "rm", "tail", "cat"] {
        let found = ["/usr/bin", "/bin"]
            .iter()
            .map(|d| Path::new(d).join(tool))
            .find(|p| p.exists());
        let target = found.unwrap_or_else(|| panic!("no {tool} on this machine"));
        let _ = std::os::unix::fs::symlink(target, bin.join(tool));
    }
    bin
}

fn run_ci(ci: Option<&str>) -> (i32, String) {
    let dir = std::env::temp_dir().join(format!("fcguide-ci-{}-{}", ci.unwrap_or("none"), std::process::id()));
    let bin = bare_path(&dir);
    let mut command = Command::new("/bin/bash");
    command
        .arg(root().join(".ci/run"))
        .env_clear()
        .env("PATH", &bin)
        .env("HOME", &dir)
        .stdin(Stdio::null());
    if let Some(ci) = ci {
        command.env("CI", ci);
    }
    let out = command.output().expect("bash");
    let _ = std::fs::remove_dir_all(&dir);
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.code().unwrap_or(-1), text)
}

#[test]
fn under_ci_a_tool_that_cannot_be_installed_fails_the_run() {
    let (code, out) = run_ci(Some("true"));
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("could not install") && out.contains("tmux"), "{out}");
    assert!(out.contains("under CI=true that fails the run"), "{out}");
    // It stopped there: no check ran without its tools.
    assert!(!out.contains("cargo"), "{out}");
    // And it said what was not checked.
    assert!(out.contains("ci: not checked in this run:"), "{out}");
}

#[test]
fn elsewhere_the_missing_tools_are_listed_and_the_run_goes_on() {
    // Without CI=true it goes on to the checks, which here stop at once
    // (no cargo on this PATH), and its summary names what was skipped.
    let (code, out) = run_ci(None);
    assert_ne!(code, 0, "{out}");
    assert!(!out.contains("fails the run"), "{out}");
    assert!(out.contains("the checks that need it are skipped"), "{out}");
    assert!(out.contains("ci: not checked in this run:"), "{out}");
    assert!(out.contains("could not install") && out.contains("lintian"), "{out}");
}
