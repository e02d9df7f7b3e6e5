//! Keys of the full screen: the cursor on the screen, and a key turned into a message.

use super::layouts::{azerty_digit, latin_letter};
use crate::app::App;
use crate::flow::{Action, Msg, Step};
use crate::view::View;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::time::{Duration, Instant};
use zeroize::Zeroizing;

/// Two digits typed within this time are one number (1 then 9 is choice 19), as in whiptail.
const SECOND_DIGIT_WITHIN: Duration = Duration::from_secs(1);

/// Cursor state of the full screen; reset whenever the screen changes.
#[derive(Default)]
pub struct Cursor {
    pub selected: usize,
    pub scroll: usize,
    /// Rows of content seen at once (set by `fit` before each drawing): Page Down moves
    /// one row less, so that no row is ever skipped.
    pub page: usize,
    pub input: Zeroizing<String>,
    /// What has been typed to find a language in the picker.
    pub search: String,
    screen: Option<ScreenKey>,
    /// The cursor of the step under the language picker, put back after it.
    under_picker: Option<(ScreenKey, usize)>,
    /// The digit just typed and when, in case a second one follows.
    digit: Option<(usize, Instant)>,
    /// How many screens the cursor has been on: a new number is a new screen.
    pub screens: u64,
}

/// What makes a screen another one: the cursor is reset when it changes.
#[derive(Clone, Debug, PartialEq, Eq)]
struct ScreenKey {
    step: Step,
    picking_language: bool,
    typing: bool,
    choices: usize,
    first_choice: String,
}

impl Cursor {
    /// Fits the cursor to a laid-out screen, before it is drawn: Page Down
    /// learns how many rows are seen, and the content never scrolls past its end.
    pub fn fit(&mut self, rows_seen: usize, content_rows: usize) {
        self.page = rows_seen;
        self.scroll = self.scroll.min(content_rows.saturating_sub(rows_seen));
    }

    /// Puts the cursor on the default choice of a new screen; true when the
    /// screen is another one than the one the cursor was on.
    pub fn follow(&mut self, app: &App, view: &View) -> bool {
        let key = ScreenKey {
            step: app.state.step,
            picking_language: app.state.picking_language,
            typing: view.input.is_some(),
            choices: view.choices.len(),
            first_choice: view
                .choices
                .first()
                .map(|c| format!("{:?}", c.action))
                .unwrap_or_default(),
        };
        if self.screen.as_ref() != Some(&key) {
            // Opening the picker keeps the step's cursor to put it back after.
            if let Some(old) = self.screen.take()
                && key.picking_language
            {
                self.under_picker = Some((old, self.selected));
            }
            self.selected = match self.under_picker.take() {
                Some((k, selected)) if k == key => selected,
                other => {
                    self.under_picker = other.filter(|_| key.picking_language);
                    view.default.unwrap_or(0)
                }
            };
            self.scroll = 0;
            self.input = Zeroizing::new(String::new());
            self.search.clear();
            self.digit = None;
            self.screen = Some(key);
            self.screens += 1;
            self.selected = self.selected.min(view.choices.len().saturating_sub(1));
            return true;
        }
        self.selected = self.selected.min(view.choices.len().saturating_sub(1));
        false
    }

    /// A digit moves the selection, as in whiptail: one digit to its choice,
    /// a second digit within a second to the two-digit choice (1, 9: 19). Enter confirms.
    fn select_digit(&mut self, digit: usize, choices: usize) -> Option<Msg> {
        let now = Instant::now();
        let first = self
            .digit
            .take()
            .filter(|(_, at)| now.duration_since(*at) <= SECOND_DIGIT_WITHIN);
        if let Some((first, _)) = first
            && (1..=choices).contains(&(first * 10 + digit))
        {
            self.selected = first * 10 + digit - 1;
            return None;
        }
        // Alone, the digit selects its choice, and may start a two-digit number.
        self.digit = Some((digit, now));
        if (1..=choices).contains(&digit) {
            self.selected = digit - 1;
            None
        } else {
            Some(Msg::KeyDoesNothing)
        }
    }
}

/// Page Down (or Up) by the rows seen at once, less one: the last row seen
/// stays in sight, so that no row is ever skipped.
fn scroll(cursor: &mut Cursor, down: bool) {
    let step = cursor.page.saturating_sub(1).max(1);
    cursor.scroll = if down {
        cursor.scroll + step
    } else {
        cursor.scroll.saturating_sub(step)
    };
}

/// A key named by its place on the keyboard: AZERTY's digit row gives its
/// digits, another layout's letter the Latin letter of the same key. In the
/// picker, letters type a language's name (Q on any layout still quits).
fn same_place(code: KeyCode, cursor: &Cursor, searchable: bool) -> KeyCode {
    let KeyCode::Char(c) = code else { return code };
    if !cursor.search.is_empty() {
        return code;
    }
    match (azerty_digit(c), latin_letter(c)) {
        (Some(digit), _) => KeyCode::Char(digit),
        (None, Some(latin)) if !searchable || latin == 'q' => KeyCode::Char(latin),
        _ => code,
    }
}

