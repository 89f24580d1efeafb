//! Applications, the secretariat's review, standing and the public directory.
use super::emails;
use super::entities::{certificate, member, member_name_key, standing_change};
use super::names::normalize;
use super::{
    Application, ApplicationView, AuthorityKind, CertificateView, Decision, DirectoryEntry, DirectoryPage,
    DirectoryQuery, FocalContact, MemberProfile, MemberStatus, Profile, ReviewState, StandingEvent, StatusChange,
};
use crate::accounts::service::{self as accounts, Invitation};
use crate::audit::service::{self as audit, Actor, Change};
use crate::domain::Choice;
use crate::domain::{EmailAddress, PersonName};
use crate::email::service as email;
use crate::i18n::Lang;
use crate::identity::Role;
use crate::server::counters;
use crate::server::error::{ServiceError, ServiceResult};
use chrono::{NaiveDate, Utc};
use sea_orm::sea_query::Query;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, TransactionTrait,
};
use serde_json::json;
use std::sync::Arc;

pub const DIRECTORY_PAGE_SIZE: u64 = 20;

/// Whether a member is in good standing. The one place that decides it: for now an active
/// member is; the finance area will add its dues here.
pub fn in_good_standing(member: &member::Model) -> bool {
    member.status == MemberStatus::Active
}

fn name_keys(names: &[&str]) -> Vec<String> {
    let mut keys: Vec<String> = names.iter().map(|n| normalize(n)).filter(|k| !k.is_empty()).collect();
    keys.sort();
    keys.dedup();
    keys
}

fn audit_view(row: &member::Model) -> serde_json::Value {
    json!({
        "official_name": row.official_name,
        "latin_name": row.latin_name,
        "country": row.country,
        "status": row.status,
        "review_state": row.review_state,
        "decision_reason": row.decision_reason,
        "member_since": row.member_since.map(|d| d.to_string()),
    })
}

/// The first earlier record of the same authority (same country, a name equal in any script),
/// other than `except`.
async fn find_duplicate(
    db: &impl ConnectionTrait,
    country: &str,
    keys: &[String],
    except: Option<i32>,
) -> ServiceResult<Option<member::Model>> {
    let mut query = member::Entity::find().filter(member::Column::Status.ne(MemberStatus::Rejected)).filter(
        member::Column::Id.in_subquery(
            Query::select()
                .column(member_name_key::Column::MemberId)
                .from(member_name_key::Entity)
                .and_where(member_name_key::Column::Country.eq(country))
                .and_where(member_name_key::Column::NameKey.is_in(keys.to_vec()))
                .to_owned(),
        ),
    );
    if let Some(except) = except {
        query = query.filter(member::Column::Id.ne(except));
    }
    Ok(query.order_by_asc(member::Column::Id).one(db).await?)
}

/// Writes the profile's fields onto a member row.
fn set_profile(row: &mut member::ActiveModel, profile: &Profile) {
    row.kind = Set(profile.kind);
    row.official_name = Set(profile.official_name.clone());
    row.latin_name = Set(profile.latin_name.clone());
    row.english_name = Set(profile.english_name.clone());
    row.french_name = Set(profile.french_name.clone());
    row.country = Set(profile.country.clone());
    row.region = Set(profile.region.clone());
    row.population = Set(profile.population);
    row.website = Set(profile.website.clone());
    row.head_name = Set(profile.head_name.as_str().to_string());
    row.head_title = Set(profile.head_title.clone());
    row.focal_name = Set(profile.focal_name.as_str().to_string());
    row.focal_email = Set(profile.focal_email.as_str().to_string());
    row.focal_phone = Set(profile.focal_phone.clone());
    row.focal_language = Set(profile.focal_language);
}

