//! Finance on SQLite and PostgreSQL: schedules and their reductions, idempotent calls for dues,
//! numbers without gaps under concurrent issuers, credit notes, who reads an invoice.
use app::audit::entity as audit_event;
use app::email::entity as outbox;
use app::finance::entities::{invoice, schedule};
use app::finance::service::{self as finance, InvoiceReader};
use app::finance::{
    parse_amount, BandFields, BandInput, InvoiceKind, InvoiceStatus, ScheduleFields, ScheduleInput, WaiverFields,
    WaiverInput,
};
use app::i18n::Lang;
use app::membership::entities::member;
use app::membership::{AuthorityKind, MemberStatus};
use app::server::{RequestContext, ServiceError};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, IntoActiveModel, PaginatorTrait,
    QueryFilter, QueryOrder,
};

testing::on_both_databases!(
    calls_follow_the_bands_and_reductions_and_are_issued_once,
    a_locked_schedule_changes_by_a_new_version,
    a_credit_note_cancels_a_call_and_a_new_one_takes_the_next_number,
    numbers_have_no_gaps_when_issuers_race,
    a_focal_point_reads_its_own_members_invoices_only,
);

fn finance_officer() -> RequestContext {
    testing::context("finance@sumud.test", "Finance Officer", "https://sumud.test")
}

/// A new active member with these traits; returns its id.
async fn member(
    db: &DatabaseConnection,
    kind: AuthorityKind,
    country: &str,
    population: Option<i64>,
    lang: Lang,
) -> i32 {
    app::membership::service::insert_sample_members(db, 1).await.unwrap();
    let row = member::Entity::find().order_by_desc(member::Column::Id).one(db).await.unwrap().unwrap();
    let id = row.id;
    let mut row = row.into_active_model();
    row.kind = Set(kind);
    row.country = Set(country.to_string());
    row.population = Set(population);
    row.focal_language = Set(lang);
    row.focal_email = Set(format!("focal{id}@members.test"));
    row.update(db).await.unwrap();
    id
}

fn schedule_input(year: &str, palestinian_percent: &str) -> ScheduleInput {
    ScheduleInput {
        year: year.into(),
        currency: "eur".into(),
        due_on: format!("{year}-03-31"),
        palestinian_percent: palestinian_percent.into(),
        payment_instructions: "Sumud network\nIBAN FR76 3000 6000 0112 3456 7890 189\nBIC AGRIFRPP".into(),
    }
}

async fn schedule_with_bands(db: &DatabaseConnection, year: &str) -> schedule::Model {
    let fields = ScheduleFields::parse(&schedule_input(year, "0")).unwrap();
    let row = finance::create_schedule(db, &finance_officer(), &fields).await.unwrap();
    for (kind, max, amount) in
        [("municipality", "10000", "1000"), ("municipality", "", "2 500,00"), ("association", "", "500.50")]
    {
        let band = BandInput { kind: kind.into(), population_max: max.into(), amount: amount.into() };
        let band = BandFields::parse(&band, &row.currency).unwrap();
        finance::add_band(db, &finance_officer(), row.id, &band).await.unwrap();
    }
    row
}

async fn calls_of(db: &DatabaseConnection, year: i32) -> Vec<invoice::Model> {
    invoice::Entity::find()
        .filter(invoice::Column::Year.eq(year))
        .order_by_asc(invoice::Column::Sequence)
        .all(db)
        .await
        .unwrap()
}

