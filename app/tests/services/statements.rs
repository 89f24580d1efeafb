//! Bank statements, the finance dashboard and the public totals on SQLite and PostgreSQL: a
//! statement (CSV through its bank's mapping, or camt.053) records each payment once however
//! often it is imported and pays the calls its references quote; the dashboard, the exports and
//! the public's totals add up what was called, paid, left and waived.
use super::finance::{call_of, finance_officer, member, schedule_with_bands};
use app::audit::entity as audit_event;
use app::finance::bank_files::{read_camt053, read_csv};
use app::finance::entities::payment;
use app::finance::service as finance;
use app::finance::{InvoiceStatus, MappingFields, MappingInput, PaymentStatus, StatementFormat};
use app::i18n::Lang;
use app::membership::AuthorityKind;
use chrono::NaiveDate;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter};

testing::on_both_databases!(
    a_csv_statement_pays_calls_once_however_often_it_is_imported,
    a_camt053_statement_pays_a_call_and_a_second_import_adds_nothing,
    the_dashboard_exports_and_public_totals_add_up,
    signed_in_readers_list_members_by_standing,
    open_calls_are_recalled_once_before_and_once_after_their_due_date,
    doubtful_lines_wait_for_finance,
    the_dashboard_is_kept_until_an_invoice_a_payment_or_the_day_changes,
);

fn bank_mapping() -> MappingFields {
    MappingFields::parse(&MappingInput {
        name: "Crédit Agricole — dues".into(),
        delimiter: "semicolon".into(),
        date_column: "Date".into(),
        date_order: "dmy".into(),
        amount_column: "Montant".into(),
        currency_column: String::new(),
        default_currency: "eur".into(),
        payer_column: "Libellé".into(),
        reference_column: "Référence".into(),
    })
    .unwrap()
}

async fn payments(db: &DatabaseConnection) -> u64 {
    payment::Entity::find().count(db).await.unwrap()
}

async fn a_csv_statement_pays_calls_once_however_often_it_is_imported(db: &DatabaseConnection) {
    let lyon = member(db, AuthorityKind::Municipality, "FR", Some(5_000), Lang::Fr).await;
    let tangier = member(db, AuthorityKind::Municipality, "MA", Some(5_000), Lang::Fr).await;
    let schedule = schedule_with_bands(db, "2037").await;
    finance::issue_calls(db, &finance_officer(), schedule.id, None).await.unwrap();
    let (lyon_call, tangier_call) = (call_of(db, lyon, 2037).await, call_of(db, tangier, 2037).await);

    // Saving the mapping twice under its name corrects it: one mapping.
    let mut fields = bank_mapping();
    fields.date_order = app::finance::DateOrder::Ymd;
    let first = finance::save_mapping(db, &finance_officer(), &fields).await.unwrap();
    let mapping = finance::save_mapping(db, &finance_officer(), &bank_mapping()).await.unwrap();
    assert_eq!(first.id, mapping.id);
    assert_eq!(finance::statements_page(db).await.unwrap().mappings.len(), 1);

    let text = format!(
        "Date;Libellé;Référence;Montant\n\
         03/02/2037;VILLE DE LYON TRESOR PUBLIC;COTISATION {};1 000,00\n\
         04/02/2037;Commune de Tanger;Dues {} first half;500,00\n\
         04/02/2037;Frais de tenue de compte;;-12,00\n\
         05/02/2037;Association des amis;DON;25,00\n",
        lyon_call.number, tangier_call.number
    );
    let lines = read_csv(&text, &mapping).unwrap();
    assert_eq!(lines.len(), 3, "the debit is left out");
    let imported = finance::import_statement(
        db,
        &finance_officer(),
        "releve-fevrier.csv",
        StatementFormat::Csv,
        Some(mapping.id),
        lines,
    )
    .await
    .unwrap();
    assert_eq!((imported.lines, imported.added, imported.matched, imported.duplicates), (3, 3, 2, 0));
    assert_eq!(call_of(db, lyon, 2037).await.status, InvoiceStatus::Paid);
    let half = finance::invoice_page(db, tangier_call.id, finance::InvoiceReader::Office, None).await.unwrap();
    // In the invoice's language: the member's focal point writes French.
    assert_eq!((half.line.status, half.outstanding.as_deref()), (InvoiceStatus::Open, Some("500,00\u{a0}EUR")));
    let waiting = finance::payments_page(db, Lang::En).await.unwrap();
    assert_eq!(waiting.awaiting.iter().map(|p| p.payer.as_str()).collect::<Vec<_>>(), ["Association des amis"]);
    let recorded = payments(db).await;
    assert_eq!(recorded, 3);
    let from_statement =
        payment::Entity::find().filter(payment::Column::StatementId.eq(imported.id)).count(db).await.unwrap();
    assert_eq!(from_statement, 3);

    // The same file again adds nothing, pays nothing twice.
    let again = finance::import_statement(
        db,
        &finance_officer(),
        "releve-fevrier.csv",
        StatementFormat::Csv,
        Some(mapping.id),
        read_csv(&text, &mapping).unwrap(),
    )
    .await
    .unwrap();
    assert_eq!((again.added, again.matched, again.duplicates), (0, 0, 3));
    assert_eq!(payments(db).await, recorded);
    let page = finance::statements_page(db).await.unwrap();
    assert_eq!(page.statements.iter().map(|s| s.id).collect::<Vec<_>>(), [again.id, imported.id]);
    let audited = audit_event::Entity::find()
        .filter(audit_event::Column::Action.eq("finance.statement_imported"))
        .count(db)
        .await
        .unwrap();
    assert_eq!(audited, 2);
}

