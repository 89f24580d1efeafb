//! Implementation of the texts: each text's action plan (actions and projects in a tree, with
//! who is responsible, status, progress and weight), the timeline of what happened, and the
//! progress reports of the members responsible.
pub mod api;
#[cfg(feature = "ssr")]
pub mod emails;
mod model;
pub mod pages;
pub mod routes;
#[cfg(feature = "ssr")]
pub mod service;

pub use model::*;
