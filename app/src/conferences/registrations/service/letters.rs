//! Invitation letters for visas: issued by the secretariat, verified by embassies at their address.
use super::*;
use crate::audit::service::{self as audit, Change};
use crate::conferences::entities::{letter, registration};
use crate::conferences::registrations::{BadgeView, LetterView, RegistrationState, VisaLetter};
use crate::conferences::service::edition_row;
use crate::domain::Choice;
use crate::i18n::Lang;
use crate::server::error::{ServiceError, ServiceResult};
use crate::server::secrets::new_token;
use crate::server::RequestContext;
use chrono::Utc;
use sea_orm::QuerySelect;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
};

/// Issues the numbered invitation letter a person asked for, in `lang`; issuing again gives a
/// new number (the earlier letter stays valid).
///
/// # Errors
/// `NotFound`; `Conflict` when no letter was asked for or the person is not coming; database
/// errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn issue_letter(
    db: &DatabaseConnection,
    context: &RequestContext,
    registration_id: i32,
    lang: Lang,
) -> ServiceResult<String> {
    // Held until commit: a cancellation cannot slip between the check and the letter.
    let _turn = crate::server::database::writer_turn(db).await;
    let txn = context.begin(db).await?;
    let row = registration::Entity::find_by_id(registration_id)
        .lock_exclusive()
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if row.visa_letter == VisaLetter::None {
        return Err(ServiceError::Conflict { key: "error-no-letter-requested" });
    }
    if !matches!(state_of(&row), RegistrationState::Confirmed | RegistrationState::Attended) {
        return Err(ServiceError::Conflict { key: "error-letter-not-confirmed" });
    }
    let code = new_token()[..32].to_string();
    let issued = letter::ActiveModel {
        registration_id: Set(row.id),
        code: Set(code.clone()),
        language: Set(lang),
        issued_at: Set(Utc::now()),
        issued_by: Set(context.actor.email.clone()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let mut active: registration::ActiveModel = row.clone().into();
    active.visa_letter = Set(VisaLetter::Issued);
    active.updated_at = Set(Utc::now());
    active.update(&txn).await?;
    audit::record(
        &txn,
        &context.actor,
        Change::new(
            "conference.letter_issued",
            "registration",
            row.id,
            format!("No. {} – {}", issued.id, row.full_name),
        ),
    )
    .await?;
    context.commit(txn).await?;
    Ok(code)
}

/// A letter by the code in its verification address, written in the language it was issued in.
///
/// # Errors
/// `NotFound`; database errors.
pub async fn letter(db: &impl ConnectionTrait, code: &str, public_url: &str) -> ServiceResult<LetterView> {
    let issued = letter::Entity::find()
        .filter(letter::Column::Code.eq(code.trim()))
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let row = registration::Entity::find_by_id(issued.registration_id).one(db).await?.ok_or(ServiceError::NotFound)?;
    let edition = edition_row(db, row.edition_id).await?;
    let members = organisations(db, std::slice::from_ref(&row)).await?;
    let (organisation, _) = organisation_of(&row, &members);
    let lang = issued.language;
    let t = |key: &str, args: &[(&'static str, String)]| crate::i18n::translate_for_page(lang, key, args);
    let role = row.delegate_role;
    let nationality = row.nationality.clone().unwrap_or_default();
    let country = crate::membership::country_name(&nationality, lang).unwrap_or(&nationality).to_string();
    let title = edition_title(&edition, lang);
    let dates = crate::i18n::dates::range(lang, edition.starts_on, edition.ends_on);
    let issued_on = crate::i18n::dates::medium(lang, issued.issued_at.date_naive());
    Ok(LetterView {
        number: issued.id,
        language: lang.code().to_string(),
        reference: t("letter-reference", &[("number", issued.id.to_string()), ("date", issued_on)]),
        heading: t("letter-heading", &[]),
        body: t(
            "letter-body",
            &[
                ("name", row.passport_name.clone().unwrap_or_else(|| row.full_name.clone())),
                ("organisation", organisation.clone()),
                ("role", t(role.label_key(), &[])),
                ("conference", title.clone()),
                ("city", edition.city.clone()),
                ("dates", dates.clone()),
            ],
        ),
        details: vec![
            (t("letter-passport-name", &[]), row.passport_name.clone().unwrap_or_default()),
            (t("letter-passport-number", &[]), row.passport_number.clone().unwrap_or_default()),
            (t("letter-nationality", &[]), country),
            (
                t("letter-birth-date", &[]),
                row.birth_date.map(|d| crate::i18n::dates::medium(lang, d)).unwrap_or_default(),
            ),
            (t("letter-organisation", &[]), organisation),
            (t("letter-conference", &[]), format!("{title}, {}, {}", edition.venue, edition.city)),
            (t("letter-dates", &[]), dates),
        ],
        closing: t("letter-closing", &[]),
        verify_url: format!("{public_url}/letters/{}", issued.code),
        valid: matches!(row.state, RegistrationState::Confirmed | RegistrationState::Attended),
    })
}

/// Badges for everyone coming, with the QR code of their check-in address.
///
/// # Errors
/// `NotFound`; database errors.
pub async fn badges(db: &impl ConnectionTrait, edition_id: i32, public_url: &str) -> ServiceResult<Vec<BadgeView>> {
    let edition = edition_row(db, edition_id).await?;
    let coming: Vec<_> =
        edition_registrations(db, edition_id, None).await?.into_iter().filter(|r| state_of(r).holds_seat()).collect();
    let mut badges = Vec::with_capacity(coming.len());
    for view in views(db, &edition, coming).await? {
        let address = format!("{public_url}/secretariat/conferences/{edition_id}/checkin?code={}", view.checkin_code);
        let qr_svg = qrcode::QrCode::new(address.as_bytes())
            .map_err(|e| ServiceError::Internal(format!("QR code: {e}")))?
            .render::<qrcode::render::svg::Color>()
            .min_dimensions(120, 120)
            .build();
        badges.push(BadgeView {
            full_name: view.full_name,
            organisation: view.organisation,
            country: view.country,
            role: view.role,
            qr_svg,
            checkin_code: view.checkin_code,
        });
    }
    Ok(badges)
}
