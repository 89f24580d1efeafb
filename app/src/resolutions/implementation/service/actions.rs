//! Adding and changing the actions of a text's plan, and reading one action's page.
use super::*;
use crate::audit::service::{self as audit, Change};
use crate::domain::Choice;
use crate::resolutions::entities::{action_edition, action_theme, report, theme, timeline_entry};
use crate::resolutions::implementation::{
    ActionFields, ActionForm, ActionInput, ActionPage, ReportState, ReportView, TimelineEntryView,
};
use crate::resolutions::service::{check_themes, readable_summary, theme_view};
use crate::resolutions::{Reader, TextState};
use crate::server::counters;
use crate::server::database::writer_turn;
use crate::server::RequestContext;
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, DatabaseConnection, DatabaseTransaction, IntoActiveModel, QuerySelect,
};
use serde_json::json;

/// What the audit keeps of an action: its row, themes and editions.
fn action_audit(row: &action::Model, links: &Links) -> serde_json::Value {
    json!({
        "text_id": row.text_id,
        "parent_id": row.parent_id,
        "external_id": row.external_id,
        "title": [&row.title_ar, &row.title_en, &row.title_fr],
        "responsible": row.responsible,
        "member_id": row.member_id,
        "addressee_id": row.addressee_id,
        "status_id": row.status_id,
        "progress": row.progress,
        "weight": row.weight,
        "starts_on": row.starts_on.map(|d| d.to_string()),
        "due_on": row.due_on.map(|d| d.to_string()),
        "themes": links.themes,
        "editions": links.editions,
    })
}

/// An action's themes and editions, by id, in order.
#[derive(Debug, Default)]
struct Links {
    themes: Vec<i32>,
    editions: Vec<i32>,
}

impl Links {
    fn of(fields: &ActionFields) -> Links {
        Links { themes: fields.themes.clone(), editions: fields.editions.clone() }
    }

    async fn read(db: &impl ConnectionTrait, action_id: i32) -> ServiceResult<Links> {
        let mut themes: Vec<i32> = action_theme::Entity::find()
            .filter(action_theme::Column::ActionId.eq(action_id))
            .all(db)
            .await?
            .into_iter()
            .map(|link| link.theme_id)
            .collect();
        let mut editions: Vec<i32> = action_edition::Entity::find()
            .filter(action_edition::Column::ActionId.eq(action_id))
            .all(db)
            .await?
            .into_iter()
            .map(|link| link.edition_id)
            .collect();
        themes.sort_unstable();
        editions.sort_unstable();
        Ok(Links { themes, editions })
    }

    /// Replaces the action's links with these.
    async fn store(&self, txn: &DatabaseTransaction, action_id: i32) -> ServiceResult<()> {
        action_theme::Entity::delete_many().filter(action_theme::Column::ActionId.eq(action_id)).exec(txn).await?;
        action_edition::Entity::delete_many().filter(action_edition::Column::ActionId.eq(action_id)).exec(txn).await?;
        if !self.themes.is_empty() {
            let rows = self
                .themes
                .iter()
                .map(|&theme_id| action_theme::ActiveModel { action_id: Set(action_id), theme_id: Set(theme_id) });
            action_theme::Entity::insert_many(rows).exec_without_returning(txn).await?;
        }
        if !self.editions.is_empty() {
            let rows = self.editions.iter().map(|&edition_id| action_edition::ActiveModel {
                action_id: Set(action_id),
                edition_id: Set(edition_id),
            });
            action_edition::Entity::insert_many(rows).exec_without_returning(txn).await?;
        }
        Ok(())
    }
}

/// A text adopted at an edition: its actions linked to no edition yet (planned while it was a
/// draft) become that edition's. Call it inside the adoption's transaction.
///
/// # Errors
/// Database errors.
pub async fn link_to_adopting_edition(txn: &DatabaseTransaction, text_id: i32, edition_id: i32) -> ServiceResult<()> {
    let actions: Vec<i32> = action::Entity::find()
        .filter(action::Column::TextId.eq(text_id))
        .all(txn)
        .await?
        .iter()
        .map(|a| a.id)
        .collect();
    let linked: std::collections::HashSet<i32> = action_edition::Entity::find()
        .filter(action_edition::Column::ActionId.is_in(actions.iter().copied()))
        .all(txn)
        .await?
        .into_iter()
        .map(|link| link.action_id)
        .collect();
    let rows: Vec<_> = actions
        .into_iter()
        .filter(|id| !linked.contains(id))
        .map(|action_id| action_edition::ActiveModel { action_id: Set(action_id), edition_id: Set(edition_id) })
        .collect();
    if !rows.is_empty() {
        action_edition::Entity::insert_many(rows).exec_without_returning(txn).await?;
    }
    Ok(())
}

