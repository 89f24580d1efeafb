//! Resolutions: the texts the secretariat drafts and the conference adopts (resolutions,
//! recommendations, proposals, declarations), every version kept, members' comments, and the
//! shared list of themes.
pub mod api;
#[cfg(feature = "ssr")]
pub mod emails;
#[cfg(feature = "ssr")]
pub mod entities;
mod model;
pub mod pages;
pub mod routes;
#[cfg(feature = "ssr")]
pub mod service;

pub use model::*;
