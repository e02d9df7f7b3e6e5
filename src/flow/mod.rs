//! The guided steps as a pure state machine: `update(state, msg)` returns the
//! effects to run. No terminal, no HTTP, no clock: unit tests run in microseconds.

pub mod codes;
pub mod nir;

use crate::identity::Identity;
use crate::idps::IDPS;
use crate::oidc::error::{LoginError, ProviderRefusal};
use crate::oidc::paste::PasteProblem;
use codes::CodeReading;
use nir::NirVerdict;
use zeroize::Zeroizing;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Language,
    Welcome,
    NirCheck,
    ChooseIdp,
    Authenticate,
    /// Reading FranceConnect's error page: the person types the code it showed.
    ErrorCode,
    /// The service's page shows the answer's address: the person pastes it.
    Paste,
    Confirm,
    Done,
}

impl Step {
    /// Position shown to the person ("step 3 of 6"); the number check belongs to the welcome step.
    pub fn number(self) -> usize {
        match self {
            Step::Language => 1,
            Step::Welcome | Step::NirCheck => 2,
            Step::ChooseIdp => 3,
            Step::Authenticate | Step::ErrorCode | Step::Paste => 4,
            Step::Confirm => 5,
            Step::Done => 6,
        }
    }
    pub const COUNT: usize = 6;
}

/// Where the browser part of the journey stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Login {
    Idle,
    /// Asked the edges to prepare the request and open the browser.
    Starting,
    Waiting {
        url: String,
        browser: BrowserOpen,
        timed_out: bool,
    },
    /// The browser came back; checking the answer with the provider.
    Checking,
    Failed(LoginError),
}

/// Whether the browser was opened on the address, or why not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BrowserOpen {
    Opened,
    /// `--no-browser`: the person opens the address themselves.
    NotAsked,
    /// No display here (SSH, a text console): the address is for another device.
    NoDisplay,
    /// The browser command failed.
    Failed,
}

/// Something that just happened, said once: a confirmation of the last choice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// "More time": the new deadline as the clock on the wall says it, when known.
    MoreTime {
        until: Option<String>,
    },
    BrowserReopened(bool),
    /// Reading aloud was turned on or off.
    Speech(bool),
    /// No speech program is installed: the assistant goes on without voice.
    SpeechUnavailable,
    /// The speech program stopped answering: reading aloud was turned off.
    SpeechStalled,
    /// The key pressed does nothing on this screen.
    KeyDoesNothing,
    /// The page says « La connexion à {idp} n’a pas été possible »: what it
    /// means (the provider's cancel or a failed login) and what to do.
    ConnectionNotPossible {
        idp: &'static str,
    },
    /// Another program on this computer fetched the logout's start address too.
    Intruder,
}

/// Everything a person can choose. Frontends only ever send these.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Continue,
    CheckNir,
    Language(usize),
    Idp(usize),
    Reopen,
    MoreTime,
    Cancel,
    Retry,
    OtherIdp,
    /// Type the code FranceConnect's error page showed.
    ReadCode,
    /// While waiting: "the page says the connection was not possible".
    NotPossible,
    /// While waiting for the service's page: paste the address it shows.
    Paste,
    ConfirmYes,
    NotMe,
    Logout,
    Finish,
    Quit,
}

#[derive(Debug)]
pub enum Msg {
    Act(Action),
    Back,
    ToggleHelp,
    /// Open the language picker on top of any step.
    PickLanguage,
    ToggleBilingual,
    /// Show the digits of the social security number as they are typed (for the helper).
    ToggleDigits,
    /// Swap the person's language and the second one on the whole screen (and back).
    SwapLanguages,
    /// Read the steps aloud, or stop.
    ToggleSpeech,
    /// Reading aloud was asked for, and no speech program is installed.
    SpeechUnavailable,
    /// The speech program did not answer in time and was stopped.
    SpeechStalled,
    /// A key that does nothing here was pressed: said once.
    KeyDoesNothing,
    /// What was typed in the step's text field (a social security number, an
    /// error code); wiped from memory when dropped.
    Typed(Zeroizing<String>),
    // Results coming back from the edges.
    LoginReady {
        url: String,
        browser: BrowserOpen,
    },
    BrowserReopened {
        opened: bool,
    },
    /// The wait was extended; `until` is the new deadline's clock time.
    WaitExtended {
        until: Option<String>,
    },
    CallbackReceived,
    WaitTimedOut,
    LoginFailed(LoginError),
    /// The answer comes back on the service's registered `page`, to be pasted.
    AnswerByPaste {
        page: String,
    },
    /// The pasted text is not this attempt's answer; the wait goes on.
    PasteRefused(PasteProblem),
    Connected(Identity),
    LoggedOut,
    /// The logout's start address was fetched twice: another program took part.
    Intruded,
    /// End of input, Ctrl-C, SIGTERM: leave now.
    Interrupted,
}

/// Work for the edges; each one answers with a `Msg`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    StartLogin {
        /// False once the provider refused the configured `idp_hint`.
        use_idp_hint: bool,
        ui_locale: String,
    },
    OpenBrowser {
        url: String,
    },
    ExtendWait,
    CancelLogin,
    /// The address pasted from the service's page, for the attempt to read.
    Paste {
        address: Zeroizing<String>,
    },
    /// End the provider session; its return page speaks `ui_locale`.
    Logout {
        ui_locale: String,
    },
}

