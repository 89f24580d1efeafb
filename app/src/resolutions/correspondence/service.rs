//! Correspondence's rules: the register of addressees (a member appears once, under its own
//! names), and the letters about a text, numbered in one register per year that never reuses a
//! number; letters and their copies are for signed-in members and the secretariat.
use super::{
    register_number, AddresseeCategory, AddresseeFields, AddresseeRegister, AddresseeView, Correspondence,
    LetterFields, LetterForm, LetterLine, LetterPage,
};
use crate::audit::service::{self as audit, Change};
use crate::domain::Choice;
use crate::resolutions::entities::{addressee, letter, letter_file, text_addressee};
use crate::resolutions::service::{readable_summary, readable_text};
use crate::resolutions::Reader;
use crate::server::database::writer_turn;
use crate::server::error::{ServiceError, ServiceResult};
use crate::server::{counters, RequestContext};
use chrono::{Datelike, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, IntoActiveModel,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};
use serde_json::json;
use std::collections::HashMap;

/// The largest scanned copy kept: what fits in a request with the form around it.
pub const FILE_LIMIT: usize = 900 * 1024;

/// The rows as pages name them: a member under its current names; `contact` only when asked.
async fn views(
    db: &impl ConnectionTrait,
    rows: Vec<addressee::Model>,
    with_contact: bool,
) -> ServiceResult<Vec<AddresseeView>> {
    let member_ids: Vec<i32> = rows.iter().filter_map(|row| row.member_id).collect();
    let members = crate::membership::service::identities(db, &member_ids).await?;
    let mut views: Vec<AddresseeView> = rows
        .into_iter()
        .map(|row| {
            let member = row.member_id.and_then(|id| members.get(&id));
            AddresseeView {
                id: row.id,
                category: row.category,
                member_id: row.member_id,
                name: member.map_or(row.name, |m| m.official_name.clone()),
                latin_name: if member.is_some() { None } else { row.latin_name },
                country: member.map(|m| m.country.clone()).or(row.country),
                contact: row.contact.filter(|_| with_contact),
            }
        })
        .collect();
    let rank = |category: AddresseeCategory| AddresseeCategory::ALL.iter().position(|c| *c == category);
    views.sort_by_cached_key(|a| (rank(a.category), a.label().to_lowercase()));
    Ok(views)
}

/// Every addressee, by kind and name, without contacts: for choices and public lists.
///
/// # Errors
/// Database errors.
pub async fn addressees(db: &impl ConnectionTrait) -> ServiceResult<Vec<AddresseeView>> {
    views(db, addressee::Entity::find().all(db).await?, false).await
}

/// The secretariat's register: every addressee with its contact, and the active members not in
/// it yet.
///
/// # Errors
/// Database errors.
pub async fn addressee_register(db: &impl ConnectionTrait) -> ServiceResult<AddresseeRegister> {
    let rows = addressee::Entity::find().all(db).await?;
    let listed: Vec<i32> = rows.iter().filter_map(|row| row.member_id).collect();
    let members = crate::membership::service::public_members(db)
        .await?
        .into_iter()
        .filter(|member| !listed.contains(&member.id))
        .map(|member| (member.id, member.official_name))
        .collect();
    Ok(AddresseeRegister { addressees: views(db, rows, true).await?, members })
}

/// A member addressee's member must be active (its name becomes public on the texts) and appear
/// once in the register. Returns the name the audit records.
async fn check_member(db: &impl ConnectionTrait, fields: &AddresseeFields, own: Option<i32>) -> ServiceResult<String> {
    let Some(member_id) = fields.member_id else {
        return Ok(fields.latin_name.clone().unwrap_or_else(|| fields.name.clone()));
    };
    let active = crate::membership::service::public_members(db).await?.into_iter().find(|m| m.id == member_id);
    let Some(member) = active else {
        return Err(ServiceError::invalid("member_id", "error-choice-invalid"));
    };
    let listed = addressee::Entity::find()
        .filter(addressee::Column::MemberId.eq(member_id))
        .one(db)
        .await?
        .is_some_and(|row| Some(row.id) != own);
    if listed {
        return Err(ServiceError::invalid("member_id", "error-addressee-listed"));
    }
    Ok(member.official_name)
}

