//! Conference registrations on SQLite and PostgreSQL: delegations and their limits, seats and
//! the waitlist (also under simultaneous sign-ups), personal links, consent, letters, check-in.

use app::conferences::entities::{edition, registration};
use app::conferences::registrations::service::{self as registrations, Delegate, Registered, Registrant};
use app::conferences::registrations::sign_ups::{SignUp, SignUpQueue};
use app::conferences::registrations::{DelegateInput, RegistrationState};
use app::conferences::service::{self as conferences, Edition};
use app::conferences::EditionInput;
use app::email::entity as outbox;
use app::membership::entities::member;
use app::membership::MemberStatus;
use app::server::RequestContext;
use app::server::ServiceError;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use std::sync::Arc;

mod desk;
use desk::*;

testing::on_both_databases!(
    a_delegation_keeps_one_head_and_the_voting_quota,
    a_cancellation_promotes_the_first_on_the_waitlist,
    a_raised_capacity_serves_the_waitlist_first,
    individual_applications_wait_for_the_secretariat,
    simultaneous_sign_ups_never_exceed_the_capacity,
    a_sign_up_the_database_refuses_does_not_sink_the_others,
    the_personal_link_changes_details_sessions_and_the_feed,
    participant_lists_follow_consent,
    letters_badges_and_check_in,
    applications_alongside_a_sign_up_burst_all_succeed,
);

const PUBLIC_URL: &str = "https://sumud.test";

fn public() -> RequestContext {
    RequestContext::system(PUBLIC_URL)
}

fn secretariat() -> RequestContext {
    testing::context("secretariat@sumud.test", "Secretariat", PUBLIC_URL)
}

/// An edition whose registration is open now.
async fn open_edition(db: &DatabaseConnection, capacity: u32, quota: u32, needs_approval: bool) -> edition::Model {
    let yesterday = chrono::Utc::now().date_naive() - chrono::Duration::days(1);
    let next_year = yesterday + chrono::Duration::days(365);
    let input = EditionInput {
        title_ar: "المؤتمر الثاني".into(),
        title_en: "Second Conference".into(),
        title_fr: "Deuxième conférence".into(),
        city: "Ramallah".into(),
        venue: "Cultural Palace".into(),
        time_zone: "Asia/Hebron".into(),
        starts_on: next_year.to_string(),
        ends_on: (next_year + chrono::Duration::days(2)).to_string(),
        registration_opens: format!("{yesterday}T00:00"),
        registration_closes: format!("{}T23:59", next_year - chrono::Duration::days(7)),
        capacity: capacity.to_string(),
        delegation_quota: quota.to_string(),
        // The bursts below register dozens of observers for one member.
        observer_quota: "100".into(),
        needs_approval: if needs_approval { "on".into() } else { String::new() },
        ..Default::default()
    };
    conferences::create_edition(db, &secretariat(), &Edition::parse(&input).unwrap()).await.unwrap()
}

/// A new active member's id.
async fn member(db: &DatabaseConnection) -> i32 {
    app::membership::service::insert_sample_members(db, 1).await.unwrap();
    member::Entity::find().order_by_desc(member::Column::Id).one(db).await.unwrap().unwrap().id
}

fn person(name: &str, role: &str) -> DelegateInput {
    DelegateInput {
        full_name: name.into(),
        email: format!("{}@delegates.test", name.to_lowercase().replace(' ', ".")),
        language: "fr".into(),
        role: role.into(),
        consent: "public".into(),
        ..Default::default()
    }
}

async fn delegate(
    db: &DatabaseConnection,
    edition_id: i32,
    member_id: i32,
    input: DelegateInput,
) -> Result<Registered, ServiceError> {
    delegate_through(&SignUpQueue::new(db.clone()), edition_id, member_id, input).await
}

async fn delegate_through(
    queue: &SignUpQueue,
    edition_id: i32,
    member_id: i32,
    input: DelegateInput,
) -> Result<Registered, ServiceError> {
    let delegate = Delegate::parse(&input, false).unwrap();
    let registrant = Registrant::Delegation { member_id };
    let sign_up = SignUp { actor: secretariat().actor, registered_by: None, edition_id, registrant, delegate };
    queue.register(sign_up, &secretariat()).await
}