/// How the program ends; the exit code follows from it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Connected,
    Cancelled,
    Failed,
}

#[derive(Debug)]
pub struct State {
    /// BCP 47 tags of the shipped languages, in picker order.
    pub languages: Vec<String>,
    pub lang: String,
    pub step: Step,
    back: Vec<Step>,
    pub picking_language: bool,
    pub help: bool,
    /// Show a second language under each paragraph (two people, one screen).
    pub bilingual: bool,
    /// The second language asked for (`--second-lang`); French by default.
    pub second_choice: Option<String>,
    /// The whole screen is in the second language, for the helper, until swapped back.
    pub swapped: bool,
    /// The steps are read aloud.
    pub speak: bool,
    pub idp: Option<usize>,
    pub nir: Option<NirVerdict>,
    pub login: Login,
    pub identity: Option<Identity>,
    /// The person said the identity shown is not theirs.
    pub not_me: bool,
    pub logged_out: bool,
    pub outcome: Option<Outcome>,
    /// The provider refused the configured `idp_hint`: later attempts go without it.
    idp_hint_refused: bool,
    /// Failed attempts so far: after the second, Enter alone leaves rather than
    /// opening the browser again and again.
    pub failures: u32,
    /// What the code typed on the error-code step means, once typed.
    pub code: Option<CodeReading>,
    /// The helper asked to see the digits of the number.
    pub show_digits: bool,
    /// The checked number in groups, kept only when the digits are shown; wiped when dropped.
    pub nir_read_back: Option<Zeroizing<String>>,
    /// A confirmation of what just happened, said once.
    pub notice: Option<Notice>,
    /// The service's registered page the browser ends on, when the answer is
    /// pasted from it (production's rule) rather than heard on this computer.
    pub paste_to: Option<String>,
    /// Why the last pasted text was not the answer.
    pub paste_problem: Option<PasteProblem>,
    /// A pasted address is being read: nothing else is taken until it is
    /// (a script's next answers wait for the result, as after the browser).
    pub paste_pending: bool,
}

impl State {
    /// `lang`: from `--lang` (skips the picker) or the system (preselected in it).
    pub fn new(languages: Vec<String>, lang: String, skip_picker: bool) -> State {
        State {
            languages,
            lang,
            step: if skip_picker { Step::Welcome } else { Step::Language },
            back: Vec::new(),
            picking_language: false,
            help: false,
            bilingual: false,
            second_choice: None,
            swapped: false,
            speak: false,
            idp: None,
            nir: None,
            login: Login::Idle,
            identity: None,
            not_me: false,
            logged_out: false,
            outcome: None,
            idp_hint_refused: false,
            failures: 0,
            code: None,
            show_digits: false,
            nir_read_back: None,
            notice: None,
            paste_to: None,
            paste_problem: None,
            paste_pending: false,
        }
    }

    /// The language shown under each paragraph in the bilingual view:
    /// French, which the real site speaks, unless French is already the main one.
    pub fn second_lang(&self) -> &str {
        match &self.second_choice {
            Some(l) if *l != self.lang => l,
            _ if self.lang == "fr" => "en",
            _ => "fr",
        }
    }

    /// The language the screen is written in, and the one under it: swapped
    /// when the helper asked for the whole screen in the second language.
    pub fn screen_languages(&self) -> (&str, &str) {
        if self.swapped {
            (self.second_lang(), &self.lang)
        } else {
            (&self.lang, self.second_lang())
        }
    }

    pub fn can_go_back(&self) -> bool {
        !self.back.is_empty() && !matches!(self.step, Step::Done)
    }

