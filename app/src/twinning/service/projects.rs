//! Projects in Palestinian localities and the support they receive: recorded by the secretariat,
//! the locality's focal point or a focal point of a party to the agreement they come under;
//! public once recorded (an agreement not yet validated is not named to the public); totals of
//! financial support by locality and currency.
use super::*;
use crate::audit::service::{self as audit, Change};
use crate::twinning::entities::{project, project_theme, support};
use crate::twinning::{
    AgreementLink, Giver, Money, ProjectFields, ProjectForm, ProjectInput, ProjectList, ProjectPage, ProjectQuery,
    ProjectSummary, SupportFields, SupportKind, SupportTotal, SupportView,
};
use chrono::Utc;
use serde_json::json;

/// Projects per page of the list.
const PROJECTS_PAGE: u64 = 50;

/// The country of Palestinian members.
const PALESTINE: &str = "PS";

pub(super) fn money(lang: Lang, minor: i64, currency: &str) -> Money {
    Money { minor, currency: currency.to_string(), shown: crate::finance::money::format(lang, minor, currency) }
}

/// Whether `reader` may change a project in `locality` under `agreement`.
async fn may_edit_project(
    db: &impl ConnectionTrait,
    reader: Reader,
    locality: i32,
    agreement: Option<i32>,
) -> ServiceResult<bool> {
    Ok(match reader {
        Reader::Secretariat => true,
        Reader::Member { member_id } if member_id == locality => true,
        // Another member's focal point: under a validated agreement between its member and the
        // locality, never on its word alone.
        Reader::Member { member_id } => match agreement {
            Some(agreement) => {
                let validated = agreement::Entity::find_by_id(agreement)
                    .one(db)
                    .await?
                    .is_some_and(|row| row.validated_at.is_some());
                let parties = member_parties(db, agreement).await?;
                validated && parties.contains(&member_id) && parties.contains(&locality)
            }
            None => false,
        },
        Reader::Public => false,
    })
}

/// The agreement as a link, when `reader` may see it.
pub(super) async fn agreement_link(
    db: &impl ConnectionTrait,
    reader: Reader,
    id: Option<i32>,
) -> ServiceResult<Option<AgreementLink>> {
    let Some(id) = id else { return Ok(None) };
    let Some(row) = agreement::Entity::find_by_id(id).one(db).await? else { return Ok(None) };
    let parties = member_parties(db, id).await?;
    Ok(may_read(&row, &parties, reader).then_some(AgreementLink { id, title: row.title, language: row.language }))
}

/// The agreements `reader` may file a project or visit under, as (id, title), the latest first.
pub(super) async fn agreement_choices(db: &impl ConnectionTrait, reader: Reader) -> ServiceResult<Vec<(i32, String)>> {
    let mut select = agreement::Entity::find().order_by_desc(agreement::Column::StageOn);
    match reader {
        Reader::Secretariat => {}
        Reader::Member { member_id } => {
            let own = party::Entity::find()
                .select_only()
                .column(party::Column::AgreementId)
                .filter(party::Column::MemberId.eq(member_id))
                .into_query();
            select = select.filter(agreement::Column::Id.in_subquery(own));
        }
        Reader::Public => return Ok(Vec::new()),
    }
    Ok(select.all(db).await?.into_iter().map(|a| (a.id, a.title)).collect())
}

/// Checks who records the project and what it names: the locality a Palestinian member, active
/// (or already the project's), an agreement the reader may change, themes that exist; a focal
/// point records for its own locality or under its own member's agreement.
async fn check_project(
    db: &impl ConnectionTrait,
    reader: Reader,
    fields: &ProjectFields,
    existing_locality: Option<i32>,
) -> ServiceResult<()> {
    if reader == Reader::Public {
        return Err(ServiceError::Forbidden);
    }
    let locality = crate::membership::service::directory_entries(db, &[fields.locality]).await?;
    let active = crate::membership::service::active_among(db, &[fields.locality]).await?;
    let placed = locality.get(&fields.locality).is_some_and(|m| m.country == PALESTINE);
    if !placed || !(active.contains(&fields.locality) || existing_locality == Some(fields.locality)) {
        return Err(ServiceError::invalid("locality", "error-project-locality"));
    }
    if let Some(agreement) = fields.agreement {
        if editable(db, agreement, reader).await.is_err() {
            return Err(ServiceError::invalid("agreement", "error-choice-invalid"));
        }
    }
    if !may_edit_project(db, reader, fields.locality, fields.agreement).await? {
        return Err(ServiceError::invalid("locality", "error-project-own"));
    }
    let themes: HashSet<i32> = crate::resolutions::service::themes(db).await?.into_iter().map(|t| t.id).collect();
    if fields.themes.iter().any(|id| !themes.contains(id)) {
        return Err(ServiceError::invalid("themes", "error-choice-invalid"));
    }
    Ok(())
}

