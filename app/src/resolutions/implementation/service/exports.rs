//! The tracker as files: every action of every published text, as CSV for spreadsheets (UTF-8
//! with a byte order mark, headers and titles in the reader's language) and as JSON.
use super::*;
use crate::domain::Choice;
use crate::i18n::translate;
use crate::resolutions::implementation::{TrackerEdition, TrackerRow};
use crate::resolutions::service::readable_summary;
use crate::resolutions::Reader;
use crate::server::spreadsheet::SpreadsheetCsv;

/// Every action of every published text, texts by reference, each plan in tree order.
///
/// # Errors
/// Database errors.
pub async fn tracker(db: &impl ConnectionTrait) -> ServiceResult<Vec<TrackerRow>> {
    let mut texts = text::Entity::find().filter(text::Column::PublishedAt.is_not_null()).all(db).await?;
    texts.sort_by(|a, b| a.reference.cmp(&b.reference));
    let statuses: HashMap<i32, StatusView> = statuses(db).await?.into_iter().map(|s| (s.id, s)).collect();
    let mut plans: HashMap<i32, Vec<action::Model>> = HashMap::new();
    for row in action::Entity::find().all(db).await? {
        plans.entry(row.text_id).or_default().push(row);
    }
    let all: Vec<action::Model> = plans.values().flatten().cloned().collect();
    let names = responsible_names(db, &all).await?;
    let editions = editions_of_actions(db).await?;
    let today = chrono::Utc::now().date_naive();
    let mut out = Vec::new();
    for text in texts {
        let Some(rows) = plans.get(&text.id) else { continue };
        let (_, summary) = readable_summary(db, text.id, Reader::Public).await?;
        for node in nodes(rows, &statuses, &names, today)?.actions {
            out.push(TrackerRow {
                text_id: text.id,
                text_reference: text.reference.clone(),
                text_kind: text.kind,
                text_title: summary.title.clone(),
                adopted_on: text.adopted_on,
                action_id: node.id,
                parent_id: node.parent_id,
                depth: node.depth,
                external_id: node.external_id,
                title: node.title,
                responsible: node.responsible,
                member: node.member.map(|(_, name)| name),
                addressee: node.addressee,
                status: node.status.slug,
                progress: node.progress,
                weight: node.weight,
                starts_on: node.starts_on,
                due_on: node.due_on,
                overdue: node.overdue,
                editions: editions.get(&node.id).cloned().unwrap_or_default(),
            });
        }
    }
    Ok(out)
}

/// Every action's editions, each action's the earliest first, in two queries.
async fn editions_of_actions(db: &impl ConnectionTrait) -> ServiceResult<HashMap<i32, Vec<TrackerEdition>>> {
    let links = crate::resolutions::entities::action_edition::Entity::find().all(db).await?;
    let mut ids: Vec<i32> = links.iter().map(|link| link.edition_id).collect();
    ids.sort_unstable();
    ids.dedup();
    let in_order = crate::conferences::service::editions_in_order(db, &ids).await?;
    let mut out: HashMap<i32, Vec<TrackerEdition>> = HashMap::new();
    for (id, title) in in_order {
        for link in links.iter().filter(|link| link.edition_id == id) {
            out.entry(link.action_id).or_default().push(TrackerEdition { id, title: title.clone() });
        }
    }
    Ok(out)
}

