//! Registrations for an edition: member delegations and individual applications, the seats and
//! the waitlist, personal links, participant lists, letters, badges and check-in.
pub mod api;
#[cfg(feature = "ssr")]
pub mod emails;
mod model;
pub mod pages;
pub mod routes;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod sign_ups;

pub use model::*;
