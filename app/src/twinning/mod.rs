//! Twinning and cooperation: the agreements between Palestinian and world cities (twinnings,
//! memoranda of understanding…), their parties, themes and stages, proposed by a party's focal
//! point or the secretariat and public once the secretariat validated them.
pub mod api;
#[cfg(feature = "ssr")]
pub mod entities;
#[cfg(feature = "ssr")]
pub mod http;
mod model;
pub mod pages;
pub mod routes;
#[cfg(feature = "ssr")]
pub mod service;

pub use model::*;
