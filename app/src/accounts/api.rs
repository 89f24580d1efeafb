//! Server functions of the accounts area: thin adapters from a form to a service.
use super::{AccountSummary, FreshLink};
#[cfg(feature = "ssr")]
use crate::accounts::routes::{ACCOUNT, ACCOUNTS, FORGOT_PASSWORD, SIGN_IN};
use crate::error::AppError;
use crate::identity::CurrentUser;
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use {
    super::guard,
    super::service,
    crate::domain::Choice,
    crate::domain::{EmailAddress, Password, PersonName},
    crate::i18n::Lang,
    crate::identity::Role,
    crate::server::state,
};

/// Who is signed in (public: the header asks on every page).
#[server(endpoint = "current_user")]
pub async fn get_current_user() -> Result<Option<CurrentUser>, AppError> {
    guard::current_user().await
}

/// Only a local path may follow sign-in, never another site; and only visible ASCII, as a
/// `Location` header requires (browsers percent-encode the rest).
pub fn safe_next(next: Option<&str>) -> &str {
    match next {
        Some(path)
            if path.starts_with('/')
                && !path.starts_with("//")
                && path.chars().all(|c| c.is_ascii_graphic() && c != '\\') =>
        {
            path
        }
        _ => "/",
    }
}

#[server(endpoint = "sign_in")]
pub async fn sign_in(email: String, password: String, next: Option<String>) -> Result<(), AppError> {
    let state = state()?;
    let address = guard::client_address().await;
    let device = request_cookie(DEVICE_COOKIE);
    let attempt =
        service::SignInAttempt { email: &email, password: &password, address: &address, device: device.as_deref() };
    let service::SignedIn { account, device } = service::sign_in(&state.db, &attempt).await?;
    remember_device(&device, state.settings.secure_cookies);
    let session = guard::session().await?;
    let stored = async {
        session.cycle_id().await?; // a new id at sign-in: a planted session id is worthless
        session.insert(guard::ACCOUNT_ID_KEY, account.id).await?;
        session.insert(guard::SAVED_ON_KEY, guard::today()).await
    };
    stored.await.map_err(guard::session_failed)?;
    leptos_axum::redirect(safe_next(next.as_deref()));
    Ok(())
}

/// The cookie by which a browser that signed in before is known (OWASP's device cookie).
#[cfg(feature = "ssr")]
const DEVICE_COOKIE: &str = "sumud_device";

/// A cookie the browser sent.
#[cfg(feature = "ssr")]
fn request_cookie(name: &str) -> Option<String> {
    let parts = use_context::<axum::http::request::Parts>()?;
    parts
        .headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.to_string())
}

/// Keeps the device cookie for a year; script cannot read it.
#[cfg(feature = "ssr")]
fn remember_device(token: &str, secure: bool) {
    let secure = if secure { "; Secure" } else { "" };
    let cookie = format!("{DEVICE_COOKIE}={token}; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax{secure}");
    if let (Some(response), Ok(value)) =
        (use_context::<leptos_axum::ResponseOptions>(), axum::http::HeaderValue::from_str(&cookie))
    {
        response.append_header(axum::http::header::SET_COOKIE, value);
    }
}

#[server(endpoint = "sign_out")]
pub async fn sign_out() -> Result<(), AppError> {
    let session = guard::session().await?;
    session.flush().await.map_err(guard::session_failed)?;
    leptos_axum::redirect("/");
    Ok(())
}

/// Ends every other session of the signed-in account (a lost phone, a shared computer); this one
/// stays signed in.
#[server(endpoint = "sign_out_everywhere")]
pub async fn sign_out_everywhere() -> Result<(), AppError> {
    let (user, context) = guard::require_context(Role::ALL).await?;
    let session = guard::session().await?;
    let current = session.id().map(|id| id.to_string());
    service::end_other_sessions(&state()?.db, &context, user.id, current.as_deref()).await?;
    leptos_axum::redirect(&format!("{ACCOUNT}?signed_out_elsewhere=1"));
    Ok(())
}

