//! What both faces share: the state, the catalog, the edges and the event channel.

use crate::browser::Browser;
use crate::cli::Options;
use crate::event::Event;
use crate::flow::{self, Msg, State};
use crate::i18n::Catalog;
use crate::practice;
use crate::runner::{Runner, Timing};
use crate::setup::Target;
use crate::speech::{self, Speaker};
use crate::view::{self, Context, SshOrigin, View};
use crate::voices::Voices;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::Duration;

pub struct App {
    pub state: State,
    pub catalog: Arc<Catalog>,
    pub ctx: Context,
    pub runner: Runner,
    pub tx: Sender<Event>,
    pub rx: Receiver<Event>,
    /// Reads screens aloud when the person asks; `None` when no speech program
    /// is installed, or before anyone asked (PATH is searched the first time).
    pub speaker: Option<Speaker>,
    speech_looked_for: bool,
}

impl App {
    /// A run as the options ask: the flow at its first step, the edges ready,
    /// nothing started yet (no network, no browser, no speech).
    pub fn start(catalog: Arc<Catalog>, options: &Options, target: Target, lang: String) -> App {
        let (tx, rx) = channel();
        let minutes = options.wait_minutes.unwrap_or(5);
        let timing = Timing {
            wait: Duration::from_secs(minutes * 60),
            extend: Duration::from_secs(minutes * 60),
        };
        let practice = target.is_practice();
        let browser = Browser {
            disabled: options.no_browser,
        };
        let runner = Runner::new(tx.clone(), target, catalog.clone(), browser, timing);
        // `--lang` skips the picker: the language is already chosen.
        let mut state = State::new(catalog.tags(), lang, options.lang.is_some());
        state.second_choice = options.second_lang.as_deref().and_then(|l| catalog.negotiate(l));
        state.speak = options.speak;
        // With reading aloud on from the start, the speech program is looked up
        // on PATH now and asked for its voices in the background (the picker
        // marks languages without one); otherwise only when the person first asks (`V`).
        let program = options.speak.then(speech::Program::find).flatten();
        let voices = if program.is_some() {
            Voices::look_up()
        } else {
            Voices::default()
        };
        let ctx = Context {
            practice,
            // A real client's name is the one registered with FranceConnect;
            // until it is given, the labels say so in the site's French.
            service: match &options.service_name {
                _ if practice => practice::SERVICE_NAME.into(),
                Some(name) => name.clone(),
                None => practice::UNNAMED_SERVICE.into(),
            },
            extend_minutes: minutes as i64,
            ssh: SshOrigin::from_env(
                std::env::var("SSH_CONNECTION").ok().as_deref(),
                std::env::var("USER").ok().as_deref(),
            ),
            voices,
        };
        let speaker = program.map(|p| new_speaker(p, &tx));
        App {
            state,
            catalog,
            ctx,
            runner,
            tx,
            rx,
            speaker,
            speech_looked_for: options.speak,
        }
    }

    /// A request to stop from outside (a signal, a closed console) reaches the
    /// flow as "interrupted": the run ends as cancelled, the terminal restored.
    pub fn stop_on_termination(&self) {
        let tx = self.tx.clone();
        crate::signals::on_termination(move || {
            let _ = tx.send(Event::Msg(Msg::Interrupted));
        });
    }

    pub fn view(&self) -> View {
        view::build(&self.state, &self.catalog, &self.ctx)
    }

    /// Runs the flow and hands its effects to the edges.
    pub fn dispatch(&mut self, msg: Msg) {
        // A speech program that stalled is gone; `V` looks for one again.
        if matches!(msg, Msg::SpeechStalled) {
            self.speaker = None;
            self.speech_looked_for = false;
        }
        for effect in flow::update(&mut self.state, msg) {
            self.runner.run(effect);
        }
    }

    /// The view to show, said aloud when reading aloud is on; without a speech
    /// program, that is said once on it. Both faces take their view from here,
    /// so it is built once (twice only the time speech turns out missing).
    pub fn spoken_view(&mut self) -> View {
        if self.state.speak && !self.speech_looked_for {
            self.speech_looked_for = true;
            self.speaker = speech::Program::find().map(|p| new_speaker(p, &self.tx));
            if self.speaker.is_some() && self.ctx.voices.is_unknown() {
                self.ctx.voices = Voices::look_up();
            }
        }
        let view = self.view();
        match (&mut self.speaker, self.state.speak) {
            // After `F` the screen is in the helper's language; the voice stays in the person's.
            (Some(s), true) if self.state.swapped => {
                s.say(&view::build_for_person(&self.state, &self.catalog, &self.ctx))
            }
            (Some(s), true) => s.say(&view),
            (Some(s), false) => s.pause(),
            (None, true) => {
                self.dispatch(Msg::SpeechUnavailable);
                return self.view();
            }
            (None, false) => {}
        }
        view
    }

    pub fn text(&self, id: &str, args: &crate::i18n::Args) -> String {
        self.catalog.text(&self.state.lang, id, args)
    }
}

/// A speaker whose stall reaches the flow as a message: reading aloud is
/// then turned off, and the screen says why.
fn new_speaker(program: speech::Program, tx: &Sender<Event>) -> Speaker {
    let tx = tx.clone();
    Speaker::new(program, move || {
        let _ = tx.send(Event::Msg(Msg::SpeechStalled));
    })
}
