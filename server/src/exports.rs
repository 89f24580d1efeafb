//! Data out: the secretariat's member list as CSV and the public directory as JSON.
use app::accounts::Role;
use app::i18n::{translate, Lang};
use app::server::guard::user_of;
use app::server::AppState;
use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use tower_sessions::Session;

fn failure(lang: Lang, status: StatusCode, key: &str) -> Response {
    (status, translate(lang, key, &[])).into_response()
}

pub async fn members_csv(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
) -> Response {
    match user_of(&session, &state.db).await {
        Ok(Some(user)) if user.role == Role::Secretariat => {}
        Ok(Some(_)) => return failure(lang, StatusCode::FORBIDDEN, "error-forbidden"),
        Ok(None) => return failure(lang, StatusCode::FORBIDDEN, "error-unauthenticated"),
        Err(_) => return failure(lang, StatusCode::INTERNAL_SERVER_ERROR, "error-internal"),
    }
    match app::membership::service::members_csv(&state.db, lang).await {
        Ok(bytes) => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                (header::CONTENT_DISPOSITION, "attachment; filename=\"sumud-members.csv\""),
            ],
            bytes,
        )
            .into_response(),
        Err(error) => {
            tracing::error!(%error, "members CSV");
            failure(lang, StatusCode::INTERNAL_SERVER_ERROR, "error-internal")
        }
    }
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
