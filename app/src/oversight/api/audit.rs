//! Server functions of the audit log.
use crate::audit::{AuditFilter, AuditPage, PublicActivity};
use crate::error::AppError;
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use {crate::accounts::guard, crate::audit::service, crate::identity::Role, crate::server::state};

#[server(endpoint = "list_audit")]
pub async fn list_audit(#[server(default)] filter: AuditFilter) -> Result<AuditPage, AppError> {
    guard::require(&[Role::Secretariat]).await?;
    Ok(service::list(&state()?.db, &filter).await?)
}

#[server(endpoint = "audit_actions")]
pub async fn audit_actions() -> Result<Vec<String>, AppError> {
    guard::require(&[Role::Secretariat]).await?;
    Ok(service::actions(&state()?.db).await?)
}

/// Public: what the network has done, for citizens.
#[server(endpoint = "public_activity")]
pub async fn get_public_activity() -> Result<Vec<PublicActivity>, AppError> {
    Ok(service::public_feed(&state()?.db, 100).await?)
}
