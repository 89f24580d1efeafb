//! Accounts and their one-time links: invitations, links to members, password resets and the passwords they set.
use crate::accounts::emails;
use crate::accounts::entities::one_time_token::Purpose;
use crate::accounts::entities::{account, one_time_token};
use crate::audit::service::{self as audit, Change};
use crate::domain::{EmailAddress, Password, PersonName};
use crate::email::service as email;
use crate::i18n::Lang;
use crate::identity::{CurrentUser, Role};
use crate::server::error::{ServiceError, ServiceResult};
use crate::server::secrets;
use crate::server::{Actor, RequestContext};
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait,
    QueryFilter, TransactionTrait,
};
use serde_json::json;

const INVITATION_VALID: Duration = Duration::days(14);
const RESET_VALID: Duration = Duration::hours(2);

/// A person to invite, already validated.
#[derive(Clone, Debug)]
pub struct Invitation {
    pub email: EmailAddress,
    pub name: PersonName,
    pub role: Role,
    pub language: Lang,
    /// The member authority a focal point acts for.
    pub member_id: Option<i32>,
}

impl From<account::Model> for CurrentUser {
    fn from(row: account::Model) -> Self {
        CurrentUser {
            id: row.id,
            role: row.role,
            language: row.language,
            member_id: row.member_id,
            email: row.email,
            display_name: row.display_name,
        }
    }
}

pub(super) fn audit_view(row: &account::Model) -> serde_json::Value {
    json!({
        "email": row.email,
        "display_name": row.display_name,
        "role": row.role,
        "language": row.language,
        "is_active": row.is_active,
        "has_password": row.password_hash.is_some(),
    })
}

/// An active account by id.
///
/// # Errors
/// Database errors.
pub async fn find_active(db: &impl ConnectionTrait, id: i32) -> ServiceResult<Option<account::Model>> {
    Ok(account::Entity::find_by_id(id).filter(account::Column::IsActive.eq(true)).one(db).await?)
}

pub(super) async fn find_by_email(
    db: &impl ConnectionTrait,
    email: &EmailAddress,
) -> ServiceResult<Option<account::Model>> {
    Ok(account::Entity::find().filter(account::Column::Email.eq(email.as_str())).one(db).await?)
}

/// Creates the account and a set-password link, without sending anything; returns the link.
pub(super) async fn create_invited(
    db: &impl ConnectionTrait,
    context: &RequestContext,
    invitation: &Invitation,
) -> ServiceResult<(account::Model, String)> {
    if find_by_email(db, &invitation.email).await?.is_some() {
        return Err(ServiceError::Conflict { key: "error-email-taken" });
    }
    let now = Utc::now();
    let row = account::ActiveModel {
        email: Set(invitation.email.as_str().to_string()),
        display_name: Set(invitation.name.as_str().to_string()),
        password_hash: Set(None),
        role: Set(invitation.role),
        language: Set(invitation.language),
        member_id: Set(invitation.member_id),
        is_active: Set(true),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    let link = issue_link(db, context, row.id, Purpose::Invitation).await?;
    audit::record(
        db,
        &context.actor,
        Change::new("account.invited", "account", row.id, format!("{} invited as {}", row.email, row.role))
            .after(&audit_view(&row)),
    )
    .await?;
    Ok((row, link))
}

pub(super) async fn issue_link(
    db: &impl ConnectionTrait,
    context: &RequestContext,
    account_id: i32,
    purpose: Purpose,
) -> ServiceResult<String> {
    let token = secrets::new_token();
    let now = Utc::now();
    let valid_for = match purpose {
        Purpose::Invitation => INVITATION_VALID,
        Purpose::Reset => RESET_VALID,
    };
    one_time_token::ActiveModel {
        token_hash: Set(secrets::token_hash(&token)),
        account_id: Set(account_id),
        purpose: Set(purpose),
        expires_at: Set(now + valid_for),
        used_at: Set(None),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(context.link(&format!("/set-password?token={token}")))
}

/// Invites a person: creates their account and emails them a link to set a password, in their
/// language. All or nothing.
///
/// # Errors
/// `Conflict` when the email already has an account; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn invite(
    db: &DatabaseConnection,
    context: &RequestContext,
    invitation: &Invitation,
) -> ServiceResult<account::Model> {
    let txn = context.begin(db).await?;
    let row = invite_within(&txn, context, invitation).await?;
    context.commit(txn).await?;
    Ok(row)
}

/// [`invite`] inside the caller's transaction (approving a member invites its focal point).
///
/// # Errors
/// `Conflict` when the email already has an account; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn invite_within(
    txn: &impl ConnectionTrait,
    context: &RequestContext,
    invitation: &Invitation,
) -> ServiceResult<account::Model> {
    let (row, link) = create_invited(txn, context, invitation).await?;
    email::enqueue(
        txn,
        &row.email,
        &row.display_name,
        invitation.language,
        &emails::Invited { inviter: &context.actor_name, role: invitation.role, link: &link },
    )
    .await?;
    Ok(row)
}

