//! The member record's shared rules: good standing, name keys for duplicates and search, audit views.
use crate::membership::entities::{member, member_name_key};
use crate::membership::names::normalize;
use crate::membership::{MemberStatus, Profile};
use crate::server::counters;
use crate::server::error::{ServiceError, ServiceResult};
use sea_orm::sea_query::Query;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction,
    EntityTrait, QueryFilter, QueryOrder,
};
use serde_json::json;
use std::collections::HashMap;

pub const DIRECTORY_PAGE_SIZE: u64 = 20;

/// Whether a member is in good standing. The one place that decides it: an active member
/// whose dues are in order (finance records arrears through [`record_dues_arrears`]).
pub fn in_good_standing(member: &member::Model) -> bool {
    member.status == MemberStatus::Active && member.dues_arrears_since.is_none()
}

/// Finance records that a member's dues are unpaid since `since` (a grace date passed), or in
/// order again (`None`), inside the transaction of the payment or the change that decides it.
///
/// # Errors
/// `NotFound`; database errors.
pub async fn record_dues_arrears(
    db: &impl ConnectionTrait,
    member_id: i32,
    since: Option<chrono::NaiveDate>,
) -> ServiceResult<()> {
    let row = member::Entity::find_by_id(member_id).one(db).await?.ok_or(ServiceError::NotFound)?;
    if row.dues_arrears_since != since {
        set_dues_arrears(db, row, since).await?;
    }
    Ok(())
}

/// Every member's arrears at once: those in `owing` since their date, every other in order.
/// Returns how many changed.
///
/// # Errors
/// Database errors.
pub async fn replace_dues_arrears(
    db: &impl ConnectionTrait,
    owing: &HashMap<i32, chrono::NaiveDate>,
) -> ServiceResult<u64> {
    let flagged = member::Entity::find()
        .filter(
            sea_orm::Condition::any()
                .add(member::Column::DuesArrearsSince.is_not_null())
                .add(member::Column::Id.is_in(owing.keys().copied())),
        )
        .all(db)
        .await?;
    let mut changed = 0;
    for row in flagged {
        let since = owing.get(&row.id).copied();
        if row.dues_arrears_since != since {
            set_dues_arrears(db, row, since).await?;
            changed += 1;
        }
    }
    Ok(changed)
}

async fn set_dues_arrears(
    db: &impl ConnectionTrait,
    row: member::Model,
    since: Option<chrono::NaiveDate>,
) -> ServiceResult<()> {
    use sea_orm::IntoActiveModel;
    let (action, summary) = match since {
        Some(_) => ("membership.dues_arrears", row.latin_name.clone()),
        None => ("membership.dues_in_order", row.latin_name.clone()),
    };
    let before = row.dues_arrears_since;
    let mut changed = row.into_active_model();
    changed.dues_arrears_since = Set(since);
    let row = changed.update(db).await?;
    // The directory shows who is in good standing to signed-in readers.
    counters::raise(db, counters::MEMBER_DIRECTORY).await?;
    crate::audit::service::record(
        db,
        &crate::server::Actor::system(),
        crate::audit::service::Change::new(action, "member", row.id, summary)
            .before(&json!({ "dues_arrears_since": before.map(|d| d.to_string()) }))
            .after(&json!({ "dues_arrears_since": since.map(|d| d.to_string()) })),
    )
    .await
}

/// What other areas show of a member, and may ask of it: they read members through this, never
/// through the member table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MemberIdentity {
    pub id: i32,
    pub official_name: String,
    pub country: String,
    pub in_good_standing: bool,
}

impl From<member::Model> for MemberIdentity {
    fn from(row: member::Model) -> Self {
        MemberIdentity {
            id: row.id,
            in_good_standing: in_good_standing(&row),
            official_name: row.official_name,
            country: row.country,
        }
    }
}

