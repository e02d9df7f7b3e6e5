use super::*;

#[test]
fn the_real_sites_words_quoted_by_the_french_sentence_are_marked_french() {
    let fr = "la dernière page dit « Vous allez vous connecter en tant que : » puis « Bienvenue ».";
    let uk = "сторінка каже « Vous allez vous connecter en tant que : » і «Bienvenue».";
    let p = mark(uk, fr);
    assert_eq!(p.plain(), uk);
    let french: Vec<&str> = p.0.iter().filter(|r| r.french).map(|r| r.text.as_str()).collect();
    assert_eq!(french, ["Vous allez vous connecter en tant que :", "Bienvenue"]);
    // A translated word in quotes is not French; nor is a phrase inside a longer word.
    let p = mark(
        "Оберіть «Спробувати ще раз». Erreurs",
        "Choisissez « Réessayer ». « Erreur »",
    );
    assert!(p.0.iter().all(|r| !r.french), "{p:?}");
    // English quotes the site with ASCII quotes too.
    let p = mark(r#"then click "Se connecter"."#, "puis cliquez sur « Se connecter ».");
    assert!(p.0.iter().any(|r| r.french && r.text == "Se connecter"));
    assert_eq!(mark("", "").plain(), "");
}

#[test]
fn y010008_comes_first_and_every_code_is_explained_once() {
    let groups = code_groups();
    assert_eq!(groups[0], ("y010008", vec!["Y010008"]));
    let all: Vec<&str> = groups.iter().flat_map(|(_, c)| c.clone()).collect();
    for (code, message) in codes::KNOWN {
        // Registration codes are for the service's administrator, not on the person's sheet.
        let for_the_person = codes::on_the_sheet(message);
        assert_eq!(
            all.iter().filter(|c| *c == code).count(),
            usize::from(for_the_person),
            "{code}"
        );
    }
    let technical = groups.iter().find(|(m, _)| *m == "register-technical").unwrap();
    assert_eq!(technical.1, ["Y010011", "Y010012", "Y010013"]);
}

fn labels(sheet: &Sheet) -> Vec<(String, Look)> {
    fn walk(blocks: &[Block], out: &mut Vec<(String, Look)>) {
        for b in blocks {
            match b {
                Block::Labels(l) => out.extend(l.iter().map(|l| (l.words.french.clone(), l.look))),
                Block::Step { blocks, .. } => walk(blocks, out),
                _ => {}
            }
        }
    }
    let mut out = vec![];
    for s in &sheet.sections {
        walk(&s.blocks, &mut out);
    }
    out
}

#[test]
fn the_steps_show_todays_words_in_order_from_the_assistants_views() {
    let catalog = Catalog::load();
    let fr = |id: &str| catalog.text("fr", id, &[("service", Arg::Str(ANY_SERVICE))]);
    for lang in catalog.tags() {
        let sheet = build(&catalog, &lang);
        let got = labels(&sheet);
        let want = [
            (fr("fr-words-button"), Look::FranceConnectButton),
            (fr("fr-words-choose"), Look::Title),
            (fr("fr-words-login"), Look::Button),
            (fr("fr-words-as"), Look::Title),
            (fr("fr-words-continue"), Look::BlueButton),
            (fr("fr-words-consent"), Look::Checkbox),
            (fr("fr-words-error"), Look::Title),
            (fr("fr-words-code"), Look::Title),
            (fr("fr-words-what-to-do"), Look::Title),
            (fr("sheet-words-aidants"), Look::QuestionThenButton),
        ];
        assert_eq!(got, want, "{lang}");
        assert_eq!(got[4].0, "Continuer sur …");
        assert_eq!(sheet.rtl, catalog.is_rtl(&lang));
    }
}

#[test]
fn a_change_of_wording_in_a_step_is_a_change_in_the_sheet() {
    // The sheet's sentences are the views' own: the welcome step's paragraphs
    // and note, the providers' lines and the codes' explanations, word for word.
    let catalog = Catalog::load();
    let sheet = build(&catalog, "uk");
    let html = html::render(&sheet);
    let text = text::render(&sheet);
    let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let ctx = super::context(ANY_SERVICE);
    let mut state = State::new(catalog.tags(), "uk".into(), true);
    let welcome = view::build(&state, &catalog, &ctx);
    state.step = Step::ChooseIdp;
    let choose = view::build(&state, &catalog, &ctx);
    let mut want: Vec<String> = welcome.body.iter().map(|t| t.main.clone()).collect();
    want.push(welcome.note.main.clone());
    want.extend(choose.choices.iter().filter_map(|c| c.detail.clone()));
    for id in ["code-y010008", "code-y010004", "code-y190001", "done-help"] {
        want.push(catalog.text("uk", id, &[]));
    }
    for w in want {
        assert!(html.contains(&crate::html::esc(&w)), "html lacks {w}");
        assert!(flat(&text).contains(&flat(&w)), "text lacks {w}");
    }
}

#[test]
fn lines_fit_80_columns_in_every_language() {
    let catalog = Catalog::load();
    for lang in catalog.tags() {
        // Alone, with French beside, with Georgian (long words) or Arabic beside.
        for second in [None, Some("fr"), Some("ka"), Some("ar")] {
            let text = text::render(&bilingual(&catalog, &lang, second));
            for line in text.lines() {
                assert!(
                    crate::ui::wrap::columns(line) <= text::WIDTH,
                    "{lang} {second:?}: {line}"
                );
            }
            assert!(text.ends_with('\n') && !text.contains("\n\n\n"), "{lang}");
        }
    }
}

#[test]
fn french_goes_beside_unless_the_person_reads_french_or_asks_otherwise() {
    let catalog = Catalog::load();
    assert_eq!(second_lang(&catalog, "uk", None).as_deref(), Some("fr"));
    assert_eq!(second_lang(&catalog, "fr", None), None);
    assert_eq!(second_lang(&catalog, "uk", Some("none")), None);
    assert_eq!(second_lang(&catalog, "uk", Some("uk_UA.UTF-8")), None);
    assert_eq!(second_lang(&catalog, "fr", Some("en")).as_deref(), Some("en"));
    assert_eq!(second_lang(&catalog, "uk", Some("ru")).as_deref(), Some("ru"));
    // An unknown one is refused before (`run`), never a panic here.
    assert_eq!(second_lang(&catalog, "uk", Some("xx")), None);
    let mut out = vec![];
    let options = SheetOptions {
        lang: Some("uk".into()),
        second_lang: Some("xx".into()),
        format: SheetFormat::Text,
        ..Default::default()
    };
    assert_eq!(run(&catalog, &options, "uk", &mut out), exit::USAGE);
    assert!(out.is_empty());
}

#[test]
fn the_steps_come_first_and_the_second_language_matches_block_for_block() {
    let catalog = Catalog::load();
    for lang in catalog.tags() {
        let sheet = bilingual(&catalog, &lang, Some("en"));
        assert!(
            matches!(sheet.sections[0].blocks[0], Block::Step { number: 1, .. }),
            "{lang}"
        );
        // The list of providers after the steps.
        let providers = sheet.sections.iter().position(|s| {
            s.blocks
                .iter()
                .any(|b| matches!(b, Block::Bullet(_, items) if !items.is_empty()))
        });
        assert!(providers > Some(0), "{lang}");
        let second = sheet.beside.as_deref().unwrap();
        assert_eq!(second.lang, "en");
        let shape = |s: &Sheet| -> Vec<Vec<std::mem::Discriminant<Block>>> {
            s.sections
                .iter()
                .map(|s| s.blocks.iter().map(std::mem::discriminant).collect())
                .collect()
        };
        assert_eq!(shape(&sheet), shape(second), "{lang}");
    }
}

#[test]
fn aidants_connect_is_a_question_then_a_button_with_its_address_written_out() {
    let catalog = Catalog::load();
    let fr = catalog.text("fr", "sheet-words-aidants", &[]);
    assert_eq!(
        question_and_button(&fr),
        ("Vous êtes un aidant professionnel ?", "Utiliser Aidants Connect")
    );
    assert_eq!(question_and_button("Utiliser"), ("", "Utiliser"));
    assert_eq!(question_and_button("?"), ("?", ""));
    for lang in catalog.tags() {
        let sheet = build(&catalog, &lang);
        let helper = sheet.sections.last().unwrap();
        assert!(
            helper.blocks.contains(&Block::Address(AIDANTS_CONNECT_SITE.into())),
            "{lang}"
        );
        let text = text::render(&sheet);
        assert!(text.contains("[ Utiliser Aidants Connect ]"), "{lang}");
    }
}

#[test]
fn an_unknown_language_is_a_usage_error_and_nothing_is_written() {
    let catalog = Catalog::load();
    let mut out = vec![];
    let options = SheetOptions {
        lang: Some("xx".into()),
        second_lang: None,
        format: SheetFormat::Html,
        ..Default::default()
    };
    assert_eq!(run(&catalog, &options, "fr", &mut out), exit::USAGE);
    assert!(out.is_empty());
    let options = SheetOptions {
        lang: Some("uk_UA.UTF-8".into()),
        second_lang: None,
        format: SheetFormat::Text,
        ..Default::default()
    };
    assert_eq!(run(&catalog, &options, "uk", &mut out), exit::OK);
    assert!(
        String::from_utf8(out)
            .unwrap()
            .starts_with(&catalog.text("uk", "sheet-title", &[]))
    );
}

#[test]
fn no_message_id_is_ever_printed_in_place_of_its_text() {
    // The catalog gives back the id of a message no locale has: the sheet must never show one.
    let catalog = Catalog::load();
    for lang in catalog.tags() {
        let sheet = bilingual(&catalog, &lang, Some(if lang == "en" { "fr" } else { "en" }));
        for page in [html::render(&sheet), text::render(&sheet)] {
            for id in [
                "sheet-",
                "welcome-",
                "idp-",
                "auth-",
                "confirm-",
                "code-y",
                "code-register",
                "done-",
                "fr-words-",
            ] {
                assert!(!page.contains(id), "{lang}: {id}");
            }
        }
    }
}
