//! Server functions of the accounts area: thin adapters from a form to a service.
use super::AccountSummary;
#[cfg(feature = "ssr")]
use crate::accounts::routes::{FORGOT_PASSWORD, SIGN_IN};
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
    let address = client_address().await;
    let account = service::sign_in(&state.db, &email, &password, &address).await?;
    let session = guard::session().await?;
    let stored = async {
        session.cycle_id().await?; // a new id at sign-in: a planted session id is worthless
        session.insert(guard::ACCOUNT_ID_KEY, account.id).await?;
        session.insert(guard::SAVED_ON_KEY, guard::today()).await
    };
    stored.await.map_err(|e| {
        tracing::error!(error = %e, "session write failed");
        AppError::Internal
    })?;
    leptos_axum::redirect(safe_next(next.as_deref()));
    Ok(())
}

#[cfg(feature = "ssr")]
async fn client_address() -> String {
    use axum::extract::ConnectInfo;
    use std::net::SocketAddr;
    leptos_axum::extract::<ConnectInfo<SocketAddr>>()
        .await
        .map(|ConnectInfo(addr)| addr.ip().to_string())
        .unwrap_or_else(|_| "unknown".to_string())
}

#[server(endpoint = "sign_out")]
pub async fn sign_out() -> Result<(), AppError> {
    let session = guard::session().await?;
    session.flush().await.map_err(|e| {
        tracing::error!(error = %e, "session delete failed");
        AppError::Internal
    })?;
    leptos_axum::redirect("/");
    Ok(())
}

#[server(endpoint = "request_password_reset")]
pub async fn request_password_reset(email: String) -> Result<(), AppError> {
    let email = EmailAddress::parse(&email)?;
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
