//! A small form-submitting browser for tests: follows redirects by hand,
//! keeps cookies, reads forms out of the HTML and presses their buttons.
#![allow(dead_code)]

pub mod fenrir;

/// The context of a practice run, as the screens are usually seen.
pub fn practice_ctx() -> fcguide::view::Context {
    fcguide::view::Context {
        practice: true,
        service: "fcguide".into(),
        extend_minutes: 5,
        ssh: None,
        voices: Default::default(),
    }
}

use std::collections::HashMap;
use std::io::Read;

pub struct Page {
    pub status: u16,
    pub url: String,
    pub html: String,
}

#[derive(Debug, Clone)]
pub struct Form {
    pub action: String,
    /// Inputs with their prefilled values (hidden, text, password).
    pub fields: Vec<(String, String)>,
    /// Submit buttons: (name, value, visible text).
    pub buttons: Vec<(String, String, String)>,
}

pub struct FormBrowser {
    agent: ureq::Agent,
    cookies: HashMap<String, String>,
    /// Every address visited, in order.
    pub visited: Vec<String>,
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let key = format!("{name}=\"");
    let start = tag.find(&key)? + key.len();
    let end = tag[start..].find('"')? + start;
    Some(unescape(&tag[start..end]))
}

pub fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Text of an HTML fragment without its tags.
pub fn text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    unescape(&out.split_whitespace().collect::<Vec<_>>().join(" "))
}

pub fn forms(html: &str) -> Vec<Form> {
    let mut out = vec![];
    let mut rest = html;
    while let Some(start) = rest.find("<form") {
        let after = &rest[start..];
        let end = after.find("</form>").unwrap_or(after.len());
        let body = &after[..end];
        let open_end = body.find('>').unwrap_or(0);
        let action = attr(&body[..open_end], "action").unwrap_or_default();
        let mut fields = vec![];
        let mut buttons = vec![];
        let mut scan = body;
        while let Some(i) = scan.find("<input") {
            let tag_end = scan[i..].find('>').unwrap() + i;
            let tag = &scan[i..tag_end];
            // A box is sent only when ticked, as browsers do.
            let unticked = attr(tag, "type").as_deref() == Some("checkbox") && !tag.contains(" checked");
            if let Some(name) = attr(tag, "name").filter(|_| !unticked) {
                fields.push((name, attr(tag, "value").unwrap_or_default()));
            }
            scan = &scan[tag_end..];
        }
        let mut scan = body;
        while let Some(i) = scan.find("<button") {
            let tag_end = scan[i..].find('>').unwrap() + i;
            let close = scan[tag_end..].find("</button>").unwrap() + tag_end;
            let tag = &scan[i..tag_end];
            buttons.push((
                attr(tag, "name").unwrap_or_default(),
                attr(tag, "value").unwrap_or_default(),
                text(&scan[tag_end + 1..close]),
            ));
            scan = &scan[close..];
        }
        out.push(Form {
            action,
            fields,
            buttons,
        });
        rest = &after[end..];
    }
    out
}

impl Default for FormBrowser {
    fn default() -> Self {
        FormBrowser {
            agent: agent(),
            cookies: HashMap::new(),
            visited: vec![],
        }
    }
}

