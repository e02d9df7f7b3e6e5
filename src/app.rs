//! What both faces share: the state, the catalog, the edges and the event channel.

use crate::flow::{self, Msg, State};
use crate::i18n::Catalog;
use crate::runner::{Event, Runner};
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

    pub fn text(&self, id: &str, args: &crate::i18n::Args) -> String {
        self.catalog.text(&self.state.lang, id, args)
    }
}
