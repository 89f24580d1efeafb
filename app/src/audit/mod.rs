//! The audit log's records: every state change, who made it, when, and the values before and
//! after. A platform module without pages: areas record here; `oversight` shows the log.
#[cfg(feature = "ssr")]
pub mod entity;
mod model;
#[cfg(feature = "ssr")]
pub mod service;

pub use model::*;
