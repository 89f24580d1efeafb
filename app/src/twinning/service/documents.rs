//! An agreement's documents: the secretariat and the parties' focal points add and remove them;
//! whoever may read the agreement downloads them. The files live in the document store, the
//! records in the database.
use super::*;
use crate::audit::service::{self as audit, Change};
use crate::server::uploads::{document_type, safe_file_name, FileStore};
use crate::twinning::entities::document;
use crate::twinning::{DocumentView, DOCUMENT_MOST_BYTES};
use chrono::Utc;
use serde_json::json;

/// What an upload carries, as received.
pub struct Upload<'a> {
    pub title: &'a str,
    pub file_name: &'a str,
    pub bytes: &'a [u8],
}

/// An agreement's documents, the first added first.
pub(super) async fn documents_of(db: &impl ConnectionTrait, agreement_id: i32) -> ServiceResult<Vec<DocumentView>> {
    Ok(document::Entity::find()
        .filter(document::Column::AgreementId.eq(agreement_id))
        .order_by_asc(document::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|row| DocumentView {
            id: row.id,
            title: row.title,
            file_name: row.file_name,
            content_type: row.content_type,
            size_bytes: u64::try_from(row.size_bytes).unwrap_or_default(),
            uploaded_on: row.uploaded_at.date_naive(),
        })
        .collect())
}

/// Checks an upload before anything is kept: a title (the file's name when none is typed), a
/// PDF, PNG or JPEG by its content, at most [`DOCUMENT_MOST_BYTES`].
fn checked(upload: &Upload<'_>) -> ServiceResult<(String, &'static str, String)> {
    if upload.bytes.is_empty() {
        return Err(ServiceError::invalid("file", "error-document-missing"));
    }
    if upload.bytes.len() > DOCUMENT_MOST_BYTES {
        return Err(ServiceError::invalid("file", "error-document-large"));
    }
    let (content_type, extension) =
        document_type(upload.bytes).ok_or(ServiceError::invalid("file", "error-document-type"))?;
    let file_name = safe_file_name(upload.file_name, extension, "agreement");
    let mut problems = Vec::new();
    let typed = crate::domain::optional_text(upload.title, "title", 200, &mut problems);
    if let Some(problem) = problems.first() {
        return Err(ServiceError::invalid(problem.field, problem.key));
    }
    let title = typed.unwrap_or_else(|| file_name.clone());
    Ok((title, content_type, file_name))
}

/// Adds a document to an agreement. A focal point's document, like its other changes, takes the
/// agreement out of public view until the secretariat validates it again.
///
/// # Errors
/// `NotFound`; `Forbidden` for a reader who may not change the agreement; `Invalid` (`file`,
/// `title`) for an empty, too large or unknown file or a title too long; `Internal` when the
/// store cannot be written; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn attach_document(
    db: &DatabaseConnection,
    store: &FileStore,
    context: &RequestContext,
    reader: Reader,
    agreement_id: i32,
    upload: &Upload<'_>,
) -> ServiceResult<document::Model> {
    editable(db, agreement_id, reader).await?;
    let (title, content_type, file_name) = checked(upload)?;
    let _turn = writer_turn(db).await;
    // Kept before the record (a crash in between leaves an unnamed file, never a record without
    // its file), in the writers' turn (a removal of the same file waits).
    let sha256 = store.put(upload.bytes).await?;
    let txn = context.begin(db).await?;
    let (agreement, _) = editable(&txn, agreement_id, reader).await?;
    let now = Utc::now();
    let row = document::ActiveModel {
        agreement_id: Set(agreement_id),
        title: Set(title),
        file_name: Set(file_name),
        content_type: Set(content_type.to_string()),
        size_bytes: Set(i64::try_from(upload.bytes.len()).unwrap_or(i64::MAX)),
        sha256: Set(sha256),
        uploaded_by: Set(context.actor_name.clone()),
        uploaded_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    // A change of the agreement: the secretariat's validation of the version it read before
    // is refused (it reads the new document first).
    let public = agreement.validated_at.is_some();
    let mut changed = agreement.clone().into_active_model();
    changed.updated_at = Set(now);
    if reader != Reader::Secretariat && public {
        changed.validated_at = Set(None);
        changed.validated_by = Set(None);
        crate::server::counters::raise(&txn, crate::server::counters::TWINNING).await?;
    }
    changed.update(&txn).await?;
    audit::record(
        &txn,
        &context.actor,
        Change::new("agreement.document_added", "agreement", agreement_id, agreement.title.clone()).after(&json!({
            "document_id": row.id,
            "title": row.title,
            "file_name": row.file_name,
            "type": row.content_type,
            "bytes": row.size_bytes,
        })),
    )
    .await?;
    context.commit(txn).await?;
    Ok(row)
}

/// Removes a document from its agreement, and its file when no other record names it.
///
/// # Errors
/// `NotFound`; `Forbidden` for a reader who may not change the agreement; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn remove_document(
    db: &DatabaseConnection,
    store: &FileStore,
    context: &RequestContext,
    reader: Reader,
    document_id: i32,
) -> ServiceResult<i32> {
    let _turn = writer_turn(db).await;
    let txn = context.begin(db).await?;
    let row = document::Entity::find_by_id(document_id).one(&txn).await?.ok_or(ServiceError::NotFound)?;
    let (agreement, _) = editable(&txn, row.agreement_id, reader).await?;
    document::Entity::delete_by_id(document_id).exec(&txn).await?;
    let mut changed = agreement.clone().into_active_model();
    changed.updated_at = Set(Utc::now());
    changed.update(&txn).await?;
    let still_named =
        document::Entity::find().filter(document::Column::Sha256.eq(row.sha256.clone())).count(&txn).await?;
    audit::record(
        &txn,
        &context.actor,
        Change::new("agreement.document_removed", "agreement", agreement.id, agreement.title.clone())
            .before(&json!({ "document_id": row.id, "title": row.title, "file_name": row.file_name })),
    )
    .await?;
    context.commit(txn).await?;
    if still_named == 0 {
        store.remove(&row.sha256).await;
    }
    Ok(row.agreement_id)
}

/// A document and its bytes, for a reader who may read its agreement.
///
/// # Errors
/// `NotFound`, also when the reader may not read the agreement or the file is missing;
/// `Internal` when the store cannot be read; database errors.
pub async fn document_file(
    db: &impl ConnectionTrait,
    store: &FileStore,
    reader: Reader,
    document_id: i32,
) -> ServiceResult<(document::Model, Vec<u8>)> {
    let row = document::Entity::find_by_id(document_id).one(db).await?.ok_or(ServiceError::NotFound)?;
    let agreement = agreement::Entity::find_by_id(row.agreement_id).one(db).await?.ok_or(ServiceError::NotFound)?;
    if !may_read(&agreement, &member_parties(db, agreement.id).await?, reader) {
        return Err(ServiceError::NotFound);
    }
    let bytes = store.get(&row.sha256).await?;
    Ok((row, bytes))
}