    /// The choices of the current screen, the default first.
    pub fn actions(&self) -> Vec<Action> {
        if self.picking_language || self.step == Step::Language {
            return (0..self.languages.len()).map(Action::Language).collect();
        }
        match self.step {
            Step::Language => unreachable!(),
            Step::Welcome => vec![Action::Continue, Action::CheckNir, Action::Quit],
            Step::NirCheck => match self.nir {
                None => vec![],
                Some(_) => vec![Action::Continue, Action::CheckNir],
            },
            Step::ChooseIdp => (0..IDPS.len()).map(Action::Idp).collect(),
            Step::Authenticate => match &self.login {
                Login::Idle | Login::Starting | Login::Checking => vec![Action::Cancel],
                // The same numbers before and after the time-out; only the default changes.
                Login::Waiting { .. } if self.paste_pending => vec![Action::Cancel],
                // The answer comes as the address the service's page shows: pasting it comes first.
                Login::Waiting { .. } if self.paste_to.is_some() => vec![
                    Action::Paste,
                    Action::Reopen,
                    Action::MoreTime,
                    Action::Cancel,
                    Action::NotPossible,
                ],
                // Last, so that the others keep their numbers.
                Login::Waiting { .. } => vec![Action::Reopen, Action::MoreTime, Action::Cancel, Action::NotPossible],
                // After its error page the platform sends only `access_denied`,
                // `temporarily_unavailable` or `server_error`, never the code:
                // reading the code the page showed comes first.
                Login::Failed(LoginError::Refused {
                    why:
                        ProviderRefusal::AccessDenied
                        | ProviderRefusal::TemporarilyUnavailable
                        | ProviderRefusal::ServerError,
                    ..
                }) => vec![Action::ReadCode, Action::OtherIdp, Action::Retry, Action::Quit],
                // A wrong client id or secret: trying again changes nothing.
                Login::Failed(LoginError::ClientRejected) => vec![Action::Quit],
                Login::Failed(_) => vec![Action::Retry, Action::OtherIdp, Action::Quit],
            },
            Step::ErrorCode => match self.code {
                None => vec![],
                // The register did not find the person: checking the number is a way forward.
                Some(CodeReading::Known(code, _)) if code.starts_with("Y0100") => vec![
                    Action::Quit,
                    Action::CheckNir,
                    Action::ReadCode,
                    Action::OtherIdp,
                    Action::Retry,
                ],
                // A code not understood, or none: most often a slip, so typing it again comes first.
                Some(CodeReading::Unknown | CodeReading::NoCode) => {
                    vec![Action::ReadCode, Action::Quit, Action::OtherIdp, Action::Retry]
                }
                Some(_) => vec![Action::Quit, Action::ReadCode, Action::OtherIdp, Action::Retry],
            },
            // A text field only: Enter alone goes back to the wait.
            Step::Paste => vec![],
            Step::Confirm => vec![Action::ConfirmYes, Action::NotMe],
            Step::Done => {
                if self.logged_out {
                    vec![Action::Finish]
                } else {
                    vec![Action::Finish, Action::Logout]
                }
            }
        }
    }

    /// What Enter alone does: the first choice, or the preselected language.
    pub fn default_action(&self) -> Option<Action> {
        // While the edges work, Enter alone must not cancel what is under way.
        if self.step == Step::Authenticate && self.is_working() && !self.picking_language {
            return None;
        }
        let actions = self.actions();
        if self.picking_language || self.step == Step::Language {
            return actions.get(self.language_index()).copied();
        }
        if let Login::Waiting { timed_out: true, .. } = self.login
            && self.step == Step::Authenticate
        {
            return Some(Action::MoreTime);
        }
        // `--no-browser`: opening one "again" is not what Enter should do; waiting is.
        if let Login::Waiting {
            browser: BrowserOpen::NotAsked,
            ..
        } = self.login
            && self.step == Step::Authenticate
        {
            return Some(Action::MoreTime);
        }
        // Trying again is the default once; after that, Enter alone ends the run.
        if self.step == Step::Authenticate && self.failures > 1 && actions.contains(&Action::Retry) {
            return Some(Action::Quit);
        }
        actions.first().copied()
    }

    /// A screen that lasts only while the edges work (preparing the sign-in,
    /// checking the browser's answer): usually a few milliseconds.
    pub fn is_passing(&self) -> bool {
        self.step == Step::Authenticate && self.is_working() && !self.picking_language && !self.help
    }

    /// The edges are working on the sign-in: preparing it, or checking an answer.
    fn is_working(&self) -> bool {
        match self.login {
            Login::Starting | Login::Checking => true,
            Login::Waiting { .. } => self.paste_pending,
            Login::Idle | Login::Failed(_) => false,
        }
    }

    /// The language preselected in the picker.
    pub fn language_index(&self) -> usize {
        self.languages.iter().position(|l| *l == self.lang).unwrap_or(0)
    }

    fn go(&mut self, step: Step) {
        self.back.push(self.step);
        self.step = step;
        self.help = false;
    }

    fn start_login(&mut self) -> Vec<Effect> {
        self.login = Login::Starting;
        self.paste_pending = false;
        self.not_me = false;
        self.code = None;
        vec![Effect::StartLogin {
            use_idp_hint: !self.idp_hint_refused,
            ui_locale: self.lang.clone(),
        }]
    }

    fn quit(&mut self) {
        self.outcome = Some(if self.step == Step::Done {
            Outcome::Connected
        } else if self.failures > 0 {
            Outcome::Failed
        } else {
            Outcome::Cancelled
        });
    }

    fn leave_login(&mut self) -> Vec<Effect> {
        let running = matches!(self.login, Login::Starting | Login::Waiting { .. } | Login::Checking);
        self.login = Login::Idle;
        self.paste_pending = false;
        if running { vec![Effect::CancelLogin] } else { vec![] }
    }
}