async fn individual(
    db: &DatabaseConnection,
    edition_id: i32,
    input: DelegateInput,
) -> Result<Registered, ServiceError> {
    let delegate =
        Delegate::parse(&DelegateInput { organisation: "Ministry of Local Government".into(), ..input }, true).unwrap();
    let sign_up = SignUp {
        actor: secretariat().actor,
        registered_by: None,
        edition_id,
        registrant: Registrant::Individual,
        delegate,
    };
    SignUpQueue::new(db.clone()).register(sign_up, &secretariat()).await
}

async fn state_of(db: &DatabaseConnection, id: i32) -> String {
    registration::Entity::find_by_id(id).one(db).await.unwrap().unwrap().state.to_string()
}

async fn confirmed_count(db: &DatabaseConnection, edition_id: i32) -> i32 {
    edition::Entity::find_by_id(edition_id).one(db).await.unwrap().unwrap().confirmed_count
}

async fn emails_to(db: &DatabaseConnection, email: &str) -> Vec<outbox::Model> {
    outbox::Entity::find()
        .filter(outbox::Column::ToEmail.eq(email))
        .order_by_asc(outbox::Column::Id)
        .all(db)
        .await
        .unwrap()
}

async fn a_delegation_keeps_one_head_and_the_voting_quota(db: &DatabaseConnection) {
    let edition = open_edition(db, 50, 2, false).await;
    let lyon = member(db).await;
    let head = delegate(db, edition.id, lyon, person("Claire Martin", "head")).await.unwrap();
    assert_eq!(head.row.state.to_string(), "confirmed");
    let refused = delegate(db, edition.id, lyon, person("Paul Durand", "head")).await.unwrap_err();
    assert!(matches!(refused, ServiceError::Invalid { field: "role", key: "error-one-head" }));
    for name in ["Ines Roux", "Omar Haddad"] {
        delegate(db, edition.id, lyon, person(name, "voting")).await.unwrap();
    }
    let refused = delegate(db, edition.id, lyon, person("Lea Petit", "voting")).await.unwrap_err();
    assert!(matches!(refused, ServiceError::Invalid { field: "role", key: "error-voting-quota" }));
    let repeated = delegate(db, edition.id, lyon, person("Ines Roux", "observer")).await.unwrap_err();
    assert!(matches!(repeated, ServiceError::Invalid { field: "email", key: "error-already-registered" }));
    delegate(db, edition.id, lyon, person("Lea Petit", "observer")).await.unwrap();
    let count = registration::Entity::find().count(db).await.unwrap();
    assert_eq!(count, 4, "refused sign-ups store nothing");
    assert_eq!(confirmed_count(db, edition.id).await, 4);

    // Another member has its own quota; a cancelled head frees the role.
    let tunis = member(db).await;
    delegate(db, edition.id, tunis, person("Sami Ben Salah", "head")).await.unwrap();
    registrations::cancel(db, &secretariat(), head.row.id).await.unwrap();
    delegate(db, edition.id, lyon, person("Paul Durand", "head")).await.unwrap();

    // The confirmation is in the delegate's language, with the personal link.
    let mail = &emails_to(db, "claire.martin@delegates.test").await[0];
    assert!(mail.subject.contains("confirmée"), "{}", mail.subject);
    assert!(mail.body_text.contains(&format!("{PUBLIC_URL}/registrations/{}", head.token)), "{}", mail.body_text);

    // A suspended member cannot register.
    let mut suspended: member::ActiveModel = member::Entity::find_by_id(tunis).one(db).await.unwrap().unwrap().into();
    suspended.status = sea_orm::ActiveValue::Set(MemberStatus::Suspended);
    sea_orm::ActiveModelTrait::update(suspended, db).await.unwrap();
    let refused = delegate(db, edition.id, tunis, person("Nour Trabelsi", "observer")).await.unwrap_err();
    assert!(matches!(refused, ServiceError::Conflict { key: "error-member-not-in-good-standing" }));

    // One member cannot take every seat with observers: five here, then refused.
    let mut capped: edition::ActiveModel = edition.clone().into();
    capped.observer_quota = sea_orm::ActiveValue::Set(5);
    sea_orm::ActiveModelTrait::update(capped, db).await.unwrap();
    for i in 1..5 {
        delegate(db, edition.id, lyon, person(&format!("Observer {i}"), "observer")).await.unwrap();
    }
    let refused = delegate(db, edition.id, lyon, person("Observer 5", "observer")).await.unwrap_err();
    assert!(matches!(refused, ServiceError::Invalid { field: "role", key: "error-observer-quota" }), "{refused:?}");
}

