//! Server functions of registrations. A personal link's token stands in for a password: whoever
//! holds it may see, change or cancel that one registration.
use super::{BadgeView, DelegateInput, DelegationView, LetterView, ManageView, Participant, RegistrationView};
#[cfg(feature = "ssr")]
use crate::conferences::registrations::routes::{apply, letter, manage, LINK_SENT};
use crate::error::AppError;
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use {
    super::service::{self, Audience, Delegate, Registrant},
    super::sign_ups::{SignUp, SignUpQueue},
    super::CheckIn,
    crate::accounts::guard,
    crate::identity::Role,
    crate::server::{area_state, state},
    std::sync::Arc,
};

/// Public: a person from a non-member body applies; the secretariat decides.
#[server(endpoint = "apply_to_conference")]
pub async fn apply_to_conference(edition_id: i32, #[server(default)] delegate: DelegateInput) -> Result<(), AppError> {
    let delegate = Delegate::parse(&delegate, true)?;
    guard::count_public_email(delegate.email.as_str()).await?;
    let context = guard::public_context(Some(delegate.email.as_str())).await?;
    let actor = context.actor.clone();
    let sign_up = SignUp { actor, registered_by: None, edition_id, registrant: Registrant::Individual, delegate };
    area_state::<Arc<SignUpQueue>>()?.register(sign_up, &context).await?;
    leptos_axum::redirect(&format!("{}?sent=1", apply(edition_id)));
    Ok(())
}

/// A member's focal point: its delegation to an edition.
#[server(endpoint = "get_delegation")]
pub async fn get_delegation(edition_id: i32) -> Result<DelegationView, AppError> {
    let user = guard::require(&[Role::FocalPoint]).await?;
    let member_id = user.member_id.ok_or_else(guard::forbidden)?;
    Ok(service::delegation(&state()?.db, edition_id, member_id).await?)
}

/// A member's focal point adds a delegate.
#[server(endpoint = "register_delegate")]
pub async fn register_delegate(edition_id: i32, #[server(default)] delegate: DelegateInput) -> Result<(), AppError> {
    let (user, context) = guard::require_context(&[Role::FocalPoint]).await?;
    let member_id = user.member_id.ok_or_else(guard::forbidden)?;
    let delegate = Delegate::parse(&delegate, false)?;
    let registrant = Registrant::Delegation { member_id };
    let actor = context.actor.clone();
    let sign_up = SignUp { actor, registered_by: Some(user.id), edition_id, registrant, delegate };
    area_state::<Arc<SignUpQueue>>()?.register(sign_up, &context).await?;
    Ok(())
}

/// The focal point cancels one of its delegates; the secretariat cancels anyone's.
#[server(endpoint = "cancel_delegate")]
pub async fn cancel_delegate(id: i32) -> Result<(), AppError> {
    let (user, context) = guard::require_context(&[Role::FocalPoint, Role::Secretariat]).await?;
    let for_member = match user.role {
        Role::Secretariat => None,
        _ => Some(user.member_id.ok_or_else(guard::forbidden)?),
    };
    service::cancel_delegate(&state()?.db, &context, id, for_member).await?;
    Ok(())
}

/// Whoever holds the personal link.
#[server(endpoint = "get_registration")]
pub async fn get_registration(token: String) -> Result<ManageView, AppError> {
    Ok(service::manage_view(&state()?.db, &token).await?)
}

#[server(endpoint = "update_registration")]
pub async fn update_registration(token: String, #[server(default)] delegate: DelegateInput) -> Result<(), AppError> {
    let db = &state()?.db;
    let individual = service::manage_view(db, &token).await?.registration.member_id.is_none();
    let changes = Delegate::parse(&delegate, individual)?;
    let context = guard::public_context(None).await?;
    service::update_by_token(db, &context, &token, &changes).await?;
    leptos_axum::redirect(&format!("{}?saved=1", manage(&token)));
    Ok(())
}

#[server(endpoint = "cancel_registration")]
pub async fn cancel_registration(token: String) -> Result<(), AppError> {
    let context = guard::public_context(None).await?;
    service::cancel_by_token(&state()?.db, &context, &token).await?;
    leptos_axum::redirect(&manage(&token));
    Ok(())
}