/// The tracker as CSV, headers and titles in `lang` (a missing translation shows the original).
///
/// # Errors
/// Database errors.
pub async fn tracker_csv(db: &impl ConnectionTrait, lang: Lang) -> ServiceResult<Vec<u8>> {
    let rows = tracker(db).await?;
    let status_names: HashMap<String, String> =
        statuses(db).await?.into_iter().map(|s| (s.slug.clone(), s.name(lang).to_string())).collect();
    let mut out = SpreadsheetCsv::default();
    let header: Vec<String> = [
        "text-reference",
        "text-kind",
        "text-title",
        "text-adopted-on",
        "action-external-id",
        "action-title",
        "action-parent",
        "action-responsible",
        "action-status",
        "action-progress",
        "action-weight",
        "action-starts-on",
        "action-due-on",
        "action-overdue",
        "action-editions",
    ]
    .iter()
    .map(|key| translate(lang, key, &[]))
    .collect();
    out.row(&header)?;
    let yes = translate(lang, "action-overdue", &[]);
    let titles: HashMap<i32, String> =
        rows.iter().map(|row| (row.action_id, row.title.show(lang).text.to_string())).collect();
    for row in &rows {
        let responsible = match (&row.responsible, &row.member, &row.addressee) {
            (Responsible::Member, Some(name), _) | (Responsible::Addressee, _, Some(name)) => name.clone(),
            _ => translate(lang, Responsible::Secretariat.label_key(), &[]),
        };
        out.row([
            row.text_reference.clone(),
            translate(lang, row.text_kind.label_key(), &[]),
            row.text_title.show(lang).text.to_string(),
            row.adopted_on.map(|d| d.to_string()).unwrap_or_default(),
            row.external_id.clone().unwrap_or_default(),
            row.title.show(lang).text.to_string(),
            row.parent_id.and_then(|p| titles.get(&p).cloned()).unwrap_or_default(),
            responsible,
            status_names.get(&row.status).cloned().unwrap_or_else(|| row.status.clone()),
            row.progress.to_string(),
            row.weight.to_string(),
            row.starts_on.map(|d| d.to_string()).unwrap_or_default(),
            row.due_on.map(|d| d.to_string()).unwrap_or_default(),
            if row.overdue { yes.clone() } else { String::new() },
            row.editions.iter().map(|edition| edition.title.get(lang)).collect::<Vec<_>>().join("; "),
        ])?;
    }
    out.finish()
}

/// One entry of the resolutions feed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeedEntry {
    /// Stable: `text-<id>` or `progress-<timeline id>`.
    pub key: String,
    pub title: String,
    pub path: String,
    pub updated: chrono::DateTime<chrono::Utc>,
}

/// The newest `limit` publications and progress entries of published texts, newest first,
/// titled in `lang`.
///
/// # Errors
/// Database errors.
pub async fn feed(db: &impl ConnectionTrait, lang: Lang, limit: u64) -> ServiceResult<Vec<FeedEntry>> {
    use crate::resolutions::entities::timeline_entry;
    use crate::resolutions::routes;
    use sea_orm::QuerySelect;
    let texts = text::Entity::find()
        .filter(text::Column::PublishedAt.is_not_null())
        .order_by_desc(text::Column::PublishedAt)
        .limit(limit)
        .all(db)
        .await?;
    let mut entries = Vec::new();
    for row in &texts {
        let (_, summary) = readable_summary(db, row.id, Reader::Public).await?;
        let args = [("reference", row.reference.clone()), ("title", summary.title.show(lang).text.to_string())];
        entries.push(FeedEntry {
            key: format!("text-{}", row.id),
            title: translate(lang, "feed-text-published", &args),
            path: routes::text(row.id),
            updated: row.published_at.unwrap_or(row.updated_at),
        });
    }
    let progress =
        timeline_entry::Entity::find().order_by_desc(timeline_entry::Column::Id).limit(limit * 4).all(db).await?;
    let action_ids: Vec<i32> = progress.iter().map(|e| e.action_id).collect();
    let actions: HashMap<i32, action::Model> = action::Entity::find()
        .filter(action::Column::Id.is_in(action_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|a| (a.id, a))
        .collect();
    let text_ids: Vec<i32> = actions.values().map(|a| a.text_id).collect();
    let published: HashMap<i32, String> = text::Entity::find()
        .filter(text::Column::Id.is_in(text_ids))
        .filter(text::Column::PublishedAt.is_not_null())
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.id, t.reference))
        .collect();
    for entry in progress {
        let Some(action) = actions.get(&entry.action_id) else { continue };
        let Some(reference) = published.get(&action.text_id) else { continue };
        let title = action_title(action);
        let figure = entry.progress_after.map(|p| p.to_string()).unwrap_or_else(|| action.progress.to_string());
        let args = [("reference", reference.clone()), ("action", title.show(lang).text.to_string()), ("value", figure)];
        entries.push(FeedEntry {
            key: format!("progress-{}", entry.id),
            title: translate(lang, "feed-progress", &args),
            path: crate::resolutions::implementation::routes::action(action.id),
            updated: entry.created_at,
        });
    }
    entries.sort_by_key(|entry| std::cmp::Reverse(entry.updated));
    entries.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
    Ok(entries)
}
