//! The public dashboard: the plans of every published text rolled up, then counted by theme (of
//! the text), by the conference edition that adopted or renewed each action, and by status.
use super::*;
use crate::resolutions::entities::{action_edition, text_theme};
use crate::resolutions::implementation::{edition_shares, weighted_mean, Dashboard, DashboardRow, EditionShare};
use std::collections::BTreeMap;

/// The mean of whole percents, rounded; `None` for none.
fn mean(values: &[i32]) -> Option<i32> {
    let count = i64::try_from(values.len()).ok().filter(|n| *n > 0)?;
    let sum: i64 = values.iter().map(|v| i64::from(*v)).sum();
    i32::try_from((sum + count / 2) / count).ok()
}

/// The dashboard's figures, and the edition each of its rows by edition is about: their titles
/// are the conferences area's, read on each use ([`with_edition_titles`]) so that a kept copy
/// of the figures never shows an old title.
#[derive(Clone, Debug)]
pub struct DashboardFigures {
    pub dashboard: Dashboard,
    pub editions: Vec<i32>,
}

/// # Errors
/// Database errors.
pub async fn dashboard(db: &impl ConnectionTrait) -> ServiceResult<Dashboard> {
    with_edition_titles(db, &dashboard_figures(db).await?).await
}

/// The figures with their editions' current titles, the earliest edition first (an edition gone
/// is left out).
///
/// # Errors
/// Database errors.
pub async fn with_edition_titles(db: &impl ConnectionTrait, figures: &DashboardFigures) -> ServiceResult<Dashboard> {
    let rows: HashMap<i32, &DashboardRow> =
        figures.editions.iter().copied().zip(&figures.dashboard.by_edition).collect();
    let mut dashboard = figures.dashboard.clone();
    dashboard.by_edition = crate::conferences::service::editions_in_order(db, &figures.editions)
        .await?
        .into_iter()
        .filter_map(|(id, title)| {
            let row = rows.get(&id)?;
            Some(DashboardRow { label: [title.ar, title.en, title.fr], ..(*row).clone() })
        })
        .collect();
    Ok(dashboard)
}

/// Every published text's plan rolled up and counted: the costly part, which a copy keeps.
///
/// # Errors
/// Database errors.
pub async fn dashboard_figures(db: &impl ConnectionTrait) -> ServiceResult<DashboardFigures> {
    let texts = text::Entity::find().filter(text::Column::PublishedAt.is_not_null()).all(db).await?;
    let published: std::collections::HashSet<i32> = texts.iter().map(|t| t.id).collect();
    let statuses = statuses(db).await?;
    let status_by_id: HashMap<i32, StatusView> = statuses.iter().map(|s| (s.id, s.clone())).collect();
    let mut plans: HashMap<i32, Vec<action::Model>> = HashMap::new();
    for row in action::Entity::find().all(db).await? {
        if published.contains(&row.text_id) {
            plans.entry(row.text_id).or_default().push(row);
        }
    }
    let mut editions_of: HashMap<i32, Vec<i32>> = HashMap::new();
    for link in action_edition::Entity::find().all(db).await? {
        editions_of.entry(link.action_id).or_default().push(link.edition_id);
    }
    let today = chrono::Utc::now().date_naive();
    let mut progress_of: HashMap<i32, i32> = HashMap::new();
    let mut per_status: HashMap<i32, u64> = HashMap::new();
    // Per edition, over every plan: what it adopted or renewed, weighed as on a text's page.
    let mut editions: BTreeMap<i32, EditionShare> = BTreeMap::new();
    let (mut actions, mut overdue) = (0, 0);
    for (text_id, rows) in &plans {
        let plan = nodes(rows, &status_by_id, &ResponsibleNames::default(), today)?;
        let mut links = Vec::new();
        for node in &plan.actions {
            actions += 1;
            overdue += u64::from(node.overdue);
            *per_status.entry(node.status.id).or_default() += 1;
            links.extend(editions_of.get(&node.id).into_iter().flatten().map(|edition_id| (node.id, *edition_id)));
        }
        for (edition_id, share) in edition_shares(&plan.actions, &links) {
            let all = editions.entry(edition_id).or_default();
            all.action_ids.extend(share.action_ids);
            all.counted.extend(share.counted);
        }
        if let Some(progress) = plan.progress {
            progress_of.insert(*text_id, progress);
        }
    }
    let mut themes: BTreeMap<i32, Vec<i32>> = BTreeMap::new();
    for link in text_theme::Entity::find().all(db).await? {
        if let Some(progress) = progress_of.get(&link.text_id) {
            themes.entry(link.theme_id).or_default().push(*progress);
        }
    }
    let by_theme = crate::resolutions::service::themes(db)
        .await?
        .into_iter()
        .filter_map(|theme| {
            let values = themes.get(&theme.id)?;
            Some(DashboardRow { label: theme.name, count: values.len() as u64, progress: mean(values) })
        })
        .collect();
    // An edition whose actions all left the count (cancelled) has no progress to draw.
    editions.retain(|_, share| !share.counted.is_empty());
    let by_edition = editions
        .values()
        .map(|share| DashboardRow {
            label: Default::default(),
            count: share.action_ids.len() as u64,
            progress: weighted_mean(&share.counted),
        })
        .collect();
    let by_status = statuses
        .into_iter()
        .map(|status| DashboardRow {
            count: per_status.get(&status.id).copied().unwrap_or(0),
            label: status.name,
            progress: None,
        })
        .collect();
    let values: Vec<i32> = progress_of.values().copied().collect();
    let dashboard = Dashboard {
        texts: texts.len() as u64,
        texts_with_plans: progress_of.len() as u64,
        actions,
        overdue,
        progress: mean(&values),
        by_theme,
        by_edition,
        by_status,
    };
    Ok(DashboardFigures { dashboard, editions: editions.into_keys().collect() })
}
