//! The secretariat's queue of applications and its decisions.
use super::*;
use crate::accounts::service::{self as accounts, Invitation};
use crate::audit::service::{self as audit, Change};
use crate::domain::Choice;
use crate::domain::{EmailAddress, PersonName};
use crate::email::service as email;
use crate::identity::Role;
use crate::membership::emails;
use crate::membership::entities::member;
use crate::membership::{ApplicationView, Decision, MemberStatus, ReviewState};
use crate::server::counters;
use crate::server::error::{ServiceError, ServiceResult};
use crate::server::RequestContext;
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder,
};

/// An application as the secretariat reads it; with `suggest`, coordinates suggested from the
/// gazetteer when the member has none (for the form that shows them, not for every line of the
/// queue: the search reads a country's places).
pub(super) fn application_view(row: member::Model, suggest: bool) -> ApplicationView {
    let stored = crate::membership::Coordinates::stored(row.latitude_micro, row.longitude_micro);
    let suggested = (suggest && stored.is_none()).then(|| {
        let mut names = vec![row.official_name.as_str(), row.latin_name.as_str()];
        names.extend(row.english_name.as_deref());
        names.extend(row.french_name.as_deref());
        crate::membership::gazetteer::suggest(&row.country, &names)
    });
    let (latitude, longitude, suggested_place) = match (stored, suggested.flatten()) {
        (Some(c), _) => (
            crate::membership::Coordinates::degrees_text(c.latitude_micro),
            crate::membership::Coordinates::degrees_text(c.longitude_micro),
            None,
        ),
        (None, Some(place)) => {
            (format!("{:.4}", place.latitude), format!("{:.4}", place.longitude), Some(place.name.to_string()))
        }
        (None, None) => (String::new(), String::new(), None),
    };
    ApplicationView {
        latitude,
        longitude,
        suggested_place,
        id: row.id,
        kind: row.kind,
        status: row.status,
        review_state: row.review_state,
        focal_language: row.focal_language,
        submitted_on: row.created_at.date_naive(),
        official_name: row.official_name,
        latin_name: row.latin_name,
        english_name: row.english_name,
        french_name: row.french_name,
        country: row.country,
        region: row.region,
        population: row.population,
        website: row.website,
        head_name: row.head_name,
        head_title: row.head_title,
        focal_name: row.focal_name,
        focal_email: row.focal_email,
        focal_phone: row.focal_phone,
        motivation: row.motivation,
        decision_reason: row.decision_reason,
    }
}

/// The review queue: applications in `state` (all when `None`), oldest first.
///
/// # Errors
/// Database errors.
pub async fn applications(
    db: &impl ConnectionTrait,
    state: Option<ReviewState>,
) -> ServiceResult<Vec<ApplicationView>> {
    let mut query = member::Entity::find().order_by_asc(member::Column::Id);
    if let Some(state) = state {
        query = query.filter(member::Column::ReviewState.eq(state.as_str()));
    }
    Ok(query.all(db).await?.into_iter().map(|row| application_view(row, false)).collect())
}

/// One application in full.
///
/// # Errors
/// `NotFound`; database errors.
pub async fn application(db: &impl ConnectionTrait, id: i32) -> ServiceResult<ApplicationView> {
    member::Entity::find_by_id(id).one(db).await?.map(|row| application_view(row, true)).ok_or(ServiceError::NotFound)
}

/// Approves, rejects or asks for more information, with a reason that is recorded and emailed to
/// the focal point in their language. Approval makes the authority an active member from today
/// and invites its focal point to set a password.
///
/// # Errors
/// `NotFound`; `Conflict` when the application was already decided or the focal point's email
/// belongs to an account that cannot act for this member; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref(), id = id))]
pub async fn decide(
    db: &DatabaseConnection,
    context: &RequestContext,
    id: i32,
    decision: Decision,
    reason: &str,
) -> ServiceResult<member::Model> {
    let _turn = crate::server::database::writer_turn(db).await;
    let txn = context.begin(db).await?;
    let before = locked_member(&txn, id).await?;
    let open = matches!(before.review_state, ReviewState::Pending | ReviewState::InfoRequested);
    if !open || before.status != MemberStatus::Applicant {
        return Err(ServiceError::Conflict { key: "error-already-decided" });
    }
    let now = Utc::now();
    let mut row: member::ActiveModel = before.clone().into();
    row.decision_reason = Set(Some(reason.to_string()));
    row.updated_at = Set(now);
    let (action, review, status) = match decision {
        Decision::Approve => ("membership.approved", ReviewState::Approved, MemberStatus::Active),
        Decision::Reject => ("membership.rejected", ReviewState::Rejected, MemberStatus::Rejected),
        Decision::RequestInformation => {
            ("membership.info_requested", ReviewState::InfoRequested, MemberStatus::Applicant)
        }
    };
    row.review_state = Set(review);
    if status != before.status {
        row.status = Set(status);
        row.status_changed_at = Set(now);
    }
    if decision == Decision::Approve {
        row.member_since = Set(Some(now.date_naive()));
    }
    let after = row.update(&txn).await?;
    if decision == Decision::Reject {
        // A refused application holds no name: the authority may apply again.
        replace_name_keys(&txn, &after, Vec::new()).await?;
    } else {
        counters::raise(&txn, counters::MEMBER_DIRECTORY).await?;
    }

    let focal_language = after.focal_language;
    if decision == Decision::Approve {
        let invitation = Invitation {
            email: EmailAddress::parse(&after.focal_email).map_err(ServiceError::from)?,
            name: PersonName::parse(&after.focal_name, "focal_name")?,
            role: Role::FocalPoint,
            language: focal_language,
            member_id: Some(after.id),
        };
        // A person who already has an account (a delegate, say) becomes the focal point of it.
        if accounts::link_to_member(&txn, context, &invitation.email, after.id).await?.is_none() {
            accounts::invite_within(&txn, context, &invitation).await?;
        }
    }
    email::enqueue(
        &txn,
        &after.focal_email,
        &after.focal_name,
        focal_language,
        &emails::ApplicationDecision { authority: &after.official_name, decision, reason },
    )
    .await?;
    let mut change =
        Change::new(action, "member", after.id, format!("{} ({}): {}", after.latin_name, after.country, reason))
            .before(&audit_view(&before))
            .after(&audit_view(&after));
    if decision == Decision::Approve {
        change = change.public();
        change.summary = format!("{} ({}) joined the network", after.latin_name, after.country);
    }
    audit::record(&txn, &context.actor, change).await?;
    context.commit(txn).await?;
    Ok(after)
}
