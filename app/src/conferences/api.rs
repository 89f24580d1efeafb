//! Server functions of the conferences area.
use super::{EditionInput, EditionList, EditionPage, SessionInput};
#[cfg(feature = "ssr")]
use crate::conferences::routes;
use crate::error::AppError;
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use {
    super::service::{self, Edition, Session},
    crate::accounts::guard,
    crate::identity::Role,
    crate::server::state,
};

/// Public: editions to come and the archive.
#[server(endpoint = "list_editions")]
pub async fn list_editions() -> Result<EditionList, AppError> {
    Ok(service::editions(&state()?.db).await?)
}

/// Public: an edition and its agenda.
#[server(endpoint = "get_edition")]
pub async fn get_edition(id: i32) -> Result<EditionPage, AppError> {
    Ok(service::edition_page(&state()?.db, id).await?)
}

#[server(endpoint = "create_edition")]
pub async fn create_edition(#[server(default)] edition: EditionInput) -> Result<(), AppError> {
    let (_, context) = guard::require_context(&[Role::Secretariat]).await?;
    let edition = Edition::parse(&edition)?;
    let row = service::create_edition(&state()?.db, &context, &edition).await?;
    leptos_axum::redirect(&routes::edition(row.id));
    Ok(())
}

#[server(endpoint = "get_edition_form")]
pub async fn get_edition_form(id: i32) -> Result<EditionInput, AppError> {
    guard::require(&[Role::Secretariat]).await?;
    Ok(service::edition_form(&state()?.db, id).await?)
}

#[server(endpoint = "update_edition")]
pub async fn update_edition(id: i32, #[server(default)] edition: EditionInput) -> Result<(), AppError> {
    let (_, context) = guard::require_context(&[Role::Secretariat]).await?;
    let edition = Edition::parse(&edition)?;
    crate::conferences::registrations::service::update_edition(&state()?.db, &context, id, &edition).await?;
    leptos_axum::redirect(&routes::edition(id));
    Ok(())
}

/// A new edition from an earlier one, moved to a new start date with its agenda.
#[server(endpoint = "clone_edition")]
pub async fn clone_edition(id: i32, starts_on: String) -> Result<(), AppError> {
    let (_, context) = guard::require_context(&[Role::Secretariat]).await?;
    let mut problems = Vec::new();
    let Some(starts_on) = crate::domain::parse_date(&starts_on, "starts_on", "error-date", &mut problems) else {
        return Err(problems.into());
    };
    let copy = service::clone_edition(&state()?.db, &context, id, starts_on).await?;
    leptos_axum::redirect(&routes::edit_edition(copy.id));
    Ok(())
}

#[server(endpoint = "add_session")]
pub async fn add_session(edition_id: i32, #[server(default)] session: SessionInput) -> Result<(), AppError> {
    let (_, context) = guard::require_context(&[Role::Secretariat]).await?;
    let db = &state()?.db;
    let session = Session::parse(&session, service::edition_time_zone(db, edition_id).await?)?;
    service::add_session(db, &context, edition_id, &session).await?;
    leptos_axum::redirect(&routes::edition(edition_id));
    Ok(())
}

/// The session form's current values and the edition it belongs to.
#[server(endpoint = "get_session_form")]
pub async fn get_session_form(id: i32) -> Result<(i32, SessionInput), AppError> {
    guard::require(&[Role::Secretariat]).await?;
    Ok(service::session_form(&state()?.db, id).await?)
}

#[server(endpoint = "update_session")]
pub async fn update_session(id: i32, #[server(default)] session: SessionInput) -> Result<(), AppError> {
    let (_, context) = guard::require_context(&[Role::Secretariat]).await?;
    let db = &state()?.db;
    let (edition_id, _) = service::session_form(db, id).await?;
    let session = Session::parse(&session, service::edition_time_zone(db, edition_id).await?)?;
    service::update_session(db, &context, id, &session).await?;
    leptos_axum::redirect(&routes::edition(edition_id));
    Ok(())
}