/// One member, for other areas.
///
/// # Errors
/// `NotFound`; database errors.
pub async fn identity(db: &impl ConnectionTrait, id: i32) -> ServiceResult<MemberIdentity> {
    Ok(member::Entity::find_by_id(id).one(db).await?.ok_or(ServiceError::NotFound)?.into())
}

/// Several members by id, for other areas' lists (a conference's delegations).
///
/// # Errors
/// Database errors.
pub async fn identities(db: &impl ConnectionTrait, ids: &[i32]) -> ServiceResult<HashMap<i32, MemberIdentity>> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let rows = member::Entity::find().filter(member::Column::Id.is_in(ids.iter().copied())).all(db).await?;
    Ok(rows.into_iter().map(|row| (row.id, row.into())).collect())
}

pub(super) fn name_keys(names: &[&str]) -> Vec<String> {
    let mut keys: Vec<String> = names.iter().map(|n| normalize(n)).filter(|k| !k.is_empty()).collect();
    keys.sort();
    keys.dedup();
    keys
}

pub(super) fn audit_view(row: &member::Model) -> serde_json::Value {
    json!({
        "official_name": row.official_name,
        "latin_name": row.latin_name,
        "country": row.country,
        "status": row.status,
        "review_state": row.review_state,
        "decision_reason": row.decision_reason,
        "member_since": row.member_since.map(|d| d.to_string()),
    })
}

/// The first earlier record of the same authority (same country, a name equal in any script),
/// other than `except`.
pub(super) async fn find_duplicate(
    db: &impl ConnectionTrait,
    country: &str,
    keys: &[String],
    except: Option<i32>,
) -> ServiceResult<Option<member::Model>> {
    let mut query = member::Entity::find().filter(member::Column::Status.ne(MemberStatus::Rejected)).filter(
        member::Column::Id.in_subquery(
            Query::select()
                .column(member_name_key::Column::MemberId)
                .from(member_name_key::Entity)
                .and_where(member_name_key::Column::Country.eq(country))
                .and_where(member_name_key::Column::NameKey.is_in(keys.to_vec()))
                .to_owned(),
        ),
    );
    if let Some(except) = except {
        query = query.filter(member::Column::Id.ne(except));
    }
    Ok(query.order_by_asc(member::Column::Id).one(db).await?)
}

/// Writes the profile's fields onto a member row.
pub(super) fn set_profile(row: &mut member::ActiveModel, profile: &Profile) {
    row.kind = Set(profile.kind);
    row.official_name = Set(profile.official_name.clone());
    row.latin_name = Set(profile.latin_name.clone());
    row.english_name = Set(profile.english_name.clone());
    row.french_name = Set(profile.french_name.clone());
    row.country = Set(profile.country.clone());
    row.region = Set(profile.region.clone());
    row.population = Set(profile.population);
    row.website = Set(profile.website.clone());
    row.head_name = Set(profile.head_name.as_str().to_string());
    row.head_title = Set(profile.head_title.clone());
    row.focal_name = Set(profile.focal_name.as_str().to_string());
    row.focal_email = Set(profile.focal_email.as_str().to_string());
    row.focal_phone = Set(profile.focal_phone.clone());
    row.focal_language = Set(profile.focal_language);
    row.latitude_micro = Set(profile.coordinates.map(|c| c.latitude_micro));
    row.longitude_micro = Set(profile.coordinates.map(|c| c.longitude_micro));
}

/// A member read for a change and held until the transaction ends (SQLite callers take the
/// writer turn first): two changes at once are taken one after the other, each seeing the
/// other's result.
///
/// # Errors
/// `NotFound`; database errors.
pub(super) async fn locked_member(txn: &DatabaseTransaction, id: i32) -> ServiceResult<member::Model> {
    use sea_orm::QuerySelect;
    member::Entity::find_by_id(id).lock_exclusive().one(txn).await?.ok_or(ServiceError::NotFound)
}

