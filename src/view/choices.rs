//! The choices of a step, labelled in the person's language (and the second
//! one under them); a language by the name the reader knows, then its own.

use super::*;

/// The step's choices, each with its label in the second language under it
/// (not for languages and providers: their names are the same in both).
pub(super) fn choices(state: &State, tr: &Tr, under: Option<&Tr>, ctx: &Context) -> Vec<Choice> {
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

pub(super) fn choice(tr: &Tr, catalog: &Catalog, action: Action, ctx: &Context, state: &State) -> Choice {
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
            // A name this screen cannot draw is left out, not shown as boxes.
            let drawn = !state.undrawable.contains(&tag);
            let (mut label, own_name) = if known.to_lowercase() == own.to_lowercase() || !drawn {
                (if drawn { own } else { known }, None)
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