impl FormBrowser {
    fn finish(&mut self, url: &str, r: Result<Response, ureq::Error>) -> Page {
        let r = r.unwrap_or_else(|e| panic!("{url}: {e}"));
        for c in r.headers().get_all("Set-Cookie").iter().filter_map(|v| v.to_str().ok()) {
            let kv = c.split(';').next().unwrap();
            if let Some((k, v)) = kv.split_once('=') {
                if v.is_empty() {
                    self.cookies.remove(k);
                } else {
                    self.cookies.insert(k.into(), v.into());
                }
            }
        }
        let status = r.status().as_u16();
        let location = header(&r, "Location");
        let mut html = String::new();
        r.into_body()
            .into_reader()
            .take(1 << 20)
            .read_to_string(&mut html)
            .unwrap();
        match location {
            Some(to) if (300..400).contains(&status) => {
                let next = url::Url::parse(url).unwrap().join(&to).unwrap().to_string();
                self.get(&next)
            }
            _ => Page {
                status,
                url: url.to_string(),
                html,
            },
        }
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    pub fn get(&mut self, url: &str) -> Page {
        self.visited.push(url.to_string());
        let r = self.agent.get(url).header("Cookie", self.cookie_header()).call();
        self.finish(url, r)
    }

    /// Presses the button whose visible text contains `button` (or the first one) in the form.
    pub fn submit(&mut self, page: &Page, form: &Form, button: Option<&str>) -> Page {
        let target = url::Url::parse(&page.url)
            .unwrap()
            .join(&form.action)
            .unwrap()
            .to_string();
        let mut data: Vec<(String, String)> = form.fields.clone();
        let chosen = match button {
            Some(b) => form.buttons.iter().find(|x| x.2.contains(b)).expect("button"),
            None => &form.buttons[0],
        };
        if !chosen.0.is_empty() {
            data.push((chosen.0.clone(), chosen.1.clone()));
        }
        let pairs: Vec<(&str, &str)> = data.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        self.visited.push(target.clone());
        let r = self
            .agent
            .post(&target)
            .header("Cookie", self.cookie_header())
            .send_form(pairs);
        self.finish(&target, r)
    }

    /// The whole practice journey, pressing what a person pressing Enter would
    /// (the first button), except for the choices given.
    pub fn practice_journey(&mut self, auth_url: &str, idp: Option<&str>, account: usize) -> Page {
        let mut page = self.get(auth_url);
        for _ in 0..6 {
            let fs = forms(&page.html);
            if fs.is_empty() {
                return page;
            }
            if page.html.contains("/idp\"") {
                page = self.submit(&page, &fs[0], idp);
            } else if page.html.contains("/login\"") {
                page = self.submit(&page.clone_ref(), &fs[account], None);
            } else {
                page = self.submit(&page, &fs[0], None);
            }
        }
        page
    }
}

impl Page {
    fn clone_ref(&self) -> Page {
        Page {
            status: self.status,
            url: self.url.clone(),
            html: self.html.clone(),
        }
    }
}

/// A `BROWSER` command that writes each address it is asked to open to a
/// file, one per line, so that a test can play the person's browser.
pub struct Recorder {
    pub dir: std::path::PathBuf,
    pub script: std::path::PathBuf,
    pub urls: std::path::PathBuf,
}

impl Recorder {
    pub fn new(tag: &str) -> Recorder {
        use std::os::unix::fs::PermissionsExt;
        let dir = std::env::temp_dir().join(format!("fcguide-{tag}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let urls = dir.join("urls");
        let script = dir.join("browser.sh");
        // The program opens a private `file://` page that forwards to the
        // address: read at once, as a browser does, for the address behind it.
        // Shell built-ins only: some tests leave nothing else on PATH.
        let script_text = format!(
            "#!/bin/sh\nprintf '%s\\n' \"$1\" >> '{raw}'\ncase \"$1\" in\n\
             file://*) while IFS= read -r line; do case \"$line\" in *'href=\"'*) \
             u=\"${{line#*href=\\\"}}\"; printf '%s\\n' \"${{u%%\\\"*}}\" >> '{urls}' ;; esac; \
             done < \"${{1#file://}}\" ;;\n\
             *) printf '%s\\n' \"$1\" >> '{urls}' ;;\nesac\n",
            raw = dir.join("raw").display(),
            urls = urls.display()
        );
        std::fs::write(&script, script_text).unwrap();
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
        Recorder { dir, script, urls }
    }

    /// The `n`th address opened (from 0), waiting up to 20 s for it.
    pub fn nth(&self, n: usize) -> String {
        self.line(&self.urls, n)
    }

    /// The `n`th argument the browser was given, as given.
    pub fn raw_nth(&self, n: usize) -> String {
        self.line(&self.dir.join("raw"), n)
    }

    fn line(&self, file: &std::path::Path, n: usize) -> String {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        loop {
            let urls = std::fs::read_to_string(file).unwrap_or_default();
            if let Some(line) = urls.lines().nth(n) {
                return line.to_string();
            }
            assert!(
                std::time::Instant::now() < deadline,
                "the browser was never opened ({n})"
            );
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
    }
}

impl Drop for Recorder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

pub type Response = ureq::http::Response<ureq::Body>;

/// An HTTP client that sees every answer as it is: redirects not followed,
/// error statuses read like any other.
pub fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        // The tests talk to loopback servers only, whatever proxy the machine names.
        .proxy(None)
        .max_redirects(0)
        .http_status_as_error(false)
        .timeout_global(Some(std::time::Duration::from_secs(20)))
        .build()
        .into()
}

/// A header's value as text.
pub fn header(r: &Response, name: &str) -> Option<String> {
    r.headers().get(name).and_then(|v| v.to_str().ok()).map(str::to_string)
}

/// Where a local start address leads (its `Location`), without following it.
pub fn request_behind(start: &str) -> String {
    let response = agent().get(start).call().unwrap_or_else(|e| panic!("{start}: {e}"));
    header(&response, "Location").unwrap_or_default()
}

/// The built binary, its browser played by `browser` (a `Recorder`), its
/// home in the recorder's folder, answers on standard input, output read.
/// No client id or secret comes from the developer's own environment.
pub fn fcguide(args: &[&str], browser: &Recorder) -> std::process::Command {
    with_test_environment(std::process::Command::new(env!("CARGO_BIN_EXE_fcguide")), args, browser)
}

/// `c` (the binary, or its runner) with `args` and the environment every
/// test run has: see `fcguide`.
pub fn with_test_environment(mut c: std::process::Command, args: &[&str], browser: &Recorder) -> std::process::Command {
    c.args(args)
        // A proxy that answers nothing, with no exception: the practice provider
        // (loopback) must never be reached through it.
        .env("ALL_PROXY", "http://127.0.0.1:9")
        .env("HTTP_PROXY", "http://127.0.0.1:9")
        .env_remove("NO_PROXY")
        .env_remove("no_proxy")
        .env_remove("FCGUIDE_CLIENT_ID")
        .env_remove("FCGUIDE_CLIENT_SECRET")
        .env("BROWSER", &browser.script)
        .env("HOME", &browser.dir)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null());
    c
}

/// Ends a run: its input closed, its whole output read, its exit code.
pub fn finish(mut child: std::process::Child) -> (i32, String) {
    drop(child.stdin.take());
    let mut out = String::new();
    if let Some(mut stdout) = child.stdout.take() {
        stdout.read_to_string(&mut out).unwrap();
    }
    (child.wait().unwrap().code().unwrap_or(-1), out)
}

/// A program's standard output, gathered as it comes by a thread of its own
/// (the test reads it while the program still runs).
pub fn gather_output(child: &mut std::process::Child) -> std::sync::Arc<std::sync::Mutex<String>> {
    let out = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    let mut stdout = child.stdout.take().expect("stdout piped");
    let sink = out.clone();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = stdout.read(&mut buf) {
            if n == 0 {
                break;
            }
            sink.lock().unwrap().push_str(&String::from_utf8_lossy(&buf[..n]));
        }
    });
    out
}

