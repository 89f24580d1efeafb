//! Sample members, to try Sumud out and to benchmark the directory.
use super::*;
use crate::domain::Choice;
use crate::domain::{EmailAddress, PersonName};
use crate::i18n::Lang;
use crate::membership::entities::member;
use crate::membership::{AuthorityKind, MemberStatus, Profile, ReviewState};
use crate::server::error::ServiceResult;
use chrono::Utc;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, DatabaseConnection, EntityTrait, PaginatorTrait, TransactionTrait};

/// Adds `count` active sample members (in Arabic and Latin script, across countries), for trying
/// Sumud out and for the directory benchmark. Returns how many members exist afterwards.
///
/// # Errors
/// Database errors.
pub async fn insert_sample_members(db: &DatabaseConnection, count: u32) -> ServiceResult<u64> {
    const COUNTRIES: [&str; 8] = ["PS", "PS", "PS", "JO", "MA", "FR", "ES", "ZA"];
    let txn = db.begin().await?;
    let start = member::Entity::find().count(&txn).await?;
    let now = Utc::now();
    for i in 0..u64::from(count) {
        let n = start + i + 1;
        let mut row = member::ActiveModel {
            arabic_name: Set(None),
            motivation: Set("Sample member.".into()),
            status: Set(MemberStatus::Active),
            review_state: Set(ReviewState::Approved),
            decision_reason: Set(None),
            member_since: Set(Some(now.date_naive())),
            status_changed_at: Set(now),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        };
        let profile = Profile {
            kind: AuthorityKind::ALL[usize::try_from(n % 5).unwrap_or(0)],
            official_name: format!("بلدية نموذجية {n}"),
            latin_name: format!("Sample Municipality {n}"),
            english_name: None,
            french_name: Some(format!("Commune exemple {n}")),
            country: COUNTRIES[usize::try_from(n % 8).unwrap_or(0)].to_string(),
            region: None,
            population: Some(i64::try_from(1000 + n * 37).unwrap_or(1000)),
            website: None,
            head_name: PersonName::parse("Sample Head", "head_name")?,
            head_title: "Mayor".into(),
            focal_name: PersonName::parse("Sample Focal Point", "focal_name")?,
            focal_email: EmailAddress::parse(&format!("focal{n}@sample.example"))?,
            focal_phone: "+000 000 000".into(),
            focal_language: Lang::En,
            // Spread over the map, the same for the same `n`.
            coordinates: Some(crate::membership::Coordinates {
                latitude_micro: i32::try_from((n * 7_919) % 110_000).unwrap_or(0) * 1_000 - 45_000_000,
                longitude_micro: i32::try_from((n * 104_729) % 340_000).unwrap_or(0) * 1_000 - 170_000_000,
            }),
        };
        set_profile(&mut row, &profile);
        let row = row.insert(&txn).await?;
        replace_name_keys(&txn, &row, name_keys(&profile.names())).await?;
    }
    let total = member::Entity::find().count(&txn).await?;
    txn.commit().await?;
    Ok(total)
}
