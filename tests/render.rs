//! Every step, in every shipped locale, drawn on a TestBackend at 80×24 and at
//! the smallest supported size, compared with snapshot files under
//! tests/snapshots (`UPDATE_SNAPSHOTS=1 cargo test --test render` rewrites them).

mod support;

use fcguide::flow::{Action, Msg, State, update};
use fcguide::i18n::Catalog;
use fcguide::identity::Identity;
use fcguide::oidc::error::refusal;
use fcguide::ui::tui::{Cursor, MIN_COLS, MIN_ROWS, Theme, draw};
use fcguide::view::{self, Context, View};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::PathBuf;
use zeroize::Zeroizing;

fn identity() -> Identity {
    let mut id = Identity::default();
    id.sub = "s".into();
    id.given_name = "Angela Claire Louise".into();
    id.family_name = "DUBOIS".into();
    id.birthdate = "1962-08-24".into();
    id.birthplace = "75107".into();
    id.birthcountry = "99100".into();
    id
}

/// (name, state) for every screen a person can meet.
fn screens(catalog: &Catalog, lang: &str) -> Vec<(&'static str, State)> {
    let fresh = |skip| State::new(catalog.tags(), lang.to_string(), skip);
    let mut out = vec![("1-language", fresh(false)), ("2-welcome", fresh(true))];
    let mut s = fresh(true);
    update(&mut s, Msg::Act(Action::CheckNir));
    out.push(("2-nir-input", s));
    let mut s = fresh(true);
    update(&mut s, Msg::Act(Action::CheckNir));
    update(&mut s, Msg::Typed(Zeroizing::new("7 90 05 99 155 001 00".into())));
    out.push(("2-nir-verdict", s));
    let mut s = fresh(true);
    update(&mut s, Msg::Act(Action::Continue));
    out.push(("3-idp", s));
    let mut s = fresh(true);
    update(&mut s, Msg::Act(Action::Continue));
    update(&mut s, Msg::Act(Action::Idp(1)));
    update(
        &mut s,
        Msg::LoginReady {
            url: "http://127.0.0.1:8400/start".into(),
            browser: fcguide::flow::BrowserOpen::NotAsked,
        },
    );
    out.push(("4-waiting", s));
    let mut s = fresh(true);
    update(&mut s, Msg::Act(Action::Continue));
    update(&mut s, Msg::Act(Action::Idp(1)));
    update(&mut s, Msg::LoginFailed(refusal("access_denied", Some("Y010008"))));
    out.push(("4-identity-not-found", s));
    let mut s = fresh(true);
    update(&mut s, Msg::Act(Action::Continue));
    update(&mut s, Msg::Act(Action::Idp(1)));
    update(
        &mut s,
        Msg::LoginFailed(refusal("access_denied", Some("user authentication aborted"))),
    );
    out.push(("4-access-denied", s));
    let mut s = fresh(true);
    update(&mut s, Msg::Act(Action::Continue));
    update(&mut s, Msg::Act(Action::Idp(1)));
    update(
        &mut s,
        Msg::LoginFailed(refusal("access_denied", Some("user authentication aborted"))),
    );
    update(&mut s, Msg::Act(Action::ReadCode));
    out.push(("4-code-input", s));
    let mut s = fresh(true);
    update(&mut s, Msg::Act(Action::Continue));
    update(&mut s, Msg::Act(Action::Idp(1)));
    update(
        &mut s,
        Msg::LoginFailed(refusal("access_denied", Some("user authentication aborted"))),
    );
    update(&mut s, Msg::Act(Action::ReadCode));
    update(&mut s, Msg::Typed(Zeroizing::new("Y010008".into())));
    out.push(("4-code-y010008", s));
    let mut s = fresh(true);
    update(&mut s, Msg::Act(Action::Continue));
    update(&mut s, Msg::Act(Action::Idp(0)));
    update(&mut s, Msg::Connected(identity()));
    out.push(("5-confirm", s));
    let mut s = fresh(true);
    update(&mut s, Msg::Act(Action::Continue));
    update(&mut s, Msg::Act(Action::Idp(0)));
    update(&mut s, Msg::Connected(identity()));
    update(&mut s, Msg::Act(Action::ConfirmYes));
    out.push(("6-done", s));
    out
}

