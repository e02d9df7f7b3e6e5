//! Small screens and two languages, in a real terminal (tmux): at 40×12 the
//! number field or the selected choice and at least 4 rows of text are in
//! sight, in one language and in two (B); at 80×24 with B each French title
//! and label stays beside its translation; an address wraps to rows of its
//! own, from the first column, so that it copies whole.

mod support;

use fcguide::flow::{Action, Msg, State, update};
use fcguide::i18n::Catalog;
use fcguide::view::{self, View};
use std::collections::HashSet;
use support::{Recorder, Terminal};

/// The view of a screen of the journey, as `--lang lang` shows it.
fn view_of(lang: &str, bilingual: bool, actions: &[Action]) -> View {
    let catalog = Catalog::load();
    let mut state = State::new(catalog.tags(), lang.to_string(), true);
    if bilingual {
        update(&mut state, Msg::ToggleBilingual);
    }
    for a in actions {
        update(&mut state, Msg::Act(*a));
    }
    let mut view = view::build(&state, &catalog, &support::practice_ctx());
    // The terminal's capture reads no-break spaces as spaces.
    let nbsp = |t: &mut String| *t = t.replace('\u{a0}', " ");
    nbsp(&mut view.title.main);
    view.title.second.as_mut().map(nbsp);
    for w in &mut view.french {
        nbsp(&mut w.french);
    }
    nbsp(&mut view.words.french_label);
    view
}

fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
        .filter(|w| w.chars().count() >= 4)
}

/// Rows of the screen that hold the screen's text (paragraphs, their
/// translations, the French words and their heading, the reminder, the field's label): a row
/// counts when it has a word that no title, mark, choice's name or key hint has.
fn text_rows(screen: &str, view: &View) -> usize {
    let mut chrome: HashSet<String> = HashSet::new();
    let mut chrome_texts = vec![view.progress.clone(), view.title.main.clone()];
    chrome_texts.extend(view.practice.clone());
    // A choice's details are neither: they may sit under it or end the text.
    chrome_texts.extend(
        view.choices
            .iter()
            .flat_map(|c| [Some(c.label.clone()), c.second.clone()].into_iter().flatten()),
    );
    let w = &view.words;
    chrome_texts.extend([
        w.keys_tui.clone(),
        w.keys_short.clone(),
        w.keys_input.clone(),
        w.compact_practice.clone(),
        w.compact_more_below.clone(),
        w.compact_more_above.clone(),
        w.compact_more_choices.clone(),
    ]);
    for t in &chrome_texts {
        chrome.extend(words(t));
    }
    let mut texts: Vec<String> = vec![];
    for t in view.body.iter().chain(&view.help).chain([&view.note, &view.title]) {
        texts.push(t.main.clone());
        texts.extend(t.second.clone());
    }
    texts.extend(
        view.french
            .iter()
            .flat_map(|f| [Some(f.french.clone()), f.translation.clone()])
            .flatten(),
    );
    texts.extend(view.input.as_ref().map(|i| i.label.clone()));
    texts.push(view.words.french_label.clone());
    let text: HashSet<String> = texts
        .iter()
        .flat_map(|t| words(t))
        .filter(|w| !chrome.contains(w))
        .collect();
    screen
        .lines()
        .filter(|row| words(row).any(|w| text.contains(&w)))
        .count()
}

fn start(tag: &str, lang: &str, cols: u16, rows: u16, browser: &Recorder) -> Terminal {
    let command = format!(
        "env -u FCGUIDE_PLAIN BROWSER={} HOME={} {} --lang {lang}; sleep 30",
        browser.script.display(),
        browser.dir.display(),
        env!("CARGO_BIN_EXE_fcguide")
    );
    let t = Terminal::start_sized(tag, &command, cols, rows);
    t.wait_for(&view_of(lang, false, &[]).progress.chars().take(3).collect::<String>());
    std::thread::sleep(std::time::Duration::from_millis(300));
    t
}

/// The screen once it has stopped changing.
fn settled(t: &Terminal) -> String {
    let mut before = t.screen();
    for _ in 0..40 {
        std::thread::sleep(std::time::Duration::from_millis(100));
        let now = t.screen();
        if now == before {
            return now;
        }
        before = now;
    }
    before
}