async fn write_project_themes(db: &impl ConnectionTrait, project_id: i32, themes: &[i32]) -> ServiceResult<()> {
    project_theme::Entity::delete_many().filter(project_theme::Column::ProjectId.eq(project_id)).exec(db).await?;
    for theme_id in themes {
        project_theme::ActiveModel { project_id: Set(project_id), theme_id: Set(*theme_id) }.insert(db).await?;
    }
    Ok(())
}

/// What the audit log keeps of a project (its themes are added where they changed).
fn project_audit_view(row: &project::Model) -> serde_json::Value {
    json!({
        "title": row.title,
        "locality": row.locality_id,
        "agreement": row.agreement_id,
        "status": row.status,
        "starts_on": row.starts_on.map(|d| d.to_string()),
        "ends_on": row.ends_on.map(|d| d.to_string()),
    })
}

fn with_themes(mut view: serde_json::Value, themes: &[i32]) -> serde_json::Value {
    view["themes"] = json!(themes);
    view
}

/// Records a project.
///
/// # Errors
/// `Invalid` for a locality that is not an active Palestinian member, an agreement the reader
/// may not change, a theme that does not exist, or a focal point's project neither in its
/// locality nor under its agreement; `Forbidden` for the public; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn record_project(
    db: &DatabaseConnection,
    context: &RequestContext,
    reader: Reader,
    fields: &ProjectFields,
) -> ServiceResult<project::Model> {
    let _turn = writer_turn(db).await;
    let txn = context.begin(db).await?;
    check_project(&txn, reader, fields, None).await?;
    let now = Utc::now();
    let row = project::ActiveModel {
        title: Set(fields.title.clone()),
        language: Set(fields.language),
        description: Set(fields.description.clone()),
        locality_id: Set(fields.locality),
        agreement_id: Set(fields.agreement),
        status: Set(fields.status),
        starts_on: Set(fields.starts_on),
        ends_on: Set(fields.ends_on),
        created_by: Set(context.actor_name.clone()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    write_project_themes(&txn, row.id, &fields.themes).await?;
    audit::record(
        &txn,
        &context.actor,
        Change::new("project.recorded", "project", row.id, row.title.clone())
            .after(&with_themes(project_audit_view(&row), &fields.themes))
            .public(),
    )
    .await?;
    context.commit(txn).await?;
    Ok(row)
}

/// The project, when `reader` may change it: `NotFound` or `Forbidden`.
async fn editable_project(db: &impl ConnectionTrait, id: i32, reader: Reader) -> ServiceResult<project::Model> {
    let row = project::Entity::find_by_id(id).one(db).await?.ok_or(ServiceError::NotFound)?;
    if !may_edit_project(db, reader, row.locality_id, row.agreement_id).await? {
        return Err(ServiceError::Forbidden);
    }
    Ok(row)
}

/// Changes a project.
///
/// # Errors
/// `NotFound`; `Forbidden` for a reader who may not change it; `Invalid` as for
/// [`record_project`]; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn update_project(
    db: &DatabaseConnection,
    context: &RequestContext,
    reader: Reader,
    id: i32,
    fields: &ProjectFields,
) -> ServiceResult<project::Model> {
    let _turn = writer_turn(db).await;
    let txn = context.begin(db).await?;
    let before = editable_project(&txn, id, reader).await?;
    check_project(&txn, reader, fields, Some(before.locality_id)).await?;
    let before_view = project_audit_view(&before);
    let mut row = before.into_active_model();
    row.title = Set(fields.title.clone());
    row.language = Set(fields.language);
    row.description = Set(fields.description.clone());
    row.locality_id = Set(fields.locality);
    row.agreement_id = Set(fields.agreement);
    row.status = Set(fields.status);
    row.starts_on = Set(fields.starts_on);
    row.ends_on = Set(fields.ends_on);
    row.updated_at = Set(Utc::now());
    let row = row.update(&txn).await?;
    write_project_themes(&txn, id, &fields.themes).await?;
    audit::record(
        &txn,
        &context.actor,
        Change::new("project.updated", "project", id, row.title.clone())
            .before(&before_view)
            .after(&with_themes(project_audit_view(&row), &fields.themes))
            .public(),
    )
    .await?;
    context.commit(txn).await?;
    Ok(row)
}

/// Records support the project received.
///
/// # Errors
/// `NotFound`; `Forbidden`; `Invalid` for a giving member that does not exist or a date in the
/// future; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn add_support(
    db: &DatabaseConnection,
    context: &RequestContext,
    reader: Reader,
    project_id: i32,
    fields: &SupportFields,
) -> ServiceResult<support::Model> {
    let _turn = writer_turn(db).await;
    let txn = context.begin(db).await?;
    let project = editable_project(&txn, project_id, reader).await?;
    let (giver_member_id, giver_name) = match &fields.giver {
        Giver::Member(id) => {
            // An active member: an applicant's name is not public.
            if !crate::membership::service::active_among(&txn, &[*id]).await?.contains(id) {
                return Err(ServiceError::invalid("giver_member", "error-choice-invalid"));
            }
            (Some(*id), None)
        }
        Giver::Other(name) => (None, Some(name.clone())),
    };
    let now = Utc::now();
    if fields.given_on.is_some_and(|day| day > now.date_naive()) {
        return Err(ServiceError::invalid("given_on", "error-date-future"));
    }
    let row = support::ActiveModel {
        project_id: Set(project_id),
        giver_member_id: Set(giver_member_id),
        giver_name: Set(giver_name),
        kind: Set(fields.kind),
        amount_minor: Set(fields.amount.as_ref().map(|a| a.0)),
        currency: Set(fields.amount.as_ref().map(|a| a.1.clone())),
        description: Set(fields.description.clone()),
        given_on: Set(fields.given_on),
        recorded_by: Set(context.actor_name.clone()),
        recorded_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let after = json!({
        "giver_member": row.giver_member_id,
        "giver_name": row.giver_name,
        "kind": row.kind,
        "amount_minor": row.amount_minor,
        "currency": row.currency,
    });
    audit::record(
        &txn,
        &context.actor,
        Change::new("project.support_added", "project", project_id, project.title).after(&after).public(),
    )
    .await?;
    context.commit(txn).await?;
    Ok(row)
}

/// Removes support recorded by mistake; answers its project's id.
///
/// # Errors
/// `NotFound`; `Forbidden`; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn remove_support(
    db: &DatabaseConnection,
    context: &RequestContext,
    reader: Reader,
    id: i32,
) -> ServiceResult<i32> {
    let _turn = writer_turn(db).await;
    let txn = context.begin(db).await?;
    let row = support::Entity::find_by_id(id).one(&txn).await?.ok_or(ServiceError::NotFound)?;
    let project = editable_project(&txn, row.project_id, reader).await?;
    support::Entity::delete_by_id(id).exec(&txn).await?;
    let before = json!({ "kind": row.kind, "amount_minor": row.amount_minor, "currency": row.currency });
    audit::record(
        &txn,
        &context.actor,
        Change::new("project.support_removed", "project", project.id, project.title).before(&before).public(),
    )
    .await?;
    context.commit(txn).await?;
    Ok(project.id)
}