/// Makes an existing account the focal point of `member_id` when it may become one (a delegate,
/// or a focal point of no other member). Returns `None` when no account uses `email`.
///
/// # Errors
/// `Conflict` when the account works for the secretariat, finance or another member; database
/// errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref(), member_id = member_id))]
pub async fn link_to_member(
    txn: &impl ConnectionTrait,
    context: &RequestContext,
    email: &EmailAddress,
    member_id: i32,
) -> ServiceResult<Option<account::Model>> {
    let Some(before) = account::Entity::find().filter(account::Column::Email.eq(email.as_str())).one(txn).await? else {
        return Ok(None);
    };
    let free = matches!(before.role, Role::Delegate | Role::FocalPoint)
        && before.member_id.is_none_or(|current| current == member_id);
    if !free {
        return Err(ServiceError::Conflict { key: "error-focal-has-account" });
    }
    let mut row: account::ActiveModel = before.clone().into();
    row.role = Set(Role::FocalPoint);
    row.member_id = Set(Some(member_id));
    row.updated_at = Set(Utc::now());
    let after = row.update(txn).await?;
    audit::record(
        txn,
        &context.actor,
        Change::new(
            "account.linked_to_member",
            "account",
            after.id,
            format!("{} now acts for member {member_id}", after.email),
        )
        .before(&json!({ "role": before.role, "member_id": before.member_id }))
        .after(&json!({ "role": after.role, "member_id": after.member_id })),
    )
    .await?;
    Ok(Some(after))
}

/// Creates a secretariat account from the command line and returns its set-password link
/// (printed, not emailed: there may be no mail relay yet).
///
/// # Errors
/// `Conflict` when the email already has an account; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn create_secretariat(
    db: &DatabaseConnection,
    context: &RequestContext,
    email: &EmailAddress,
    name: &PersonName,
) -> ServiceResult<String> {
    let invitation = Invitation {
        email: email.clone(),
        name: name.clone(),
        role: Role::Secretariat,
        language: Lang::En,
        member_id: None,
    };
    create_with_link(db, context, &invitation).await
}

/// Creates an account without emailing it and returns its set-password link (the command line:
/// the first secretariat account, benchmark accounts).
///
/// # Errors
/// `Conflict` when the email already has an account; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn create_with_link(
    db: &DatabaseConnection,
    context: &RequestContext,
    invitation: &Invitation,
) -> ServiceResult<String> {
    let txn = context.begin(db).await?;
    let (_, link) = create_invited(&txn, context, invitation).await?;
    context.commit(txn).await?;
    Ok(link)
}

/// Whether any secretariat account exists (the server offers to create the first one).
///
/// # Errors
/// Database errors.
pub async fn has_secretariat(db: &impl ConnectionTrait) -> ServiceResult<bool> {
    Ok(account::Entity::find().filter(account::Column::Role.eq(Role::Secretariat)).count(db).await? > 0)
}

/// Emails a reset link when the address belongs to an active account. Says nothing either way,
/// so the form cannot be used to learn who has an account.
///
/// # Errors
/// Database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn request_password_reset(
    db: &DatabaseConnection,
    context: &RequestContext,
    email: &EmailAddress,
) -> ServiceResult<()> {
    let Some(row) = find_by_email(db, email).await?.filter(|a| a.is_active) else {
        return Ok(());
    };
    let txn = context.begin(db).await?;
    let link = issue_link(&txn, context, row.id, Purpose::Reset).await?;
    let lang = row.language;
    email::enqueue(&txn, &row.email, &row.display_name, lang, &emails::PasswordReset { link: &link }).await?;
    audit::record(
        &txn,
        &Actor { account_id: Some(row.id), email: Some(row.email.clone()) },
        Change::new(
            "account.reset_requested",
            "account",
            row.id,
            format!("password reset requested for {}", row.email),
        ),
    )
    .await?;
    context.commit(txn).await?;
    Ok(())
}

/// The account a still-valid link belongs to (for the set-password page's greeting).
///
/// # Errors
/// `InvalidLink` for an unknown, used or expired link.
pub async fn account_for_link(db: &impl ConnectionTrait, token: &str) -> ServiceResult<account::Model> {
    let link = valid_link(db, token, Utc::now()).await?;
    find_active(db, link.account_id).await?.ok_or(ServiceError::InvalidLink)
}

