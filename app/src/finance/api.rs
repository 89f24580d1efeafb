//! Server functions of the finance area: finance and the secretariat manage; a focal point
//! reads its own member's invoices.
use super::{
    BandInput, FinanceDashboard, FinanceOffice, InvoiceLine, InvoiceList, InvoicePage, MappingInput, MatchInput,
    PaymentsPage, PublicDuesYear, ScheduleInput, ScheduleView, StatementsPage, TransferInput, WaiverInput,
};
use crate::error::AppError;
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use {
    super::service::{self, InvoiceReader},
    super::{routes, BandFields, MappingFields, ScheduleFields, TransferFields, WaiverFields},
    crate::accounts::guard,
    crate::identity::Role,
    crate::server::state,
};

/// Who manages the network's dues.
#[cfg(feature = "ssr")]
const OFFICE: &[Role] = &[Role::Finance, Role::Secretariat];

#[server(endpoint = "get_finance_office")]
pub async fn get_finance_office() -> Result<FinanceOffice, AppError> {
    guard::require(OFFICE).await?;
    Ok(service::office(&state()?.db, guard::request_lang().await).await?)
}

#[server(endpoint = "create_schedule")]
pub async fn create_schedule(#[server(default)] schedule: ScheduleInput) -> Result<(), AppError> {
    let (_, context) = guard::require_context(OFFICE).await?;
    let fields = ScheduleFields::parse(&schedule)?;
    let row = service::create_schedule(&state()?.db, &context, &fields).await?;
    leptos_axum::redirect(&routes::schedule(row.id));
    Ok(())
}

#[server(endpoint = "get_schedule")]
pub async fn get_schedule(id: i32) -> Result<ScheduleView, AppError> {
    guard::require(OFFICE).await?;
    Ok(service::schedule_page(&state()?.db, id, guard::request_lang().await).await?)
}

#[server(endpoint = "update_schedule")]
pub async fn update_schedule(id: i32, #[server(default)] schedule: ScheduleInput) -> Result<(), AppError> {
    let (_, context) = guard::require_context(OFFICE).await?;
    let fields = ScheduleFields::parse(&schedule)?;
    service::update_schedule(&state()?.db, &context, id, &fields).await?;
    leptos_axum::redirect(&format!("{}?saved=1", routes::schedule(id)));
    Ok(())
}

#[server(endpoint = "add_band")]
pub async fn add_band(schedule_id: i32, #[server(default)] band: BandInput) -> Result<(), AppError> {
    let (_, context) = guard::require_context(OFFICE).await?;
    let db = &state()?.db;
    let fields = BandFields::parse(&band, &service::schedule_currency(db, schedule_id).await?)?;
    service::add_band(db, &context, schedule_id, &fields).await?;
    leptos_axum::redirect(&routes::schedule(schedule_id));
    Ok(())
}

#[server(endpoint = "remove_band")]
pub async fn remove_band(id: i32) -> Result<(), AppError> {
    let (_, context) = guard::require_context(OFFICE).await?;
    let schedule_id = service::remove_band(&state()?.db, &context, id).await?;
    leptos_axum::redirect(&routes::schedule(schedule_id));
    Ok(())
}

/// The year's calls for every active member without one; with `member_id`, for that member only.
#[server(endpoint = "issue_calls")]
pub async fn issue_calls(schedule_id: i32, #[server(default)] member_id: String) -> Result<(), AppError> {
    let (_, context) = guard::require_context(OFFICE).await?;
    let only = match member_id.trim() {
        "" => None,
        typed => Some(typed.parse::<i32>().map_err(|_| AppError::invalid("member_id", "error-choice-invalid"))?),
    };
    let issued = service::issue_calls(&state()?.db, &context, schedule_id, only).await?;
    leptos_axum::redirect(&format!(
        "{}?issued={}&already={}&without_band={}",
        routes::schedule(schedule_id),
        issued.numbers.len(),
        issued.already,
        issued.without_band.len()
    ));
    Ok(())
}

#[server(endpoint = "add_waiver")]
pub async fn add_waiver(#[server(default)] waiver: WaiverInput) -> Result<(), AppError> {
    let (_, context) = guard::require_context(OFFICE).await?;
    let fields = WaiverFields::parse(&waiver)?;
    service::add_waiver(&state()?.db, &context, &fields).await?;
    leptos_axum::redirect(&format!("{}?waiver=1#waivers", routes::OFFICE));
    Ok(())
}

#[server(endpoint = "list_invoices")]
pub async fn list_invoices(
    #[server(default)] year: String,
    #[server(default)] page: u64,
) -> Result<InvoiceList, AppError> {
    guard::require(OFFICE).await?;
    let year = year.trim().parse::<i32>().ok();
    Ok(service::invoices(&state()?.db, year, page, guard::request_lang().await).await?)
}

/// Finance and the secretariat read every invoice; a focal point its own member's.
#[cfg(feature = "ssr")]
async fn invoice_reader() -> Result<InvoiceReader, AppError> {
    let user = guard::require(&[Role::Finance, Role::Secretariat, Role::FocalPoint]).await?;
    match (user.role, user.member_id) {
        (Role::FocalPoint, Some(member_id)) => Ok(InvoiceReader::FocalPoint { member_id }),
        (Role::FocalPoint, None) => Err(guard::forbidden()),
        _ => Ok(InvoiceReader::Office),
    }
}

#[server(endpoint = "get_invoice")]
pub async fn get_invoice(id: i32) -> Result<InvoicePage, AppError> {
    let reader = invoice_reader().await?;
    let state = state()?;
    let cards_at = crate::server::area_state::<service::CardPayments>()?.0.map(|_| state.settings.public_url.clone());
    Ok(service::invoice_page(&state.db, id, reader, cards_at.as_deref()).await?)
}