#[test]
fn at_40x12_the_field_or_the_selected_choice_and_4_rows_of_text_are_in_sight() {
    if !Terminal::available() {
        return;
    }
    let mut problems = vec![];
    for lang in ["fr", "en", "uk", "bn"] {
        for bilingual in [false, true] {
            let tag = format!("small-{lang}-{bilingual}");
            let browser = Recorder::new(&tag);
            let t = start(&tag, lang, 40, 12, &browser);
            if bilingual {
                t.keys(&["b"]);
            }
            let mut check = |name: &str, actions: &[Action], field: Option<&str>| {
                let screen = settled(&t);
                let view = view_of(lang, bilingual, actions);
                let rows = text_rows(&screen, &view);
                let what = format!("{lang} {} {name}", if bilingual { "with B" } else { "alone" });
                if rows < 4 {
                    problems.push(format!("{what}: {rows} rows of text\n{screen}"));
                }
                match field {
                    Some(typed) => {
                        if !screen
                            .lines()
                            .any(|l| l.trim_start().starts_with(&format!("> {typed}_")))
                        {
                            problems.push(format!("{what}: the field \"> {typed}_\" is out of sight\n{screen}"));
                        }
                    }
                    None => {
                        let selected = t.selected();
                        if !selected.starts_with("1.") {
                            problems.push(format!(
                                "{what}: the selected choice is out of sight ({selected:?})\n{screen}"
                            ));
                        }
                    }
                }
            };
            check("welcome", &[], None);
            t.keys(&["2", "Enter"]);
            std::thread::sleep(std::time::Duration::from_millis(400));
            check("number field", &[Action::CheckNir], Some(""));
            t.keys(&["F2"]);
            std::thread::sleep(std::time::Duration::from_millis(300));
            t.keys(&["18503691"]);
            check("number typed", &[Action::CheckNir], Some("18503691"));
            t.keys(&["Escape"]);
            std::thread::sleep(std::time::Duration::from_millis(400));
            t.keys(&["1", "Enter"]);
            std::thread::sleep(std::time::Duration::from_millis(400));
            check("choice of account", &[Action::Continue], None);
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}

#[test]
fn at_80x24_with_b_each_french_title_and_label_stays_beside_its_translation() {
    if !Terminal::available() {
        return;
    }
    let mut problems = vec![];
    // Latin, Cyrillic, two Indic scripts whose letters combine, and Chinese,
    // whose letters are two columns wide. Not the right-to-left languages:
    // their rows are reordered on screen, which this comparison of rows with
    // the view's texts does not follow.
    for lang in ["en", "uk", "bn", "ta", "zh-Hans"] {
        problems.extend(french_beside_translation(lang));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}

/// `at_80x24_with_b_…` in one language: what is wrong, screen by screen.
fn french_beside_translation(lang: &str) -> Vec<String> {
    let mut problems = vec![];
    let tag = format!("beside-{lang}");
    let browser = Recorder::new(&tag);
    let t = start(&tag, lang, 80, 24, &browser);
    t.keys(&["b"]);
    // The welcome, page by page, then the number's screen and the choice of account.
    let screens: [(&str, Vec<&str>, Vec<Action>); 3] = [
        ("welcome", vec![], vec![]),
        ("number field", vec!["2", "Enter"], vec![Action::CheckNir]),
        (
            "choice of account",
            vec!["Escape", "1", "Enter"],
            vec![Action::Continue],
        ),
    ];
    for (name, keys, actions) in screens {
        for k in keys {
            t.keys(&[k]);
            std::thread::sleep(std::time::Duration::from_millis(300));
        }
        let view = view_of(lang, true, &actions);
        let mut last = String::new();
        for page in 0..8 {
            let screen = settled(&t);
            if screen == last {
                break;
            }
            let rows: Vec<&str> = screen.lines().map(str::trim).collect();
            let what = format!("{lang}, {name}, page {}", page + 1);
            // The title, then its French at once, on every page.
            let french_title = view.title.second.as_deref().unwrap_or_default();
            let beside = rows.windows(2).any(|w| w[0] == view.title.main && w[1] == french_title);
            if !beside {
                problems.push(format!("{what}: {french_title:?} is not under the title\n{screen}"));
            }
            for (i, row) in rows.iter().enumerate() {
                let next = rows.get(i + 1).copied().unwrap_or_default();
                if *row == view.words.french_label && !next.starts_with('«') {
                    problems.push(format!("{what}: {row:?} is cut from its French words\n{screen}"));
                }
                for w in &view.french {
                    let label = format!("« {} »", w.french);
                    if *row == label && w.translation.is_some() && !next.starts_with('=') {
                        problems.push(format!("{what}: {label} is cut from its translation\n{screen}"));
                    }
                }
            }
            last = screen;
            t.keys(&["PageDown"]);
        }
    }
    problems
}

/// An address wider than the screen wraps to rows of its own, each from the
/// first column: selected and copied from the terminal, the rows join into
/// the address, with no space inside.
#[test]
fn a_wrapped_address_copies_whole() {
    use fcguide::flow::BrowserOpen;
    use fcguide::ui::tui::{Cursor, Theme, draw};
    use ratatui::{Terminal as Tui, backend::TestBackend};
    let catalog = Catalog::load();
    let url = "http://127.0.0.1:8400/api/v2/authorize?client_id=fcguide&state=Qk9vZ2xlTm90SGVyZQ&nonce=abc";
    for lang in ["fr", "ar", "zh-Hans"] {
        let mut state = State::new(catalog.tags(), lang.into(), true);
        update(&mut state, Msg::Act(Action::Continue));
        update(&mut state, Msg::Act(Action::Idp(1)));
        update(
            &mut state,
            Msg::LoginReady {
                url: url.into(),
                browser: BrowserOpen::Failed,
            },
        );
        let view = view::build(&state, &catalog, &support::practice_ctx());
        for (w, h) in [(40u16, 40u16), (80, 40)] {
            let mut terminal = Tui::new(TestBackend::new(w, h)).unwrap();
            let mut cursor = Cursor::default();
            terminal
                .draw(|f| {
                    draw(f, &view, &mut cursor, Theme::NoColor, true);
                })
                .unwrap();
            let buffer = terminal.backend().buffer().clone();
            let rows: Vec<String> = (0..h)
                .map(|y| (0..w).map(|x| buffer[(x, y)].symbol().to_string()).collect::<String>())
                .collect();
            let first = rows
                .iter()
                .position(|r| r.trim_start().starts_with("http://127.0.0.1:8400"))
                .unwrap_or_else(|| panic!("{lang} {w}: no address\n{}", rows.join("\n")));
            assert!(
                rows[first].starts_with("http"),
                "{lang} {w}: the address is indented: {:?}",
                rows[first]
            );
            let mut copied = String::new();
            for row in &rows[first..] {
                if copied.len() >= url.len() || row.trim().is_empty() {
                    break;
                }
                copied.push_str(row.trim_end());
            }
            assert_eq!(copied, url, "{lang} {w}:\n{}", rows.join("\n"));
        }
    }
}
