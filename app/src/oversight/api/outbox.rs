//! Server functions of the outbox.
use crate::email::OutboxPage;
use crate::error::AppError;
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use {crate::accounts::guard, crate::email::service, crate::identity::Role, crate::server::state};

#[server(endpoint = "list_outbox")]
pub async fn list_outbox(page: u64) -> Result<OutboxPage, AppError> {
    guard::require(&[Role::Secretariat]).await?;
    let state = state()?;
    Ok(service::list(&state.db, page, state.settings.smtp_configured).await?)
}