async fn a_camt053_statement_pays_a_call_and_a_second_import_adds_nothing(db: &DatabaseConnection) {
    let amman = member(db, AuthorityKind::Municipality, "JO", Some(5_000), Lang::Ar).await;
    let schedule = schedule_with_bands(db, "2039").await;
    finance::issue_calls(db, &finance_officer(), schedule.id, None).await.unwrap();
    let call = call_of(db, amman, 2039).await;
    let xml = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><Stmt>
<Acct><Id><IBAN>FR7630006000011234567890189</IBAN></Id></Acct>
<Ntry><Amt Ccy="EUR">1000.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2039-02-10</Dt></BookgDt>
<AcctSvcrRef>20390210-0001</AcctSvcrRef><NtryDtls><TxDtls><RltdPties><Dbtr><Nm>Greater Amman Municipality</Nm></Dbtr></RltdPties>
<RmtInf><Ustrd>SUMUD {}</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
<Ntry><Amt Ccy="JOD">250.000</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2039-02-11</Dt></BookgDt>
<AcctSvcrRef>20390211-0002</AcctSvcrRef><AddtlNtryInf>Hebron twinning gift</AddtlNtryInf></Ntry>
<Ntry><Amt Ccy="EUR">9.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><BookgDt><Dt>2039-02-11</Dt></BookgDt></Ntry>
</Stmt></BkToCstmrStmt></Document>"#,
        call.number
    );
    let import = || async {
        finance::import_statement(
            db,
            &finance_officer(),
            "camt053.xml",
            StatementFormat::Camt053,
            None,
            read_camt053(&xml).unwrap(),
        )
        .await
        .unwrap()
    };
    let first = import().await;
    assert_eq!((first.lines, first.added, first.matched), (2, 2, 1));
    assert_eq!(call_of(db, amman, 2039).await.status, InvoiceStatus::Paid);
    let gift = payment::Entity::find()
        .filter(payment::Column::Status.eq(PaymentStatus::Unmatched))
        .one(db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!((gift.amount_minor, gift.currency.as_str()), (250_000, "JOD"));
    assert_eq!(gift.received_on, NaiveDate::from_ymd_opt(2039, 2, 11).unwrap());
    let second = import().await;
    assert_eq!((second.added, second.duplicates), (0, 2));
    assert_eq!(payments(db).await, 2);
}

