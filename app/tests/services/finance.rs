//! Finance on SQLite and PostgreSQL: schedules and their reductions, idempotent calls for dues,
//! numbers without gaps under concurrent issuers, credit notes, who reads an invoice.
use app::audit::entity as audit_event;
use app::email::entity as outbox;
use app::finance::entities::payment;
use app::finance::entities::{invoice, schedule};
use app::finance::service::{self as finance, InvoiceReader};
use app::finance::{
    parse_amount, BandFields, BandInput, InvoiceKind, InvoiceStatus, MatchInput, PaymentStatus, ScheduleFields,
    ScheduleInput, TransferFields, TransferInput, WaiverFields, WaiverInput,
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
    a_transfer_quoting_its_number_pays_the_call_with_a_final_invoice_and_receipts,
    an_overpayment_is_carried_to_the_next_call,
    a_payment_in_another_currency_is_matched_with_what_it_credited,
    standing_follows_the_grace_date_and_payment,
);

pub(super) fn finance_officer() -> RequestContext {
    testing::context("finance@sumud.test", "Finance Officer", "https://sumud.test")
}

/// A new active member with these traits; returns its id.
pub(super) async fn member(
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

pub(super) async fn schedule_with_bands(db: &DatabaseConnection, year: &str) -> schedule::Model {
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
    let page = finance::invoice_page(db, by_member(small).id, InvoiceReader::Office, None).await.unwrap();
    assert_eq!(page.language, Lang::Fr);
    assert_eq!(page.amount_in_words, "En toutes lettres : mille EUR.");
    assert!(page.payment_instructions.contains("IBAN FR76"));
    assert!(page.may_correct);
    let arabic = finance::invoice_page(db, by_member(waived).id, InvoiceReader::Office, None).await.unwrap();
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
    let page = finance::invoice_page(db, call.id, InvoiceReader::Office, None).await.unwrap();
    assert_eq!(page.related, vec![(note.id, "2029-0003".to_string(), InvoiceKind::CreditNote)]);
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
    assert!(matches!(finance::invoice_page(db, others.id, reader, None).await, Err(ServiceError::NotFound)));
    let page = finance::invoice_page(db, mine.id, reader, None).await.unwrap();
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

pub(super) fn transfer(amount: &str, currency: &str, payer: &str, reference: &str) -> TransferFields {
    TransferFields::parse(&TransferInput {
        received_on: "2026-11-20".into(),
        amount: amount.into(),
        currency: currency.into(),
        payer: payer.into(),
        reference: reference.into(),
    })
    .unwrap()
}

pub(super) async fn call_of(db: &DatabaseConnection, member_id: i32, year: i32) -> invoice::Model {
    calls_of(db, year).await.into_iter().find(|c| c.member_id == member_id && c.kind == InvoiceKind::Call).unwrap()
}

async fn a_transfer_quoting_its_number_pays_the_call_with_a_final_invoice_and_receipts(db: &DatabaseConnection) {
    let lyon = member(db, AuthorityKind::Municipality, "FR", Some(5_000), Lang::Fr).await;
    let tangier = member(db, AuthorityKind::Municipality, "MA", Some(5_000), Lang::Ar).await;
    let schedule = schedule_with_bands(db, "2032").await;
    finance::issue_calls(db, &finance_officer(), schedule.id, None).await.unwrap();
    let call = call_of(db, lyon, 2032).await;

    let paid = finance::record_transfer(
        db,
        &finance_officer(),
        &transfer("1000,00", "EUR", "VILLE DE LYON TRESOR PUBLIC", &format!("COTISATION {} SUMUD", call.number)),
    )
    .await
    .unwrap();
    assert_eq!((paid.status, paid.invoice_id, paid.member_id), (PaymentStatus::Matched, Some(call.id), Some(lyon)));
    assert_eq!(call_of(db, lyon, 2032).await.status, InvoiceStatus::Paid);
    let documents: Vec<(String, InvoiceKind)> = calls_of(db, 2032)
        .await
        .into_iter()
        .filter(|i| i.corrects_id == Some(call.id))
        .map(|i| (i.number, i.kind))
        .collect();
    assert_eq!(
        documents,
        [("2032-0003".to_string(), InvoiceKind::Final), ("2032-0004".to_string(), InvoiceKind::Receipt)]
    );

    // Two transfers of half each: open with what is left after the first, paid after the second.
    let half = call_of(db, tangier, 2032).await;
    let reference = format!("Dues {}", half.number);
    finance::record_transfer(db, &finance_officer(), &transfer("500", "EUR", "Tanger", &reference)).await.unwrap();
    let page = finance::invoice_page(db, half.id, InvoiceReader::Office, None).await.unwrap();
    assert_eq!(page.line.status, InvoiceStatus::Open);
    assert_eq!(page.outstanding.as_deref(), Some("500.00\u{a0}EUR"));
    assert_eq!(page.payments.len(), 1);
    finance::record_transfer(db, &finance_officer(), &transfer("500", "EUR", "Tanger", &reference)).await.unwrap();
    let page = finance::invoice_page(db, half.id, InvoiceReader::Office, None).await.unwrap();
    assert_eq!((page.line.status, page.outstanding), (InvoiceStatus::Paid, None));
    let receipts = page.related.iter().filter(|(_, _, kind)| *kind == InvoiceKind::Receipt).count();
    assert_eq!(receipts, 2, "a receipt for each payment");
    assert!(!page.may_correct);

    // A reference that quotes nothing waits for finance, who matches it by hand, once.
    let other =
        finance::record_transfer(db, &finance_officer(), &transfer("10", "EUR", "Unknown", "DON")).await.unwrap();
    assert_eq!(other.status, PaymentStatus::Unmatched);
    let waiting = finance::payments_page(db, Lang::En).await.unwrap();
    assert_eq!(waiting.awaiting.iter().map(|p| p.id).collect::<Vec<_>>(), [other.id]);
    assert_eq!(waiting.recent.len(), 3);
    let cancelled = MatchInput { invoice_number: "2032-9999".into(), ..Default::default() };
    let refused = finance::match_payment(db, &finance_officer(), other.id, &cancelled).await;
    assert!(matches!(refused, Err(ServiceError::Invalid { field: "invoice_number", .. })), "{refused:?}");
    assert_eq!(payment::Entity::find_by_id(other.id).one(db).await.unwrap().unwrap().status, PaymentStatus::Unmatched);
}

async fn an_overpayment_is_carried_to_the_next_call(db: &DatabaseConnection) {
    let lyon = member(db, AuthorityKind::Municipality, "FR", Some(5_000), Lang::En).await;
    let first = schedule_with_bands(db, "2033").await;
    finance::issue_calls(db, &finance_officer(), first.id, None).await.unwrap();
    let call = call_of(db, lyon, 2033).await;
    finance::record_transfer(db, &finance_officer(), &transfer("1,400.00", "EUR", "Lyon", &call.number)).await.unwrap();
    assert_eq!(call_of(db, lyon, 2033).await.status, InvoiceStatus::Paid);

    let next = schedule_with_bands(db, "2034").await;
    finance::issue_calls(db, &finance_officer(), next.id, None).await.unwrap();
    let carried = call_of(db, lyon, 2034).await;
    assert_eq!((carried.amount_minor, carried.credit_applied_minor), (100_000, 40_000));
    assert!(carried.basis.contains("400.00"), "{}", carried.basis);
    let page = finance::invoice_page(db, carried.id, InvoiceReader::Office, None).await.unwrap();
    assert_eq!(page.outstanding.as_deref(), Some("600.00\u{a0}EUR"));
    // The credit is spent: a third year's call takes none of it.
    let third = schedule_with_bands(db, "2035").await;
    finance::issue_calls(db, &finance_officer(), third.id, None).await.unwrap();
    assert_eq!(call_of(db, lyon, 2035).await.credit_applied_minor, 0);
}

async fn a_payment_in_another_currency_is_matched_with_what_it_credited(db: &DatabaseConnection) {
    let amman = member(db, AuthorityKind::Municipality, "JO", Some(5_000), Lang::Ar).await;
    let schedule = schedule_with_bands(db, "2036").await;
    finance::issue_calls(db, &finance_officer(), schedule.id, None).await.unwrap();
    let call = call_of(db, amman, 2036).await;
    let received =
        finance::record_transfer(db, &finance_officer(), &transfer("780.000", "JOD", "Greater Amman", &call.number))
            .await
            .unwrap();
    assert_eq!(received.status, PaymentStatus::Unmatched, "another currency waits for what it credited");
    let waiting = finance::payments_page(db, Lang::En).await.unwrap();
    assert_eq!(waiting.awaiting[0].suggestion.as_deref(), Some(call.number.as_str()));
    let without = MatchInput { invoice_number: call.number.clone(), ..Default::default() };
    let refused = finance::match_payment(db, &finance_officer(), received.id, &without).await;
    assert!(matches!(refused, Err(ServiceError::Invalid { field: "credited", .. })), "{refused:?}");
    let matching =
        MatchInput { invoice_number: call.number.clone(), credited: "1 000,00".into(), rate: "1,2821".into() };
    let matched = finance::match_payment(db, &finance_officer(), received.id, &matching).await.unwrap();
    assert_eq!((matched.credited_minor, matched.rate.as_deref()), (Some(100_000), Some("1.2821")));
    assert_eq!(call_of(db, amman, 2036).await.status, InvoiceStatus::Paid);
    let twice = finance::match_payment(db, &finance_officer(), received.id, &matching).await;
    assert!(matches!(twice, Err(ServiceError::Conflict { key: "error-payment-matched" })));
}

async fn standing_follows_the_grace_date_and_payment(db: &DatabaseConnection) {
    let late = member(db, AuthorityKind::Municipality, "FR", Some(5_000), Lang::Fr).await;
    let exempt = member(db, AuthorityKind::Municipality, "PS", Some(5_000), Lang::Ar).await;
    let standing = |id: i32| async move { app::membership::service::identity(db, id).await.unwrap().in_good_standing };
    let schedule = schedule_with_bands(db, "2026").await;
    finance::issue_calls(db, &finance_officer(), schedule.id, None).await.unwrap();
    assert!(standing(late).await, "no grace date yet");

    let yesterday = chrono::Utc::now().date_naive() - chrono::Duration::days(1);
    finance::set_grace_date(db, &finance_officer(), schedule.id, Some(yesterday)).await.unwrap();
    assert!(!standing(late).await, "unpaid after the grace date");
    assert!(standing(exempt).await, "nothing to pay, nothing owed");
    let profile = app::membership::service::profile(db, late, true).await.unwrap();
    assert!(!profile.in_good_standing);

    // Paying restores it at once.
    let call = call_of(db, late, 2026).await;
    finance::record_transfer(db, &finance_officer(), &transfer("1000", "EUR", "Villeurbanne", &call.number))
        .await
        .unwrap();
    assert!(standing(late).await);

    // A grace date passing while nobody acts: the sweep finds it.
    let other = member(db, AuthorityKind::Municipality, "FR", Some(5_000), Lang::En).await;
    let tomorrow = chrono::Utc::now().date_naive() + chrono::Duration::days(1);
    finance::set_grace_date(db, &finance_officer(), schedule.id, Some(tomorrow)).await.unwrap();
    finance::issue_calls(db, &finance_officer(), schedule.id, Some(other)).await.unwrap();
    assert!(standing(other).await);
    let changed = finance::sweep_arrears(db, tomorrow + chrono::Duration::days(1)).await.unwrap();
    assert_eq!(changed, 1);
    assert!(!standing(other).await);
    // A credit note cancels the dues: in order again.
    let call = call_of(db, other, 2026).await;
    finance::credit_note(db, &finance_officer(), call.id, "Joined late in the year").await.unwrap();
    assert!(standing(other).await);
    assert_eq!(finance::sweep_arrears(db, tomorrow + chrono::Duration::days(1)).await.unwrap(), 0);
}

#[test]
fn references_quote_invoice_numbers() {
    assert_eq!(finance::quoted_numbers("COTIS. 2027-0042/LYON"), ["2027-0042"]);
    assert_eq!(finance::quoted_numbers("2027-0001 2027-0002"), ["2027-0001", "2027-0002"]);
    assert!(finance::quoted_numbers("IBAN FR7620270042 12027-00421").is_empty());
    assert!(finance::quoted_numbers("رسوم 2027-004").is_empty());
}
