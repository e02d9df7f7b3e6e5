//! The printable step sheet (`fcguide sheet`): what the assistant's steps say,
//! on paper, to take home. It is built from the assistant's own views of
//! representative states (`view::build`) and the same messages, so a change of
//! wording in a step changes the sheet too; only the words around them
//! (headings, the intro) are the sheet's own `sheet-*` messages.
//!
//! One localized value, `Sheet`, is drawn by two faces: `html` (a page to
//! print) and `text` (a plain printer, a screen reader). No personal data:
//! the sheet takes no identity and no number.

pub mod html;
pub mod text;

use crate::cli::{SheetFormat, SheetOptions, exit};
use crate::flow::codes::{self, CodeReading};
use crate::flow::{Login, State, Step};
use crate::i18n::{Arg, Catalog, REFERENCE};
use crate::idps::IDPS;
use crate::view::{self, Context, FrenchWords, Text, View};
use std::io::Write;

/// `fcguide sheet`: writes the sheet in `lang` to `out`, with the language
/// asked for (French by default) beside it.
pub fn run(catalog: &Catalog, options: &SheetOptions, lang: &str, out: &mut impl Write) -> i32 {
    let asked = [&options.lang, &options.second_lang].into_iter().flatten();
    let unknown = asked
        .filter(|r| r.as_str() != NO_SECOND_LANG)
        .find(|r| catalog.negotiate(r).is_none());
    if let Some(requested) = unknown {
        eprintln!(
            "{}",
            catalog.text(lang, "cli-unknown-language", &[("word", Arg::Str(requested))])
        );
        return exit::USAGE;
    }
    let second = second_lang(catalog, lang, options.second_lang.as_deref());
    let service = options.service_name.as_deref().unwrap_or(ANY_SERVICE);
    let sheet = bilingual_for(catalog, lang, second.as_deref(), service);
    let page = match options.format {
        SheetFormat::Html => html::render(&sheet),
        SheetFormat::Text => text::render(&sheet),
    };
    // A closed pipe (`| head`) is not a crash.
    match out.write_all(page.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => exit::OK,
        Err(_) => exit::FAILED,
    }
}

/// `--second-lang none`: the person's language alone.
pub const NO_SECOND_LANG: &str = "none";

/// The language printed beside `lang`: the one asked for, else French (the
/// social worker's, and the real site's) unless the person reads French;
/// none when it is `lang` itself or `none` was asked for.
pub fn second_lang(catalog: &Catalog, lang: &str, asked: Option<&str>) -> Option<String> {
    let second = match asked {
        Some(NO_SECOND_LANG) => return None,
        Some(tag) => catalog.negotiate(tag)?,
        None => REFERENCE.to_string(),
    };
    (second != lang).then_some(second)
}

/// A piece of a sentence; `french` when it is the real site's French, quoted
/// in a sentence of another language (« Continuer sur … »).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Run {
    pub text: String,
    pub french: bool,
}

/// A sentence or paragraph, as runs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Para(pub Vec<Run>);

impl Para {
    /// The whole text, French runs included.
    pub fn plain(&self) -> String {
        self.0.iter().map(|r| r.text.as_str()).collect()
    }
}

/// How a label looks on the real page, so that the person recognises it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Look {
    /// The blue « S’identifier avec FranceConnect » button on the service's site.
    FranceConnectButton,
    /// A page's title or heading.
    Title,
    /// A provider's own button (« Se connecter »): its colours vary.
    Button,
    /// FranceConnect's blue button (« Continuer sur … »).
    BlueButton,
    /// A box to tick, with its sentence.
    Checkbox,
    /// A question in plain words, then a plain outlined button: the way the
    /// choice page offers Aidants Connect (« … ? » then « Utiliser Aidants Connect »).
    QuestionThenButton,
}

/// Words of the real site with their translation, drawn as they look there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    pub words: FrenchWords,
    pub look: Look,
}