async fn calls_follow_the_bands_and_reductions_and_are_issued_once(db: &DatabaseConnection) {
    let small = member(db, AuthorityKind::Municipality, "FR", Some(5_000), Lang::Fr).await;
    let large = member(db, AuthorityKind::Municipality, "FR", Some(250_000), Lang::En).await;
    let palestinian = member(db, AuthorityKind::Municipality, "PS", Some(200_000), Lang::Ar).await;
    let waived = member(db, AuthorityKind::Association, "JO", None, Lang::Ar).await;
    let without_band = member(db, AuthorityKind::Regional, "MA", None, Lang::Fr).await;
    let withdrawn = member(db, AuthorityKind::Municipality, "ES", Some(9_000), Lang::En).await;
    let mut row = member::Entity::find_by_id(withdrawn).one(db).await.unwrap().unwrap().into_active_model();
    row.status = Set(MemberStatus::Withdrawn);
    row.update(db).await.unwrap();
    let waiver = WaiverInput {
        member_id: waived.to_string(),
        percent_due: "50".into(),
        from_year: "2026".into(),
        until_year: "2028".into(),
        reason: "Reconstruction after the floods".into(),
    };
    finance::add_waiver(db, &finance_officer(), &WaiverFields::parse(&waiver).unwrap()).await.unwrap();
    let schedule = schedule_with_bands(db, "2027").await;
    assert_eq!(schedule.currency, "EUR");

    let issued = finance::issue_calls(db, &finance_officer(), schedule.id, None).await.unwrap();
    assert_eq!(issued.numbers, ["2027-0001", "2027-0002", "2027-0003", "2027-0004"]);
    assert_eq!(issued.without_band.len(), 1, "the regional member has no band");
    let calls = calls_of(db, 2027).await;
    let by_member = |id: i32| calls.iter().find(|c| c.member_id == id).unwrap();
    assert_eq!(by_member(small).amount_minor, 100_000);
    assert_eq!(by_member(large).amount_minor, 250_000);
    assert_eq!(by_member(palestinian).amount_minor, 0, "Palestinian members are exempt under this schedule");
    assert_eq!(by_member(palestinian).status, InvoiceStatus::Settled);
    assert_eq!(by_member(waived).amount_minor, 25_025, "half of 500.50, rounded down");
    assert!(by_member(waived).basis.contains("Reconstruction after the floods"));
    assert!(calls.iter().all(|c| c.member_id != without_band && c.member_id != withdrawn));
    assert_eq!(by_member(small).language, Lang::Fr);
    assert!(by_member(small).basis.contains("1\u{202f}000,00\u{a0}EUR"), "{}", by_member(small).basis);

    // The French focal point's email, in French, names the invoice and links to it.
    let mail = outbox::Entity::find()
        .filter(outbox::Column::ToEmail.eq(format!("focal{small}@members.test")))
        .one(db)
        .await
        .unwrap()
        .unwrap();
    assert!(
        mail.subject.contains("Appel de cotisation 2027") && mail.subject.contains("2027-0001"),
        "{}",
        mail.subject
    );
    assert!(mail.body_text.contains(&format!("https://sumud.test/finance/members/{small}")), "{}", mail.body_text);

    let locked = schedule::Entity::find_by_id(schedule.id).one(db).await.unwrap().unwrap();
    assert!(locked.locked_at.is_some());
    let audited = audit_event::Entity::find()
        .filter(audit_event::Column::Action.eq("finance.call_issued"))
        .count(db)
        .await
        .unwrap();
    assert_eq!(audited, 4);

    // Issuing again issues nothing twice.
    let emails = outbox::Entity::find().count(db).await.unwrap();
    let again = finance::issue_calls(db, &finance_officer(), schedule.id, None).await.unwrap();
    assert!(again.numbers.is_empty());
    assert_eq!(again.already, 4);
    assert_eq!(calls_of(db, 2027).await.len(), 4);
    assert_eq!(outbox::Entity::find().count(db).await.unwrap(), emails);

    // One member alone: an inactive one is refused.
    let refused = finance::issue_calls(db, &finance_officer(), schedule.id, Some(withdrawn)).await;
    assert!(matches!(refused, Err(ServiceError::Invalid { field: "member_id", .. })), "{refused:?}");

    // The invoice as printed: in French words, with the payment instructions and the reference.
    let page = finance::invoice_page(db, by_member(small).id, InvoiceReader::Office).await.unwrap();
    assert_eq!(page.language, Lang::Fr);
    assert_eq!(page.amount_in_words, "En toutes lettres : mille EUR.");
    assert!(page.payment_instructions.contains("IBAN FR76"));
    assert!(page.may_correct);
    let arabic = finance::invoice_page(db, by_member(waived).id, InvoiceReader::Office).await.unwrap();
    assert_eq!(arabic.line.amount, "250.25\u{a0}EUR");
    assert!(arabic.amount_in_words.contains("مئتان وخمسون"), "{}", arabic.amount_in_words);
}