/// Projects the filters keep, the latest first.
pub(super) fn filtered_projects(query: &ProjectQuery) -> sea_orm::Select<project::Entity> {
    use crate::domain::Choice;
    let mut select = project::Entity::find();
    if let Some(status) = crate::twinning::ProjectStatus::parse(&query.status) {
        select = select.filter(project::Column::Status.eq(status));
    }
    if let Ok(locality) = query.locality.parse::<i32>() {
        select = select.filter(project::Column::LocalityId.eq(locality));
    }
    if let Ok(theme) = query.theme.parse::<i32>() {
        let tagged = project_theme::Entity::find()
            .select_only()
            .column(project_theme::Column::ProjectId)
            .filter(project_theme::Column::ThemeId.eq(theme))
            .into_query();
        select = select.filter(project::Column::Id.in_subquery(tagged));
    }
    select.order_by_desc(project::Column::Id)
}

/// Financial support of `projects` as (project, minor, currency).
async fn financial_of(
    db: &impl ConnectionTrait,
    projects: sea_orm::sea_query::SelectStatement,
) -> ServiceResult<Vec<(i32, Option<i64>, Option<String>)>> {
    Ok(support::Entity::find()
        .select_only()
        .column(support::Column::ProjectId)
        .column(support::Column::AmountMinor)
        .column(support::Column::Currency)
        .filter(support::Column::Kind.eq(SupportKind::Financial))
        .filter(support::Column::ProjectId.in_subquery(projects))
        .into_tuple()
        .all(db)
        .await?)
}