pub fn update(state: &mut State, msg: Msg) -> Vec<Effect> {
    // A confirmation is said once: whatever the person does next replaces it.
    if matches!(
        msg,
        Msg::Act(_) | Msg::Back | Msg::Typed(_) | Msg::PickLanguage | Msg::ToggleHelp
    ) {
        state.notice = None;
    }
    // The banner's explanation is about the wait: it ends with it, as does
    // the reading of a pasted address.
    if matches!(msg, Msg::CallbackReceived | Msg::LoginFailed(_) | Msg::Connected(_)) {
        state.paste_pending = false;
        state.notice = state
            .notice
            .take()
            .filter(|n| !matches!(n, Notice::ConnectionNotPossible { .. }));
    }
    match msg {
        Msg::ToggleHelp => {
            state.help = !state.help;
            vec![]
        }
        Msg::ToggleBilingual => {
            state.bilingual = !state.bilingual;
            vec![]
        }
        Msg::SwapLanguages => {
            state.swapped = !state.swapped;
            vec![]
        }
        Msg::SpeechUnavailable => {
            state.speak = false;
            state.notice = Some(Notice::SpeechUnavailable);
            vec![]
        }
        Msg::SpeechStalled => {
            state.speak = false;
            state.notice = Some(Notice::SpeechStalled);
            vec![]
        }
        Msg::KeyDoesNothing => {
            state.notice = Some(Notice::KeyDoesNothing);
            vec![]
        }
        Msg::ToggleSpeech => {
            state.speak = !state.speak;
            state.notice = Some(Notice::Speech(state.speak));
            vec![]
        }
        Msg::ToggleDigits => {
            state.show_digits = !state.show_digits;
            if !state.show_digits {
                state.nir_read_back = None;
            }
            vec![]
        }
        Msg::PickLanguage => {
            if state.step != Step::Language {
                state.picking_language = !state.picking_language;
            }
            vec![]
        }
        Msg::Interrupted => {
            let effects = state.leave_login();
            state.quit();
            effects
        }
        Msg::Back => back(state),
        Msg::Act(action) => act(state, action),
        Msg::Typed(typed) if state.step == Step::Paste => pasted(state, typed),
        Msg::Typed(typed) => {
            match state.step {
                Step::NirCheck => {
                    state.nir = if typed.trim().is_empty() {
                        None
                    } else {
                        Some(nir::check(&typed))
                    };
                    state.nir_read_back = (state.show_digits && state.nir.is_some()).then(|| nir::groups(&typed));
                    if state.nir.is_none() {
                        state.go(Step::ChooseIdp);
                    }
                }
                // Enter alone means "no code was shown": that is explained too.
                Step::ErrorCode if state.code.is_none() => state.code = Some(codes::read(&typed)),
                _ => {}
            }
            vec![]
        }
        Msg::LoginReady { url, browser } => {
            if state.login == Login::Starting {
                state.login = Login::Waiting {
                    url,
                    browser,
                    timed_out: false,
                };
            }
            vec![]
        }
        Msg::BrowserReopened { opened } => {
            if let Login::Waiting { browser, .. } = &mut state.login {
                if opened {
                    *browser = BrowserOpen::Opened;
                }
                state.notice = Some(Notice::BrowserReopened(opened));
            }
            vec![]
        }
        Msg::WaitExtended { until } => {
            if matches!(state.login, Login::Waiting { .. }) {
                state.notice = Some(Notice::MoreTime { until });
            }
            vec![]
        }
        Msg::CallbackReceived => {
            if matches!(state.login, Login::Waiting { .. }) {
                state.login = Login::Checking;
            }
            vec![]
        }
        Msg::WaitTimedOut => {
            if let Login::Waiting { timed_out, .. } = &mut state.login {
                *timed_out = true;
            }
            vec![]
        }
        Msg::LoginFailed(e) => {
            if matches!(state.login, Login::Starting | Login::Waiting { .. } | Login::Checking) {
                if matches!(
                    e,
                    LoginError::Refused {
                        why: ProviderRefusal::InvalidIdpHint,
                        ..
                    }
                ) {
                    state.idp_hint_refused = true;
                }
                state.login = Login::Failed(e);
                state.failures += 1;
            }
            vec![]
        }
        Msg::AnswerByPaste { page } => {
            state.paste_to = Some(page);
            vec![]
        }
        Msg::PasteRefused(problem) => {
            state.paste_pending = false;
            if matches!(state.login, Login::Waiting { .. }) {
                state.paste_problem = Some(problem);
                if state.step != Step::Paste {
                    state.go(Step::Paste);
                }
            }
            vec![]
        }
        Msg::Connected(identity) => {
            if matches!(state.login, Login::Starting | Login::Waiting { .. } | Login::Checking) {
                state.login = Login::Idle;
                state.identity = Some(identity);
                // A new connection, with its own provider session: an earlier
                // logout (after "this is not me") is not this one's.
                state.logged_out = false;
                state.go(Step::Confirm);
            }
            vec![]
        }
        // Only the connection shown can be logged out: the return of the
        // logout that followed "this is not me" says nothing about the next one.
        Msg::LoggedOut => {
            if state.identity.is_some() {
                state.logged_out = true;
            }
            vec![]
        }
        Msg::Intruded => {
            state.notice = Some(Notice::Intruder);
            vec![]
        }
    }
}

fn back(state: &mut State) -> Vec<Effect> {
    if state.help {
        state.help = false;
        return vec![];
    }
    if state.picking_language {
        state.picking_language = false;
        return vec![];
    }
    if !state.can_go_back() {
        return vec![];
    }
    let mut effects = vec![];
    match state.step {
        Step::Authenticate => effects = state.leave_login(),
        // Going back from the check forgets the verdict with the number.
        Step::NirCheck => {
            state.nir = None;
            state.nir_read_back = None;
        }
        // Going back from the confirmation is saying "this is not me": the
        // identity is deleted and the provider session ended.
        Step::Confirm => return act(state, Action::NotMe),
        Step::ErrorCode => state.code = None,
        Step::Paste => state.paste_problem = None,
        _ => {}
    }
    if let Some(prev) = state.back.pop() {
        state.step = prev;
    }
    effects
}