fn render(view: &View, w: u16, h: u16) -> String {
    let mut cursor = Cursor::default();
    cursor.selected = view.default.unwrap_or(0);
    render_with(view, w, h, &mut cursor).0
}

/// The screen as text, and where the terminal's own cursor stands.
fn render_with(view: &View, w: u16, h: u16, cursor: &mut Cursor) -> (String, Option<(u16, u16)>) {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal
        .draw(|f| {
            draw(f, view, cursor, Theme::NoColor, true);
        })
        .unwrap();
    let backend = terminal.backend();
    let at = backend
        .cursor_visible()
        .then(|| (backend.cursor_position().x, backend.cursor_position().y));
    let buffer = backend.buffer().clone();
    let mut out = String::new();
    for y in 0..h {
        let mut line = String::new();
        let mut x = 0;
        while x < w {
            // A cluster two columns wide covers the next cell, as on a terminal.
            let symbol = buffer[(x, y)].symbol();
            line.push_str(symbol);
            x += (unicode_width::UnicodeWidthStr::width(symbol) as u16).max(1);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    (out, at)
}

fn check_snapshot(name: &str, actual: &str) -> Result<(), String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(format!("{name}.txt"));
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() || !path.exists() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return Ok(());
    }
    let expected = std::fs::read_to_string(&path).unwrap();
    if expected == actual {
        Ok(())
    } else {
        Err(format!("{name} differs:\n--- expected\n{expected}--- actual\n{actual}"))
    }
}

