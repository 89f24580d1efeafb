//! The membership services on SQLite and PostgreSQL.

use app::accounts::entities::account;
use app::audit::AuditFilter;
use app::email::entity as outbox;
use app::i18n::Lang;
use app::membership::entities::member;
use app::membership::service as membership;
use app::membership::service::DirectoryIndex;
use app::membership::{Application, ApplicationInput, Decision, DirectoryQuery, MemberStatus, ReviewState};
use app::server::RequestContext;
use app::server::ServiceError;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter};

mod profiles;
use profiles::*;

testing::on_both_databases!(
    application_is_recorded_acknowledged_and_audited,
    second_application_in_any_script_points_to_the_first,
    approval_makes_a_member_and_invites_the_focal_point,
    rejection_and_information_requests_are_emailed_with_the_reason,
    directory_searches_any_script_and_filters,
    broad_directory_search_pages_through_every_match,
    profile_hides_applicants_and_shows_contact_only_when_asked,
    exports_list_members_with_a_byte_order_mark,
    certificates_are_numbered_and_verifiable,
    focal_point_edits_the_profile_but_not_kind_or_country,
    renaming_onto_another_member_is_refused_and_changes_nothing,
    standing_changes_are_dated_reasoned_emailed_and_audited,
    approval_links_an_existing_delegate_account,
    approval_refuses_a_focal_email_of_the_secretariat,
    simultaneous_decisions_and_applications_are_taken_one_at_a_time,
);

const PUBLIC_URL: &str = "https://sumud.test";

fn hebron() -> ApplicationInput {
    ApplicationInput {
        kind: "municipality".into(),
        official_name: "بلدية الخليل".into(),
        latin_name: "Baladiyat al-Khalīl".into(),
        english_name: "Hebron Municipality".into(),
        french_name: String::new(),
        country: "PS".into(),
        region: "Hebron".into(),
        population: "215452".into(),
        website: "https://hebron-city.ps".into(),
        head_name: "Tayseer Abu Sneineh".into(),
        head_title: "Mayor".into(),
        focal_name: "Amal Haddad".into(),
        focal_email: "amal@hebron-city.ps".into(),
        focal_phone: "+970 2 222 8121".into(),
        focal_language: "ar".into(),
        motivation: "Cooperation on roads, GIS, IT, heritage and youth.".into(),
        latitude: String::new(),
        longitude: String::new(),
    }
}

fn tangier() -> ApplicationInput {
    ApplicationInput {
        official_name: "Commune de Tanger".into(),
        latin_name: "Commune de Tanger".into(),
        english_name: "Tangier".into(),
        french_name: "Tanger".into(),
        country: "MA".into(),
        region: "Tanger-Tétouan-Al Hoceïma".into(),
        focal_name: "Karim Benali".into(),
        focal_email: "karim@tanger.ma".into(),
        focal_language: "fr".into(),
        motivation: "Culture, heritage and universities with Al-Quds.".into(),
        ..hebron()
    }
}

async fn apply(db: &DatabaseConnection, input: ApplicationInput) -> member::Model {
    membership::apply(db, &RequestContext::system(PUBLIC_URL), &Application::parse(&input).unwrap()).await.unwrap()
}

fn reviewer() -> RequestContext {
    testing::context("secretariat@sumud.test", "Secretariat", PUBLIC_URL)
}

async fn application_is_recorded_acknowledged_and_audited(db: &DatabaseConnection) {
    let row = apply(db, hebron()).await;
    assert_eq!(row.status.to_string(), "applicant");
    assert_eq!(row.review_state.to_string(), "pending");
    assert!(row.member_since.is_none());

    let ack = app::email::service::latest_to(db, "amal@hebron-city.ps").await.unwrap();
    assert_eq!(ack.language, "ar");
    assert!(ack.body_text.contains("بلدية الخليل"), "{}", ack.body_text);

    let queue = membership::applications(db, Some(ReviewState::Pending)).await.unwrap();
    assert_eq!(queue.len(), 1);
    assert_eq!(queue[0].latin_name, "Baladiyat al-Khalīl");
    let log = app::audit::service::list(db, &AuditFilter { action: "membership.applied".into(), ..Default::default() })
        .await
        .unwrap();
    assert_eq!(log.events.len(), 1);
}

