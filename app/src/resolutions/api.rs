//! Server functions of the resolutions area: the public reads published texts, focal points
//! comment for their own member, the secretariat drafts and moves texts through their lifecycle.
use super::{AdoptionInput, Comparison, TextInput, TextList, TextPage, TextQuery, TextState, ThemeInput, ThemeView};
use crate::error::AppError;
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use {
    super::{routes, service, Adoption, Reader, TextFields, ThemeFields},
    crate::accounts::guard,
    crate::domain::Choice,
    crate::identity::{CurrentUser, Role},
    crate::server::state,
};

/// What the person asking may read.
#[cfg(feature = "ssr")]
pub(crate) fn reader_of(user: Option<&CurrentUser>) -> Reader {
    match user {
        Some(user) if user.role == Role::Secretariat => Reader::Secretariat,
        Some(CurrentUser { role: Role::FocalPoint, member_id: Some(member_id), .. }) => {
            Reader::Member { member_id: *member_id }
        }
        _ => Reader::Public,
    }
}

#[cfg(feature = "ssr")]
pub(crate) async fn reader() -> Result<Reader, AppError> {
    Ok(reader_of(guard::current_user().await?.as_ref()))
}

/// Public: the texts the reader may see, filtered.
#[server(endpoint = "list_texts")]
pub async fn list_texts(#[server(default)] query: TextQuery) -> Result<TextList, AppError> {
    let copies = crate::server::area_state::<std::sync::Arc<service::TrackerCopies>>()?;
    Ok(copies.list(&state()?.db, &query, reader().await?).await?)
}

/// Public once published: a text's page.
#[server(endpoint = "get_text")]
pub async fn get_text(id: i32) -> Result<TextPage, AppError> {
    Ok(service::page(&state()?.db, id, reader().await?).await?)
}

/// Public once published: two versions side by side.
#[server(endpoint = "compare_text_versions")]
pub async fn compare_text_versions(id: i32, from: i32, to: i32) -> Result<Comparison, AppError> {
    Ok(service::compare(&state()?.db, id, from, to, reader().await?).await?)
}

/// Public: the shared list of themes.
#[server(endpoint = "list_themes")]
pub async fn list_themes() -> Result<Vec<ThemeView>, AppError> {
    Ok(service::themes(&state()?.db).await?)
}

#[server(endpoint = "create_text")]
pub async fn create_text(#[server(default)] text: TextInput) -> Result<(), AppError> {
    let (_, context) = guard::require_context(&[Role::Secretariat]).await?;
    let fields = TextFields::parse(&text)?;
    let row = service::create_draft(&state()?.db, &context, &fields).await?;
    leptos_axum::redirect(&routes::text(row.id));
    Ok(())
}

/// The text form's values, and the state that decides whether saving amends.
#[server(endpoint = "get_text_form")]
pub async fn get_text_form(id: i32) -> Result<(TextInput, TextState), AppError> {
    guard::require(&[Role::Secretariat]).await?;
    Ok(service::text_form(&state()?.db, id).await?)
}

#[server(endpoint = "update_text")]
pub async fn update_text(id: i32, #[server(default)] text: TextInput) -> Result<(), AppError> {
    let (_, context) = guard::require_context(&[Role::Secretariat]).await?;
    let fields = TextFields::parse(&text)?;
    service::update_text(&state()?.db, &context, id, &fields).await?;
    leptos_axum::redirect(&routes::text(id));
    Ok(())
}

/// Open for comment, back to draft, publish, withdraw.
#[server(endpoint = "move_text")]
pub async fn move_text(id: i32, to: String) -> Result<(), AppError> {
    let (_, context) = guard::require_context(&[Role::Secretariat]).await?;
    let next = TextState::parse(&to).ok_or_else(|| AppError::invalid("to", "error-choice-invalid"))?;
    service::move_text(&state()?.db, &context, id, next).await?;
    leptos_axum::redirect(&routes::text(id));
    Ok(())
}

#[server(endpoint = "adopt_text")]
pub async fn adopt_text(id: i32, #[server(default)] adoption: AdoptionInput) -> Result<(), AppError> {
    let (_, context) = guard::require_context(&[Role::Secretariat]).await?;
    let adoption = Adoption::parse(&adoption)?;
    service::adopt(&state()?.db, &context, id, &adoption).await?;
    leptos_axum::redirect(&routes::text(id));
    Ok(())
}

/// Marks the text superseded by the text with reference `by`.
#[server(endpoint = "supersede_text")]
pub async fn supersede_text(id: i32, by: String) -> Result<(), AppError> {
    let (_, context) = guard::require_context(&[Role::Secretariat]).await?;
    service::supersede(&state()?.db, &context, id, &by).await?;
    leptos_axum::redirect(&routes::text(id));
    Ok(())
}

/// A focal point comments for its own member while the text is open for comment.
#[server(endpoint = "comment_on_text")]
pub async fn comment_on_text(id: i32, body: String) -> Result<(), AppError> {
    let (user, context) = guard::require_context(&[Role::FocalPoint]).await?;
    let member_id = user.member_id.ok_or_else(guard::forbidden)?;
    let mut problems = Vec::new();
    let body = crate::domain::multiline_text(&body, "body", 5_000, &mut problems);
    if body.is_empty() {
        problems.push(crate::domain::FieldError { field: "body", key: "error-required" });
    }
    if !problems.is_empty() {
        return Err(problems.into());
    }
    service::add_comment(&state()?.db, &context, id, member_id, &body).await?;
    leptos_axum::redirect(&format!("{}#comments", routes::text(id)));
    Ok(())
}

#[server(endpoint = "add_theme")]
pub async fn add_theme(#[server(default)] theme: ThemeInput) -> Result<(), AppError> {
    let (_, context) = guard::require_context(&[Role::Secretariat]).await?;
    let fields = ThemeFields::parse(&theme)?;
    service::add_theme(&state()?.db, &context, &fields).await?;
    leptos_axum::redirect(routes::THEMES);
    Ok(())
}

#[server(endpoint = "rename_theme")]
pub async fn rename_theme(id: i32, #[server(default)] theme: ThemeInput) -> Result<(), AppError> {
    let (_, context) = guard::require_context(&[Role::Secretariat]).await?;
    let fields = ThemeFields::parse(&theme)?;
    service::rename_theme(&state()?.db, &context, id, &fields).await?;
    leptos_axum::redirect(routes::THEMES);
    Ok(())
}
