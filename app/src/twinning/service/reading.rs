//! The registry, a member's agreements, an agreement's page and its form, as each reader may
//! see them.
use super::*;

/// Agreements per page of the registry.
const PAGE_SIZE: u64 = 50;

/// The parties and themes of `rows`, as lists show them.
pub(super) async fn summaries(
    db: &impl ConnectionTrait,
    rows: Vec<agreement::Model>,
) -> ServiceResult<Vec<AgreementSummary>> {
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

/// The agreements `reader` may see that the filters keep ("awaiting": those the secretariat has
/// not validated yet, for the secretariat and a party's focal point).
pub(super) async fn visible(
    db: &impl ConnectionTrait,
    reader: Reader,
    query: &AgreementQuery,
) -> ServiceResult<sea_orm::Select<agreement::Entity>> {
    use crate::domain::Choice;
    let mut select = filtered(agreement::Entity::find(), &query.kind, &query.theme);
    if let Some(stage) = AgreementStage::parse(&query.stage) {
        select = select.filter(agreement::Column::Stage.eq(stage));
    }
    let awaiting = query.review == "awaiting";
    Ok(match reader {
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
    }
    .order_by_desc(agreement::Column::StageOn)
    .order_by_desc(agreement::Column::Id))
}

/// The registry as `reader` may see it, filtered, the most recent stage first.
///
/// # Errors
/// Database errors.
pub async fn list(db: &impl ConnectionTrait, reader: Reader, query: &AgreementQuery) -> ServiceResult<AgreementList> {
    let pager = visible(db, reader, query).await?.paginate(db, PAGE_SIZE);
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
    let version = version(&row);
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
        documents: documents_of(db, id).await?,
        version,
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
