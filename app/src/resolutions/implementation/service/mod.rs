//! Implementation's rules: a text's action plan as a tree with progress rolled up by weight,
//! changes to actions, progress recorded on a timeline, and members' reports accepted or
//! returned; each change in one transaction with its audit entry and emails.
mod actions;
mod bulk;
mod dashboard;
mod exports;
mod reminders;
mod reports;
mod samples;
mod statuses;

pub use actions::*;
pub use bulk::*;
pub use dashboard::*;
pub use exports::*;
pub use reminders::*;
pub use reports::*;
pub use samples::*;
pub use statuses::*;

use crate::i18n::Lang;
use crate::resolutions::entities::{action, action_edition, action_status, text};
use crate::resolutions::implementation::{
    roll_up, standings, ActionNode, EditionStanding, Implementation, Responsible, StatusView, Weighed,
};
use crate::resolutions::service::translated;
use crate::server::error::{ServiceError, ServiceResult};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;

/// The statuses in the secretariat's order.
///
/// # Errors
/// Database errors.
pub async fn statuses(db: &impl ConnectionTrait) -> ServiceResult<Vec<StatusView>> {
    let rows = action_status::Entity::find()
        .order_by_asc(action_status::Column::Position)
        .order_by_asc(action_status::Column::Id)
        .all(db)
        .await?;
    Ok(rows.iter().map(status_view).collect())
}

pub(crate) fn status_view(row: &action_status::Model) -> StatusView {
    StatusView {
        id: row.id,
        slug: row.slug.clone(),
        name: [row.name_ar.clone(), row.name_en.clone(), row.name_fr.clone()],
        default_progress: row.default_progress,
        counts: row.counts_toward_progress,
    }
}

pub(crate) fn action_title(row: &action::Model) -> crate::i18n::Translated {
    translated(row.original_language, [&row.title_ar, &row.title_en, &row.title_fr])
}

/// The rows in tree order (each parent before its children, siblings by position), with depth.
fn tree_order(rows: &[action::Model]) -> Vec<(&action::Model, u8)> {
    let mut children: HashMap<Option<i32>, Vec<&action::Model>> = HashMap::new();
    for row in rows {
        children.entry(row.parent_id).or_default().push(row);
    }
    for siblings in children.values_mut() {
        siblings.sort_by_key(|row| (row.position, row.id));
    }
    let mut ordered = Vec::with_capacity(rows.len());
    let mut stack: Vec<(&action::Model, u8)> =
        children.get(&None).into_iter().flatten().rev().map(|row| (*row, 0)).collect();
    while let Some((row, depth)) = stack.pop() {
        ordered.push((row, depth));
        if depth < 32 {
            stack.extend(children.get(&Some(row.id)).into_iter().flatten().rev().map(|child| (*child, depth + 1)));
        }
    }
    ordered
}

/// A text's plan: its actions in tree order, each with its rolled-up progress.
///
/// # Errors
/// Database errors; `Internal` for an action whose status is missing.
pub async fn plan(db: &impl ConnectionTrait, text_id: i32) -> ServiceResult<Implementation> {
    let rows = action::Entity::find().filter(action::Column::TextId.eq(text_id)).all(db).await?;
    if rows.is_empty() {
        return Ok(Implementation::default());
    }
    let statuses: HashMap<i32, StatusView> = statuses(db).await?.into_iter().map(|s| (s.id, s)).collect();
    let names = responsible_names(db, &rows).await?;
    let mut implementation = nodes(&rows, &statuses, &names, chrono::Utc::now().date_naive())?;
    implementation.by_edition = edition_standings(db, &implementation.actions).await?;
    Ok(implementation)
}

