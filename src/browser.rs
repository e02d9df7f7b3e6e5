//! Opening the person's browser, or knowing when not to.

use crate::flow::BrowserOpen;
use std::process::{Command, Stdio};

#[derive(Clone, Debug)]
pub struct Browser {
    /// `--no-browser`: only show the address.
    pub disabled: bool,
}

impl Browser {
    /// Whether a browser was started, or why not. The address is shown either way.
    pub fn open(&self, url: &str) -> BrowserOpen {
        if self.disabled {
            return BrowserOpen::NotAsked;
        }
        let opened = if let Some(cmd) = std::env::var("BROWSER").ok().filter(|b| !b.trim().is_empty()) {
            // BROWSER may list several commands separated by ':'; the first is used.
            let first = cmd.split(':').next().unwrap_or_default();
            run_command(first, url)
        } else if !has_display() {
            return BrowserOpen::NoDisplay;
        } else {
            // Output suppressed: a browser must never draw on the terminal we draw on.
            let options = webbrowser::BrowserOptions::new().with_suppress_output(true).clone();
            webbrowser::open_browser_with_options(webbrowser::Browser::Default, url, &options).is_ok()
        };
        if opened {
            BrowserOpen::Opened
        } else {
            BrowserOpen::Failed
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
    match spawned {
        Ok(mut child) => {
            // Reaped in the background so it never becomes a zombie.
            std::thread::spawn(move || child.wait());
            true
        }
        Err(_) => false,
    }
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
        assert_eq!(Browser { disabled: true }.open("x"), BrowserOpen::NotAsked);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
