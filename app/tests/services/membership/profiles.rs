//! Members once they are in: certificates, profile edits, standing, and focal points' accounts on approval.
use super::*;
use app::accounts::entities::account;
use app::audit::AuditFilter;
use app::membership::entities::member;
use app::membership::service as membership;
use app::membership::service::{DirectoryIndex, ProfileEditor};
use app::membership::{ApplicationInput, Decision, DirectoryQuery, MemberStatus, Profile, ReviewState, StatusChange};
use app::server::RequestContext;
use app::server::ServiceError;
use sea_orm::{DatabaseConnection, EntityTrait, PaginatorTrait};

pub(super) async fn certificates_are_numbered_and_verifiable(db: &DatabaseConnection) {
    let applicant = apply(db, tangier()).await;
    let refused = membership::issue_certificate(db, &reviewer(), applicant.id, app::i18n::Lang::Fr).await.unwrap_err();
    assert!(matches!(refused, ServiceError::Conflict { key: "error-not-active" }));

    let member = apply(db, hebron()).await;
    membership::decide(db, &reviewer(), member.id, Decision::Approve, "ok").await.unwrap();
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

pub(super) async fn approved(db: &DatabaseConnection, input: ApplicationInput) -> member::Model {
    let row = apply(db, input).await;
    membership::decide(db, &reviewer(), row.id, Decision::Approve, "ok").await.unwrap()
}

pub(super) fn search(q: &str) -> DirectoryQuery {
    DirectoryQuery { q: q.into(), ..Default::default() }
}

pub(super) async fn focal_point_edits_the_profile_but_not_kind_or_country(db: &DatabaseConnection) {
    // One index across the rename: the held copy must notice the change.
    let index = DirectoryIndex::default();
    let member = approved(db, hebron()).await;
    let edited = ApplicationInput {
        official_name: "بلدية الخليل الكبرى".into(),
        english_name: "Greater Hebron Municipality".into(),
        head_name: "Asma Sharabati".into(),
        kind: "regional".into(),
        country: "JO".into(),
        motivation: String::new(),
        ..hebron()
    };
    let profile = Profile::parse(&edited).unwrap();
    assert_eq!(membership::directory(db, &index, &search("greater hebron"), Lang::En).await.unwrap().total, 0);
    let focal = testing::context("amal@hebron-city.ps", "Amal Haddad", PUBLIC_URL);
    let after = membership::update_profile(db, &focal, ProfileEditor::FocalPoint, member.id, &profile).await.unwrap();
    assert_eq!(after.head_name, "Asma Sharabati");
    assert_eq!(after.kind.to_string(), "municipality", "kept");
    assert_eq!(after.country, "PS", "kept");
    assert_eq!(after.status.to_string(), "active");
    assert_eq!(membership::directory(db, &index, &search("greater hebron"), Lang::En).await.unwrap().total, 1);
    assert_eq!(membership::directory(db, &index, &search("الخليل الكبرى"), Lang::En).await.unwrap().total, 1);

    let log = app::audit::service::list(
        db,
        &AuditFilter { action: "membership.profile_updated".into(), ..Default::default() },
    )
    .await
    .unwrap();
    assert_eq!(log.events.len(), 1);
    let before = log.events[0].before.as_deref().unwrap_or_default();
    assert!(before.contains("Tayseer Abu Sneineh"), "{before}");

    // The secretariat may change the country.
    let secretariat =
        membership::update_profile(db, &reviewer(), ProfileEditor::Secretariat, member.id, &profile).await.unwrap();
    assert_eq!((secretariat.kind.to_string().as_str(), secretariat.country.as_str()), ("regional", "JO"));
    assert!(matches!(
        membership::update_profile(db, &reviewer(), ProfileEditor::Secretariat, 9999, &profile).await.unwrap_err(),
        ServiceError::NotFound
    ));
}

pub(super) async fn renaming_onto_another_member_is_refused_and_changes_nothing(db: &DatabaseConnection) {
    let index = DirectoryIndex::default();
    let hebron_member = approved(db, hebron()).await;
    let other = approved(
        db,
        ApplicationInput {
            official_name: "بلدية دورا".into(),
            latin_name: "Baladiyat Dura".into(),
            english_name: "Dura Municipality".into(),
            focal_email: "focal@dura.ps".into(),
            ..hebron()
        },
    )
    .await;
    let clash = Profile::parse(&ApplicationInput { latin_name: "Baladiyat al-Khalil".into(), ..hebron() }).unwrap();
    let refused =
        membership::update_profile(db, &reviewer(), ProfileEditor::Secretariat, other.id, &clash).await.unwrap_err();
    assert!(matches!(refused, ServiceError::DuplicateOf { id, .. } if id == hebron_member.id));
    let unchanged = member::Entity::find_by_id(other.id).one(db).await.unwrap().unwrap();
    assert_eq!(unchanged.latin_name, "Baladiyat Dura");
    assert_eq!(membership::directory(db, &index, &search("dura"), Lang::En).await.unwrap().total, 1);
}

pub(super) async fn standing_changes_are_dated_reasoned_emailed_and_audited(db: &DatabaseConnection) {
    let index = DirectoryIndex::default();
    let member = approved(db, tangier()).await;
    let today = chrono::Utc::now().date_naive();
    let refused =
        membership::change_status(db, &reviewer(), member.id, StatusChange::Reinstate, "why", today).await.unwrap_err();
    assert!(matches!(refused, ServiceError::Conflict { key: "error-status-change" }));
    let future = today + chrono::Duration::days(3);
    let refused =
        membership::change_status(db, &reviewer(), member.id, StatusChange::Suspend, "dues", future).await.unwrap_err();
    assert!(matches!(refused, ServiceError::Invalid { field: "effective_on", .. }));
    let before_joining = today - chrono::Duration::days(1);
    assert!(membership::change_status(db, &reviewer(), member.id, StatusChange::Suspend, "dues", before_joining)
        .await
        .is_err());
    assert_eq!(member::Entity::find_by_id(member.id).one(db).await.unwrap().unwrap().status.to_string(), "active");

    assert_eq!(membership::directory(db, &index, &search("tanger"), Lang::En).await.unwrap().total, 1);
    let suspended =
        membership::change_status(db, &reviewer(), member.id, StatusChange::Suspend, "Dues unpaid for 2026", today)
            .await
            .unwrap();
    assert_eq!(suspended.status.to_string(), "suspended");
    assert!(!membership::in_good_standing(&suspended));
    assert_eq!(
        membership::directory(db, &index, &search("tanger"), Lang::En).await.unwrap().total,
        0,
        "not listed while suspended"
    );
    let page = membership::profile(db, member.id, false).await.unwrap();
    assert_eq!(page.status, MemberStatus::Suspended);
    assert_eq!(page.standing_history.len(), 1);
    assert_eq!(page.standing_history[0].reason, None, "reasons only for signed-in readers");
    let signed_in = membership::profile(db, member.id, true).await.unwrap();
    assert_eq!(signed_in.standing_history[0].reason.as_deref(), Some("Dues unpaid for 2026"));
    assert_eq!(signed_in.standing_history[0].effective_on, today);

    let notice = app::email::service::latest_to(db, "karim@tanger.ma").await.unwrap();
    assert_eq!(notice.language, "fr");
    assert!(notice.subject.contains("Suspendu"), "{}", notice.subject);
    assert!(notice.body_text.contains("Dues unpaid for 2026"));

    membership::change_status(db, &reviewer(), member.id, StatusChange::Reinstate, "Dues paid", today).await.unwrap();
    let withdrawn =
        membership::change_status(db, &reviewer(), member.id, StatusChange::Withdraw, "Council decision", today)
            .await
            .unwrap();
    assert_eq!(withdrawn.status.to_string(), "withdrawn");
    let history = membership::profile(db, member.id, true).await.unwrap().standing_history;
    let statuses: Vec<_> = history.iter().map(|e| e.status).collect();
    assert_eq!(statuses, vec![MemberStatus::Withdrawn, MemberStatus::Active, MemberStatus::Suspended]);
    for action in ["membership.suspended", "membership.reinstated", "membership.withdrawn"] {
        let filter = AuditFilter { action: action.into(), ..Default::default() };
        let events = app::audit::service::list(db, &filter).await.unwrap().events;
        assert_eq!(events.len(), 1, "{action}");
        // The secretariat's record keeps the reason…
        assert!(events[0].after.as_deref().unwrap().contains("\"reason\""), "{action}");
    }
    // …the public activity (page and Atom feed) says what changed, never why.
    let public = app::audit::service::public_feed(db, 10).await.unwrap();
    let changes = ["membership.suspended", "membership.reinstated", "membership.withdrawn"];
    let standing: Vec<_> = public.iter().filter(|e| changes.contains(&e.action.as_str())).collect();
    assert_eq!(standing.len(), 3);
    for event in standing {
        for reason in ["Dues unpaid for 2026", "Dues paid", "Council decision"] {
            assert!(!event.summary.contains(reason), "{}", event.summary);
        }
    }
}

pub(super) async fn approval_links_an_existing_delegate_account(db: &DatabaseConnection) {
    use app::accounts::service::{invite, Invitation};
    use app::domain::{EmailAddress, PersonName};
    let delegate = invite(
        db,
        &reviewer(),
        &Invitation {
            email: EmailAddress::parse("karim@tanger.ma").unwrap(),
            name: PersonName::parse("Karim Benali", "name").unwrap(),
            role: app::identity::Role::Delegate,
            language: app::i18n::Lang::Fr,
            member_id: None,
        },
    )
    .await
    .unwrap();
    let member = approved(db, tangier()).await;
    let linked = account::Entity::find_by_id(delegate.id).one(db).await.unwrap().unwrap();
    assert_eq!(linked.role.to_string(), "focal_point");
    assert_eq!(linked.member_id, Some(member.id));
    assert_eq!(account::Entity::find().count(db).await.unwrap(), 1, "no second account");
}

pub(super) async fn approval_refuses_a_focal_email_of_the_secretariat(db: &DatabaseConnection) {
    use app::domain::{EmailAddress, PersonName};
    app::accounts::service::create_secretariat(
        db,
        &RequestContext::system(PUBLIC_URL),
        &EmailAddress::parse("karim@tanger.ma").unwrap(),
        &PersonName::parse("Karim Benali", "name").unwrap(),
    )
    .await
    .unwrap();
    let row = apply(db, tangier()).await;
    let refused = membership::decide(db, &reviewer(), row.id, Decision::Approve, "ok").await.unwrap_err();
    assert!(matches!(refused, ServiceError::Conflict { key: "error-focal-has-account" }));
    let unchanged = member::Entity::find_by_id(row.id).one(db).await.unwrap().unwrap();
    assert_eq!((unchanged.status, unchanged.review_state), (MemberStatus::Applicant, ReviewState::Pending));
}