/// An audit entry about an action, public once its text is.
pub(crate) fn action_change<'a>(code: &'a str, row: &action::Model, text: &text::Model) -> Change<'a> {
    let title = action_title(row);
    let change = Change::new(
        code,
        "resolution_action",
        row.id,
        format!("{} · {}", text.reference, title.show(title.original).text),
    );
    if text.published_at.is_some() {
        change.public()
    } else {
        change
    }
}

async fn status_row(db: &impl ConnectionTrait, id: i32, field: &'static str) -> ServiceResult<action_status::Model> {
    action_status::Entity::find_by_id(id).one(db).await?.ok_or(ServiceError::invalid(field, "error-choice-invalid"))
}

/// Checks what the fields point at: the parent is an action of the same text and not the action
/// itself or one under it, the status, member and themes exist, the external id is free.
async fn check_references(
    db: &impl ConnectionTrait,
    text_id: i32,
    own: Option<i32>,
    fields: &ActionFields,
) -> ServiceResult<()> {
    if let Some(parent_id) = fields.parent_id {
        let siblings = action::Entity::find().filter(action::Column::TextId.eq(text_id)).all(db).await?;
        let parents: HashMap<i32, Option<i32>> = siblings.iter().map(|row| (row.id, row.parent_id)).collect();
        if !parents.contains_key(&parent_id) {
            return Err(ServiceError::invalid("parent_id", "error-choice-invalid"));
        }
        // Walk up from the new parent: meeting the action itself would close a cycle.
        let mut at = Some(parent_id);
        let mut steps = 0;
        while let Some(current) = at {
            if Some(current) == own || steps > parents.len() {
                return Err(ServiceError::invalid("parent_id", "error-action-cycle"));
            }
            at = parents.get(&current).copied().flatten();
            steps += 1;
        }
    }
    status_row(db, fields.status_id, "status_id").await?;
    if let Some(member_id) = fields.member_id {
        if crate::membership::service::identity(db, member_id).await.is_err() {
            return Err(ServiceError::invalid("member_id", "error-choice-invalid"));
        }
    }
    if let Some(addressee_id) = fields.addressee_id {
        if crate::resolutions::correspondence::service::addressee_category(db, addressee_id).await?.is_none() {
            return Err(ServiceError::invalid("addressee_id", "error-choice-invalid"));
        }
    }
    check_themes(db, &fields.themes).await?;
    if crate::conferences::service::edition_titles(db, &fields.editions).await?.len() != fields.editions.len() {
        return Err(ServiceError::invalid("editions", "error-choice-invalid"));
    }
    if let Some(external_id) = &fields.external_id {
        let taken = action::Entity::find()
            .filter(action::Column::ExternalId.eq(external_id.as_str()))
            .one(db)
            .await?
            .is_some_and(|other| Some(other.id) != own);
        if taken {
            return Err(ServiceError::invalid("external_id", "error-external-id-taken"));
        }
    }
    Ok(())
}

fn set_fields(row: &mut action::ActiveModel, fields: &ActionFields, progress: i32) {
    let title = fields.title.clone();
    let [title_ar, title_en, title_fr] = Lang::ALL.map(|lang| title.show(lang)).map(|shown| {
        if shown.is_fallback {
            String::new()
        } else {
            shown.text.to_string()
        }
    });
    row.parent_id = Set(fields.parent_id);
    row.external_id = Set(fields.external_id.clone());
    row.title_ar = Set(title_ar);
    row.title_en = Set(title_en);
    row.title_fr = Set(title_fr);
    row.original_language = Set(fields.title.original);
    row.responsible = Set(fields.responsible);
    row.member_id = Set(fields.member_id);
    row.addressee_id = Set(fields.addressee_id);
    row.status_id = Set(fields.status_id);
    row.progress = Set(progress);
    row.weight = Set(fields.weight);
    row.starts_on = Set(fields.starts_on);
    row.due_on = Set(fields.due_on);
    row.updated_at = Set(Utc::now());
}

