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

#[test]
fn a_language_the_screen_cannot_draw_is_not_switched_to_and_says_why() {
    let mut s = State::new(vec!["fr".into(), "ar".into(), "uk".into()], "fr".into(), true);
    s.undrawable = vec!["ar".into()];
    update(&mut s, Msg::PickLanguage);
    assert!(s.picking_language);
    update(&mut s, Msg::Act(Action::Language(1)));
    assert_eq!(s.lang, "fr", "the screen stays in a language it can draw");
    assert!(!s.picking_language, "back on the step, where the notice is read");
    assert_eq!(s.step, Step::Welcome);
    assert_eq!(s.notice, Some(Notice::LanguageNotDrawn("ar".into())));
    // Another language still switches.
    update(&mut s, Msg::PickLanguage);
    update(&mut s, Msg::Act(Action::Language(2)));
    assert_eq!((s.lang.as_str(), s.notice.as_ref()), ("uk", None));
    // Nor is it put under each paragraph: French is, as by default.
    s.second_choice = Some("ar".into());
    assert_eq!(s.second_lang(), "fr");
}
