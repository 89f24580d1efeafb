//! Membership certificates: issued to active members, verified at their address.
use super::*;
use crate::audit::service::{self as audit, Change};
use crate::i18n::Lang;
use crate::membership::entities::{certificate, member};
use crate::membership::{CertificateView, MemberStatus};
use crate::server::error::{ServiceError, ServiceResult};
use crate::server::RequestContext;
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
};

/// Issues a numbered membership certificate for an active member; its code makes the public
/// verification address.
///
/// # Errors
/// `NotFound`; `Conflict` when the member is not active; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref(), member_id = member_id))]
pub async fn issue_certificate(
    db: &DatabaseConnection,
    context: &RequestContext,
    member_id: i32,
    lang: Lang,
) -> ServiceResult<certificate::Model> {
    let txn = context.begin(db).await?;
    let row = member::Entity::find_by_id(member_id).one(&txn).await?.ok_or(ServiceError::NotFound)?;
    if row.status != MemberStatus::Active {
        return Err(ServiceError::Conflict { key: "error-not-active" });
    }
    let issued = certificate::ActiveModel {
        member_id: Set(row.id),
        code: Set(crate::server::secrets::new_token()[..32].to_string()),
        language: Set(lang),
        issued_at: Set(Utc::now()),
        issued_by: Set(context.actor.email.clone()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        &context.actor,
        Change::new(
            "membership.certificate_issued",
            "member",
            row.id,
            format!("certificate no. {} for {}", issued.id, row.latin_name),
        ),
    )
    .await?;
    context.commit(txn).await?;
    Ok(issued)
}

/// A certificate by its code, with the member's standing today.
///
/// # Errors
/// `NotFound` for an unknown code; database errors.
pub async fn certificate(db: &impl ConnectionTrait, code: &str, public_url: &str) -> ServiceResult<CertificateView> {
    let issued = certificate::Entity::find()
        .filter(certificate::Column::Code.eq(code.trim()))
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let row = member::Entity::find_by_id(issued.member_id).one(db).await?.ok_or(ServiceError::NotFound)?;
    Ok(CertificateView {
        number: issued.id,
        member: directory_entry(&row),
        status: row.status,
        issued_on: issued.issued_at.date_naive(),
        verify_url: format!("{public_url}/certificates/{}", issued.code),
    })
}
