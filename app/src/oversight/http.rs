//! Oversight's plain route: the public activity as an Atom feed, for citizens' feed readers.
use super::routes::{ACTIVITY, ACTIVITY_FEED};
use crate::audit::service as audit;
use crate::i18n::{translate, Lang};
use crate::server::http::service_refusal;
use crate::server::AppState;
use atom_syndication::{Entry, Feed, Link, Text};
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Extension, Router};
use chrono::{DateTime, FixedOffset, Utc};

pub fn router() -> Router<AppState> {
    Router::new().route(ACTIVITY_FEED, get(activity_feed))
}

async fn activity_feed(State(state): State<AppState>, Extension(lang): Extension<Lang>) -> Response {
    match audit::public_feed(&state.db, 50).await {
        Ok(items) => {
            let feed = activity_atom(&items, &state.settings.public_url, lang);
            ([(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")], feed).into_response()
        }
        Err(error) => service_refusal(lang, error),
    }
}

/// "New member: Hebron Municipality", the action named in the reader's language; an action this
/// version does not know keeps its code.
fn entry_title(item: &crate::audit::PublicActivity, lang: Lang) -> String {
    let action = crate::audit::action_label_key(&item.action)
        .map_or_else(|| item.action.clone(), |key| translate(lang, key, &[]));
    translate(lang, "activity-entry-title", &[("action", action), ("summary", item.summary.clone())])
}

/// The feed's XML: newest first, as the public activity page lists it.
pub fn activity_atom(items: &[crate::audit::PublicActivity], base: &str, lang: Lang) -> String {
    let updated: DateTime<FixedOffset> = items.first().map_or_else(Utc::now, |i| i.occurred_at).fixed_offset();
    let entries: Vec<Entry> = items
        .iter()
        .map(|item| Entry {
            id: format!("{base}{ACTIVITY}#{}", item.id),
            title: Text::plain(entry_title(item, lang)),
            updated: item.occurred_at.fixed_offset(),
            links: vec![Link { href: format!("{base}{ACTIVITY}"), ..Default::default() }],
            ..Default::default()
        })
        .collect();
    Feed {
        id: format!("{base}{ACTIVITY_FEED}"),
        title: Text::plain(translate(lang, "activity-title", &[])),
        lang: Some(lang.code().to_string()),
        updated,
        links: vec![
            Link { href: format!("{base}{ACTIVITY_FEED}"), rel: "self".into(), ..Default::default() },
            Link { href: format!("{base}{ACTIVITY}"), ..Default::default() },
        ],
        entries,
        ..Default::default()
    }
    .to_string()
}