async fn second_application_in_any_script_points_to_the_first(db: &DatabaseConnection) {
    let first = apply(db, hebron()).await;
    // The same authority typed differently: vowel marks in Arabic, no macron in Latin.
    let again = ApplicationInput {
        official_name: "بَلَدِيّة الخَلِيل".into(),
        latin_name: "Baladiyat al-Khalil".into(),
        english_name: String::new(),
        focal_email: "other@hebron-city.ps".into(),
        ..hebron()
    };
    let error = membership::apply(db, &RequestContext::system(PUBLIC_URL), &Application::parse(&again).unwrap())
        .await
        .unwrap_err();
    match error {
        ServiceError::DuplicateOf { id, name } => {
            assert_eq!(id, first.id);
            assert_eq!(name, "Baladiyat al-Khalīl");
        }
        other => panic!("expected a duplicate, got {other:?}"),
    }
    assert_eq!(member::Entity::find().count(db).await.unwrap(), 1, "nothing stored");
    assert_eq!(outbox::Entity::find().count(db).await.unwrap(), 1, "no second acknowledgement");

    // The same name in another country is another authority.
    let elsewhere = ApplicationInput { country: "JO".into(), focal_email: "x@amman.jo".into(), ..again };
    membership::apply(db, &RequestContext::system(PUBLIC_URL), &Application::parse(&elsewhere).unwrap()).await.unwrap();
}

async fn approval_makes_a_member_and_invites_the_focal_point(db: &DatabaseConnection) {
    let row = apply(db, hebron()).await;
    let approved = membership::decide(db, &reviewer(), row.id, Decision::Approve, "Welcome, Hebron.").await.unwrap();
    assert_eq!(approved.status.to_string(), "active");
    assert_eq!(approved.review_state.to_string(), "approved");
    assert_eq!(approved.member_since, Some(chrono::Utc::now().date_naive()));
    assert!(membership::in_good_standing(&approved));

    let focal = account::Entity::find()
        .filter(account::Column::Email.eq("amal@hebron-city.ps"))
        .one(db)
        .await
        .unwrap()
        .expect("focal point account");
    assert_eq!(focal.role.to_string(), "focal_point");
    assert_eq!(focal.member_id, Some(row.id));
    assert_eq!(focal.language, Lang::Ar);

    let messages =
        outbox::Entity::find().filter(outbox::Column::ToEmail.eq("amal@hebron-city.ps")).all(db).await.unwrap();
    assert_eq!(messages.len(), 3, "acknowledgement, invitation, decision");
    assert!(messages.iter().any(|m| m.body_text.contains("set-password?token=")));
    assert!(messages.iter().any(|m| m.body_text.contains("Welcome, Hebron.")));

    // Decided once only.
    let again = membership::decide(db, &reviewer(), row.id, Decision::Reject, "No").await.unwrap_err();
    assert!(matches!(again, ServiceError::Conflict { key: "error-already-decided" }));
    let feed = app::audit::service::public_feed(db, 10).await.unwrap();
    assert_eq!(feed.len(), 1);
    assert!(feed[0].summary.contains("joined the network"));
}

async fn rejection_and_information_requests_are_emailed_with_the_reason(db: &DatabaseConnection) {
    let row = apply(db, tangier()).await;
    let asked = membership::decide(
        db,
        &reviewer(),
        row.id,
        Decision::RequestInformation,
        "Please send the council's decision.",
    )
    .await
    .unwrap();
    assert_eq!(asked.review_state.to_string(), "info_requested");
    assert_eq!(asked.status.to_string(), "applicant");
    let mail = app::email::service::latest_to(db, "karim@tanger.ma").await.unwrap();
    assert_eq!(mail.language, "fr");
    assert!(mail.body_text.contains("Please send the council's decision."));

    let rejected =
        membership::decide(db, &reviewer(), row.id, Decision::Reject, "Not a local authority.").await.unwrap();
    assert_eq!(rejected.status, MemberStatus::Rejected);
    assert_eq!(rejected.decision_reason.as_deref(), Some("Not a local authority."));
    assert_eq!(account::Entity::find().count(db).await.unwrap(), 0, "no account for a rejected applicant");
    // A rejected application does not block a new one.
    membership::apply(db, &RequestContext::system(PUBLIC_URL), &Application::parse(&tangier()).unwrap()).await.unwrap();
}

