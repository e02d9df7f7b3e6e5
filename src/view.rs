//! What a step says, in the person's language: one value that both the
//! full-screen and the plain face draw, so they cannot drift apart.

use crate::flow::codes::CodeReading;
use crate::flow::nir::NirVerdict;
use crate::flow::{Action, BrowserOpen, Login, Notice, State, Step};
use crate::i18n::{Arg, Catalog};
use crate::idps::IDPS;
use crate::oidc::error::{LoginError, ProviderRefusal};

/// A sentence in the main language, with the second language under it in the bilingual view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    pub main: String,
    pub second: Option<String>,
}

/// Words exactly as the real French site shows them, with their translation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FrenchWords {
    pub french: String,
    /// `None` when the person reads French already.
    pub translation: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    pub label: String,
    /// The label in the second language, in the bilingual view.
    pub second: Option<String>,
    /// A line of detail under the label (who can have this account…).
    pub detail: Option<String>,
    /// Lower-case words a person may type to find this choice (a language's
    /// own name, English name and tag).
    pub keywords: Vec<String>,
    /// A language's own name, for a voice to say in that language.
    pub own_name: Option<OwnName>,
    pub action: Action,
}

/// In the picker, a language's name as the reader knows it ("Ukrainian"),
/// then its own ("Українська"), which a voice for the reader's language
/// would spell letter by letter: speech says it in its own voice, or not at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OwnName {
    /// The label's words a voice in the reader's language can say.
    pub known: String,
    pub tag: String,
    pub name: String,
    /// A voice for `tag` is known to exist.
    pub voiced: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct View {
    pub lang: String,
    pub rtl: bool,
    /// "Étape 3 sur 6".
    pub progress: String,
    /// Shown on every screen when the provider is the practice one.
    pub practice: Option<String>,
    /// Progress, practice mark and key hints in the second language, in the bilingual view.
    pub second: Option<SecondWords>,
    /// The visible "connected with FranceConnect" mark, once confirmed.
    pub connected: Option<String>,
    pub title: Text,
    pub body: Vec<Text>,
    pub french: Vec<FrenchWords>,
    /// An address the person may need to type or copy, shown alone on its line.
    pub address: Option<String>,
    /// The person must open the address themselves (no browser was opened for them).
    pub address_needed: bool,
    /// How many paragraphs of `body` come before the address (all, but when
    /// the person must open it: then "open this address" and it come first).
    pub address_after: usize,
    /// A command to type on another computer (the SSH tunnel), alone on its line.
    pub command: Option<String>,
    /// A confirmation of what just happened ("5 more minutes…"), said once.
    pub notice: Option<String>,
    /// The paragraphs of the body that hold personal data (the verified
    /// identity, the number read back): shown on this screen only, never
    /// handed to another program (speech).
    pub personal: Vec<usize>,
    /// The permanent-number reminder, adapted to this step.
    pub note: Text,
    /// The note only repeats the general reminder: heard once is enough in plain mode.
    pub note_is_reminder: bool,
    pub choices: Vec<Choice>,
    pub default: Option<usize>,
    /// "Back", when the step can go back: plain mode lists it as choice 0,
    /// a word a screen reader says, where "<" is often left unspoken.
    pub back: Option<String>,
    /// A text field (the number check, masked; the error code, shown).
    pub input: Option<Input>,
    /// Filled when help is open.
    pub help: Vec<Text>,
    /// Labels for the fixed keys, in the person's language.
    pub words: Words,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Input {
    pub label: String,
    /// The social security number is not shown as it is typed, unless the helper asks.
    pub masked: bool,
    /// How to show the digits, in plain mode (the full screen names F2 in its key row).
    pub show_hint: Option<String>,
    /// An address is pasted here: any printable character, up to
    /// `oidc::paste::MAX_PASTE` (the number and the code take letters and digits).
    pub address: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SecondWords {
    pub progress: String,
    pub practice: Option<String>,
    pub keys_tui: String,
    pub keys_short: String,
}

/// Short words the faces need around the content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Words {
    pub note_label: String,
    pub help_label: String,
    pub french_label: String,
    pub keys_tui: String,
    /// The keys of a text field (the number, the code): only those that work there.
    pub keys_input: String,
    pub keys_plain: String,
    /// The key hint for small screens.
    pub keys_short: String,
    pub prompt: String,
    pub prompt_default: String,
    pub still_waiting: String,
    pub too_small: String,
    pub choice_default: String,
    pub more_below: String,
    pub more_above: String,
    /// Some choices are out of sight below or above the list.
    pub more_choices: String,
    pub input_hidden: String,
    /// Small screens: the practice mark and the "more" notices, short enough to share a row.
    pub compact_practice: String,
    pub compact_more_below: String,
    pub compact_more_above: String,
    pub compact_more_choices: String,
}

/// Facts about this run that the steps mention.
#[derive(Clone, Debug)]
pub struct Context {
    pub practice: bool,
    /// Name of the service the person connects to, as "Continuer sur …" shows it.
    pub service: String,
    /// Minutes added by "more time".
    pub extend_minutes: i64,
    /// The person is on this computer through SSH: the browser is on theirs.
    pub ssh: Option<SshOrigin>,
    /// Languages the speech programs have a voice for, once looked up (when
    /// reading aloud is on); the picker marks the others.
    pub voices: crate::voices::Voices,
}

/// Where an SSH session comes from, to write the tunnel command for the
/// person's own computer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SshOrigin {
    pub user: String,
    /// This computer's address as the SSH client reached it.
    pub host: String,
    pub port: u16,
}