async fn a_cancellation_promotes_the_first_on_the_waitlist(db: &DatabaseConnection) {
    let edition = open_edition(db, 2, 3, false).await;
    let hebron = member(db).await;
    let head = delegate(db, edition.id, hebron, person("Amal Odeh", "head")).await.unwrap();
    delegate(db, edition.id, hebron, person("Yousef Qawasmi", "voting")).await.unwrap();
    let first = delegate(db, edition.id, hebron, person("Rana Jaber", "observer")).await.unwrap();
    let second = delegate(db, edition.id, hebron, person("Tariq Nasser", "observer")).await.unwrap();
    assert_eq!((first.row.state, second.row.state), (RegistrationState::Waitlisted, RegistrationState::Waitlisted));
    let waitlisted = &emails_to(db, "rana.jaber@delegates.test").await[0];
    assert!(waitlisted.subject.contains("liste d'attente"), "{}", waitlisted.subject);

    let cancelled = registrations::cancel_by_token(db, &public(), &head.token).await.unwrap();
    assert_eq!(cancelled.state.to_string(), "cancelled");
    assert_eq!(state_of(db, first.row.id).await, "confirmed", "the first waitlisted takes the seat");
    assert_eq!(state_of(db, second.row.id).await, "waitlisted");
    assert_eq!(confirmed_count(db, edition.id).await, 2);
    let promoted = emails_to(db, "rana.jaber@delegates.test").await;
    assert_eq!(promoted.len(), 2);
    assert!(promoted[1].subject.contains("place s'est libérée"), "{}", promoted[1].subject);
    let view = registrations::manage_view(db, &second.token).await.unwrap();
    assert_eq!(view.registration.waitlist_position, Some(1));

    let again = registrations::cancel_by_token(db, &public(), &head.token).await.unwrap_err();
    assert!(matches!(again, ServiceError::Conflict { key: "error-cannot-cancel" }));
    assert!(matches!(
        registrations::cancel_by_token(db, &public(), "not-a-token").await.unwrap_err(),
        ServiceError::InvalidLink
    ));

    // A waitlisted person who cancels frees no seat.
    registrations::cancel_by_token(db, &public(), &second.token).await.unwrap();
    assert_eq!(confirmed_count(db, edition.id).await, 2);
}

