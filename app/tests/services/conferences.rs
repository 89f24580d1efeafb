//! The conference services on SQLite and PostgreSQL: editions, agenda, calendar feeds.

use app::conferences::entities::session;
use app::conferences::service::{self as conferences, Edition, Session};
use app::conferences::{EditionInput, SessionInput};
use app::i18n::Lang;
use app::server::RequestContext;
use app::server::ServiceError;
use chrono::{NaiveDate, Timelike};
use sea_orm::{DatabaseConnection, EntityTrait, PaginatorTrait};

testing::on_both_databases!(
    an_edition_is_created_with_its_agenda_in_local_time,
    cloning_moves_the_edition_and_its_agenda,
    sessions_outside_the_edition_are_refused_and_change_nothing,
    the_calendar_is_valid_rfc_5545_in_every_language,
);

fn secretariat() -> RequestContext {
    testing::context("secretariat@sumud.test", "Secretariat", "https://sumud.test")
}

pub(super) fn ramallah() -> EditionInput {
    EditionInput {
        title_ar: "المؤتمر الثاني لشبكة التضامن".into(),
        title_en: "Second Conference of the Solidarity Network".into(),
        title_fr: "Deuxième conférence du réseau de solidarité".into(),
        description_en: "Members meet in Ramallah.".into(),
        city: "Ramallah".into(),
        venue: "Ramallah Cultural Palace".into(),
        time_zone: "Asia/Hebron".into(),
        starts_on: "2027-05-10".into(),
        ends_on: "2027-05-12".into(),
        registration_opens: "2027-01-10T09:00".into(),
        registration_closes: "2027-04-30T23:59".into(),
        capacity: "450".into(),
        delegation_quota: "3".into(),
        needs_approval: String::new(),
        ..Default::default()
    }
}

fn opening() -> SessionInput {
    SessionInput {
        title_ar: "الجلسة الافتتاحية: التراث، الطرق; والشباب".into(),
        title_en: "Opening plenary: heritage, roads; youth".into(),
        title_fr: "Plénière d'ouverture".into(),
        description_en: "Welcome by the mayors,\nthen the secretariat's report.".into(),
        room: "Main hall".into(),
        kind: "plenary".into(),
        day: "2027-05-10".into(),
        starts: "09:30".into(),
        ends: "11:00".into(),
        speakers: "Mayor of Ramallah; Mayor of Tangier".into(),
        ..Default::default()
    }
}

async fn create(db: &DatabaseConnection) -> (i32, chrono_tz::Tz) {
    let edition = Edition::parse(&ramallah()).unwrap();
    let row = conferences::create_edition(db, &secretariat(), &edition).await.unwrap();
    (row.id, edition.time_zone)
}

async fn an_edition_is_created_with_its_agenda_in_local_time(db: &DatabaseConnection) {
    let (id, tz) = create(db).await;
    let session = Session::parse(&opening(), tz).unwrap();
    // Hebron is three hours ahead of UTC in May.
    assert_eq!(session.starts_at.hour(), 6);
    conferences::add_session(db, &secretariat(), id, &session).await.unwrap();
    let workshop = SessionInput {
        title_en: "GIS workshop".into(),
        kind: "workshop".into(),
        day: "2027-05-11".into(),
        starts: "14:00".into(),
        ends: "16:00".into(),
        ..opening()
    };
    conferences::add_session(db, &secretariat(), id, &Session::parse(&workshop, tz).unwrap()).await.unwrap();

    let page = conferences::edition_page(db, id).await.unwrap();
    assert_eq!(page.edition.city, "Ramallah");
    assert_eq!(page.edition.registration_opens.to_string(), "2027-01-10 09:00:00");
    assert_eq!(page.edition.capacity, 450);
    assert!(!page.edition.is_past);
    let days: Vec<_> = page.days.iter().map(|(day, sessions)| (day.to_string(), sessions.len())).collect();
    assert_eq!(days, vec![("2027-05-10".to_string(), 1), ("2027-05-11".to_string(), 1)]);
    assert_eq!((page.days[0].1[0].starts.as_str(), page.days[0].1[0].ends.as_str()), ("09:30", "11:00"));
    assert_eq!(page.days[0].1[0].title.get(Lang::Ar), "الجلسة الافتتاحية: التراث، الطرق; والشباب");

    let list = conferences::editions(db).await.unwrap();
    assert_eq!(list.upcoming.len(), 1);
    assert!(list.past.is_empty());
    let form = conferences::edition_form(db, id).await.unwrap();
    assert_eq!(form.registration_closes, "2027-04-30T23:59");
    assert_eq!(Edition::parse(&form).unwrap(), Edition::parse(&ramallah()).unwrap(), "the form round-trips");
}

async fn cloning_moves_the_edition_and_its_agenda(db: &DatabaseConnection) {
    let (id, tz) = create(db).await;
    conferences::add_session(db, &secretariat(), id, &Session::parse(&opening(), tz).unwrap()).await.unwrap();
    let next = NaiveDate::from_ymd_opt(2028, 5, 8).unwrap();
    let copy = conferences::clone_edition(db, &secretariat(), id, next).await.unwrap();
    assert_ne!(copy.id, id);
    assert_eq!(copy.starts_on, next);
    assert_eq!(copy.ends_on, NaiveDate::from_ymd_opt(2028, 5, 10).unwrap());
    assert_eq!(copy.confirmed_count, 0);
    let page = conferences::edition_page(db, copy.id).await.unwrap();
    assert_eq!(page.days.len(), 1);
    assert_eq!(page.days[0].0, NaiveDate::from_ymd_opt(2028, 5, 8).unwrap());
    assert_eq!(page.days[0].1[0].starts, "09:30");
    assert_eq!(session::Entity::find().count(db).await.unwrap(), 2, "the original agenda stays");
    assert!(matches!(
        conferences::clone_edition(db, &secretariat(), 999, next).await.unwrap_err(),
        ServiceError::NotFound
    ));
}

