//! Resolutions: the texts the secretariat drafts and the conference adopts (resolutions,
//! recommendations, proposals, declarations), every version kept, members' comments, and the
//! shared list of themes; their implementation (`implementation`), and the addressees and letters about them
//! (`correspondence`).
pub mod api;
pub mod correspondence;
#[cfg(feature = "ssr")]
pub mod emails;
#[cfg(feature = "ssr")]
pub mod entities;
#[cfg(feature = "ssr")]
pub mod http;
pub mod implementation;
mod model;
pub mod pages;
pub mod routes;
#[cfg(feature = "ssr")]
pub mod service;

pub use model::*;
