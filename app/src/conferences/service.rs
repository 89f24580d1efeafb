//! Editions of the conference and their agenda.
use super::calendar::Feed;
use super::entities::{edition, session};
use super::{
    parse_descriptions, parse_titles, EditionInput, EditionList, EditionPage, EditionView, SessionInput, SessionKind,
    SessionView, Trilingual,
};
use crate::audit::service::{self as audit, Actor, Change};
use crate::domain::Choice;
use crate::domain::{required_text, FieldError};
use crate::i18n::Lang;
use crate::server::error::{ServiceError, ServiceResult};
use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, TransactionTrait,
};
use serde_json::json;

/// An edition whose every field was checked.
#[derive(Clone, Debug, PartialEq)]
pub struct Edition {
    pub title: Trilingual,
    pub description: Trilingual,
    pub city: String,
    pub venue: String,
    pub time_zone: Tz,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub registration_opens_at: DateTime<Utc>,
    pub registration_closes_at: DateTime<Utc>,
    pub capacity: i32,
    pub delegation_quota: i32,
    pub needs_approval: bool,
}

fn date(value: &str, field: &'static str, problems: &mut Vec<FieldError>) -> Option<NaiveDate> {
    crate::domain::parse_date(value, field, "error-date", problems)
}

/// A local time at the venue, as `datetime-local` inputs send it, in UTC.
fn local_datetime(value: &str, tz: Tz, field: &'static str, problems: &mut Vec<FieldError>) -> Option<DateTime<Utc>> {
    let value = value.trim();
    let parsed = NaiveDateTime::parse_from_str(value, "%Y-%m-%dT%H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(value, "%Y-%m-%d %H:%M"))
        .ok()
        .and_then(|local| tz.from_local_datetime(&local).earliest())
        .map(|at| at.with_timezone(&Utc));
    if parsed.is_none() {
        problems.push(FieldError { field, key: "error-date-time" });
    }
    parsed
}

fn count(
    value: &str,
    field: &'static str,
    range: std::ops::RangeInclusive<i32>,
    problems: &mut Vec<FieldError>,
) -> i32 {
    match value.trim().parse::<i32>() {
        Ok(n) if range.contains(&n) => n,
        _ => {
            problems.push(FieldError { field, key: "error-number" });
            0
        }
    }
}

impl Edition {
    /// Checks every field and reports every problem at once.
    ///
    /// # Errors
    /// One entry per refused field.
    pub fn parse(input: &EditionInput) -> Result<Edition, Vec<FieldError>> {
        let mut problems = Vec::new();
        let title = parse_titles(&input.title_ar, &input.title_en, &input.title_fr, &mut problems);
        let description =
            parse_descriptions(&input.description_ar, &input.description_en, &input.description_fr, &mut problems);
        let city = required_text(&input.city, "city", 200, &mut problems);
        let venue = required_text(&input.venue, "venue", 300, &mut problems);
        let time_zone = input.time_zone.trim().parse::<Tz>().ok();
        if time_zone.is_none() {
            problems.push(FieldError { field: "time_zone", key: "error-time-zone" });
        }
        let starts_on = date(&input.starts_on, "starts_on", &mut problems);
        let ends_on = date(&input.ends_on, "ends_on", &mut problems);
        if let (Some(starts), Some(ends)) = (starts_on, ends_on) {
            if ends < starts {
                problems.push(FieldError { field: "ends_on", key: "error-date-order" });
            }
        }
        let tz = time_zone.unwrap_or(Tz::UTC);
        let opens = local_datetime(&input.registration_opens, tz, "registration_opens", &mut problems);
        let closes = local_datetime(&input.registration_closes, tz, "registration_closes", &mut problems);
        if let (Some(opens), Some(closes)) = (opens, closes) {
            if closes <= opens {
                problems.push(FieldError { field: "registration_closes", key: "error-date-order" });
            }
        }
        let capacity = count(&input.capacity, "capacity", 1..=100_000, &mut problems);
        let delegation_quota = count(&input.delegation_quota, "delegation_quota", 1..=100, &mut problems);
        match (time_zone, starts_on, ends_on, opens, closes) {
            (Some(time_zone), Some(starts_on), Some(ends_on), Some(opens), Some(closes)) if problems.is_empty() => {
                Ok(Edition {
                    title,
                    description,
                    city,
                    venue,
                    time_zone,
                    starts_on,
                    ends_on,
                    registration_opens_at: opens,
                    registration_closes_at: closes,
                    capacity,
                    delegation_quota,
                    needs_approval: matches!(input.needs_approval.as_str(), "on" | "true" | "1"),
                })
            }
            _ => Err(problems),
        }
    }
}

/// A session whose every field was checked, its times in UTC.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    pub title: Trilingual,
    pub description: Trilingual,
    pub room: String,
    pub kind: SessionKind,
    pub day: NaiveDate,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub speakers: String,
}

