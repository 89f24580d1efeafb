//! Members out of Sumud: counts, the secretariat's CSV, the public JSON.
use super::*;
use crate::domain::Choice;
use crate::i18n::Lang;
use crate::membership::entities::member;
use crate::membership::{DirectoryEntry, MemberStatus};
use crate::server::error::ServiceResult;
use crate::server::spreadsheet::SpreadsheetCsv;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};

/// How many members are active, for the home page and tests.
///
/// # Errors
/// Database errors.
pub async fn active_count(db: &impl ConnectionTrait) -> ServiceResult<u64> {
    Ok(member::Entity::find().filter(member::Column::Status.eq(MemberStatus::Active)).count(db).await?)
}

/// Members (not applicants), for the secretariat's export, by name.
pub(super) async fn members_for_export(db: &impl ConnectionTrait) -> ServiceResult<Vec<member::Model>> {
    Ok(member::Entity::find()
        .filter(member::Column::Status.is_in([
            MemberStatus::Active.as_str(),
            MemberStatus::Suspended.as_str(),
            MemberStatus::Withdrawn.as_str(),
        ]))
        .order_by_asc(member::Column::LatinName)
        .all(db)
        .await?)
}

/// The member list as CSV with headers in `lang`: UTF-8 with a byte-order mark, so spreadsheet
/// programs show Arabic names correctly.
///
/// # Errors
/// Database errors.
pub async fn members_csv(db: &impl ConnectionTrait, lang: Lang) -> ServiceResult<Vec<u8>> {
    use crate::i18n::translate;
    let rows = members_for_export(db).await?;
    let mut out = SpreadsheetCsv::default();
    let header: Vec<String> = [
        "field-official-name",
        "field-latin-name",
        "field-english-name",
        "field-french-name",
        "field-kind",
        "field-country",
        "directory-origin",
        "field-region",
        "field-population",
        "field-website",
        "apply-head",
        "field-title",
        "apply-focal",
        "field-email",
        "field-phone",
        "field-preferred-language",
        "member-standing",
        "member-since",
    ]
    .iter()
    .map(|key| translate(lang, key, &[]))
    .collect();
    out.row(&header)?;
    for row in rows {
        let kind = row.kind;
        let status = row.status;
        let origin =
            if crate::membership::is_palestinian(&row.country) { "origin-palestinian" } else { "origin-international" };
        out.row([
            row.official_name.clone(),
            row.latin_name.clone(),
            row.english_name.clone().unwrap_or_default(),
            row.french_name.clone().unwrap_or_default(),
            translate(lang, kind.label_key(), &[]),
            crate::membership::country_name(&row.country, lang).unwrap_or(&row.country).to_string(),
            translate(lang, origin, &[]),
            row.region.clone().unwrap_or_default(),
            row.population.map(|p| p.to_string()).unwrap_or_default(),
            row.website.clone().unwrap_or_default(),
            row.head_name.clone(),
            row.head_title.clone(),
            row.focal_name.clone(),
            row.focal_email.clone(),
            row.focal_phone.clone(),
            row.focal_language.code().to_string(),
            translate(lang, status.label_key(), &[]),
            row.member_since.map(|d| d.to_string()).unwrap_or_default(),
        ])?;
    }
    out.finish()
}

/// Every active member as the public directory shows it (the directory's JSON).
///
/// # Errors
/// Database errors.
pub async fn public_members(db: &impl ConnectionTrait) -> ServiceResult<Vec<DirectoryEntry>> {
    Ok(member::Entity::find()
        .filter(member::Column::Status.eq(MemberStatus::Active))
        .order_by_asc(member::Column::LatinName)
        .all(db)
        .await?
        .iter()
        .map(directory_entry)
        .collect())
}

/// Members by id as the directory shows them, whatever their status (other areas name the
/// parties of their records with it: a twinning outlives a member's suspension).
///
/// # Errors
/// Database errors.
pub async fn directory_entries(
    db: &impl ConnectionTrait,
    ids: &[i32],
) -> ServiceResult<std::collections::HashMap<i32, DirectoryEntry>> {
    if ids.is_empty() {
        return Ok(Default::default());
    }
    let rows = member::Entity::find().filter(member::Column::Id.is_in(ids.iter().copied())).all(db).await?;
    Ok(rows.iter().map(|row| (row.id, directory_entry(row))).collect())
}

/// Which of `ids` are active members (other areas take only those as new parties to their
/// records: an applicant's name is not public).
///
/// # Errors
/// Database errors.
pub async fn active_among(db: &impl ConnectionTrait, ids: &[i32]) -> ServiceResult<std::collections::HashSet<i32>> {
    if ids.is_empty() {
        return Ok(Default::default());
    }
    Ok(member::Entity::find()
        .filter(member::Column::Id.is_in(ids.iter().copied()))
        .filter(member::Column::Status.eq(MemberStatus::Active))
        .all(db)
        .await?
        .into_iter()
        .map(|row| row.id)
        .collect())
}

/// An active member with where it is, for other areas' maps.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocatedMember {
    pub entry: DirectoryEntry,
    pub coordinates: crate::membership::Coordinates,
}

/// Every active member whose coordinates are known, by id.
///
/// # Errors
/// Database errors.
pub async fn located_members(db: &impl ConnectionTrait) -> ServiceResult<Vec<LocatedMember>> {
    let rows = member::Entity::find()
        .filter(member::Column::Status.eq(MemberStatus::Active))
        .filter(member::Column::LatitudeMicro.is_not_null())
        .filter(member::Column::LongitudeMicro.is_not_null())
        .order_by_asc(member::Column::Id)
        .all(db)
        .await?;
    Ok(rows
        .iter()
        .filter_map(|row| {
            let coordinates = crate::membership::Coordinates::stored(row.latitude_micro, row.longitude_micro)?;
            Some(LocatedMember { entry: directory_entry(row), coordinates })
        })
        .collect())
}