pub(super) async fn valid_link(
    db: &impl ConnectionTrait,
    token: &str,
    now: DateTime<Utc>,
) -> ServiceResult<one_time_token::Model> {
    one_time_token::Entity::find()
        .filter(one_time_token::Column::TokenHash.eq(secrets::token_hash(token.trim())))
        .one(db)
        .await?
        .filter(|link| link.used_at.is_none() && link.expires_at > now)
        .ok_or(ServiceError::InvalidLink)
}

/// Sets a password from an invitation or reset link; the link then stops working, and so do
/// the account's other open links. Every session of the account ends (one opened by whoever
/// knew the old password among them), and so do its failed sign-ins from unknown browsers.
///
/// # Errors
/// `InvalidLink` for an unknown, used or expired link; database errors.
pub async fn set_password_with_link(
    db: &DatabaseConnection,
    token: &str,
    password: &Password,
) -> ServiceResult<account::Model> {
    // The link first: nobody without one makes the server hash anything.
    valid_link(db, token, Utc::now()).await?;
    let hash = secrets::hash_password(password.expose().to_string()).await?;
    let txn = db.begin().await?;
    let now = Utc::now();
    let link = valid_link(&txn, token, now).await?;
    // Marking used only when still unused makes two concurrent uses of one link fail cleanly.
    let marked = one_time_token::Entity::update_many()
        .col_expr(one_time_token::Column::UsedAt, Expr::value(now))
        .filter(one_time_token::Column::AccountId.eq(link.account_id))
        .filter(one_time_token::Column::UsedAt.is_null())
        .exec(&txn)
        .await?;
    if marked.rows_affected == 0 {
        return Err(ServiceError::InvalidLink);
    }
    let before = find_active(&txn, link.account_id).await?.ok_or(ServiceError::InvalidLink)?;
    let mut row: account::ActiveModel = before.clone().into();
    row.password_hash = Set(Some(hash));
    row.updated_at = Set(now);
    let after = row.update(&txn).await?;
    crate::accounts::session_store::DbSessionStore::end_sessions_of(&txn, after.id, None).await?;
    super::sign_in::clear_account_throttle(&txn, &after.email).await?;
    audit::record(
        &txn,
        &Actor { account_id: Some(after.id), email: Some(after.email.clone()) },
        Change::new(
            "account.password_set",
            "account",
            after.id,
            format!("password set by {} ({})", after.email, link.purpose),
        )
        .before(&audit_view(&before))
        .after(&audit_view(&after)),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}

/// Ends every session of an account but `keep` (the caller's own), audited.
///
/// # Errors
/// Database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref(), account_id = account_id))]
pub async fn end_other_sessions(
    db: &DatabaseConnection,
    context: &RequestContext,
    account_id: i32,
    keep: Option<&str>,
) -> ServiceResult<u64> {
    let txn = context.begin(db).await?;
    let ended = crate::accounts::session_store::DbSessionStore::end_sessions_of(&txn, account_id, keep).await?;
    audit::record(
        &txn,
        &context.actor,
        Change::new("account.signed_out_elsewhere", "account", account_id, format!("{ended} other sessions ended")),
    )
    .await?;
    context.commit(txn).await?;
    Ok(ended)
}

/// A new set-password link for a person, for the secretariat to hand over another way (there is
/// no mail relay, or the message was lost): every earlier open link of the account stops
/// working, and the change is audited (without the link). An invitation while the person has no
/// password yet, a reset link afterwards.
///
/// # Errors
/// `NotFound` for an unknown or deactivated account; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref(), account_id = account_id))]
pub async fn issue_fresh_link(
    db: &DatabaseConnection,
    context: &RequestContext,
    account_id: i32,
) -> ServiceResult<crate::accounts::FreshLink> {
    let txn = context.begin(db).await?;
    let row = find_active(&txn, account_id).await?.ok_or(ServiceError::NotFound)?;
    let now = Utc::now();
    one_time_token::Entity::update_many()
        .col_expr(one_time_token::Column::UsedAt, Expr::value(now))
        .filter(one_time_token::Column::AccountId.eq(row.id))
        .filter(one_time_token::Column::UsedAt.is_null())
        .exec(&txn)
        .await?;
    let purpose = if row.password_hash.is_some() { Purpose::Reset } else { Purpose::Invitation };
    let link = issue_link(&txn, context, row.id, purpose).await?;
    audit::record(
        &txn,
        &context.actor,
        Change::new("account.link_issued", "account", row.id, format!("a new {purpose} link for {}", row.email)),
    )
    .await?;
    context.commit(txn).await?;
    Ok(crate::accounts::FreshLink { account_id: row.id, email: row.email, link })
}
