//! Every text Sumud renders for people outside its pages, pinned as snapshots: the emails of each
//! area in the three languages, the iCalendar feed and the Atom feed (the CSV exports are pinned
//! in their areas' modules, on real data). A change shows as a diff to review; `INSTA_UPDATE=always`
//! rewrites the files under `snapshots/`.
use app::accounts::emails::{Invited, PasswordReset};
use app::audit::PublicActivity;
use app::conferences::calendar::Feed;
use app::conferences::entities::session;
use app::conferences::registrations::emails::RegistrationNews;
use app::conferences::registrations::RegistrationState;
use app::conferences::SessionKind;
use app::email::service::{render, Message};
use app::finance::emails::{CallIssued, DuesReminder};
use app::i18n::Lang;
use app::identity::Role;
use app::membership::emails::{ApplicationDecision, ApplicationReceived, StandingChanged};
use app::membership::{Decision, MemberStatus};
use app::oversight::http::activity_atom;
use chrono::{TimeZone, Utc};

/// The message as each recipient gets it: subject and whole body, in Arabic, English, French.
fn in_three_languages(message: &impl Message) -> String {
    [Lang::Ar, Lang::En, Lang::Fr]
        .into_iter()
        .map(|lang| {
            let (subject, body) = render(message, "Amal Haddad", lang);
            format!("== {}\nSubject: {subject}\n\n{body}", lang.code())
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn invitation_email() {
    let link = "https://sumud.test/set-password?token=T0KEN";
    insta::assert_snapshot!(in_three_languages(&Invited { inviter: "Nadia Khoury", role: Role::FocalPoint, link }));
}

#[test]
fn password_reset_email() {
    insta::assert_snapshot!(in_three_languages(&PasswordReset { link: "https://sumud.test/set-password?token=T0KEN" }));
}

#[test]
fn application_emails() {
    let authority = "بلدية الخليل";
    let mut all = in_three_languages(&ApplicationReceived { authority });
    for decision in [Decision::Approve, Decision::RequestInformation, Decision::Reject] {
        let reason = "Le conseil municipal doit d'abord approuver l'adhésion.";
        all.push_str(&format!("\n\n#### {decision:?}\n"));
        all.push_str(&in_three_languages(&ApplicationDecision { authority, decision, reason }));
    }
    insta::assert_snapshot!(all);
}

#[test]
fn call_for_dues_email() {
    insta::assert_snapshot!(in_three_languages(&CallIssued {
        number: "2027-0042",
        year: 2027,
        amount: "1,500.00\u{a0}EUR",
        due_on: chrono::NaiveDate::from_ymd_opt(2027, 3, 31).unwrap(),
        link: "https://sumud.test/finance/members/42".to_string(),
    }));
}

#[test]
fn dues_reminder_emails() {
    let reminder = |overdue| DuesReminder {
        number: "2027-0042",
        amount: "750.00\u{a0}EUR",
        due_on: chrono::NaiveDate::from_ymd_opt(2027, 3, 31).unwrap(),
        overdue,
        link: "https://sumud.test/finance/invoices/42".to_string(),
    };
    insta::assert_snapshot!(format!(
        "{}\n\n{}",
        in_three_languages(&reminder(false)),
        in_three_languages(&reminder(true))
    ));
}

#[test]
fn standing_email() {
    let change = StandingChanged {
        authority: "Municipalité de Tanger",
        status: MemberStatus::Suspended,
        effective_on: chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
        reason: "Dues of two years unpaid.",
    };
    insta::assert_snapshot!(in_three_languages(&change));
}

#[test]
fn registration_emails() {
    let edition = "Conférence des membres 2027";
    let mut all = String::new();
    for (state, promoted, link) in [
        (RegistrationState::Confirmed, false, Some("https://sumud.test/registrations/L1NK")),
        (RegistrationState::Waitlisted, false, Some("https://sumud.test/registrations/L1NK")),
        (RegistrationState::Confirmed, true, None),
        (RegistrationState::Pending, false, Some("https://sumud.test/registrations/L1NK")),
        (RegistrationState::Cancelled, false, None),
        (RegistrationState::Rejected, false, None),
    ] {
        all.push_str(&format!("\n#### {state:?} promoted={promoted}\n"));
        all.push_str(&in_three_languages(&RegistrationNews { edition, state, promoted, link }));
    }
    insta::assert_snapshot!(all);
}

fn session(id: i32, day: u32, title_ar: &str, title_en: &str, kind: SessionKind) -> session::Model {
    let at = |hour| Utc.with_ymd_and_hms(2027, 3, day, hour, 0, 0).unwrap();
    session::Model {
        id,
        edition_id: 1,
        title_ar: title_ar.into(),
        title_en: title_en.into(),
        title_fr: String::new(),
        description_ar: String::new(),
        description_en: "Roads, GIS and heritage; with the twinned cities.\nSecond line.".into(),
        description_fr: String::new(),
        room: "Salle 2".into(),
        kind,
        starts_at: at(7),
        ends_at: at(9),
        speakers: "Amal Haddad, Karim Benali".into(),
        sequence: 2,
        created_at: at(1),
        updated_at: at(2),
    }
}

#[test]
fn edition_calendar_in_arabic_and_english() {
    let sessions = [
        session(1, 15, "الجلسة الافتتاحية للمؤتمر العام لشبكة السلطات المحلية", "Opening plenary", SessionKind::Plenary),
        session(2, 16, "ورشة نظم المعلومات الجغرافية", "GIS workshop", SessionKind::Workshop),
    ];
    let feed = |lang| {
        Feed {
            name: "مؤتمر الأعضاء".into(),
            place: "Ramallah, Palestine".into(),
            sessions: &sessions,
            lang,
            host: "sumud.test",
        }
        .render()
    };
    insta::assert_snapshot!(format!("{}\n\n{}", feed(Lang::Ar), feed(Lang::En)));
}

#[test]
fn activity_feed_atom() {
    let items = [
        PublicActivity {
            id: 2,
            occurred_at: Utc.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).unwrap(),
            action: "membership.approved".into(),
            summary: "Baladiyat al-Khalīl (PS) joined the network".into(),
        },
        PublicActivity {
            id: 1,
            occurred_at: Utc.with_ymd_and_hms(2026, 11, 29, 8, 30, 0).unwrap(),
            action: "resolution.published".into(),
            summary: "Resolution 1 <adopted> & published".into(),
        },
        PublicActivity {
            id: 0,
            occurred_at: Utc.with_ymd_and_hms(2026, 11, 28, 8, 0, 0).unwrap(),
            action: "future.unknown_action".into(),
            summary: "An action a newer server recorded".into(),
        },
    ];
    insta::assert_snapshot!(activity_atom(&items, "https://sumud.test", Lang::Fr));
}