async fn the_dashboard_exports_and_public_totals_add_up(db: &DatabaseConnection) {
    let lyon = member(db, AuthorityKind::Municipality, "FR", Some(5_000), Lang::Fr).await;
    let tangier = member(db, AuthorityKind::Municipality, "MA", Some(5_000), Lang::Fr).await;
    let hebron = member(db, AuthorityKind::Municipality, "PS", Some(5_000), Lang::Ar).await;
    let schedule = schedule_with_bands(db, "2038").await;
    finance::issue_calls(db, &finance_officer(), schedule.id, None).await.unwrap();
    let mapping = finance::save_mapping(db, &finance_officer(), &bank_mapping()).await.unwrap();
    let text = format!(
        "Date;Libellé;Référence;Montant\n01/03/2038;Lyon;{};1000\n02/03/2038;Tanger;{};500\n",
        call_of(db, lyon, 2038).await.number,
        call_of(db, tangier, 2038).await.number
    );
    let lines = read_csv(&text, &mapping).unwrap();
    finance::import_statement(db, &finance_officer(), "mars.csv", StatementFormat::Csv, Some(mapping.id), lines)
        .await
        .unwrap();

    let after_due = NaiveDate::from_ymd_opt(2038, 6, 1).unwrap();
    let dashboard = finance::dashboard(db, Some(2038), after_due, Lang::En).await.unwrap();
    assert_eq!(dashboard.years, [2038]);
    let eur = &dashboard.by_currency[0];
    assert_eq!(
        (
            eur.label.as_str(),
            eur.calls,
            eur.called.as_str(),
            eur.paid.as_str(),
            eur.outstanding.as_str(),
            eur.waived.as_str()
        ),
        ("EUR", 3, "2,000.00\u{a0}EUR", "1,500.00\u{a0}EUR", "500.00\u{a0}EUR", "1,000.00\u{a0}EUR")
    );
    let countries: Vec<(&str, &str)> =
        dashboard.by_country.iter().map(|l| (l.label.as_str(), l.outstanding.as_str())).collect();
    assert_eq!(
        countries,
        [("France", "0.00\u{a0}EUR"), ("Morocco", "500.00\u{a0}EUR"), ("Palestine", "0.00\u{a0}EUR")]
    );
    assert_eq!(dashboard.overdue.iter().map(|o| o.member_id).collect::<Vec<_>>(), [tangier]);
    let before_due = NaiveDate::from_ymd_opt(2038, 1, 1).unwrap();
    assert!(finance::dashboard(db, None, before_due, Lang::En).await.unwrap().overdue.is_empty());

    let public = finance::public_totals(db, Lang::Fr).await.unwrap();
    assert_eq!(public.len(), 1);
    assert_eq!(public[0].collected, ["1\u{202f}500,00\u{a0}EUR"]);
    assert_eq!((public[0].members_called, public[0].members_paying, public[0].members_exempt), (3, 2, 1));

    let invoices = String::from_utf8(finance::invoices_csv(db, Some(2038), Lang::Fr).await.unwrap()).unwrap();
    assert!(invoices.starts_with('\u{feff}'), "a byte order mark for spreadsheets");
    let hebron_row = invoices.lines().find(|l| l.contains(&format!(",{hebron},"))).unwrap();
    assert!(hebron_row.ends_with(",0.00,EUR,0.00,0.00,1000.00"), "{hebron_row}");
    let tangier_row = invoices.lines().find(|l| l.contains(&format!(",{tangier},"))).unwrap();
    assert!(tangier_row.ends_with(",1000.00,EUR,500.00,500.00,0.00"), "{tangier_row}");
    let payments_csv = String::from_utf8(finance::payments_csv(db, Some(2038), Lang::En).await.unwrap()).unwrap();
    assert_eq!(payments_csv.lines().count(), 3, "a heading and two payments: {payments_csv}");
    assert!(payments_csv.contains("2038-03-02,bank transfer,Matched,500.00,EUR,Tanger"), "{payments_csv}");
    let other_year = String::from_utf8(finance::payments_csv(db, Some(2037), Lang::En).await.unwrap()).unwrap();
    assert_eq!(other_year.lines().count(), 1);
}

#[test]
fn a_mapping_names_each_refused_field() {
    let refused = MappingFields::parse(&MappingInput {
        name: String::new(),
        delimiter: "pipe".into(),
        date_order: "dmy".into(),
        default_currency: "EURO".into(),
        ..Default::default()
    })
    .unwrap_err();
    let fields: Vec<&str> = refused.iter().map(|p| p.field).collect();
    assert_eq!(
        fields,
        ["name", "delimiter", "date_column", "amount_column", "default_currency", "payer_column", "reference_column"]
    );
}