fn set_fields(row: &mut addressee::ActiveModel, fields: &AddresseeFields) {
    row.category = Set(fields.category);
    row.member_id = Set(fields.member_id);
    row.name = Set(fields.name.clone());
    row.latin_name = Set(fields.latin_name.clone());
    row.country = Set(fields.country.clone());
    row.contact = Set(fields.contact.clone());
    row.updated_at = Set(Utc::now());
}

fn addressee_audit(row: &addressee::Model) -> serde_json::Value {
    json!({
        "category": row.category.as_str(),
        "member_id": row.member_id,
        "name": row.name,
        "latin_name": row.latin_name,
        "country": row.country,
    })
}

/// Adds an organisation (or a member) to the register.
///
/// # Errors
/// `Invalid` (`member_id`) for an unknown member or one already listed; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn add_addressee(
    db: &DatabaseConnection,
    context: &RequestContext,
    fields: &AddresseeFields,
) -> ServiceResult<addressee::Model> {
    let _turn = writer_turn(db).await;
    let txn = context.begin(db).await?;
    let summary = check_member(&txn, fields, None).await?;
    let mut row = addressee::ActiveModel { created_at: Set(Utc::now()), ..Default::default() };
    set_fields(&mut row, fields);
    let row = row.insert(&txn).await.map_err(ServiceError::taken("member_id", "error-addressee-listed"))?;
    audit::record(
        &txn,
        &context.actor,
        Change::new("addressee.added", "addressee", row.id, summary).after(&addressee_audit(&row)),
    )
    .await?;
    counters::raise(&txn, counters::RESOLUTIONS).await?;
    context.commit(txn).await?;
    Ok(row)
}

/// Corrects an addressee; the letters and texts that name it follow.
///
/// # Errors
/// `NotFound`; `Invalid` (`member_id`) as [`add_addressee`]; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn update_addressee(
    db: &DatabaseConnection,
    context: &RequestContext,
    id: i32,
    fields: &AddresseeFields,
) -> ServiceResult<addressee::Model> {
    let _turn = writer_turn(db).await;
    let txn = context.begin(db).await?;
    let before = addressee::Entity::find_by_id(id).one(&txn).await?.ok_or(ServiceError::NotFound)?;
    let summary = check_member(&txn, fields, Some(id)).await?;
    let mut row = before.clone().into_active_model();
    set_fields(&mut row, fields);
    let row = row.update(&txn).await.map_err(ServiceError::taken("member_id", "error-addressee-listed"))?;
    audit::record(
        &txn,
        &context.actor,
        Change::new("addressee.updated", "addressee", id, summary)
            .before(&addressee_audit(&before))
            .after(&addressee_audit(&row)),
    )
    .await?;
    counters::raise(&txn, counters::RESOLUTIONS).await?;
    context.commit(txn).await?;
    Ok(row)
}

/// One addressee's form values.
///
/// # Errors
/// `NotFound`; database errors.
pub async fn addressee_input(db: &impl ConnectionTrait, id: i32) -> ServiceResult<super::AddresseeInput> {
    let row = addressee::Entity::find_by_id(id).one(db).await?.ok_or(ServiceError::NotFound)?;
    Ok(super::AddresseeInput {
        category: row.category.as_str().to_string(),
        member_id: row.member_id.map(|id| id.to_string()).unwrap_or_default(),
        name: row.name,
        latin_name: row.latin_name.unwrap_or_default(),
        country: row.country.unwrap_or_default(),
        contact: row.contact.unwrap_or_default(),
    })
}

