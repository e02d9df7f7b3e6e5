//! What both faces share: the state, the catalog, the edges and the event channel.

use crate::flow::{self, Msg, State};
use crate::i18n::Catalog;
use crate::runner::{Event, Runner};
use crate::speech::Speaker;
use crate::view::{self, Context, View};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender};

pub struct App {
    pub state: State,
    pub catalog: Arc<Catalog>,
    pub ctx: Context,
    pub runner: Runner,
    pub tx: Sender<Event>,
    pub rx: Receiver<Event>,
    /// Reads screens aloud when the person asks; `None` when no speech program is installed.
    pub speaker: Option<Speaker>,
}

impl App {
    pub fn view(&self) -> View {
        view::build(&self.state, &self.catalog, &self.ctx)
    }

    /// Runs the flow and hands its effects to the edges.
    pub fn dispatch(&mut self, msg: Msg) {
        for effect in flow::update(&mut self.state, msg) {
            self.runner.run(effect);
        }
    }

    /// The view to show, said aloud when reading aloud is on; without a speech
    /// program, that is said once on it. Both faces take their view from here,
    /// so it is built once (twice only the time speech turns out missing).
    pub fn spoken_view(&mut self) -> View {
        let view = self.view();
        match (&mut self.speaker, self.state.speak) {
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