impl SshOrigin {
    /// From `SSH_CONNECTION` ("client_ip client_port server_ip server_port") and the user name.
    pub fn from_env(connection: Option<&str>, user: Option<&str>) -> Option<SshOrigin> {
        let mut fields = connection?.split_whitespace().skip(2);
        // Both are echoed on the screen: text only, never an escape sequence.
        let clean = crate::identity::clean_text;
        let host = clean(fields.next()?);
        let port = fields.next()?.parse().ok()?;
        Some(SshOrigin {
            user: clean(user.filter(|u| !u.is_empty()).unwrap_or("USER")),
            host,
            port,
        })
    }

    /// `ssh -L PORT:127.0.0.1:PORT user@host`: the person's browser then reaches the listener.
    pub fn tunnel(&self, local_port: u16) -> String {
        let port = if self.port == 22 {
            String::new()
        } else {
            format!(" -p {}", self.port)
        };
        let host = if self.host.contains(':') {
            format!("[{}]", self.host)
        } else {
            self.host.clone()
        };
        format!("ssh -L {local_port}:127.0.0.1:{local_port}{port} {}@{host}", self.user)
    }
}

/// The catalog seen from one screen: its language, and the second one under it.
struct Tr<'a> {
    catalog: &'a Catalog,
    lang: &'a str,
    second: Option<&'a str>,
}

impl Tr<'_> {
    /// A message in the screen's language.
    fn text(&self, id: &str) -> String {
        self.catalog.text(self.lang, id, &[])
    }
    /// A message with arguments, in the screen's language.
    fn text_with(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.catalog.text(self.lang, id, args)
    }
    /// A message, with the second language under it in the bilingual view.
    fn both(&self, id: &str) -> Text {
        self.both_with(id, &[])
    }
    /// Like `both`, with arguments.
    fn both_with(&self, id: &str, args: &[(&str, Arg)]) -> Text {
        Text {
            main: self.catalog.text(self.lang, id, args),
            second: self.second.map(|l| self.catalog.text(l, id, args)),
        }
    }
    /// Words of the real site, in French, with their translation.
    fn site_words(&self, id: &str, args: &[(&str, Arg)]) -> FrenchWords {
        FrenchWords {
            french: self.catalog.text("fr", id, args),
            translation: (self.lang != "fr").then(|| self.catalog.text(self.lang, id, args)),
        }
    }
}

pub fn build(state: &State, catalog: &Catalog, ctx: &Context) -> View {
    build_in(state, catalog, ctx, state.screen_languages())
}

/// The view in the person's own language even when the helper swapped the
/// screen to the second one: what speech says, in the voice the person follows.
pub fn build_for_person(state: &State, catalog: &Catalog, ctx: &Context) -> View {
    build_in(state, catalog, ctx, (&state.lang, state.second_lang()))
}