/// Opens a Stripe Checkout Session for what is left of the call and sends its member's focal
/// point there.
#[server(endpoint = "pay_by_card")]
pub async fn pay_by_card(id: i32) -> Result<(), AppError> {
    let (user, context) = guard::require_context(&[Role::FocalPoint]).await?;
    let member_id = user.member_id.ok_or_else(guard::forbidden)?;
    let gateway = crate::server::area_state::<service::CardPayments>()?.0.ok_or(AppError::NotFound)?;
    let reader = InvoiceReader::FocalPoint { member_id };
    let address = service::start_card_payment(&state()?.db, &gateway, &context, id, reader).await?;
    leptos_axum::redirect(&address);
    Ok(())
}

/// A member's name and invoices.
#[server(endpoint = "get_member_invoices")]
pub async fn get_member_invoices(member_id: i32) -> Result<(String, Vec<InvoiceLine>), AppError> {
    if let InvoiceReader::FocalPoint { member_id: own } = invoice_reader().await? {
        if own != member_id {
            return Err(guard::forbidden());
        }
    }
    Ok(service::member_invoices(&state()?.db, member_id, guard::request_lang().await).await?)
}

/// Cancels an open call by a credit note, with the reason printed on it.
#[server(endpoint = "issue_credit_note")]
pub async fn issue_credit_note(id: i32, reason: String) -> Result<(), AppError> {
    let (_, context) = guard::require_context(OFFICE).await?;
    let mut problems = Vec::new();
    let reason = crate::domain::multiline_text(&reason, "reason", 2000, &mut problems);
    if reason.is_empty() {
        problems.push(crate::domain::FieldError { field: "reason", key: "error-reason-required" });
    }
    if !problems.is_empty() {
        return Err(problems.into());
    }
    let note = service::credit_note(&state()?.db, &context, id, &reason).await?;
    leptos_axum::redirect(&routes::invoice(note.id));
    Ok(())
}

/// The date after which a schedule's unpaid calls put members in arrears; empty: none.
#[server(endpoint = "set_grace_date")]
pub async fn set_grace_date(schedule_id: i32, #[server(default)] grace_on: String) -> Result<(), AppError> {
    let (_, context) = guard::require_context(OFFICE).await?;
    let grace_on = match grace_on.trim() {
        "" => None,
        typed => {
            let mut problems = Vec::new();
            let date = crate::domain::parse_date(typed, "grace_on", "error-date", &mut problems);
            Some(date.ok_or_else(|| AppError::from(problems))?)
        }
    };
    service::set_grace_date(&state()?.db, &context, schedule_id, grace_on).await?;
    leptos_axum::redirect(&format!("{}?saved=1", routes::schedule(schedule_id)));
    Ok(())
}

#[server(endpoint = "get_payments")]
pub async fn get_payments() -> Result<PaymentsPage, AppError> {
    guard::require(OFFICE).await?;
    Ok(service::payments_page(&state()?.db, guard::request_lang().await).await?)
}

/// A bank transfer received; matched at once when its reference quotes an open call.
#[server(endpoint = "record_transfer")]
pub async fn record_transfer(#[server(default)] transfer: TransferInput) -> Result<(), AppError> {
    let (_, context) = guard::require_context(OFFICE).await?;
    let fields = TransferFields::parse(&transfer)?;
    let row = service::record_transfer(&state()?.db, &context, &fields).await?;
    let outcome = if row.invoice_id.is_some() { "matched" } else { "awaiting" };
    leptos_axum::redirect(&format!("{}?recorded={outcome}", routes::PAYMENTS));
    Ok(())
}

#[server(endpoint = "match_payment")]
pub async fn match_payment(id: i32, #[server(default)] matching: MatchInput) -> Result<(), AppError> {
    let (_, context) = guard::require_context(OFFICE).await?;
    service::match_payment(&state()?.db, &context, id, &matching).await?;
    leptos_axum::redirect(&format!("{}?recorded=matched", routes::PAYMENTS));
    Ok(())
}

#[server(endpoint = "get_statements")]
pub async fn get_statements() -> Result<StatementsPage, AppError> {
    guard::require(OFFICE).await?;
    Ok(service::statements_page(&state()?.db).await?)
}

/// Saves a bank's CSV mapping (a new name adds one; an existing name corrects it).
#[server(endpoint = "save_mapping")]
pub async fn save_mapping(#[server(default)] mapping: MappingInput) -> Result<(), AppError> {
    let (_, context) = guard::require_context(OFFICE).await?;
    let fields = MappingFields::parse(&mapping)?;
    let row = service::save_mapping(&state()?.db, &context, &fields).await?;
    leptos_axum::redirect(&format!("{}?mapping_saved={}#statement-file", routes::STATEMENTS, row.id));
    Ok(())
}

#[server(endpoint = "get_finance_dashboard")]
pub async fn get_finance_dashboard(#[server(default)] year: String) -> Result<FinanceDashboard, AppError> {
    guard::require(OFFICE).await?;
    let year = year.trim().parse::<i32>().ok();
    let today = chrono::Utc::now().date_naive();
    let copies = crate::server::area_state::<std::sync::Arc<service::DashboardCopies>>()?;
    let kept = copies.dashboard(&state()?.db, year, today, guard::request_lang().await).await?;
    Ok(FinanceDashboard::clone(&kept))
}

/// The public's yearly totals of dues: open to everyone, no member's amount in it.
#[server(endpoint = "get_public_dues")]
pub async fn get_public_dues() -> Result<Vec<PublicDuesYear>, AppError> {
    Ok(service::public_totals(&state()?.db, guard::request_lang().await).await?)
}
