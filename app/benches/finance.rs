//! The finance area under load, timed in-process against a real database (SQLite by default,
//! `BENCH_DB=postgres` for PostgreSQL): issuing the year's calls for 5,000 members with every
//! email queued, importing and matching a 10,000-line bank statement, and the dashboard of a
//! year among 20,000 invoices. Prints each figure.
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
    let mut times = Vec::new();
    for _ in 0..30 {
        let started = Instant::now();
        let dashboard = finance::dashboard(db, Some(year), today, Lang::Fr).await.unwrap();
        times.push(started.elapsed());
        assert_eq!(dashboard.by_currency[0].calls, u64::from(MEMBERS));
    }
    let invoices = {
        use sea_orm::{EntityTrait, PaginatorTrait};
        app::finance::entities::invoice::Entity::find().count(db).await.unwrap()
    };
    println!(
        "the dashboard of a year among {invoices} invoices: p50 {:.1} ms (30 reads)",
        median(times).as_secs_f64() * 1000.0
    );
    test.drop_database().await;
}