async fn a_locked_schedule_changes_by_a_new_version(db: &DatabaseConnection) {
    member(db, AuthorityKind::Municipality, "FR", Some(5_000), Lang::Fr).await;
    let first = schedule_with_bands(db, "2028").await;
    finance::issue_calls(db, &finance_officer(), first.id, None).await.unwrap();
    let band = BandFields::parse(
        &BandInput { kind: "village_council".into(), population_max: String::new(), amount: "100".into() },
        "EUR",
    )
    .unwrap();
    let refused = finance::add_band(db, &finance_officer(), first.id, &band).await;
    assert!(matches!(refused, Err(ServiceError::Conflict { key: "error-schedule-locked" })), "{refused:?}");
    let fields = ScheduleFields::parse(&schedule_input("2028", "10")).unwrap();
    let refused = finance::update_schedule(db, &finance_officer(), first.id, &fields).await;
    assert!(matches!(refused, Err(ServiceError::Conflict { .. })));

    let second = finance::create_schedule(db, &finance_officer(), &fields).await.unwrap();
    assert_eq!((second.year, second.version), (2028, 2));
    let view = finance::schedule_page(db, second.id, Lang::En).await.unwrap();
    assert_eq!(view.bands.len(), 3, "the new version starts from the bands of the last");
    assert!(!view.locked);
    finance::add_band(db, &finance_officer(), second.id, &band).await.unwrap();
    let superseded = finance::issue_calls(db, &finance_officer(), first.id, None).await;
    assert!(matches!(superseded, Err(ServiceError::Conflict { key: "error-schedule-superseded" })));
    let old = finance::schedule_page(db, first.id, Lang::En).await.unwrap();
    assert!(old.superseded && old.locked && old.calls_issued == 1);
}

async fn a_credit_note_cancels_a_call_and_a_new_one_takes_the_next_number(db: &DatabaseConnection) {
    let first = member(db, AuthorityKind::Municipality, "FR", Some(5_000), Lang::Fr).await;
    member(db, AuthorityKind::Municipality, "BE", Some(5_000), Lang::Fr).await;
    let schedule = schedule_with_bands(db, "2029").await;
    finance::issue_calls(db, &finance_officer(), schedule.id, None).await.unwrap();
    let call = calls_of(db, 2029).await.into_iter().find(|c| c.member_id == first).unwrap();
    assert_eq!(call.number, "2029-0001");

    let note = finance::credit_note(db, &finance_officer(), call.id, "Wrong population band").await.unwrap();
    assert_eq!((note.number.as_str(), note.kind, note.amount_minor), ("2029-0003", InvoiceKind::CreditNote, -100_000));
    assert_eq!(note.corrects_id, Some(call.id));
    let cancelled = invoice::Entity::find_by_id(call.id).one(db).await.unwrap().unwrap();
    assert_eq!(cancelled.status, InvoiceStatus::Cancelled);
    assert_eq!(cancelled.amount_minor, call.amount_minor, "the call itself is never edited");
    let twice = finance::credit_note(db, &finance_officer(), call.id, "Again").await;
    assert!(matches!(twice, Err(ServiceError::Conflict { key: "error-invoice-not-open" })));
    let page = finance::invoice_page(db, call.id, InvoiceReader::Office).await.unwrap();
    assert_eq!(page.corrected_by, vec![(note.id, "2029-0003".to_string())]);
    assert!(!page.may_correct);

    let reissued = finance::issue_calls(db, &finance_officer(), schedule.id, Some(first)).await.unwrap();
    assert_eq!(reissued.numbers, ["2029-0004"]);
}