#[server(endpoint = "request_password_reset")]
pub async fn request_password_reset(email: String) -> Result<(), AppError> {
    let email = EmailAddress::parse(&email)?;
    guard::count_public_email(email.as_str()).await?;
    let context = guard::public_context(None).await?;
    service::request_password_reset(&state()?.db, &context, &email).await?;
    leptos_axum::redirect(&format!("{FORGOT_PASSWORD}?sent=1"));
    Ok(())
}

/// The person a set-password link was made for.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct LinkHolder {
    pub display_name: String,
    pub email: String,
}

#[server(endpoint = "link_holder")]
pub async fn get_link_holder(token: String) -> Result<LinkHolder, AppError> {
    let account = service::account_for_link(&state()?.db, &token).await?;
    Ok(LinkHolder { display_name: account.display_name, email: account.email })
}

#[server(endpoint = "set_password")]
pub async fn set_password(token: String, password: String, password_confirm: String) -> Result<(), AppError> {
    let password = Password::parse(&password)?;
    if password.expose() != password_confirm {
        return Err(AppError::invalid("password_confirm", "error-password-mismatch"));
    }
    service::set_password_with_link(&state()?.db, &token, &password).await?;
    leptos_axum::redirect(&format!("{SIGN_IN}?password_set=1"));
    Ok(())
}

#[server(endpoint = "invite_account")]
pub async fn invite_account(
    email: String,
    display_name: String,
    role: String,
    language: String,
) -> Result<(), AppError> {
    let (_, context) = guard::require_context(&[Role::Secretariat]).await?;
    let invitation = service::Invitation {
        email: EmailAddress::parse(&email)?,
        name: PersonName::parse(&display_name, "display_name")?,
        role: Role::parse(&role).ok_or_else(|| AppError::invalid("role", "error-choice-invalid"))?,
        language: Lang::parse(&language).ok_or_else(|| AppError::invalid("language", "error-choice-invalid"))?,
        member_id: None,
    };
    service::invite(&state()?.db, &context, &invitation).await?;
    Ok(())
}

/// Session key holding the link made by [`issue_account_link`] until the page shows it once.
#[cfg(feature = "ssr")]
const FRESH_LINK_KEY: &str = "fresh_link";

/// The secretariat makes a new set-password link for a person (ending the earlier ones), to hand
/// over another way. The link waits in the secretariat's own session until the accounts page
/// shows it once: never in an address, never in the outbox.
#[server(endpoint = "issue_account_link")]
pub async fn issue_account_link(id: i32) -> Result<(), AppError> {
    let (_, context) = guard::require_context(&[Role::Secretariat]).await?;
    let fresh = service::issue_fresh_link(&state()?.db, &context, id).await?;
    guard::session().await?.insert(FRESH_LINK_KEY, fresh).await.map_err(guard::session_failed)?;
    leptos_axum::redirect(ACCOUNTS);
    Ok(())
}

/// The link [`issue_account_link`] made, once: reading it removes it.
#[server(endpoint = "take_fresh_link")]
pub async fn take_fresh_link() -> Result<Option<FreshLink>, AppError> {
    guard::require(&[Role::Secretariat]).await?;
    guard::session().await?.remove::<FreshLink>(FRESH_LINK_KEY).await.map_err(guard::session_failed)
}

#[server(endpoint = "list_accounts")]
pub async fn list_accounts() -> Result<Vec<AccountSummary>, AppError> {
    guard::require(&[Role::Secretariat]).await?;
    Ok(service::list(&state()?.db).await?)
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn next_is_a_local_path_only() {
        assert_eq!(safe_next(Some("/secretariat/accounts")), "/secretariat/accounts");
        assert_eq!(safe_next(Some("//evil.example")), "/");
        assert_eq!(safe_next(Some("https://evil.example")), "/");
        assert_eq!(safe_next(Some("/\\evil.example")), "/");
        assert_eq!(safe_next(Some("/x\r\nSet-Cookie: a=b")), "/");
        assert_eq!(safe_next(Some("/a b")), "/");
        assert_eq!(safe_next(None), "/");
    }
}