/// Ends the personal link and its calendar feed and emails a new link; the page only says so.
#[server(endpoint = "renew_registration_link")]
pub async fn renew_registration_link(token: String) -> Result<(), AppError> {
    let context = guard::public_context(None).await?;
    service::renew_link(&state()?.db, &context, &token).await?;
    leptos_axum::redirect(LINK_SENT);
    Ok(())
}

/// Adds a session to, or removes it from, the holder's personal calendar.
#[server(endpoint = "choose_session")]
pub async fn choose_session(token: String, session_id: i32) -> Result<(), AppError> {
    service::toggle_session(&state()?.db, &token, session_id).await?;
    leptos_axum::redirect(&format!("{}#sessions", manage(&token)));
    Ok(())
}

/// Public, by consent: the public sees who agreed to be listed publicly; signed-in members and
/// delegates also those who agreed to be seen by delegates; the secretariat everyone.
#[server(endpoint = "list_participants")]
pub async fn list_participants(edition_id: i32) -> Result<Vec<Participant>, AppError> {
    let audience = match guard::current_user().await? {
        Some(user) if user.role == Role::Secretariat => Audience::Secretariat,
        Some(_) => Audience::SignedIn,
        None => Audience::Public,
    };
    Ok(service::participants(&state()?.db, edition_id, audience).await?)
}

#[server(endpoint = "list_registrations")]
pub async fn list_registrations(edition_id: i32) -> Result<Vec<RegistrationView>, AppError> {
    guard::require(&[Role::Secretariat]).await?;
    Ok(service::registrations(&state()?.db, edition_id).await?)
}

/// The secretariat approves (`approve`) or rejects (`reject`) a pending registration.
#[server(endpoint = "decide_registration")]
pub async fn decide_registration(id: i32, decision: String) -> Result<(), AppError> {
    let (_, context) = guard::require_context(&[Role::Secretariat]).await?;
    let approve = match decision.as_str() {
        "approve" => true,
        "reject" => false,
        _ => return Err(AppError::invalid("decision", "error-choice-invalid")),
    };
    service::decide(&state()?.db, &context, id, approve).await?;
    Ok(())
}

#[server(endpoint = "issue_letter")]
pub async fn issue_letter(id: i32, language: String) -> Result<(), AppError> {
    let (_, context) = guard::require_context(&[Role::Secretariat]).await?;
    let lang =
        crate::i18n::Lang::parse(&language).ok_or_else(|| AppError::invalid("language", "error-choice-invalid"))?;
    let code = service::issue_letter(&state()?.db, &context, id, lang).await?;
    leptos_axum::redirect(&letter(&code));
    Ok(())
}

/// Public for whoever holds the letter's address (printed on it, for embassies to verify).
#[server(endpoint = "get_letter")]
pub async fn get_letter(code: String) -> Result<LetterView, AppError> {
    let state = state()?;
    Ok(service::letter(&state.db, &code, &state.settings.public_url).await?)
}

/// Marks a delegate attended by the badge's code, then shows the outcome on the desk's page
/// (by address, so that it works without JavaScript too).
#[server(endpoint = "check_in")]
pub async fn check_in_delegate(edition_id: i32, code: String) -> Result<(), AppError> {
    let (_, context) = guard::require_context(&[Role::Secretariat]).await?;
    let (outcome, registration) = match service::check_in(&state()?.db, &context, edition_id, &code).await? {
        CheckIn::CheckedIn(r) => ("done", r),
        CheckIn::AlreadyCheckedIn(r) => ("already", r),
    };
    leptos_axum::redirect(&format!(
        "/secretariat/conferences/{edition_id}/checkin?checked={}&outcome={outcome}",
        registration.id
    ));
    Ok(())
}

/// One registration, for the secretariat's desk.
#[server(endpoint = "get_registration_by_id")]
pub async fn get_registration_by_id(id: i32) -> Result<RegistrationView, AppError> {
    guard::require(&[Role::Secretariat]).await?;
    Ok(service::registration_view(&state()?.db, id).await?)
}

#[server(endpoint = "get_badges")]
pub async fn get_badges(edition_id: i32) -> Result<Vec<BadgeView>, AppError> {
    guard::require(&[Role::Secretariat]).await?;
    let state = state()?;
    Ok(service::badges(&state.db, edition_id, &state.settings.public_url).await?)
}