async fn a_raised_capacity_serves_the_waitlist_first(db: &DatabaseConnection) {
    let edition = open_edition(db, 2, 3, false).await;
    let hebron = member(db).await;
    delegate(db, edition.id, hebron, person("Amal Odeh", "head")).await.unwrap();
    delegate(db, edition.id, hebron, person("Yousef Qawasmi", "observer")).await.unwrap();
    let first = delegate(db, edition.id, hebron, person("Rana Jaber", "observer")).await.unwrap();
    let second = delegate(db, edition.id, hebron, person("Tariq Nasser", "observer")).await.unwrap();
    let form = conferences::edition_form(db, edition.id).await.unwrap();

    // Below the confirmed seats: refused, nothing changes.
    let lower = Edition::parse(&EditionInput { capacity: "1".into(), ..form.clone() }).unwrap();
    let refused = registrations::update_edition(db, &secretariat(), edition.id, &lower).await.unwrap_err();
    assert!(matches!(refused, ServiceError::Invalid { field: "capacity", .. }), "{refused:?}");
    assert_eq!(state_of(db, first.row.id).await, "waitlisted");
    assert_eq!(confirmed_count(db, edition.id).await, 2);

    // One more seat goes to the first waiting, in the same change, and tells them.
    let raised = Edition::parse(&EditionInput { capacity: "3".into(), ..form }).unwrap();
    let updated = registrations::update_edition(db, &secretariat(), edition.id, &raised).await.unwrap();
    assert_eq!(updated.capacity, 3);
    assert_eq!(state_of(db, first.row.id).await, "confirmed");
    assert_eq!(state_of(db, second.row.id).await, "waitlisted");
    assert_eq!(confirmed_count(db, edition.id).await, 3);
    let emails = emails_to(db, "rana.jaber@delegates.test").await;
    let news = &emails.last().unwrap().subject;
    assert!(news.contains("place s'est libérée"), "{news}");

    // A new sign-up now waits behind the one still waiting.
    let late = delegate(db, edition.id, hebron, person("Mona Aziz", "observer")).await.unwrap();
    assert_eq!(late.row.state, RegistrationState::Waitlisted);
}

async fn individual_applications_wait_for_the_secretariat(db: &DatabaseConnection) {
    let edition = open_edition(db, 1, 3, false).await;
    let journalist = individual(db, edition.id, person("Dana Saleh", "")).await.unwrap();
    assert_eq!(journalist.row.state.to_string(), "pending");
    assert_eq!(journalist.row.organisation.as_deref(), Some("Ministry of Local Government"));
    assert_eq!(confirmed_count(db, edition.id).await, 0);
    let approved = registrations::decide(db, &secretariat(), journalist.row.id, true).await.unwrap();
    assert_eq!(approved.state.to_string(), "confirmed");
    let again = registrations::decide(db, &secretariat(), journalist.row.id, false).await.unwrap_err();
    assert!(matches!(again, ServiceError::Conflict { key: "error-not-pending" }));

    let second = individual(db, edition.id, person("Hadi Khalil", "")).await.unwrap();
    assert_eq!(
        registrations::decide(db, &secretariat(), second.row.id, true).await.unwrap().state.to_string(),
        "waitlisted"
    );
    let third = individual(db, edition.id, person("Mona Aziz", "")).await.unwrap();
    assert_eq!(
        registrations::decide(db, &secretariat(), third.row.id, false).await.unwrap().state.to_string(),
        "rejected"
    );
    let mails = emails_to(db, "mona.aziz@delegates.test").await;
    assert!(mails.last().unwrap().subject.contains("Votre inscription"), "{}", mails.last().unwrap().subject);

    // Anyone may type anyone's address in the public form: a pending application does not keep
    // a member's focal point from registering that person, it is superseded (and a second
    // application on one's own is still refused).
    let open = open_edition(db, 10, 3, false).await;
    let squatted = individual(db, open.id, person("Rami Nassar", "")).await.unwrap();
    let refused = individual(db, open.id, person("Rami Nassar", "")).await.unwrap_err();
    assert!(matches!(refused, ServiceError::Invalid { field: "email", key: "error-already-registered" }));
    let nablus = member(db).await;
    let registered = delegate(db, open.id, nablus, person("Rami Nassar", "voting")).await.unwrap();
    assert_eq!(registered.row.state.to_string(), "confirmed");
    let superseded = registration::Entity::find_by_id(squatted.row.id).one(db).await.unwrap().unwrap();
    assert_eq!(superseded.state.to_string(), "cancelled");

    // Member delegations also wait when the edition needs approval.
    let reviewed = open_edition(db, 10, 3, true).await;
    let lyon = member(db).await;
    let pending = delegate(db, reviewed.id, lyon, person("Claire Martin", "head")).await.unwrap();
    assert_eq!(pending.row.state.to_string(), "pending");

    // Outside the registration window nobody registers.
    let mut closed: edition::ActiveModel = edition.clone().into();
    closed.registration_closes_at = sea_orm::ActiveValue::Set(chrono::Utc::now() - chrono::Duration::hours(1));
    sea_orm::ActiveModelTrait::update(closed, db).await.unwrap();
    let refused = individual(db, edition.id, person("Late Person", "")).await.unwrap_err();
    assert!(matches!(refused, ServiceError::Conflict { key: "error-registration-closed" }));
}

