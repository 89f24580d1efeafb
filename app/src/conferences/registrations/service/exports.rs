//! Registrations out of Sumud: the personal calendar feed and the participants' CSV.
use super::*;
use crate::conferences::calendar::Feed;
use crate::conferences::entities::{registration, session};
use crate::conferences::service::{edition_row, sessions_of};
use crate::domain::Choice;
use crate::server::error::{ServiceError, ServiceResult};
use crate::server::spreadsheet::SpreadsheetCsv;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

/// The person's own calendar: the sessions they chose, in their language. A cancelled or
/// refused registration has no feed any more, and no feed outlives its personal link.
///
/// # Errors
/// `NotFound` for an unknown, ended or expired feed; database errors.
pub async fn personal_calendar(db: &impl ConnectionTrait, feed_secret: &str, host: &str) -> ServiceResult<String> {
    let row = registration::Entity::find()
        .filter(registration::Column::FeedTokenHash.eq(crate::server::secrets::token_hash(feed_secret.trim())))
        .one(db)
        .await?
        .filter(|row| row.state.is_live())
        .ok_or(ServiceError::NotFound)?;
    if !super::changes::links_alive(db, row.edition_id).await? {
        return Err(ServiceError::NotFound);
    }
    let chosen = chosen_sessions(db, row.id).await?;
    let edition = edition_row(db, row.edition_id).await?;
    let sessions: Vec<session::Model> =
        sessions_of(db, row.edition_id).await?.into_iter().filter(|s| chosen.contains(&s.id)).collect();
    let lang = row.language;
    Ok(Feed {
        name: edition_title(&edition, lang),
        place: format!("{}, {}", edition.venue, edition.city),
        sessions: &sessions,
        lang,
        host,
    }
    .render())
}

/// The participant list as CSV for the secretariat: UTF-8 with a byte order mark, so that
/// spreadsheet programs show Arabic names correctly.
///
/// # Errors
/// `NotFound`; database errors.
pub async fn participants_csv(db: &impl ConnectionTrait, edition_id: i32) -> ServiceResult<Vec<u8>> {
    let rows = registrations(db, edition_id).await?;
    let mut out = SpreadsheetCsv::default();
    out.row([
        "id",
        "state",
        "waitlist_position",
        "role",
        "full_name",
        "organisation",
        "country",
        "email",
        "phone",
        "language",
        "consent",
        "visa_letter",
        "checked_in_at",
    ])?;
    for r in rows {
        out.row([
            r.id.to_string(),
            r.state.as_str().to_string(),
            r.waitlist_position.map(|p| p.to_string()).unwrap_or_default(),
            r.role.as_str().to_string(),
            r.full_name,
            r.organisation,
            r.country.unwrap_or_default(),
            r.email,
            r.phone,
            r.language,
            r.consent.as_str().to_string(),
            r.visa_letter.to_string(),
            r.checked_in_at.map(|at| at.format("%Y-%m-%d %H:%M").to_string()).unwrap_or_default(),
        ])?;
    }
    out.finish()
}