/// Replaces a member's searchable name keys with `keys`, and tells every process's directory
/// index.
async fn replace_name_keys(db: &impl ConnectionTrait, row: &member::Model, keys: Vec<String>) -> ServiceResult<()> {
    counters::raise(db, counters::MEMBER_DIRECTORY).await?;
    member_name_key::Entity::delete_many().filter(member_name_key::Column::MemberId.eq(row.id)).exec(db).await?;
    for key in keys {
        member_name_key::ActiveModel {
            member_id: Set(row.id),
            country: Set(row.country.clone()),
            name_key: Set(key),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

/// Records an application: the authority becomes an applicant and its focal point gets an
/// acknowledgement. An authority that already applied (same country, same name in any script)
/// is pointed to its first record instead.
///
/// # Errors
/// `DuplicateOf` for a second application; database errors.
pub async fn apply(db: &DatabaseConnection, application: &Application) -> ServiceResult<member::Model> {
    let profile = &application.profile;
    let keys = name_keys(&profile.names());
    let txn = db.begin().await?;
    if let Some(earlier) = find_duplicate(&txn, &profile.country, &keys, None).await? {
        return Err(ServiceError::DuplicateOf { id: earlier.id, name: earlier.latin_name });
    }

    let now = Utc::now();
    let mut row = member::ActiveModel {
        arabic_name: Set(None),
        motivation: Set(application.motivation.clone()),
        status: Set(MemberStatus::Applicant),
        review_state: Set(ReviewState::Pending),
        decision_reason: Set(None),
        member_since: Set(None),
        status_changed_at: Set(now),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    set_profile(&mut row, profile);
    let row = row.insert(&txn).await?;
    replace_name_keys(&txn, &row, keys).await?;
    email::enqueue(
        &txn,
        &row.focal_email,
        &row.focal_name,
        profile.focal_language,
        &emails::ApplicationReceived { authority: &row.official_name },
    )
    .await?;
    audit::record(
        &txn,
        &Actor { account_id: None, email: Some(row.focal_email.clone()) },
        Change::new("membership.applied", "member", row.id, format!("{} ({}) applied", row.latin_name, row.country))
            .after(&audit_view(&row)),
    )
    .await?;
    txn.commit().await?;
    Ok(row)
}

/// Who edits a profile: the secretariat may change anything; a focal point everything but the
/// kind of authority and its country, which decide how the network counts it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProfileEditor {
    Secretariat,
    FocalPoint,
}

/// Updates a member's (or an application's) profile and its searchable names.
///
/// # Errors
/// `NotFound`; `DuplicateOf` when the new names are another member's; database errors.
pub async fn update_profile(
    db: &DatabaseConnection,
    actor: &Actor,
    editor: ProfileEditor,
    id: i32,
    profile: &Profile,
) -> ServiceResult<member::Model> {
    let txn = db.begin().await?;
    let before = member::Entity::find_by_id(id).one(&txn).await?.ok_or(ServiceError::NotFound)?;
    let mut profile = profile.clone();
    if editor == ProfileEditor::FocalPoint {
        profile.kind = before.kind;
        profile.country.clone_from(&before.country);
    }
    let keys = name_keys(&profile.names());
    if let Some(other) = find_duplicate(&txn, &profile.country, &keys, Some(id)).await? {
        return Err(ServiceError::DuplicateOf { id: other.id, name: other.latin_name });
    }
    let mut row: member::ActiveModel = before.clone().into();
    set_profile(&mut row, &profile);
    row.updated_at = Set(Utc::now());
    let after = row.update(&txn).await?;
    replace_name_keys(&txn, &after, keys).await?;
    audit::record(
        &txn,
        actor,
        Change::new("membership.profile_updated", "member", id, format!("profile of {} updated", after.latin_name))
            .before(&profile_view(&before))
            .after(&profile_view(&after)),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}

fn profile_view(row: &member::Model) -> serde_json::Value {
    json!({
        "kind": row.kind,
        "official_name": row.official_name,
        "latin_name": row.latin_name,
        "english_name": row.english_name,
        "french_name": row.french_name,
        "country": row.country,
        "region": row.region,
        "population": row.population,
        "website": row.website,
        "head_name": row.head_name,
        "head_title": row.head_title,
        "focal_name": row.focal_name,
        "focal_email": row.focal_email,
        "focal_phone": row.focal_phone,
        "focal_language": row.focal_language,
    })
}

/// Suspends, withdraws or reinstates a member from `effective_on` (today or earlier, not before
/// it joined), with a reason that is recorded, audited and emailed to the focal point.
///
/// # Errors
/// `NotFound`; `Conflict` when the change is not open to the member's status; `Invalid` for a
/// date in the future or before the member joined; database errors.
pub async fn change_status(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    change: StatusChange,
    reason: &str,
    effective_on: NaiveDate,
) -> ServiceResult<member::Model> {
    let txn = db.begin().await?;
    let before = member::Entity::find_by_id(id).one(&txn).await?.ok_or(ServiceError::NotFound)?;
    let status = before.status;
    if !StatusChange::allowed_from(status).contains(&change) {
        return Err(ServiceError::Conflict { key: "error-status-change" });
    }
    let now = Utc::now();
    if effective_on > now.date_naive() || before.member_since.is_some_and(|since| effective_on < since) {
        return Err(ServiceError::invalid("effective_on", "error-effective-date"));
    }
    let mut row: member::ActiveModel = before.clone().into();
    row.status = Set(change.target());
    row.status_changed_at = Set(now);
    row.updated_at = Set(now);
    let after = row.update(&txn).await?;
    counters::raise(&txn, counters::MEMBER_DIRECTORY).await?;
    standing_change::ActiveModel {
        member_id: Set(id),
        from_status: Set(before.status),
        to_status: Set(after.status),
        reason: Set(reason.to_string()),
        effective_on: Set(effective_on),
        recorded_at: Set(now),
        recorded_by: Set(actor.email.clone()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let focal_language = after.focal_language;
    email::enqueue(
        &txn,
        &after.focal_email,
        &after.focal_name,
        focal_language,
        &emails::StandingChanged {
            authority: &after.official_name,
            status: change.target(),
            effective_on: &effective_on.to_string(),
            reason,
        },
    )
    .await?;
    audit::record(
        &txn,
        actor,
        Change::new(
            change.audit_action(),
            "member",
            id,
            format!("{} ({}) {} from {effective_on}: {reason}", after.latin_name, after.country, after.status),
        )
        .before(&audit_view(&before))
        .after(&audit_view(&after))
        .public(),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}

/// A member's standing changes, newest first; reasons only when `with_reasons`.
async fn standing_history(db: &impl ConnectionTrait, id: i32, with_reasons: bool) -> ServiceResult<Vec<StandingEvent>> {
    Ok(standing_change::Entity::find()
        .filter(standing_change::Column::MemberId.eq(id))
        .order_by_desc(standing_change::Column::EffectiveOn)
        .order_by_desc(standing_change::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|c| StandingEvent {
            status: c.to_status,
            effective_on: c.effective_on.to_string(),
            reason: with_reasons.then_some(c.reason),
        })
        .collect())
}

fn application_view(row: member::Model) -> ApplicationView {
    ApplicationView {
        id: row.id,
        kind: row.kind,
        status: row.status,
        review_state: row.review_state,
        focal_language: row.focal_language,
        submitted_on: row.created_at.format("%Y-%m-%d").to_string(),
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
    Ok(query.all(db).await?.into_iter().map(application_view).collect())
}

/// One application in full.
///
/// # Errors
/// `NotFound`; database errors.
pub async fn application(db: &impl ConnectionTrait, id: i32) -> ServiceResult<ApplicationView> {
    member::Entity::find_by_id(id).one(db).await?.map(application_view).ok_or(ServiceError::NotFound)
}

/// Approves, rejects or asks for more information, with a reason that is recorded and emailed to
/// the focal point in their language. Approval makes the authority an active member from today
/// and invites its focal point to set a password.
///
/// # Errors
/// `NotFound`; `Conflict` when the application was already decided or the focal point's email
/// belongs to an account that cannot act for this member; database errors.
pub async fn decide(
    db: &DatabaseConnection,
    actor: &Actor,
    actor_name: &str,
    id: i32,
    decision: Decision,
    reason: &str,
    public_url: &str,
) -> ServiceResult<member::Model> {
    let txn = db.begin().await?;
    let before = member::Entity::find_by_id(id).one(&txn).await?.ok_or(ServiceError::NotFound)?;
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
    counters::raise(&txn, counters::MEMBER_DIRECTORY).await?;

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
        if accounts::link_to_member(&txn, actor, &invitation.email, after.id).await?.is_none() {
            accounts::invite_within(&txn, actor, actor_name, &invitation, public_url).await?;
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
    audit::record(&txn, actor, change).await?;
    txn.commit().await?;
    Ok(after)
}

fn directory_entry(row: &member::Model) -> DirectoryEntry {
    DirectoryEntry {
        id: row.id,
        official_name: row.official_name.clone(),
        latin_name: row.latin_name.clone(),
        english_name: row.english_name.clone(),
        french_name: row.french_name.clone(),
        kind: row.kind,
        country: row.country.clone(),
        region: row.region.clone(),
        member_since: row.member_since.map(|d| d.to_string()),
    }
}

/// The public directory held in memory: what it filters and sorts on for every active member,
/// and every member's normalised name keys, so that a page or a search reads only the rows it
/// shows. Several server processes may share one database, so the copy is checked against the
/// `member_directory` change counter, raised with every change of a member, before each use.
#[derive(Default)]
pub struct DirectoryIndex {
    current: std::sync::Mutex<Option<(i64, Arc<DirectorySnapshot>)>>,
}

struct DirectorySnapshot {
    names: NameKeys,
    /// Active members by name (case and accents aside), then id.
    by_name: Vec<Listed>,
    /// Positions in `by_name`, newest member first.
    newest: Vec<usize>,
}

struct Listed {
    id: i32,
    country: String,
    kind: String,
}

/// Every key on one line of one text, so that a search is a single pass over it; `starts[i]`
/// is where the line of `members[i]` begins.
struct NameKeys {
    text: String,
    starts: Vec<usize>,
    members: Vec<i32>,
}

impl NameKeys {
    fn new(rows: Vec<(i32, String)>) -> Self {
        let mut keys = NameKeys { text: String::new(), starts: Vec::with_capacity(rows.len()), members: Vec::new() };
        for (member_id, key) in rows {
            keys.starts.push(keys.text.len());
            keys.members.push(member_id);
            keys.text.push_str(&key);
            keys.text.push('\n');
        }
        keys
    }

    /// Members with a key containing `needle` (which never contains a line break), in id order.
    fn matching(&self, needle: &str) -> Vec<i32> {
        let mut ids: Vec<i32> = memchr::memmem::find_iter(self.text.as_bytes(), needle.as_bytes())
            .map(|at| self.members[self.starts.partition_point(|&start| start <= at) - 1])
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }
}

type ListedRow = (i32, String, String, String, Option<NaiveDate>);

impl DirectorySnapshot {
    fn new(names: NameKeys, mut rows: Vec<ListedRow>) -> Self {
        rows.sort_by_cached_key(|(id, latin_name, ..)| (normalize(latin_name), *id));
        let mut newest: Vec<usize> = (0..rows.len()).collect();
        newest.sort_by_key(|&i| std::cmp::Reverse((rows[i].4, rows[i].0)));
        let by_name = rows.into_iter().map(|(id, _, country, kind, _)| Listed { id, country, kind }).collect();
        DirectorySnapshot { names, by_name, newest }
    }

    /// The ids on the asked page, in order, and how many members match in all.
    fn page(&self, query: &DirectoryQuery) -> (Vec<i32>, u64) {
        let q = normalize(&query.q);
        let matching = (!q.is_empty()).then(|| self.names.matching(&q));
        let country = query.country.trim().to_ascii_uppercase();
        let kind = AuthorityKind::parse(&query.kind);
        let wanted = |m: &Listed| {
            matching.as_ref().is_none_or(|ids| ids.binary_search(&m.id).is_ok())
                && (country.is_empty() || m.country == country)
                && kind.is_none_or(|k| m.kind == k.as_str())
                && match query.origin.as_str() {
                    "palestinian" => m.country == "PS",
                    "international" => m.country != "PS",
                    _ => true,
                }
        };
        let in_order: Box<dyn Iterator<Item = &Listed>> = match query.sort.as_str() {
            "newest" => Box::new(self.newest.iter().map(|&i| &self.by_name[i])),
            _ => Box::new(self.by_name.iter()),
        };
        let first = query.page.saturating_mul(DIRECTORY_PAGE_SIZE);
        let mut total = 0;
        let mut ids = Vec::new();
        for listed in in_order.filter(|m| wanted(m)) {
            if total >= first && total < first + DIRECTORY_PAGE_SIZE {
                ids.push(listed.id);
            }
            total += 1;
        }
        (ids, total)
    }
}

impl DirectoryIndex {
    async fn snapshot(&self, db: &impl ConnectionTrait) -> ServiceResult<Arc<DirectorySnapshot>> {
        let stamp = counters::read(db, counters::MEMBER_DIRECTORY).await?;
        let poisoned = |_| ServiceError::Internal("directory index poisoned".into());
        if let Some((held, snapshot)) = self.current.lock().map_err(poisoned)?.as_ref() {
            if *held == stamp {
                return Ok(snapshot.clone());
            }
        }
        // Read after the counter: the rows are at least as new as it, so a change in between
        // only makes the next request load them again.
        let names = member_name_key::Entity::find()
            .select_only()
            .column(member_name_key::Column::MemberId)
            .column(member_name_key::Column::NameKey)
            .into_tuple::<(i32, String)>()
            .all(db)
            .await?;
        let listed = member::Entity::find()
            .select_only()
            .columns([member::Column::Id, member::Column::LatinName, member::Column::Country, member::Column::Kind])
            .column(member::Column::MemberSince)
            .filter(member::Column::Status.eq(MemberStatus::Active))
            .into_tuple::<ListedRow>()
            .all(db)
            .await?;
        let snapshot = Arc::new(DirectorySnapshot::new(NameKeys::new(names), listed));
        *self.current.lock().map_err(poisoned)? = Some((stamp, snapshot.clone()));
        Ok(snapshot)
    }
}

/// The public directory: active members, searched by name in any script, filtered, sorted and
/// paged. Only the shown page is read from the database.
///
/// # Errors
/// Database errors.
pub async fn directory(
    db: &impl ConnectionTrait,
    index: &DirectoryIndex,
    query: &DirectoryQuery,
) -> ServiceResult<DirectoryPage> {
    let (ids, total) = index.snapshot(db).await?.page(query);
    let mut rows = member::Entity::find()
        .filter(member::Column::Id.is_in(ids.clone()))
        .filter(member::Column::Status.eq(MemberStatus::Active))
        .all(db)
        .await?;
    rows.sort_by_key(|row| ids.iter().position(|&id| id == row.id));
    Ok(DirectoryPage {
        entries: rows.iter().map(directory_entry).collect(),
        total,
        page: query.page,
        has_more: (query.page + 1) * DIRECTORY_PAGE_SIZE < total,
    })
}

/// A member's public page. Applicants and rejected applications are not public; the focal
/// point's contact is included only when `with_contact`.
///
/// # Errors
/// `NotFound`; database errors.
pub async fn profile(db: &impl ConnectionTrait, id: i32, with_contact: bool) -> ServiceResult<MemberProfile> {
    let row = member::Entity::find_by_id(id)
        .filter(
            Condition::any()
                .add(member::Column::Status.eq(MemberStatus::Active))
                .add(member::Column::Status.eq(MemberStatus::Suspended))
                .add(member::Column::Status.eq(MemberStatus::Withdrawn)),
        )
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    Ok(MemberProfile {
        entry: directory_entry(&row),
        population: row.population,
        website: row.website.clone(),
        head_name: row.head_name.clone(),
        head_title: row.head_title.clone(),
        status: row.status,
        in_good_standing: in_good_standing(&row),
        focal_contact: with_contact.then(|| FocalContact {
            name: row.focal_name.clone(),
            email: row.focal_email.clone(),
            phone: row.focal_phone.clone(),
        }),
        standing_history: standing_history(db, id, with_contact).await?,
    })
}

/// How many members are active, for the home page and tests.
///
/// # Errors
/// Database errors.
pub async fn active_count(db: &impl ConnectionTrait) -> ServiceResult<u64> {
    Ok(member::Entity::find().filter(member::Column::Status.eq(MemberStatus::Active)).count(db).await?)
}

/// Members (not applicants), for the secretariat's export, by name.
async fn members_for_export(db: &impl ConnectionTrait) -> ServiceResult<Vec<member::Model>> {
    Ok(member::Entity::find()
        .filter(member::Column::Status.is_in([
            MemberStatus::Active.as_str(),
            MemberStatus::Suspended.as_str(),
            MemberStatus::Withdrawn.as_str(),
        ]))
        .order_by_asc(member::Column::LatinName)
        .all(db)
        .await?)
}

/// The member list as CSV with headers in `lang`: UTF-8 with a byte-order mark, so spreadsheet
/// programs show Arabic names correctly.
///
/// # Errors
/// Database errors.
pub async fn members_csv(db: &impl ConnectionTrait, lang: Lang) -> ServiceResult<Vec<u8>> {
    use crate::i18n::translate;
    let rows = members_for_export(db).await?;
    let mut out = csv::Writer::from_writer(vec![0xEF, 0xBB, 0xBF]);
    let header: Vec<String> = [
        "field-official-name",
        "field-latin-name",
        "field-english-name",
        "field-french-name",
        "field-kind",
        "field-country",
        "directory-origin",
        "field-region",
        "field-population",
        "field-website",
        "apply-head",
        "field-title",
        "apply-focal",
        "field-email",
        "field-phone",
        "field-preferred-language",
        "member-standing",
        "member-since",
    ]
    .iter()
    .map(|key| translate(lang, key, &[]))
    .collect();
    let fail = |e: csv::Error| ServiceError::Internal(format!("csv: {e}"));
    out.write_record(&header).map_err(fail)?;
    for row in rows {
        let kind = row.kind;
        let status = row.status;
        let origin = if super::is_palestinian(&row.country) { "origin-palestinian" } else { "origin-international" };
        out.write_record([
            row.official_name.clone(),
            row.latin_name.clone(),
            row.english_name.clone().unwrap_or_default(),
            row.french_name.clone().unwrap_or_default(),
            translate(lang, kind.label_key(), &[]),
            super::country_name(&row.country, lang).unwrap_or(&row.country).to_string(),
            translate(lang, origin, &[]),
            row.region.clone().unwrap_or_default(),
            row.population.map(|p| p.to_string()).unwrap_or_default(),
            row.website.clone().unwrap_or_default(),
            row.head_name.clone(),
            row.head_title.clone(),
            row.focal_name.clone(),
            row.focal_email.clone(),
            row.focal_phone.clone(),
            row.focal_language.code().to_string(),
            translate(lang, status.label_key(), &[]),
            row.member_since.map(|d| d.to_string()).unwrap_or_default(),
        ])
        .map_err(fail)?;
    }
    out.into_inner().map_err(|e| ServiceError::Internal(format!("csv: {e}")))
}

/// Every active member as the public directory shows it (the directory's JSON).
///
/// # Errors
/// Database errors.
pub async fn public_members(db: &impl ConnectionTrait) -> ServiceResult<Vec<DirectoryEntry>> {
    Ok(member::Entity::find()
        .filter(member::Column::Status.eq(MemberStatus::Active))
        .order_by_asc(member::Column::LatinName)
        .all(db)
        .await?
        .iter()
        .map(directory_entry)
        .collect())
}

/// Issues a numbered membership certificate for an active member; its code makes the public
/// verification address.
///
/// # Errors
/// `NotFound`; `Conflict` when the member is not active; database errors.
pub async fn issue_certificate(
    db: &DatabaseConnection,
    actor: &Actor,
    member_id: i32,
    lang: Lang,
) -> ServiceResult<certificate::Model> {
    let txn = db.begin().await?;
    let row = member::Entity::find_by_id(member_id).one(&txn).await?.ok_or(ServiceError::NotFound)?;
    if row.status != MemberStatus::Active {
        return Err(ServiceError::Conflict { key: "error-not-active" });
    }
    let issued = certificate::ActiveModel {
        member_id: Set(row.id),
        code: Set(crate::server::secrets::new_token()[..32].to_string()),
        language: Set(lang),
        issued_at: Set(Utc::now()),
        issued_by: Set(actor.email.clone()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        actor,
        Change::new(
            "membership.certificate_issued",
            "member",
            row.id,
            format!("certificate no. {} for {}", issued.id, row.latin_name),
        ),
    )
    .await?;
    txn.commit().await?;
    Ok(issued)
}

/// A certificate by its code, with the member's standing today.
///
/// # Errors
/// `NotFound` for an unknown code; database errors.
pub async fn certificate(db: &impl ConnectionTrait, code: &str, public_url: &str) -> ServiceResult<CertificateView> {
    let issued = certificate::Entity::find()
        .filter(certificate::Column::Code.eq(code.trim()))
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let row = member::Entity::find_by_id(issued.member_id).one(db).await?.ok_or(ServiceError::NotFound)?;
    Ok(CertificateView {
        number: issued.id,
        member: directory_entry(&row),
        status: row.status,
        issued_on: issued.issued_at.format("%Y-%m-%d").to_string(),
        verify_url: format!("{public_url}/certificates/{}", issued.code),
    })
}

/// Adds `count` active sample members (in Arabic and Latin script, across countries), for trying
/// Sumud out and for the directory benchmark. Returns how many members exist afterwards.
///
/// # Errors
/// Database errors.
pub async fn insert_sample_members(db: &DatabaseConnection, count: u32) -> ServiceResult<u64> {
    const COUNTRIES: [&str; 8] = ["PS", "PS", "PS", "JO", "MA", "FR", "ES", "ZA"];
    let txn = db.begin().await?;
    let start = member::Entity::find().count(&txn).await?;
    let now = Utc::now();
    for i in 0..u64::from(count) {
        let n = start + i + 1;
        let mut row = member::ActiveModel {
            arabic_name: Set(None),
            motivation: Set("Sample member.".into()),
            status: Set(MemberStatus::Active),
            review_state: Set(ReviewState::Approved),
            decision_reason: Set(None),
            member_since: Set(Some(now.date_naive())),
            status_changed_at: Set(now),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        };
        let profile = Profile {
            kind: AuthorityKind::ALL[usize::try_from(n % 5).unwrap_or(0)],
            official_name: format!("بلدية نموذجية {n}"),
            latin_name: format!("Sample Municipality {n}"),
            english_name: None,
            french_name: Some(format!("Commune exemple {n}")),
            country: COUNTRIES[usize::try_from(n % 8).unwrap_or(0)].to_string(),
            region: None,
            population: Some(i64::try_from(1000 + n * 37).unwrap_or(1000)),
            website: None,
            head_name: PersonName::parse("Sample Head", "head_name")?,
            head_title: "Mayor".into(),
            focal_name: PersonName::parse("Sample Focal Point", "focal_name")?,
            focal_email: EmailAddress::parse(&format!("focal{n}@sample.example"))?,
            focal_phone: "+000 000 000".into(),
            focal_language: Lang::En,
        };
        set_profile(&mut row, &profile);
        let row = row.insert(&txn).await?;
        replace_name_keys(&txn, &row, name_keys(&profile.names())).await?;
    }
    let total = member::Entity::find().count(&txn).await?;
    txn.commit().await?;
    Ok(total)
}
