//! Who is asking: every server function starts here.
use super::service;
use crate::domain::Choice;
use crate::error::AppError;
use crate::identity::{CurrentUser, Role};
use crate::server::state;
use crate::server::{Actor, RequestContext};
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
    leptos_axum::extract::<Session>().await.map_err(session_failed)
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
    let account_id = session.get::<i32>(ACCOUNT_ID_KEY).await.map_err(session_failed)?;
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

/// The caller, who must hold one of `roles`, and the request as services take it.
///
/// # Errors
/// As [`require`]; `Internal` when the server state is missing.
pub async fn require_context(roles: &[Role]) -> Result<(CurrentUser, RequestContext), AppError> {
    let user = require(roles).await?;
    let context = context_as((&user).into(), &user.display_name).await?;
    Ok((user, context))
}

/// The request of someone without an account, known by the address they gave, if any.
///
/// # Errors
/// `Internal` when the server state is missing.
pub async fn public_context(email: Option<&str>) -> Result<RequestContext, AppError> {
    context_as(email.map(Actor::by_email).unwrap_or_default(), "").await
}

/// Where the request comes from, as the server's middleware found it (through trusted proxies
/// only), for throttles.
pub async fn client_address() -> String {
    leptos_axum::extract::<axum::Extension<crate::server::http::ClientAddress>>()
        .await
        .map(|axum::Extension(address)| address.0.to_string())
        .unwrap_or_else(|_| "unknown".to_string())
}

/// What a person sees when the session store fails; the cause is logged.
pub fn session_failed(error: impl std::fmt::Display) -> AppError {
    tracing::error!(%error, "session store failed");
    AppError::Internal
}

/// Emails the public's forms may have sent per hour: from one address, and to one recipient.
const PUBLIC_EMAILS_PER_ADDRESS: i32 = 30;
const PUBLIC_EMAILS_PER_RECIPIENT: i32 = 5;

/// Counts an email that a public form (an application, a password reset) is about to send to
/// `recipient` with text the caller chose: nobody may use Sumud to flood an inbox or send mail
/// in bulk.
///
/// # Errors
/// `RateLimited` (429) past the hourly limit per address or per recipient.
pub async fn count_public_email(recipient: &str) -> Result<(), AppError> {
    use crate::server::throttle::{self, Policy};
    let address = client_address().await;
    let keys = [
        (throttle::key("mail-from", &address), Policy::PerHour { free: PUBLIC_EMAILS_PER_ADDRESS }),
        (
            throttle::key("mail-to", &recipient.trim().to_lowercase()),
            Policy::PerHour { free: PUBLIC_EMAILS_PER_RECIPIENT },
        ),
    ];
    Ok(throttle::count_all(&state()?.db, &keys, chrono::Utc::now()).await?)
}

/// The request's language, which the language middleware negotiated and put in the request.
pub async fn request_lang() -> crate::i18n::Lang {
    leptos_axum::extract::<axum::Extension<crate::i18n::Lang>>().await.map_or(crate::i18n::Lang::En, |e| e.0)
}

async fn context_as(actor: Actor, actor_name: &str) -> Result<RequestContext, AppError> {
    let state = state()?;
    let lang = request_lang().await;
    Ok(RequestContext::new(actor, actor_name, lang, &state.settings.public_url, state.outbox_wakeup.clone()))
}

/// Any signed-in person.
///
/// # Errors
/// `Unauthenticated` (status 403) for the anonymous public.
pub async fn require_signed_in() -> Result<CurrentUser, AppError> {
    require(Role::ALL).await
}

/// Refusals of access are 403 for every caller without a role that may act.
fn deny(error: AppError) -> AppError {
    crate::error::set_http_status(axum::http::StatusCode::FORBIDDEN);
    error
}

/// A refusal beyond the role: the caller holds the role but not for this record (a focal point
/// acting for another member).
pub fn forbidden() -> AppError {
    deny(AppError::Forbidden)
}

impl From<&CurrentUser> for Actor {
    fn from(user: &CurrentUser) -> Self {
        Actor { account_id: Some(user.id), email: Some(user.email.clone()) }
    }
}

/// The context of a change made on a plain axum route by `user` (an upload).
pub fn context_on_route(
    state: &crate::server::AppState,
    user: &CurrentUser,
    lang: crate::i18n::Lang,
) -> RequestContext {
    RequestContext::new(user.into(), &user.display_name, lang, &state.settings.public_url, state.outbox_wakeup.clone())
}

/// For the areas' plain axum routes (exports): the caller, who must hold one of `roles`.
///
/// # Errors
/// The translated 403 (or 500) to send instead.
pub async fn require_on_route(
    session: &Session,
    db: &sea_orm::DatabaseConnection,
    lang: crate::i18n::Lang,
    roles: &[Role],
) -> Result<CurrentUser, axum::response::Response> {
    use crate::server::http::refusal;
    use axum::http::StatusCode;
    match user_of(session, db).await {
        Ok(Some(user)) if roles.contains(&user.role) => Ok(user),
        Ok(Some(_)) => Err(refusal(lang, StatusCode::FORBIDDEN, "error-forbidden")),
        Ok(None) => Err(refusal(lang, StatusCode::FORBIDDEN, "error-unauthenticated")),
        Err(_) => Err(refusal(lang, StatusCode::INTERNAL_SERVER_ERROR, "error-internal")),
    }
}