/// The projects as lists show them: locality, themes, financial support per currency.
pub(super) async fn project_summaries(
    db: &impl ConnectionTrait,
    rows: Vec<project::Model>,
    lang: Lang,
) -> ServiceResult<Vec<ProjectSummary>> {
    let ids: Vec<i32> = rows.iter().map(|r| r.id).collect();
    let mut themes: HashMap<i32, Vec<i32>> = HashMap::new();
    for row in project_theme::Entity::find()
        .filter(project_theme::Column::ProjectId.is_in(ids.clone()))
        .order_by_asc(project_theme::Column::ThemeId)
        .all(db)
        .await?
    {
        themes.entry(row.project_id).or_default().push(row.theme_id);
    }
    let mut supports: HashMap<i32, u32> = HashMap::new();
    let mut financial: HashMap<i32, Vec<(String, i64)>> = HashMap::new();
    for row in support::Entity::find().filter(support::Column::ProjectId.is_in(ids)).all(db).await? {
        *supports.entry(row.project_id).or_default() += 1;
        if let (Some(minor), Some(currency)) = (row.amount_minor, row.currency) {
            let sums = financial.entry(row.project_id).or_default();
            match sums.iter_mut().find(|(c, _)| *c == currency) {
                Some(sum) => sum.1 = sum.1.saturating_add(minor),
                None => sums.push((currency, minor)),
            }
        }
    }
    let locality_ids: Vec<i32> = rows.iter().map(|r| r.locality_id).collect();
    let localities = crate::membership::service::directory_entries(db, &locality_ids).await?;
    Ok(rows
        .into_iter()
        .filter_map(|row| {
            let mut sums = financial.remove(&row.id).unwrap_or_default();
            sums.sort();
            Some(ProjectSummary {
                id: row.id,
                title: row.title,
                language: row.language,
                locality: localities.get(&row.locality_id)?.clone(),
                status: row.status,
                starts_on: row.starts_on,
                ends_on: row.ends_on,
                themes: themes.remove(&row.id).unwrap_or_default(),
                financial: sums.into_iter().map(|(currency, minor)| money(lang, minor, &currency)).collect(),
                supports: supports.remove(&row.id).unwrap_or_default(),
            })
        })
        .collect())
}