/// A named entry: a provider and who can use it; an error code and what it means.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    pub name: String,
    /// The name is French as the site writes it (a provider), not a code.
    pub name_french: bool,
    pub text: Vec<Para>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    Para(Para),
    /// The important note of a step (the permanent number).
    Note(Para),
    /// A bullet point, with entries under it.
    Bullet(Para, Vec<Item>),
    /// Labels of the real site, with their translation.
    Labels(Vec<Label>),
    Items(Vec<Item>),
    /// An address, shown alone on its line.
    Address(String),
    /// A numbered step.
    Step {
        number: usize,
        title: String,
        blocks: Vec<Block>,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    pub heading: String,
    pub blocks: Vec<Block>,
    /// Read by the person and the helper together (the steps, what to bring,
    /// the codes, the helper's part): each paragraph has the second language
    /// under it. The others (what FranceConnect is, where to find help) are
    /// the person's own reading: only their heading and their important note
    /// are translated, for the sheet to stay on two pages.
    pub shared: bool,
}

/// The whole sheet in one language: both faces draw this value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sheet {
    pub lang: String,
    pub rtl: bool,
    pub title: String,
    pub intro: Para,
    /// "Important:", before a note.
    pub note_label: String,
    /// "On the site, in French:", before labels.
    pub french_label: String,
    pub sections: Vec<Section>,
    /// The same sheet in a second language, printed beside this one: built by
    /// the same code, its sections and blocks match these one for one.
    pub beside: Option<Box<Sheet>>,
}

/// The service named in « Continuer sur … »: it is each service's own name.
pub const ANY_SERVICE: &str = "…";

/// Aidants Connect's own site (the address its team and the State's pages
/// give): the button on FranceConnect's page has no address a helper could note.
pub const AIDANTS_CONNECT_SITE: &str = "https://aidantsconnect.beta.gouv.fr";

