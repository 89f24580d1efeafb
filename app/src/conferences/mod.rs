//! Conferences: periodic editions of the members' conference and their agenda.
pub mod api;
#[cfg(feature = "ssr")]
pub mod calendar;
#[cfg(feature = "ssr")]
pub mod entities;
#[cfg(feature = "ssr")]
pub mod http;
mod model;
pub mod pages;
pub mod registrations;
pub mod routes;
#[cfg(feature = "ssr")]
pub mod service;

pub use model::*;