async fn sessions_outside_the_edition_are_refused_and_change_nothing(db: &DatabaseConnection) {
    let (id, tz) = create(db).await;
    let outside = Session::parse(&SessionInput { day: "2027-05-20".into(), ..opening() }, tz).unwrap();
    let refused = conferences::add_session(db, &secretariat(), id, &outside).await.unwrap_err();
    assert!(matches!(refused, ServiceError::Invalid { field: "day", .. }));
    assert_eq!(session::Entity::find().count(db).await.unwrap(), 0);

    let problems = Session::parse(&SessionInput { ends: "09:00".into(), kind: "party".into(), ..opening() }, tz)
        .unwrap_err()
        .into_iter()
        .map(|p| p.field)
        .collect::<Vec<_>>();
    assert_eq!(problems, vec!["kind", "ends"]);
    let problems = Edition::parse(&EditionInput {
        time_zone: "Mars/Olympus".into(),
        ends_on: "2027-05-01".into(),
        capacity: "0".into(),
        ..ramallah()
    })
    .unwrap_err()
    .into_iter()
    .map(|p| (p.field, p.key))
    .collect::<Vec<_>>();
    assert_eq!(
        problems,
        vec![("time_zone", "error-time-zone"), ("ends_on", "error-date-order"), ("capacity", "error-number")]
    );
}

/// Physical lines of an iCalendar document, checking the line endings on the way.
fn physical_lines(ics: &str) -> Vec<&str> {
    assert!(ics.ends_with("\r\n"));
    assert!(!ics.replace("\r\n", "").contains('\n'), "bare LF");
    ics.trim_end_matches("\r\n").split("\r\n").collect()
}

async fn the_calendar_is_valid_rfc_5545_in_every_language(db: &DatabaseConnection) {
    let (id, tz) = create(db).await;
    let long_arabic_title = SessionInput {
        title_ar: "ورشة عمل حول نظم المعلومات الجغرافية والبنية التحتية للطرق في بلديات الخليل وعمّان الكبرى, مع التراث"
            .into(),
        ..opening()
    };
    let row = conferences::add_session(db, &secretariat(), id, &Session::parse(&long_arabic_title, tz).unwrap())
        .await
        .unwrap();

    let arabic = conferences::edition_calendar(db, id, Lang::Ar, "sumud.test").await.unwrap();
    for line in physical_lines(&arabic) {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
    let parsed = ical::IcalParser::new(arabic.as_bytes()).next().expect("one calendar").expect("parses");
    assert_eq!(parsed.events.len(), 1);
    let event = &parsed.events[0];
    let value =
        |name: &str| event.properties.iter().find(|p| p.name == name).and_then(|p| p.value.clone()).unwrap_or_default();
    assert_eq!(value("SUMMARY"), app::conferences::calendar::escape_text(&long_arabic_title.title_ar));
    assert!(value("SUMMARY").contains("\\,") && value("SUMMARY").contains("عمّان"));
    assert_eq!(value("UID"), format!("session-{}@sumud.test", row.id));
    assert_eq!(value("DTSTART"), "20270510T063000Z");
    assert_eq!(value("DTEND"), "20270510T080000Z");
    assert!(value("DTSTAMP").ends_with('Z'));
    assert_eq!(value("SEQUENCE"), "0");
    assert_eq!(value("LOCATION"), "Main hall\\, Ramallah Cultural Palace\\, Ramallah");

    let english = conferences::edition_calendar(db, id, Lang::En, "sumud.test").await.unwrap();
    let parsed = ical::IcalParser::new(english.as_bytes()).next().unwrap().unwrap();
    let event = &parsed.events[0];
    let value =
        |name: &str| event.properties.iter().find(|p| p.name == name).and_then(|p| p.value.clone()).unwrap_or_default();
    assert_eq!(value("SUMMARY"), "Opening plenary: heritage\\, roads\\; youth");
    assert_eq!(value("UID"), format!("session-{}@sumud.test", row.id), "the same UID in every language");
    assert!(value("DESCRIPTION").starts_with("Welcome by the mayors\\,\\nthen"), "{}", value("DESCRIPTION"));

    // A change raises SEQUENCE.
    let moved = SessionInput { starts: "10:00".into(), ..long_arabic_title };
    conferences::update_session(db, &secretariat(), row.id, &Session::parse(&moved, tz).unwrap()).await.unwrap();
    let french = conferences::edition_calendar(db, id, Lang::Fr, "sumud.test").await.unwrap();
    assert!(french.contains("\r\nSEQUENCE:1\r\n"), "{french}");
    assert!(french.contains("\r\nDTSTART:20270510T070000Z\r\n"));
    assert!(french.contains("\r\nSUMMARY:Plénière d'ouverture\r\n"));
    assert!(matches!(
        conferences::edition_calendar(db, 999, Lang::Fr, "sumud.test").await.unwrap_err(),
        ServiceError::NotFound
    ));
}
