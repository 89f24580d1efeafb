//! Recording agreements, changing them, their stages, and the secretariat's validation.
use super::*;
use crate::audit::service::{self as audit, Change};
use crate::server::counters;
use chrono::Utc;
use serde_json::json;

/// What the secretariat read of an agreement: its last change, in microseconds (both databases
/// keep that much).
pub fn version(row: &agreement::Model) -> i64 {
    row.updated_at.timestamp_micros()
}

/// A focal point acts for its own member: it must stay one of the parties.
fn check_own_party(fields: &AgreementFields, reader: Reader) -> ServiceResult<()> {
    match reader {
        Reader::Member { member_id } if !fields.member_ids().contains(&member_id) => {
            Err(ServiceError::invalid("parties", "error-agreement-own-party"))
        }
        Reader::Public => Err(ServiceError::Forbidden),
        _ => Ok(()),
    }
}

/// Every theme named must exist, and every member party be an active member or one of the
/// parties already (`existing`: a twinning outlives a member's suspension).
async fn check_references(db: &impl ConnectionTrait, fields: &AgreementFields, existing: &[i32]) -> ServiceResult<()> {
    let members = fields.member_ids();
    let active = crate::membership::service::active_among(db, &members).await?;
    let allowed = |id: i32| active.contains(&id) || existing.contains(&id);
    if let Some(refused) = fields.parties.iter().find(|p| matches!(p.party, Party::Member(id) if !allowed(id))) {
        return Err(ServiceError::invalid(crate::twinning::PARTY_FIELDS[refused.slot][0], "error-choice-invalid"));
    }
    let themes: HashSet<i32> = crate::resolutions::service::themes(db).await?.into_iter().map(|t| t.id).collect();
    if fields.themes.iter().any(|id| !themes.contains(id)) {
        return Err(ServiceError::invalid("themes", "error-choice-invalid"));
    }
    Ok(())
}

