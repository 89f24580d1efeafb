//! The conferences area's plain routes: agendas as iCalendar (an edition's, and a delegate's own
//! at a secret address), and an edition's participants as CSV for the secretariat.
use super::registrations::service as registrations;
use super::service;
use crate::accounts::guard::require_on_route;
use crate::i18n::Lang;
use crate::identity::Role;
use crate::server::http::{file, not_found, public_host};
use crate::server::AppState;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::get;
use axum::{Extension, Router};
use tower_sessions::Session;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/conferences/{id}/calendar.ics", get(edition_calendar))
        .route("/registrations/feed/{file}", get(personal_calendar))
        .route("/secretariat/conferences/{id}/participants.csv", get(participants_csv))
}

const CALENDAR: &str = "text/calendar; charset=utf-8";

fn inline_calendar() -> String {
    "inline; filename=\"agenda.ics\"".to_string()
}

/// An edition's agenda, summaries in the reader's language.
async fn edition_calendar(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    Path(id): Path<String>,
) -> Response {
    let Ok(id) = id.parse::<i32>() else {
        return not_found(lang);
    };
    let ics = service::edition_calendar(&state.db, id, lang, public_host(&state.settings.public_url)).await;
    file(lang, ics, CALENDAR, inline_calendar())
}

/// A delegate's own calendar (the sessions they chose, in their language), at a secret address
/// that calendar programs subscribe to.
async fn personal_calendar(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    Path(name): Path<String>,
) -> Response {
    let token = name.strip_suffix(".ics").unwrap_or(&name);
    let ics = registrations::personal_calendar(&state.db, token, public_host(&state.settings.public_url)).await;
    file(lang, ics, CALENDAR, inline_calendar())
}

async fn participants_csv(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    Path(id): Path<String>,
) -> Response {
    if let Err(refused) = require_on_route(&session, &state.db, lang, &[Role::Secretariat]).await {
        return refused;
    }
    let Ok(id) = id.parse::<i32>() else {
        return not_found(lang);
    };
    let csv = registrations::participants_csv(&state.db, id).await;
    file(lang, csv, "text/csv; charset=utf-8", format!("attachment; filename=\"sumud-participants-{id}.csv\""))
}