async fn numbers_have_no_gaps_when_issuers_race(db: &DatabaseConnection) {
    let mut members = Vec::new();
    for _ in 0..8 {
        members.push(member(db, AuthorityKind::Municipality, "FR", Some(5_000), Lang::En).await);
    }
    let schedule = schedule_with_bands(db, "2030").await;
    // Eight issuers at once on separate connections of the pool, as two server processes would.
    let issuers = members.iter().map(|&id| {
        let db = db.clone();
        tokio::spawn(async move { finance::issue_calls(&db, &finance_officer(), schedule.id, Some(id)).await })
    });
    for issuer in issuers.collect::<Vec<_>>() {
        issuer.await.unwrap().unwrap();
    }
    let sequences: Vec<i32> = calls_of(db, 2030).await.iter().map(|c| c.sequence).collect();
    assert_eq!(sequences, (1..=8).collect::<Vec<_>>());
    // A refused issue (a stale schedule) takes no number: the next call still follows on.
    let second =
        finance::create_schedule(db, &finance_officer(), &ScheduleFields::parse(&schedule_input("2030", "0")).unwrap())
            .await
            .unwrap();
    assert!(finance::issue_calls(db, &finance_officer(), schedule.id, None).await.is_err());
    let newcomer = member(db, AuthorityKind::Municipality, "FR", Some(5_000), Lang::En).await;
    let issued = finance::issue_calls(db, &finance_officer(), second.id, Some(newcomer)).await.unwrap();
    assert_eq!(issued.numbers, ["2030-0009"]);
}

async fn a_focal_point_reads_its_own_members_invoices_only(db: &DatabaseConnection) {
    let own = member(db, AuthorityKind::Municipality, "FR", Some(5_000), Lang::Fr).await;
    let other = member(db, AuthorityKind::Municipality, "FR", Some(5_000), Lang::En).await;
    let schedule = schedule_with_bands(db, "2031").await;
    finance::issue_calls(db, &finance_officer(), schedule.id, None).await.unwrap();
    let calls = calls_of(db, 2031).await;
    let others = calls.iter().find(|c| c.member_id == other).unwrap();
    let mine = calls.iter().find(|c| c.member_id == own).unwrap();
    let reader = InvoiceReader::FocalPoint { member_id: own };
    assert!(matches!(finance::invoice_page(db, others.id, reader).await, Err(ServiceError::NotFound)));
    let page = finance::invoice_page(db, mine.id, reader).await.unwrap();
    assert!(!page.may_correct, "a focal point never cancels an invoice");
    let (_, lines) = finance::member_invoices(db, own, Lang::Fr).await.unwrap();
    assert_eq!(lines.iter().map(|l| l.number.as_str()).collect::<Vec<_>>(), [mine.number.as_str()]);
}

#[test]
fn amounts_parse_as_people_type_them() {
    for (typed, digits, minor) in [
        ("1500", 2, Some(150_000)),
        ("1 500,50", 2, Some(150_050)),
        ("1,500.50", 2, Some(150_050)),
        ("1.500,5", 2, Some(150_050)),
        ("1,500", 2, Some(150_000)),
        ("1500.250", 3, Some(1_500_250)),
        ("1.500", 0, Some(1_500)),
        ("-5", 2, None),
        ("12abc", 2, None),
        ("", 2, None),
        ("1.505", 2, Some(150_500)),
        ("99999999999999", 2, None),
    ] {
        assert_eq!(parse_amount(typed, digits), minor, "{typed:?}");
    }
}

#[test]
fn refused_schedules_bands_and_waivers_name_their_fields() {
    let bad = ScheduleInput {
        year: "1999".into(),
        currency: "EURO".into(),
        due_on: "31/03/2027".into(),
        palestinian_percent: "150".into(),
        payment_instructions: " ".into(),
    };
    let fields: Vec<&str> = ScheduleFields::parse(&bad).unwrap_err().iter().map(|p| p.field).collect();
    assert_eq!(fields, ["year", "currency", "due_on", "palestinian_percent", "payment_instructions"]);
    let band = BandInput { kind: "kingdom".into(), population_max: "-3".into(), amount: "lots".into() };
    let fields: Vec<&str> = BandFields::parse(&band, "EUR").unwrap_err().iter().map(|p| p.field).collect();
    assert_eq!(fields, ["kind", "population_max", "amount"]);
    let waiver = WaiverInput {
        member_id: "1".into(),
        percent_due: "20".into(),
        from_year: "2029".into(),
        until_year: "2027".into(),
        reason: String::new(),
    };
    let fields: Vec<&str> = WaiverFields::parse(&waiver).unwrap_err().iter().map(|p| p.field).collect();
    assert_eq!(fields, ["until_year", "reason"]);
}
