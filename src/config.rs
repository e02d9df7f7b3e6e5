//! The remembered set-up: `fcguide/config` in the configuration folder (beside
//! the secret file), plain `key = value` lines. The command line overrides it.
//!
//! Read by hand rather than with an INI or TOML crate: TOML wants quotes
//! around every text value (`provider = "practice"`), which is not the plain
//! `key = value` a social worker types, and the INI crates (rust-ini,
//! configparser) keep no line numbers, which every error and `fcguide config`
//! must name. The format is twenty lines of code with those.

use crate::cli::Options;
use crate::oidc::config::Preset;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Largest configuration file read: a few lines of settings.
const MAX_FILE: u64 = 64 * 1024;

/// One setting the file may hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    Provider,
    Issuer,
    ClientId,
    RedirectUri,
    ServiceName,
    Lang,
    SecondLang,
    Speak,
    Theme,
}

impl Key {
    pub const ALL: [Key; 9] = [
        Key::Provider,
        Key::Issuer,
        Key::ClientId,
        Key::RedirectUri,
        Key::ServiceName,
        Key::Lang,
        Key::SecondLang,
        Key::Speak,
        Key::Theme,
    ];

    /// Its name in the file: the option's, without the dashes in front.
    pub fn name(self) -> &'static str {
        match self {
            Key::Provider => "provider",
            Key::Issuer => "issuer",
            Key::ClientId => "client-id",
            Key::RedirectUri => "redirect-uri",
            Key::ServiceName => "service-name",
            Key::Lang => "lang",
            Key::SecondLang => "second-lang",
            Key::Speak => "speak",
            Key::Theme => "theme",
        }
    }

    /// The option that overrides it.
    pub fn option(self) -> &'static str {
        match self {
            Key::Provider => "--provider",
            Key::Issuer => "--issuer",
            Key::ClientId => "--client-id",
            Key::RedirectUri => "--redirect-uri",
            Key::ServiceName => "--service-name",
            Key::Lang => "--lang",
            Key::SecondLang => "--second-lang",
            Key::Speak => "--speak",
            Key::Theme => "--high-contrast",
        }
    }

    /// `client_id` is read as `client-id`: both spellings are common.
    fn by_name(name: &str) -> Option<Key> {
        let name = name.replace('_', "-");
        Key::ALL.into_iter().find(|k| k.name() == name)
    }

    /// Whether `value` is one this key takes.
    fn accepts(self, value: &str) -> bool {
        match self {
            Key::Provider => Preset::by_name(value).is_some(),
            Key::Speak => yes_no(value).is_some(),
            Key::Theme => matches!(value, "high-contrast" | "default"),
            _ => !value.is_empty(),
        }
    }
}

fn yes_no(value: &str) -> Option<bool> {
    match value {
        "yes" | "true" | "on" | "1" => Some(true),
        "no" | "false" | "off" | "0" => Some(false),
        _ => None,
    }
}

/// A line of the file that was read: the setting, its value and where it stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub key: Key,
    pub value: String,
    pub line: usize,
}

/// The file as read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct File {
    pub path: PathBuf,
    pub entries: Vec<Entry>,
}

impl File {
    fn get(&self, key: Key) -> Option<&Entry> {
        self.entries.iter().find(|e| e.key == key)
    }
}

/// Why the file cannot be used: a Fluent id, the file, the line (0: the whole
/// file) and the word in question. Never a value (it could be a pasted secret).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub id: &'static str,
    pub file: PathBuf,
    pub line: usize,
    pub word: String,
}

/// `fcguide/config` under the configuration folder (an absolute one only, as for the secret).
pub fn path(config_dir: Option<&Path>) -> Option<PathBuf> {
    let base = config_dir.filter(|p| p.is_absolute())?;
    Some(base.join("fcguide").join("config"))
}