async fn signed_in_readers_list_members_by_standing(db: &DatabaseConnection) {
    use app::membership::service::{directory, DirectoryIndex};
    use app::membership::DirectoryQuery;
    let lyon = member(db, AuthorityKind::Municipality, "FR", Some(5_000), Lang::Fr).await;
    let tangier = member(db, AuthorityKind::Municipality, "MA", Some(5_000), Lang::Fr).await;
    let schedule = schedule_with_bands(db, "2040").await;
    finance::issue_calls(db, &finance_officer(), schedule.id, None).await.unwrap();
    let yesterday = chrono::Utc::now().date_naive() - chrono::Duration::days(1);
    finance::set_grace_date(db, &finance_officer(), schedule.id, Some(yesterday)).await.unwrap();
    let mapping = finance::save_mapping(db, &finance_officer(), &bank_mapping()).await.unwrap();
    let text =
        format!("Date;Libellé;Référence;Montant\n01/03/2040;Lyon;{};1000\n", call_of(db, lyon, 2040).await.number);
    let lines = read_csv(&text, &mapping).unwrap();
    finance::import_statement(db, &finance_officer(), "mars.csv", StatementFormat::Csv, Some(mapping.id), lines)
        .await
        .unwrap();
    let index = DirectoryIndex::default();
    let listed = |standing: &'static str| {
        let index = &index;
        async move {
            let query = DirectoryQuery { standing: standing.into(), ..Default::default() };
            directory(db, index, &query, Lang::En).await.unwrap().entries.into_iter().map(|e| e.id).collect::<Vec<_>>()
        }
    };
    assert_eq!(listed("arrears").await, [tangier]);
    assert_eq!(listed("good").await, [lyon]);
    assert_eq!(listed("").await.len(), 2);
}

async fn open_calls_are_recalled_once_before_and_once_after_their_due_date(db: &DatabaseConnection) {
    use app::email::entity as outbox;
    let lyon = member(db, AuthorityKind::Municipality, "FR", Some(5_000), Lang::Fr).await;
    let tangier = member(db, AuthorityKind::Municipality, "MA", Some(5_000), Lang::Ar).await;
    let schedule = schedule_with_bands(db, "2041").await;
    finance::issue_calls(db, &finance_officer(), schedule.id, None).await.unwrap();
    let lyon_call = call_of(db, lyon, 2041).await;
    // Lyon pays half: its reminders say what is left.
    let mapping = finance::save_mapping(db, &finance_officer(), &bank_mapping()).await.unwrap();
    let text = format!("Date;Libellé;Référence;Montant\n01/03/2041;Lyon;{};500\n", lyon_call.number);
    let lines = read_csv(&text, &mapping).unwrap();
    finance::import_statement(db, &finance_officer(), "mars.csv", StatementFormat::Csv, Some(mapping.id), lines)
        .await
        .unwrap();
    let mail_to = |id: i32| async move {
        outbox::Entity::find()
            .filter(outbox::Column::ToEmail.eq(format!("focal{id}@members.test")))
            .all(db)
            .await
            .unwrap()
    };
    let before = mail_to(lyon).await.len();
    let context = finance_officer();
    let day = |d: u32| NaiveDate::from_ymd_opt(2041, 3, d).unwrap();
    let due = finance::Reminded { before_due: 2, overdue: 0 };
    assert_eq!(
        finance::send_dues_reminders(db, &context, day(10)).await.unwrap(),
        finance::Reminded::default(),
        "too early"
    );
    assert_eq!(finance::send_dues_reminders(db, &context, day(20)).await.unwrap(), due);
    assert_eq!(
        finance::send_dues_reminders(db, &context, day(21)).await.unwrap(),
        finance::Reminded::default(),
        "once"
    );
    let sent = mail_to(lyon).await;
    assert_eq!(sent.len(), before + 1);
    let reminder = sent.last().unwrap();
    assert!(
        reminder.subject.contains(&lyon_call.number) && reminder.subject.starts_with("Rappel"),
        "{}",
        reminder.subject
    );
    assert!(reminder.body_text.contains("500,00"), "{}", reminder.body_text);

    // Tangier pays in full; only Lyon hears that the date has passed, once.
    let tangier_call = call_of(db, tangier, 2041).await;
    let text = format!("Date;Libellé;Référence;Montant\n25/03/2041;Tanger;{};1000\n", tangier_call.number);
    let lines = read_csv(&text, &mapping).unwrap();
    finance::import_statement(db, &finance_officer(), "avril.csv", StatementFormat::Csv, Some(mapping.id), lines)
        .await
        .unwrap();
    let after = NaiveDate::from_ymd_opt(2041, 4, 2).unwrap();
    let overdue = finance::Reminded { before_due: 0, overdue: 1 };
    assert_eq!(finance::send_dues_reminders(db, &context, after).await.unwrap(), overdue);
    assert_eq!(finance::send_dues_reminders(db, &context, after).await.unwrap(), finance::Reminded::default());
    let last = mail_to(lyon).await.pop().unwrap();
    assert!(last.subject.contains("dépassé"), "{}", last.subject);
    assert_eq!(
        mail_to(tangier).await.iter().filter(|m| m.subject.contains("dépassé") || m.subject.contains("تجاوزت")).count(),
        0
    );
}

