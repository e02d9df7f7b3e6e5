//! The requests to stop that come from outside (a signal, a closed terminal
//! window), turned into one call so every face ends cleanly with the terminal
//! restored.
//!
//! On unix, signal-hook (already built for crossterm) takes the full list: the
//! signals whose default would kill the program without restoring the terminal
//! or, for SIGQUIT and SIGABRT, ask for a core dump. Elsewhere `ctrlc` with its
//! termination feature covers Ctrl-C, Ctrl-Break and a closed console.

/// Calls `stop` on every request to stop, from a thread of its own. When the
/// requests cannot be caught, the system's defaults apply, as without this.
pub fn on_termination(stop: impl Fn() + Send + 'static) {
    platform::on_termination(stop);
}

#[cfg(unix)]
mod platform {
    use signal_hook::consts::{SIGABRT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2};

    pub fn on_termination(stop: impl Fn() + Send + 'static) {
        let Ok(mut signals) =
            signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGABRT])
        else {
            return;
        };
        std::thread::spawn(move || {
            for _ in signals.forever() {
                stop();
            }
        });
    }
}

#[cfg(not(unix))]
mod platform {
    pub fn on_termination(stop: impl Fn() + Send + 'static) {
        let _ = ctrlc::set_handler(stop);
    }
}