fn build_in(state: &State, catalog: &Catalog, ctx: &Context, (lang, second_lang): (&str, &str)) -> View {
    let tr = Tr {
        catalog,
        lang,
        second: state.bilingual.then_some(second_lang),
    };
    let mut c = Content::default();
    let picking = state.picking_language || state.step == Step::Language;
    let (title, note_id) = if picking {
        c.body.push(tr.both("language-body"));
        (tr.both("language-title"), "language-note")
    } else {
        match state.step {
            Step::Language => unreachable!(),
            Step::Welcome => welcome(&tr, &mut c),
            Step::NirCheck => nir_check(state, &tr, &mut c),
            Step::ChooseIdp => choose_idp(state, &tr, &mut c),
            Step::Authenticate => authenticate(state, &tr, ctx, &mut c),
            Step::ErrorCode => error_code(state, &tr, &mut c),
            Step::Paste => paste(state, &tr, ctx, &mut c),
            Step::Confirm => confirm(state, &tr, ctx, &mut c),
            Step::Done => done(state, &tr, &mut c),
        }
    };
    // In the bilingual view each choice, the progress and the keys also speak the second language.
    let under = tr.second.map(|l| Tr {
        catalog,
        lang: l,
        second: None,
    });
    let choices = choices(state, &tr, under.as_ref(), ctx);
    let default = state
        .default_action()
        .and_then(|d| choices.iter().position(|c| c.action == d));
    let default_label = default.map(|i| choices[i].label.as_str()).unwrap_or_default();
    View {
        lang: lang.to_string(),
        rtl: catalog.is_rtl(lang),
        progress: progress(state, &tr),
        practice: ctx.practice.then(|| tr.text("practice-mark")),
        second: under.as_ref().map(|u| SecondWords {
            progress: progress(state, u),
            practice: ctx.practice.then(|| u.text("practice-mark")),
            keys_tui: keys_tui(state, u),
            keys_short: u.text("keys-short"),
        }),
        connected: (state.step == Step::Done && !state.logged_out).then(|| tr.text("connected-mark")),
        title,
        address_after: c.address_after.unwrap_or(c.body.len()),
        body: c.body,
        french: c.french,
        // An address no one needs to open (the browser did) is shown with the
        // help only: read aloud, it is seconds of letters for nothing.
        address: c.address.filter(|_| c.address_needed || state.help),
        address_needed: c.address_needed,
        command: c.command,
        notice: state.notice.as_ref().map(|n| notice(n, &tr, ctx)),
        personal: c.personal,
        // The general reminder keeps the same words from step to step, so that
        // a screen reader, which says what changed, says it once; each step's
        // own angle on it is in that step's help.
        note: tr.both(if is_reminder(note_id) && note_id != "language-note" {
            "welcome-note"
        } else {
            note_id
        }),
        note_is_reminder: is_reminder(note_id),
        words: words(state, &tr, default_label),
        choices,
        default,
        back: (state.can_go_back() && !picking).then(|| tr.text("choice-back")),
        input: c.input,
        help: help(state, &tr, ctx, picking, note_id),
    }
}

/// The general reminder, in the words of a step: the others add something.
fn is_reminder(note_id: &str) -> bool {
    matches!(
        note_id,
        "welcome-note" | "idp-note" | "auth-note" | "confirm-note" | "done-note" | "language-note"
    )
}

/// "Step 3 of 6".
fn progress(state: &State, tr: &Tr) -> String {
    tr.text_with(
        "progress",
        &[
            ("step", Arg::Num(state.step.number() as i64)),
            ("total", Arg::Num(Step::COUNT as i64)),
        ],
    )
}

/// The step's choices, each with its label in the second language under it
/// (not for languages and providers: their names are the same in both).
fn choices(state: &State, tr: &Tr, under: Option<&Tr>, ctx: &Context) -> Vec<Choice> {
    state
        .actions()
        .into_iter()
        .map(|a| {
            let mut c = choice(tr, tr.catalog, a, ctx, state);
            if let Some(u) = under
                && !matches!(a, Action::Language(_) | Action::Idp(_))
            {
                c.second = Some(choice(u, tr.catalog, a, ctx, state).label).filter(|s| *s != c.label);
            }
            c
        })
        .collect()
}

/// The step's help, when asked for: what to do here, the keys, and what practice means.
fn help(state: &State, tr: &Tr, ctx: &Context, picking: bool, note_id: &str) -> Vec<Text> {
    if !state.help {
        return vec![];
    }
    let id = if picking {
        "language"
    } else if matches!(state.login, Login::Failed(_)) && state.step == Step::Authenticate {
        "auth-failed"
    } else {
        step_id(state.step)
    };
    let mut help = vec![tr.both(&format!("help-{id}"))];
    if state.step == Step::Confirm && !picking {
        help.push(tr.both_with("confirm-continue", &[("service", Arg::Str(&ctx.service))]));
    }
    // The step's own words on the permanent number, which the screen keeps general.
    if is_reminder(note_id) && !matches!(note_id, "welcome-note" | "language-note") {
        help.push(tr.both(note_id));
    }
    help.push(tr.both("help-keys"));
    if ctx.practice {
        help.push(tr.both("help-practice"));
    }
    help
}