/// The address pasted on the paste step: handed to the attempt, the screen
/// back on the wait (checking, then connected, or the field again with the
/// reason). Enter alone goes back to the wait.
fn pasted(state: &mut State, typed: Zeroizing<String>) -> Vec<Effect> {
    state.paste_problem = None;
    if let Some(prev) = state.back.pop() {
        state.step = prev;
    }
    if typed.trim().is_empty() || !matches!(state.login, Login::Waiting { .. }) {
        return vec![];
    }
    state.paste_pending = true;
    vec![Effect::Paste { address: typed }]
}

fn act(state: &mut State, action: Action) -> Vec<Effect> {
    // Ignore what the current screen does not offer (a stale key, a scripted answer).
    if !state.actions().contains(&action) && !matches!(action, Action::Quit) {
        return vec![];
    }
    match action {
        Action::Language(i) => {
            if let Some(tag) = state.languages.get(i) {
                state.lang = tag.clone();
            }
            if state.picking_language {
                state.picking_language = false;
            } else {
                state.go(Step::Welcome);
            }
            vec![]
        }
        Action::Continue => {
            state.nir = None;
            state.nir_read_back = None;
            state.go(Step::ChooseIdp);
            vec![]
        }
        Action::CheckNir => {
            state.nir = None;
            state.nir_read_back = None;
            if state.step != Step::NirCheck {
                state.go(Step::NirCheck);
            }
            vec![]
        }
        Action::Idp(i) => {
            state.idp = Some(i);
            state.go(Step::Authenticate);
            state.start_login()
        }
        Action::Reopen => match &state.login {
            Login::Waiting { url, .. } => vec![Effect::OpenBrowser { url: url.clone() }],
            _ => vec![],
        },
        Action::MoreTime => {
            if let Login::Waiting { timed_out, .. } = &mut state.login {
                *timed_out = false;
            }
            vec![Effect::ExtendWait]
        }
        Action::Cancel => {
            let effects = state.leave_login();
            state.step = state.back.pop().unwrap_or(Step::ChooseIdp);
            effects
        }
        Action::Retry => {
            if state.step == Step::ErrorCode {
                state.step = Step::Authenticate;
            }
            state.start_login()
        }
        Action::OtherIdp => {
            state.login = Login::Idle;
            state.code = None;
            state
                .back
                .retain(|s| !matches!(s, Step::Authenticate | Step::ErrorCode));
            state.step = state.back.pop().unwrap_or(Step::ChooseIdp);
            vec![]
        }
        Action::ReadCode => {
            state.code = None;
            if state.step != Step::ErrorCode {
                state.go(Step::ErrorCode);
            }
            vec![]
        }
        // The platform sends nothing to the service after this banner: the
        // wait goes on, and the explanation says how to go on in the browser.
        Action::NotPossible => {
            let idp = state.idp.and_then(|i| IDPS.get(i)).map_or("", |i| i.name);
            state.notice = Some(Notice::ConnectionNotPossible { idp });
            vec![]
        }
        Action::Paste => {
            state.paste_problem = None;
            if state.step != Step::Paste {
                state.go(Step::Paste);
            }
            vec![]
        }
        Action::ConfirmYes => {
            state.go(Step::Done);
            vec![]
        }
        Action::NotMe => {
            // Forget the identity, end the provider session so another account
            // can be used, and go back to the choice of provider.
            state.identity = None;
            state.not_me = true;
            state.back.retain(|s| !matches!(s, Step::Authenticate | Step::Confirm));
            state.step = Step::ChooseIdp;
            vec![Effect::Logout {
                ui_locale: state.lang.clone(),
            }]
        }
        Action::Logout => vec![Effect::Logout {
            ui_locale: state.lang.clone(),
        }],
        Action::Finish | Action::Quit => {
            let effects = state.leave_login();
            state.quit();
            effects
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::oidc::error::{LoginError, refusal};

    fn state() -> State {
        State::new(vec!["fr".into(), "uk".into(), "en".into()], "uk".into(), false)
    }

    fn identity() -> Identity {
        let mut id = Identity::default();
        id.given_name = "Angela Claire Louise".into();
        id.family_name = "DUBOIS".into();
        id
    }

    /// Takes the default choice of the current screen, as Enter does.
    fn enter(s: &mut State) -> Vec<Effect> {
        let field = (s.step == Step::NirCheck && s.nir.is_none()) || (s.step == Step::ErrorCode && s.code.is_none());
        if field {
            return update(s, Msg::Typed(Zeroizing::new(String::new())));
        }
        let default = s.default_action().expect("every screen has a default");
        update(s, Msg::Act(default))
    }

    #[test]
    fn enter_on_every_step_reaches_a_confirmed_connection() {
        let mut s = state();
        assert_eq!(s.step, Step::Language);
        assert_eq!(s.language_index(), 1, "system language preselected");
        enter(&mut s);
        assert_eq!(s.step, Step::Welcome);
        enter(&mut s);
        assert_eq!(s.step, Step::ChooseIdp);
        let effects = enter(&mut s);
        assert_eq!(
            effects,
            vec![Effect::StartLogin {
                use_idp_hint: true,
                ui_locale: "uk".into()
            }]
        );
        update(
            &mut s,
            Msg::LoginReady {
                url: "http://127.0.0.1/a".into(),
                browser: BrowserOpen::Opened,
            },
        );
        update(&mut s, Msg::CallbackReceived);
        assert_eq!(s.login, Login::Checking);
        update(&mut s, Msg::Connected(identity()));
        assert_eq!(s.step, Step::Confirm);
        enter(&mut s);
        assert_eq!(s.step, Step::Done);
        enter(&mut s);
        assert_eq!(s.outcome, Some(Outcome::Connected));
    }

    /// Issue 19: with `--no-browser`, Enter alone waits; it does not open a browser "again".
    #[test]
    fn without_a_browser_enter_alone_waits() {
        let mut s = State::new(vec!["fr".into()], "fr".into(), true);
        enter(&mut s);
        update(&mut s, Msg::Act(Action::Idp(0)));
        for (browser, default) in [
            (BrowserOpen::NotAsked, Action::MoreTime),
            (BrowserOpen::Opened, Action::Reopen),
        ] {
            s.login = Login::Starting;
            update(
                &mut s,
                Msg::LoginReady {
                    url: "http://127.0.0.1/a".into(),
                    browser,
                },
            );
            assert_eq!(s.default_action(), Some(default), "{browser:?}");
        }
    }

    #[test]
    fn switching_language_keeps_progress() {
        let mut s = State::new(vec!["fr".into(), "uk".into()], "fr".into(), true);
        enter(&mut s);
        update(&mut s, Msg::Act(Action::Idp(2)));
        update(
            &mut s,
            Msg::LoginReady {
                url: "u".into(),
                browser: BrowserOpen::NotAsked,
            },
        );
        update(&mut s, Msg::PickLanguage);
        assert_eq!(s.actions(), vec![Action::Language(0), Action::Language(1)]);
        update(&mut s, Msg::Act(Action::Language(1)));
        assert_eq!(s.lang, "uk");
        assert!(!s.picking_language);
        assert_eq!(s.step, Step::Authenticate);
        assert_eq!(s.idp, Some(2));
        assert!(matches!(s.login, Login::Waiting { .. }));
    }

    #[test]
    fn the_number_check_gives_a_verdict_and_enter_alone_skips_it() {
        let mut s = State::new(vec!["fr".into()], "fr".into(), true);
        update(&mut s, Msg::Act(Action::CheckNir));
        assert_eq!(s.step, Step::NirCheck);
        update(&mut s, Msg::Typed(Zeroizing::new("7 90 05 99 155 001 00".into())));
        assert!(matches!(
            s.nir,
            Some(NirVerdict::Malformed | NirVerdict::WrongKey | NirVerdict::Temporary)
        ));
        assert_eq!(s.step, Step::NirCheck);
        update(&mut s, Msg::Act(Action::CheckNir));
        assert_eq!(s.nir, None);
        update(&mut s, Msg::Typed(Zeroizing::new(String::new())));
        assert_eq!(s.step, Step::ChooseIdp);
        update(&mut s, Msg::Back);
        update(&mut s, Msg::Back);
        assert_eq!(s.step, Step::Welcome);
    }

    #[test]
    fn a_refusal_offers_retry_and_quitting_is_a_failure() {
        let mut s = State::new(vec!["fr".into()], "fr".into(), true);
        enter(&mut s);
        let effects = update(&mut s, Msg::Act(Action::Idp(0)));
        assert_eq!(
            effects,
            vec![Effect::StartLogin {
                use_idp_hint: true,
                ui_locale: "fr".into()
            }]
        );
        update(
            &mut s,
            Msg::LoginReady {
                url: "u".into(),
                browser: BrowserOpen::Opened,
            },
        );
        update(&mut s, Msg::LoginFailed(refusal("invalid_request", None)));
        assert_eq!(s.actions(), vec![Action::Retry, Action::OtherIdp, Action::Quit]);
        assert_eq!(
            s.default_action(),
            Some(Action::Retry),
            "trying again is the default once"
        );
        let again = update(&mut s, Msg::Act(Action::Retry));
        assert!(matches!(again[0], Effect::StartLogin { .. }));
        update(&mut s, Msg::LoginFailed(refusal("invalid_idp_hint", None)));
        assert_eq!(s.default_action(), Some(Action::Quit), "then Enter alone leaves");
        let again = update(&mut s, Msg::Act(Action::Retry));
        assert_eq!(
            again,
            vec![Effect::StartLogin {
                use_idp_hint: false,
                ui_locale: "fr".into()
            }]
        );
        update(&mut s, Msg::LoginFailed(LoginError::Timeout));
        update(&mut s, Msg::Act(Action::OtherIdp));
        assert_eq!(s.step, Step::ChooseIdp);
        update(&mut s, Msg::Act(Action::Quit));
        assert_eq!(s.outcome, Some(Outcome::Failed));
    }

    #[test]
    fn timeouts_can_be_extended_and_waiting_cancelled() {
        let mut s = State::new(vec!["fr".into()], "fr".into(), true);
        enter(&mut s);
        enter(&mut s);
        update(
            &mut s,
            Msg::LoginReady {
                url: "u".into(),
                browser: BrowserOpen::NotAsked,
            },
        );
        let before = s.actions();
        update(&mut s, Msg::WaitTimedOut);
        assert_eq!(s.actions(), before, "the numbers keep their meaning after the time-out");
        assert_eq!(s.default_action(), Some(Action::MoreTime));
        assert_eq!(enter(&mut s), vec![Effect::ExtendWait]);
        update(
            &mut s,
            Msg::WaitExtended {
                until: Some("14:35".into()),
            },
        );
        assert_eq!(
            s.notice,
            Some(Notice::MoreTime {
                until: Some("14:35".into())
            })
        );
        assert_eq!(
            update(&mut s, Msg::Act(Action::Reopen)),
            vec![Effect::OpenBrowser { url: "u".into() }]
        );
        assert_eq!(update(&mut s, Msg::Act(Action::Cancel)), vec![Effect::CancelLogin]);
        assert_eq!(s.step, Step::ChooseIdp);
        // A late answer from the cancelled attempt changes nothing.
        update(&mut s, Msg::Connected(identity()));
        assert_eq!(s.step, Step::ChooseIdp);
        assert!(s.identity.is_none());
    }

    #[test]
    fn not_me_forgets_the_identity_and_logs_out() {
        let mut s = State::new(vec!["fr".into()], "fr".into(), true);
        enter(&mut s);
        enter(&mut s);
        update(&mut s, Msg::Connected(identity()));
        assert_eq!(
            update(&mut s, Msg::Act(Action::NotMe)),
            vec![Effect::Logout { ui_locale: "fr".into() }]
        );
        assert!(s.identity.is_none());
        assert_eq!(s.step, Step::ChooseIdp);
        update(&mut s, Msg::Interrupted);
        assert_eq!(s.outcome, Some(Outcome::Cancelled));
    }

    #[test]
    fn a_new_sign_in_after_not_me_has_its_own_status_and_logout() {
        let mut s = State::new(vec!["fr".into()], "fr".into(), true);
        enter(&mut s);
        enter(&mut s);
        update(&mut s, Msg::Connected(identity()));
        update(&mut s, Msg::Act(Action::NotMe));
        // The first session's logout comes back while the person chooses again.
        update(&mut s, Msg::LoggedOut);
        assert!(!s.logged_out, "nothing shown is logged out: the identity is gone");
        assert!(matches!(
            update(&mut s, Msg::Act(Action::Idp(0))).as_slice(),
            [Effect::StartLogin { .. }]
        ));
        update(&mut s, Msg::Connected(identity()));
        update(&mut s, Msg::Act(Action::ConfirmYes));
        assert_eq!(s.step, Step::Done);
        assert!(!s.logged_out);
        assert_eq!(s.actions(), vec![Action::Finish, Action::Logout]);
        assert_eq!(
            update(&mut s, Msg::Act(Action::Logout)),
            vec![Effect::Logout { ui_locale: "fr".into() }]
        );
        update(&mut s, Msg::LoggedOut);
        assert!(s.logged_out);
        assert_eq!(s.actions(), vec![Action::Finish]);
    }

    #[test]
    fn stale_choices_are_ignored() {
        let mut s = State::new(vec!["fr".into()], "fr".into(), true);
        assert!(update(&mut s, Msg::Act(Action::Logout)).is_empty());
        assert!(update(&mut s, Msg::Act(Action::Idp(0))).is_empty());
        assert_eq!(s.step, Step::Welcome);
    }

    #[test]
    fn after_access_denied_the_code_of_the_error_page_is_read_and_enter_alone_ends() {
        let mut s = State::new(vec!["fr".into()], "fr".into(), true);
        enter(&mut s);
        enter(&mut s);
        update(
            &mut s,
            Msg::LoginFailed(refusal("access_denied", Some("user authentication aborted"))),
        );
        assert_eq!(s.default_action(), Some(Action::ReadCode));
        enter(&mut s);
        assert_eq!(s.step, Step::ErrorCode);
        update(&mut s, Msg::Typed(Zeroizing::new("Erreur Y010008".into())));
        assert_eq!(s.code, Some(CodeReading::Known("Y010008", "y010008")));
        assert_eq!(s.default_action(), Some(Action::Quit));
        update(&mut s, Msg::Back);
        assert_eq!(s.step, Step::Authenticate);
        enter(&mut s);
        // Enter alone in the field: "the page showed no code", explained too.
        enter(&mut s);
        assert_eq!(s.code, Some(CodeReading::NoCode));
        // Perhaps a slip: Enter alone asks for the code again, it never ends the run.
        assert_eq!(s.default_action(), Some(Action::ReadCode));
        enter(&mut s);
        assert_eq!((s.step, s.code, s.outcome), (Step::ErrorCode, None, None));
        update(&mut s, Msg::Typed(Zeroizing::new("Y99".into())));
        assert_eq!(s.code, Some(CodeReading::Unknown));
        assert_eq!(s.default_action(), Some(Action::ReadCode));
    }

    #[test]
    fn after_the_registers_technical_failures_the_code_is_offered_too() {
        // Y010011/12 come back as `temporarily_unavailable`, Y010013 as `server_error`.
        for (error, code) in [("temporarily_unavailable", "Y010011"), ("server_error", "Y010013")] {
            let mut s = State::new(vec!["fr".into()], "fr".into(), true);
            enter(&mut s);
            enter(&mut s);
            let description = "authentication aborted due to a technical error on the authorization server";
            update(&mut s, Msg::LoginFailed(refusal(error, Some(description))));
            assert_eq!(s.default_action(), Some(Action::ReadCode), "{error}");
            enter(&mut s);
            assert_eq!(s.step, Step::ErrorCode);
            update(&mut s, Msg::Typed(Zeroizing::new(code.to_lowercase())));
            assert_eq!(s.code.map(CodeReading::message), Some("register-technical"), "{error}");
        }
        // Other refusals have nothing to read.
        let mut s = State::new(vec!["fr".into()], "fr".into(), true);
        enter(&mut s);
        enter(&mut s);
        update(&mut s, Msg::LoginFailed(refusal("invalid_request", None)));
        assert!(!s.actions().contains(&Action::ReadCode));
    }

    #[test]
    fn the_banner_after_cancelling_at_the_provider_is_explained_and_the_wait_goes_on() {
        let mut s = State::new(vec!["fr".into()], "fr".into(), true);
        enter(&mut s);
        update(&mut s, Msg::Act(Action::Idp(1)));
        update(
            &mut s,
            Msg::LoginReady {
                url: "http://127.0.0.1/a".into(),
                browser: BrowserOpen::Opened,
            },
        );
        let before = s.actions();
        assert_eq!(before.last(), Some(&Action::NotPossible));
        assert_eq!(&before[..3], [Action::Reopen, Action::MoreTime, Action::Cancel]);
        assert!(
            update(&mut s, Msg::Act(Action::NotPossible)).is_empty(),
            "nothing to cancel"
        );
        assert_eq!(s.notice, Some(Notice::ConnectionNotPossible { idp: IDPS[1].name }));
        assert!(matches!(s.login, Login::Waiting { .. }));
        // The browser may still come back: the answer is taken as usual,
        // and the explanation, about the wait, ends with it.
        update(&mut s, Msg::CallbackReceived);
        assert_eq!(s.login, Login::Checking);
        assert_eq!(s.notice, None);
    }

    #[test]
    fn the_address_of_the_services_page_is_pasted_checked_and_typed_again_when_wrong() {
        let mut s = State::new(vec!["fr".into()], "fr".into(), true);
        enter(&mut s);
        enter(&mut s);
        update(
            &mut s,
            Msg::AnswerByPaste {
                page: "https://mairie.example.fr/retour".into(),
            },
        );
        update(
            &mut s,
            Msg::LoginReady {
                url: "http://127.0.0.1/start-x".into(),
                browser: BrowserOpen::Opened,
            },
        );
        assert_eq!(s.default_action(), Some(Action::Paste));
        enter(&mut s);
        assert_eq!((s.step, Step::Paste.number()), (Step::Paste, 4));
        assert!(s.actions().is_empty(), "a text field only");
        // Enter alone goes back to the wait, nothing sent.
        assert!(update(&mut s, Msg::Typed(Zeroizing::new(" ".into()))).is_empty());
        assert_eq!(s.step, Step::Authenticate);
        enter(&mut s);
        let address = "https://mairie.example.fr/retour?code=c&state=s";
        assert_eq!(
            update(&mut s, Msg::Typed(Zeroizing::new(address.into()))),
            vec![Effect::Paste {
                address: Zeroizing::new(address.into())
            }]
        );
        assert_eq!(s.step, Step::Authenticate);
        // While it is read, Enter alone does nothing and only cancelling is offered.
        assert!(s.is_passing());
        assert_eq!((s.default_action(), s.actions()), (None, vec![Action::Cancel]));
        // Not the answer: the field again, with the reason.
        update(&mut s, Msg::PasteRefused(PasteProblem::OtherAttempt));
        assert_eq!(
            (s.step, s.paste_problem),
            (Step::Paste, Some(PasteProblem::OtherAttempt))
        );
        assert!(!s.paste_pending);
        update(&mut s, Msg::Back);
        assert_eq!((s.step, s.paste_problem), (Step::Authenticate, None));
        update(&mut s, Msg::CallbackReceived);
        update(&mut s, Msg::Connected(identity()));
        assert_eq!(s.step, Step::Confirm);
        // Once connected, a late refusal changes nothing.
        update(&mut s, Msg::PasteRefused(PasteProblem::NoAnswer));
        assert_eq!(s.step, Step::Confirm);
    }

    #[test]
    fn going_back_from_the_identity_check_is_saying_not_me() {
        let mut s = State::new(vec!["fr".into()], "fr".into(), true);
        enter(&mut s);
        enter(&mut s);
        update(&mut s, Msg::Connected(identity()));
        assert_eq!(
            update(&mut s, Msg::Back),
            vec![Effect::Logout { ui_locale: "fr".into() }]
        );
        assert_eq!(s.step, Step::ChooseIdp);
        assert!(s.identity.is_none() && s.not_me);
        assert_eq!(s.login, Login::Idle);
    }
}