async fn simultaneous_sign_ups_never_exceed_the_capacity(db: &DatabaseConnection) {
    const CAPACITY: usize = 5;
    const SIGN_UPS: usize = 40;
    let edition = open_edition(db, CAPACITY as u32, 3, false).await;
    let member_id = member(db).await;
    // Sign-ups of one process share its queue and are written in groups; a second queue
    // stands for a second server process.
    let queues = [Arc::new(SignUpQueue::new(db.clone())), Arc::new(SignUpQueue::new(db.clone()))];
    let mut tasks = Vec::new();
    for i in 0..SIGN_UPS {
        let queue = queues[i % 2].clone();
        tasks.push(tokio::spawn(async move {
            let person = person(&format!("Observer {i}"), "observer");
            delegate_through(&queue, edition.id, member_id, person).await.map(|r| r.row.id)
        }));
    }
    for task in tasks {
        task.await.unwrap().expect("every sign-up is recorded");
    }
    let rows = registration::Entity::find()
        .filter(registration::Column::EditionId.eq(edition.id))
        .order_by_asc(registration::Column::Id)
        .all(db)
        .await
        .unwrap();
    let states: Vec<String> = rows.iter().map(|r| r.state.to_string()).collect();
    assert_eq!(states.iter().filter(|s| **s == "confirmed").count(), CAPACITY);
    assert_eq!(states.iter().filter(|s| **s == "waitlisted").count(), SIGN_UPS - CAPACITY);
    assert_eq!(confirmed_count(db, edition.id).await, CAPACITY as i32);
    // In order: every confirmed sign-up was recorded before every waitlisted one.
    assert!(states[..CAPACITY].iter().all(|s| *s == "confirmed"), "{states:?}");
    let positions: Vec<u64> = registrations::registrations(db, edition.id)
        .await
        .unwrap()
        .iter()
        .filter_map(|r| r.waitlist_position)
        .collect();
    assert_eq!(positions, (1..=(SIGN_UPS - CAPACITY) as u64).collect::<Vec<_>>());
    for row in &rows {
        assert_eq!(emails_to(db, &row.email).await.len(), 1, "one email for {}", row.email);
    }

    // Written together, sign-ups still refuse each other: one head, the voting quota, one
    // registration per email; a refused one stores nothing and does not sink the others.
    let tunis = member(db).await;
    let queue = Arc::new(SignUpQueue::new(db.clone()));
    let mut tasks = Vec::new();
    let rush = [("Head One", "head"), ("Head Two", "head"), ("Vote One", "voting"), ("Vote Two", "voting")]
        .into_iter()
        .chain([("Vote Three", "voting"), ("Vote Four", "voting"), ("Obs One", "observer"), ("Obs One", "observer")]);
    for (name, role) in rush {
        let queue = queue.clone();
        tasks.push(tokio::spawn(async move { delegate_through(&queue, edition.id, tunis, person(name, role)).await }));
    }
    let mut refusals = Vec::new();
    for task in tasks {
        if let Err(error) = task.await.unwrap() {
            refusals.push(match error {
                ServiceError::Invalid { key, .. } => key,
                other => panic!("unexpected {other:?}"),
            });
        }
    }
    refusals.sort_unstable();
    assert_eq!(refusals, ["error-already-registered", "error-one-head", "error-voting-quota"]);
    let tunis_rows =
        registration::Entity::find().filter(registration::Column::MemberId.eq(tunis)).count(db).await.unwrap();
    assert_eq!(tunis_rows, 5, "one head, three voting delegates and one observer");
    assert_eq!(confirmed_count(db, edition.id).await, CAPACITY as i32, "the edition was already full");
}

