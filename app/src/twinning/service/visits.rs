//! Exchange visits between members: recorded by the secretariat or a focal point of either
//! member, public once recorded; and what a member's page shows of its cooperation.
use super::projects::{agreement_choices, agreement_link, member_choices, projects_of_member};
use super::*;
use crate::audit::service::{self as audit, Change};
use crate::twinning::entities::visit;
use crate::twinning::{MemberCooperation, VisitFields, VisitForm, VisitList, VisitView};
use chrono::Utc;
use serde_json::json;

/// Visits per page of the list.
const VISITS_PAGE: u64 = 50;

fn speaks_for(row: &visit::Model, reader: Reader) -> bool {
    match reader {
        Reader::Secretariat => true,
        Reader::Member { member_id } => member_id == row.from_member_id || member_id == row.to_member_id,
        Reader::Public => false,
    }
}

/// Records a visit: both members active, the agreement (if any) one both are party to; a focal
/// point records its own member's visits only.
///
/// # Errors
/// `Invalid` (`from_member`, `to_member`, `agreement`); `Forbidden` for the public; database
/// errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn record_visit(
    db: &DatabaseConnection,
    context: &RequestContext,
    reader: Reader,
    fields: &VisitFields,
) -> ServiceResult<visit::Model> {
    match reader {
        Reader::Public => return Err(ServiceError::Forbidden),
        Reader::Member { member_id } if member_id != fields.from_member && member_id != fields.to_member => {
            return Err(ServiceError::invalid("from_member", "error-visit-own"));
        }
        _ => {}
    }
    let _turn = writer_turn(db).await;
    let txn = context.begin(db).await?;
    let active = crate::membership::service::active_among(&txn, &[fields.from_member, fields.to_member]).await?;
    for (id, field) in [(fields.from_member, "from_member"), (fields.to_member, "to_member")] {
        if !active.contains(&id) {
            return Err(ServiceError::invalid(field, "error-choice-invalid"));
        }
    }
    if let Some(agreement) = fields.agreement {
        let parties = member_parties(&txn, agreement).await?;
        if !(parties.contains(&fields.from_member) && parties.contains(&fields.to_member)) {
            return Err(ServiceError::invalid("agreement", "error-visit-agreement"));
        }
    }
    let row = visit::ActiveModel {
        agreement_id: Set(fields.agreement),
        from_member_id: Set(fields.from_member),
        to_member_id: Set(fields.to_member),
        starts_on: Set(fields.starts_on),
        ends_on: Set(fields.ends_on),
        purpose: Set(fields.purpose.clone()),
        delegation_size: Set(fields.delegation_size),
        outcome: Set(fields.outcome.clone()),
        recorded_by: Set(context.actor_name.clone()),
        recorded_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let after = json!({
        "from": row.from_member_id,
        "to": row.to_member_id,
        "agreement": row.agreement_id,
        "starts_on": row.starts_on.to_string(),
        "ends_on": row.ends_on.to_string(),
        "delegation_size": row.delegation_size,
    });
    audit::record(
        &txn,
        &context.actor,
        Change::new("visit.recorded", "visit", row.id, row.purpose.clone()).after(&after).public(),
    )
    .await?;
    context.commit(txn).await?;
    Ok(row)
}

/// Removes a visit recorded by mistake.
///
/// # Errors
/// `NotFound`; `Forbidden` for a reader who speaks for neither member; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn remove_visit(
    db: &DatabaseConnection,
    context: &RequestContext,
    reader: Reader,
    id: i32,
) -> ServiceResult<()> {
    let _turn = writer_turn(db).await;
    let txn = context.begin(db).await?;
    let row = visit::Entity::find_by_id(id).one(&txn).await?.ok_or(ServiceError::NotFound)?;
    if !speaks_for(&row, reader) {
        return Err(ServiceError::Forbidden);
    }
    visit::Entity::delete_by_id(id).exec(&txn).await?;
    let before = json!({ "from": row.from_member_id, "to": row.to_member_id, "starts_on": row.starts_on.to_string() });
    audit::record(
        &txn,
        &context.actor,
        Change::new("visit.removed", "visit", id, row.purpose).before(&before).public(),
    )
    .await?;
    context.commit(txn).await?;
    Ok(())
}

async fn visit_views(
    db: &impl ConnectionTrait,
    reader: Reader,
    rows: Vec<visit::Model>,
) -> ServiceResult<Vec<VisitView>> {
    let member_ids: Vec<i32> = rows.iter().flat_map(|r| [r.from_member_id, r.to_member_id]).collect();
    let members = crate::membership::service::directory_entries(db, &member_ids).await?;
    let mut views = Vec::with_capacity(rows.len());
    for row in rows {
        let (Some(from), Some(to)) = (members.get(&row.from_member_id), members.get(&row.to_member_id)) else {
            continue;
        };
        views.push(VisitView {
            id: row.id,
            from: from.clone(),
            to: to.clone(),
            starts_on: row.starts_on,
            ends_on: row.ends_on,
            agreement: agreement_link(db, reader, row.agreement_id).await?,
            may_remove: speaks_for(&row, reader),
            purpose: row.purpose,
            delegation_size: row.delegation_size,
            outcome: row.outcome,
        });
    }
    Ok(views)
}

/// Visits, the latest first, a page at a time.
///
/// # Errors
/// Database errors.
pub async fn visits(db: &impl ConnectionTrait, reader: Reader, page: u64) -> ServiceResult<VisitList> {
    let pager = visit::Entity::find()
        .order_by_desc(visit::Column::StartsOn)
        .order_by_desc(visit::Column::Id)
        .paginate(db, VISITS_PAGE);
    let pages = pager.num_pages().await?.max(1);
    let page = page.min(pages - 1);
    let rows = pager.fetch_page(page).await?;
    Ok(VisitList { visits: visit_views(db, reader, rows).await?, page, pages, may_record: reader != Reader::Public })
}

/// The visit form's choices, named in `lang`.
///
/// # Errors
/// `Forbidden` for the public; database errors.
pub async fn visit_form(db: &impl ConnectionTrait, reader: Reader, lang: Lang) -> ServiceResult<VisitForm> {
    let own_member = match reader {
        Reader::Public => return Err(ServiceError::Forbidden),
        Reader::Member { member_id } => Some(member_id),
        Reader::Secretariat => None,
    };
    Ok(VisitForm {
        members: member_choices(db, lang).await?,
        agreements: agreement_choices(db, reader).await?,
        own_member,
    })
}

/// A member's projects (in its locality, or supported by it) and visits (made or received).
///
/// # Errors
/// Database errors.
pub async fn member_cooperation(
    db: &impl ConnectionTrait,
    reader: Reader,
    member_id: i32,
    lang: Lang,
) -> ServiceResult<MemberCooperation> {
    let rows = visit::Entity::find()
        .filter(
            sea_orm::Condition::any()
                .add(visit::Column::FromMemberId.eq(member_id))
                .add(visit::Column::ToMemberId.eq(member_id)),
        )
        .order_by_desc(visit::Column::StartsOn)
        .order_by_desc(visit::Column::Id)
        .limit(VISITS_PAGE)
        .all(db)
        .await?;
    Ok(MemberCooperation {
        projects: projects_of_member(db, member_id, lang).await?,
        visits: visit_views(db, reader, rows).await?,
    })
}