impl Session {
    /// Checks every field; the day and times are local at the venue (`tz`).
    ///
    /// # Errors
    /// One entry per refused field.
    pub fn parse(input: &SessionInput, tz: Tz) -> Result<Session, Vec<FieldError>> {
        let mut problems = Vec::new();
        let title = parse_titles(&input.title_ar, &input.title_en, &input.title_fr, &mut problems);
        let description =
            parse_descriptions(&input.description_ar, &input.description_en, &input.description_fr, &mut problems);
        let room = input.room.split_whitespace().collect::<Vec<_>>().join(" ");
        if room.chars().count() > 200 {
            problems.push(FieldError { field: "room", key: "error-too-long" });
        }
        let kind = SessionKind::parse(&input.kind);
        if kind.is_none() {
            problems.push(FieldError { field: "kind", key: "error-choice-invalid" });
        }
        let day = date(&input.day, "day", &mut problems);
        let at = |time: &str, field: &'static str, problems: &mut Vec<FieldError>| {
            let time = NaiveTime::parse_from_str(time.trim(), "%H:%M").ok();
            let at = day.zip(time).and_then(|(d, t)| tz.from_local_datetime(&d.and_time(t)).earliest());
            if day.is_some() && at.is_none() {
                problems.push(FieldError { field, key: "error-time" });
            }
            at.map(|at| at.with_timezone(&Utc))
        };
        let starts_at = at(&input.starts, "starts", &mut problems);
        let ends_at = at(&input.ends, "ends", &mut problems);
        if let (Some(starts), Some(ends)) = (starts_at, ends_at) {
            if ends <= starts {
                problems.push(FieldError { field: "ends", key: "error-time-order" });
            }
        }
        let speakers = input.speakers.trim().to_string();
        if speakers.chars().count() > 2000 {
            problems.push(FieldError { field: "speakers", key: "error-too-long" });
        }
        match (kind, day, starts_at, ends_at) {
            (Some(kind), Some(day), Some(starts_at), Some(ends_at)) if problems.is_empty() => {
                Ok(Session { title, description, room, kind, day, starts_at, ends_at, speakers })
            }
            _ => Err(problems),
        }
    }
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
        starts_on: row.starts_on.to_string(),
        ends_on: row.ends_on.to_string(),
        registration_opens: local(&row.registration_opens_at, tz, "%Y-%m-%d %H:%M"),
        registration_closes: local(&row.registration_closes_at, tz, "%Y-%m-%d %H:%M"),
        registration_open_now: row.registration_opens_at <= now && now < row.registration_closes_at,
        capacity: row.capacity,
        delegation_quota: row.delegation_quota,
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
        day: local(&row.starts_at, tz, "%Y-%m-%d"),
        starts: local(&row.starts_at, tz, "%H:%M"),
        ends: local(&row.ends_at, tz, "%H:%M"),
        speakers: row.speakers.clone(),
    }
}

fn edition_audit(row: &edition::Model) -> serde_json::Value {
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
        "needs_approval": row.needs_approval,
    })
}

fn set_edition(row: &mut edition::ActiveModel, edition: &Edition) {
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
    row.needs_approval = Set(edition.needs_approval);
}

/// Creates an edition.
///
/// # Errors
/// Database errors.
pub async fn create_edition(
    db: &DatabaseConnection,
    actor: &Actor,
    edition: &Edition,
) -> ServiceResult<edition::Model> {
    let txn = db.begin().await?;
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
        actor,
        Change::new("conference.edition_created", "edition", row.id, format!("{} ({})", row.title_en, row.city))
            .after(&edition_audit(&row))
            .public(),
    )
    .await?;
    txn.commit().await?;
    Ok(row)
}