#[test]
fn every_step_in_every_locale_matches_its_snapshot() {
    let catalog = Catalog::load();
    let ctx = support::practice_ctx();
    let mut failures = vec![];
    for lang in catalog.tags() {
        for (name, state) in screens(&catalog, &lang) {
            let view = view::build(&state, &catalog, &ctx);
            for (w, h) in [(80, 24), (MIN_COLS, MIN_ROWS)] {
                let screen = render(&view, w, h);
                if let Err(e) = check_snapshot(&format!("{lang}-{name}-{w}x{h}"), &screen) {
                    failures.push(e);
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn at_80x24_the_essentials_are_on_screen() {
    let catalog = Catalog::load();
    let ctx = support::practice_ctx();
    for lang in catalog.tags() {
        for (name, state) in screens(&catalog, &lang) {
            let view = view::build(&state, &catalog, &ctx);
            let screen = render(&view, 80, 24);
            // Right-to-left screens are drawn in visual order.
            let seen = |logical: &str| fcguide::ui::bidi::visual(&fcguide::ui::bidi::shape(logical), view.rtl);
            let first_title_word = view.title.main.split(' ').next().unwrap();
            assert!(
                screen.contains(&seen(first_title_word)),
                "{lang} {name}: title missing\n{screen}"
            );
            assert!(
                screen.contains(&seen(&view.progress)),
                "{lang} {name}: progress missing\n{screen}"
            );
            // The language picker (twenty languages) says in words that more are out of sight.
            if name == "1-language" {
                assert!(screen.contains('↕'), "{lang}: hidden languages not announced\n{screen}");
                continue;
            }
            // Every choice can be seen without scrolling, at least by its number.
            for i in 1..=view.choices.len().min(6) {
                let shown = screen.contains(&format!("{i}. ")) || screen.contains(&format!(" .{i}"));
                assert!(shown, "{lang} {name}: choice {i} hidden\n{screen}");
            }
            // The prerequisite note is there, marked in words, not by colour.
            assert!(
                screen.contains("(!)") || screen.contains("↓"),
                "{lang} {name}: note not reachable\n{screen}"
            );
        }
    }
}

#[test]
fn the_confirmation_shows_the_whole_identity_at_80x24() {
    let catalog = Catalog::load();
    let ctx = support::practice_ctx();
    for lang in catalog.tags() {
        let (_, state) = screens(&catalog, &lang)
            .into_iter()
            .find(|(n, _)| *n == "5-confirm")
            .unwrap();
        let screen = render(&view::build(&state, &catalog, &ctx), 80, 24);
        // The date is said day month year, in the person's words.
        for part in ["Angela Claire Louise", "DUBOIS", "24", "1962", "75107"] {
            assert!(screen.contains(part), "{lang}: {part} not visible\n{screen}");
        }
    }
}

#[test]
fn below_the_minimum_size_it_asks_for_more_room() {
    let catalog = Catalog::load();
    let ctx = support::practice_ctx();
    let state = State::new(catalog.tags(), "en".into(), true);
    let screen = render(&view::build(&state, &catalog, &ctx), 30, 8);
    assert!(screen.contains("too small"), "{screen}");
}

#[test]
fn a_busy_port_is_named_with_what_to_do() {
    let catalog = Catalog::load();
    let ctx = Context {
        practice: false,
        service: "fcguide".into(),
        extend_minutes: 5,
        ssh: None,
        voices: Default::default(),
    };
    let mut s = State::new(catalog.tags(), "en".into(), true);
    update(&mut s, Msg::Act(Action::Continue));
    update(&mut s, Msg::Act(Action::Idp(0)));
    update(
        &mut s,
        Msg::LoginFailed(fcguide::oidc::error::LoginError::PortInUse { port: 8400 }),
    );
    let view = view::build(&s, &catalog, &ctx);
    let text: Vec<&str> = view.body.iter().map(|t| t.main.as_str()).collect();
    assert_eq!(text[0], "The return port 8400 is already taken on this computer.");
    assert!(text[1].starts_with("Close the program that uses it"), "{text:?}");
}

#[test]
fn a_language_is_found_by_typing_the_start_of_its_name() {
    let catalog = Catalog::load();
    let ctx = support::practice_ctx();
    let state = State::new(catalog.tags(), "fr".into(), false);
    let view = view::build(&state, &catalog, &ctx);
    let tag_of = |typed: &str| view.find(typed).map(|i| catalog.tags()[i].clone());
    assert_eq!(tag_of("ukr").as_deref(), Some("uk"));
    assert_eq!(tag_of("Укр").as_deref(), Some("uk"));
    assert_eq!(tag_of("arab").as_deref(), Some("ar"));
    assert_eq!(tag_of("العر").as_deref(), Some("ar"));
    assert_eq!(tag_of("en").as_deref(), Some("en"));
    assert_eq!(tag_of("zz"), None);
}

#[test]
fn in_the_full_screen_picker_letters_move_to_the_language() {
    use fcguide::ui::tui::key_to_msg;
    use ratatui::crossterm::event::{KeyCode, KeyEvent};
    let catalog = Catalog::load();
    let ctx = support::practice_ctx();
    let state = State::new(catalog.tags(), "fr".into(), false);
    let view = view::build(&state, &catalog, &ctx);
    let mut cursor = Cursor::default();
    for c in ['u', 'k'] {
        assert!(key_to_msg(KeyEvent::from(KeyCode::Char(c)), &view, &mut cursor).is_none());
    }
    let uk = catalog.tags().iter().position(|t| t == "uk").unwrap();
    assert_eq!(cursor.selected, uk);
    let msg = key_to_msg(KeyEvent::from(KeyCode::Enter), &view, &mut cursor);
    assert!(matches!(msg, Some(Msg::Act(Action::Language(i))) if i == uk), "{msg:?}");
    // Q quits when nothing has been typed.
    let mut fresh = Cursor::default();
    let quit = key_to_msg(KeyEvent::from(KeyCode::Char('q')), &view, &mut fresh);
    assert!(matches!(quit, Some(Msg::Act(Action::Quit))), "{quit:?}");
}

#[test]
fn no_word_is_cut_in_any_locale_at_80_or_40_columns() {
    let catalog = Catalog::load();
    let ctx = support::practice_ctx();
    let mut problems = vec![];
    for lang in catalog.tags() {
        for (name, state) in screens(&catalog, &lang) {
            let view = view::build(&state, &catalog, &ctx);
            for width in [80u16, 40] {
                // Tall enough that nothing scrolls: every row is on screen.
                let screen = render(&view, width, 200);
                let texts = view
                    .body
                    .iter()
                    .map(|t| t.main.as_str())
                    .chain([view.title.main.as_str(), view.note.main.as_str()]);
                for text in texts {
                    for word in text
                        .split(' ')
                        .filter(|w| !w.is_empty() && fcguide::ui::wrap::columns(w) < width as usize / 2)
                    {
                        // Brackets and quotes take their direction from the sentence around them.
                        let core = word.trim_matches(|c: char| "()«»\"[].,:;!?".contains(c));
                        if core.is_empty() {
                            continue;
                        }
                        let seen = fcguide::ui::bidi::visual(&fcguide::ui::bidi::shape(core), view.rtl);
                        if !screen.contains(&seen) {
                            problems.push(format!("{lang} {name} {width}: {word:?} cut or missing"));
                        }
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn no_color_means_no_colour_and_high_contrast_is_bright_on_black() {
    use ratatui::style::Color;
    let catalog = Catalog::load();
    let ctx = support::practice_ctx();
    let state = State::new(catalog.tags(), "en".into(), true);
    let view = view::build(&state, &catalog, &ctx);
    for (theme, check) in [
        (
            Theme::NoColor,
            (|c: &ratatui::buffer::Cell| c.fg == Color::Reset && c.bg == Color::Reset)
                as fn(&ratatui::buffer::Cell) -> bool,
        ),
        (Theme::HighContrast, |c: &ratatui::buffer::Cell| c.bg == Color::Black),
    ] {
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
        let mut cursor = Cursor::default();
        terminal
            .draw(|f| {
                draw(f, &view, &mut cursor, theme, true);
            })
            .unwrap();
        let buffer = terminal.backend().buffer().clone();
        let text_cells: Vec<_> = buffer.content().iter().filter(|c| c.symbol().trim() != "").collect();
        assert!(text_cells.iter().all(|c| check(c)), "{theme:?}");
        // The selection is shown without colour: reverse video on its words alone.
        let reversed: String = buffer
            .content()
            .iter()
            .filter(|c| c.modifier.contains(ratatui::style::Modifier::REVERSED))
            .map(|c| c.symbol())
            .collect();
        assert!(reversed.starts_with("1. Continue"), "{theme:?}: {reversed:?}");
        assert!(!reversed.contains("2."), "{theme:?}: {reversed:?}");
    }
}

/// At 40×12, Page Down and the arrows bring every word of every step into
/// sight: no row is skipped between pages, no choice stays hidden.
#[test]
fn at_40x12_every_word_is_reachable_with_page_down_and_the_arrows() {
    use fcguide::ui::tui::key_to_msg;
    use ratatui::crossterm::event::{KeyCode, KeyEvent};
    let catalog = Catalog::load();
    let ctx = support::practice_ctx();
    for lang in catalog.tags().into_iter().filter(|l| !catalog.is_rtl(l)) {
        for (name, state) in screens(&catalog, &lang) {
            let view = view::build(&state, &catalog, &ctx);
            let mut cursor = Cursor::default();
            cursor.selected = view.default.unwrap_or(0);
            let mut seen = String::new();
            // Page down until the content stops moving, then walk the choices.
            for _ in 0..60 {
                let before = cursor.scroll;
                seen.push_str(&render_with(&view, MIN_COLS, MIN_ROWS, &mut cursor).0);
                key_to_msg(KeyEvent::from(KeyCode::PageDown), &view, &mut cursor);
                seen.push_str(&render_with(&view, MIN_COLS, MIN_ROWS, &mut cursor).0);
                if cursor.scroll == before {
                    break;
                }
            }
            for _ in 0..view.choices.len() {
                key_to_msg(KeyEvent::from(KeyCode::Down), &view, &mut cursor);
                seen.push_str(&render_with(&view, MIN_COLS, MIN_ROWS, &mut cursor).0);
            }
            let seen: String = seen.split_whitespace().collect::<Vec<_>>().join(" ");
            // Chinese writes no spaces and wraps between any two characters: a
            // run wider than half a row is read character by character, in order
            // (its rows may sit on two pages).
            let seen_in_order = |word: &str| {
                let mut rest = seen.as_str();
                word.chars().all(|c| match rest.find(c) {
                    Some(i) => {
                        rest = &rest[i + c.len_utf8()..];
                        true
                    }
                    None => false,
                })
            };
            let mut texts: Vec<&str> = view.body.iter().map(|t| t.main.as_str()).collect();
            texts.push(&view.note.main);
            texts.extend(view.french.iter().map(|w| w.french.as_str()));
            texts.extend(view.choices.iter().map(|c| c.label.as_str()));
            for text in texts {
                for word in text.split_whitespace().filter(|w| w.chars().count() > 3) {
                    // A right-to-left name in a left-to-right list is drawn in visual order.
                    let visual = fcguide::ui::bidi::visual(&fcguide::ui::bidi::shape(word), false);
                    assert!(
                        seen.contains(word)
                            || seen.contains(&visual)
                            || (fcguide::ui::wrap::columns(word) > MIN_COLS as usize / 2 && seen_in_order(word)),
                        "{lang} {name}: {word:?} never comes into sight; seen: {seen}"
                    );
                }
            }
        }
    }
}

/// The terminal's cursor stands on the selected choice (or the text field),
/// where screen magnifiers and review cursors look.
#[test]
fn the_cursor_stands_on_the_selected_choice_or_the_field() {
    let catalog = Catalog::load();
    let ctx = support::practice_ctx();
    for (name, state) in screens(&catalog, "en") {
        let view = view::build(&state, &catalog, &ctx);
        let mut cursor = Cursor::default();
        cursor.selected = view.default.unwrap_or(0);
        let (screen, at) = render_with(&view, 80, 24, &mut cursor);
        let Some((_, y)) = at else {
            assert!(
                view.choices.is_empty() && view.input.is_none(),
                "{name}: no cursor\n{screen}"
            );
            continue;
        };
        let row = screen.lines().nth(y as usize).unwrap_or_default();
        if view.input.is_some() {
            assert!(row.starts_with("> "), "{name}: cursor on {row:?}\n{screen}");
        } else {
            let selected = &view.choices[cursor.selected].label;
            let first: String = selected.split(' ').take(2).collect::<Vec<_>>().join(" ");
            assert!(
                row.starts_with("  ") && row.contains(&first),
                "{name}: cursor on {row:?}\n{screen}"
            );
        }
    }
}

/// Two people, one screen: in the bilingual view the choices, progress and
/// keys carry French under Ukrainian, and one key turns the whole screen to
/// French for the helper and back.
#[test]
fn the_bilingual_view_puts_french_under_every_choice_and_swaps_whole() {
    let catalog = Catalog::load();
    let ctx = support::practice_ctx();
    let mut state = State::new(catalog.tags(), "uk".into(), true);
    update(&mut state, Msg::ToggleBilingual);
    let view = view::build(&state, &catalog, &ctx);
    let screen = render(&view, 80, 30);
    let lines: Vec<&str> = screen.lines().collect();
    let uk = catalog.text("uk", "choice-continue", &[]);
    let at = lines.iter().position(|l| l.contains(&uk)).expect("Ukrainian choice");
    assert!(lines[at + 1].contains("Continuer"), "{screen}");
    assert!(screen.contains("Étape 2 sur 6"), "progress in French too:\n{screen}");
    assert!(screen.contains(&catalog.text("fr", "choice-quit", &[])), "{screen}");
    update(&mut state, Msg::SwapLanguages);
    let swapped = render(&view::build(&state, &catalog, &ctx), 80, 30);
    assert!(swapped.contains(&catalog.text("fr", "welcome-title", &[])), "{swapped}");
    let at = swapped
        .lines()
        .position(|l| l.contains("Continuer"))
        .expect("French choice");
    assert!(swapped.lines().nth(at + 1).unwrap().contains(&uk), "{swapped}");
    update(&mut state, Msg::SwapLanguages);
    assert_eq!(view::build(&state, &catalog, &ctx).lang, "uk");
}

/// The site's words stay whole on one row, in right-to-left screens too,
/// so the person can find « Se connecter » as it is on the page.
#[test]
fn french_labels_stay_on_one_row_in_arabic_and_pashto() {
    let catalog = Catalog::load();
    let ctx = support::practice_ctx();
    for lang in ["ar", "ps", "fa-AF", "ur"] {
        for (name, state) in screens(&catalog, lang) {
            let view = view::build(&state, &catalog, &ctx);
            let screen = render(&view, 80, 24).replace('\u{a0}', " ");
            for w in view.french.iter().filter(|w| w.french.chars().count() < 70) {
                let quoted = format!("« {} »", w.french);
                // Only what is on screen at all (the content may scroll).
                let first = w.french.split(' ').next().unwrap();
                if screen.contains(first) {
                    assert!(screen.contains(&quoted), "{lang} {name}: {quoted} broken\n{screen}");
                }
            }
        }
    }
}