/// Financial support of the projects the filters keep, summed by locality and currency, the
/// localities in the order of `lang`'s names.
///
/// # Errors
/// Database errors.
pub async fn support_totals(
    db: &impl ConnectionTrait,
    query: &ProjectQuery,
    lang: Lang,
) -> ServiceResult<Vec<SupportTotal>> {
    let kept = filtered_projects(query);
    let localities: HashMap<i32, i32> = kept
        .clone()
        .select_only()
        .column(project::Column::Id)
        .column(project::Column::LocalityId)
        .into_tuple::<(i32, i32)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let ids = kept.select_only().column(project::Column::Id).into_query();
    // (locality, currency) → (sum, projects)
    let mut sums: HashMap<(i32, String), (i64, HashSet<i32>)> = HashMap::new();
    for (project_id, minor, currency) in financial_of(db, ids).await? {
        let (Some(minor), Some(currency), Some(locality)) = (minor, currency, localities.get(&project_id)) else {
            continue;
        };
        let sum = sums.entry((*locality, currency)).or_default();
        sum.0 = sum.0.saturating_add(minor);
        sum.1.insert(project_id);
    }
    let member_ids: Vec<i32> = sums.keys().map(|k| k.0).collect();
    let members = crate::membership::service::directory_entries(db, &member_ids).await?;
    let mut totals: Vec<SupportTotal> = sums
        .into_iter()
        .filter_map(|((locality, currency), (minor, projects))| {
            Some(SupportTotal {
                locality: members.get(&locality)?.clone(),
                money: money(lang, minor, &currency),
                projects: u32::try_from(projects.len()).unwrap_or(u32::MAX),
            })
        })
        .collect();
    totals.sort_by(|a, b| {
        crate::i18n::collation::compare(lang, a.locality.display_name(lang), b.locality.display_name(lang))
            .then_with(|| a.money.currency.cmp(&b.money.currency))
    });
    Ok(totals)
}

/// The projects the filters keep, a page at a time, with the support totals and the choices to
/// filter by. Projects are public; `reader` says whether it may record one.
///
/// # Errors
/// Database errors.
pub async fn projects(
    db: &impl ConnectionTrait,
    reader: Reader,
    query: &ProjectQuery,
    lang: Lang,
) -> ServiceResult<ProjectList> {
    let pager = filtered_projects(query).paginate(db, PROJECTS_PAGE);
    let counted = pager.num_items_and_pages().await?;
    let page = query.page.min(counted.number_of_pages.saturating_sub(1));
    let rows = pager.fetch_page(page).await?;
    let locality_ids: Vec<i32> = project::Entity::find()
        .select_only()
        .column(project::Column::LocalityId)
        .distinct()
        .into_tuple()
        .all(db)
        .await?;
    let mut localities: Vec<(i32, String)> = crate::membership::service::directory_entries(db, &locality_ids)
        .await?
        .into_values()
        .map(|m| (m.id, m.display_name(lang).to_string()))
        .collect();
    localities.sort_by(|a, b| crate::i18n::collation::compare(lang, &a.1, &b.1));
    Ok(ProjectList {
        projects: project_summaries(db, rows, lang).await?,
        totals: support_totals(db, query, lang).await?,
        themes: crate::resolutions::service::themes(db).await?,
        localities,
        total: counted.number_of_items,
        page,
        pages: counted.number_of_pages.max(1),
        may_propose: reader != Reader::Public,
    })
}

/// A project's page: what it is, the agreement it comes under (when the reader may see it), the
/// support it received, the first recorded first.
///
/// # Errors
/// `NotFound`; database errors.
pub async fn project_page(
    db: &impl ConnectionTrait,
    reader: Reader,
    id: i32,
    lang: Lang,
) -> ServiceResult<ProjectPage> {
    let row = project::Entity::find_by_id(id).one(db).await?.ok_or(ServiceError::NotFound)?;
    let may_edit = may_edit_project(db, reader, row.locality_id, row.agreement_id).await?;
    let agreement = agreement_link(db, reader, row.agreement_id).await?;
    let description = row.description.clone();
    let summary = project_summaries(db, vec![row], lang).await?.pop().ok_or(ServiceError::NotFound)?;
    let themes: Vec<ThemeView> =
        crate::resolutions::service::themes(db).await?.into_iter().filter(|t| summary.themes.contains(&t.id)).collect();
    let rows = support::Entity::find()
        .filter(support::Column::ProjectId.eq(id))
        .order_by_asc(support::Column::Id)
        .all(db)
        .await?;
    let giver_ids: Vec<i32> = rows.iter().filter_map(|s| s.giver_member_id).collect();
    let givers = crate::membership::service::directory_entries(db, &giver_ids).await?;
    let support = rows
        .into_iter()
        .map(|s| SupportView {
            id: s.id,
            giver_member: s.giver_member_id.and_then(|id| givers.get(&id).cloned()),
            giver_name: s.giver_name.unwrap_or_default(),
            kind: s.kind,
            amount: s.amount_minor.zip(s.currency).map(|(minor, currency)| money(lang, minor, &currency)),
            description: s.description,
            given_on: s.given_on,
        })
        .collect();
    let members = if may_edit { member_choices(db, lang).await? } else { Vec::new() };
    Ok(ProjectPage { summary, description, agreement, themes, support, may_edit, members })
}