/// The addressees of a text, as its page and form name them.
///
/// # Errors
/// Database errors.
pub async fn text_addressees(db: &impl ConnectionTrait, text_id: i32) -> ServiceResult<Vec<AddresseeView>> {
    let ids: Vec<i32> = text_addressee::Entity::find()
        .filter(text_addressee::Column::TextId.eq(text_id))
        .all(db)
        .await?
        .into_iter()
        .map(|link| link.addressee_id)
        .collect();
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    views(db, addressee::Entity::find().filter(addressee::Column::Id.is_in(ids)).all(db).await?, false).await
}

/// Members and the secretariat read the letters; the public, the addressees only.
fn reads_letters(reader: Reader) -> bool {
    matches!(reader, Reader::Member { .. } | Reader::Secretariat)
}

async fn lines(db: &impl ConnectionTrait, rows: Vec<letter::Model>) -> ServiceResult<Vec<LetterLine>> {
    let names: HashMap<i32, String> = {
        let ids: Vec<i32> = rows.iter().map(|row| row.addressee_id).collect();
        let found = addressee::Entity::find().filter(addressee::Column::Id.is_in(ids)).all(db).await?;
        views(db, found, false).await?.into_iter().map(|view| (view.id, view.label())).collect()
    };
    let with_file: Vec<i32> = letter_file::Entity::find()
        .filter(letter_file::Column::LetterId.is_in(rows.iter().map(|row| row.id)))
        .select_only()
        .column(letter_file::Column::LetterId)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|row| LetterLine {
            id: row.id,
            register: register_number(row.register_year, row.register_number),
            direction: row.direction,
            dated_on: row.dated_on,
            addressee_id: row.addressee_id,
            correspondent: names.get(&row.addressee_id).cloned().unwrap_or_default(),
            subject: row.subject,
            has_file: with_file.contains(&row.id),
        })
        .collect())
}

async fn text_letters(db: &impl ConnectionTrait, text_id: i32) -> ServiceResult<Vec<LetterLine>> {
    let rows = letter::Entity::find()
        .filter(letter::Column::TextId.eq(text_id))
        .order_by_asc(letter::Column::DatedOn)
        .order_by_asc(letter::Column::Id)
        .all(db)
        .await?;
    lines(db, rows).await
}

/// What a text's page shows of its addressees and correspondence to `reader`.
///
/// # Errors
/// `NotFound` also for a text the reader may not see; database errors.
pub async fn correspondence(db: &impl ConnectionTrait, text_id: i32, reader: Reader) -> ServiceResult<Correspondence> {
    readable_text(db, text_id, reader).await?;
    let letters = if reads_letters(reader) { Some(text_letters(db, text_id).await?) } else { None };
    Ok(Correspondence {
        addressees: text_addressees(db, text_id).await?,
        letters,
        may_manage: reader == Reader::Secretariat,
    })
}

/// The letter form of a text: whom it may be to or from (its addressees first), and the letters
/// it may answer.
///
/// # Errors
/// `NotFound`; database errors.
pub async fn letter_form(db: &impl ConnectionTrait, text_id: i32) -> ServiceResult<LetterForm> {
    let (_, text) = readable_summary(db, text_id, Reader::Secretariat).await?;
    let own: Vec<i32> = text_addressees(db, text_id).await?.into_iter().map(|a| a.id).collect();
    let mut addressees = addressees(db).await?;
    addressees.sort_by_key(|a| !own.contains(&a.id));
    Ok(LetterForm { text, addressees, letters: text_letters(db, text_id).await? })
}