/// A status line: more time given (until when), the browser opened again, speech on or off.
fn notice(n: &Notice, tr: &Tr, ctx: &Context) -> String {
    match n {
        Notice::MoreTime { until: Some(time) } => tr.text_with(
            "notice-more-time-until",
            &[("minutes", Arg::Num(ctx.extend_minutes)), ("time", Arg::Str(time))],
        ),
        Notice::MoreTime { until: None } => {
            tr.text_with("notice-more-time", &[("minutes", Arg::Num(ctx.extend_minutes))])
        }
        Notice::BrowserReopened(true) => tr.text("notice-reopened"),
        Notice::BrowserReopened(false) => tr.text("notice-not-reopened"),
        Notice::Speech(true) => tr.text("speech-on"),
        Notice::Speech(false) => tr.text("speech-off"),
        Notice::SpeechUnavailable => tr.text("speech-unavailable"),
        Notice::SpeechStalled => tr.text("speech-stalled"),
        Notice::KeyDoesNothing => tr.text("key-does-nothing"),
        Notice::ConnectionNotPossible { idp } => tr.text_with("notice-not-possible", &[("idp", Arg::Str(idp))]),
        Notice::Intruder => tr.text("notice-intruder"),
    }
}

/// The full screen's keys, the voice key with its state ("V: voice (off)")
/// before the last one (quit), so that the line says whether speech is on.
fn keys_tui(state: &State, tr: &Tr) -> String {
    let keys = tr.text("keys-tui");
    let voice = tr.text(if state.speak { "keys-voice-on" } else { "keys-voice-off" });
    match keys.rsplit_once(" · ") {
        Some((most, last)) => format!("{most} · {voice} · {last}"),
        None => format!("{keys} · {voice}"),
    }
}

/// The words both faces put around the step: labels, key hints, prompts.
fn words(state: &State, tr: &Tr, default_label: &str) -> Words {
    Words {
        note_label: tr.text("note-label"),
        help_label: tr.text("help-label"),
        french_label: tr.text("french-label"),
        keys_tui: keys_tui(state, tr),
        keys_input: tr.text(if state.step == Step::NirCheck {
            "keys-input-nir"
        } else {
            "keys-input"
        }),
        keys_plain: tr.text("keys-plain"),
        keys_short: tr.text("keys-short"),
        prompt: tr.text("prompt"),
        prompt_default: tr.text_with("prompt-default", &[("choice", Arg::Str(default_label))]),
        still_waiting: tr.text("still-waiting"),
        too_small: tr.text("too-small"),
        choice_default: tr.text("choice-default"),
        more_below: tr.text("more-below"),
        more_above: tr.text("more-above"),
        more_choices: tr.text("more-choices"),
        input_hidden: tr.text("input-hidden"),
        compact_practice: tr.text("compact-practice"),
        compact_more_below: tr.text("compact-more-below"),
        compact_more_above: tr.text("compact-more-above"),
        compact_more_choices: tr.text("compact-more-choices"),
    }
}

/// `1985-03-14` as a person says it, day month year: "14 March 1985".
/// `months` is the language's twelve month names, comma-separated.
/// Anything that is not such a date is shown as it came.
pub fn spoken_date(iso: &str, months: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    let names: Vec<&str> = months.split(',').map(str::trim).collect();
    if let ([year, month, day], 12) = (parts.as_slice(), names.len())
        && year.len() == 4
        && let (Ok(m), Ok(d)) = (month.parse::<usize>(), day.parse::<u32>())
        && (1..=12).contains(&m)
        && (1..=31).contains(&d)
    {
        return format!("{d} {} {year}", names[m - 1]);
    }
    iso.to_string()
}

/// What a step says, before the words around every step are added.
#[derive(Default)]
struct Content {
    body: Vec<Text>,
    french: Vec<FrenchWords>,
    address: Option<String>,
    address_needed: bool,
    address_after: Option<usize>,
    command: Option<String>,
    input: Option<Input>,
    /// Which paragraphs of `body` hold personal data.
    personal: Vec<usize>,
}

impl Content {
    /// A paragraph that holds personal data: shown, never said by another program.
    fn push_personal(&mut self, text: Text) {
        self.personal.push(self.body.len());
        self.body.push(text);
    }
}

