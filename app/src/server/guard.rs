//! Who is asking: every server function starts here.
use super::state;
use crate::accounts::{service, CurrentUser, Role};
use crate::audit::service::Actor;
use crate::error::AppError;
use tower_sessions::Session;

/// Session key holding the signed-in account's id.
pub const ACCOUNT_ID_KEY: &str = "account_id";
/// Session key holding the day (days since 1970, UTC) the session was last saved.
pub const SAVED_ON_KEY: &str = "saved_on";

/// Today, as stored under [`SAVED_ON_KEY`].
pub fn today() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp().div_euclid(86_400)
}

/// The request's session (present on every request: the server installs the session layer).
///
/// # Errors
/// `Internal` when the session layer is missing or the store fails.
pub async fn session() -> Result<Session, AppError> {
    leptos_axum::extract::<Session>().await.map_err(|e| {
        tracing::error!(error = %e, "session unavailable");
        AppError::Internal
    })
}

/// The signed-in person, if any (an account that was deactivated no longer counts).
///
/// # Errors
/// `Internal` on a session or database failure.
pub async fn current_user() -> Result<Option<CurrentUser>, AppError> {
    user_of(&session().await?, &state()?.db).await
}

/// The signed-in person of a session (for plain axum handlers too: exports, feeds).
///
/// # Errors
/// `Internal` on a session or database failure.
pub async fn user_of(session: &Session, db: &sea_orm::DatabaseConnection) -> Result<Option<CurrentUser>, AppError> {
    let account_id = session.get::<i32>(ACCOUNT_ID_KEY).await.map_err(|e| {
        tracing::error!(error = %e, "session read failed");
        AppError::Internal
    })?;
    let Some(account_id) = account_id else {
        return Ok(None);
    };
    let user = service::find_active(db, account_id).await?.map(Into::into);
    if user.is_some() {
        keep_alive(session).await;
    }
    Ok(user)
}

/// A session lasts a week after its last use, but the session layer pushes the expiry back only
/// when it saves the session: one that is used is saved again once a day, not on every request.
async fn keep_alive(session: &Session) {
    let today = today();
    if session.get::<i64>(SAVED_ON_KEY).await.ok().flatten() != Some(today) {
        if let Err(e) = session.insert(SAVED_ON_KEY, today).await {
            tracing::warn!(error = %e, "session keep-alive failed");
        }
    }
}

/// The caller, who must hold one of `roles`; anyone else gets a 403.
///
/// # Errors
/// `Unauthenticated` or `Forbidden` (status 403) when the caller may not act.
pub async fn require(roles: &[Role]) -> Result<CurrentUser, AppError> {
    match current_user().await? {
        Some(user) if roles.contains(&user.role) => Ok(user),
        Some(_) => Err(deny(AppError::Forbidden)),
        None => Err(deny(AppError::Unauthenticated)),
    }
}

/// Any signed-in person.
///
/// # Errors
/// `Unauthenticated` (status 403) for the anonymous public.
pub async fn require_signed_in() -> Result<CurrentUser, AppError> {
    require(&Role::ALL).await
}

/// Refusals of access are 403 for every caller without a role that may act.
fn deny(error: AppError) -> AppError {
    set_http_status(axum::http::StatusCode::FORBIDDEN);
    error
}

/// A refusal beyond the role: the caller holds the role but not for this record (a focal point
/// acting for another member).
pub fn forbidden() -> AppError {
    deny(AppError::Forbidden)
}

/// Gives an API caller the error's HTTP status. A plain HTML form post keeps its redirect back
/// to the page, where the translated message is shown; outside a request this does nothing.
pub fn set_http_status(status: axum::http::StatusCode) {
    let plain_form_post = leptos::prelude::use_context::<axum::http::request::Parts>()
        .and_then(|parts| parts.headers.get(axum::http::header::ACCEPT).cloned())
        .and_then(|accept| accept.to_str().ok().map(|a| a.contains("text/html")))
        .unwrap_or(false);
    if !plain_form_post {
        if let Some(response) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() {
            response.set_status(status);
        }
    }
}

impl From<&CurrentUser> for Actor {
    fn from(user: &CurrentUser) -> Self {
        Actor { account_id: Some(user.id), email: Some(user.email.clone()) }
    }
}