async fn doubtful_lines_wait_for_finance(db: &DatabaseConnection) {
    let lyon = member(db, AuthorityKind::Municipality, "FR", Some(5_000), Lang::Fr).await;
    let schedule = schedule_with_bands(db, "2042").await;
    finance::issue_calls(db, &finance_officer(), schedule.id, None).await.unwrap();
    let call = call_of(db, lyon, 2042).await;
    let typed = app::finance::TransferFields::parse(&app::finance::TransferInput {
        received_on: "2042-02-20".into(),
        amount: "25".into(),
        currency: "EUR".into(),
        payer: "Amis de Naplouse".into(),
        reference: "DON".into(),
    })
    .unwrap();
    let typed = finance::record_transfer(db, &finance_officer(), &typed).await.unwrap();
    let mapping = finance::save_mapping(db, &finance_officer(), &bank_mapping()).await.unwrap();
    // The transfer finance typed, one paying more than the call asks, and a batch quoting two.
    let text = format!(
        "Date;Libellé;Référence;Montant\n\
         20/02/2042;AMIS DE NAPLOUSE;DON;25,00\n\
         21/02/2042;Lyon;{};1 500,00\n\
         22/02/2042;Trésor;{} 2042-9999;10,00\n",
        call.number, call.number
    );
    let lines = read_csv(&text, &mapping).unwrap();
    let imported =
        finance::import_statement(db, &finance_officer(), "f.csv", StatementFormat::Csv, Some(mapping.id), lines)
            .await
            .unwrap();
    assert_eq!((imported.added, imported.matched), (3, 0));
    assert_eq!(call_of(db, lyon, 2042).await.status, InvoiceStatus::Open, "nothing paid it by itself");
    let page = finance::payments_page(db, Lang::En).await.unwrap();
    let twin = page.awaiting.iter().find(|p| p.payer == "AMIS DE NAPLOUSE").unwrap();
    assert!(twin.note.as_deref().unwrap_or_default().contains(&typed.id.to_string()), "{:?}", twin.note);
    let over = page.awaiting.iter().find(|p| p.payer == "Lyon").unwrap();
    assert_eq!(over.suggestion.as_deref(), Some(call.number.as_str()), "suggested, for finance to confirm");
}

async fn the_dashboard_is_kept_until_an_invoice_a_payment_or_the_day_changes(db: &DatabaseConnection) {
    use std::sync::Arc;
    let lyon = member(db, AuthorityKind::Municipality, "FR", Some(5_000), Lang::Fr).await;
    let schedule = schedule_with_bands(db, "2038").await;
    finance::issue_calls(db, &finance_officer(), schedule.id, None).await.unwrap();
    let call = call_of(db, lyon, 2038).await;
    let copies = finance::DashboardCopies::default();
    let today = NaiveDate::from_ymd_opt(2038, 6, 1).unwrap();
    let first = copies.dashboard(db, Some(2038), today, Lang::Fr).await.unwrap();
    assert_eq!(first.overdue.len(), 1);
    let again = copies.dashboard(db, Some(2038), today, Lang::Fr).await.unwrap();
    assert!(Arc::ptr_eq(&first, &again), "nothing changed: the kept copy");
    let english = copies.dashboard(db, Some(2038), today, Lang::En).await.unwrap();
    assert!(!Arc::ptr_eq(&first, &english), "each language its own copy");

    let transfer = super::finance::transfer("1000,00", "EUR", "Lyon", &call.number);
    finance::record_transfer(db, &finance_officer(), &transfer).await.unwrap();
    let paid = copies.dashboard(db, Some(2038), today, Lang::Fr).await.unwrap();
    assert!(paid.overdue.is_empty(), "a payment shows at once");
    let next_day = copies.dashboard(db, Some(2038), today.succ_opt().unwrap(), Lang::Fr).await.unwrap();
    assert!(!Arc::ptr_eq(&paid, &next_day), "computed again the next day");
}
