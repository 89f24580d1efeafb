//! The finance area under load, timed in-process against a real database (SQLite by default,
//! `BENCH_DB=postgres` for PostgreSQL): issuing the year's calls for 5,000 members with every
//! email queued, importing and matching a 10,000-line bank statement, and the dashboard of a
//! year among 20,000 invoices, and Stripe's webhook events delivered twice each to two servers
//! at once (none lost, none doubled). Prints each figure.
//!
//! `cargo bench -p app --features ssr --bench finance`
#![allow(clippy::unwrap_used)]
use app::finance::bank_files::read_csv;
use app::finance::service as finance;
use app::finance::{
    BandFields, BandInput, MappingFields, MappingInput, ScheduleFields, ScheduleInput, StatementFormat,
};
use app::i18n::Lang;
use app::membership::AuthorityKind;
use std::time::{Duration, Instant};

const MEMBERS: u32 = 5_000;
const STATEMENT_LINES: usize = 10_000;
const WEBHOOK_EVENTS: usize = 2_000;
/// Three earlier years make 15,000 invoices; the measured year adds 5,000.
const FIRST_YEAR: i32 = 2060;

async fn schedule(db: &sea_orm::DatabaseConnection, context: &app::server::RequestContext, year: i32) -> i32 {
    use app::domain::Choice;
    let input = ScheduleInput {
        year: year.to_string(),
        currency: "EUR".into(),
        due_on: format!("{year}-03-31"),
        palestinian_percent: "0".into(),
        payment_instructions: "Sumud network\nIBAN FR76 3000 6000 0112 3456 7890 189".into(),
    };
    let row = finance::create_schedule(db, context, &ScheduleFields::parse(&input).unwrap()).await.unwrap();
    for kind in AuthorityKind::ALL {
        let band = BandInput { kind: kind.as_str().into(), population_max: String::new(), amount: "1200".into() };
        finance::add_band(db, context, row.id, &BandFields::parse(&band, "EUR").unwrap()).await.unwrap();
    }
    row.id
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let backend = match std::env::var("BENCH_DB").as_deref() {
        Ok("postgres") => testing::Backend::Postgres,
        _ => testing::Backend::Sqlite,
    };
    let test = testing::TestDb::new(backend).await;
    let db = &test.db;
    let context = testing::context("finance@sumud.test", "Finance", "https://sumud.test");
    app::membership::service::insert_sample_members(db, MEMBERS).await.unwrap();
    for year in FIRST_YEAR..FIRST_YEAR + 3 {
        let id = schedule(db, &context, year).await;
        finance::issue_calls(db, &context, id, None).await.unwrap();
    }

    let year = FIRST_YEAR + 3;
    let id = schedule(db, &context, year).await;
    let started = Instant::now();
    let issued = finance::issue_calls(db, &context, id, None).await.unwrap();
    let issuing = started.elapsed();
    println!(
        "issuing the year's calls for {MEMBERS} members ({} issued, an email queued each): {:.2} s",
        issued.numbers.len(),
        issuing.as_secs_f64()
    );

    // Half the lines pay a call by the number they quote, half are gifts that quote none.
    let mapping = MappingFields::parse(&MappingInput {
        name: "Bench bank".into(),
        delimiter: "semicolon".into(),
        date_column: "Date".into(),
        date_order: "dmy".into(),
        amount_column: "Montant".into(),
        default_currency: "EUR".into(),
        payer_column: "Payeur".into(),
        reference_column: "Référence".into(),
        ..Default::default()
    })
    .unwrap();
    let mapping = finance::save_mapping(db, &context, &mapping).await.unwrap();
    let mut csv = String::from("Date;Payeur;Référence;Montant\n");
    for (i, number) in issued.numbers.iter().cycle().take(STATEMENT_LINES).enumerate() {
        if i % 2 == 0 {
            csv.push_str(&format!("15/02/{year};Trésor public {i};COTISATION {number};600,00\n"));
        } else {
            csv.push_str(&format!("16/02/{year};Donateur {i};DON {i};25,00\n"));
        }
    }
    let started = Instant::now();
    let lines = read_csv(&csv, &mapping).unwrap();
    let read = started.elapsed();
    let imported = finance::import_statement(db, &context, "bench.csv", StatementFormat::Csv, Some(mapping.id), lines)
        .await
        .unwrap();
    let total = started.elapsed();
    println!(
        "a {STATEMENT_LINES}-line statement ({} KiB): read {:.3} s, imported and matched ({} recorded, {} paid a call) {:.2} s in all",
        csv.len() / 1024,
        read.as_secs_f64(),
        imported.added,
        imported.matched,
        total.as_secs_f64()
    );
    let started = Instant::now();
    let again = finance::import_statement(
        db,
        &context,
        "bench.csv",
        StatementFormat::Csv,
        Some(mapping.id),
        read_csv(&csv, &mapping).unwrap(),
    )
    .await
    .unwrap();
    println!(
        "the same statement again: {} recorded, {} already imported, {:.2} s",
        again.added,
        again.duplicates,
        started.elapsed().as_secs_f64()
    );

    let today = chrono::NaiveDate::from_ymd_opt(year, 6, 1).unwrap();
    let mut computed = Vec::new();
    for _ in 0..5 {
        let started = Instant::now();
        let dashboard = finance::dashboard(db, Some(year), today, Lang::Fr).await.unwrap();
        computed.push(started.elapsed());
        assert_eq!(dashboard.by_currency[0].calls, u64::from(MEMBERS));
    }
    // As finance reads it: the copy kept until an invoice, a payment or a member changes.
    let copies = finance::DashboardCopies::default();
    let mut times = Vec::new();
    for _ in 0..30 {
        let started = Instant::now();
        let dashboard = copies.dashboard(db, Some(year), today, Lang::Fr).await.unwrap();
        let _page = app::finance::FinanceDashboard::clone(&dashboard);
        times.push(started.elapsed());
        assert_eq!(dashboard.by_currency[0].calls, u64::from(MEMBERS));
    }
    let invoices = {
        use sea_orm::{EntityTrait, PaginatorTrait};
        app::finance::entities::invoice::Entity::find().count(db).await.unwrap()
    };
    println!(
        "the dashboard of a year among {invoices} invoices: p50 {:.1} ms (30 reads, kept until something it shows changes); computed afresh {:.0} ms (median of 5)",
        median(times).as_secs_f64() * 1000.0,
        median(computed).as_secs_f64() * 1000.0
    );
    webhooks(&test.url, db).await;
    test.drop_database().await;
}

