//! Opening the person's browser, or knowing when not to.

use std::process::{Command, Stdio};

#[derive(Clone, Debug)]
pub struct Browser {
    /// `--no-browser`: only show the address.
    pub disabled: bool,
}

impl Browser {
    /// True when a browser was started. The address is shown either way.
    pub fn open(&self, url: &str) -> bool {
        if self.disabled {
            return false;
        }
        if let Some(cmd) = std::env::var("BROWSER").ok().filter(|b| !b.trim().is_empty()) {
            // BROWSER may list several commands separated by ':'; the first is used.
            let first = cmd.split(':').next().unwrap_or_default();
            return run_command(first, url);
        }
        if !has_display() {
            return false;
        }
        // Output suppressed: a browser must never draw on the terminal we draw on.
        let options = webbrowser::BrowserOptions::new().with_suppress_output(true).clone();
        webbrowser::open_browser_with_options(webbrowser::Browser::Default, url, &options).is_ok()
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
