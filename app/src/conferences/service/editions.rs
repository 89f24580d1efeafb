//! Editions of the conference: creation, changes, cloning, the lists and pages that show them.
use super::*;
use crate::audit::service::{self as audit, Change};
use crate::conferences::entities::{edition, session};
use crate::conferences::{EditionInput, EditionList, EditionPage, EditionView, SessionView, Trilingual};
use crate::server::error::{ServiceError, ServiceResult};
use crate::server::RequestContext;
use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder,
};
use serde_json::json;

/// Locks the edition's row for the rest of the transaction (a write that changes nothing), then
/// reads it. Callers on SQLite take the writer turn first: every sign-up of a burst writes this
/// row. Not `UPDATE … RETURNING` in one statement: on SQLite its rows sometimes lacked the column
/// a later migration added (a connection's cached statement from before the migration).
pub(crate) async fn lock_edition(txn: &impl ConnectionTrait, edition_id: i32) -> ServiceResult<edition::Model> {
    edition::Entity::update_many()
        .col_expr(edition::Column::ConfirmedCount, sea_orm::sea_query::Expr::col(edition::Column::ConfirmedCount))
        .filter(edition::Column::Id.eq(edition_id))
        .exec(txn)
        .await?;
    edition::Entity::find_by_id(edition_id).one(txn).await?.ok_or(ServiceError::NotFound)
}

pub(crate) fn tz_of(row: &edition::Model) -> Tz {
    row.time_zone.parse().unwrap_or(Tz::UTC)
}

pub(crate) fn local(at: &DateTime<Utc>, tz: Tz, format: &str) -> String {
    at.with_timezone(&tz).format(format).to_string()
}

pub(crate) fn edition_view(row: &edition::Model, now: DateTime<Utc>) -> EditionView {
    let tz = tz_of(row);
    EditionView {
        id: row.id,
        title: Trilingual::new(&row.title_ar, &row.title_en, &row.title_fr),
        description: Trilingual::new(&row.description_ar, &row.description_en, &row.description_fr),
        city: row.city.clone(),
        venue: row.venue.clone(),
        time_zone: row.time_zone.clone(),
        starts_on: row.starts_on,
        ends_on: row.ends_on,
        registration_opens: row.registration_opens_at.with_timezone(&tz).naive_local(),
        registration_closes: row.registration_closes_at.with_timezone(&tz).naive_local(),
        registration_open_now: row.registration_opens_at <= now && now < row.registration_closes_at,
        capacity: row.capacity,
        delegation_quota: row.delegation_quota,
        observer_quota: row.observer_quota,
        needs_approval: row.needs_approval,
        confirmed: row.confirmed_count,
        is_past: row.ends_on < now.with_timezone(&tz).date_naive(),
    }
}

pub(crate) fn session_view(row: &session::Model, tz: Tz) -> SessionView {
    SessionView {
        id: row.id,
        title: Trilingual::new(&row.title_ar, &row.title_en, &row.title_fr),
        description: Trilingual::new(&row.description_ar, &row.description_en, &row.description_fr),
        room: row.room.clone(),
        kind: row.kind,
        day: row.starts_at.with_timezone(&tz).date_naive(),
        starts: local(&row.starts_at, tz, "%H:%M"),
        ends: local(&row.ends_at, tz, "%H:%M"),
        speakers: row.speakers.clone(),
    }
}

pub(super) fn edition_audit(row: &edition::Model) -> serde_json::Value {
    json!({
        "title_en": row.title_en,
        "city": row.city,
        "venue": row.venue,
        "time_zone": row.time_zone,
        "starts_on": row.starts_on.to_string(),
        "ends_on": row.ends_on.to_string(),
        "registration_opens_at": row.registration_opens_at.to_rfc3339(),
        "registration_closes_at": row.registration_closes_at.to_rfc3339(),
        "capacity": row.capacity,
        "delegation_quota": row.delegation_quota,
        "observer_quota": row.observer_quota,
        "needs_approval": row.needs_approval,
    })
}

pub(super) fn set_edition(row: &mut edition::ActiveModel, edition: &Edition) {
    row.title_ar = Set(edition.title.ar.clone());
    row.title_en = Set(edition.title.en.clone());
    row.title_fr = Set(edition.title.fr.clone());
    row.description_ar = Set(edition.description.ar.clone());
    row.description_en = Set(edition.description.en.clone());
    row.description_fr = Set(edition.description.fr.clone());
    row.city = Set(edition.city.clone());
    row.venue = Set(edition.venue.clone());
    row.time_zone = Set(edition.time_zone.name().to_string());
    row.starts_on = Set(edition.starts_on);
    row.ends_on = Set(edition.ends_on);
    row.registration_opens_at = Set(edition.registration_opens_at);
    row.registration_closes_at = Set(edition.registration_closes_at);
    row.capacity = Set(edition.capacity);
    row.delegation_quota = Set(edition.delegation_quota);
    row.observer_quota = Set(edition.observer_quota);
    row.needs_approval = Set(edition.needs_approval);
}

