//! The state machine's moves: each message, and each choice, to the next
//! state and the effects the edges run.

use super::*;

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
                if state.undrawable.contains(tag) {
                    state.notice = Some(Notice::LanguageNotDrawn(tag.clone()));
                    state.picking_language = false;
                    return vec![];
                }
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
