//! Finance: the yearly dues schedules and solidarity waivers, calls for dues and credit notes.
pub mod api;
#[cfg(feature = "ssr")]
pub mod bank_files;
#[cfg(feature = "ssr")]
pub mod emails;
#[cfg(feature = "ssr")]
pub mod entities;
#[cfg(feature = "ssr")]
pub mod http;
mod model;
#[cfg(feature = "ssr")]
pub mod money;
pub mod pages;
pub mod routes;
#[cfg(feature = "ssr")]
pub mod service;

pub use model::*;