/// The views the sheet is made of, in one language: the assistant's steps in
/// representative states (no identity, no number).
struct Views {
    welcome: View,
    choose: View,
    login: View,
    confirm: View,
    /// The error page, read with each group of codes that share an explanation.
    codes: Vec<(Vec<&'static str>, View)>,
    done: View,
}

/// What the views of a sheet assume: the real site, any service, no SSH, no speech.
fn context(service: &str) -> Context {
    Context {
        practice: false,
        service: service.into(),
        extend_minutes: 5,
        ssh: None,
        voices: Default::default(),
    }
}

impl Views {
    fn new(catalog: &Catalog, lang: &str, service: &str) -> Views {
        let ctx = context(service);
        let at = |step: Step, set: &dyn Fn(&mut State)| {
            let mut state = State::new(catalog.tags(), lang.to_string(), true);
            state.step = step;
            set(&mut state);
            view::build(&state, catalog, &ctx)
        };
        let codes = code_groups()
            .into_iter()
            .map(|(message, codes)| {
                let reading = CodeReading::Known(codes[0], message);
                (codes, at(Step::ErrorCode, &|s| s.code = Some(reading)))
            })
            .collect();
        Views {
            welcome: at(Step::Welcome, &|_| {}),
            choose: at(Step::ChooseIdp, &|_| {}),
            login: at(Step::Authenticate, &|s| {
                s.idp = Some(0);
                s.login = Login::Waiting {
                    url: String::new(),
                    browser: crate::flow::BrowserOpen::Opened,
                    timed_out: false,
                };
            }),
            confirm: at(Step::Confirm, &|_| {}),
            codes,
            done: at(Step::Done, &|_| {}),
        }
    }
}

/// The platform's codes a person acts on, grouped by explanation, in the order
/// of `codes::KNOWN` except Y010008 first: it is the one newcomers meet (no permanent number yet).
fn code_groups() -> Vec<(&'static str, Vec<&'static str>)> {
    let mut groups: Vec<(&'static str, Vec<&'static str>)> = vec![];
    let for_the_person = codes::KNOWN.iter().filter(|(_, m)| codes::on_the_sheet(m));
    for (code, message) in for_the_person {
        match groups.iter_mut().find(|(m, _)| m == message) {
            Some((_, list)) => list.push(code),
            None => groups.push((message, vec![code])),
        }
    }
    groups.sort_by_key(|(_, list)| !list.contains(&"Y010008"));
    groups
}

/// French phrases quoted in a French sentence: « … » (or "…").
fn quoted(fr: &str) -> Vec<String> {
    let mut out = vec![];
    for (open, close) in [('«', '»'), ('"', '"')] {
        let mut rest = fr;
        while let Some(start) = rest.find(open) {
            let after = &rest[start + open.len_utf8()..];
            let Some(end) = after.find(close) else { break };
            let phrase = after[..end].trim_matches(|c: char| c.is_whitespace());
            if !phrase.is_empty() {
                out.push(phrase.to_string());
            }
            rest = &after[end + close.len_utf8()..];
        }
    }
    out
}

/// `text` as runs, the phrases that its French original quotes (the real
/// site's words, kept in French by every translation) marked as French.
pub fn mark(text: &str, fr: &str) -> Para {
    let mut phrases = quoted(fr);
    phrases.sort_by_key(|p| std::cmp::Reverse(p.len()));
    let mut runs: Vec<Run> = vec![];
    let mut plain = String::new();
    let mut i = 0;
    while i < text.len() {
        let rest = &text[i..];
        let before = text[..i].chars().next_back();
        let found = phrases.iter().find(|p| {
            rest.starts_with(p.as_str())
                && !before.is_some_and(char::is_alphanumeric)
                && !rest[p.len()..].chars().next().is_some_and(char::is_alphanumeric)
        });
        match found {
            Some(p) => {
                if !plain.is_empty() {
                    runs.push(Run {
                        text: std::mem::take(&mut plain),
                        french: false,
                    });
                }
                runs.push(Run {
                    text: p.clone(),
                    french: true,
                });
                i += p.len();
            }
            None => {
                let c = rest.chars().next().unwrap_or_default();
                plain.push(c);
                i += c.len_utf8();
            }
        }
    }
    if !plain.is_empty() || runs.is_empty() {
        runs.push(Run {
            text: plain,
            french: false,
        });
    }
    Para(runs)
}

/// The question and the button's words of a `QuestionThenButton` label
/// (« Vous êtes un aidant professionnel ? » « Utiliser Aidants Connect »);
/// all button when there is no question.
pub fn question_and_button(fr: &str) -> (&str, &str) {
    match fr.rfind('?') {
        Some(end) => (fr[..=end].trim(), fr[end + 1..].trim()),
        None => ("", fr.trim()),
    }
}

/// French typography: a line never starts with « : », « ? », « ! », « ; » or
/// « » », nor ends with « « », so a quoted label is not torn from its marks.
/// The space before them becomes `tie` (a no-break space for HTML).
pub fn glue(text: &str, tie: char) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    let mut previous = None;
    while let Some(c) = chars.next() {
        let next = chars.peek().copied();
        let hold = c == ' ' && (matches!(next, Some(':' | '?' | '!' | ';' | '»')) || previous == Some('«'));
        out.push(if hold { tie } else { c });
        previous = Some(c);
    }
    out
}

/// The sheet in `lang`, with the same sheet in `second` beside it.
pub fn bilingual(catalog: &Catalog, lang: &str, second: Option<&str>) -> Sheet {
    bilingual_for(catalog, lang, second, ANY_SERVICE)
}

/// The sheet of one service (`--service-name`), named in every label that names it.
pub fn bilingual_for(catalog: &Catalog, lang: &str, second: Option<&str>, service: &str) -> Sheet {
    let mut sheet = build_for(catalog, lang, service);
    sheet.beside = second.map(|l| Box::new(build_for(catalog, l, service)));
    sheet
}

/// Builds the sheet in `lang` from the assistant's views and messages.
pub fn build(catalog: &Catalog, lang: &str) -> Sheet {
    build_for(catalog, lang, ANY_SERVICE)
}

