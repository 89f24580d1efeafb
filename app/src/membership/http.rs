//! The membership area's plain routes: the secretariat's member list as CSV, the public
//! directory as JSON.
use super::routes::{MEMBERS_CSV, MEMBERS_JSON};
use super::service;
use crate::accounts::guard::require_on_route;
use crate::i18n::Lang;
use crate::identity::Role;
use crate::server::http::{file, service_refusal};
use crate::server::AppState;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Extension, Json, Router};
use tower_sessions::Session;

pub fn router() -> Router<AppState> {
    Router::new().route(MEMBERS_CSV, get(members_csv)).route(MEMBERS_JSON, get(members_json))
}

async fn members_csv(State(state): State<AppState>, Extension(lang): Extension<Lang>, session: Session) -> Response {
    if let Err(refused) = require_on_route(&session, &state.db, lang, &[Role::Secretariat]).await {
        return refused;
    }
    let csv = service::members_csv(&state.db, lang).await;
    file(lang, csv, "text/csv; charset=utf-8", "attachment; filename=\"sumud-members.csv\"".to_string())
}

async fn members_json(State(state): State<AppState>, Extension(lang): Extension<Lang>) -> Response {
    match service::public_members(&state.db).await {
        Ok(members) => Json(members).into_response(),
        Err(error) => service_refusal(lang, error),
    }
}