/// Writes the parties and themes of an agreement, replacing those it had.
async fn write_parties_and_themes(
    db: &impl ConnectionTrait,
    agreement_id: i32,
    fields: &AgreementFields,
) -> ServiceResult<()> {
    party::Entity::delete_many().filter(party::Column::AgreementId.eq(agreement_id)).exec(db).await?;
    agreement_theme::Entity::delete_many()
        .filter(agreement_theme::Column::AgreementId.eq(agreement_id))
        .exec(db)
        .await?;
    for (position, fields) in fields.parties.iter().enumerate() {
        let (member_id, name, latin_name, country) = match &fields.party {
            Party::Member(id) => (Some(*id), None, None, None),
            Party::Other { name, latin_name, country } => {
                (None, Some(name.clone()), Some(latin_name.clone()), Some(country.clone()))
            }
        };
        party::ActiveModel {
            agreement_id: Set(agreement_id),
            position: Set(i32::try_from(position).unwrap_or_default()),
            member_id: Set(member_id),
            name: Set(name),
            latin_name: Set(latin_name),
            country: Set(country),
            signatory_name: Set(fields.signatory_name.clone()),
            signatory_title: Set(fields.signatory_title.clone()),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    for theme_id in &fields.themes {
        agreement_theme::ActiveModel { agreement_id: Set(agreement_id), theme_id: Set(*theme_id) }.insert(db).await?;
    }
    Ok(())
}

fn audit_view(row: &agreement::Model, fields: &AgreementFields) -> serde_json::Value {
    let parties: Vec<serde_json::Value> = fields
        .parties
        .iter()
        .map(|p| match &p.party {
            Party::Member(id) => json!({ "member": id, "signatory": p.signatory_name, "title": p.signatory_title }),
            Party::Other { latin_name, country, .. } => {
                json!({ "name": latin_name, "country": country, "signatory": p.signatory_name, "title": p.signatory_title })
            }
        })
        .collect();
    json!({
        "kind": row.kind,
        "title": row.title,
        "language": row.language,
        "signed_place": row.signed_place,
        "themes": fields.themes,
        "parties": parties,
    })
}

/// Records a new agreement at its first stage, proposed. The secretariat's is public at once;
/// a focal point's (its member among the parties) waits for the secretariat's validation.
///
/// # Errors
/// `Invalid` for a party or theme that does not exist, or a focal point's agreement its member
/// is not party to; `Forbidden` for the public; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn propose(
    db: &DatabaseConnection,
    context: &RequestContext,
    reader: Reader,
    fields: &AgreementFields,
) -> ServiceResult<agreement::Model> {
    check_own_party(fields, reader)?;
    let _turn = writer_turn(db).await;
    let txn = context.begin(db).await?;
    check_references(&txn, fields, &[]).await?;
    let now = Utc::now();
    let proposed_on = fields.proposed_on.unwrap_or_else(|| now.date_naive());
    if proposed_on > now.date_naive() {
        return Err(ServiceError::invalid("proposed_on", "error-date-future"));
    }
    let by_secretariat = reader == Reader::Secretariat;
    let row = agreement::ActiveModel {
        kind: Set(fields.kind),
        title: Set(fields.title.clone()),
        language: Set(fields.language),
        summary: Set(fields.summary.clone()),
        signed_place: Set(fields.signed_place.clone()),
        stage: Set(AgreementStage::Proposed),
        stage_on: Set(proposed_on),
        validated_at: Set(by_secretariat.then_some(now)),
        validated_by: Set(by_secretariat.then(|| context.actor_name.clone())),
        created_by: Set(context.actor_name.clone()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    write_parties_and_themes(&txn, row.id, fields).await?;
    stage::ActiveModel {
        agreement_id: Set(row.id),
        stage: Set(AgreementStage::Proposed),
        reached_on: Set(proposed_on),
        recorded_by: Set(context.actor_name.clone()),
        recorded_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        &context.actor,
        Change::new("agreement.proposed", "agreement", row.id, row.title.clone()).after(&audit_view(&row, fields)),
    )
    .await?;
    // The map draws agreements: its kept drawings are now stale.
    counters::raise(&txn, counters::TWINNING).await?;
    context.commit(txn).await?;
    Ok(row)
}

/// Changes what an agreement says and who its parties are. A focal point's change (its member
/// still a party) takes the agreement out of public view until the secretariat validates it
/// again; the secretariat's keeps it as it was.
///
/// # Errors
/// `NotFound`; `Forbidden` for a focal point of a member not party to it; `Invalid` as for
/// [`propose`]; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn update(
    db: &DatabaseConnection,
    context: &RequestContext,
    reader: Reader,
    id: i32,
    fields: &AgreementFields,
) -> ServiceResult<agreement::Model> {
    let _turn = writer_turn(db).await;
    let txn = context.begin(db).await?;
    let (before, parties) = editable(&txn, id, reader).await?;
    check_own_party(fields, reader)?;
    // A focal point speaks for its own member only: another member's place among the parties
    // is for that member or the secretariat to end.
    let kept = fields.member_ids();
    if reader != Reader::Secretariat && parties.iter().any(|member| !kept.contains(member)) {
        return Err(ServiceError::invalid("parties", "error-agreement-keep-parties"));
    }
    check_references(&txn, fields, &parties).await?;
    let before_view = json!({ "kind": before.kind, "title": before.title, "validated": before.validated_at.is_some() });
    let mut row = before.into_active_model();
    row.kind = Set(fields.kind);
    row.title = Set(fields.title.clone());
    row.language = Set(fields.language);
    row.summary = Set(fields.summary.clone());
    row.signed_place = Set(fields.signed_place.clone());
    row.updated_at = Set(Utc::now());
    if reader != Reader::Secretariat {
        row.validated_at = Set(None);
        row.validated_by = Set(None);
    }
    let row = row.update(&txn).await?;
    write_parties_and_themes(&txn, id, fields).await?;
    audit::record(
        &txn,
        &context.actor,
        Change::new("agreement.updated", "agreement", id, row.title.clone())
            .before(&before_view)
            .after(&audit_view(&row, fields)),
    )
    .await?;
    // The map draws agreements: its kept drawings are now stale.
    counters::raise(&txn, counters::TWINNING).await?;
    context.commit(txn).await?;
    Ok(row)
}

/// Records a stage the agreement reached: a later stage (a dormant one may become active
/// again), on or after the date of the stage before, not in the future.
///
/// # Errors
/// `NotFound`; `Forbidden`; `Invalid` (`stage`, `reached_on`); database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn record_stage(
    db: &DatabaseConnection,
    context: &RequestContext,
    reader: Reader,
    id: i32,
    fields: &StageFields,
) -> ServiceResult<agreement::Model> {
    let _turn = writer_turn(db).await;
    let txn = context.begin(db).await?;
    let (before, _) = editable(&txn, id, reader).await?;
    if !before.stage.may_become(fields.stage) {
        return Err(ServiceError::invalid("stage", "error-agreement-stage"));
    }
    let now = Utc::now();
    if fields.reached_on < before.stage_on {
        return Err(ServiceError::invalid("reached_on", "error-date-order"));
    }
    if fields.reached_on > now.date_naive() {
        return Err(ServiceError::invalid("reached_on", "error-date-future"));
    }
    let from = before.stage;
    let public = before.validated_at.is_some();
    let mut row = before.into_active_model();
    row.stage = Set(fields.stage);
    row.stage_on = Set(fields.reached_on);
    row.updated_at = Set(now);
    let row = row.update(&txn).await?;
    stage::ActiveModel {
        agreement_id: Set(id),
        stage: Set(fields.stage),
        reached_on: Set(fields.reached_on),
        recorded_by: Set(context.actor_name.clone()),
        recorded_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let change = Change::new("agreement.stage", "agreement", id, row.title.clone())
        .before(&json!({ "stage": from }))
        .after(&json!({ "stage": fields.stage, "reached_on": fields.reached_on.to_string() }));
    audit::record(&txn, &context.actor, if public { change.public() } else { change }).await?;
    // The map draws agreements: its kept drawings are now stale.
    counters::raise(&txn, counters::TWINNING).await?;
    context.commit(txn).await?;
    Ok(row)
}

/// The secretariat checked the agreement as it was at `seen` (its page's
/// [`crate::twinning::AgreementPage::version`]): it is public from now on.
///
/// # Errors
/// `NotFound`; `Conflict` when it is already public, or changed since the secretariat read it;
/// database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn validate(
    db: &DatabaseConnection,
    context: &RequestContext,
    id: i32,
    seen: i64,
) -> ServiceResult<agreement::Model> {
    let _turn = writer_turn(db).await;
    let txn = context.begin(db).await?;
    let before = agreement::Entity::find_by_id(id).one(&txn).await?.ok_or(ServiceError::NotFound)?;
    if before.validated_at.is_some() {
        return Err(ServiceError::Conflict { key: "error-agreement-validated" });
    }
    // A party changed it while the secretariat was reading: what it checked is not what is
    // there now.
    if version(&before) != seen {
        return Err(ServiceError::Conflict { key: "error-agreement-changed" });
    }
    let mut row = before.into_active_model();
    row.validated_at = Set(Some(Utc::now()));
    row.validated_by = Set(Some(context.actor_name.clone()));
    let row = row.update(&txn).await?;
    audit::record(
        &txn,
        &context.actor,
        Change::new("agreement.validated", "agreement", id, row.title.clone()).public(),
    )
    .await?;
    // The map draws agreements: its kept drawings are now stale.
    counters::raise(&txn, counters::TWINNING).await?;
    context.commit(txn).await?;
    Ok(row)
}