/// Types a line on the program's standard input.
pub fn answer(child: &mut std::process::Child, line: &str) {
    use std::io::Write;
    let stdin = child.stdin.as_mut().expect("stdin piped");
    stdin.write_all(format!("{line}\n").as_bytes()).unwrap();
    stdin.flush().unwrap();
}

/// The gathered output once `done` holds of it, waiting up to `limit`;
/// the test fails, showing the output, when it never does.
pub fn wait_output(
    out: &std::sync::Mutex<String>,
    limit: std::time::Duration,
    what: &str,
    done: impl Fn(&str) -> bool,
) -> String {
    let deadline = std::time::Instant::now() + limit;
    loop {
        let now = out.lock().unwrap().clone();
        if done(&now) {
            return now;
        }
        assert!(std::time::Instant::now() < deadline, "never said {what}:\n{now}");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

/// Ends a gathered run: its input closed, then at most 20 s for it to end;
/// its exit code and whole output.
pub fn finish_gathered(child: &mut std::process::Child, out: &std::sync::Mutex<String>) -> (i32, String) {
    drop(child.stdin.take());
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            // The reader thread takes the last bytes.
            std::thread::sleep(std::time::Duration::from_millis(100));
            return (status.code().unwrap_or(-1), out.lock().unwrap().clone());
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            panic!("did not end:\n{}", out.lock().unwrap());
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

/// For a run's `Drop`: a run never outlives its test, and on a failure its
/// transcript is shown (a panic elsewhere in the test would lose it).
pub fn reap(child: &mut std::process::Child, out: &std::sync::Mutex<String>) {
    if matches!(child.try_wait(), Ok(None)) {
        let _ = child.kill();
        let _ = child.wait();
    }
    if std::thread::panicking() {
        eprintln!("transcript:\n{}", out.lock().unwrap_or_else(|e| e.into_inner()));
    }
}

/// A real terminal (tmux, 80x24) running a command: type keys, read the screen.
pub struct Terminal {
    pub socket: String,
}

impl Terminal {
    /// False, saying so, where tmux is not installed (`.ci/run` installs it).
    pub fn available() -> bool {
        let ok = std::process::Command::new("tmux")
            .arg("-V")
            .output()
            .is_ok_and(|o| o.status.success());
        if !ok {
            eprintln!("SKIPPED: tmux is not installed (.ci/run installs it)");
        }
        ok
    }

    pub fn start(tag: &str, command: &str) -> Terminal {
        Terminal::start_sized(tag, command, 80, 24)
    }

    /// A terminal of `cols` × `rows`.
    pub fn start_sized(tag: &str, command: &str, cols: u16, rows: u16) -> Terminal {
        let socket = format!("fcguide-{}-{tag}", std::process::id());
        let status = std::process::Command::new("tmux")
            .args([
                "-L",
                &socket,
                "new-session",
                "-d",
                "-s",
                "t",
                "-x",
                &cols.to_string(),
                "-y",
                &rows.to_string(),
                command,
            ])
            .status()
            .unwrap();
        assert!(status.success());
        Terminal { socket }
    }

    pub fn screen(&self) -> String {
        let out = std::process::Command::new("tmux")
            .args(["-L", &self.socket, "capture-pane", "-p", "-t", "t"])
            .output()
            .unwrap();
        // No-break spaces (labels kept on one row) read as spaces here.
        String::from_utf8_lossy(&out.stdout).replace('\u{a0}', " ")
    }

    /// The row shown in reverse video (the selected choice), as text; empty when none.
    pub fn selected(&self) -> String {
        let out = std::process::Command::new("tmux")
            .args(["-L", &self.socket, "capture-pane", "-e", "-p", "-t", "t"])
            .output()
            .unwrap();
        let screen = String::from_utf8_lossy(&out.stdout).replace('\u{a0}', " ");
        screen
            .lines()
            .find(|l| sgr_params(l).any(|p| p.split(';').any(|n| n == "7")))
            .map(|l| strip_sgr(l).trim().to_string())
            .unwrap_or_default()
    }

    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["-L", &self.socket, "send-keys", "-t", "t"];
        args.extend_from_slice(keys);
        std::process::Command::new("tmux").args(&args).status().unwrap();
    }

    /// Waits up to 20 s for `text` on the screen, and returns the screen.
    pub fn wait_for(&self, text: &str) -> String {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "never saw {text:?}; screen:\n{screen}"
            );
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
    }
}

impl Drop for Terminal {
    fn drop(&mut self) {
        let _ = std::process::Command::new("tmux")
            .args(["-L", &self.socket, "kill-server"])
            .status();
    }
}

/// The parameters of each SGR sequence (`ESC [ … m`) in a captured row.
fn sgr_params(row: &str) -> impl Iterator<Item = &str> {
    row.split("\x1b[")
        .skip(1)
        .filter_map(|piece| piece.split_once('m').map(|(p, _)| p))
}

/// A captured row without its SGR sequences.
fn strip_sgr(row: &str) -> String {
    let mut out = String::new();
    for (i, piece) in row.split("\x1b[").enumerate() {
        match piece.split_once('m') {
            Some((_, rest)) if i > 0 => out.push_str(rest),
            _ => out.push_str(piece),
        }
    }
    out
}