/// Sign-ups written together fail together in the database; each is then tried alone. A phone
/// longer than its column (the form refuses it first; only PostgreSQL enforces the length)
/// stands for any row the database refuses.
async fn a_sign_up_the_database_refuses_does_not_sink_the_others(db: &DatabaseConnection) {
    let edition = open_edition(db, 40, 3, false).await;
    let member_id = member(db).await;
    let queue = Arc::new(SignUpQueue::new(db.clone()));
    let mut tasks = Vec::new();
    for i in 0..30 {
        let queue = queue.clone();
        tasks.push(tokio::spawn(async move {
            let mut delegate = Delegate::parse(&person(&format!("Observer {i}"), "observer"), false).unwrap();
            if i == 20 {
                delegate.phone = Some("9".repeat(80));
            }
            let registrant = Registrant::Delegation { member_id };
            let sign_up = SignUp {
                actor: secretariat().actor,
                registered_by: None,
                edition_id: edition.id,
                registrant,
                delegate,
            };
            queue.register(sign_up, &secretariat()).await.map(|r| r.row.full_name)
        }));
    }
    let mut stored = Vec::new();
    for task in tasks {
        match task.await.unwrap() {
            Ok(name) => stored.push(name),
            Err(error) => assert!(matches!(error, ServiceError::Database(_)), "{error:?}"),
        }
    }
    let refused = db.get_database_backend() == sea_orm::DbBackend::Postgres;
    let expected = if refused { 29 } else { 30 };
    assert_eq!(stored.len(), expected, "{stored:?}");
    assert!(!refused || !stored.contains(&"Observer 20".to_string()));
    let rows =
        registration::Entity::find().filter(registration::Column::EditionId.eq(edition.id)).count(db).await.unwrap();
    assert_eq!(rows, expected as u64);
    assert_eq!(confirmed_count(db, edition.id).await, expected as i32);
    let emails = outbox::Entity::find().filter(outbox::Column::ToEmail.like("observer.%")).count(db).await.unwrap();
    assert_eq!(emails, expected as u64, "one email per stored sign-up");
}

/// Writers of different areas at the same moment: on SQLite they take turns instead of meeting
/// a busy database (which would be a 500), on PostgreSQL they lock what they change.
async fn applications_alongside_a_sign_up_burst_all_succeed(db: &DatabaseConnection) {
    let edition = open_edition(db, 30, 3, false).await;
    let member_id = member(db).await;
    let queue = Arc::new(SignUpQueue::new(db.clone()));
    let mut sign_ups = Vec::new();
    for i in 0..40 {
        let queue = queue.clone();
        sign_ups.push(tokio::spawn(async move {
            delegate_through(&queue, edition.id, member_id, person(&format!("Burst {i}"), "observer")).await
        }));
    }
    let mut applications = Vec::new();
    for i in 0..20 {
        let db = db.clone();
        applications.push(tokio::spawn(async move {
            let input = app::membership::ApplicationInput {
                kind: "municipality".into(),
                official_name: format!("Commune {i}"),
                latin_name: format!("Commune {i}"),
                country: "FR".into(),
                head_name: "Head".into(),
                head_title: "Maire".into(),
                focal_name: "Focal".into(),
                focal_email: format!("focal{i}@commune.example.fr"),
                focal_phone: "+33 1 23 45 67 89".into(),
                focal_language: "fr".into(),
                motivation: "Jumelage avec une municipalité palestinienne.".into(),
                ..Default::default()
            };
            let application = app::membership::Application::parse(&input).unwrap();
            app::membership::service::apply(&db, &RequestContext::system(PUBLIC_URL), &application).await
        }));
    }
    for sign_up in sign_ups {
        sign_up.await.unwrap().expect("every sign-up is written");
    }
    for application in applications {
        application.await.unwrap().expect("every application is written");
    }
    assert_eq!(confirmed_count(db, edition.id).await, 30);
}
