//! Twinning's rules: agreements proposed by the secretariat or by a party's focal point, checked
//! by the secretariat before they are public, and the stages they go through.
use crate::audit::service::{self as audit, Change};
use crate::i18n::Lang;
use crate::resolutions::{Reader, ThemeView};
use crate::server::database::writer_turn;
use crate::server::error::{ServiceError, ServiceResult};
use crate::server::RequestContext;
use crate::twinning::entities::{agreement, agreement_theme, party, stage};
use crate::twinning::{
    AgreementFields, AgreementForm, AgreementInput, AgreementKind, AgreementList, AgreementPage, AgreementQuery,
    AgreementStage, AgreementSummary, Party, PartyInput, PartyView, StageFields, StageView, PARTY_SLOTS,
};
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, IntoActiveModel,
    PaginatorTrait, QueryFilter, QueryOrder,
};
use serde_json::json;
use std::collections::{HashMap, HashSet};

/// Agreements per page of the registry.
const PAGE_SIZE: u64 = 50;

/// Whether `reader` may see the agreement: the public once the secretariat validated it, its
/// parties' focal points and the secretariat always.
fn may_read(row: &agreement::Model, parties: &[i32], reader: Reader) -> bool {
    match reader {
        Reader::Secretariat => true,
        Reader::Member { member_id } => row.validated_at.is_some() || parties.contains(&member_id),
        Reader::Public => row.validated_at.is_some(),
    }
}

/// Whether `reader` may change it: the secretariat, or a party's focal point.
fn may_edit(parties: &[i32], reader: Reader) -> bool {
    match reader {
        Reader::Secretariat => true,
        Reader::Member { member_id } => parties.contains(&member_id),
        Reader::Public => false,
    }
}

async fn member_parties(db: &impl ConnectionTrait, agreement_id: i32) -> ServiceResult<Vec<i32>> {
    Ok(party::Entity::find()
        .filter(party::Column::AgreementId.eq(agreement_id))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|p| p.member_id)
        .collect())
}