async fn directory_searches_any_script_and_filters(db: &DatabaseConnection) {
    let index = DirectoryIndex::default();
    for input in [hebron(), tangier()] {
        let row = apply(db, input).await;
        membership::decide(db, &reviewer(), row.id, Decision::Approve, "ok").await.unwrap();
    }
    // An applicant never shows.
    apply(
        db,
        ApplicationInput {
            official_name: "Ville de Lyon".into(),
            latin_name: "Lyon".into(),
            english_name: "Lyon".into(),
            french_name: String::new(),
            country: "FR".into(),
            focal_email: "l@lyon.fr".into(),
            ..tangier()
        },
    )
    .await;

    let all = membership::directory(db, &index, &DirectoryQuery::default(), Lang::En).await.unwrap();
    assert_eq!(all.total, 2);
    let listed: Vec<_> = all.entries.iter().map(|e| e.latin_name.as_str()).collect();
    assert_eq!(listed, vec!["Baladiyat al-Khalīl", "Commune de Tanger"], "sorted by name");

    let search = |q: &str| DirectoryQuery { q: q.into(), ..Default::default() };
    for q in ["الخليل", "الْخَلِيل", "khalil", "KHALĪL", "hebron", "tanger"] {
        let found = membership::directory(db, &index, &search(q), Lang::En).await.unwrap();
        assert_eq!(found.total, 1, "{q}");
    }
    assert_eq!(membership::directory(db, &index, &search("lyon"), Lang::En).await.unwrap().total, 0);

    let palestinian = DirectoryQuery { origin: "palestinian".into(), ..Default::default() };
    let found = membership::directory(db, &index, &palestinian, Lang::En).await.unwrap();
    assert_eq!(found.entries.iter().map(|e| e.country.as_str()).collect::<Vec<_>>(), vec!["PS"]);
    let international = DirectoryQuery { origin: "international".into(), ..Default::default() };
    assert_eq!(membership::directory(db, &index, &international, Lang::En).await.unwrap().entries[0].country, "MA");
    let by_country = DirectoryQuery { country: "ma".into(), ..Default::default() };
    assert_eq!(membership::directory(db, &index, &by_country, Lang::En).await.unwrap().total, 1);
    let by_kind = DirectoryQuery { kind: "regional".into(), ..Default::default() };
    assert_eq!(membership::directory(db, &index, &by_kind, Lang::En).await.unwrap().total, 0);
}

/// A search matching hundreds of members: counted, filtered and paged in memory, active members
/// only, the last page short.
async fn broad_directory_search_pages_through_every_match(db: &DatabaseConnection) {
    let index = DirectoryIndex::default();
    membership::insert_sample_members(db, 250).await.unwrap();
    let applicant = apply(db, ApplicationInput { official_name: "بلدية نموذجية مقدمة".into(), ..hebron() }).await;

    let broad = membership::directory(db, &index, &search("نموذجيه"), Lang::En).await.unwrap();
    assert_eq!(broad.total, 250, "every sample member, not the applicant {}", applicant.id);
    assert_eq!(broad.entries.len(), 20);
    assert!(broad.has_more);
    let last = DirectoryQuery { page: 12, ..search("Sample Municipality") };
    let last = membership::directory(db, &index, &last, Lang::En).await.unwrap();
    assert_eq!((last.total, last.entries.len(), last.has_more), (250, 10, false));

    // Members 1 to 250 are spread over eight countries, three in eight Palestinian.
    let palestinian = DirectoryQuery { origin: "palestinian".into(), ..search("commune exemple") };
    let expected = (1..=250).filter(|n| n % 8 < 3).count() as u64;
    assert_eq!(membership::directory(db, &index, &palestinian, Lang::En).await.unwrap().total, expected);
    // A narrower term: 2, 20 to 29 and 200 to 250.
    assert_eq!(membership::directory(db, &index, &search("municipality 2"), Lang::En).await.unwrap().total, 62);
    let newest = DirectoryQuery { sort: "newest".into(), ..search("Sample") };
    assert_eq!(
        membership::directory(db, &index, &newest, Lang::En).await.unwrap().entries[0].latin_name,
        "Sample Municipality 250"
    );

    // The index held in memory follows an approval made since.
    membership::decide(db, &reviewer(), applicant.id, Decision::Approve, "ok").await.unwrap();
    let found = membership::directory(db, &index, &search("نموذجية"), Lang::En).await.unwrap();
    assert_eq!(found.total, 251);
}