/// What each edition adopted or renewed of a plan and where it stands, the earliest edition
/// first.
async fn edition_standings(db: &impl ConnectionTrait, nodes: &[ActionNode]) -> ServiceResult<Vec<EditionStanding>> {
    let links: Vec<(i32, i32)> = action_edition::Entity::find()
        .filter(action_edition::Column::ActionId.is_in(nodes.iter().map(|node| node.id)))
        .all(db)
        .await?
        .into_iter()
        .map(|link| (link.action_id, link.edition_id))
        .collect();
    let mut figures: HashMap<i32, EditionStanding> =
        standings(nodes, &links).into_iter().map(|standing| (standing.edition_id, standing)).collect();
    let ids: Vec<i32> = figures.keys().copied().collect();
    Ok(crate::conferences::service::editions_in_order(db, &ids)
        .await?
        .into_iter()
        .filter_map(|(id, title)| figures.remove(&id).map(|standing| EditionStanding { title, ..standing }))
        .collect())
}

/// The names of the members and addressees who carry actions out.
#[derive(Debug, Default)]
pub(crate) struct ResponsibleNames {
    members: HashMap<i32, String>,
    addressees: HashMap<i32, String>,
}

pub(crate) async fn responsible_names(
    db: &impl ConnectionTrait,
    rows: &[action::Model],
) -> ServiceResult<ResponsibleNames> {
    let member_ids: Vec<i32> = rows.iter().filter_map(|row| row.member_id).collect();
    let members = crate::membership::service::identities(db, &member_ids).await?;
    let addressees = if rows.iter().any(|row| row.addressee_id.is_some()) {
        crate::resolutions::correspondence::service::addressees(db)
            .await?
            .into_iter()
            .map(|a| (a.id, a.label()))
            .collect()
    } else {
        HashMap::new()
    };
    Ok(ResponsibleNames { members: members.into_values().map(|m| (m.id, m.official_name)).collect(), addressees })
}

pub(crate) fn nodes(
    rows: &[action::Model],
    statuses: &HashMap<i32, StatusView>,
    names: &ResponsibleNames,
    today: chrono::NaiveDate,
) -> ServiceResult<Implementation> {
    let status_of = |row: &action::Model| {
        statuses
            .get(&row.status_id)
            .ok_or_else(|| ServiceError::Internal(format!("action {} has unknown status {}", row.id, row.status_id)))
    };
    let weighed = rows
        .iter()
        .map(|row| {
            Ok(Weighed {
                id: row.id,
                parent_id: row.parent_id,
                progress: row.progress,
                weight: row.weight,
                counts: status_of(row)?.counts,
            })
        })
        .collect::<ServiceResult<Vec<_>>>()?;
    let (progress, overall) = roll_up(&weighed);
    let has_children: std::collections::HashSet<i32> = rows.iter().filter_map(|row| row.parent_id).collect();
    let actions = tree_order(rows)
        .into_iter()
        .map(|(row, depth)| {
            let status = status_of(row)?.clone();
            let shown = progress.get(&row.id).copied().unwrap_or(row.progress);
            Ok(ActionNode {
                id: row.id,
                parent_id: row.parent_id,
                depth,
                external_id: row.external_id.clone(),
                title: action_title(row),
                responsible: row.responsible,
                member: row.member_id.and_then(|id| names.members.get(&id).map(|name| (id, name.clone()))),
                addressee: row.addressee_id.and_then(|id| names.addressees.get(&id).cloned()),
                overdue: row.due_on.is_some_and(|due| due < today) && !status.is_closed() && shown < 100,
                status,
                progress: shown,
                weight: row.weight,
                starts_on: row.starts_on,
                due_on: row.due_on,
                has_children: has_children.contains(&row.id),
            })
        })
        .collect::<ServiceResult<Vec<_>>>()?;
    Ok(Implementation { actions, progress: overall, by_edition: Vec::new() })
}

/// The action's row and its text's; `NotFound` when either is missing.
pub(crate) async fn action_and_text(db: &impl ConnectionTrait, id: i32) -> ServiceResult<(action::Model, text::Model)> {
    let row = action::Entity::find_by_id(id).one(db).await?.ok_or(ServiceError::NotFound)?;
    let text = text::Entity::find_by_id(row.text_id).one(db).await?.ok_or(ServiceError::NotFound)?;
    Ok((row, text))
}
