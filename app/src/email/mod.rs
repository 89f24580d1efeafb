//! Email: every message goes through the outbox table first, so none is lost when the process
//! dies; a worker delivers through SMTP when configured, otherwise the secretariat reads them.
//! A platform module without pages: each area renders its own messages (`<area>/emails.rs`);
//! `oversight` shows the outbox.
#[cfg(feature = "ssr")]
pub mod entity;
mod model;
#[cfg(feature = "ssr")]
pub mod service;

pub use model::*;