/// Creates an edition.
///
/// # Errors
/// Database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn create_edition(
    db: &DatabaseConnection,
    context: &RequestContext,
    edition: &Edition,
) -> ServiceResult<edition::Model> {
    let txn = context.begin(db).await?;
    let now = Utc::now();
    let mut row = edition::ActiveModel {
        confirmed_count: Set(0),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    set_edition(&mut row, edition);
    let row = row.insert(&txn).await?;
    audit::record(
        &txn,
        &context.actor,
        Change::new("conference.edition_created", "edition", row.id, format!("{} ({})", row.title_en, row.city))
            .after(&edition_audit(&row))
            .public(),
    )
    .await?;
    context.commit(txn).await?;
    Ok(row)
}

/// Changes an edition inside the caller's transaction (which holds the writer turn): the
/// registrations service serves the waitlist from a raised capacity in the same transaction. The
/// capacity cannot go below the seats already confirmed.
///
/// # Errors
/// `NotFound`; `Invalid` on `capacity`; database errors.
pub(crate) async fn update_edition_in(
    txn: &impl ConnectionTrait,
    context: &RequestContext,
    id: i32,
    edition: &Edition,
) -> ServiceResult<edition::Model> {
    // Seats are taken under the edition's row lock: the capacity is checked under it too.
    let before = lock_edition(txn, id).await?;
    if edition.capacity < before.confirmed_count {
        return Err(ServiceError::invalid("capacity", "error-capacity-below-confirmed"));
    }
    let mut row: edition::ActiveModel = before.clone().into();
    set_edition(&mut row, edition);
    row.updated_at = Set(Utc::now());
    let after = row.update(txn).await?;
    audit::record(
        txn,
        &context.actor,
        Change::new("conference.edition_updated", "edition", id, format!("{} ({})", after.title_en, after.city))
            .before(&edition_audit(&before))
            .after(&edition_audit(&after)),
    )
    .await?;
    Ok(after)
}

/// A new edition copied from `from_id`, starting on `starts_on`: the registration window and
/// every session move by the same number of days; nobody is registered yet.
///
/// # Errors
/// `NotFound`; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn clone_edition(
    db: &DatabaseConnection,
    context: &RequestContext,
    from_id: i32,
    starts_on: NaiveDate,
) -> ServiceResult<edition::Model> {
    let txn = context.begin(db).await?;
    let from = edition::Entity::find_by_id(from_id).one(&txn).await?.ok_or(ServiceError::NotFound)?;
    let shift = starts_on - from.starts_on;
    let now = Utc::now();
    let mut copy: edition::ActiveModel = from.clone().into();
    copy.id = sea_orm::ActiveValue::NotSet;
    copy.starts_on = Set(from.starts_on + shift);
    copy.ends_on = Set(from.ends_on + shift);
    copy.registration_opens_at = Set(from.registration_opens_at + shift);
    copy.registration_closes_at = Set(from.registration_closes_at + shift);
    copy.confirmed_count = Set(0);
    copy.created_at = Set(now);
    copy.updated_at = Set(now);
    let copy = copy.insert(&txn).await?;
    let sessions = session::Entity::find().filter(session::Column::EditionId.eq(from_id)).all(&txn).await?;
    for original in sessions {
        let mut moved: session::ActiveModel = original.clone().into();
        moved.id = sea_orm::ActiveValue::NotSet;
        moved.edition_id = Set(copy.id);
        moved.starts_at = Set(original.starts_at + shift);
        moved.ends_at = Set(original.ends_at + shift);
        moved.sequence = Set(0);
        moved.created_at = Set(now);
        moved.updated_at = Set(now);
        moved.insert(&txn).await?;
    }
    audit::record(
        &txn,
        &context.actor,
        Change::new(
            "conference.edition_cloned",
            "edition",
            copy.id,
            format!("{} ({}) from edition {from_id}", copy.title_en, copy.city),
        )
        .after(&edition_audit(&copy)),
    )
    .await?;
    context.commit(txn).await?;
    Ok(copy)
}

/// Every edition: those to come (soonest first) and the archive (latest first).
///
/// # Errors
/// Database errors.
pub async fn editions(db: &impl ConnectionTrait) -> ServiceResult<EditionList> {
    let now = Utc::now();
    let rows = edition::Entity::find().order_by_asc(edition::Column::StartsOn).all(db).await?;
    let (past, upcoming): (Vec<_>, Vec<_>) = rows.iter().map(|row| edition_view(row, now)).partition(|e| e.is_past);
    Ok(EditionList { upcoming, past: past.into_iter().rev().collect() })
}

