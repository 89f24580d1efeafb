//! Drafting, amending and moving texts through their lifecycle; each change in one transaction
//! with its audit entry and the emails it causes.
use super::*;
use crate::audit::service::{self as audit, Change};
use crate::resolutions::correspondence::service::check_addressees;
use crate::resolutions::entities::{text_addressee, text_theme};
use crate::resolutions::routes;
use crate::resolutions::{Adoption, TextFields};
use crate::server::counters;
use crate::server::database::writer_turn;
use crate::server::RequestContext;
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, DatabaseConnection, DatabaseTransaction, IntoActiveModel, QuerySelect,
};
use serde_json::json;

fn text_audit(row: &text::Model) -> serde_json::Value {
    json!({
        "kind": row.kind,
        "reference": row.reference,
        "state": row.state,
        "authoritative_language": row.authoritative_language,
        "version": row.current_version,
        "adopted_on": row.adopted_on.map(|d| d.to_string()),
        "adopting_body": row.adopting_body,
    })
}

fn set_wording(row: &mut version::ActiveModel, fields: &TextFields) {
    let [title, body] = [&fields.title, &fields.body].map(|value| {
        crate::i18n::Lang::ALL.map(|lang| {
            let shown = value.show(lang);
            if shown.is_fallback {
                String::new()
            } else {
                shown.text.to_string()
            }
        })
    });
    let [title_ar, title_en, title_fr] = title;
    let [body_ar, body_en, body_fr] = body;
    row.title_ar = Set(title_ar);
    row.title_en = Set(title_en);
    row.title_fr = Set(title_fr);
    row.body_ar = Set(body_ar);
    row.body_en = Set(body_en);
    row.body_fr = Set(body_fr);
}

/// The text's row, locked until the transaction ends (PostgreSQL; SQLite writers take turns), so
/// two moves of the same text run one after the other and the second sees the first.
async fn locked_text(txn: &DatabaseTransaction, id: i32) -> ServiceResult<text::Model> {
    text::Entity::find_by_id(id).lock_exclusive().one(txn).await?.ok_or(ServiceError::NotFound)
}

/// Version `number` of text `text_id`, worded as `fields` says, by the caller.
fn new_version(
    text_id: i32,
    number: i32,
    fields: &TextFields,
    context: &RequestContext,
    now: chrono::DateTime<Utc>,
) -> version::ActiveModel {
    let mut wording = version::ActiveModel {
        text_id: Set(text_id),
        version: Set(number),
        note: Set(fields.note.clone()),
        created_by: Set(context.actor_name.clone()),
        created_at: Set(now),
        ..Default::default()
    };
    set_wording(&mut wording, fields);
    wording
}

/// `error-reference-taken` when another text has this reference.
async fn check_reference(db: &impl ConnectionTrait, reference: &str, own: Option<i32>) -> ServiceResult<()> {
    let taken = text::Entity::find()
        .filter(text::Column::Reference.eq(reference))
        .one(db)
        .await?
        .is_some_and(|other| Some(other.id) != own);
    if taken {
        return Err(ServiceError::invalid("reference", "error-reference-taken"));
    }
    Ok(())
}

/// Every theme id must be on the list.
pub(crate) async fn check_themes(db: &impl ConnectionTrait, themes: &[i32]) -> ServiceResult<()> {
    if themes.is_empty() {
        return Ok(());
    }
    let known = theme::Entity::find().filter(theme::Column::Id.is_in(themes.iter().copied())).all(db).await?;
    if known.len() != themes.len() {
        return Err(ServiceError::invalid("themes", "error-choice-invalid"));
    }
    Ok(())
}

async fn set_addressees(txn: &DatabaseTransaction, text_id: i32, addressees: &[i32]) -> ServiceResult<()> {
    text_addressee::Entity::delete_many().filter(text_addressee::Column::TextId.eq(text_id)).exec(txn).await?;
    if !addressees.is_empty() {
        let rows = addressees.iter().map(|&addressee_id| text_addressee::ActiveModel {
            text_id: Set(text_id),
            addressee_id: Set(addressee_id),
        });
        text_addressee::Entity::insert_many(rows).exec_without_returning(txn).await?;
    }
    Ok(())
}

