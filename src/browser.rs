//! Opening the person's browser, or knowing when not to.

use crate::flow::BrowserOpen;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[derive(Clone, Debug)]
pub struct Browser {
    /// `--no-browser`: only show the address.
    pub disabled: bool,
}

/// How long a `BROWSER` command has to fail before it counts as started: a
/// launcher (xdg-open, sensible-browser) ends at once with its verdict; a
/// browser run directly keeps running.
const LAUNCH_VERDICT: Duration = Duration::from_secs(2);

impl Browser {
    /// Whether a browser was started, or why not. The address is shown either
    /// way. The page that forwards the browser to `url` is returned with it:
    /// kept until the attempt ends, then removed.
    pub fn open(&self, url: &str) -> (BrowserOpen, Option<Forward>) {
        if self.disabled {
            return (BrowserOpen::NotAsked, None);
        }
        let listed = std::env::var("BROWSER").ok().filter(|b| !b.trim().is_empty());
        if listed.is_none() && !has_display() {
            return (BrowserOpen::NoDisplay, None);
        }
        // The browser's command line is readable by every user of this
        // computer: it gets a page only this user can read, never the address.
        let forward = Forward::write(url).ok();
        let target = forward.as_ref().map_or(url, |f| f.url.as_str());
        let opened = match listed {
            // BROWSER may list several commands separated by ':', tried in turn.
            Some(list) => list.split(':').any(|command| run_command(command, target)),
            None => {
                // Output suppressed: a browser must never draw on the terminal we draw on.
                let options = webbrowser::BrowserOptions::new().with_suppress_output(true).clone();
                webbrowser::open_browser_with_options(webbrowser::Browser::Default, target, &options).is_ok()
            }
        };
        if opened {
            (BrowserOpen::Opened, forward)
        } else {
            (BrowserOpen::Failed, None)
        }
    }
}

/// Over SSH or in a text console there is no graphical browser to open;
/// the address is shown for the person to open on another device.
fn has_display() -> bool {
    if cfg!(target_os = "linux") {
        let var = |k: &str| std::env::var_os(k).is_some_and(|v| !v.is_empty());
        let wsl = var("WSL_DISTRO_NAME") || var("WSL_INTEROP");
        wsl || var("DISPLAY") || var("WAYLAND_DISPLAY")
    } else {
        std::env::var_os("SSH_CONNECTION").is_none()
    }
}

/// Runs a `BROWSER` command: `%s` is replaced by the address, else the address is appended.
/// Its input and output are closed so that a text browser cannot take over the terminal.
/// Started means: still running after `LAUNCH_VERDICT`, or ended with success.
fn run_command(command: &str, url: &str) -> bool {
    let mut words: Vec<String> = command.split_whitespace().map(str::to_string).collect();
    if words.is_empty() {
        return false;
    }
    if words.iter().any(|w| w.contains("%s")) {
        for w in &mut words {
            *w = w.replace("%s", url);
        }
    } else {
        words.push(url.to_string());
    }
    let spawned = Command::new(&words[0])
        .args(&words[1..])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
    let Ok(mut child) = spawned else {
        return false;
    };
    let give_up = Instant::now() + LAUNCH_VERDICT;
    while Instant::now() < give_up {
        match child.try_wait() {
            Ok(Some(status)) => return status.success(),
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(_) => break,
        }
    }
    // Reaped in the background so it never becomes a zombie.
    std::thread::spawn(move || child.wait());
    true
}

/// A page that forwards the browser to the start address, readable by this
/// user only (mode 0600, in a fresh folder of mode 0700): other users can
/// read the browser's command line in /proc, not the address. Removed when
/// dropped.
pub struct Forward {
    dir: PathBuf,
    /// `file://…` of the page.
    pub url: String,
}