/// Every edition for a choice in another area's form: the upcoming ones, the soonest first, then
/// the past ones, the latest first.
///
/// # Errors
/// Database errors.
pub async fn edition_choices(db: &impl ConnectionTrait) -> ServiceResult<Vec<(i32, Trilingual)>> {
    let list = editions(db).await?;
    Ok(list.upcoming.into_iter().chain(list.past).map(|e| (e.id, e.title)).collect())
}

/// An edition's title for other areas (the edition that adopted a resolution); `None` when there
/// is no such edition.
///
/// # Errors
/// Database errors.
pub async fn edition_title(db: &impl ConnectionTrait, id: i32) -> ServiceResult<Option<Trilingual>> {
    Ok(edition::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(|row| Trilingual::new(row.title_ar, row.title_en, row.title_fr)))
}

/// The titles of editions `ids` (those that exist), in one query.
///
/// # Errors
/// Database errors.
pub async fn edition_titles(
    db: &impl ConnectionTrait,
    ids: &[i32],
) -> ServiceResult<std::collections::HashMap<i32, Trilingual>> {
    Ok(editions_in_order(db, ids).await?.into_iter().collect())
}

/// Editions `ids` (those that exist) with their titles, the earliest first, in one query.
///
/// # Errors
/// Database errors.
pub async fn editions_in_order(db: &impl ConnectionTrait, ids: &[i32]) -> ServiceResult<Vec<(i32, Trilingual)>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(edition::Entity::find()
        .filter(edition::Column::Id.is_in(ids.iter().copied()))
        .order_by_asc(edition::Column::StartsOn)
        .order_by_asc(edition::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|row| (row.id, Trilingual::new(row.title_ar, row.title_en, row.title_fr)))
        .collect())
}

pub(crate) async fn edition_row(db: &impl ConnectionTrait, id: i32) -> ServiceResult<edition::Model> {
    edition::Entity::find_by_id(id).one(db).await?.ok_or(ServiceError::NotFound)
}

/// The time zone of an edition's venue, to read times typed for it.
///
/// # Errors
/// `NotFound`; database errors.
pub async fn edition_time_zone(db: &impl ConnectionTrait, id: i32) -> ServiceResult<Tz> {
    Ok(tz_of(&edition_row(db, id).await?))
}

pub(crate) async fn sessions_of(db: &impl ConnectionTrait, edition_id: i32) -> ServiceResult<Vec<session::Model>> {
    Ok(session::Entity::find()
        .filter(session::Column::EditionId.eq(edition_id))
        .order_by_asc(session::Column::StartsAt)
        .order_by_asc(session::Column::Id)
        .all(db)
        .await?)
}

/// An edition with its agenda grouped by local day.
///
/// # Errors
/// `NotFound`; database errors.
pub async fn edition_page(db: &impl ConnectionTrait, id: i32) -> ServiceResult<EditionPage> {
    let row = edition_row(db, id).await?;
    let tz = tz_of(&row);
    let mut days: Vec<(NaiveDate, Vec<SessionView>)> = Vec::new();
    for session in sessions_of(db, id).await? {
        let view = session_view(&session, tz);
        match days.last_mut() {
            Some((day, list)) if *day == view.day => list.push(view),
            _ => days.push((view.day, vec![view])),
        }
    }
    Ok(EditionPage { edition: edition_view(&row, Utc::now()), days })
}

/// The edition form filled with its current values.
///
/// # Errors
/// `NotFound`; database errors.
pub async fn edition_form(db: &impl ConnectionTrait, id: i32) -> ServiceResult<EditionInput> {
    let row = edition_row(db, id).await?;
    let tz = tz_of(&row);
    Ok(EditionInput {
        title_ar: row.title_ar.clone(),
        title_en: row.title_en.clone(),
        title_fr: row.title_fr.clone(),
        description_ar: row.description_ar.clone(),
        description_en: row.description_en.clone(),
        description_fr: row.description_fr.clone(),
        city: row.city.clone(),
        venue: row.venue.clone(),
        time_zone: row.time_zone.clone(),
        starts_on: row.starts_on.to_string(),
        ends_on: row.ends_on.to_string(),
        registration_opens: local(&row.registration_opens_at, tz, "%Y-%m-%dT%H:%M"),
        registration_closes: local(&row.registration_closes_at, tz, "%Y-%m-%dT%H:%M"),
        capacity: row.capacity.to_string(),
        delegation_quota: row.delegation_quota.to_string(),
        observer_quota: row.observer_quota.to_string(),
        needs_approval: if row.needs_approval { "on".into() } else { String::new() },
    })
}