async fn profile_hides_applicants_and_shows_contact_only_when_asked(db: &DatabaseConnection) {
    let row = apply(db, hebron()).await;
    assert!(matches!(membership::profile(db, row.id, true).await.unwrap_err(), ServiceError::NotFound));
    membership::decide(db, &reviewer(), row.id, Decision::Approve, "ok").await.unwrap();

    let public = membership::profile(db, row.id, false).await.unwrap();
    assert!(public.focal_contact.is_none());
    assert_eq!(public.head_name, "Tayseer Abu Sneineh");
    assert!(public.in_good_standing);
    let members_view = membership::profile(db, row.id, true).await.unwrap();
    assert_eq!(members_view.focal_contact.unwrap().email, "amal@hebron-city.ps");
}

async fn exports_list_members_with_a_byte_order_mark(db: &DatabaseConnection) {
    let member = apply(db, hebron()).await;
    membership::decide(db, &reviewer(), member.id, Decision::Approve, "ok").await.unwrap();
    apply(db, tangier()).await; // still an applicant: not exported

    let csv = membership::members_csv(db, app::i18n::Lang::Fr).await.unwrap();
    assert_eq!(&csv[..3], &[0xEF, 0xBB, 0xBF], "UTF-8 byte-order mark");
    let text = String::from_utf8(csv[3..].to_vec()).unwrap();
    let lines: Vec<_> = text.lines().collect();
    assert_eq!(lines.len(), 2, "header and one member: {text}");
    assert!(lines[0].starts_with("Nom officiel,Nom en lettres latines,"), "{}", lines[0]);
    assert!(lines[1]
        .starts_with("بلدية الخليل,Baladiyat al-Khalīl,Hebron Municipality,,Municipalité,Palestine,Palestinienne,"));
    assert!(lines[1].contains("amal@hebron-city.ps"));
    insta::with_settings!({ filters => vec![(r"\d{4}-\d{2}-\d{2}", "[date]")] }, {
        insta::assert_snapshot!("members_csv_fr", text);
    });

    let public = membership::public_members(db).await.unwrap();
    assert_eq!(public.len(), 1);
    assert_eq!(public[0].latin_name, "Baladiyat al-Khalīl");
}

async fn simultaneous_decisions_and_applications_are_taken_one_at_a_time(db: &DatabaseConnection) {
    // Two secretariat officers decide the same application at the same moment: one decision wins,
    // the other is told it was already decided.
    for round in 0..5 {
        let input = ApplicationInput {
            official_name: format!("بلدية {round}"),
            latin_name: format!("Baladiya {round}"),
            english_name: String::new(),
            focal_email: format!("focal{round}@hebron-city.ps"),
            ..hebron()
        };
        let application = apply(db, input).await;
        let (first, second) = (reviewer(), reviewer());
        let (a, b) = tokio::join!(
            membership::decide(db, &first, application.id, app::membership::Decision::Approve, "Welcome"),
            membership::decide(db, &second, application.id, app::membership::Decision::Reject, "No"),
        );
        let decided = [a.is_ok(), b.is_ok()];
        assert_eq!(decided.iter().filter(|ok| **ok).count(), 1, "round {round}: {decided:?}");
        for refused in [a.err(), b.err()].into_iter().flatten() {
            assert!(matches!(refused, ServiceError::Conflict { key: "error-already-decided" }), "{refused:?}");
        }
    }
    // The same authority applying twice at once is stored once.
    let before = member::Entity::find().count(db).await.unwrap();
    let twice: Vec<_> = (0..2)
        .map(|i| {
            let db = db.clone();
            let input = ApplicationInput { focal_email: format!("twice{i}@tanger.ma"), ..tangier() };
            tokio::spawn(async move {
                membership::apply(&db, &RequestContext::system(PUBLIC_URL), &Application::parse(&input).unwrap()).await
            })
        })
        .collect();
    let mut stored = 0;
    for attempt in twice {
        match attempt.await.unwrap() {
            Ok(_) => stored += 1,
            Err(ServiceError::DuplicateOf { .. }) => {}
            Err(other) => panic!("unexpected {other:?}"),
        }
    }
    assert_eq!(stored, 1);
    assert_eq!(member::Entity::find().count(db).await.unwrap(), before + 1);
}