/// Step 2: what FranceConnect is and the permanent-number prerequisite.
fn welcome(tr: &Tr, c: &mut Content) -> (Text, &'static str) {
    for id in ["welcome-what", "welcome-need", "welcome-where", "welcome-without"] {
        c.body.push(tr.both(id));
    }
    c.french.push(tr.site_words("fr-words-button", &[]));
    (tr.both("welcome-title"), "welcome-note")
}

/// Step 2, the local check of a social security number.
fn nir_check(state: &State, tr: &Tr, c: &mut Content) -> (Text, &'static str) {
    c.body.push(tr.both("nir-body"));
    if let Some(groups) = &state.nir_read_back {
        c.push_personal(tr.both_with("nir-read-back", &[("number", Arg::Str(groups))]));
    }
    match state.nir {
        None => {
            c.input = Some(Input {
                label: tr.text("nir-input"),
                masked: !state.show_digits,
                show_hint: (!state.show_digits).then(|| tr.text("nir-show-digits")),
                address: false,
            })
        }
        Some(v) => c.body.push(tr.both(match v {
            NirVerdict::Permanent { born_abroad: false } => "nir-permanent",
            NirVerdict::Permanent { born_abroad: true } => "nir-permanent-abroad",
            NirVerdict::Temporary => "nir-temporary",
            NirVerdict::WrongKey => "nir-wrong-key",
            NirVerdict::MissingKey => "nir-missing-key",
            NirVerdict::Malformed => "nir-malformed",
        })),
    }
    let note = if state.nir == Some(NirVerdict::Temporary) {
        "nir-note-temporary"
    } else {
        "nir-note"
    };
    (tr.both("nir-title"), note)
}

/// Step 3: the choice of account.
fn choose_idp(state: &State, tr: &Tr, c: &mut Content) -> (Text, &'static str) {
    if state.not_me {
        c.body.push(tr.both("idp-after-not-me"));
    }
    c.body.push(tr.both("idp-body"));
    c.french.push(tr.site_words("fr-words-choose", &[]));
    (tr.both("idp-title"), "idp-note")
}

/// Step 4: the browser part, from preparing to a failure explained.
fn authenticate(state: &State, tr: &Tr, ctx: &Context, c: &mut Content) -> (Text, &'static str) {
    let service = Arg::Str(&ctx.service);
    let idp = state.idp.map(|i| IDPS[i].name).unwrap_or("");
    let mut note = "auth-note";
    match &state.login {
        Login::Idle | Login::Starting => c.body.push(tr.both("auth-starting")),
        // The pasted address is being read.
        Login::Waiting { .. } if state.paste_pending => c.body.push(tr.both("auth-checking")),
        Login::Waiting {
            url,
            browser,
            timed_out,
        } => {
            if *timed_out {
                c.body.push(tr.both("auth-timed-out"));
            }
            let mut in_browser = vec![tr.both_with("auth-in-browser", &[("idp", Arg::Str(idp))])];
            if state.paste_to.is_some() {
                in_browser.push(tr.both_with("auth-paste-when", &[("service", service)]));
            }
            // Opened: what to do there, then that it opened. Not opened: how to
            // open it and the address come first; what to do there after them.
            if *browser == BrowserOpen::Opened {
                c.body.extend(in_browser.iter().cloned());
            }
            match (browser, &ctx.ssh) {
                (BrowserOpen::Opened, _) => c.body.push(tr.both("auth-opened")),
                (BrowserOpen::NotAsked, _) => c.body.push(tr.both("auth-no-browser")),
                (BrowserOpen::NoDisplay, Some(ssh)) => {
                    let port = url::Url::parse(url).ok().and_then(|u| u.port()).unwrap_or(0);
                    c.body.push(tr.both("auth-ssh"));
                    c.command = Some(ssh.tunnel(port));
                }
                (BrowserOpen::NoDisplay, None) => c.body.push(tr.both("auth-no-display")),
                (BrowserOpen::Failed, _) => c.body.push(tr.both("auth-not-opened")),
            }
            c.address = Some(url.clone());
            c.address_needed = *browser != BrowserOpen::Opened;
            if c.address_needed {
                c.address_after = Some(c.body.len());
                c.body.extend(in_browser);
            }
            c.french.push(tr.site_words("fr-words-choose", &[]));
            c.french.push(tr.site_words("fr-words-login", &[]));
            c.french
                .push(tr.site_words("fr-words-continue", &[("service", service)]));
        }
        Login::Checking => c.body.push(tr.both("auth-checking")),
        Login::Failed(e) => {
            let id = e.id();
            let port = e.port().map(i64::from).unwrap_or_default();
            // A network error names the provider's host and the proxy it went through.
            let args = [
                ("port", Arg::Num(port)),
                ("host", Arg::Str(e.host().unwrap_or_default())),
                ("proxy", Arg::Str(e.proxy().unwrap_or_default())),
            ];
            c.body.push(tr.both_with(&format!("error-{id}"), &args));
            c.body.push(tr.both_with(&format!("error-{id}-next"), &args));
            if let Some(code) = e.provider_code() {
                c.body.push(tr.both_with("error-code", &[("code", Arg::Str(code))]));
            }
            if let Some(check) = e.check() {
                c.body
                    .push(tr.both_with("error-check", &[("check", Arg::Str(check.id()))]));
            }
            if is_access_denied(e) {
                c.french.push(tr.site_words("fr-words-error", &[]));
                c.french.push(tr.site_words("fr-words-back", &[("service", service)]));
            }
            if id == "identity-not-found" {
                note = "auth-note-register";
            }
        }
    }
    let title = if matches!(state.login, Login::Failed(_)) {
        "auth-failed-title"
    } else {
        "auth-title"
    };
    (tr.both(title), note)
}

