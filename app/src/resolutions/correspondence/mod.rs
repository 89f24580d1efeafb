//! A text's addressees and correspondence: the register of organisations outside the network
//! (and of members) that texts are addressed to, and the letters sent about a text and the
//! replies received, which signed-in members read on the text's page.
pub mod api;
mod model;
pub mod pages;
pub mod routes;
#[cfg(feature = "ssr")]
pub mod service;

pub use model::*;