/// Active members as (id, name in `lang`), in `lang`'s order.
pub(super) async fn member_choices(db: &impl ConnectionTrait, lang: Lang) -> ServiceResult<Vec<(i32, String)>> {
    let mut members: Vec<(i32, String)> = crate::membership::service::public_members(db)
        .await?
        .into_iter()
        .map(|m| (m.id, m.display_name(lang).to_string()))
        .collect();
    members.sort_by(|a, b| crate::i18n::collation::compare(lang, &a.1, &b.1));
    Ok(members)
}

/// The project form: a project's values (`id`), or a new one's in the focal point's locality
/// when its member is Palestinian; the localities, agreements and themes to choose from.
///
/// # Errors
/// `NotFound`; `Forbidden` for the public and for a reader who may not change the project;
/// database errors.
pub async fn project_form(
    db: &impl ConnectionTrait,
    reader: Reader,
    id: Option<i32>,
    lang: Lang,
) -> ServiceResult<ProjectForm> {
    use crate::domain::Choice;
    if reader == Reader::Public {
        return Err(ServiceError::Forbidden);
    }
    let palestinian: Vec<crate::membership::DirectoryEntry> =
        crate::membership::service::public_members(db).await?.into_iter().filter(|m| m.country == PALESTINE).collect();
    let current = match id {
        Some(id) => {
            let row = editable_project(db, id, reader).await?;
            let themes = project_theme::Entity::find()
                .filter(project_theme::Column::ProjectId.eq(id))
                .all(db)
                .await?
                .into_iter()
                .map(|t| t.theme_id.to_string())
                .collect();
            ProjectInput {
                title: row.title,
                language: row.language.code().to_string(),
                description: row.description,
                locality: row.locality_id.to_string(),
                agreement: row.agreement_id.map(|a| a.to_string()).unwrap_or_default(),
                status: row.status.as_str().to_string(),
                starts_on: row.starts_on.map(|d| d.to_string()).unwrap_or_default(),
                ends_on: row.ends_on.map(|d| d.to_string()).unwrap_or_default(),
                themes,
            }
        }
        None => {
            let own = match reader {
                Reader::Member { member_id } if palestinian.iter().any(|m| m.id == member_id) => member_id.to_string(),
                _ => String::new(),
            };
            ProjectInput { language: lang.code().to_string(), locality: own, ..Default::default() }
        }
    };
    let mut localities: Vec<(i32, String)> =
        palestinian.iter().map(|m| (m.id, m.display_name(lang).to_string())).collect();
    // A locality no longer active stays choosable, or saving the form would move the project.
    if let Ok(kept) = current.locality.parse::<i32>() {
        if !localities.iter().any(|l| l.0 == kept) {
            for (id, entry) in crate::membership::service::directory_entries(db, &[kept]).await? {
                localities.push((id, entry.display_name(lang).to_string()));
            }
        }
    }
    localities.sort_by(|a, b| crate::i18n::collation::compare(lang, &a.1, &b.1));
    Ok(ProjectForm {
        current,
        themes: crate::resolutions::service::themes(db).await?,
        localities,
        agreements: agreement_choices(db, reader).await?,
    })
}

/// Projects in a member's locality and those it supports, the latest first.
pub(super) async fn projects_of_member(
    db: &impl ConnectionTrait,
    member_id: i32,
    lang: Lang,
) -> ServiceResult<Vec<ProjectSummary>> {
    let supported = support::Entity::find()
        .select_only()
        .column(support::Column::ProjectId)
        .filter(support::Column::GiverMemberId.eq(member_id))
        .into_query();
    let rows = project::Entity::find()
        .filter(
            sea_orm::Condition::any()
                .add(project::Column::LocalityId.eq(member_id))
                .add(project::Column::Id.in_subquery(supported)),
        )
        .order_by_desc(project::Column::Id)
        .limit(PROJECTS_PAGE)
        .all(db)
        .await?;
    project_summaries(db, rows, lang).await
}