impl Forward {
    #[cfg(unix)]
    pub fn write(target: &str) -> std::io::Result<Forward> {
        use std::io::Write;
        use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
        // A fresh, unguessable folder: created here (never one that exists),
        // so no other user can have placed or linked anything in it.
        let dir = private_base().join(format!("fcguide-{}", crate::secure::random_token(12)));
        std::fs::DirBuilder::new().mode(0o700).create(&dir)?;
        // Removed on the way out if anything below fails.
        let mut forward = Forward {
            url: String::new(),
            dir,
        };
        let path = forward.dir.join("start.html");
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&path)?;
        file.write_all(forward_page(target).as_bytes())?;
        let url = url::Url::from_file_path(&path).map_err(|_| std::io::ErrorKind::InvalidInput)?;
        forward.url = url.to_string();
        Ok(forward)
    }

    #[cfg(not(unix))]
    pub fn write(_target: &str) -> std::io::Result<Forward> {
        Err(std::io::ErrorKind::Unsupported.into())
    }
}

impl Drop for Forward {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(self.dir.join("start.html"));
        let _ = std::fs::remove_dir(&self.dir);
    }
}

/// The session's runtime folder when it is this user's own (mode 0700, as
/// XDG_RUNTIME_DIR must be), else the temporary folder.
#[cfg(unix)]
fn private_base() -> PathBuf {
    use std::os::unix::fs::MetadataExt;
    let runtime = std::env::var_os("XDG_RUNTIME_DIR")
        .map(PathBuf::from)
        .filter(|d| d.is_absolute());
    // SAFETY: getuid has no failure and touches no memory.
    let me = unsafe { libc::getuid() };
    match runtime {
        Some(d) if std::fs::metadata(&d).is_ok_and(|m| m.is_dir() && m.uid() == me && m.mode() & 0o077 == 0) => d,
        _ => std::env::temp_dir(),
    }
}

/// Forwards at once (a refresh, for browsers without scripts too) and shows
/// the address as a link for a browser that does not follow refreshes.
#[cfg(unix)]
fn forward_page(target: &str) -> String {
    let to = crate::html::esc(target);
    format!(
        "<!doctype html>\n<html><head><meta charset=\"utf-8\"><meta name=\"referrer\" content=\"no-referrer\">\
<meta http-equiv=\"refresh\" content=\"0;url={to}\"><title>FranceConnect</title></head>\
<body><p><a href=\"{to}\">{to}</a></p></body></html>\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    fn wait_for(path: &std::path::Path) -> String {
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(s) = std::fs::read_to_string(path)
                && !s.is_empty()
            {
                return s;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("the command never ran");
    }

    #[cfg(unix)]
    #[test]
    fn browser_commands_take_the_address_in_place_of_percent_s_or_at_the_end() {
        let dir = std::env::temp_dir().join(format!("fcguide-browser-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let script = dir.join("b.sh");
        std::fs::write(&script, "#!/bin/sh\nprintf '%s ' \"$@\" > \"$FCGUIDE_TEST_OUT\"\n").unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
        // SAFETY: only this test reads this variable.
        unsafe { std::env::set_var("FCGUIDE_TEST_OUT", dir.join("a")) };
        assert!(run_command(
            &format!("{} --new-window %s --x", script.display()),
            "http://127.0.0.1:1/start"
        ));
        assert_eq!(
            wait_for(&dir.join("a")).trim(),
            "--new-window http://127.0.0.1:1/start --x"
        );
        unsafe { std::env::set_var("FCGUIDE_TEST_OUT", dir.join("b")) };
        assert!(run_command(&script.display().to_string(), "http://127.0.0.1:1/start"));
        assert_eq!(wait_for(&dir.join("b")).trim(), "http://127.0.0.1:1/start");
        assert!(!run_command("/no/such/browser", "x"));
        assert!(
            !run_command("/bin/false", "x"),
            "a launcher that fails did not open anything"
        );
        assert!(run_command("/bin/true", "x"));
        assert_eq!(Browser { disabled: true }.open("x").0, BrowserOpen::NotAsked);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