/// Changes an edition. The capacity cannot go below the seats already confirmed.
///
/// # Errors
/// `NotFound`; `Invalid` on `capacity`; database errors.
pub async fn update_edition(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    edition: &Edition,
) -> ServiceResult<edition::Model> {
    let txn = db.begin().await?;
    let before = edition::Entity::find_by_id(id).one(&txn).await?.ok_or(ServiceError::NotFound)?;
    if edition.capacity < before.confirmed_count {
        return Err(ServiceError::invalid("capacity", "error-capacity-below-confirmed"));
    }
    let mut row: edition::ActiveModel = before.clone().into();
    set_edition(&mut row, edition);
    row.updated_at = Set(Utc::now());
    let after = row.update(&txn).await?;
    audit::record(
        &txn,
        actor,
        Change::new("conference.edition_updated", "edition", id, format!("{} ({})", after.title_en, after.city))
            .before(&edition_audit(&before))
            .after(&edition_audit(&after)),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}

/// A new edition copied from `from_id`, starting on `starts_on`: the registration window and
/// every session move by the same number of days; nobody is registered yet.
///
/// # Errors
/// `NotFound`; database errors.
pub async fn clone_edition(
    db: &DatabaseConnection,
    actor: &Actor,
    from_id: i32,
    starts_on: NaiveDate,
) -> ServiceResult<edition::Model> {
    let txn = db.begin().await?;
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
        actor,
        Change::new(
            "conference.edition_cloned",
            "edition",
            copy.id,
            format!("{} ({}) from edition {from_id}", copy.title_en, copy.city),
        )
        .after(&edition_audit(&copy)),
    )
    .await?;
    txn.commit().await?;
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
    let mut days: Vec<(String, Vec<SessionView>)> = Vec::new();
    for session in sessions_of(db, id).await? {
        let view = session_view(&session, tz);
        match days.last_mut() {
            Some((day, list)) if *day == view.day => list.push(view),
            _ => days.push((view.day.clone(), vec![view])),
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
        needs_approval: if row.needs_approval { "on".into() } else { String::new() },
    })
}

fn set_session(row: &mut session::ActiveModel, session: &Session) {
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

fn session_audit(row: &session::Model) -> serde_json::Value {
    json!({
        "title_en": row.title_en,
        "room": row.room,
        "kind": row.kind,
        "starts_at": row.starts_at.to_rfc3339(),
        "ends_at": row.ends_at.to_rfc3339(),
        "sequence": row.sequence,
    })
}

fn check_day(edition: &edition::Model, session: &Session) -> ServiceResult<()> {
    if session.day < edition.starts_on || session.day > edition.ends_on {
        return Err(ServiceError::invalid("day", "error-day-outside"));
    }
    Ok(())
}

/// Adds a session to an edition's agenda, on one of its days.
///
/// # Errors
/// `NotFound`; `Invalid` on `day` outside the edition; database errors.
pub async fn add_session(
    db: &DatabaseConnection,
    actor: &Actor,
    edition_id: i32,
    session: &Session,
) -> ServiceResult<session::Model> {
    let txn = db.begin().await?;
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
        actor,
        Change::new("conference.session_added", "session", row.id, format!("{} ({})", row.title_en, edition.title_en))
            .after(&session_audit(&row)),
    )
    .await?;
    txn.commit().await?;
    Ok(row)
}

/// Changes a session; its SEQUENCE goes up so subscribed calendars take the change.
///
/// # Errors
/// `NotFound`; `Invalid` on `day`; database errors.
pub async fn update_session(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    session: &Session,
) -> ServiceResult<session::Model> {
    let txn = db.begin().await?;
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
        actor,
        Change::new("conference.session_updated", "session", id, format!("{} ({})", after.title_en, edition.title_en))
            .before(&session_audit(&before))
            .after(&session_audit(&after)),
    )
    .await?;
    txn.commit().await?;
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
        needs_approval: false,
    };
    let row = create_edition(db, &Actor::system(), &edition).await?;
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