async fn set_themes(txn: &DatabaseTransaction, text_id: i32, themes: &[i32]) -> ServiceResult<()> {
    text_theme::Entity::delete_many().filter(text_theme::Column::TextId.eq(text_id)).exec(txn).await?;
    if !themes.is_empty() {
        let rows =
            themes.iter().map(|&theme_id| text_theme::ActiveModel { text_id: Set(text_id), theme_id: Set(theme_id) });
        text_theme::Entity::insert_many(rows).exec_without_returning(txn).await?;
    }
    Ok(())
}

/// A database refusal of a duplicate reference (two secretariat officers at once) as the
/// field's message.
fn duplicate_reference(error: ServiceError) -> ServiceError {
    match error {
        ServiceError::Database(ref cause)
            if matches!(cause.sql_err(), Some(sea_orm::SqlErr::UniqueConstraintViolation(_))) =>
        {
            ServiceError::invalid("reference", "error-reference-taken")
        }
        other => other,
    }
}

/// Starts a draft: version 1, invisible to anyone but the secretariat.
///
/// # Errors
/// `Invalid` for a reference in use or an unknown theme; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn create_draft(
    db: &DatabaseConnection,
    context: &RequestContext,
    fields: &TextFields,
) -> ServiceResult<text::Model> {
    check_reference(db, &fields.reference, None).await?;
    check_themes(db, &fields.themes).await?;
    check_addressees(db, &fields.addressees).await?;
    let txn = context.begin(db).await?;
    let now = Utc::now();
    let row = text::ActiveModel {
        kind: Set(fields.kind),
        reference: Set(fields.reference.clone()),
        authoritative_language: Set(fields.title.original),
        state: Set(TextState::Draft),
        current_version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await
    .map_err(|error| duplicate_reference(error.into()))?;
    new_version(row.id, 1, fields, context, now).insert(&txn).await?;
    set_themes(&txn, row.id, &fields.themes).await?;
    set_addressees(&txn, row.id, &fields.addressees).await?;
    audit::record(
        &txn,
        &context.actor,
        Change::new("resolution.drafted", "resolution", row.id, row.reference.clone()).after(&text_audit(&row)),
    )
    .await?;
    counters::raise(&txn, counters::RESOLUTIONS).await?;
    context.commit(txn).await?;
    Ok(row)
}

/// Changes a text's wording, kind, reference or themes. Before adoption the wording changes in
/// place; after, it is an amendment: a new version (with a note saying what changed), the
/// earlier ones kept, and focal points told when the text is published.
///
/// # Errors
/// `NotFound`; `Invalid` for a reference in use, an unknown theme or an amendment without its
/// note; `Conflict` for a superseded or withdrawn text; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn update_text(
    db: &DatabaseConnection,
    context: &RequestContext,
    id: i32,
    fields: &TextFields,
) -> ServiceResult<text::Model> {
    let _turn = writer_turn(db).await;
    let txn = context.begin(db).await?;
    // Under lock: a publication or another amendment racing this one waits, then is seen.
    let before = locked_text(&txn, id).await?;
    if matches!(before.state, TextState::Superseded | TextState::Withdrawn) {
        return Err(ServiceError::Conflict { key: "error-text-closed" });
    }
    let amending = !before.state.is_editable_in_place();
    if amending && fields.note.is_empty() {
        return Err(ServiceError::invalid("note", "error-amendment-note"));
    }
    check_reference(&txn, &fields.reference, Some(id)).await?;
    check_themes(&txn, &fields.themes).await?;
    check_addressees(&txn, &fields.addressees).await?;
    let now = Utc::now();
    let mut row = before.clone().into_active_model();
    row.kind = Set(fields.kind);
    row.reference = Set(fields.reference.clone());
    row.authoritative_language = Set(fields.title.original);
    row.updated_at = Set(now);
    if amending {
        let number = before.current_version + 1;
        row.current_version = Set(number);
        new_version(id, number, fields, context, now).insert(&txn).await?;
    } else {
        let mut wording = version_row(&txn, id, before.current_version).await?.into_active_model();
        set_wording(&mut wording, fields);
        wording.note = Set(fields.note.clone());
        wording.created_by = Set(context.actor_name.clone());
        wording.update(&txn).await?;
    }
    let row = row.update(&txn).await.map_err(|error| duplicate_reference(error.into()))?;
    set_themes(&txn, id, &fields.themes).await?;
    set_addressees(&txn, id, &fields.addressees).await?;
    let published = row.state == TextState::Published;
    let mut change = Change::new(
        if amending { "resolution.amended" } else { "resolution.updated" },
        "resolution",
        id,
        row.reference.clone(),
    )
    .before(&text_audit(&before))
    .after(&text_audit(&row));
    if amending && published {
        change = change.public();
        announce(&txn, context, &row, &fields.title, true).await?;
    }
    audit::record(&txn, &context.actor, change).await?;
    counters::raise(&txn, counters::RESOLUTIONS).await?;
    context.commit(txn).await?;
    Ok(row)
}

