//! What a step says, in the person's language: one value that both the
//! full-screen and the plain face draw, so they cannot drift apart.

use crate::flow::codes::CodeReading;
use crate::flow::nir::NirVerdict;
use crate::flow::{Action, BrowserOpen, Login, Notice, State, Step};
use crate::i18n::{Arg, Catalog};
use crate::idps::IDPS;
use crate::oidc::error::{LoginError, ProviderRefusal};

mod choices;
mod steps;

use choices::choices;
use steps::*;

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
        Notice::LanguageNotDrawn(lang) => {
            std::iter::once(tr.text_with("console-cannot-show", &[("lang", Arg::Str(lang))]))
                .chain(
                    console_offers(lang)
                        .into_iter()
                        .map(|(id, command)| tr.text_with(id, &[("command", Arg::Str(&command))])),
                )
                .collect::<Vec<_>>()
                .join(" ")
        }
    }
}

/// What works where the screen cannot draw `lang`'s script (the Linux
/// console): each message with the command it names.
pub fn console_offers(lang: &str) -> [(&'static str, String); 3] {
    [
        ("console-plain", format!("fcguide --plain --lang {lang}")),
        ("console-speak", format!("fcguide --plain --speak --lang {lang}")),
        (
            "console-sheet",
            format!("fcguide sheet --lang {lang} > fcguide-{lang}.html"),
        ),
    ]
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