/// The file at `path`: `None` when there is none, a `Problem` when it cannot be used.
pub fn load(path: &Path) -> Result<Option<File>, Problem> {
    let whole = |id| Problem {
        id,
        file: path.into(),
        line: 0,
        word: String::new(),
    };
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(_) => return Err(whole("cli2-config-unreadable")),
    };
    let mut bytes = Vec::new();
    file.take(MAX_FILE + 1)
        .read_to_end(&mut bytes)
        .map_err(|_| whole("cli2-config-unreadable"))?;
    if bytes.len() as u64 > MAX_FILE {
        return Err(whole("cli2-config-unreadable"));
    }
    let text = String::from_utf8(bytes).map_err(|_| whole("cli2-config-unreadable"))?;
    parse(&text, path).map(Some)
}

/// `key = value` lines; `#` starts a comment line; blank lines are skipped.
pub fn parse(text: &str, path: &Path) -> Result<File, Problem> {
    let mut file = File {
        path: path.into(),
        entries: Vec::new(),
    };
    for (n, raw) in text.lines().enumerate() {
        let line = n + 1;
        let problem = |id, word: &str| Problem {
            id,
            file: path.into(),
            line,
            word: crate::identity::clean_text(word),
        };
        let trimmed = raw.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let Some((name, value)) = trimmed.split_once('=') else {
            return Err(problem("cli2-config-bad-line", ""));
        };
        let (name, value) = (name.trim(), value.trim());
        if name.to_ascii_lowercase().contains("secret") {
            return Err(problem("cli2-config-secret", name));
        }
        let Some(key) = Key::by_name(name) else {
            return Err(problem("cli2-config-unknown-key", name));
        };
        if !key.accepts(value) {
            return Err(problem("cli2-config-bad-value", key.name()));
        }
        if let Some(first) = file.get(key) {
            return Err(problem("cli2-config-twice", &first.line.to_string()));
        }
        file.entries.push(Entry {
            key,
            value: value.to_string(),
            line,
        });
    }
    Ok(file)
}

/// Where a setting in effect came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// The command line: the option's name.
    Option(&'static str),
    /// An environment variable's name.
    Env(&'static str),
    File {
        path: PathBuf,
        line: usize,
    },
    Default,
}

/// A setting in effect: its value (none: the built-in behaviour) and origin.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Setting {
    pub key: Key,
    pub value: Option<String>,
    pub origin: Origin,
}

/// Each setting in effect for these options: the option, else (the client id
/// only) `FCGUIDE_CLIENT_ID`, else the file, else the default. Naming a
/// provider or an issuer on the command line sets both aside in the file,
/// so that an option never clashes with the file. `fcguide config` shows
/// these, and `apply` uses them: what is shown is what a run does.
pub fn settings(options: &Options, file: Option<&File>, env_client_id: Option<&str>) -> Vec<Setting> {
    let provider_given = options.provider.is_some() || options.issuer.is_some();
    Key::ALL
        .into_iter()
        .map(|key| {
            let given = match key {
                Key::Provider => options.provider.map(preset_name),
                Key::Issuer => options.issuer.clone(),
                Key::ClientId => options.client_id.clone(),
                Key::RedirectUri => options.redirect_uri.clone(),
                Key::ServiceName => options.service_name.clone(),
                Key::Lang => options.lang.clone(),
                Key::SecondLang => options.second_lang.clone(),
                Key::Speak => options.speak.then(|| "yes".to_string()),
                Key::Theme => options.high_contrast.then(|| "high-contrast".to_string()),
            };
            if given.is_some() {
                return Setting {
                    key,
                    value: given,
                    origin: Origin::Option(key.option()),
                };
            }
            if key == Key::ClientId
                && let Some(id) = env_client_id
            {
                return Setting {
                    key,
                    value: Some(id.to_string()),
                    origin: Origin::Env("FCGUIDE_CLIENT_ID"),
                };
            }
            let set_aside = provider_given && matches!(key, Key::Provider | Key::Issuer);
            match file.and_then(|f| f.get(key).map(|e| (f, e))).filter(|_| !set_aside) {
                Some((f, e)) => Setting {
                    key,
                    value: Some(e.value.clone()),
                    origin: Origin::File {
                        path: f.path.clone(),
                        line: e.line,
                    },
                },
                None => Setting {
                    key,
                    value: None,
                    origin: Origin::Default,
                },
            }
        })
        .collect()
}

