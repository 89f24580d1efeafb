//! What the edition and session forms send, checked once: dates, local times at the venue, texts in three languages.
use crate::conferences::{parse_descriptions, parse_titles, EditionInput, SessionInput, SessionKind, Trilingual};
use crate::domain::Choice;
use crate::domain::{required_text, FieldError};
use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

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
    pub observer_quota: i32,
    pub needs_approval: bool,
}

pub(super) fn date(value: &str, field: &'static str, problems: &mut Vec<FieldError>) -> Option<NaiveDate> {
    crate::domain::parse_date(value, field, "error-date", problems)
}

/// A local time at the venue, as `datetime-local` inputs send it, in UTC.
pub(super) fn local_datetime(
    value: &str,
    tz: Tz,
    field: &'static str,
    problems: &mut Vec<FieldError>,
) -> Option<DateTime<Utc>> {
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

pub(super) fn count(
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
        let observer_quota = if input.observer_quota.trim().is_empty() {
            crate::conferences::DEFAULT_OBSERVER_QUOTA
        } else {
            count(&input.observer_quota, "observer_quota", 0..=100_000, &mut problems)
        };
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
                    observer_quota,
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
        let speakers = crate::domain::multiline_text(&input.speakers, "speakers", 2000, &mut problems);
        match (kind, day, starts_at, ends_at) {
            (Some(kind), Some(day), Some(starts_at), Some(ends_at)) if problems.is_empty() => {
                Ok(Session { title, description, room, kind, day, starts_at, ends_at, speakers })
            }
            _ => Err(problems),
        }
    }
}
