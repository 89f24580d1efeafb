//! The resolutions area's plain routes, public: the implementation tracker as CSV and JSON, and
//! the Atom feed of publications and progress; and, for the secretariat, the upload of a
//! spreadsheet of action updates (a file or pasted text; a form without JavaScript); a
//! letter's scanned copy, which the secretariat posts and signed-in members download.
use super::api::reader_of;
use super::correspondence::routes::{letter, COPY_UPLOAD};
use super::correspondence::service as correspondence;
use super::implementation::routes::{bulk_update, BULK_UPDATES, BULK_UPLOAD, FEED, TRACKER_CSV, TRACKER_JSON};
use super::implementation::service;
use super::routes::TEXTS;
use crate::accounts::guard::require_on_route;
use crate::i18n::{translate, Lang};
use crate::identity::Role;
use crate::server::http::{file, service_refusal};
use crate::server::AppState;
use crate::server::ServiceError;
use atom_syndication::{Entry, Feed, Link, Text};
use axum::extract::{Multipart, Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Extension, Json, Router};
use tower_sessions::Session;

pub fn router() -> Router<AppState> {
    Router::new()
        .route(TRACKER_CSV, get(tracker_csv))
        .route(TRACKER_JSON, get(tracker_json))
        .route(FEED, get(resolutions_feed))
        .route(BULK_UPLOAD, post(upload_bulk))
        .route(COPY_UPLOAD, get(download_copy).post(upload_copy))
}

async fn tracker_csv(State(state): State<AppState>, Extension(lang): Extension<Lang>) -> Response {
    let csv = service::tracker_csv(&state.db, lang).await;
    let name = format!("attachment; filename=\"sumud-tracker-{}.csv\"", lang.code());
    file(lang, csv, "text/csv; charset=utf-8", name)
}

async fn tracker_json(State(state): State<AppState>, Extension(lang): Extension<Lang>) -> Response {
    match service::tracker(&state.db).await {
        Ok(rows) => Json(rows).into_response(),
        Err(error) => service_refusal(lang, error),
    }
}

async fn resolutions_feed(State(state): State<AppState>, Extension(lang): Extension<Lang>) -> Response {
    match service::feed(&state.db, lang, 50).await {
        Ok(entries) => {
            let xml = feed_atom(&entries, &state.settings.public_url, lang);
            ([(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")], xml).into_response()
        }
        Err(error) => service_refusal(lang, error),
    }
}

/// The feed's XML, newest first.
pub fn feed_atom(entries: &[service::FeedEntry], base: &str, lang: Lang) -> String {
    let updated = entries.first().map_or_else(chrono::Utc::now, |e| e.updated).fixed_offset();
    Feed {
        id: format!("{base}{FEED}"),
        title: Text::plain(translate(lang, "feed-title", &[])),
        lang: Some(lang.code().to_string()),
        updated,
        links: vec![
            Link { href: format!("{base}{FEED}"), rel: "self".into(), ..Default::default() },
            Link { href: format!("{base}{TEXTS}"), ..Default::default() },
        ],
        entries: entries
            .iter()
            .map(|entry| Entry {
                id: format!("{base}{FEED}#{}", entry.key),
                title: Text::plain(entry.title.clone()),
                updated: entry.updated.fixed_offset(),
                links: vec![Link { href: format!("{base}{}", entry.path), ..Default::default() }],
                ..Default::default()
            })
            .collect(),
        ..Default::default()
    }
    .to_string()
}

/// Keeps the spreadsheet and opens its dry run; a refused one goes back to the form with the
/// reason (a file cannot be put back into a form: the person chooses it again).
async fn upload_bulk(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    mut form: Multipart,
) -> Response {
    let user = match require_on_route(&session, &state.db, lang, &[Role::Secretariat]).await {
        Ok(user) => user,
        Err(refused) => return refused,
    };
    let (mut file_name, mut text, mut unreadable) = (String::new(), String::new(), false);
    while let Ok(Some(field)) = form.next_field().await {
        match field.name() {
            Some("file") => {
                let name = field.file_name().unwrap_or_default().to_string();
                let bytes = field.bytes().await.unwrap_or_default();
                if !bytes.is_empty() {
                    match String::from_utf8(bytes.to_vec()) {
                        Ok(decoded) => (file_name, text) = (name, decoded),
                        Err(_) => unreadable = true,
                    }
                }
            }
            Some("csv") if text.is_empty() => text = field.text().await.unwrap_or_default(),
            _ => {}
        }
    }
    let back = |key: &str| Redirect::to(&format!("{BULK_UPDATES}?error={key}&lang={}", lang.code())).into_response();
    if unreadable {
        return back("error-bulk-encoding");
    }
    match service::upload_bulk(&state.db, &user.display_name, &file_name, &text).await {
        Ok(row) => Redirect::to(&format!("{}?lang={}", bulk_update(row.id), lang.code())).into_response(),
        Err(ServiceError::Invalid { key, .. }) => back(key),
        Err(error) => service_refusal(lang, error),
    }
}

/// A letter's scanned copy, for signed-in members and the secretariat, under the name it was
/// attached with; never shown in place (a PDF or an image only, checked when attached).
async fn download_copy(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    Path(id): Path<i32>,
) -> Response {
    let user = match crate::accounts::guard::user_of(&session, &state.db).await {
        Ok(user) => user,
        Err(_) => return service_refusal(lang, ServiceError::Internal("session".into())),
    };
    if user.is_none() {
        return crate::server::http::refusal(lang, axum::http::StatusCode::FORBIDDEN, "error-unauthenticated");
    }
    match correspondence::letter_copy(&state.db, id, reader_of(user.as_ref())).await {
        Ok(copy) => (
            [
                (header::CONTENT_TYPE, copy.content_type),
                (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{}\"", copy.file_name)),
                (header::CACHE_CONTROL, "private, no-store".to_string()),
                (header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_string()),
            ],
            copy.bytes,
        )
            .into_response(),
        Err(error) => service_refusal(lang, error),
    }
}

/// Keeps a letter's scanned copy and goes back to the letter; a refused one goes back with the
/// reason at the field.
async fn upload_copy(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    Path(id): Path<i32>,
    mut form: Multipart,
) -> Response {
    let user = match require_on_route(&session, &state.db, lang, &[Role::Secretariat]).await {
        Ok(user) => user,
        Err(refused) => return refused,
    };
    let (mut file_name, mut bytes) = (String::new(), Vec::new());
    while let Ok(Some(field)) = form.next_field().await {
        if field.name() == Some("file") {
            file_name = field.file_name().unwrap_or_default().to_string();
            match field.bytes().await {
                Ok(read) => bytes = read.to_vec(),
                // Cut off by the body limit: too large, whatever reached us.
                Err(_) => {
                    return Redirect::to(&format!(
                        "{}?error=error-letter-file-large&lang={}#letter-file",
                        letter(id),
                        lang.code()
                    ))
                    .into_response()
                }
            }
        }
    }
    let context = crate::accounts::guard::context_on_route(&state, &user, lang);
    let page = letter(id);
    match correspondence::attach_copy(&state.db, &context, id, &file_name, bytes).await {
        Ok(()) => Redirect::to(&format!("{page}?lang={}", lang.code())).into_response(),
        Err(ServiceError::Invalid { key, .. }) => {
            Redirect::to(&format!("{page}?error={key}&lang={}#letter-file", lang.code())).into_response()
        }
        Err(error) => service_refusal(lang, error),
    }
}