/// Emails the focal point of every member in good standing, in their language, that `row` was
/// published or amended.
async fn announce(
    txn: &DatabaseTransaction,
    context: &RequestContext,
    row: &text::Model,
    title: &crate::i18n::Translated,
    amended: bool,
) -> ServiceResult<()> {
    let link = format!("{}{}", context.public_url, routes::text(row.id));
    let message = crate::resolutions::emails::TextPublished { reference: &row.reference, title, link: &link, amended };
    let recipients = crate::accounts::service::focal_points(txn).await?;
    let member_ids: Vec<i32> = recipients.iter().map(|r| r.member_id).collect();
    let members = crate::membership::service::identities(txn, &member_ids).await?;
    let outgoing: Vec<_> = recipients
        .iter()
        .filter(|r| members.get(&r.member_id).is_some_and(|m| m.in_good_standing))
        .map(|r| crate::email::service::Outgoing::new(&r.email, &r.display_name, r.language, &message))
        .collect();
    if !outgoing.is_empty() {
        crate::email::service::enqueue_all(txn, &outgoing).await?;
    }
    Ok(())
}

/// A move of the lifecycle that needs nothing more: open for comment, back to draft, publish,
/// withdraw. Publishing emails every focal point; from then on the text is public.
///
/// # Errors
/// `NotFound`; `Conflict` (`error-text-state`) for a move the lifecycle does not allow;
/// database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn move_text(
    db: &DatabaseConnection,
    context: &RequestContext,
    id: i32,
    next: TextState,
) -> ServiceResult<text::Model> {
    if matches!(next, TextState::Adopted | TextState::Superseded) {
        return Err(ServiceError::Conflict { key: "error-text-state" });
    }
    let _turn = writer_turn(db).await;
    let txn = context.begin(db).await?;
    let before = locked_text(&txn, id).await?;
    if !before.state.may_become(next) {
        return Err(ServiceError::Conflict { key: "error-text-state" });
    }
    let now = Utc::now();
    let mut row = before.clone().into_active_model();
    row.state = Set(next);
    row.updated_at = Set(now);
    if next == TextState::Published {
        row.published_at = Set(Some(now));
    }
    let row = row.update(&txn).await?;
    let action = match next {
        TextState::Draft => "resolution.comments_closed",
        TextState::OpenForComment => "resolution.opened_for_comment",
        TextState::Published => "resolution.published",
        _ => "resolution.withdrawn",
    };
    let mut change = Change::new(action, "resolution", id, row.reference.clone())
        .before(&text_audit(&before))
        .after(&text_audit(&row));
    if row.published_at.is_some() {
        change = change.public();
    }
    if next == TextState::Published {
        let wording = version_row(&txn, id, row.current_version).await?;
        announce(&txn, context, &row, &title_of(&wording, row.authoritative_language), false).await?;
    }
    audit::record(&txn, &context.actor, change).await?;
    counters::raise(&txn, counters::RESOLUTIONS).await?;
    context.commit(txn).await?;
    Ok(row)
}

