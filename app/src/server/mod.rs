//! Server-only plumbing shared by every area: application state, the service error, the guard
//! that checks who is asking, secrets.
pub mod counters;
pub mod database;
pub mod error;
pub mod guard;
pub mod secrets;
pub mod testing;

use axum::extract::FromRef;
use leptos::config::LeptosOptions;
use sea_orm::DatabaseConnection;
use std::sync::Arc;
use tokio::sync::Notify;

pub use error::ServiceError;

/// Settings that services need at run time (the server crate parses them from the environment).
#[derive(Clone, Debug)]
pub struct Settings {
    /// Base of every link in emails, without a trailing slash, e.g. `https://sumud.example.org`.
    pub public_url: String,
    /// Whether an SMTP relay is configured; without one the outbox is read in the UI.
    pub smtp_configured: bool,
}

/// Everything a request handler or server function can reach.
#[derive(Clone, FromRef)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub db: DatabaseConnection,
    pub settings: Arc<Settings>,
    /// Woken when an email is queued, so the delivery worker does not wait for its next tick.
    pub outbox_wakeup: Arc<Notify>,
    /// The public directory's filters, sort keys and name keys, kept in memory between pages.
    pub directory: Arc<crate::membership::service::DirectoryIndex>,
    /// Conference sign-ups waiting to be written together.
    pub sign_ups: Arc<crate::conferences::registrations::sign_ups::SignUpQueue>,
}

/// The state inside a server function.
///
/// # Errors
/// `Internal` when called outside a request that the server set up (a programming error).
pub fn state() -> Result<AppState, crate::error::AppError> {
    leptos::prelude::use_context::<AppState>().ok_or_else(|| {
        tracing::error!("AppState missing from the server function context");
        crate::error::AppError::Internal
    })
}
