//! The membership services on SQLite and PostgreSQL.
#![cfg(feature = "ssr")]

use app::accounts::entities::account;
use app::audit::service::Actor;
use app::audit::AuditFilter;
use app::email::entity as outbox;
use app::membership::entities::member;
use app::membership::service as membership;
use app::membership::{Application, ApplicationInput, Decision, DirectoryQuery, MemberStatus, ReviewState};
use app::server::ServiceError;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter};

app::on_both_databases!(
    application_is_recorded_acknowledged_and_audited,
    second_application_in_any_script_points_to_the_first,
    approval_makes_a_member_and_invites_the_focal_point,
    rejection_and_information_requests_are_emailed_with_the_reason,
    directory_searches_any_script_and_filters,
    profile_hides_applicants_and_shows_contact_only_when_asked,
    exports_list_members_with_a_byte_order_mark,
    certificates_are_numbered_and_verifiable,
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
    membership::apply(db, &Application::parse(&input).unwrap()).await.unwrap()
}

fn reviewer() -> Actor {
    Actor { account_id: None, email: Some("secretariat@sumud.test".into()) }
}

async fn application_is_recorded_acknowledged_and_audited(db: &DatabaseConnection) {
    let row = apply(db, hebron()).await;
    assert_eq!(row.status, "applicant");
    assert_eq!(row.review_state, "pending");
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
    let error = membership::apply(db, &Application::parse(&again).unwrap()).await.unwrap_err();
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
    membership::apply(db, &Application::parse(&elsewhere).unwrap()).await.unwrap();
}

async fn approval_makes_a_member_and_invites_the_focal_point(db: &DatabaseConnection) {
    let row = apply(db, hebron()).await;
    let approved =
        membership::decide(db, &reviewer(), "Secretariat", row.id, Decision::Approve, "Welcome, Hebron.", PUBLIC_URL)
            .await
            .unwrap();
    assert_eq!(approved.status, "active");
    assert_eq!(approved.review_state, "approved");
    assert_eq!(approved.member_since, Some(chrono::Utc::now().date_naive()));
    assert!(membership::in_good_standing(&approved));

    let focal = account::Entity::find()
        .filter(account::Column::Email.eq("amal@hebron-city.ps"))
        .one(db)
        .await
        .unwrap()
        .expect("focal point account");
    assert_eq!(focal.role, "focal_point");
    assert_eq!(focal.member_id, Some(row.id));
    assert_eq!(focal.language, "ar");

    let messages =
        outbox::Entity::find().filter(outbox::Column::ToEmail.eq("amal@hebron-city.ps")).all(db).await.unwrap();
    assert_eq!(messages.len(), 3, "acknowledgement, invitation, decision");
    assert!(messages.iter().any(|m| m.body_text.contains("set-password?token=")));
    assert!(messages.iter().any(|m| m.body_text.contains("Welcome, Hebron.")));

    // Decided once only.
    let again = membership::decide(db, &reviewer(), "S", row.id, Decision::Reject, "No", PUBLIC_URL).await.unwrap_err();
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
        "S",
        row.id,
        Decision::RequestInformation,
        "Please send the council's decision.",
        PUBLIC_URL,
    )
    .await
    .unwrap();
    assert_eq!(asked.review_state, "info_requested");
    assert_eq!(asked.status, "applicant");
    let mail = app::email::service::latest_to(db, "karim@tanger.ma").await.unwrap();
    assert_eq!(mail.language, "fr");
    assert!(mail.body_text.contains("Please send the council's decision."));

    let rejected =
        membership::decide(db, &reviewer(), "S", row.id, Decision::Reject, "Not a local authority.", PUBLIC_URL)
            .await
            .unwrap();
    assert_eq!(rejected.status, MemberStatus::Rejected.as_str());
    assert_eq!(rejected.decision_reason.as_deref(), Some("Not a local authority."));
    assert_eq!(account::Entity::find().count(db).await.unwrap(), 0, "no account for a rejected applicant");
    // A rejected application does not block a new one.
    membership::apply(db, &Application::parse(&tangier()).unwrap()).await.unwrap();
}