fn preset_name(preset: Preset) -> String {
    let named = Preset::ALL.iter().find(|(_, p)| *p == preset);
    named.map(|(n, _)| n.to_string()).unwrap_or_default()
}

/// The options with the file's settings where no option (nor, for the client
/// id, `FCGUIDE_CLIENT_ID`) was given.
pub fn apply(options: &mut Options, file: Option<&File>, env_client_id: Option<&str>) {
    for s in settings(options, file, env_client_id) {
        let (Origin::File { .. }, Some(v)) = (&s.origin, s.value) else {
            continue;
        };
        match s.key {
            // Checked when the file was read.
            Key::Provider => options.provider = Preset::by_name(&v),
            Key::Issuer => options.issuer = Some(v),
            Key::ClientId => options.client_id = Some(v),
            Key::RedirectUri => options.redirect_uri = Some(v),
            Key::ServiceName => options.service_name = Some(v),
            Key::Lang => options.lang = Some(v),
            Key::SecondLang => options.second_lang = Some(v),
            Key::Speak => options.speak = yes_no(&v).unwrap_or(false),
            Key::Theme => options.high_contrast = v == "high-contrast",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Result<File, Problem> {
        parse(text, Path::new("/home/x/.config/fcguide/config"))
    }

    #[test]
    fn lines_are_read_with_their_numbers() {
        let f = read("# my service\n\nprovider = franceconnect-sandbox\nclient_id=abc\n  lang =  uk \n").unwrap();
        assert_eq!(
            f.entries,
            vec![
                Entry {
                    key: Key::Provider,
                    value: "franceconnect-sandbox".into(),
                    line: 3
                },
                Entry {
                    key: Key::ClientId,
                    value: "abc".into(),
                    line: 4
                },
                Entry {
                    key: Key::Lang,
                    value: "uk".into(),
                    line: 5
                },
            ]
        );
    }

    #[test]
    fn a_bad_line_names_its_number_and_never_its_value() {
        let at = |text: &str| read(text).map(|_| ()).unwrap_err();
        assert_eq!(
            (at("lang = uk\njust words\n").id, at("lang = uk\njust words\n").line),
            ("cli2-config-bad-line", 2)
        );
        assert_eq!(at("colour = red").id, "cli2-config-unknown-key");
        assert_eq!(at("provider = franceconect").id, "cli2-config-bad-value");
        assert_eq!(at("speak = maybe").id, "cli2-config-bad-value");
        assert_eq!(at("lang = uk\nlang = en").word, "1");
        let secret = at("client_secret = hunter2");
        assert_eq!(secret.id, "cli2-config-secret");
        assert!(!format!("{secret:?}").contains("hunter2"));
    }

    #[test]
    fn options_override_the_file_and_say_so() {
        let f = read("provider = franceconnect-sandbox\nlang = uk\nspeak = yes\n").unwrap();
        let mut o = Options {
            lang: Some("en".into()),
            ..Default::default()
        };
        let shown = settings(&o, Some(&f), None);
        assert_eq!(
            shown[0].origin,
            Origin::File {
                path: f.path.clone(),
                line: 1
            }
        );
        assert_eq!(shown[5].origin, Origin::Option("--lang"));
        assert_eq!(shown[1].origin, Origin::Default);
        apply(&mut o, Some(&f), None);
        assert_eq!(o.provider, Some(Preset::FranceConnectSandbox));
        assert_eq!(o.lang.as_deref(), Some("en"));
        assert!(o.speak);
        // An issuer on the command line sets the file's provider aside: no clash.
        let mut o = Options {
            issuer: Some("https://op.example".into()),
            ..Default::default()
        };
        apply(&mut o, Some(&f), None);
        assert_eq!(o.provider, None);
        let env = settings(&Options::default(), Some(&f), Some("from-env"));
        assert_eq!(env[2].origin, Origin::Env("FCGUIDE_CLIENT_ID"));
    }
}
