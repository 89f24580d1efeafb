//! Server functions of implementation: the public reads the plans of published texts, focal
//! points report for their own member's actions, the secretariat plans and decides.
use super::{
    ActionForm, ActionInput, ActionPage, BulkPreview, Dashboard, Implementation, ProgressInput, ReportInput,
    ReportsPage, StatusInput, StatusView,
};
use crate::error::AppError;
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use {
    super::{return_reason, routes, service, ActionFields, ProgressFields, ReportFields, StatusFields},
    crate::accounts::guard,
    crate::identity::Role,
    crate::resolutions::api::reader,
    crate::server::state,
};

/// Where a decision on a report sends the secretariat back to: the queue, or the action.
#[cfg(feature = "ssr")]
fn back_to(back: &str, action_id: i32) -> String {
    if back == "reports" {
        routes::REPORTS.to_string()
    } else {
        routes::action(action_id)
    }
}

/// Public once the text is published: its action plan with progress.
#[server(endpoint = "get_plan")]
pub async fn get_plan(text_id: i32) -> Result<Implementation, AppError> {
    let db = &state()?.db;
    crate::resolutions::service::readable_text(db, text_id, reader().await?).await?;
    Ok(service::plan(db, text_id).await?)
}

/// Public: where the published texts' plans stand, by theme, edition and status.
#[server(endpoint = "get_dashboard")]
pub async fn get_dashboard() -> Result<Dashboard, AppError> {
    let copies = crate::server::area_state::<std::sync::Arc<crate::resolutions::service::TrackerCopies>>()?;
    Ok(copies.dashboard(&state()?.db).await?)
}

/// Public once the text is published: one action, its timeline, and the reader's reports.
#[server(endpoint = "get_action")]
pub async fn get_action(id: i32) -> Result<ActionPage, AppError> {
    Ok(service::action_page(&state()?.db, id, reader().await?).await?)
}

/// The action form: a new action's of text `text_id`, or action `action_id`'s values.
#[server(endpoint = "get_action_form")]
pub async fn get_action_form(
    #[server(default)] text_id: Option<i32>,
    #[server(default)] action_id: Option<i32>,
) -> Result<ActionForm, AppError> {
    let (_, context) = guard::require_context(&[Role::Secretariat]).await?;
    Ok(service::action_form(&state()?.db, text_id, action_id, context.lang).await?)
}

#[server(endpoint = "add_action")]
pub async fn add_action(text_id: i32, #[server(default)] action: ActionInput) -> Result<(), AppError> {
    let (_, context) = guard::require_context(&[Role::Secretariat]).await?;
    let fields = ActionFields::parse(&action)?;
    let row = service::add_action(&state()?.db, &context, text_id, &fields).await?;
    leptos_axum::redirect(&routes::action(row.id));
    Ok(())
}

#[server(endpoint = "update_action")]
pub async fn update_action(id: i32, #[server(default)] action: ActionInput) -> Result<(), AppError> {
    let (_, context) = guard::require_context(&[Role::Secretariat]).await?;
    let fields = ActionFields::parse(&action)?;
    service::update_action(&state()?.db, &context, id, &fields).await?;
    leptos_axum::redirect(&routes::action(id));
    Ok(())
}

/// The secretariat writes what happened on the action's timeline.
#[server(endpoint = "record_progress")]
pub async fn record_progress(id: i32, #[server(default)] progress: ProgressInput) -> Result<(), AppError> {
    let (_, context) = guard::require_context(&[Role::Secretariat]).await?;
    let fields = ProgressFields::parse(&progress, chrono::Utc::now().date_naive())?;
    service::record_progress(&state()?.db, &context, id, &fields).await?;
    leptos_axum::redirect(&format!("{}#timeline", routes::action(id)));
    Ok(())
}

/// A focal point reports progress on an action its own member is responsible for.
#[server(endpoint = "report_progress")]
pub async fn report_progress(id: i32, #[server(default)] report: ReportInput) -> Result<(), AppError> {
    let (user, context) = guard::require_context(&[Role::FocalPoint]).await?;
    let member_id = user.member_id.ok_or_else(guard::forbidden)?;
    let fields = ReportFields::parse(&report)?;
    service::submit_report(&state()?.db, &context, id, member_id, &fields).await?;
    leptos_axum::redirect(&format!("{}#reports", routes::action(id)));
    Ok(())
}

#[server(endpoint = "accept_report")]
pub async fn accept_report(id: i32, #[server(default)] back: String) -> Result<(), AppError> {
    let (_, context) = guard::require_context(&[Role::Secretariat]).await?;
    let action = service::accept_report(&state()?.db, &context, id).await?;
    leptos_axum::redirect(&back_to(&back, action.id));
    Ok(())
}

#[server(endpoint = "return_report")]
pub async fn return_report(id: i32, reason: String, #[server(default)] back: String) -> Result<(), AppError> {
    let (_, context) = guard::require_context(&[Role::Secretariat]).await?;
    let reason = return_reason(&reason)?;
    let report = service::return_report(&state()?.db, &context, id, &reason).await?;
    leptos_axum::redirect(&back_to(&back, report.action_id));
    Ok(())
}

/// The secretariat's queue of reports, or a focal point's actions and reports.
#[server(endpoint = "list_reports")]
pub async fn list_reports() -> Result<ReportsPage, AppError> {
    guard::require(&[Role::Secretariat, Role::FocalPoint]).await?;
    Ok(service::reports_page(&state()?.db, reader().await?).await?)
}

/// The dry run of an uploaded spreadsheet of action updates.
#[server(endpoint = "get_bulk_update")]
pub async fn get_bulk_update(id: i32) -> Result<BulkPreview, AppError> {
    guard::require(&[Role::Secretariat]).await?;
    Ok(service::bulk_preview(&state()?.db, id).await?)
}

/// Applies an uploaded spreadsheet, all of it or nothing.
#[server(endpoint = "apply_bulk_update")]
pub async fn apply_bulk_update(id: i32) -> Result<(), AppError> {
    let (_, context) = guard::require_context(&[Role::Secretariat]).await?;
    service::apply_bulk(&state()?.db, &context, id).await?;
    leptos_axum::redirect(&routes::bulk_update(id));
    Ok(())
}

/// Public: the statuses an action may have, in the secretariat's order.
#[server(endpoint = "list_statuses")]
pub async fn list_statuses() -> Result<Vec<StatusView>, AppError> {
    Ok(service::statuses(&state()?.db).await?)
}

#[server(endpoint = "add_status")]
pub async fn add_status(#[server(default)] status: StatusInput) -> Result<(), AppError> {
    let (_, context) = guard::require_context(&[Role::Secretariat]).await?;
    let fields = StatusFields::parse(&status)?;
    service::add_status(&state()?.db, &context, &fields).await?;
    leptos_axum::redirect(routes::STATUSES);
    Ok(())
}

#[server(endpoint = "update_status")]
pub async fn update_status(id: i32, #[server(default)] status: StatusInput) -> Result<(), AppError> {
    let (_, context) = guard::require_context(&[Role::Secretariat]).await?;
    let fields = StatusFields::parse(&status)?;
    service::update_status(&state()?.db, &context, id, &fields).await?;
    leptos_axum::redirect(routes::STATUSES);
    Ok(())
}