/// Step 4, reading the code of FranceConnect's error page.
fn error_code(state: &State, tr: &Tr, c: &mut Content) -> (Text, &'static str) {
    match state.code {
        None => {
            c.body.push(tr.both("code-body"));
            c.input = Some(Input {
                label: tr.text("code-input"),
                masked: false,
                show_hint: None,
                address: false,
            });
        }
        Some(reading) => {
            if let CodeReading::Known(code, _) = reading {
                c.body.push(tr.both_with("code-read", &[("code", Arg::Str(code))]));
            }
            let id = reading.message();
            c.body.push(tr.both(&format!("code-{id}")));
            c.body.push(tr.both(&format!("code-{id}-next")));
        }
    }
    c.french.push(tr.site_words("fr-words-error", &[]));
    c.french.push(tr.site_words("fr-words-code", &[]));
    c.french.push(tr.site_words("fr-words-what-to-do", &[]));
    let note = match state.code {
        Some(CodeReading::Known("Y010008", _)) => "auth-note-register",
        _ => "code-note",
    };
    (tr.both("code-title"), note)
}

/// Step 4, the address of the service's page pasted (production's rule).
fn paste(state: &State, tr: &Tr, ctx: &Context, c: &mut Content) -> (Text, &'static str) {
    let service = Arg::Str(&ctx.service);
    if let Some(problem) = state.paste_problem {
        c.body.push(tr.both(&format!("paste-problem-{}", problem.id())));
    }
    let page = state.paste_to.as_deref().unwrap_or_default();
    c.body
        .push(tr.both_with("paste-body", &[("service", service), ("page", Arg::Str(page))]));
    c.input = Some(Input {
        label: tr.text("paste-input"),
        masked: false,
        show_hint: None,
        address: true,
    });
    c.french
        .push(tr.site_words("fr-words-continue", &[("service", service)]));
    (tr.both("paste-title"), "auth-note")
}

/// Step 5: the verified identity, and the last page of the real site.
fn confirm(state: &State, tr: &Tr, ctx: &Context, c: &mut Content) -> (Text, &'static str) {
    let service = Arg::Str(&ctx.service);
    c.body.push(tr.both("confirm-body"));
    if let Some(id) = &state.identity {
        c.push_personal(tr.both_with("confirm-given", &[("value", Arg::Str(&id.given_name))]));
        c.push_personal(tr.both_with("confirm-family", &[("value", Arg::Str(&id.family_name))]));
        let date = spoken_date(&id.birthdate, &tr.text("months"));
        c.push_personal(tr.both_with("confirm-birthdate", &[("value", Arg::Str(&date))]));
        if id.born_abroad() {
            c.push_personal(tr.both_with("confirm-born-abroad", &[("country", Arg::Str(&id.birthcountry))]));
        } else {
            c.push_personal(tr.both_with("confirm-birthplace", &[("code", Arg::Str(&id.birthplace))]));
        }
    }
    // What the real last page looks like (and its old name) is in the help:
    // the screen keeps what to check, and the site's words say the rest.
    c.body.push(tr.both("confirm-consent"));
    c.body.push(tr.both("confirm-wrong"));
    c.french.push(tr.site_words("fr-words-as", &[]));
    c.french
        .push(tr.site_words("fr-words-continue", &[("service", service)]));
    c.french.push(tr.site_words("fr-words-consent", &[]));
    (tr.both("confirm-title"), "confirm-note")
}

