//! What finance reads of a year (called, paid, outstanding and waived by currency and by
//! country; overdue calls; payments to match or review), the public's yearly totals, and the
//! invoices and payments as CSV.
use super::payments::{credited_per_invoice, outstanding};
use super::*;
use crate::finance::entities::payment;
use crate::finance::{FinanceDashboard, OverdueLine, PaymentStatus, PublicDuesYear, TotalsLine};
use crate::server::counters::KeptCopy;
use crate::server::spreadsheet::SpreadsheetCsv;
use sea_orm::sea_query::Query;
use std::collections::BTreeMap;

/// What matched payments credited to each invoice of `year` (every year: `None`).
async fn credited_by_invoice(db: &impl ConnectionTrait, year: Option<i32>) -> ServiceResult<HashMap<i32, i64>> {
    let mut invoices = Query::select();
    invoices.column(invoice::Column::Id).from(invoice::Entity);
    if let Some(year) = year {
        invoices.and_where(invoice::Column::Year.eq(year));
    }
    let of_year = sea_orm::Condition::all().add(payment::Column::InvoiceId.in_subquery(invoices.to_owned()));
    credited_per_invoice(db, of_year).await
}

/// The calls for dues of `year` (every year: `None`) that were not cancelled.
async fn standing_calls(db: &impl ConnectionTrait, year: Option<i32>) -> ServiceResult<Vec<invoice::Model>> {
    let mut query = invoice::Entity::find()
        .filter(invoice::Column::Kind.eq(InvoiceKind::Call))
        .filter(invoice::Column::Status.ne(InvoiceStatus::Cancelled));
    if let Some(year) = year {
        query = query.filter(invoice::Column::Year.eq(year));
    }
    Ok(query.order_by_asc(invoice::Column::Sequence).all(db).await?)
}

/// Sums in minor units, before they are formatted.
#[derive(Default)]
struct Sums {
    calls: u64,
    called: i64,
    paid: i64,
    outstanding: i64,
    waived: i64,
}

impl Sums {
    fn add(&mut self, call: &invoice::Model, credited: i64) {
        self.calls += 1;
        self.called += call.amount_minor;
        // An overpayment is carried to the next call: it counts there, not here.
        self.paid += (call.credit_applied_minor + credited).min(call.amount_minor);
        if call.status == InvoiceStatus::Open {
            self.outstanding += outstanding(call, credited);
        }
        self.waived += call.waived_minor;
    }

    fn line(&self, lang: Lang, label: String, currency: &str) -> TotalsLine {
        TotalsLine {
            label,
            currency: currency.to_string(),
            calls: self.calls,
            called: money::format(lang, self.called, currency),
            paid: money::format(lang, self.paid, currency),
            outstanding: money::format(lang, self.outstanding, currency),
            waived: money::format(lang, self.waived, currency),
        }
    }
}

/// The years that have calls, newest first.
async fn call_years(db: &impl ConnectionTrait) -> ServiceResult<Vec<i32>> {
    let years: Vec<i32> = invoice::Entity::find()
        .filter(invoice::Column::Kind.eq(InvoiceKind::Call))
        .select_only()
        .column(invoice::Column::Year)
        .distinct()
        .order_by_desc(invoice::Column::Year)
        .into_tuple()
        .all(db)
        .await?;
    Ok(years)
}

/// The finance dashboard of `year` (the latest with calls when `None`).
///
/// # Errors
/// Database errors.
pub async fn dashboard(
    db: &impl ConnectionTrait,
    year: Option<i32>,
    today: chrono::NaiveDate,
    lang: Lang,
) -> ServiceResult<FinanceDashboard> {
    let years = call_years(db).await?;
    let year = year.or_else(|| years.first().copied()).unwrap_or_else(|| today.year());
    let calls = standing_calls(db, Some(year)).await?;
    let credited = credited_by_invoice(db, Some(year)).await?;
    let member_ids: Vec<i32> = calls.iter().map(|c| c.member_id).collect::<HashSet<_>>().into_iter().collect();
    let members = membership::identities(db, &member_ids).await?;
    let mut by_currency: BTreeMap<String, Sums> = BTreeMap::new();
    let mut by_country: BTreeMap<(String, String), Sums> = BTreeMap::new();
    let mut overdue = Vec::new();
    for call in &calls {
        let paid = credited.get(&call.id).copied().unwrap_or(0);
        by_currency.entry(call.currency.clone()).or_default().add(call, paid);
        let country = members.get(&call.member_id).map_or_else(String::new, |m| m.country.clone());
        by_country.entry((country, call.currency.clone())).or_default().add(call, paid);
        let left = outstanding(call, paid);
        if call.status == InvoiceStatus::Open && call.due_on < today && left > 0 {
            overdue.push(OverdueLine {
                member_id: call.member_id,
                member_name: call.member_name.clone(),
                invoice_id: call.id,
                number: call.number.clone(),
                due_on: call.due_on,
                outstanding: money::format(lang, left, &call.currency),
                in_arrears: members.get(&call.member_id).is_some_and(|m| !m.in_good_standing),
            });
        }
    }
    overdue.sort_by(|a, b| a.due_on.cmp(&b.due_on).then_with(|| a.number.cmp(&b.number)));
    let by_currency = by_currency.iter().map(|(currency, sums)| sums.line(lang, currency.clone(), currency)).collect();
    let mut by_country: Vec<TotalsLine> = by_country
        .iter()
        .map(|((country, currency), sums)| {
            let name = crate::membership::country_name(country, lang).unwrap_or(country).to_string();
            sums.line(lang, name, currency)
        })
        .collect();
    by_country.sort_by(|a, b| crate::i18n::collation::compare(lang, &a.label, &b.label));
    let count_status =
        |status: PaymentStatus| payment::Entity::find().filter(payment::Column::Status.eq(status)).count(db);
    Ok(FinanceDashboard {
        year,
        years,
        by_currency,
        by_country,
        overdue,
        awaiting_match: count_status(PaymentStatus::Unmatched).await?,
        exceptions: count_status(PaymentStatus::Exception).await?,
    })
}