/// The sheet in `lang` for the service named `service`.
pub fn build_for(catalog: &Catalog, lang: &str, service: &str) -> Sheet {
    let s = Sources {
        catalog,
        lang,
        service,
        v: Views::new(catalog, lang, service),
        // The same views in French: where each sentence quotes the real site.
        fr: Views::new(catalog, REFERENCE, service),
    };
    Sheet {
        lang: lang.to_string(),
        rtl: catalog.is_rtl(lang),
        title: catalog.text(lang, "sheet-title", &[]),
        intro: s.msg("sheet-intro"),
        note_label: s.v.welcome.words.note_label.clone(),
        french_label: s.v.welcome.words.french_label.clone(),
        // The steps first: a person who reads little starts at the top. The
        // long list of providers comes after what FranceConnect needs.
        sections: vec![s.steps(), s.about(), s.bring(), s.errors(), s.help(), s.helper()],
        beside: None,
    }
}

/// What the sheet is written from: the catalog, and the assistant's views in
/// the person's language and in French.
struct Sources<'a> {
    catalog: &'a Catalog,
    lang: &'a str,
    /// The service named in « Continuer sur … ».
    service: &'a str,
    v: Views,
    fr: Views,
}

impl Sources<'_> {
    /// A message, with the French words it quotes marked.
    fn msg(&self, id: &str) -> Para {
        mark(
            &self.catalog.text(self.lang, id, &[]),
            &self.catalog.text(REFERENCE, id, &[]),
        )
    }

    fn text(main: &Text, fr: &Text) -> Para {
        mark(&main.main, &fr.main)
    }

    /// A view's words of the real site, each drawn with its look (a title if a
    /// step ever shows more words than looks are given).
    fn labels(view: &View, looks: &[Look]) -> Block {
        Block::Labels(
            view.french
                .iter()
                .enumerate()
                .map(|(i, words)| Label {
                    words: words.clone(),
                    look: looks.get(i).copied().unwrap_or(Look::Title),
                })
                .collect(),
        )
    }

    /// The words of the real site a view shows that the others do not: the
    /// browser step recaps the whole journey, only its own are wanted.
    fn own(view: &View, others: &[&View]) -> Vec<FrenchWords> {
        view.french
            .iter()
            .filter(|w| !others.iter().any(|o| o.french.iter().any(|x| x.french == w.french)))
            .cloned()
            .collect()
    }

    fn heading(&self, id: &str) -> String {
        self.catalog.text(self.lang, id, &[])
    }

    /// What FranceConnect is, and the permanent number it needs.
    fn about(&self) -> Section {
        let (v, fr) = (&self.v.welcome, &self.fr.welcome);
        let mut blocks: Vec<Block> = v
            .body
            .iter()
            .zip(&fr.body)
            .map(|(m, f)| Block::Para(Self::text(m, f)))
            .collect();
        blocks.push(Block::Note(Self::text(&v.note, &fr.note)));
        Section {
            heading: v.title.main.clone(),
            blocks,
            shared: false,
        }
    }

    /// What to bring: the card, an account with one of the providers, an email.
    fn bring(&self) -> Section {
        let providers = self
            .v
            .choose
            .choices
            .iter()
            .map(|c| Item {
                name: c.label.clone(),
                name_french: true,
                text: c.detail.iter().map(|d| mark(d, "")).collect(),
            })
            .collect();
        debug_assert_eq!(self.v.choose.choices.len(), IDPS.len());
        Section {
            heading: self.heading("sheet-bring-title"),
            blocks: vec![
                Block::Bullet(self.msg("sheet-bring-card"), vec![]),
                Block::Bullet(self.msg("sheet-bring-account"), providers),
                Block::Bullet(self.msg("sheet-bring-email"), vec![]),
            ],
            shared: true,
        }
    }

    /// The four steps on the real site, with the words each page shows.
    fn steps(&self) -> Section {
        let v = &self.v;
        let step = |number: usize, title: &str, blocks: Vec<Block>| Block::Step {
            number,
            title: title.to_string(),
            blocks,
        };
        let login_words = Self::own(&v.login, &[&v.choose, &v.confirm])
            .into_iter()
            .map(|words| Label {
                words,
                look: Look::Button,
            })
            .collect();
        Section {
            heading: self.heading("sheet-steps-title"),
            blocks: vec![
                step(
                    1,
                    &self.heading("sheet-step-start-title"),
                    vec![
                        Block::Para(self.msg("sheet-step-start")),
                        Self::labels(&v.welcome, &[Look::FranceConnectButton]),
                    ],
                ),
                step(
                    2,
                    &v.choose.title.main,
                    vec![
                        Block::Para(Self::text(&v.choose.body[0], &self.fr.choose.body[0])),
                        Self::labels(&v.choose, &[Look::Title]),
                    ],
                ),
                step(
                    3,
                    &v.login.title.main,
                    vec![Block::Para(self.msg("sheet-step-login")), Block::Labels(login_words)],
                ),
                step(
                    4,
                    &v.confirm.title.main,
                    vec![
                        Block::Para(msg_args(self.catalog, self.lang, "confirm-continue", self.service)),
                        Self::labels(&v.confirm, &[Look::Title, Look::BlueButton, Look::Checkbox]),
                        Block::Para(self.msg("confirm-consent")),
                    ],
                ),
            ],
            shared: true,
        }
    }

    /// The codes of the error page and what each means.
    fn errors(&self) -> Section {
        let first_code = &self.v.codes[0].1;
        // The view says "Code Y010008:", what it means, then what to do. The sheet
        // names the codes itself and says what each means; what to do is what
        // comes next (the CPAM, France Services, FranceConnect), and for Y010008,
        // the usual case, what the first section already says.
        let code_items = self
            .v
            .codes
            .iter()
            .zip(&self.fr.codes)
            .map(|((codes, view), (_, fr_view))| Item {
                name: codes.join(", "),
                name_french: false,
                text: view.body[1..]
                    .iter()
                    .zip(&fr_view.body[1..])
                    .take(1)
                    .map(|(m, f)| Self::text(m, f))
                    .collect(),
            })
            .collect();
        Section {
            heading: self.heading("sheet-codes-title"),
            blocks: vec![
                Self::labels(first_code, &[Look::Title, Look::Title, Look::Title]),
                Block::Para(self.msg("sheet-codes-intro")),
                Block::Items(code_items),
            ],
            shared: true,
        }
    }

    /// Where to find help: the CPAM, France Services, FranceConnect.
    fn help(&self) -> Section {
        Section {
            heading: self.heading("sheet-help-title"),
            blocks: vec![
                Block::Bullet(self.msg("sheet-help-cpam"), vec![]),
                Block::Bullet(self.msg("done-help"), vec![]),
                Block::Bullet(self.msg("sheet-help-contact"), vec![]),
                Block::Bullet(self.msg("done-services"), vec![]),
                Block::Address(self.v.done.address.clone().unwrap_or_default()),
            ],
            shared: false,
        }
    }

    /// For the helper: never the person's password; Aidants Connect.
    fn helper(&self) -> Section {
        let lang = self.lang;
        Section {
            heading: self.heading("sheet-helper-title"),
            blocks: vec![
                Block::Para(self.msg("sheet-helper-password")),
                Block::Para(self.msg("sheet-helper-aidants")),
                Block::Labels(vec![Label {
                    words: FrenchWords {
                        french: self.catalog.text(REFERENCE, "sheet-words-aidants", &[]),
                        translation: (lang != REFERENCE).then(|| self.catalog.text(lang, "sheet-words-aidants", &[])),
                    },
                    look: Look::QuestionThenButton,
                }]),
                Block::Para(self.msg("sheet-aidants-site")),
                Block::Address(AIDANTS_CONNECT_SITE.to_string()),
            ],
            shared: true,
        }
    }
}

/// A message that names the service, as the confirmation step says it.
fn msg_args(catalog: &Catalog, lang: &str, id: &str, service: &str) -> Para {
    let args = [("service", Arg::Str(service))];
    mark(&catalog.text(lang, id, &args), &catalog.text(REFERENCE, id, &args))
}

#[cfg(test)]
mod tests;