/// The progress an action takes: the one typed, else its status's default, else what it had.
async fn progress_for(db: &impl ConnectionTrait, fields: &ActionFields, had: i32) -> ServiceResult<i32> {
    match fields.progress {
        Some(progress) => Ok(progress),
        None => Ok(status_row(db, fields.status_id, "status_id").await?.default_progress.unwrap_or(had)),
    }
}

/// The text, locked, when actions may still be added to or changed on it (not withdrawn).
async fn open_text(txn: &DatabaseTransaction, id: i32) -> ServiceResult<text::Model> {
    let row = text::Entity::find_by_id(id).lock_exclusive().one(txn).await?.ok_or(ServiceError::NotFound)?;
    if row.state == TextState::Withdrawn {
        return Err(ServiceError::Conflict { key: "error-text-closed" });
    }
    Ok(row)
}

/// Adds an action to a text's plan, last among its siblings.
///
/// # Errors
/// `NotFound`; `Invalid` for a parent, status, member or theme that does not fit, or an
/// external id in use; `Conflict` for a withdrawn text; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn add_action(
    db: &DatabaseConnection,
    context: &RequestContext,
    text_id: i32,
    fields: &ActionFields,
) -> ServiceResult<action::Model> {
    let _turn = writer_turn(db).await;
    let txn = context.begin(db).await?;
    let text = open_text(&txn, text_id).await?;
    check_references(&txn, text_id, None, fields).await?;
    let position = action::Entity::find()
        .filter(action::Column::TextId.eq(text_id))
        .select_only()
        .column_as(action::Column::Position.max(), "position")
        .into_tuple::<Option<i32>>()
        .one(&txn)
        .await?
        .flatten()
        .map_or(0, |p| p + 1);
    let now = Utc::now();
    let mut row = action::ActiveModel {
        text_id: Set(text_id),
        position: Set(position),
        created_at: Set(now),
        ..Default::default()
    };
    set_fields(&mut row, fields, progress_for(&txn, fields, 0).await?);
    let row = row.insert(&txn).await.map_err(ServiceError::taken("external_id", "error-external-id-taken"))?;
    let links = Links::of(fields);
    links.store(&txn, row.id).await?;
    audit::record(
        &txn,
        &context.actor,
        action_change("resolution.action_added", &row, &text).after(&action_audit(&row, &links)),
    )
    .await?;
    counters::raise(&txn, counters::RESOLUTIONS).await?;
    context.commit(txn).await?;
    Ok(row)
}

/// Changes an action: its place in the tree, title, who is responsible, status, progress, weight,
/// dates and themes.
///
/// # Errors
/// As [`add_action`]; `Invalid` (`parent_id`, `error-action-cycle`) for a parent under itself.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn update_action(
    db: &DatabaseConnection,
    context: &RequestContext,
    id: i32,
    fields: &ActionFields,
) -> ServiceResult<action::Model> {
    let _turn = writer_turn(db).await;
    let txn = context.begin(db).await?;
    let (before, _) = action_and_text(&txn, id).await?;
    let text = open_text(&txn, before.text_id).await?;
    check_references(&txn, before.text_id, Some(id), fields).await?;
    let progress = progress_for(&txn, fields, before.progress).await?;
    let mut row = before.clone().into_active_model();
    set_fields(&mut row, fields, progress);
    let row = row.update(&txn).await.map_err(ServiceError::taken("external_id", "error-external-id-taken"))?;
    let (had, links) = (Links::read(&txn, id).await?, Links::of(fields));
    links.store(&txn, id).await?;
    audit::record(
        &txn,
        &context.actor,
        action_change("resolution.action_updated", &row, &text)
            .before(&action_audit(&before, &had))
            .after(&action_audit(&row, &links)),
    )
    .await?;
    counters::raise(&txn, counters::RESOLUTIONS).await?;
    context.commit(txn).await?;
    Ok(row)
}