/// The dashboards finance read last, per year and language, each kept until an invoice, a
/// payment or a member changes (their change counters) or the day turns: finance reads the same
/// figures many times between changes.
#[derive(Default)]
pub struct DashboardCopies {
    kept: std::sync::Mutex<HashMap<(Option<i32>, Lang), KeptDashboard>>,
}

/// The counters of what a dashboard shows, and the day (what is overdue changes at midnight).
type DashboardStamp = (i64, i64, chrono::NaiveDate);

type KeptDashboard = std::sync::Arc<KeptCopy<DashboardStamp, FinanceDashboard>>;

/// A year typed in the address is any number: a bound on the copies kept.
const MOST_DASHBOARD_COPIES: usize = 24;

impl DashboardCopies {
    /// [`dashboard`], from the kept copy when nothing it shows changed since.
    ///
    /// # Errors
    /// Database errors.
    pub async fn dashboard(
        &self,
        db: &impl ConnectionTrait,
        year: Option<i32>,
        today: chrono::NaiveDate,
        lang: Lang,
    ) -> ServiceResult<std::sync::Arc<FinanceDashboard>> {
        let stamp = (
            counters::read(db, counters::INVOICE_NUMBERS).await?,
            counters::read(db, counters::MEMBER_DIRECTORY).await?,
            today,
        );
        let copy = {
            let mut kept = self.kept.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            if kept.len() >= MOST_DASHBOARD_COPIES && !kept.contains_key(&(year, lang)) {
                kept.clear();
            }
            kept.entry((year, lang)).or_default().clone()
        };
        copy.get(stamp, || dashboard(db, year, today, lang)).await
    }
}

/// Each year's totals for the public, newest first: what was collected per currency, how
/// many members were called, paid and were exempt. No member's amount.
///
/// # Errors
/// Database errors.
pub async fn public_totals(db: &impl ConnectionTrait, lang: Lang) -> ServiceResult<Vec<PublicDuesYear>> {
    let calls = standing_calls(db, None).await?;
    let credited = credited_by_invoice(db, None).await?;
    #[derive(Default)]
    struct Year {
        collected: BTreeMap<String, i64>,
        called: HashSet<i32>,
        paying: HashSet<i32>,
        exempt: HashSet<i32>,
    }
    let mut years: BTreeMap<i32, Year> = BTreeMap::new();
    for call in &calls {
        let year = years.entry(call.year).or_default();
        year.called.insert(call.member_id);
        let paid = credited.get(&call.id).copied().unwrap_or(0);
        if paid > 0 {
            *year.collected.entry(call.currency.clone()).or_default() += paid;
        }
        if call.amount_minor == 0 {
            year.exempt.insert(call.member_id);
        } else if paid > 0 || call.status == InvoiceStatus::Paid {
            year.paying.insert(call.member_id);
        }
    }
    Ok(years
        .into_iter()
        .rev()
        .map(|(year, totals)| PublicDuesYear {
            year,
            collected: totals.collected.iter().map(|(currency, minor)| money::format(lang, *minor, currency)).collect(),
            members_called: totals.called.len() as u64,
            members_paying: totals.paying.len() as u64,
            members_exempt: totals.exempt.len() as u64,
        })
        .collect())
}

/// An amount as spreadsheets read it: digits, a point, no grouping ("1200.50").
fn plain_amount(minor: i64, currency: &str) -> String {
    let digits = crate::finance::minor_digits(currency).unwrap_or(2);
    let scale = 10i64.pow(digits);
    let sign = if minor < 0 { "-" } else { "" };
    let whole = (minor / scale).unsigned_abs();
    if digits == 0 {
        return format!("{sign}{whole}");
    }
    format!("{sign}{whole}.{:0width$}", (minor % scale).unsigned_abs(), width = digits as usize)
}

fn headers(lang: Lang, keys: &[&str]) -> Vec<String> {
    keys.iter().map(|key| translate(lang, key, &[])).collect()
}

