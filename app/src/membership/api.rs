//! Server functions of the membership area.
use super::{ApplicationInput, ApplicationView, CertificateView, DirectoryPage, DirectoryQuery, MemberProfile};
use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::membership::routes;
#[cfg(feature = "ssr")]
use crate::membership::routes::APPLY;
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use {
    super::{service, Application, Decision, MemberStatus, Profile, ReviewState, StatusChange},
    crate::accounts::guard,
    crate::domain::Choice,
    crate::identity::Role,
    crate::server::{area_state, state, RequestContext},
    std::sync::Arc,
};

/// Public: any local authority may apply, without an account.
#[server(endpoint = "apply_for_membership")]
pub async fn apply_for_membership(#[server(default)] application: ApplicationInput) -> Result<(), AppError> {
    let application = Application::parse(&application)?;
    guard::count_public_email(application.profile.focal_email.as_str()).await?;
    let context = guard::public_context(Some(application.profile.focal_email.as_str())).await?;
    let member = service::apply(&state()?.db, &context, &application).await?;
    leptos_axum::redirect(&format!("{APPLY}?submitted={}", member.id));
    Ok(())
}

#[server(endpoint = "list_applications")]
pub async fn list_applications(review_state: String) -> Result<Vec<ApplicationView>, AppError> {
    guard::require(&[Role::Secretariat]).await?;
    let filter = ReviewState::parse(&review_state);
    Ok(service::applications(&state()?.db, filter).await?)
}

#[server(endpoint = "get_application")]
pub async fn get_application(id: i32) -> Result<ApplicationView, AppError> {
    guard::require(&[Role::Secretariat]).await?;
    Ok(service::application(&state()?.db, id).await?)
}

#[server(endpoint = "decide_application")]
pub async fn decide_application(id: i32, decision: String, reason: String) -> Result<(), AppError> {
    let (_, context) = guard::require_context(&[Role::Secretariat]).await?;
    let decision = Decision::parse(&decision).ok_or_else(|| AppError::invalid("decision", "error-choice-invalid"))?;
    let reason = reason_text(&reason)?;
    service::decide(&state()?.db, &context, id, decision, &reason).await?;
    Ok(())
}

/// Public: the directory of members.
#[server(endpoint = "search_directory")]
pub async fn search_directory(#[server(default)] query: DirectoryQuery) -> Result<DirectoryPage, AppError> {
    let mut query = query;
    // Whose dues are in arrears is for members and the secretariat, not the public.
    if !query.standing.is_empty() && guard::current_user().await?.is_none() {
        query.standing.clear();
    }
    let state = state()?;
    let index = area_state::<Arc<service::DirectoryIndex>>()?;
    Ok(service::directory(&state.db, &index, &query, guard::request_lang().await).await?)
}

/// Public; the focal point's contact only for signed-in readers (secretariat and members).
#[server(endpoint = "get_member")]
pub async fn get_member(id: i32) -> Result<MemberProfile, AppError> {
    let signed_in = guard::current_user().await?.is_some();
    Ok(service::profile(&state()?.db, id, signed_in).await?)
}

/// The secretariat, or the focal point of that member, issues a certificate.
#[server(endpoint = "issue_certificate")]
pub async fn issue_certificate(member_id: i32, language: String) -> Result<(), AppError> {
    let (user, context) = guard::require_context(&[Role::Secretariat, Role::FocalPoint]).await?;
    if user.role == Role::FocalPoint && user.member_id != Some(member_id) {
        return Err(guard::forbidden());
    }
    let lang = crate::i18n::Lang::parse(&language).unwrap_or(user.language);
    let issued = service::issue_certificate(&state()?.db, &context, member_id, lang).await?;
    leptos_axum::redirect(&routes::certificate(&issued.code));
    Ok(())
}

/// Public: anyone holding a certificate's address can check it.
#[server(endpoint = "get_certificate")]
pub async fn get_certificate(code: String) -> Result<CertificateView, AppError> {
    let state = state()?;
    Ok(service::certificate(&state.db, &code, &state.settings.public_url).await?)
}

/// The secretariat, or the focal point of that member, may edit its profile.
#[cfg(feature = "ssr")]
async fn require_profile_editor(member_id: i32) -> Result<(RequestContext, service::ProfileEditor), AppError> {
    let (user, context) = guard::require_context(&[Role::Secretariat, Role::FocalPoint]).await?;
    match user.role {
        Role::Secretariat => Ok((context, service::ProfileEditor::Secretariat)),
        _ if user.member_id == Some(member_id) => Ok((context, service::ProfileEditor::FocalPoint)),
        _ => Err(guard::forbidden()),
    }
}

/// A member's profile as its editors see it, to fill the edit form.
#[server(endpoint = "get_member_profile")]
pub async fn get_member_profile(id: i32) -> Result<ApplicationView, AppError> {
    require_profile_editor(id).await?;
    Ok(service::application(&state()?.db, id).await?)
}

#[server(endpoint = "update_member_profile")]
pub async fn update_member_profile(id: i32, #[server(default)] application: ApplicationInput) -> Result<(), AppError> {
    let (context, editor) = require_profile_editor(id).await?;
    let profile = Profile::parse(&application)?;
    let saved = service::update_profile(&state()?.db, &context, editor, id, &profile).await?;
    let back = match saved.status {
        MemberStatus::Applicant | MemberStatus::Rejected => routes::application(id),
        _ => format!("{}?saved=1", routes::member(id)),
    };
    leptos_axum::redirect(&back);
    Ok(())
}

/// The secretariat suspends, withdraws or reinstates a member.
#[server(endpoint = "change_member_standing")]
pub async fn change_member_standing(
    member_id: i32,
    change: String,
    reason: String,
    #[server(default)] effective_on: String,
) -> Result<(), AppError> {
    let (_, context) = guard::require_context(&[Role::Secretariat]).await?;
    let mut problems = Vec::new();
    let change = StatusChange::parse(&change);
    if change.is_none() {
        problems.push(crate::domain::FieldError { field: "change", key: "error-choice-invalid" });
    }
    let reason = reason_text(&reason).map_err(|e| problems.extend(e)).unwrap_or_default();
    let effective_on = match effective_on.trim() {
        "" => Some(chrono::Utc::now().date_naive()),
        date => crate::domain::parse_date(date, "effective_on", "error-effective-date", &mut problems),
    };
    let (Some(change), Some(effective_on), true) = (change, effective_on, problems.is_empty()) else {
        return Err(problems.into());
    };
    service::change_status(&state()?.db, &context, member_id, change, &reason, effective_on).await?;
    Ok(())
}

/// The reason the secretariat gives for a decision: required, at most 2,000 characters.
#[cfg(feature = "ssr")]
fn reason_text(typed: &str) -> Result<String, Vec<crate::domain::FieldError>> {
    let mut problems = Vec::new();
    let reason = crate::domain::multiline_text(typed, "reason", 2000, &mut problems);
    if reason.is_empty() {
        problems.push(crate::domain::FieldError { field: "reason", key: "error-reason-required" });
    }
    if problems.is_empty() {
        Ok(reason)
    } else {
        Err(problems)
    }
}