/// Records a letter about a text, sent or received, under the next number of its year's register.
///
/// # Errors
/// `NotFound` for an unknown text; `Invalid` for an unknown addressee or a reply to a letter of
/// another text; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn record_letter(
    db: &DatabaseConnection,
    context: &RequestContext,
    text_id: i32,
    fields: &LetterFields,
) -> ServiceResult<letter::Model> {
    let _turn = writer_turn(db).await;
    let txn = context.begin(db).await?;
    counters::raise(&txn, counters::LETTER_REGISTER).await?;
    let text = readable_text(&txn, text_id, Reader::Secretariat).await?;
    if addressee::Entity::find_by_id(fields.addressee_id).one(&txn).await?.is_none() {
        return Err(ServiceError::invalid("addressee_id", "error-choice-invalid"));
    }
    if let Some(answered) = fields.in_reply_to {
        let same_text = letter::Entity::find_by_id(answered).one(&txn).await?.is_some_and(|l| l.text_id == text_id);
        if !same_text {
            return Err(ServiceError::invalid("in_reply_to", "error-choice-invalid"));
        }
    }
    let now = Utc::now();
    let year = now.year();
    // The register is the secretariat's: numbered in the order letters are recorded, so a
    // letter dated last year but recorded today takes this year's next number.
    let last: Option<Option<i32>> = letter::Entity::find()
        .filter(letter::Column::RegisterYear.eq(year))
        .select_only()
        .column_as(letter::Column::RegisterNumber.max(), "number")
        .into_tuple()
        .one(&txn)
        .await?;
    let number = last.flatten().unwrap_or(0) + 1;
    let row = letter::ActiveModel {
        text_id: Set(text_id),
        direction: Set(fields.direction),
        register_year: Set(year),
        register_number: Set(number),
        their_reference: Set(fields.their_reference.clone()),
        dated_on: Set(fields.dated_on),
        addressee_id: Set(fields.addressee_id),
        subject: Set(fields.subject.clone()),
        body: Set(fields.body.clone()),
        in_reply_to: Set(fields.in_reply_to),
        recorded_by: Set(context.actor_name.clone()),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let register = register_number(year, number);
    audit::record(
        &txn,
        &context.actor,
        Change::new("resolution.letter_recorded", "resolution", text.id, format!("{} {register}", text.reference))
            .after(&json!({
                "letter_id": row.id,
                "register": register,
                "direction": row.direction.as_str(),
                "addressee_id": row.addressee_id,
                "dated_on": row.dated_on,
                "subject": row.subject,
            })),
    )
    .await?;
    context.commit(txn).await?;
    Ok(row)
}

/// The letter's row when `reader` may read it and its text; `NotFound` otherwise.
async fn readable_letter(db: &impl ConnectionTrait, id: i32, reader: Reader) -> ServiceResult<letter::Model> {
    if !reads_letters(reader) {
        return Err(ServiceError::NotFound);
    }
    let row = letter::Entity::find_by_id(id).one(db).await?.ok_or(ServiceError::NotFound)?;
    readable_text(db, row.text_id, reader).await?;
    Ok(row)
}

/// A letter's page: its text, what it answers and what answers it, and its copy.
///
/// # Errors
/// `NotFound` also for a reader who may not read it; database errors.
pub async fn letter_page(db: &impl ConnectionTrait, id: i32, reader: Reader) -> ServiceResult<LetterPage> {
    let row = readable_letter(db, id, reader).await?;
    let (_, text) = readable_summary(db, row.text_id, reader).await?;
    let answered = match row.in_reply_to {
        Some(answered) => letter::Entity::find_by_id(answered).one(db).await?,
        None => None,
    };
    let replies = letter::Entity::find()
        .filter(letter::Column::InReplyTo.eq(id))
        .order_by_asc(letter::Column::DatedOn)
        .order_by_asc(letter::Column::Id)
        .all(db)
        .await?;
    let file: Option<(String, i64)> = letter_file::Entity::find_by_id(id)
        .select_only()
        .column(letter_file::Column::FileName)
        .expr(Expr::cust("CAST(length(bytes) AS BIGINT)"))
        .into_tuple()
        .one(db)
        .await?;
    let (their_reference, body, recorded_by) = (row.their_reference.clone(), row.body.clone(), row.recorded_by.clone());
    // One pass names every letter shown: the letter, what it answers, then its replies.
    let answers = answered.is_some();
    let mut shown = lines(db, std::iter::once(row).chain(answered).chain(replies).collect()).await?.into_iter();
    let line = shown.next().ok_or(ServiceError::NotFound)?;
    let in_reply_to = if answers { shown.next() } else { None };
    Ok(LetterPage {
        text,
        line,
        their_reference,
        body,
        recorded_by,
        in_reply_to,
        replies: shown.collect(),
        file: file.map(|(name, size)| (name, u64::try_from(size).unwrap_or(0))),
        may_manage: reader == Reader::Secretariat,
    })
}

/// Keeps the letter's scanned copy (a PDF or an image), replacing an earlier one.
///
/// # Errors
/// `NotFound`; `Invalid` (`file`) for an empty or too large file or one of another type;
/// database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn attach_copy(
    db: &DatabaseConnection,
    context: &RequestContext,
    letter_id: i32,
    file_name: &str,
    bytes: Vec<u8>,
) -> ServiceResult<()> {
    if bytes.is_empty() {
        return Err(ServiceError::invalid("file", "error-letter-file-missing"));
    }
    if bytes.len() > FILE_LIMIT {
        return Err(ServiceError::invalid("file", "error-letter-file-large"));
    }
    let (content_type, extension) =
        crate::server::uploads::document_type(&bytes).ok_or(ServiceError::invalid("file", "error-letter-file-type"))?;
    let _turn = writer_turn(db).await;
    let txn = context.begin(db).await?;
    let row = letter::Entity::find_by_id(letter_id).one(&txn).await?.ok_or(ServiceError::NotFound)?;
    let text = readable_text(&txn, row.text_id, Reader::Secretariat).await?;
    letter_file::Entity::delete_by_id(letter_id).exec(&txn).await?;
    let name = crate::server::uploads::safe_file_name(file_name, extension, "letter");
    let size = bytes.len();
    letter_file::ActiveModel {
        letter_id: Set(letter_id),
        file_name: Set(name.clone()),
        content_type: Set(content_type.to_string()),
        bytes: Set(bytes),
        created_at: Set(Utc::now()),
    }
    .insert(&txn)
    .await?;
    let register = register_number(row.register_year, row.register_number);
    audit::record(
        &txn,
        &context.actor,
        Change::new("resolution.letter_copy_attached", "resolution", text.id, format!("{} {register}", text.reference))
            .after(&json!({ "letter_id": letter_id, "file_name": name, "bytes": size, "type": content_type })),
    )
    .await?;
    context.commit(txn).await?;
    Ok(())
}

