//! The agenda: sessions of an edition in local time at the venue, and the edition's calendar feed.
use super::*;
use crate::audit::service::{self as audit, Change};
use crate::conferences::calendar::Feed;
use crate::conferences::entities::{edition, session};
use crate::conferences::{SessionInput, SessionKind, Trilingual};
use crate::i18n::Lang;
use crate::server::error::{ServiceError, ServiceResult};
use crate::server::RequestContext;
use chrono::{NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ConnectionTrait, DatabaseConnection, EntityTrait, TransactionTrait};
use serde_json::json;

pub(super) fn set_session(row: &mut session::ActiveModel, session: &Session) {
    row.title_ar = Set(session.title.ar.clone());
    row.title_en = Set(session.title.en.clone());
    row.title_fr = Set(session.title.fr.clone());
    row.description_ar = Set(session.description.ar.clone());
    row.description_en = Set(session.description.en.clone());
    row.description_fr = Set(session.description.fr.clone());
    row.room = Set(session.room.clone());
    row.kind = Set(session.kind);
    row.starts_at = Set(session.starts_at);
    row.ends_at = Set(session.ends_at);
    row.speakers = Set(session.speakers.clone());
}

pub(super) fn session_audit(row: &session::Model) -> serde_json::Value {
    json!({
        "title_en": row.title_en,
        "room": row.room,
        "kind": row.kind,
        "starts_at": row.starts_at.to_rfc3339(),
        "ends_at": row.ends_at.to_rfc3339(),
        "sequence": row.sequence,
    })
}

pub(super) fn check_day(edition: &edition::Model, session: &Session) -> ServiceResult<()> {
    if session.day < edition.starts_on || session.day > edition.ends_on {
        return Err(ServiceError::invalid("day", "error-day-outside"));
    }
    Ok(())
}

