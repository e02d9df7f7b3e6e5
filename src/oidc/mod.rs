//! The OpenID Connect relying party. Knows nothing about the interface.

pub mod callback;
pub mod client;
pub mod config;
pub mod discovery;
pub mod error;
pub mod http;
pub mod jwt;
pub mod paste;