async fn directory_searches_any_script_and_filters(db: &DatabaseConnection) {
    for input in [hebron(), tangier()] {
        let row = apply(db, input).await;
        membership::decide(db, &reviewer(), "S", row.id, Decision::Approve, "ok", PUBLIC_URL).await.unwrap();
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

    let all = membership::directory(db, &DirectoryQuery::default()).await.unwrap();
    assert_eq!(all.total, 2);
    let names: Vec<_> = all.entries.iter().map(|e| e.latin_name.as_str()).collect();
    assert_eq!(names, vec!["Baladiyat al-Khalīl", "Commune de Tanger"], "sorted by name");

    let search = |q: &str| DirectoryQuery { q: q.into(), ..Default::default() };
    for q in ["الخليل", "الْخَلِيل", "khalil", "KHALĪL", "hebron", "tanger"] {
        let found = membership::directory(db, &search(q)).await.unwrap();
        assert_eq!(found.total, 1, "{q}");
    }
    assert_eq!(membership::directory(db, &search("lyon")).await.unwrap().total, 0);

    let palestinian = DirectoryQuery { origin: "palestinian".into(), ..Default::default() };
    let found = membership::directory(db, &palestinian).await.unwrap();
    assert_eq!(found.entries.iter().map(|e| e.country.as_str()).collect::<Vec<_>>(), vec!["PS"]);
    let international = DirectoryQuery { origin: "international".into(), ..Default::default() };
    assert_eq!(membership::directory(db, &international).await.unwrap().entries[0].country, "MA");
    let by_country = DirectoryQuery { country: "ma".into(), ..Default::default() };
    assert_eq!(membership::directory(db, &by_country).await.unwrap().total, 1);
    let by_kind = DirectoryQuery { kind: "regional".into(), ..Default::default() };
    assert_eq!(membership::directory(db, &by_kind).await.unwrap().total, 0);
}

async fn profile_hides_applicants_and_shows_contact_only_when_asked(db: &DatabaseConnection) {
    let row = apply(db, hebron()).await;
    assert!(matches!(membership::profile(db, row.id, true).await.unwrap_err(), ServiceError::NotFound));
    membership::decide(db, &reviewer(), "S", row.id, Decision::Approve, "ok", PUBLIC_URL).await.unwrap();

    let public = membership::profile(db, row.id, false).await.unwrap();
    assert!(public.focal_contact.is_none());
    assert_eq!(public.head_name, "Tayseer Abu Sneineh");
    assert!(public.in_good_standing);
    let members_view = membership::profile(db, row.id, true).await.unwrap();
    assert_eq!(members_view.focal_contact.unwrap().email, "amal@hebron-city.ps");
}

async fn exports_list_members_with_a_byte_order_mark(db: &DatabaseConnection) {
    let member = apply(db, hebron()).await;
    membership::decide(db, &reviewer(), "S", member.id, Decision::Approve, "ok", PUBLIC_URL).await.unwrap();
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

    let public = membership::public_members(db).await.unwrap();
    assert_eq!(public.len(), 1);
    assert_eq!(public[0].latin_name, "Baladiyat al-Khalīl");
}

async fn certificates_are_numbered_and_verifiable(db: &DatabaseConnection) {
    let applicant = apply(db, tangier()).await;
    let refused = membership::issue_certificate(db, &reviewer(), applicant.id, app::i18n::Lang::Fr).await.unwrap_err();
    assert!(matches!(refused, ServiceError::Conflict { key: "error-not-active" }));

    let member = apply(db, hebron()).await;
    membership::decide(db, &reviewer(), "S", member.id, Decision::Approve, "ok", PUBLIC_URL).await.unwrap();
    let first = membership::issue_certificate(db, &reviewer(), member.id, app::i18n::Lang::Ar).await.unwrap();
    let second = membership::issue_certificate(db, &reviewer(), member.id, app::i18n::Lang::En).await.unwrap();
    assert!(second.id > first.id, "numbered");
    assert_ne!(first.code, second.code);

    let view = membership::certificate(db, &first.code, PUBLIC_URL).await.unwrap();
    assert_eq!(view.number, first.id);
    assert_eq!(view.member.latin_name, "Baladiyat al-Khalīl");
    assert_eq!(view.status, MemberStatus::Active);
    assert_eq!(view.verify_url, format!("{PUBLIC_URL}/certificates/{}", first.code));
    assert!(matches!(membership::certificate(db, "forged", PUBLIC_URL).await.unwrap_err(), ServiceError::NotFound));
}
