//! Data out: the secretariat's member list as CSV and the public directory as JSON.
use app::accounts::Role;
use app::i18n::{translate, Lang};
use app::server::guard::user_of;
use app::server::{AppState, ServiceError};
use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use tower_sessions::Session;

fn failure(lang: Lang, status: StatusCode, key: &str) -> Response {
    (status, translate(lang, key, &[])).into_response()
}

/// Refuses anyone but the secretariat.
async fn secretariat_only(state: &AppState, session: &Session, lang: Lang) -> Result<(), Response> {
    match user_of(session, &state.db).await {
        Ok(Some(user)) if user.role == Role::Secretariat => Ok(()),
        Ok(Some(_)) => Err(failure(lang, StatusCode::FORBIDDEN, "error-forbidden")),
        Ok(None) => Err(failure(lang, StatusCode::FORBIDDEN, "error-unauthenticated")),
        Err(_) => Err(failure(lang, StatusCode::INTERNAL_SERVER_ERROR, "error-internal")),
    }
}

fn csv_response(lang: Lang, result: Result<Vec<u8>, ServiceError>, filename: &str) -> Response {
    match result {
        Ok(bytes) => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
                (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{filename}\"")),
            ],
            bytes,
        )
            .into_response(),
        Err(ServiceError::NotFound) => failure(lang, StatusCode::NOT_FOUND, "error-not-found"),
        Err(error) => {
            tracing::error!(%error, filename, "CSV export");
            failure(lang, StatusCode::INTERNAL_SERVER_ERROR, "error-internal")
        }
    }
}

pub async fn members_csv(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
) -> Response {
    if let Err(refused) = secretariat_only(&state, &session, lang).await {
        return refused;
    }
    csv_response(lang, app::membership::service::members_csv(&state.db, lang).await, "sumud-members.csv")
}

/// An edition's registrations, for the secretariat.
pub async fn participants_csv(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    axum::extract::Path(id): axum::extract::Path<String>,
) -> Response {
    if let Err(refused) = secretariat_only(&state, &session, lang).await {
        return refused;
    }
    let Ok(id) = id.parse::<i32>() else {
        return failure(lang, StatusCode::NOT_FOUND, "error-not-found");
    };
    let csv = app::conferences::registrations::service::participants_csv(&state.db, id).await;
    csv_response(lang, csv, &format!("sumud-participants-{id}.csv"))
}

pub async fn members_json(State(state): State<AppState>, Extension(lang): Extension<Lang>) -> Response {
    match app::membership::service::public_members(&state.db).await {
        Ok(members) => Json(members).into_response(),
        Err(error) => {
            tracing::error!(%error, "members JSON");
            failure(lang, StatusCode::INTERNAL_SERVER_ERROR, "error-internal")
        }
    }
}