/// Step 6: connected (or logged out).
fn done(state: &State, tr: &Tr, c: &mut Content) -> (Text, &'static str) {
    // The title says "connected"; after logout the body says it changed.
    if state.logged_out {
        c.body.push(tr.both("done-logged-out"));
    }
    c.body.push(tr.both("done-services"));
    c.address = Some("https://franceconnect.gouv.fr/nos-services".into());
    c.address_needed = true;
    let title = if state.logged_out {
        "done-title-logged-out"
    } else {
        "done-title"
    };
    (tr.both(title), "done-note")
}

/// What the platform sends after its error page (never the Y code itself).
fn is_access_denied(e: &LoginError) -> bool {
    matches!(
        e,
        LoginError::Refused {
            why: ProviderRefusal::AccessDenied | ProviderRefusal::TemporarilyUnavailable | ProviderRefusal::ServerError,
            ..
        }
    )
}

fn step_id(step: Step) -> &'static str {
    match step {
        Step::Language => "language",
        Step::Welcome => "welcome",
        Step::NirCheck => "nir",
        Step::ChooseIdp => "idp",
        Step::Authenticate => "auth",
        Step::ErrorCode => "code",
        Step::Paste => "paste",
        Step::Confirm => "confirm",
        Step::Done => "done",
    }
}

fn choice(tr: &Tr, catalog: &Catalog, action: Action, ctx: &Context, state: &State) -> Choice {
    let on_check = state.step == Step::NirCheck;
    let on_code = state.step == Step::ErrorCode;
    let plain = |id: &str| Choice {
        second: None,
        label: tr.text(id),
        detail: None,
        keywords: vec![],
        own_name: None,
        action,
    };
    match action {
        Action::Language(i) => {
            let tag = catalog.tags().get(i).cloned().unwrap_or_default();
            // By ear, the name the reader knows comes first ("Ukrainian"), then the
            // language's own name and script ("Українська"), which a voice for
            // another language spells out letter by letter.
            let own = catalog.text(&tag, "language-name", &[]);
            let english = catalog.text(&tag, "language-name-en", &[]);
            let known = tr.text(&format!("language-in-{}", tag.to_lowercase()));
            let keywords = vec![
                known.to_lowercase(),
                own.to_lowercase(),
                english.to_lowercase(),
                tag.to_lowercase(),
            ];
            let lacks_voice = ctx.voices.lacks(&tag);
            let no_voice = lacks_voice.then(|| tr.text("language-no-voice"));
            let (mut label, own_name) = if known.to_lowercase() == own.to_lowercase() {
                (own, None)
            } else {
                let mut said = known.clone();
                if let Some(n) = &no_voice {
                    said = format!("{said} — {n}");
                }
                let own_name = OwnName {
                    known: said,
                    tag: tag.clone(),
                    name: own.clone(),
                    voiced: !lacks_voice,
                };
                (format!("{known} — {own}"), Some(own_name))
            };
            if let Some(n) = no_voice {
                label = format!("{label} — {n}");
            }
            Choice {
                second: None,
                label,
                detail: None,
                keywords,
                own_name,
                action,
            }
        }
        Action::Idp(i) => {
            let idp = &IDPS[i];
            Choice {
                second: None,
                label: idp.name.to_string(),
                detail: Some(tr.text(&format!("idp-{}-who", idp.id))),
                keywords: vec![],
                own_name: None,
                action,
            }
        }
        Action::Continue => plain("choice-continue"),
        Action::CheckNir => plain(if on_check {
            "choice-check-again"
        } else {
            "choice-check-nir"
        }),
        // "Again" only when it did open once.
        Action::Reopen => plain(match state.login {
            Login::Waiting {
                browser: BrowserOpen::Opened,
                ..
            } => "choice-reopen",
            _ => "choice-open-browser",
        }),
        Action::MoreTime => Choice {
            second: None,
            label: tr.text_with("choice-more-time", &[("minutes", Arg::Num(ctx.extend_minutes))]),
            detail: None,
            keywords: vec![],
            own_name: None,
            action,
        },
        Action::Cancel => plain("choice-cancel"),
        Action::NotPossible => plain("choice-not-possible"),
        Action::Paste => plain("choice-paste"),
        Action::Retry => plain("choice-retry"),
        Action::OtherIdp => plain("choice-other-idp"),
        Action::ReadCode => plain(if on_code {
            "choice-code-again"
        } else {
            "choice-read-code"
        }),
        Action::ConfirmYes => plain("choice-confirm-yes"),
        Action::NotMe => plain("choice-not-me"),
        Action::Logout => plain("choice-logout"),
        Action::Finish => plain("choice-finish"),
        Action::Quit => plain("choice-quit"),
    }
}

