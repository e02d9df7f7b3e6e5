//! The full screen as a person uses it, in a real terminal: tmux types the
//! keys and reads the screen. Skipped, saying so, where tmux is not installed.

mod support;

use std::process::Command;
use support::{FormBrowser, Recorder, Terminal};

/// A terminal with fcguide running in it, and the browser it opens.
struct Tmux {
    term: Terminal,
    browser: Recorder,
}

impl std::ops::Deref for Tmux {
    type Target = Terminal;
    fn deref(&self) -> &Terminal {
        &self.term
    }
}

impl Tmux {
    fn available() -> bool {
        Terminal::available()
    }

    fn start(tag: &str, env: &str, args: &str) -> Tmux {
        let browser = Recorder::new(&format!("tmux-{tag}"));
        let dir = browser.dir.display();
        let command = format!(
            "env -u FCGUIDE_PLAIN -u NO_COLOR BROWSER={} HOME={dir} {env} sh -c 'echo $$ > {dir}/pid; exec {} {args}'; echo EXIT=$?; sleep 30",
            browser.script.display(),
            env!("CARGO_BIN_EXE_fcguide")
        );
        Tmux {
            term: Terminal::start(tag, &command),
            browser,
        }
    }

    fn browser_url(&self) -> String {
        self.browser.nth(0)
    }
}

#[test]
fn pressing_enter_on_every_step_completes_the_practice_journey() {
    if !Tmux::available() {
        return;
    }
    let t = Tmux::start("enter", "LANG=uk_UA.UTF-8", "");
    t.wait_for("Крок 1 з 6");
    assert!(
        t.screen()
            .lines()
            .any(|l| l.starts_with("> ") && l.contains("Українська")),
        "system language preselected:\n{}",
        t.screen()
    );
    t.keys(&["Enter"]);
    t.wait_for("Крок 2 з 6");
    t.keys(&["Enter"]);
    t.wait_for("Крок 3 з 6");
    t.keys(&["Enter"]);
    t.wait_for("Крок 4 з 6");
    let url = t.browser_url();
    let screen = t.wait_for("/start");
    assert!(
        screen.contains("«\u{a0}Se connecter\u{a0}»") && screen.contains("= Підключитися"),
        "{screen}"
    );
    FormBrowser::default().practice_journey(&url, None, 0);
    let screen = t.wait_for("Крок 5 з 6");
    assert!(screen.contains("Імена: Jean"), "{screen}");
    t.keys(&["Enter"]);
    let screen = t.wait_for("Крок 6 з 6");
    assert!(screen.contains("[FranceConnect ✓]"), "{screen}");
    t.keys(&["Enter"]);
    let screen = t.wait_for("EXIT=");
    assert!(screen.contains("EXIT=0"), "{screen}");
    // Back on the normal screen: the assistant's screen is gone.
    assert!(!screen.contains("Крок 6 з 6"), "terminal not restored:\n{screen}");
}

#[test]
fn switching_language_keeps_the_step_and_help_is_on_every_step() {
    if !Tmux::available() {
        return;
    }
    let t = Tmux::start("lang", "", "--lang en --no-browser");
    t.wait_for("Step 2 of 6");
    t.keys(&["Enter"]);
    t.wait_for("Step 3 of 6");
    t.keys(&["Down", "Down"]);
    t.keys(&["l"]);
    t.wait_for("Choose your language");
    t.keys(&["1"]);
    let screen = t.wait_for("Étape 3 sur 6");
    assert!(screen.contains("Choisir un compte"), "{screen}");
    assert!(
        screen.contains("> 3. L'Identité Numérique La Poste"),
        "the cursor stayed where it was:\n{screen}"
    );
    t.keys(&["?"]);
    let screen = t.wait_for("Aide\u{a0}:");
    assert!(screen.contains("ameli.fr"), "{screen}");
    t.keys(&["b"]);
    // Bilingual: the English under the French.
    t.wait_for("Choose an account");
    t.keys(&["C-c"]);
    let screen = t.wait_for("EXIT=");
    assert!(screen.contains("EXIT=3"), "{screen}");
}

#[test]
fn sigterm_restores_the_terminal_and_ends_as_cancelled() {
    if !Tmux::available() {
        return;
    }
    let t = Tmux::start("term", "", "--lang fr");
    t.wait_for("Étape 2 sur 6");
    let pid = std::fs::read_to_string(t.browser.dir.join("pid"))
        .unwrap()
        .trim()
        .to_string();
    assert!(!pid.is_empty());
    Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    let screen = t.wait_for("EXIT=");
    assert!(screen.contains("EXIT=3"), "{screen}");
    assert!(!screen.contains("Étape 2 sur 6"), "terminal not restored:\n{screen}");
}

#[test]
fn resizing_redraws_and_asks_for_room_below_the_minimum() {
    if !Tmux::available() {
        return;
    }
    let t = Tmux::start("resize", "", "--lang en --no-browser");
    t.wait_for("Step 2 of 6");
    let resize = |x: &str, y: &str| {
        Command::new("tmux")
            .args(["-L", &t.socket, "resize-window", "-t", "t", "-x", x, "-y", y])
            .status()
            .unwrap();
    };
    resize("40", "12");
    t.wait_for("?: help · Q: quit");
    resize("30", "8");
    t.wait_for("too small");
    resize("80", "24");
    let screen = t.wait_for("Esc: back");
    assert!(screen.contains("1. Continue"), "{screen}");
    t.keys(&["q"]);
    assert!(t.wait_for("EXIT=").contains("EXIT=3"));
}