/// A letter's scanned copy, for a reader who may read the letter.
///
/// # Errors
/// `NotFound` when there is none or the reader may not read it; database errors.
pub async fn letter_copy(
    db: &impl ConnectionTrait,
    letter_id: i32,
    reader: Reader,
) -> ServiceResult<letter_file::Model> {
    readable_letter(db, letter_id, reader).await?;
    letter_file::Entity::find_by_id(letter_id).one(db).await?.ok_or(ServiceError::NotFound)
}

/// Every addressee id must be in the register.
///
/// # Errors
/// `Invalid` (`addressees`); database errors.
pub async fn check_addressees(db: &impl ConnectionTrait, ids: &[i32]) -> ServiceResult<()> {
    if ids.is_empty() {
        return Ok(());
    }
    let known = addressee::Entity::find().filter(addressee::Column::Id.is_in(ids.iter().copied())).count(db).await?;
    if usize::try_from(known).unwrap_or(0) != ids.len() {
        return Err(ServiceError::invalid("addressees", "error-choice-invalid"));
    }
    Ok(())
}

/// An addressee's category; `None` when it is not in the register.
///
/// # Errors
/// Database errors.
pub async fn addressee_category(db: &impl ConnectionTrait, id: i32) -> ServiceResult<Option<AddresseeCategory>> {
    Ok(addressee::Entity::find_by_id(id).one(db).await?.map(|row| row.category))
}

