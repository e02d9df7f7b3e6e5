//! A program heard through Fenrir, the console screen reader (Debian
//! `fenrir`), as a blind person hears it: Fenrir runs in PTY emulation
//! (`fenrir -e`) inside tmux, with a private settings file whose speech
//! command only writes each utterance to a log. A test types keys with tmux
//! and reads what Fenrir said, in order.
//!
//! Nothing else of the machine's Fenrir setup is used: sound, braille and the
//! remote socket are off, and the log, settings and scripts live in a folder
//! of their own, removed at the end with every process started here.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Ends each utterance in the log (an utterance may hold line breaks).
const END: char = '\u{1e}';
/// The longest any wait lasts.
const PATIENCE: Duration = Duration::from_secs(20);
/// The line shown before the program starts, for Fenrir to read.
const PROBE: &str = "screen reader ready";

pub struct Fenrir {
    dir: PathBuf,
    socket: String,
    log: PathBuf,
    pid_file: PathBuf,
    exit_file: PathBuf,
}

/// `s` quoted for a POSIX shell.
fn quoted(s: &std::ffi::OsStr) -> String {
    format!("'{}'", s.to_string_lossy().replace('\'', r"'\''"))
}

fn write_script(path: &Path, body: &str) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::write(path, format!("#!/bin/sh\n{body}")).unwrap();
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).unwrap();
}

/// Fenrir's settings: the stock ones, with speech through `speak` (which
/// logs) and the program under `shell`; nothing that needs a device.
fn settings(speak: &Path, shell: &Path, dir: &Path) -> String {
    format!(
        "[sound]\nenabled=False\ndriver=dummyDriver\ntheme=default\nvolume=1.0\n\
genericPlayFileCommand=\ngenericFrequencyCommand=\n\
[speech]\nenabled=True\ndriver=genericDriver\nrate=0.5\npitch=0.5\ncapitalPitch=0.9\nvolume=1.0\n\
voice=\nmodule=\nlanguage=\nautoReadIncoming=True\n\
genericSpeechCommand={speak} \"fenrirText\"\n\
fenrirMinVolume=0\nfenrirMaxVolume=200\nfenrirMinPitch=0\nfenrirMaxPitch=99\nfenrirMinRate=80\nfenrirMaxRate=450\n\
[braille]\nenabled=False\ndriver=dummyDriver\nlayout=en\nflushMode=word\nflushTimeout=3\n\
cursorFocusMode=page\nfixCursorOnCell=-1\ncursorFollowMode=review\npanSizeHorizontal=0\n\
[screen]\ndriver=ptyDriver\nencoding=auto\nscreenUpdateDelay=0.05\nsuspendingScreen=\nautodetectSuspendingScreen=False\n\
[keyboard]\ndriver=ptyDriver\ndevice=ALL\ngrabDevices=False\nignoreShortcuts=False\nkeyboardLayout=pty\n\
charEcho=False\ncharDeleteEcho=True\nwordEcho=False\ninterruptOnKeyPress=False\ninterruptOnKeyPressFilter=\n\
doubleTapTimeout=0.2\n\
[general]\ndebugLevel=0\ndebugMode=File\ndebugFile={dir}/debug.log\npunctuationProfile=default\n\
punctuationLevel=some\nrespectPunctuationPause=True\nnewLinePause=True\nnumberOfClipboards=10\n\
clipboardExportPath={dir}/clipboard\nemoticons=True\nfenrirKeys=KEY_KP0,KEY_META,KEY_INSERT\n\
scriptKey=KEY_COMPOSE\ntimeFormat=%H:%M:%P\ndateFormat=%A, %B %d, %Y\nautoSpellCheck=False\n\
spellCheckLanguage=en_US\nscriptPath=/usr/share/fenrirscreenreader/scripts\ncommandPath=\n\
attributeFormatString=\nautoPresentIndent=False\nhasAttributes=True\nshell={shell}\n\
[focus]\ncursor=True\nhighlight=False\n\
[remote]\nenable=False\ndriver=unixDriver\nport=22447\nsocketpath={dir}/\n\
enableSettingsRemote=False\nenableCommandRemote=False\n\
[barrier]\nenabled=True\nleftBarriers=│└┌─\nrightBarriers=│┘┐─\n\
[review]\nlineBreak=True\nendOfScreen=True\nleaveReviewOnCursorChange=True\nleaveReviewOnScreenChange=True\n\
[promote]\nenabled=False\ninactiveTimeoutSec=120\nlist=\n\
[time]\nenabled=False\npresentTime=True\npresentDate=True\ndelaySec=0\nonMinutes=00,30\nannounce=True\ninterrupt=False\n",
        speak = speak.display(),
        shell = shell.display(),
        dir = dir.display(),
    )
}

