//! Sign-in with throttling per known browser, per account and per address, and the secretariat's
//! account list.
use super::*;
use crate::accounts::entities::{account, known_device};
use crate::accounts::AccountSummary;
use crate::domain::EmailAddress;
use crate::server::database::writer_turn;
use crate::server::error::{ServiceError, ServiceResult};
use crate::server::secrets;
use crate::server::throttle::{self, Policy};
use chrono::{Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, TransactionTrait,
};

/// Tries allowed before waiting is required: per browser that signed in to the account before,
/// per account for every other browser, and per address.
const PER_DEVICE: Policy = Policy::Backoff { free: 5 };
const PER_ACCOUNT: Policy = Policy::Backoff { free: 5 };
const PER_ADDRESS: Policy = Policy::Backoff { free: 20 };
/// A browser not used to sign in for this long is a stranger again.
const DEVICE_MEMORY: Duration = Duration::days(365);

/// A sign-in as it arrives: what was typed, from where, and the device cookie the browser sent.
#[derive(Clone, Copy, Debug)]
pub struct SignInAttempt<'a> {
    pub email: &'a str,
    pub password: &'a str,
    pub address: &'a str,
    pub device: Option<&'a str>,
}

/// A successful sign-in: the account, and the device cookie the browser keeps from now on.
#[derive(Clone, Debug)]
pub struct SignedIn {
    pub account: account::Model,
    pub device: String,
}

fn account_key(email: &str) -> String {
    throttle::key("account", &email.trim().to_lowercase())
}

/// Forgets an account's failures from unknown browsers (its password was just reset).
pub(super) async fn clear_account_throttle(txn: &impl ConnectionTrait, email: &str) -> ServiceResult<()> {
    throttle::clear(txn, &account_key(email)).await
}

/// Checks an email and password. Every attempt is counted before the password is checked, so
/// parallel guesses cannot all slip through: per account and per address from a browser that
/// never signed in to the account, per browser from one that did (OWASP's device cookies), so
/// that nobody can lock the owner out by failing on purpose.
///
/// # Errors
/// `RateLimited` while waiting is required; `BadCredentials` for any wrong email or password.
pub async fn sign_in(db: &DatabaseConnection, attempt: &SignInAttempt<'_>) -> ServiceResult<SignedIn> {
    let now = Utc::now();
    let account = match EmailAddress::parse(attempt.email) {
        Ok(email) => find_by_email(db, &email).await?.filter(|a| a.is_active),
        Err(_) => None,
    };
    let device = match (attempt.device, &account) {
        (Some(token), Some(account)) => known_device::Entity::find_by_id(secrets::token_hash(token))
            .one(db)
            .await?
            .filter(|d| d.account_id == account.id && d.last_used_at > now - DEVICE_MEMORY),
        _ => None,
    };
    let address_key = throttle::key("address", attempt.address);
    let account_key = account_key(attempt.email);
    let keys = match &device {
        Some(device) => vec![(format!("device:{}", device.token_hash), PER_DEVICE)],
        None => vec![(address_key.clone(), PER_ADDRESS), (account_key.clone(), PER_ACCOUNT)],
    };
    throttle::count_all(db, &keys, now).await?;

    let stored = account.as_ref().and_then(|a| a.password_hash.clone());
    let matches = secrets::verify_password(attempt.password.to_string(), stored).await?;
    let Some(account) = account.filter(|_| matches) else {
        return Err(ServiceError::BadCredentials);
    };

    let _turn = writer_turn(db).await;
    let txn = db.begin().await?;
    let device = match device {
        Some(device) => {
            throttle::clear(&txn, &keys[0].0).await?;
            let mut row: known_device::ActiveModel = device.into();
            row.last_used_at = Set(now);
            row.update(&txn).await?;
            attempt.device.unwrap_or_default().to_string()
        }
        None => {
            throttle::clear(&txn, &address_key).await?;
            throttle::uncount(&txn, &account_key).await?;
            let token = secrets::new_token();
            known_device::Entity::insert(known_device::ActiveModel {
                token_hash: Set(secrets::token_hash(&token)),
                account_id: Set(account.id),
                created_at: Set(now),
                last_used_at: Set(now),
            })
            .exec_without_returning(&txn)
            .await?;
            token
        }
    };
    txn.commit().await?;
    Ok(SignedIn { account, device })
}

/// Removes throttle counts past their memory and browsers unused for a year; run periodically.
///
/// # Errors
/// Database errors.
pub async fn purge_sign_in_records(db: &impl ConnectionTrait) -> ServiceResult<u64> {
    let now = Utc::now();
    let throttles = throttle::purge(db, now).await?;
    let devices = known_device::Entity::delete_many()
        .filter(known_device::Column::LastUsedAt.lt(now - DEVICE_MEMORY))
        .exec(db)
        .await?;
    Ok(throttles + devices.rows_affected)
}

/// Every account, newest first.
///
/// # Errors
/// Database errors.
pub async fn list(db: &impl ConnectionTrait) -> ServiceResult<Vec<AccountSummary>> {
    Ok(account::Entity::find()
        .order_by_desc(account::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|row| AccountSummary {
            id: row.id,
            has_password: row.password_hash.is_some(),
            is_active: row.is_active,
            created_at: row.created_at.format("%Y-%m-%d").to_string(),
            role: row.role,
            language: row.language,
            email: row.email,
            display_name: row.display_name,
        })
        .collect())
}

/// Someone an area writes to on behalf of the network: an active focal point of a member.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FocalPoint {
    pub email: String,
    pub display_name: String,
    pub language: crate::i18n::Lang,
    pub member_id: i32,
}

/// Every active focal point account that acts for a member (to announce a publication).
///
/// # Errors
/// Database errors.
pub async fn focal_points(db: &impl ConnectionTrait) -> ServiceResult<Vec<FocalPoint>> {
    Ok(account::Entity::find()
        .filter(account::Column::Role.eq(crate::identity::Role::FocalPoint))
        .filter(account::Column::IsActive.eq(true))
        .filter(account::Column::MemberId.is_not_null())
        .order_by_asc(account::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .filter_map(|row| {
            Some(FocalPoint {
                member_id: row.member_id?,
                email: row.email,
                display_name: row.display_name,
                language: row.language,
            })
        })
        .collect())
}