/// The agreement and its member parties, when `reader` may change it: `NotFound` when they may
/// not even see it, `Forbidden` when they see it but are not a party.
async fn editable(db: &impl ConnectionTrait, id: i32, reader: Reader) -> ServiceResult<(agreement::Model, Vec<i32>)> {
    let row = agreement::Entity::find_by_id(id).one(db).await?.ok_or(ServiceError::NotFound)?;
    let parties = member_parties(db, id).await?;
    if !may_read(&row, &parties, reader) {
        return Err(ServiceError::NotFound);
    }
    if !may_edit(&parties, reader) {
        return Err(ServiceError::Forbidden);
    }
    Ok((row, parties))
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

/// Every member party and theme named must exist.
async fn check_references(db: &impl ConnectionTrait, fields: &AgreementFields) -> ServiceResult<()> {
    let members = fields.member_ids();
    let found = crate::membership::service::directory_entries(db, &members).await?;
    if let Some(slot) =
        fields.parties.iter().position(|p| matches!(p.party, Party::Member(id) if !found.contains_key(&id)))
    {
        return Err(ServiceError::invalid(crate::twinning::PARTY_FIELDS[slot][0], "error-choice-invalid"));
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
            position: Set(position as i32),
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
    check_references(&txn, fields).await?;
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
    let (before, _) = editable(&txn, id, reader).await?;
    check_own_party(fields, reader)?;
    check_references(&txn, fields).await?;
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
    context.commit(txn).await?;
    Ok(row)
}

/// The secretariat checked the agreement: it is public from now on.
///
/// # Errors
/// `NotFound`; `Conflict` when it is already public; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn validate(db: &DatabaseConnection, context: &RequestContext, id: i32) -> ServiceResult<agreement::Model> {
    let _turn = writer_turn(db).await;
    let txn = context.begin(db).await?;
    let before = agreement::Entity::find_by_id(id).one(&txn).await?.ok_or(ServiceError::NotFound)?;
    if before.validated_at.is_some() {
        return Err(ServiceError::Conflict { key: "error-agreement-validated" });
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
    context.commit(txn).await?;
    Ok(row)
}

/// The parties and themes of `rows`, as lists show them.
async fn summaries(db: &impl ConnectionTrait, rows: Vec<agreement::Model>) -> ServiceResult<Vec<AgreementSummary>> {
    let ids: Vec<i32> = rows.iter().map(|r| r.id).collect();
    let mut parties: HashMap<i32, Vec<party::Model>> = HashMap::new();
    for row in party::Entity::find()
        .filter(party::Column::AgreementId.is_in(ids.clone()))
        .order_by_asc(party::Column::Position)
        .all(db)
        .await?
    {
        parties.entry(row.agreement_id).or_default().push(row);
    }
    let mut themes: HashMap<i32, Vec<i32>> = HashMap::new();
    for row in agreement_theme::Entity::find()
        .filter(agreement_theme::Column::AgreementId.is_in(ids))
        .order_by_asc(agreement_theme::Column::ThemeId)
        .all(db)
        .await?
    {
        themes.entry(row.agreement_id).or_default().push(row.theme_id);
    }
    let member_ids: Vec<i32> = parties.values().flatten().filter_map(|p| p.member_id).collect();
    let members = crate::membership::service::directory_entries(db, &member_ids).await?;
    Ok(rows
        .into_iter()
        .map(|row| AgreementSummary {
            id: row.id,
            kind: row.kind,
            title: row.title,
            language: row.language,
            stage: row.stage,
            stage_on: row.stage_on,
            validated: row.validated_at.is_some(),
            parties: parties
                .remove(&row.id)
                .unwrap_or_default()
                .into_iter()
                .map(|p| PartyView {
                    member: p.member_id.and_then(|id| members.get(&id).cloned()),
                    name: p.name.unwrap_or_default(),
                    latin_name: p.latin_name.unwrap_or_default(),
                    country: p.country.unwrap_or_default(),
                    signatory_name: p.signatory_name,
                    signatory_title: p.signatory_title,
                })
                .collect(),
            themes: themes.remove(&row.id).unwrap_or_default(),
        })
        .collect())
}

/// Ids of the agreements `member_id` is party to.
async fn agreements_of(db: &impl ConnectionTrait, member_id: i32) -> ServiceResult<Vec<i32>> {
    Ok(party::Entity::find()
        .filter(party::Column::MemberId.eq(member_id))
        .all(db)
        .await?
        .into_iter()
        .map(|p| p.agreement_id)
        .collect())
}

/// The registry as `reader` may see it, filtered, the most recent stage first.
///
/// # Errors
/// Database errors.
pub async fn list(db: &impl ConnectionTrait, reader: Reader, query: &AgreementQuery) -> ServiceResult<AgreementList> {
    use crate::domain::Choice;
    let mut select = agreement::Entity::find();
    if let Some(kind) = AgreementKind::parse(&query.kind) {
        select = select.filter(agreement::Column::Kind.eq(kind));
    }
    if let Some(stage) = AgreementStage::parse(&query.stage) {
        select = select.filter(agreement::Column::Stage.eq(stage));
    }
    if let Ok(theme) = query.theme.parse::<i32>() {
        let tagged: Vec<i32> = agreement_theme::Entity::find()
            .filter(agreement_theme::Column::ThemeId.eq(theme))
            .all(db)
            .await?
            .into_iter()
            .map(|t| t.agreement_id)
            .collect();
        select = select.filter(agreement::Column::Id.is_in(tagged));
    }
    let awaiting = query.review == "awaiting";
    select = match reader {
        Reader::Secretariat if awaiting => select.filter(agreement::Column::ValidatedAt.is_null()),
        Reader::Secretariat => select,
        Reader::Member { member_id } => {
            let own = agreements_of(db, member_id).await?;
            if awaiting {
                select.filter(agreement::Column::ValidatedAt.is_null()).filter(agreement::Column::Id.is_in(own))
            } else {
                select.filter(
                    sea_orm::Condition::any()
                        .add(agreement::Column::ValidatedAt.is_not_null())
                        .add(agreement::Column::Id.is_in(own)),
                )
            }
        }
        Reader::Public => select.filter(agreement::Column::ValidatedAt.is_not_null()),
    };
    let pager =
        select.order_by_desc(agreement::Column::StageOn).order_by_desc(agreement::Column::Id).paginate(db, PAGE_SIZE);
    let counted = pager.num_items_and_pages().await?;
    let page = query.page.min(counted.number_of_pages.saturating_sub(1));
    let rows = pager.fetch_page(page).await?;
    Ok(AgreementList {
        agreements: summaries(db, rows).await?,
        themes: crate::resolutions::service::themes(db).await?,
        total: counted.number_of_items,
        page,
        pages: counted.number_of_pages.max(1),
        may_propose: reader != Reader::Public,
    })
}

/// The agreements a member is party to, as `reader` may see them (its page lists them).
///
/// # Errors
/// Database errors.
pub async fn member_agreements(
    db: &impl ConnectionTrait,
    reader: Reader,
    member_id: i32,
) -> ServiceResult<Vec<AgreementSummary>> {
    let ids = agreements_of(db, member_id).await?;
    let mut select = agreement::Entity::find().filter(agreement::Column::Id.is_in(ids));
    let own = matches!(reader, Reader::Member { member_id: m } if m == member_id);
    if !own && reader != Reader::Secretariat {
        select = select.filter(agreement::Column::ValidatedAt.is_not_null());
    }
    let rows = select.order_by_desc(agreement::Column::StageOn).all(db).await?;
    summaries(db, rows).await
}

/// An agreement's page.
///
/// # Errors
/// `NotFound`, also when `reader` may not see it; database errors.
pub async fn page(db: &impl ConnectionTrait, reader: Reader, id: i32) -> ServiceResult<AgreementPage> {
    let row = agreement::Entity::find_by_id(id).one(db).await?.ok_or(ServiceError::NotFound)?;
    let parties = member_parties(db, id).await?;
    if !may_read(&row, &parties, reader) {
        return Err(ServiceError::NotFound);
    }
    let text = row.summary.clone();
    let signed_place = row.signed_place.clone();
    let validated = row.validated_at.is_some();
    let stages = stage::Entity::find()
        .filter(stage::Column::AgreementId.eq(id))
        .order_by_asc(stage::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|s| StageView { stage: s.stage, reached_on: s.reached_on })
        .collect();
    let summary = summaries(db, vec![row]).await?.pop().ok_or(ServiceError::NotFound)?;
    let themes: Vec<ThemeView> =
        crate::resolutions::service::themes(db).await?.into_iter().filter(|t| summary.themes.contains(&t.id)).collect();
    Ok(AgreementPage {
        summary,
        text,
        signed_place,
        stages,
        themes,
        may_edit: may_edit(&parties, reader),
        may_validate: reader == Reader::Secretariat && !validated,
    })
}

/// The agreement form: an agreement's values (`id`), or a new one's with the focal point's
/// member as its first party; the members and themes to choose from, named in `lang`.
///
/// # Errors
/// `NotFound`; `Forbidden` for the public, and for a focal point not party to it; database
/// errors.
pub async fn form(
    db: &impl ConnectionTrait,
    reader: Reader,
    id: Option<i32>,
    lang: Lang,
) -> ServiceResult<AgreementForm> {
    use crate::domain::Choice;
    let own_member = match reader {
        Reader::Member { member_id } => Some(member_id),
        Reader::Secretariat => None,
        Reader::Public => return Err(ServiceError::Forbidden),
    };
    let mut current = match id {
        Some(id) => {
            let (row, _) = editable(db, id, reader).await?;
            let summary = summaries(db, vec![row.clone()]).await?.pop().ok_or(ServiceError::NotFound)?;
            AgreementInput {
                kind: row.kind.as_str().to_string(),
                title: row.title,
                language: row.language.code().to_string(),
                summary: row.summary,
                signed_place: row.signed_place.unwrap_or_default(),
                proposed_on: String::new(),
                themes: summary.themes.iter().map(ToString::to_string).collect(),
                parties: summary
                    .parties
                    .into_iter()
                    .map(|p| PartyInput {
                        member: p.member.map(|m| m.id.to_string()).unwrap_or_default(),
                        name: p.name,
                        latin_name: p.latin_name,
                        country: p.country,
                        signatory_name: p.signatory_name.unwrap_or_default(),
                        signatory_title: p.signatory_title.unwrap_or_default(),
                    })
                    .collect(),
            }
        }
        None => AgreementInput {
            language: lang.code().to_string(),
            parties: own_member
                .map(|id| vec![PartyInput { member: id.to_string(), ..Default::default() }])
                .unwrap_or_default(),
            ..Default::default()
        },
    };
    current.parties.resize(PARTY_SLOTS, PartyInput::default());
    let mut members: Vec<(i32, String)> = crate::membership::service::public_members(db)
        .await?
        .into_iter()
        .map(|m| (m.id, m.display_name(lang).to_string()))
        .collect();
    // A party that is no longer active stays choosable, or saving the form would drop it.
    let listed: HashSet<i32> = members.iter().map(|m| m.0).collect();
    let missing: Vec<i32> =
        current.parties.iter().filter_map(|p| p.member.parse().ok()).filter(|id| !listed.contains(id)).collect();
    for (id, entry) in crate::membership::service::directory_entries(db, &missing).await? {
        members.push((id, entry.display_name(lang).to_string()));
    }
    members.sort_by(|a, b| crate::i18n::collation::compare(lang, &a.1, &b.1));
    Ok(AgreementForm { current, themes: crate::resolutions::service::themes(db).await?, members, own_member })
}
