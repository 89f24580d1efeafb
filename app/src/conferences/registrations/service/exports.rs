//! Registrations out of Sumud: the personal calendar feed and the participants' CSV.
use super::*;
use crate::conferences::calendar::Feed;
use crate::conferences::entities::{registration, session};
use crate::conferences::service::{edition_row, sessions_of};
use crate::domain::Choice;
use crate::server::error::{ServiceError, ServiceResult};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

/// The person's own calendar: the sessions they chose, in their language.
///
/// # Errors
/// `NotFound` for an unknown feed; database errors.
pub async fn personal_calendar(db: &impl ConnectionTrait, feed_token: &str, host: &str) -> ServiceResult<String> {
    let row = registration::Entity::find()
        .filter(registration::Column::FeedToken.eq(feed_token))
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
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
    let mut out = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    let failed = |e: csv::Error| ServiceError::Internal(format!("csv: {e}"));
    out.write_record([
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
    ])
    .map_err(failed)?;
    for r in rows {
        out.write_record([
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
            r.checked_in_at.unwrap_or_default(),
        ])
        .map_err(failed)?;
    }
    out.into_inner().map_err(|e| ServiceError::Internal(format!("csv: {e}")))
}
