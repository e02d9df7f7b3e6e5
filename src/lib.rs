//! fcguide: a terminal assistant that guides a person through connecting with FranceConnect.

pub mod app;
pub mod browser;
pub mod cli;
pub mod commands;
pub mod event;
pub mod flow;
pub mod html;
pub mod http_server;
pub mod i18n;
pub mod identity;
pub mod idps;
pub mod jws;
pub mod oidc;
pub mod peer_owner;
pub mod practice;
pub mod runner;
pub mod secure;
pub mod setup;
pub mod sheet;
pub mod signals;
pub mod speech;
pub mod ui;
pub mod view;
pub mod voices;