/// Stores `keys` as the member's names, unless another member took one of them meanwhile (the
/// database's unique index on country and key decides between simultaneous writers): then
/// the change is rolled back and the other member named.
///
/// # Errors
/// `DuplicateOf`; database errors.
pub(super) async fn claim_name_keys(
    db: &DatabaseConnection,
    txn: &DatabaseTransaction,
    row: &member::Model,
    keys: &[String],
) -> ServiceResult<()> {
    match replace_name_keys(txn, row, keys.to_vec()).await {
        Err(ServiceError::Database(error))
            if matches!(error.sql_err(), Some(sea_orm::SqlErr::UniqueConstraintViolation(_))) =>
        {
            // The transaction cannot go on (PostgreSQL aborted it): ask the database as it is now.
            match find_duplicate(db, &row.country, keys, Some(row.id)).await? {
                Some(other) => Err(ServiceError::DuplicateOf { id: other.id, name: other.latin_name }),
                None => Err(ServiceError::Database(error)),
            }
        }
        other => other,
    }
}

/// Replaces a member's searchable name keys with `keys`, and tells every process's directory
/// index.
pub(super) async fn replace_name_keys(
    db: &impl ConnectionTrait,
    row: &member::Model,
    keys: Vec<String>,
) -> ServiceResult<()> {
    counters::raise(db, counters::MEMBER_DIRECTORY).await?;
    member_name_key::Entity::delete_many().filter(member_name_key::Column::MemberId.eq(row.id)).exec(db).await?;
    for key in keys {
        member_name_key::ActiveModel {
            member_id: Set(row.id),
            country: Set(row.country.clone()),
            name_key: Set(key),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

/// What the finance area needs to bill a member: what its dues depend on, how it is named and
/// addressed on an invoice, and whom to write to, in which language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BillingContact {
    pub id: i32,
    pub kind: crate::membership::AuthorityKind,
    pub population: Option<i64>,
    pub country: String,
    pub region: Option<String>,
    pub official_name: String,
    pub latin_name: String,
    pub english_name: Option<String>,
    pub french_name: Option<String>,
    pub focal_name: String,
    pub focal_email: String,
    pub focal_language: crate::i18n::Lang,
}

impl BillingContact {
    /// Whether the member is a Palestinian local authority (solidarity rules of the dues).
    pub fn is_palestinian(&self) -> bool {
        self.country == "PS"
    }

    /// The name a reader of `lang` knows the member by.
    pub fn name_in(&self, lang: crate::i18n::Lang) -> &str {
        crate::membership::shown_name(
            lang,
            &self.official_name,
            &self.latin_name,
            self.english_name.as_deref(),
            self.french_name.as_deref(),
        )
    }
}

impl From<member::Model> for BillingContact {
    fn from(row: member::Model) -> Self {
        BillingContact {
            id: row.id,
            kind: row.kind,
            population: row.population,
            country: row.country,
            region: row.region,
            official_name: row.official_name,
            latin_name: row.latin_name,
            english_name: row.english_name,
            french_name: row.french_name,
            focal_name: row.focal_name,
            focal_email: row.focal_email,
            focal_language: row.focal_language,
        }
    }
}

/// The active members, who owe the year's dues, by id.
///
/// # Errors
/// Database errors.
pub async fn active_billing_contacts(db: &impl ConnectionTrait) -> ServiceResult<Vec<BillingContact>> {
    let rows = member::Entity::find()
        .filter(member::Column::Status.eq(MemberStatus::Active))
        .order_by_asc(member::Column::Id)
        .all(db)
        .await?;
    Ok(rows.into_iter().map(BillingContact::from).collect())
}

/// One member's billing contact, whatever its status (its invoices stay readable).
///
/// # Errors
/// `NotFound`; database errors.
pub async fn billing_contact(db: &impl ConnectionTrait, id: i32) -> ServiceResult<BillingContact> {
    Ok(member::Entity::find_by_id(id).one(db).await?.ok_or(ServiceError::NotFound)?.into())
}
