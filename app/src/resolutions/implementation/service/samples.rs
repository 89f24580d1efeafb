//! Sample action plans for the sample texts, in the three languages, for trying the area out and
//! for its benchmark: ten actions on three levels per text, five timeline entries each.
use super::*;
use crate::resolutions::entities::timeline_entry;
use crate::server::counters;
use chrono::{Days, Utc};
use sea_orm::ActiveModelTrait;
use sea_orm::{ActiveValue::Set, DatabaseConnection, PaginatorTrait, TransactionTrait};

const TITLES: [(&str, &str, &str); 10] = [
    ("شبكة النقل", "Transport network", "Réseau de transport"),
    ("تأهيل الطرق", "Road rehabilitation", "Réhabilitation des routes"),
    ("مسح الطرق", "Road survey", "Relevé des routes"),
    ("تعبيد الطرق", "Paving", "Revêtement"),
    ("إشارات المرور", "Traffic signals", "Signalisation"),
    ("نظم المعلومات الجغرافية", "GIS for planning", "SIG pour la planification"),
    ("تدريب الموظفين", "Staff training", "Formation du personnel"),
    ("قاعدة بيانات العقارات", "Property database", "Base de données foncière"),
    ("السوق المركزي", "Central market", "Marché central"),
    ("الصالة الرياضية", "Sports hall", "Salle de sport"),
];

/// Parent of each of the ten actions, as an index among them: two projects, one with a
/// sub-project, and top-level actions.
const PARENTS: [Option<usize>; 10] = [None, Some(0), Some(1), Some(1), Some(0), None, Some(5), Some(5), None, None];

/// Adds a plan to every sample text ("S-…") that has none. Returns how many actions exist.
///
/// # Errors
/// Database errors.
pub async fn insert_sample_plans(db: &DatabaseConnection) -> ServiceResult<u64> {
    let txn = db.begin().await?;
    let statuses = statuses(&txn).await?;
    let status_ids: Vec<i32> = statuses.iter().filter(|s| s.counts).map(|s| s.id).collect();
    let planned: std::collections::HashSet<i32> =
        action::Entity::find().all(&txn).await?.into_iter().map(|a| a.text_id).collect();
    let texts = text::Entity::find().filter(text::Column::Reference.starts_with("S-")).all(&txn).await?;
    let now = Utc::now();
    let today = now.date_naive();
    // The last two actions of each plan are renewed at the latest edition held as well.
    let newest_edition = crate::conferences::service::editions(&txn).await?.past.first().map(|edition| edition.id);
    for (n, row) in texts.into_iter().filter(|t| !planned.contains(&t.id)).enumerate() {
        let mut ids: Vec<i32> = Vec::with_capacity(TITLES.len());
        for (i, ((ar, en, fr), parent)) in TITLES.iter().zip(PARENTS).enumerate() {
            let progress = i32::try_from((n * 7 + i * 13) % 101).unwrap_or(0);
            let inserted = action::ActiveModel {
                text_id: Set(row.id),
                parent_id: Set(parent.map(|p| ids[p])),
                external_id: Set(Some(format!("{}-A{:02}", row.reference, i + 1))),
                title_ar: Set((*ar).to_string()),
                title_en: Set((*en).to_string()),
                title_fr: Set((*fr).to_string()),
                original_language: Set(Lang::Ar),
                responsible: Set(Responsible::Secretariat),
                member_id: Set(None),
                status_id: Set(status_ids[(n + i) % status_ids.len()]),
                progress: Set(progress),
                weight: Set(i32::try_from(1 + i % 3).unwrap_or(1)),
                starts_on: Set(today.checked_sub_days(Days::new(200))),
                due_on: Set(today.checked_add_days(Days::new(30 * (i as u64) + 1))),
                position: Set(i32::try_from(i).unwrap_or(0)),
                reminded_at: Set(None),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
            ids.push(inserted.id);
        }
        let entries = ids.iter().flat_map(|&action_id| {
            (0..5u64).map(move |k| timeline_entry::ActiveModel {
                action_id: Set(action_id),
                happened_on: Set(today.checked_sub_days(Days::new(150 - 30 * k)).unwrap_or(today)),
                note: Set(format!("Site visit {}: work continues as planned.", k + 1)),
                progress_after: Set(Some(i32::try_from(k * 20).unwrap_or(0))),
                status_id: Set(None),
                author_name: Set("seed".into()),
                created_at: Set(now),
                ..Default::default()
            })
        });
        timeline_entry::Entity::insert_many(entries).exec_without_returning(&txn).await?;
        let links: Vec<_> = ids
            .iter()
            .enumerate()
            .flat_map(|(i, &action_id)| {
                let renewed = newest_edition.filter(|&newest| i >= 8 && Some(newest) != row.edition_id);
                row.edition_id.into_iter().chain(renewed).map(move |edition_id| action_edition::ActiveModel {
                    action_id: Set(action_id),
                    edition_id: Set(edition_id),
                })
            })
            .collect();
        if !links.is_empty() {
            action_edition::Entity::insert_many(links).exec_without_returning(&txn).await?;
        }
    }
    let total = action::Entity::find().count(&txn).await?;
    counters::raise(&txn, counters::RESOLUTIONS).await?;
    txn.commit().await?;
    Ok(total)
}
