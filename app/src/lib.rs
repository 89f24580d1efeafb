//! Sumud: the web platform of the network of local authorities in solidarity with Palestinian
//! local authorities. Read ARCHITECTURE.md at the root first: every area has the same layers
//! (pages → server functions → services → entities), and imports point one way.
#![recursion_limit = "256"]

// Leaves: what every area uses; none names an area.
pub mod domain;
pub mod error;
pub mod i18n;
pub mod identity;
#[cfg(feature = "ssr")]
pub mod server;
pub mod ui;

// Platform records without pages: the audit log and the email outbox.
pub mod audit;
pub mod email;

// Areas, each in the same shape.
pub mod accounts;
pub mod conferences;
pub mod finance;
pub mod membership;
pub mod oversight;
pub mod resolutions;
pub mod twinning;

// The composition root: shell, header, home, the router assembled from the areas' routes.
pub mod site;

pub use site::{shell, App};