impl Fenrir {
    /// False, saying so, where Fenrir, its terminal emulator (python3-pyte)
    /// or tmux is missing (`.ci/run` installs them).
    pub fn available() -> bool {
        let runs = |program: &str, args: &[&str]| {
            Command::new(program)
                .args(args)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .is_ok_and(|s| s.success())
        };
        let missing = [
            ("tmux", runs("tmux", &["-V"])),
            ("fenrir", runs("fenrir", &["--help"])),
            ("python3-pyte", runs("/usr/bin/python3", &["-c", "import pyte"])),
        ];
        let missing: Vec<&str> = missing.iter().filter(|m| !m.1).map(|m| m.0).collect();
        if !missing.is_empty() {
            eprintln!("SKIPPED: {} not installed (.ci/run installs them)", missing.join(", "));
        }
        missing.is_empty()
    }

    /// Runs `command` (its program, arguments and environment changes; its
    /// standard streams become the terminal) under Fenrir in a `cols` x
    /// `rows` terminal, and waits until Fenrir has started it.
    pub fn start(tag: &str, command: &Command, cols: u16, rows: u16) -> Fenrir {
        let dir = std::env::temp_dir().join(format!("fcguide-fenrir-{}-{tag}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let log = dir.join("spoken");
        let pid_file = dir.join("pid");
        let exit_file = dir.join("exit");
        let speak = dir.join("speak.sh");
        write_script(
            &speak,
            &format!("printf '%s\\036\\n' \"$1\" >> {}\n", quoted(log.as_os_str())),
        );
        // The program, through a script: first a line for Fenrir to read
        // (that it reads the screen at all), then, once the test has heard it,
        // the program's environment, its pid, and the program.
        let go_file = dir.join("go");
        let mut body = format!(
            "printf '%s\\n' '{PROBE}'\nwhile [ ! -e {} ]; do sleep 0.05; done\n",
            quoted(go_file.as_os_str())
        );
        if let Some(cwd) = command.get_current_dir() {
            body += &format!("cd {} || exit 1\n", quoted(cwd.as_os_str()));
        }
        for (key, value) in command.get_envs() {
            match value {
                Some(v) => body += &format!("export {}={}\n", key.to_string_lossy(), quoted(v)),
                None => body += &format!("unset {}\n", key.to_string_lossy()),
            }
        }
        body += &format!(
            "/bin/sh -c 'echo $$ > \"$1\"; shift; exec \"$@\"' sh {} {}",
            quoted(pid_file.as_os_str()),
            quoted(command.get_program())
        );
        for arg in command.get_args() {
            body += &format!(" {}", quoted(arg));
        }
        // Its exit code kept; the terminal then stays open, as a shell's
        // would, so that Fenrir says the program's last words.
        body += &format!("\necho $? > {}\nexec sleep 600\n", quoted(exit_file.as_os_str()));
        let shell = dir.join("program.sh");
        write_script(&shell, &body);
        let conf = dir.join("settings.conf");
        std::fs::write(&conf, settings(&speak, &shell, &dir)).unwrap();
        let launcher = dir.join("fenrir.sh");
        write_script(
            &launcher,
            &format!(
                "exec fenrir -e -s {} 2> {}\n",
                quoted(conf.as_os_str()),
                quoted(dir.join("stderr").as_os_str())
            ),
        );
        let socket = format!("fcguide-fenrir-{}-{tag}", std::process::id());
        let fenrir = Fenrir {
            dir,
            socket,
            log,
            pid_file,
            exit_file,
        };
        // Ready: Fenrir reads what comes on the screen (the probe line). Only
        // then does the program start, so that none of its first screen is
        // there before Fenrir looks (it then reads only what comes after).
        // A Fenrir that reads nothing is started again, as a person restarts
        // a screen reader: without python3-enchant, Fenrir's notice of the
        // missing spell checker interrupts, and what it was about to read is lost.
        for attempt in 1..=3 {
            let _ = std::fs::remove_file(&fenrir.log);
            let status = Command::new("tmux")
                .args(["-L", &fenrir.socket, "new-session", "-d", "-s", "t", "-x"])
                .arg(cols.to_string())
                .arg("-y")
                .arg(rows.to_string())
                .arg(launcher.as_os_str())
                .status()
                .unwrap();
            assert!(status.success(), "tmux did not start");
            let deadline = Instant::now() + Duration::from_secs(10);
            while Instant::now() < deadline && !fenrir.all_utterances().iter().any(|u| u.contains(PROBE)) {
                std::thread::sleep(Duration::from_millis(50));
            }
            if fenrir.all_utterances().iter().any(|u| u.contains(PROBE)) {
                std::fs::write(&go_file, "").unwrap();
                let deadline = Instant::now() + PATIENCE;
                while !fenrir.pid_file.exists() {
                    assert!(Instant::now() < deadline, "the program did not start under Fenrir");
                    std::thread::sleep(Duration::from_millis(20));
                }
                return fenrir;
            }
            eprintln!(
                "Fenrir did not read the screen (attempt {attempt}); it said {:?}; {}",
                fenrir.all_utterances(),
                std::fs::read_to_string(fenrir.dir.join("stderr")).unwrap_or_default()
            );
            let _ = Command::new("tmux")
                .args(["-L", &fenrir.socket, "kill-server"])
                .stderr(Stdio::null())
                .status();
        }
        panic!("Fenrir did not start reading the screen, three times over");
    }

    /// Types keys (tmux send-keys names: "Enter", "Down", "C-d", or text).
    pub fn keys(&self, keys: &[&str]) {
        Command::new("tmux")
            .args(["-L", &self.socket, "send-keys", "-t", "t"])
            .args(keys)
            .status()
            .unwrap();
    }

    /// Types `text` as it is (no key names).
    pub fn type_text(&self, text: &str) {
        Command::new("tmux")
            .args(["-L", &self.socket, "send-keys", "-t", "t", "-l", text])
            .status()
            .unwrap();
    }

    /// Resizes the terminal (Fenrir passes the new size on to the program).
    pub fn resize(&self, cols: u16, rows: u16) {
        Command::new("tmux")
            .args(["-L", &self.socket, "resize-window", "-t", "t", "-x"])
            .arg(cols.to_string())
            .arg("-y")
            .arg(rows.to_string())
            .status()
            .unwrap();
    }

    /// What the terminal shows now.
    pub fn screen(&self) -> String {
        let out = Command::new("tmux")
            .args(["-L", &self.socket, "capture-pane", "-p", "-t", "t"])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).replace('\u{a0}', " ")
    }

    /// `start`, then waits for Fenrir to say `wanted` (words of the first
    /// screen). A Fenrir that stays deaf to the first screen (seen on cold CI
    /// machines: nothing said after its greeting) is stopped with the program
    /// and started again, as a person restarts their screen reader: up to
    /// three times, saying so.
    pub fn start_heard(tag: &str, command: &Command, cols: u16, rows: u16, wanted: &str) -> Fenrir {
        for attempt in 1..=3 {
            let fenrir = Fenrir::start(&format!("{tag}-{attempt}"), command, cols, rows);
            let deadline = Instant::now() + Duration::from_secs(12);
            while Instant::now() < deadline {
                if fenrir.utterances().iter().any(|u| u.contains(wanted)) {
                    return fenrir;
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            eprintln!(
                "Fenrir did not say {wanted:?} of the first screen (attempt {attempt}); it said {:?}\nscreen:\n{}",
                fenrir.utterances(),
                fenrir.screen()
            );
        }
        panic!("Fenrir never heard the first screen ({wanted:?}), three times over");
    }

    /// Everything Fenrir has said so far since its greeting, one entry per
    /// utterance, in order.
    pub fn utterances(&self) -> Vec<String> {
        // Fenrir's own words at its start (its greeting, a note that the
        // spell checker is missing) and the line read before the program starts.
        let own = |u: &String| matches!(u.trim(), "Start Fenrir" | "pychant is not installed") || u.contains(PROBE);
        self.all_utterances().into_iter().skip_while(own).collect()
    }

    /// Everything Fenrir has said, its greeting included.
    fn all_utterances(&self) -> Vec<String> {
        let log = std::fs::read_to_string(&self.log).unwrap_or_default();
        let mut out: Vec<String> = log.split(&format!("{END}\n")).map(str::to_string).collect();
        // The last piece is either empty or an utterance still being written.
        out.pop();
        out
    }

    /// A point in what was said, for `utterances_since`.
    pub fn mark(&self) -> usize {
        self.utterances().len()
    }

    /// What was said after `mark`.
    pub fn utterances_since(&self, mark: usize) -> Vec<String> {
        self.utterances().into_iter().skip(mark).collect()
    }

    /// Waits (at most 20 s) until an utterance after `mark` holds `text`, and
    /// returns what was said after `mark` up to the end of that utterance.
    pub fn wait_for_spoken(&self, mark: usize, text: &str) -> Vec<String> {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let said = self.utterances_since(mark);
            if let Some(at) = said.iter().position(|u| u.contains(text)) {
                return said[..=at].to_vec();
            }
            assert!(
                Instant::now() < deadline,
                "Fenrir never said {text:?}; it said {said:#?}\nscreen:\n{}",
                self.screen()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Waits until Fenrir has said nothing new for `quiet` (at most 20 s in
    /// all), and returns what was said after `mark`.
    pub fn settle(&self, mark: usize, quiet: Duration) -> Vec<String> {
        let deadline = Instant::now() + PATIENCE;
        let mut count = self.mark();
        let mut since = Instant::now();
        while since.elapsed() < quiet && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(50));
            let now = self.mark();
            if now != count {
                count = now;
                since = Instant::now();
            }
        }
        self.utterances_since(mark)
    }

    /// The program's exit code, once it has ended.
    pub fn exit_code(&self) -> Option<i32> {
        std::fs::read_to_string(&self.exit_file).ok()?.trim().parse().ok()
    }

    /// Waits (at most `limit`) for the program to end, and returns its exit
    /// code, or None if it is still running.
    pub fn wait_exit(&self, limit: Duration) -> Option<i32> {
        let deadline = Instant::now() + limit;
        loop {
            if let Some(code) = self.exit_code() {
                return Some(code);
            }
            if Instant::now() >= deadline {
                return None;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// The program's pid (it is Fenrir's child, run through `program.sh`).
    pub fn program_pid(&self) -> Option<u32> {
        std::fs::read_to_string(&self.pid_file).ok()?.trim().parse().ok()
    }
}

impl Drop for Fenrir {
    fn drop(&mut self) {
        // The program first (by the pid it wrote), then tmux with Fenrir in it.
        if let Some(pid) = self.program_pid() {
            let _ = Command::new("kill").arg(pid.to_string()).stderr(Stdio::null()).status();
        }
        let _ = Command::new("tmux")
            .args(["-L", &self.socket, "kill-server"])
            .stderr(Stdio::null())
            .status();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Seconds espeak-ng takes to say `text` in `voice` at 175 words per minute
/// (the length of the sound it writes), or None without espeak-ng.
pub fn spoken_seconds(text: &str, voice: &str) -> Option<f64> {
    let mut child = Command::new("espeak-ng")
        .args(["-v", voice, "-s", "175", "--stdout"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let mut input = child.stdin.take()?;
    let text = text.to_string();
    let writer = std::thread::spawn(move || input.write_all(text.as_bytes()));
    let mut wav = Vec::new();
    child.stdout.take()?.read_to_end(&mut wav).ok()?;
    let _ = writer.join();
    child.wait().ok()?;
    // 16-bit mono at 22 050 Hz after a 44-byte header.
    Some(wav.len().saturating_sub(44) as f64 / 44_100.0)
}

/// Seconds to hear `utterances` one after another in `voice` at 175 words a
/// minute, each spoken on its own as Fenrir's speech command would (a blank
/// one takes no time). None without espeak-ng.
pub fn heard_seconds(utterances: &[String], voice: &str) -> Option<f64> {
    utterances
        .iter()
        .filter(|u| u.chars().any(char::is_alphanumeric))
        // Fenrir joins a screen's rows with " , " (a pause). espeak-ng reads
        // its input in blocks and, on a long line, can cut a UTF-8 character
        // in two and spell the rest as Latin-1 letters ("D stroke…"): one
        // row a line keeps the sound what a listener hears.
        .map(|u| spoken_seconds(&u.replace(" , ", " ,\n"), voice))
        .sum()
}