/// The sample register: a ministry, a fund and an international body, each with its names in
/// the original script and in Latin letters.
const SAMPLE_ADDRESSEES: [(AddresseeCategory, &str, &str, Option<&str>); 3] = [
    (AddresseeCategory::Government, "وزارة الحكم المحلي", "Ministry of Local Government", Some("PS")),
    (
        AddresseeCategory::Government,
        "صندوق تطوير وإقراض البلديات",
        "Municipal Development and Lending Fund",
        Some("PS"),
    ),
    (
        AddresseeCategory::International,
        "المنظمة الدولية للمدن (مثال)",
        "International Cities Organisation (sample)",
        None,
    ),
];

/// Adds the sample addressees (once), addresses every sample text without addressees to one of
/// them, and records a letter and its reply for the first ten. Returns how many letters exist.
///
/// # Errors
/// Database errors.
pub async fn insert_sample_correspondence(db: &DatabaseConnection) -> ServiceResult<u64> {
    use crate::resolutions::entities::text;
    use sea_orm::TransactionTrait;
    let _turn = writer_turn(db).await;
    let txn = db.begin().await?;
    counters::raise(&txn, counters::LETTER_REGISTER).await?;
    let now = Utc::now();
    let mut ids = Vec::new();
    for (category, name, latin_name, country) in SAMPLE_ADDRESSEES {
        let existing = addressee::Entity::find().filter(addressee::Column::LatinName.eq(latin_name)).one(&txn).await?;
        let row = match existing {
            Some(row) => row,
            None => {
                addressee::ActiveModel {
                    category: Set(category),
                    name: Set(name.to_string()),
                    latin_name: Set(Some(latin_name.to_string())),
                    country: Set(country.map(str::to_string)),
                    created_at: Set(now),
                    updated_at: Set(now),
                    ..Default::default()
                }
                .insert(&txn)
                .await?
            }
        };
        ids.push(row.id);
    }
    let addressed = sea_orm::sea_query::Query::select()
        .column(text_addressee::Column::TextId)
        .from(text_addressee::Entity)
        .to_owned();
    let texts = text::Entity::find()
        .filter(text::Column::Reference.starts_with("S-"))
        .filter(text::Column::Id.not_in_subquery(addressed))
        .order_by_asc(text::Column::Id)
        .all(&txn)
        .await?;
    let year = now.year();
    let mut number: i32 = letter::Entity::find()
        .filter(letter::Column::RegisterYear.eq(year))
        .select_only()
        .column_as(letter::Column::RegisterNumber.max(), "number")
        .into_tuple::<Option<i32>>()
        .one(&txn)
        .await?
        .flatten()
        .unwrap_or(0);
    for (i, row) in texts.iter().enumerate() {
        let addressee_id = ids[i % ids.len()];
        text_addressee::ActiveModel { text_id: Set(row.id), addressee_id: Set(addressee_id) }.insert(&txn).await?;
        if i >= 10 {
            continue;
        }
        let mut sent = None;
        for (direction, subject) in [
            (super::Direction::Outgoing, format!("Recommendation {}", row.reference)),
            (super::Direction::Incoming, format!("Re: Recommendation {}", row.reference)),
        ] {
            number += 1;
            let recorded = letter::ActiveModel {
                text_id: Set(row.id),
                direction: Set(direction),
                register_year: Set(year),
                register_number: Set(number),
                dated_on: Set(now.date_naive()),
                addressee_id: Set(addressee_id),
                subject: Set(subject),
                body: Set("The conference adopted the enclosed recommendation and asks for its inclusion in your plans.\n\nWith our highest consideration.".into()),
                in_reply_to: Set(sent),
                recorded_by: Set("seed".into()),
                created_at: Set(now),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
            sent = Some(recorded.id);
        }
    }
    let total = letter::Entity::find().count(&txn).await?;
    counters::raise(&txn, counters::RESOLUTIONS).await?;
    txn.commit().await?;
    Ok(total)
}