/// Active members by name, for the form's choice of who is responsible.
async fn member_choices(db: &impl ConnectionTrait) -> ServiceResult<Vec<(i32, String)>> {
    Ok(crate::membership::service::public_members(db)
        .await?
        .into_iter()
        .map(|member| (member.id, member.official_name))
        .collect())
}

/// The action form: action `action_id`'s values, or a new action's defaults for text
/// `text_id`; and the choices.
///
/// # Errors
/// `NotFound` (also for neither id); database errors.
pub async fn action_form(
    db: &impl ConnectionTrait,
    text_id: Option<i32>,
    action_id: Option<i32>,
    lang: Lang,
) -> ServiceResult<ActionForm> {
    let existing = match action_id {
        Some(id) => Some(action::Entity::find_by_id(id).one(db).await?.ok_or(ServiceError::NotFound)?),
        None => None,
    };
    let text_id = existing.as_ref().map(|row| row.text_id).or(text_id).ok_or(ServiceError::NotFound)?;
    let (text_row, text) = readable_summary(db, text_id, Reader::Secretariat).await?;
    let plan = plan(db, text_id).await?;
    let statuses = statuses(db).await?;
    let input = match &existing {
        None => ActionInput {
            language: lang.code().to_string(),
            responsible: Responsible::Secretariat.as_str().to_string(),
            status_id: statuses.first().map(|s| s.id.to_string()).unwrap_or_default(),
            weight: "1".into(),
            // A new action is the text's adopting edition's, until told otherwise.
            editions: text_row.edition_id.map(|id| id.to_string()).into_iter().collect(),
            ..Default::default()
        },
        Some(row) => {
            let links = Links::read(db, row.id).await?;
            ActionInput {
                language: row.original_language.code().to_string(),
                parent_id: row.parent_id.map(|p| p.to_string()).unwrap_or_default(),
                external_id: row.external_id.clone().unwrap_or_default(),
                title_ar: row.title_ar.clone(),
                title_en: row.title_en.clone(),
                title_fr: row.title_fr.clone(),
                responsible: row.responsible.as_str().to_string(),
                member_id: row.member_id.map(|m| m.to_string()).unwrap_or_default(),
                addressee_id: row.addressee_id.map(|a| a.to_string()).unwrap_or_default(),
                status_id: row.status_id.to_string(),
                progress: row.progress.to_string(),
                weight: row.weight.to_string(),
                starts_on: row.starts_on.map(|d| d.to_string()).unwrap_or_default(),
                due_on: row.due_on.map(|d| d.to_string()).unwrap_or_default(),
                themes: links.themes.iter().map(i32::to_string).collect(),
                editions: links.editions.iter().map(i32::to_string).collect(),
            }
        }
    };
    // Not under itself nor under what it holds.
    let mut excluded: std::collections::HashSet<i32> = action_id.into_iter().collect();
    for node in &plan.actions {
        if node.parent_id.is_some_and(|p| excluded.contains(&p)) {
            excluded.insert(node.id);
        }
    }
    let parents = plan
        .actions
        .into_iter()
        .filter(|node| !excluded.contains(&node.id))
        .map(|node| (node.id, node.depth, node.title))
        .collect();
    let themes = crate::resolutions::service::themes(db).await?;
    let addressees = crate::resolutions::correspondence::service::addressees(db)
        .await?
        .into_iter()
        .map(|a| (a.id, a.label()))
        .collect();
    Ok(ActionForm {
        text,
        action_id,
        input,
        parents,
        members: member_choices(db).await?,
        addressees,
        statuses,
        themes,
        editions: crate::conferences::service::edition_choices(db).await?,
    })
}

