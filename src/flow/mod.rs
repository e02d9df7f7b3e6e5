//! The guided steps as a pure state machine: `update(state, msg)` returns the
//! effects to run. No terminal, no HTTP, no clock: unit tests run in microseconds.

pub mod codes;
pub mod nir;
mod update;

pub use update::update;

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
    /// The language chosen is one this screen cannot draw (the Linux
    /// console's full screen): the screen stayed in its language and says
    /// what works there instead.
    LanguageNotDrawn(String),
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
    /// Languages this face cannot draw (the Linux console's full screen has
    /// no glyphs for their script): the picker names them in the reader's
    /// language only, and choosing one tells what works instead.
    pub undrawable: Vec<String>,
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
            undrawable: Vec::new(),
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
    /// French, which the real site speaks, unless French is already the main
    /// one; the one asked for only if this screen can draw it.
    pub fn second_lang(&self) -> &str {
        match &self.second_choice {
            Some(l) if *l != self.lang && !self.undrawable.contains(l) => l,
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

#[cfg(test)]
mod tests;
