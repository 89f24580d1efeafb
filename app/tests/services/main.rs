//! Every service against a real database, in one test binary with a module per area (one link):
//! each test runs twice, on a fresh SQLite file and on a fresh PostgreSQL database.
// A failed step in a test is the test failing; test sizes are small constants.
#![allow(clippy::unwrap_used, clippy::cast_possible_truncation)]
mod accounts;
mod cards;
mod conferences;
mod correspondence;
mod finance;
mod implementation;
mod locales;
mod membership;
mod parsers;
mod projects;
mod registrations;
mod resolutions;
mod snapshots;
mod statements;
mod twinning;