/// Signed events paying the first year's calls, each delivered to two "servers" (each with its
/// own connection pool, as two processes would have) by eight senders each: what a burst from
/// Stripe with its retries looks like. Counts what was recorded.
async fn webhooks(url: &str, db: &sea_orm::DatabaseConnection) {
    use app::finance::entities::{card_checkout, invoice, payment, stripe_event};
    use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QuerySelect};
    use std::sync::Arc;
    use testing::stripe as fake;
    let calls: Vec<(i32, String)> = invoice::Entity::find()
        .filter(invoice::Column::Year.eq(FIRST_YEAR))
        .select_only()
        .column(invoice::Column::Id)
        .column(invoice::Column::Number)
        .limit(WEBHOOK_EVENTS as u64)
        .into_tuple()
        .all(db)
        .await
        .unwrap();
    // The sessions Sumud opened for them, as "Pay by card" records each.
    let opened = calls.iter().enumerate().map(|(i, (id, _))| card_checkout::ActiveModel {
        session_id: Set(format!("cs_bench_{i}")),
        invoice_id: Set(*id),
        amount_minor: Set(120_000),
        currency: Set("EUR".into()),
        created_at: Set(chrono::Utc::now()),
        created_by: Set("bench".into()),
        ..Default::default()
    });
    card_checkout::Entity::insert_many(opened).exec(db).await.unwrap();
    let numbers: Vec<String> = calls.into_iter().map(|(_, number)| number).collect();
    let deliveries: Arc<Vec<(String, String)>> = Arc::new(
        numbers
            .iter()
            .enumerate()
            .map(|(i, number)| {
                let session = fake::checkout_session(&format!("cs_bench_{i}"), number, 120_000, "eur", true);
                let payload = fake::event(&format!("evt_bench_{i}"), "checkout.session.completed", &session);
                let signature = fake::signature(&payload, fake::WEBHOOK_SECRET, 0);
                (payload, signature)
            })
            .collect(),
    );
    let gateway = Arc::new(finance::CardGateway::new(fake::SECRET_KEY, fake::WEBHOOK_SECRET, None).unwrap());
    let stripe = Arc::new(testing::context("stripe@sumud.test", "Stripe", "https://sumud.test"));
    let started = Instant::now();
    let mut senders = Vec::new();
    for _server in 0..2 {
        let pool = app::server::database::connect(url).await.unwrap();
        for sender in 0..8 {
            let (pool, deliveries, gateway, stripe) =
                (pool.clone(), deliveries.clone(), gateway.clone(), stripe.clone());
            senders.push(tokio::spawn(async move {
                for (payload, signature) in deliveries.iter().skip(sender).step_by(8) {
                    let event = gateway.verify(payload, signature).unwrap();
                    finance::handle_stripe_event(&pool, &stripe, &event).await.unwrap();
                }
            }));
        }
    }
    for sender in senders {
        sender.await.unwrap();
    }
    let elapsed = started.elapsed();
    let recorded = payment::Entity::find()
        .filter(payment::Column::Method.eq(app::finance::PaymentMethod::Card))
        .count(db)
        .await
        .unwrap();
    let events = stripe_event::Entity::find().count(db).await.unwrap();
    assert_eq!((recorded, events), (numbers.len() as u64, numbers.len() as u64), "none lost, none doubled");
    println!(
        "{} Stripe events, each delivered to two servers at once: {:.0} events/s ({} payments recorded, {} events kept)",
        numbers.len(),
        numbers.len() as f64 / elapsed.as_secs_f64(),
        recorded,
        events
    );
}
