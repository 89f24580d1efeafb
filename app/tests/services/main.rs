//! Every service against a real database, in one test binary with a module per area (one link):
//! each test runs twice, on a fresh SQLite file and on a fresh PostgreSQL database.
mod accounts;
mod conferences;
mod locales;
mod membership;
mod registrations;