/// Every invoice of `year` (every year: `None`), in number order, with what was paid and is
/// left to pay of each call.
///
/// # Errors
/// Database errors.
pub async fn invoices_csv(db: &impl ConnectionTrait, year: Option<i32>, lang: Lang) -> ServiceResult<Vec<u8>> {
    let mut query = invoice::Entity::find();
    if let Some(year) = year {
        query = query.filter(invoice::Column::Year.eq(year));
    }
    let rows = query.order_by_asc(invoice::Column::Year).order_by_asc(invoice::Column::Sequence).all(db).await?;
    let credited = credited_by_invoice(db, year).await?;
    let mut csv = SpreadsheetCsv::default();
    csv.row(headers(
        lang,
        &[
            "invoice-number",
            "invoice-kind",
            "invoice-status",
            "invoice-member",
            "export-member-id",
            "invoice-issued-on",
            "invoice-due-on",
            "invoice-amount",
            "schedule-currency",
            "invoice-payments",
            "invoice-outstanding",
            "export-waived",
        ],
    ))?;
    for row in &rows {
        let paid = credited.get(&row.id).copied().unwrap_or(0);
        let left =
            if row.kind == InvoiceKind::Call && row.status == InvoiceStatus::Open { outstanding(row, paid) } else { 0 };
        csv.row([
            row.number.clone(),
            translate(lang, row.kind.label_key(), &[]),
            translate(lang, row.status.label_key(), &[]),
            row.member_name.clone(),
            row.member_id.to_string(),
            row.issued_on.to_string(),
            row.due_on.to_string(),
            plain_amount(row.amount_minor, &row.currency),
            row.currency.clone(),
            plain_amount(paid + row.credit_applied_minor, &row.currency),
            plain_amount(left, &row.currency),
            plain_amount(row.waived_minor, &row.currency),
        ])?;
    }
    csv.finish()
}

/// Every payment received in `year` (every year: `None`), oldest first, with the invoice it
/// pays.
///
/// # Errors
/// Database errors.
pub async fn payments_csv(db: &impl ConnectionTrait, year: Option<i32>, lang: Lang) -> ServiceResult<Vec<u8>> {
    let mut query = payment::Entity::find();
    if let Some(year) = year {
        let first = chrono::NaiveDate::from_ymd_opt(year, 1, 1).ok_or(ServiceError::invalid("year", "error-year"))?;
        let last = chrono::NaiveDate::from_ymd_opt(year, 12, 31).ok_or(ServiceError::invalid("year", "error-year"))?;
        query = query.filter(payment::Column::ReceivedOn.between(first, last));
    }
    let rows = query.order_by_asc(payment::Column::ReceivedOn).order_by_asc(payment::Column::Id).all(db).await?;
    let ids: Vec<i32> = rows.iter().filter_map(|p| p.invoice_id).collect::<HashSet<_>>().into_iter().collect();
    let mut numbers: HashMap<i32, (String, String)> = HashMap::new();
    for chunk in ids.chunks(500) {
        let found: Vec<(i32, String, String)> = invoice::Entity::find()
            .filter(invoice::Column::Id.is_in(chunk.iter().copied()))
            .select_only()
            .column(invoice::Column::Id)
            .column(invoice::Column::Number)
            .column(invoice::Column::Currency)
            .into_tuple()
            .all(db)
            .await?;
        numbers.extend(found.into_iter().map(|(id, number, currency)| (id, (number, currency))));
    }
    let mut csv = SpreadsheetCsv::default();
    csv.row(headers(
        lang,
        &[
            "transfer-received-on",
            "payment-method",
            "export-payment-status",
            "transfer-amount",
            "schedule-currency",
            "transfer-payer",
            "transfer-reference",
            "invoice-number",
            "payment-credited",
            "payment-rate",
        ],
    ))?;
    for row in &rows {
        let invoice = row.invoice_id.and_then(|id| numbers.get(&id));
        csv.row([
            row.received_on.to_string(),
            translate(lang, row.method.label_key(), &[]),
            translate(lang, row.status.label_key(), &[]),
            plain_amount(row.amount_minor, &row.currency),
            row.currency.clone(),
            row.payer.clone(),
            row.reference.clone(),
            invoice.map(|(number, _)| number.clone()).unwrap_or_default(),
            match (row.credited_minor, invoice) {
                (Some(credited), Some((_, currency))) => plain_amount(credited, currency),
                _ => String::new(),
            },
            row.rate.clone().unwrap_or_default(),
        ])?;
    }
    csv.finish()
}

#[cfg(test)]
mod tests {
    use super::plain_amount;

    #[test]
    fn plain_amounts_have_the_currencys_decimals() {
        assert_eq!(plain_amount(120_050, "EUR"), "1200.50");
        assert_eq!(plain_amount(-5, "EUR"), "-0.05");
        assert_eq!(plain_amount(500_000, "JOD"), "500.000");
        assert_eq!(plain_amount(1500, "JPY"), "1500");
    }
}
