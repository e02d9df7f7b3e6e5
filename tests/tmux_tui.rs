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
        t.selected().contains("Українська"),
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
    let screen = t.wait_for("« Se connecter »");
    assert!(screen.contains("« Se connecter »"), "{screen}");
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
    t.keys(&["1", "Enter"]);
    let screen = t.wait_for("Étape 3 sur 6");
    assert!(screen.contains("Choisir un compte"), "{screen}");
    assert!(
        t.selected().starts_with("3. L'Identité Numérique La Poste"),
        "the cursor stayed where it was:\n{screen}"
    );
    t.keys(&["?"]);
    let screen = t.wait_for("Aide :");
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

/// Right to left, done once and joined: the program orders Arabic rows
/// itself, so it tells the terminal not to reorder them again (CSI 8 l, and
/// CSI 8 h on the way out), and draws letters in their joined forms.
#[test]
fn the_arabic_full_screen_is_ordered_once_and_joined() {
    if !Tmux::available() {
        return;
    }
    let t = Tmux::start("arabic", "", "--lang ar");
    let screen = t.wait_for("FranceConnect");
    let raw = t.browser.dir.join("raw");
    Command::new("tmux")
        .args(["-L", &t.socket, "pipe-pane", "-o", "-t", "t"])
        .arg(format!("cat >> {}", raw.display()))
        .status()
        .unwrap();
    // Redraw everything (Ctrl-L) so that the pipe sees the whole screen and the mode.
    t.keys(&["C-l"]);
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert!(
        screen.chars().any(|c| ('\u{FE70}'..='\u{FEFF}').contains(&c)),
        "Arabic letters in joined presentation forms:\n{screen}"
    );
    t.keys(&["q"]);
    t.wait_for("EXIT=");
    let bytes = std::fs::read(&raw).unwrap_or_default();
    let text = String::from_utf8_lossy(&bytes);
    let off = text.find("\u{1b}[8l");
    let on = text.rfind("\u{1b}[8h");
    assert!(off.is_some() && on > off, "CSI 8 l then CSI 8 h in the output");
}

/// After the picker drew Bengali and Ge'ez rows (whose marks terminals and
/// unicode-width measure differently), the French step shows no stale cell.
#[test]
fn no_stale_cell_survives_the_language_picker() {
    if !Tmux::available() {
        return;
    }
    let t = Tmux::start("stale", "LANG=bn_BD.UTF-8", "");
    t.wait_for("— English");
    // Down through the picker so the complex-script rows are drawn, then French.
    for _ in 0..6 {
        t.keys(&["Down"]);
    }
    t.keys(&["Home", "Enter"]);
    t.wait_for("Étape 2 sur 6");
    t.keys(&["Enter"]);
    t.wait_for("Étape 3 sur 6");
    t.keys(&["Enter"]);
    t.wait_for("Étape 4 sur 6");
    // The waiting screen (not the passing "preparing" one) quotes the site's words.
    let screen = t.wait_for("« Se connecter »");
    for line in screen.lines() {
        assert!(
            !line
                .chars()
                .any(|c| ('\u{0980}'..='\u{09FF}').contains(&c) || ('\u{1200}'..='\u{137F}').contains(&c)),
            "a stale cell from the picker: {line:?}\n{screen}"
        );
    }
}

/// Issue 19 (6): with `--no-browser`, the address first, Enter alone waits
/// (more time), and nothing offers to open a browser "again".
#[test]
fn without_a_browser_the_address_comes_first_and_enter_waits() {
    if !Tmux::available() {
        return;
    }
    let t = Tmux::start("no-browser", "", "--lang en --no-browser");
    t.wait_for("Step 2 of 6");
    t.keys(&["Enter"]);
    t.wait_for("Step 3 of 6");
    t.keys(&["Enter"]);
    let screen = t.wait_for("Step 4 of 6");
    let screen = if screen.contains("/start-") {
        screen
    } else {
        t.wait_for("/start-")
    };
    let row = |words: &str| screen.lines().position(|l| l.contains(words)).expect(&screen);
    assert!(row("Open this address") + 1 == row("/start-"), "{screen}");
    assert!(row("/start-") < row("In the browser:"), "{screen}");
    assert!(t.selected().starts_with("2. More time"), "{screen}");
    assert!(
        screen.contains("1. Open the browser\n") || screen.contains("1. Open the browser "),
        "{screen}"
    );
    assert!(!screen.contains("again"), "{screen}");
    t.keys(&["Enter"]);
    let screen = t.wait_for("All right:");
    assert!(screen.contains("Step 4 of 6"), "Enter waited:\n{screen}");
    assert!(!t.browser.dir.join("raw").exists(), "no browser was started");
    t.keys(&["C-c"]);
    t.wait_for("EXIT=");
}
