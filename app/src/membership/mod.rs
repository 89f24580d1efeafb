//! Membership: applications, the secretariat's review, member standing, the public directory.
pub mod api;
pub mod countries;
#[cfg(feature = "ssr")]
pub mod emails;
#[cfg(feature = "ssr")]
pub mod entities;
#[cfg(feature = "ssr")]
pub mod gazetteer;
#[cfg(feature = "ssr")]
pub mod http;
mod model;
pub mod names;
pub mod pages;
pub mod routes;
#[cfg(feature = "ssr")]
pub mod service;

pub use model::*;
