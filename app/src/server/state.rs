//! What every request handler and server function can reach.
use axum::extract::FromRef;
use leptos::config::LeptosOptions;
use sea_orm::DatabaseConnection;
use std::sync::Arc;
use tokio::sync::Notify;

/// Settings that services need at run time (the server crate parses them from the environment).
#[derive(Clone, Debug)]
pub struct Settings {
    /// Base of every link in emails, without a trailing slash, e.g. `https://sumud.example.org`.
    pub public_url: String,
    /// Whether an SMTP relay is configured; without one the outbox is read in the UI.
    pub smtp_configured: bool,
    /// Whether the site is served over HTTPS, so cookies it sets are `Secure`.
    pub secure_cookies: bool,
    /// Where uploaded documents are kept (`DOCUMENTS_DIR`).
    pub documents: super::uploads::FileStore,
}

/// Everything a request handler or server function can reach.
#[derive(Clone, FromRef)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub db: DatabaseConnection,
    pub settings: Arc<Settings>,
    /// Woken when an email is queued, so the delivery worker does not wait for its next tick.
    pub outbox_wakeup: Arc<Notify>,
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

/// A value an area keeps in memory for the whole process (a cache, a queue), which the server
/// provides to server functions beside the state; each area names its own type.
///
/// # Errors
/// `Internal` when the server did not provide it (a programming error).
pub fn area_state<T: Clone + Send + Sync + 'static>() -> Result<T, crate::error::AppError> {
    leptos::prelude::use_context::<T>().ok_or_else(|| {
        tracing::error!(missing = std::any::type_name::<T>(), "area state missing from the server function context");
        crate::error::AppError::Internal
    })
}
