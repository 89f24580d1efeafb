//! Server functions of correspondence: the public reads a published text's addressees, members
//! read its letters, the secretariat keeps the register of addressees and records letters.
use super::{AddresseeInput, AddresseeRegister, AddresseeView, Correspondence, LetterForm, LetterInput, LetterPage};
use crate::error::AppError;
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use {
    super::{routes, service, AddresseeFields, LetterFields},
    crate::accounts::guard,
    crate::identity::Role,
    crate::resolutions::api::reader,
    crate::server::state,
};

/// Public once the text is published: its addressees; its letters for signed-in members.
#[server(endpoint = "get_correspondence")]
pub async fn get_correspondence(text_id: i32) -> Result<Correspondence, AppError> {
    Ok(service::correspondence(&state()?.db, text_id, reader().await?).await?)
}

/// The register's names (not contacts), for the text form.
#[server(endpoint = "list_addressees")]
pub async fn list_addressees() -> Result<Vec<AddresseeView>, AppError> {
    guard::require(&[Role::Secretariat]).await?;
    Ok(service::addressees(&state()?.db).await?)
}

/// The register with contacts, and the members not in it yet.
#[server(endpoint = "get_addressee_register")]
pub async fn get_addressee_register() -> Result<AddresseeRegister, AppError> {
    guard::require(&[Role::Secretariat]).await?;
    Ok(service::addressee_register(&state()?.db).await?)
}

#[server(endpoint = "get_addressee_form")]
pub async fn get_addressee_form(id: i32) -> Result<AddresseeInput, AppError> {
    guard::require(&[Role::Secretariat]).await?;
    Ok(service::addressee_input(&state()?.db, id).await?)
}

#[server(endpoint = "add_addressee")]
pub async fn add_addressee(#[server(default)] addressee: AddresseeInput) -> Result<(), AppError> {
    let (_, context) = guard::require_context(&[Role::Secretariat]).await?;
    let fields = AddresseeFields::parse(&addressee)?;
    service::add_addressee(&state()?.db, &context, &fields).await?;
    leptos_axum::redirect(routes::ADDRESSEES);
    Ok(())
}

#[server(endpoint = "update_addressee")]
pub async fn update_addressee(id: i32, #[server(default)] addressee: AddresseeInput) -> Result<(), AppError> {
    let (_, context) = guard::require_context(&[Role::Secretariat]).await?;
    let fields = AddresseeFields::parse(&addressee)?;
    service::update_addressee(&state()?.db, &context, id, &fields).await?;
    leptos_axum::redirect(routes::ADDRESSEES);
    Ok(())
}

#[server(endpoint = "get_letter_form")]
pub async fn get_letter_form(text_id: i32) -> Result<LetterForm, AppError> {
    guard::require(&[Role::Secretariat]).await?;
    Ok(service::letter_form(&state()?.db, text_id).await?)
}

#[server(endpoint = "record_text_letter")]
pub async fn record_text_letter(text_id: i32, #[server(default)] letter: LetterInput) -> Result<(), AppError> {
    let (_, context) = guard::require_context(&[Role::Secretariat]).await?;
    let fields = LetterFields::parse(&letter)?;
    let row = service::record_letter(&state()?.db, &context, text_id, &fields).await?;
    leptos_axum::redirect(&routes::letter(row.id));
    Ok(())
}

/// Signed-in members and the secretariat: one letter.
#[server(endpoint = "get_text_letter")]
pub async fn get_text_letter(id: i32) -> Result<LetterPage, AppError> {
    guard::require_signed_in().await?;
    Ok(service::letter_page(&state()?.db, id, reader().await?).await?)
}
