//! Oversight: what the network did and what it sent. The public activity page and its Atom feed
//! for citizens; the audit log and the outbox for the secretariat. It reads the records that the
//! `audit` and `email` modules keep.
pub mod api;
#[cfg(feature = "ssr")]
pub mod http;
pub mod pages;
pub mod routes;
