//! The OpenID Connect relying party. Knows nothing about the interface.
pub mod error;