/// Turns a key into a message; `None` when it only moves the cursor.
pub fn key_to_msg(key: KeyEvent, view: &View, cursor: &mut Cursor) -> Option<Msg> {
    if key.modifiers.contains(KeyModifiers::CONTROL) && matches!(key.code, KeyCode::Char('c') | KeyCode::Char('d')) {
        return Some(Msg::Interrupted);
    }
    if view.input.is_some() {
        return match key.code {
            KeyCode::Enter => Some(Msg::Typed(std::mem::replace(
                &mut cursor.input,
                Zeroizing::new(String::new()),
            ))),
            KeyCode::Esc => Some(Msg::Back),
            KeyCode::F(1) => Some(Msg::ToggleHelp),
            // Shows the digits of the number for the helper, or hides them again.
            KeyCode::F(2) => Some(Msg::ToggleDigits),
            KeyCode::PageDown | KeyCode::PageUp => {
                scroll(cursor, key.code == KeyCode::PageDown);
                None
            }
            KeyCode::Backspace if cursor.input.is_empty() => Some(Msg::Back),
            KeyCode::Backspace => {
                cursor.input.pop();
                None
            }
            // An address pasted from the service's page: any printable character, as it came.
            KeyCode::Char(c) if view.input.as_ref().is_some_and(|i| i.address) => {
                if !c.is_control() && cursor.input.len() < crate::oidc::paste::MAX_PASTE {
                    cursor.input.push(c);
                }
                None
            }
            // The number: digits (AZERTY's too), the Corsican A/B, and the spaces
            // printed on the card; an error code: letters and digits.
            KeyCode::Char(c)
                if c.is_ascii_digit() || c == ' ' || c.is_ascii_alphabetic() || azerty_digit(c).is_some() =>
            {
                if cursor.input.len() < 32 {
                    cursor.input.push(azerty_digit(c).unwrap_or(c));
                }
                None
            }
            _ => None,
        };
    }
    let n = view.choices.len();
    let act = |i: usize| view.choices.get(i).map(|c| Msg::Act(c.action));
    // In the language picker, letters find a language by the start of its name.
    let searchable = view.choices.iter().any(|c| !c.keywords.is_empty());
    let code = same_place(key.code, cursor, searchable);
    if searchable && !key.modifiers.contains(KeyModifiers::CONTROL) {
        match code {
            // Q still quits when nothing has been typed.
            KeyCode::Char(c)
                if (c.is_alphabetic() && !(cursor.search.is_empty() && matches!(c, 'q' | 'Q')))
                    || (c == '-' && !cursor.search.is_empty()) =>
            {
                cursor.search.push(c);
                if let Some(i) = view.find(&cursor.search) {
                    cursor.selected = i;
                }
                return None;
            }
            KeyCode::Backspace if !cursor.search.is_empty() => {
                cursor.search.pop();
                if let Some(i) = view.find(&cursor.search) {
                    cursor.selected = i;
                }
                return None;
            }
            _ => {}
        }
    }
    if !matches!(code, KeyCode::Char('0'..='9')) {
        cursor.digit = None;
    }
    match code {
        KeyCode::Up | KeyCode::Char('k') => {
            cursor.selected = (cursor.selected + n.max(1) - 1) % n.max(1);
            None
        }
        KeyCode::Down | KeyCode::Char('j') | KeyCode::Tab => {
            cursor.selected = (cursor.selected + 1) % n.max(1);
            None
        }
        KeyCode::Home => {
            cursor.selected = 0;
            None
        }
        KeyCode::End => {
            cursor.selected = n.saturating_sub(1);
            None
        }
        KeyCode::PageDown | KeyCode::PageUp => {
            scroll(cursor, key.code == KeyCode::PageDown);
            None
        }
        // No default (the edges are working): Enter waits rather than cancels.
        KeyCode::Enter if view.default.is_none() => None,
        KeyCode::Enter => act(cursor.selected),
        KeyCode::Char(c @ '0'..='9') => cursor.select_digit(c as usize - '0' as usize, n),
        KeyCode::Esc | KeyCode::Backspace | KeyCode::Left => Some(Msg::Back),
        KeyCode::Char('?') | KeyCode::F(1) => Some(Msg::ToggleHelp),
        KeyCode::Char('l') | KeyCode::Char('L') => Some(Msg::PickLanguage),
        KeyCode::Char('b') | KeyCode::Char('B') => Some(Msg::ToggleBilingual),
        KeyCode::Char('f') | KeyCode::Char('F') => Some(Msg::SwapLanguages),
        KeyCode::Char('v') | KeyCode::Char('V') => Some(Msg::ToggleSpeech),
        KeyCode::Char('q') | KeyCode::Char('Q') => Some(Msg::Act(Action::Quit)),
        // Said once, so that a key pressed by mistake is not met with silence.
        KeyCode::Char(_) | KeyCode::F(_) => Some(Msg::KeyDoesNothing),
        _ => None,
    }
}
