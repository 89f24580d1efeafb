//! Twinning's rules: agreements proposed by the secretariat or by a party's focal point, checked
//! by the secretariat before they are public, and the stages they go through (`agreements`);
//! their documents (`documents`); the registry and an agreement's page as each reader may see
//! them (`reading`), and as files (`exports`); the map's data (`map`) and its drawings kept
//! ready to serve (`drawings`); projects and their support (`projects`); exchange visits and
//! what a member's page shows of its cooperation (`visits`); sample data (`samples`).
mod agreements;
mod documents;
mod drawings;
mod exports;
mod map;
mod projects;
mod reading;
mod samples;
mod visits;

pub use agreements::*;
pub use documents::*;
pub use drawings::*;
pub use exports::*;
pub use map::*;
pub use projects::*;
pub use reading::*;
pub use samples::*;
pub use visits::*;

use crate::i18n::Lang;
use crate::resolutions::{Reader, ThemeView};
use crate::server::database::writer_turn;
use crate::server::error::{ServiceError, ServiceResult};
use crate::server::RequestContext;
use crate::twinning::entities::{agreement, agreement_theme, party, stage};
use crate::twinning::{
    AgreementFields, AgreementForm, AgreementInput, AgreementKind, AgreementList, AgreementPage, AgreementQuery,
    AgreementStage, AgreementSummary, MapLink, MapPoint, MapQuery, MapView, Party, PartyInput, PartyView, StageFields,
    StageView, PARTY_SLOTS,
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, IntoActiveModel,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, QueryTrait,
};
use std::collections::{HashMap, HashSet};

/// Whether `reader` may see the agreement: the public once the secretariat validated it, its
/// parties' focal points and the secretariat always.
pub(super) fn may_read(row: &agreement::Model, parties: &[i32], reader: Reader) -> bool {
    match reader {
        Reader::Secretariat => true,
        Reader::Member { member_id } => row.validated_at.is_some() || parties.contains(&member_id),
        Reader::Public => row.validated_at.is_some(),
    }
}

/// Whether `reader` may change it: the secretariat, or a party's focal point.
pub(super) fn may_edit(parties: &[i32], reader: Reader) -> bool {
    match reader {
        Reader::Secretariat => true,
        Reader::Member { member_id } => parties.contains(&member_id),
        Reader::Public => false,
    }
}

pub(super) async fn member_parties(db: &impl ConnectionTrait, agreement_id: i32) -> ServiceResult<Vec<i32>> {
    Ok(party::Entity::find()
        .filter(party::Column::AgreementId.eq(agreement_id))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|p| p.member_id)
        .collect())
}

/// The agreement and its member parties, when `reader` may change it: `NotFound` when they may
/// not even see it, `Forbidden` when they see it but are not a party.
pub(super) async fn editable(
    db: &impl ConnectionTrait,
    id: i32,
    reader: Reader,
) -> ServiceResult<(agreement::Model, Vec<i32>)> {
    let row = agreement::Entity::find_by_id(id).one(db).await?.ok_or(ServiceError::NotFound)?;
    let parties = member_parties(db, id).await?;
    if !may_read(&row, &parties, reader) {
        return Err(ServiceError::NotFound);
    }
    if !may_edit(&parties, reader) {
        return Err(ServiceError::Forbidden);
    }
    Ok((row, parties))
}

/// Agreements of the kind and theme asked for ("" or an unknown value: any).
pub(super) fn filtered(
    mut select: sea_orm::Select<agreement::Entity>,
    kind: &str,
    theme: &str,
) -> sea_orm::Select<agreement::Entity> {
    use crate::domain::Choice;
    if let Some(kind) = AgreementKind::parse(kind) {
        select = select.filter(agreement::Column::Kind.eq(kind));
    }
    if let Ok(theme) = theme.parse::<i32>() {
        let tagged = agreement_theme::Entity::find()
            .select_only()
            .column(agreement_theme::Column::AgreementId)
            .filter(agreement_theme::Column::ThemeId.eq(theme))
            .into_query();
        select = select.filter(agreement::Column::Id.in_subquery(tagged));
    }
    select
}
