//! What each step says: its title, text, French words, address and field,
//! before the words around every step (progress, keys, reminder) are added.

use super::*;

/// What a step says, before the words around every step are added.
#[derive(Default)]
pub(super) struct Content {
    pub(super) body: Vec<Text>,
    pub(super) french: Vec<FrenchWords>,
    pub(super) address: Option<String>,
    pub(super) address_needed: bool,
    pub(super) address_after: Option<usize>,
    pub(super) command: Option<String>,
    pub(super) input: Option<Input>,
    /// Which paragraphs of `body` hold personal data.
    pub(super) personal: Vec<usize>,
}

impl Content {
    /// A paragraph that holds personal data: shown, never said by another program.
    pub(super) fn push_personal(&mut self, text: Text) {
        self.personal.push(self.body.len());
        self.body.push(text);
    }
}

/// Step 2: what FranceConnect is and the permanent-number prerequisite.
pub(super) fn welcome(tr: &Tr, c: &mut Content) -> (Text, &'static str) {
    for id in ["welcome-what", "welcome-need", "welcome-where", "welcome-without"] {
        c.body.push(tr.both(id));
    }
    c.french.push(tr.site_words("fr-words-button", &[]));
    (tr.both("welcome-title"), "welcome-note")
}

/// Step 2, the local check of a social security number.
pub(super) fn nir_check(state: &State, tr: &Tr, c: &mut Content) -> (Text, &'static str) {
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
pub(super) fn choose_idp(state: &State, tr: &Tr, c: &mut Content) -> (Text, &'static str) {
    if state.not_me {
        c.body.push(tr.both("idp-after-not-me"));
    }
    c.body.push(tr.both("idp-body"));
    c.french.push(tr.site_words("fr-words-choose", &[]));
    (tr.both("idp-title"), "idp-note")
}

/// Step 4: the browser part, from preparing to a failure explained.
pub(super) fn authenticate(state: &State, tr: &Tr, ctx: &Context, c: &mut Content) -> (Text, &'static str) {
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
pub(super) fn error_code(state: &State, tr: &Tr, c: &mut Content) -> (Text, &'static str) {
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
pub(super) fn paste(state: &State, tr: &Tr, ctx: &Context, c: &mut Content) -> (Text, &'static str) {
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
pub(super) fn confirm(state: &State, tr: &Tr, ctx: &Context, c: &mut Content) -> (Text, &'static str) {
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
pub(super) fn done(state: &State, tr: &Tr, c: &mut Content) -> (Text, &'static str) {
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