/// An action's page: where it sits in the plan, its timeline and the reports the reader may see.
///
/// # Errors
/// `NotFound` also for an action of a text the reader may not see; database errors.
pub async fn action_page(db: &impl ConnectionTrait, id: i32, reader: Reader) -> ServiceResult<ActionPage> {
    let row = action::Entity::find_by_id(id).one(db).await?.ok_or(ServiceError::NotFound)?;
    let (text_row, text) = readable_summary(db, row.text_id, reader).await?;
    let plan = plan(db, row.text_id).await?;
    let by_id: HashMap<i32, &ActionNode> = plan.actions.iter().map(|node| (node.id, node)).collect();
    let node = (*by_id.get(&id).ok_or(ServiceError::NotFound)?).clone();
    let mut path = Vec::new();
    let mut at = node.parent_id;
    while let Some(parent) = at.and_then(|p| by_id.get(&p)) {
        path.push((parent.id, parent.title.clone()));
        at = parent.parent_id;
        if path.len() > 32 {
            break;
        }
    }
    path.reverse();
    let children = plan.actions.iter().filter(|child| child.parent_id == Some(id)).cloned().collect();
    let statuses = statuses(db).await?;
    let status_names: HashMap<i32, [String; 3]> = statuses.iter().map(|s| (s.id, s.name.clone())).collect();
    let timeline = timeline_entry::Entity::find()
        .filter(timeline_entry::Column::ActionId.eq(id))
        .order_by_desc(timeline_entry::Column::HappenedOn)
        .order_by_desc(timeline_entry::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|entry| TimelineEntryView {
            happened_on: entry.happened_on,
            status: entry.status_id.and_then(|s| status_names.get(&s).cloned()),
            progress_after: entry.progress_after,
            note: entry.note,
            author_name: entry.author_name,
        })
        .collect();
    let links = Links::read(db, id).await?;
    let themes = theme::Entity::find()
        .filter(theme::Column::Id.is_in(links.themes))
        .order_by_asc(theme::Column::Position)
        .all(db)
        .await?
        .iter()
        .map(theme_view)
        .collect();
    let own_member = match reader {
        Reader::Member { member_id } => Some(member_id),
        _ => None,
    };
    let mut reports = report::Entity::find().filter(report::Column::ActionId.eq(id));
    if let Some(member_id) = own_member {
        reports = reports.filter(report::Column::MemberId.eq(member_id));
    }
    let reports = match reader {
        Reader::Public => Vec::new(),
        _ => report_views(db, reports.order_by_desc(report::Column::Id).all(db).await?).await?,
    };
    let may_report = own_member.is_some()
        && own_member == row.member_id
        && row.responsible == Responsible::Member
        && !node.status.is_closed()
        && text_row.state != TextState::Withdrawn;
    Ok(ActionPage {
        text,
        path,
        action: node,
        children,
        themes,
        editions: crate::conferences::service::editions_in_order(db, &links.editions).await?,
        timeline,
        reports,
        may_manage: reader == Reader::Secretariat,
        may_report,
        statuses,
    })
}

/// Reports as lists show them, with their action, text and member.
pub(crate) async fn report_views(
    db: &impl ConnectionTrait,
    rows: Vec<report::Model>,
) -> ServiceResult<Vec<ReportView>> {
    let action_ids: Vec<i32> = rows.iter().map(|r| r.action_id).collect();
    let actions: HashMap<i32, action::Model> = action::Entity::find()
        .filter(action::Column::Id.is_in(action_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|a| (a.id, a))
        .collect();
    let text_ids: Vec<i32> = actions.values().map(|a| a.text_id).collect();
    let references: HashMap<i32, String> = text::Entity::find()
        .filter(text::Column::Id.is_in(text_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.id, t.reference))
        .collect();
    let member_ids: Vec<i32> = rows.iter().map(|r| r.member_id).collect();
    let members = crate::membership::service::identities(db, &member_ids).await?;
    rows.into_iter()
        .map(|row| {
            let action = actions.get(&row.action_id).ok_or(ServiceError::NotFound)?;
            Ok(ReportView {
                id: row.id,
                action_id: row.action_id,
                action_title: action_title(action),
                text_reference: references.get(&action.text_id).cloned().unwrap_or_default(),
                member_name: members.get(&row.member_id).map(|m| m.official_name.clone()).unwrap_or_default(),
                author_name: row.author_name,
                progress: row.progress,
                note: row.note,
                state: row.state,
                reason: row.reason,
                created_on: row.created_at.date_naive(),
            })
        })
        .collect()
}

/// Pending first: what the secretariat has still to decide.
pub(crate) fn pending_first(reports: &mut [ReportView]) {
    reports.sort_by_key(|r| (r.state != ReportState::Pending, std::cmp::Reverse(r.id)));
}
