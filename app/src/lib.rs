//! Sumud: the web platform of the network of local authorities in solidarity with Palestinian
//! local authorities. Each area of the work has its own module with the same layers:
//! pages → server functions (`api`) → services → entities (the last two server-only).
#![recursion_limit = "256"]

pub mod accounts;
pub mod audit;
pub mod conferences;
pub mod domain;
pub mod email;
pub mod error;
pub mod i18n;
pub mod membership;
#[cfg(feature = "ssr")]
pub mod server;
pub mod site;

pub use site::{shell, App};