/// Adds a session to an edition's agenda, on one of its days.
///
/// # Errors
/// `NotFound`; `Invalid` on `day` outside the edition; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref(), edition_id = edition_id))]
pub async fn add_session(
    db: &DatabaseConnection,
    context: &RequestContext,
    edition_id: i32,
    session: &Session,
) -> ServiceResult<session::Model> {
    let txn = context.begin(db).await?;
    let edition = edition_row(&txn, edition_id).await?;
    check_day(&edition, session)?;
    let now = Utc::now();
    let mut row = session::ActiveModel {
        edition_id: Set(edition_id),
        sequence: Set(0),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    set_session(&mut row, session);
    let row = row.insert(&txn).await?;
    audit::record(
        &txn,
        &context.actor,
        Change::new("conference.session_added", "session", row.id, format!("{} ({})", row.title_en, edition.title_en))
            .after(&session_audit(&row)),
    )
    .await?;
    context.commit(txn).await?;
    Ok(row)
}

/// Changes a session; its SEQUENCE goes up so subscribed calendars take the change.
///
/// # Errors
/// `NotFound`; `Invalid` on `day`; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref(), id = id))]
pub async fn update_session(
    db: &DatabaseConnection,
    context: &RequestContext,
    id: i32,
    session: &Session,
) -> ServiceResult<session::Model> {
    let txn = context.begin(db).await?;
    let before = session::Entity::find_by_id(id).one(&txn).await?.ok_or(ServiceError::NotFound)?;
    let edition = edition_row(&txn, before.edition_id).await?;
    check_day(&edition, session)?;
    let mut row: session::ActiveModel = before.clone().into();
    set_session(&mut row, session);
    row.sequence = Set(before.sequence + 1);
    row.updated_at = Set(Utc::now());
    let after = row.update(&txn).await?;
    audit::record(
        &txn,
        &context.actor,
        Change::new("conference.session_updated", "session", id, format!("{} ({})", after.title_en, edition.title_en))
            .before(&session_audit(&before))
            .after(&session_audit(&after)),
    )
    .await?;
    context.commit(txn).await?;
    Ok(after)
}

/// The session form filled with its current values, and the session's edition.
///
/// # Errors
/// `NotFound`; database errors.
pub async fn session_form(db: &impl ConnectionTrait, id: i32) -> ServiceResult<(i32, SessionInput)> {
    let row = session::Entity::find_by_id(id).one(db).await?.ok_or(ServiceError::NotFound)?;
    let tz = tz_of(&edition_row(db, row.edition_id).await?);
    Ok((
        row.edition_id,
        SessionInput {
            title_ar: row.title_ar.clone(),
            title_en: row.title_en.clone(),
            title_fr: row.title_fr.clone(),
            description_ar: row.description_ar.clone(),
            description_en: row.description_en.clone(),
            description_fr: row.description_fr.clone(),
            room: row.room.clone(),
            kind: row.kind.to_string(),
            day: local(&row.starts_at, tz, "%Y-%m-%d"),
            starts: local(&row.starts_at, tz, "%H:%M"),
            ends: local(&row.ends_at, tz, "%H:%M"),
            speakers: row.speakers.clone(),
        },
    ))
}

/// The edition's agenda as an iCalendar feed, summaries in `lang`.
///
/// # Errors
/// `NotFound`; database errors.
pub async fn edition_calendar(db: &impl ConnectionTrait, id: i32, lang: Lang, host: &str) -> ServiceResult<String> {
    let row = edition_row(db, id).await?;
    let sessions = sessions_of(db, id).await?;
    let title = Trilingual::new(&row.title_ar, &row.title_en, &row.title_fr);
    Ok(Feed {
        name: title.get(lang).to_string(),
        place: format!("{}, {}", row.venue, row.city),
        sessions: &sessions,
        lang,
        host,
    }
    .render())
}

/// Adds an edition open for registration now, with `sessions` agenda sessions over three days,
/// for trying Sumud out and for the registration and calendar benchmarks.
///
/// # Errors
/// Database errors.
pub async fn insert_sample_edition(
    db: &DatabaseConnection,
    capacity: i32,
    sessions: u32,
) -> ServiceResult<edition::Model> {
    let today = Utc::now().date_naive();
    let starts_on = today + chrono::Duration::days(60);
    let title = |n: &str| format!("{n} {}", starts_on.format("%Y"));
    let edition = Edition {
        title: Trilingual::new(title("مؤتمر الشبكة"), title("Network conference"), title("Conférence du réseau")),
        description: Trilingual::default(),
        city: "Ramallah".into(),
        venue: "Ramallah Cultural Palace".into(),
        time_zone: Tz::Asia__Hebron,
        starts_on,
        ends_on: starts_on + chrono::Duration::days(2),
        registration_opens_at: Utc::now() - chrono::Duration::days(1),
        registration_closes_at: Utc::now() + chrono::Duration::days(30),
        capacity,
        delegation_quota: 3,
        // The sample member registers a whole burst of observers (the benchmarks).
        observer_quota: capacity.saturating_mul(10),
        needs_approval: false,
    };
    let row = create_edition(db, &RequestContext::system(""), &edition).await?;
    let txn = db.begin().await?;
    let now = Utc::now();
    for i in 0..sessions {
        let day = starts_on + chrono::Duration::days(i64::from(i % 3));
        let starts_at = Tz::Asia__Hebron
            .from_local_datetime(&day.and_time(NaiveTime::from_hms_opt(8, 0, 0).unwrap_or_default()))
            .earliest()
            .map_or(now, |at| at.with_timezone(&Utc))
            + chrono::Duration::minutes(i64::from(i / 3 % 40) * 15);
        let mut session = session::ActiveModel {
            edition_id: Set(row.id),
            sequence: Set(0),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        };
        set_session(
            &mut session,
            &Session {
                title: Trilingual::new(
                    format!("ورشة رقم {i}، التراث; والطرق"),
                    format!("Workshop {i}, heritage; roads"),
                    format!("Atelier {i}"),
                ),
                description: Trilingual::new("", "Roads, GIS and heritage,\nwith the mayors.", ""),
                room: format!("Room {}", i % 12),
                kind: SessionKind::Workshop,
                day,
                starts_at,
                ends_at: starts_at + chrono::Duration::minutes(45),
                speakers: "Mayor of Hebron; Mayor of Greater Amman".into(),
            },
        );
        session.insert(&txn).await?;
    }
    txn.commit().await?;
    Ok(row)
}
