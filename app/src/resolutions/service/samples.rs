//! Sample texts in the three languages, for trying the area out and for its benchmark.
use super::*;
use crate::resolutions::entities::text_theme;
use crate::resolutions::TextKind;
use crate::server::counters;
use chrono::Utc;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, DatabaseConnection, PaginatorTrait, TransactionTrait};
use strum::VariantArray;

/// Adds `count` published sample texts (series "S", with two themes each). Returns how many
/// texts exist afterwards.
///
/// # Errors
/// Database errors.
pub async fn insert_sample_texts(db: &DatabaseConnection, count: u32) -> ServiceResult<u64> {
    let txn = db.begin().await?;
    let start = text::Entity::find().count(&txn).await?;
    let theme_ids: Vec<i32> = theme::Entity::find().all(&txn).await?.into_iter().map(|t| t.id).collect();
    let now = Utc::now();
    for i in 0..u64::from(count) {
        let n = start + i + 1;
        let kind = TextKind::VARIANTS[usize::try_from(n % 4).unwrap_or(0)];
        let row = text::ActiveModel {
            kind: Set(kind),
            reference: Set(format!("S-{n:04}")),
            authoritative_language: Set(Lang::Ar),
            state: Set(TextState::Published),
            adopting_body: Set(Some("General Conference".into())),
            adopted_on: Set(Some(now.date_naive())),
            current_version: Set(1),
            published_at: Set(Some(now)),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        version::ActiveModel {
            text_id: Set(row.id),
            version: Set(1),
            title_ar: Set(format!("توصية نموذجية رقم {n} بشأن التعاون البلدي")),
            title_en: Set(format!("Sample recommendation {n} on municipal cooperation")),
            title_fr: Set(format!("Recommandation exemple {n} sur la coopération municipale")),
            body_ar: Set("يوصي المؤتمر **البلديات الأعضاء** بتبادل الخبرات في التخطيط ونظم المعلومات الجغرافية.".into()),
            body_en: Set(
                "The conference recommends that **member municipalities** share expertise in planning and GIS.".into(),
            ),
            body_fr: Set(
                "La conférence recommande aux **communes membres** de partager leur expertise en planification et SIG."
                    .into(),
            ),
            note: Set(String::new()),
            created_by: Set("seed".into()),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        if !theme_ids.is_empty() {
            let at = usize::try_from(n).unwrap_or(0);
            let picks = [at % theme_ids.len(), (at + 3) % theme_ids.len()];
            let mut picked: Vec<i32> = picks.iter().map(|&p| theme_ids[p]).collect();
            picked.dedup();
            let links = picked
                .into_iter()
                .map(|theme_id| text_theme::ActiveModel { text_id: Set(row.id), theme_id: Set(theme_id) });
            text_theme::Entity::insert_many(links).exec_without_returning(&txn).await?;
        }
    }
    let total = text::Entity::find().count(&txn).await?;
    counters::raise(&txn, counters::RESOLUTIONS).await?;
    txn.commit().await?;
    Ok(total)
}
