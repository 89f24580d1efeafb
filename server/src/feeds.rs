//! Public feeds: the activity feed as Atom, and the conference calendars as iCalendar.
use app::i18n::{translate, Lang};
use app::server::{AppState, ServiceError};
use atom_syndication::{Entry, Feed, Link, Text};
use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Extension;
use chrono::{DateTime, FixedOffset, Utc};

pub async fn activity(State(state): State<AppState>, Extension(lang): Extension<Lang>) -> Response {
    let items = match app::audit::service::public_feed(&state.db, 50).await {
        Ok(items) => items,
        Err(error) => {
            tracing::error!(%error, "activity feed");
            return (StatusCode::INTERNAL_SERVER_ERROR, translate(lang, "error-internal", &[])).into_response();
        }
    };
    let parse = |t: &str| DateTime::parse_from_rfc3339(t).unwrap_or_else(|_| Utc::now().fixed_offset());
    let updated: DateTime<FixedOffset> =
        items.first().map(|i| parse(&i.occurred_at)).unwrap_or_else(|| Utc::now().fixed_offset());
    let base = &state.settings.public_url;
    let entries: Vec<Entry> = items
        .iter()
        .map(|item| Entry {
            id: format!("{base}/activity#{}", item.id),
            title: Text::plain(item.summary.clone()),
            updated: parse(&item.occurred_at),
            links: vec![Link { href: format!("{base}/activity"), ..Default::default() }],
            ..Default::default()
        })
        .collect();
    let feed = Feed {
        id: format!("{base}/activity.atom"),
        title: Text::plain(translate(lang, "activity-title", &[])),
        lang: Some(lang.code().to_string()),
        updated,
        links: vec![
            Link { href: format!("{base}/activity.atom"), rel: "self".into(), ..Default::default() },
            Link { href: format!("{base}/activity"), ..Default::default() },
        ],
        entries,
        ..Default::default()
    };
    ([(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")], feed.to_string()).into_response()
}

fn host_of(state: &AppState) -> &str {
    state.settings.public_url.split("://").nth(1).unwrap_or("sumud").split('/').next().unwrap_or("sumud")
}

fn calendar_response(lang: Lang, result: Result<String, ServiceError>, what: &str) -> Response {
    match result {
        Ok(ics) => (
            [
                (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
                (header::CONTENT_DISPOSITION, "inline; filename=\"agenda.ics\""),
            ],
            ics,
        )
            .into_response(),
        Err(ServiceError::NotFound) => (StatusCode::NOT_FOUND, translate(lang, "error-not-found", &[])).into_response(),
        Err(error) => {
            tracing::error!(%error, what);
            (StatusCode::INTERNAL_SERVER_ERROR, translate(lang, "error-internal", &[])).into_response()
        }
    }
}

/// An edition's agenda as iCalendar, summaries in the reader's language.
pub async fn edition_calendar(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    axum::extract::Path(id): axum::extract::Path<String>,
) -> Response {
    let Ok(id) = id.parse::<i32>() else {
        return (StatusCode::NOT_FOUND, translate(lang, "error-not-found", &[])).into_response();
    };
    let ics = app::conferences::service::edition_calendar(&state.db, id, lang, host_of(&state)).await;
    calendar_response(lang, ics, "edition calendar")
}

/// A delegate's own calendar (the sessions they chose, in their language), at a secret address
/// that calendar programs subscribe to.
pub async fn personal_calendar(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    axum::extract::Path(file): axum::extract::Path<String>,
) -> Response {
    let token = file.strip_suffix(".ics").unwrap_or(&file);
    let ics = app::conferences::registrations::service::personal_calendar(&state.db, token, host_of(&state)).await;
    calendar_response(lang, ics, "personal calendar")
}