impl Text {
    /// The sentence, and its second language when shown.
    fn both(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.main.as_str()).chain(self.second.as_deref())
    }
}

impl View {
    /// Every text the view holds, whatever part of the screen shows it.
    /// Every text the full screen may draw, to be rewritten in place (in
    /// the terminal's character set, see `i18n::charset`).
    pub fn texts_mut(&mut self) -> Vec<&mut String> {
        let mut all: Vec<&mut String> = vec![&mut self.progress];
        let texts = std::iter::once(&mut self.title)
            .chain(std::iter::once(&mut self.note))
            .chain(&mut self.body)
            .chain(&mut self.help);
        for t in texts {
            all.push(&mut t.main);
            all.extend(&mut t.second);
        }
        for w in &mut self.french {
            all.push(&mut w.french);
            all.extend(&mut w.translation);
        }
        for o in [
            &mut self.practice,
            &mut self.connected,
            &mut self.address,
            &mut self.command,
            &mut self.notice,
            &mut self.back,
        ] {
            all.extend(o);
        }
        if let Some(s) = &mut self.second {
            all.extend([&mut s.progress, &mut s.keys_tui, &mut s.keys_short]);
            all.extend(&mut s.practice);
        }
        for c in &mut self.choices {
            all.push(&mut c.label);
            all.extend(&mut c.second);
            all.extend(&mut c.detail);
        }
        if let Some(i) = &mut self.input {
            all.push(&mut i.label);
        }
        let w = &mut self.words;
        all.extend([
            &mut w.note_label,
            &mut w.help_label,
            &mut w.french_label,
            &mut w.keys_tui,
            &mut w.keys_input,
            &mut w.keys_short,
            &mut w.too_small,
            &mut w.choice_default,
            &mut w.more_below,
            &mut w.more_above,
            &mut w.more_choices,
            &mut w.input_hidden,
            &mut w.compact_practice,
            &mut w.compact_more_below,
            &mut w.compact_more_above,
            &mut w.compact_more_choices,
        ]);
        all
    }

    pub fn texts(&self) -> impl Iterator<Item = &str> {
        let words = &self.words;
        [
            &self.progress,
            &self.title.main,
            &words.keys_tui,
            &words.keys_input,
            &words.keys_short,
        ]
        .into_iter()
        .map(String::as_str)
        .chain(self.note.both())
        .chain(self.title.second.as_deref())
        .chain(self.body.iter().chain(&self.help).flat_map(Text::both))
        .chain(
            self.french
                .iter()
                .flat_map(|w| std::iter::once(w.french.as_str()).chain(w.translation.as_deref())),
        )
        .chain(
            [
                &self.practice,
                &self.connected,
                &self.address,
                &self.command,
                &self.notice,
            ]
            .into_iter()
            .flatten()
            .map(String::as_str),
        )
        .chain(self.choices.iter().flat_map(|c| {
            std::iter::once(c.label.as_str())
                .chain(c.second.as_deref())
                .chain(c.detail.as_deref())
        }))
        .chain(self.second.iter().flat_map(|s| {
            [&s.progress, &s.keys_tui, &s.keys_short]
                .into_iter()
                .map(String::as_str)
                .chain(s.practice.as_deref())
        }))
    }

    /// The choice a typed word finds: the first whose keyword starts with it.
    pub fn find(&self, typed: &str) -> Option<usize> {
        let typed = typed.trim().to_lowercase();
        if typed.is_empty() {
            return None;
        }
        self.choices
            .iter()
            .position(|c| c.keywords.iter().any(|k| k.starts_with(&typed)))
    }
}

#[cfg(test)]
mod tests {
    use super::spoken_date;

    #[test]
    fn dates_are_said_day_month_year() {
        let months = "January, February, March, April, May, June, July, August, September, October, November, December";
        assert_eq!(spoken_date("1985-03-14", months), "14 March 1985");
        assert_eq!(spoken_date("1962-01-01", months), "1 January 1962");
        assert_eq!(spoken_date("1985-13-14", months), "1985-13-14");
        assert_eq!(spoken_date("not a date", months), "not a date");
        assert_eq!(spoken_date("1985-03-14", "too, few"), "1985-03-14");
    }
}