/// Records the adoption: when, by which body, at which edition, and the vote if there was one.
///
/// # Errors
/// `NotFound` (also for an unknown edition, as `Invalid`); `Conflict` unless the text is a
/// draft or open for comment; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn adopt(
    db: &DatabaseConnection,
    context: &RequestContext,
    id: i32,
    adoption: &Adoption,
) -> ServiceResult<text::Model> {
    if let Some(edition_id) = adoption.edition_id {
        if crate::conferences::service::edition_title(db, edition_id).await?.is_none() {
            return Err(ServiceError::invalid("edition_id", "error-choice-invalid"));
        }
    }
    let _turn = writer_turn(db).await;
    let txn = context.begin(db).await?;
    let before = locked_text(&txn, id).await?;
    if !before.state.may_become(TextState::Adopted) {
        return Err(ServiceError::Conflict { key: "error-text-state" });
    }
    let mut row = before.clone().into_active_model();
    row.state = Set(TextState::Adopted);
    row.adopted_on = Set(Some(adoption.adopted_on));
    row.adopting_body = Set(Some(adoption.adopting_body.clone()));
    row.edition_id = Set(adoption.edition_id);
    row.votes_for = Set(adoption.vote.map(|v| v.for_));
    row.votes_against = Set(adoption.vote.map(|v| v.against));
    row.votes_abstaining = Set(adoption.vote.map(|v| v.abstaining));
    row.updated_at = Set(Utc::now());
    let row = row.update(&txn).await?;
    if let Some(edition_id) = adoption.edition_id {
        crate::resolutions::implementation::service::link_to_adopting_edition(&txn, id, edition_id).await?;
    }
    audit::record(
        &txn,
        &context.actor,
        Change::new("resolution.adopted", "resolution", id, row.reference.clone())
            .before(&text_audit(&before))
            .after(&text_audit(&row)),
    )
    .await?;
    counters::raise(&txn, counters::RESOLUTIONS).await?;
    context.commit(txn).await?;
    Ok(row)
}

/// Marks a text superseded by another, which must be published (the public sees what replaced
/// it) and not itself.
///
/// # Errors
/// `Invalid` (`by`) for an unknown or unsuitable text; `Conflict` for a text that cannot be
/// superseded now; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn supersede(
    db: &DatabaseConnection,
    context: &RequestContext,
    id: i32,
    by_reference: &str,
) -> ServiceResult<text::Model> {
    let _turn = writer_turn(db).await;
    let txn = context.begin(db).await?;
    let before = locked_text(&txn, id).await?;
    if !before.state.may_become(TextState::Superseded) {
        return Err(ServiceError::Conflict { key: "error-text-state" });
    }
    let by = text::Entity::find()
        .filter(text::Column::Reference.eq(by_reference.trim()))
        .one(&txn)
        .await?
        .filter(|other| other.id != id && other.state == TextState::Published)
        .ok_or(ServiceError::invalid("by", "error-superseding-text"))?;
    let mut row = before.clone().into_active_model();
    row.state = Set(TextState::Superseded);
    row.superseded_by = Set(Some(by.id));
    row.updated_at = Set(Utc::now());
    let row = row.update(&txn).await?;
    let mut change =
        Change::new("resolution.superseded", "resolution", id, format!("{} → {}", row.reference, by.reference))
            .before(&text_audit(&before))
            .after(&text_audit(&row));
    if row.published_at.is_some() {
        change = change.public();
    }
    audit::record(&txn, &context.actor, change).await?;
    counters::raise(&txn, counters::RESOLUTIONS).await?;
    context.commit(txn).await?;
    Ok(row)
}
