//! Spreadsheets of action updates: the secretariat uploads a CSV keyed by each action's external
//! reference; the dry run says what every line would change and which lines cannot be applied
//! (with their line number and reason); applying changes everything or nothing.
use super::reports::apply_progress;
use super::*;
use crate::audit::service::{self as audit, Change};
use crate::resolutions::entities::bulk_update;
use crate::resolutions::implementation::{BulkChange, BulkPreview, BulkProblem, ProgressFields};
use crate::server::counters;
use crate::server::database::writer_turn;
use crate::server::RequestContext;
use chrono::{NaiveDate, Utc};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, DatabaseConnection, IntoActiveModel, TransactionTrait};

/// The columns a spreadsheet may have; `external_id` is required, the others optional.
pub const BULK_COLUMNS: [&str; 6] = ["external_id", "progress", "status", "due_on", "happened_on", "note"];
/// Lines a spreadsheet may hold, header included.
pub const BULK_MOST_LINES: usize = 5_001;
/// What an upload may weigh.
pub const BULK_MOST_BYTES: usize = 900 * 1024;

/// One line as typed, with its number.
#[derive(Debug, Default)]
struct BulkLine {
    line: u64,
    cells: HashMap<&'static str, String>,
}

/// The lines of a CSV, or the problems that stop it being read at all.
fn read_lines(csv_text: &str) -> Result<Vec<BulkLine>, Vec<BulkProblem>> {
    let problem = |line: u64, column: &str, key: &str| BulkProblem { line, column: column.into(), key: key.into() };
    let text = csv_text.trim_start_matches('\u{feff}');
    let mut reader = csv::ReaderBuilder::new().flexible(true).trim(csv::Trim::All).from_reader(text.as_bytes());
    let headers = reader.headers().map_err(|_| vec![problem(1, "", "error-bulk-unreadable")])?.clone();
    let mut columns: Vec<Option<&'static str>> = Vec::new();
    let mut problems = Vec::new();
    for header in &headers {
        let name = header.trim().to_lowercase();
        match BULK_COLUMNS.iter().find(|known| **known == name) {
            Some(known) if columns.contains(&Some(*known)) => {
                problems.push(problem(1, header, "error-bulk-column-twice"))
            }
            Some(known) => columns.push(Some(*known)),
            None => {
                problems.push(problem(1, header, "error-bulk-unknown-column"));
                columns.push(None);
            }
        }
    }
    if !columns.contains(&Some("external_id")) {
        problems.push(problem(1, "external_id", "error-bulk-no-key"));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut lines = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                let line = error.position().map_or(0, csv::Position::line);
                return Err(vec![problem(line, "", "error-bulk-unreadable")]);
            }
        };
        let line = record.position().map_or(0, csv::Position::line);
        if lines.len() + 1 >= BULK_MOST_LINES {
            return Err(vec![problem(line, "", "error-bulk-too-long")]);
        }
        if record.iter().all(str::is_empty) {
            continue;
        }
        let mut cells = HashMap::new();
        for (column, value) in columns.iter().zip(record.iter()) {
            if let Some(column) = column {
                cells.insert(*column, value.to_string());
            }
        }
        lines.push(BulkLine { line, cells });
    }
    Ok(lines)
}

/// What each line would change, every problem with its line, against the actions as they are.
async fn dry_run(
    db: &impl ConnectionTrait,
    csv_text: &str,
    today: NaiveDate,
) -> ServiceResult<(u64, Vec<BulkChange>, u64, Vec<BulkProblem>)> {
    let lines = match read_lines(csv_text) {
        Ok(lines) => lines,
        Err(problems) => return Ok((0, Vec::new(), 0, problems)),
    };
    let keys: Vec<String> = lines.iter().filter_map(|l| l.cells.get("external_id").cloned()).collect();
    let mut actions: HashMap<String, action::Model> = HashMap::new();
    for chunk in keys.chunks(500) {
        for row in
            action::Entity::find().filter(action::Column::ExternalId.is_in(chunk.iter().cloned())).all(db).await?
        {
            if let Some(key) = row.external_id.clone() {
                actions.insert(key, row);
            }
        }
    }
    let statuses = statuses(db).await?;
    let by_slug: HashMap<&str, &StatusView> = statuses.iter().map(|s| (s.slug.as_str(), s)).collect();
    let by_id: HashMap<i32, &StatusView> = statuses.iter().map(|s| (s.id, s)).collect();
    let mut seen = std::collections::HashSet::new();
    let (mut changes, mut problems, mut unchanged) = (Vec::new(), Vec::new(), 0);
    for line in &lines {
        let mut refuse = |column: &str, key: &str| {
            problems.push(BulkProblem { line: line.line, column: column.into(), key: key.into() });
        };
        let cell = |column: &str| line.cells.get(column).map(String::as_str).unwrap_or_default();
        let key = cell("external_id");
        if key.is_empty() {
            refuse("external_id", "error-required");
            continue;
        }
        if !seen.insert(key.to_string()) {
            refuse("external_id", "error-bulk-duplicate");
            continue;
        }
        let Some(row) = actions.get(key) else {
            refuse("external_id", "error-bulk-unknown-action");
            continue;
        };
        let mut field_problems = Vec::new();
        let progress =
            crate::resolutions::implementation::optional_progress(cell("progress"), "progress", &mut field_problems);
        let status = match cell("status") {
            "" => None,
            slug => match by_slug.get(slug) {
                Some(status) => Some(*status),
                None => {
                    field_problems
                        .push(crate::domain::FieldError { field: "status", key: "error-bulk-unknown-status" });
                    None
                }
            },
        };
        let date = |column: &'static str, problems: &mut Vec<crate::domain::FieldError>| match cell(column) {
            "" => None,
            typed => crate::domain::parse_date(typed, column, "error-date", problems),
        };
        let due_on = date("due_on", &mut field_problems);
        if let (Some(due), Some(start)) = (due_on, row.starts_on) {
            if due < start {
                field_problems.push(crate::domain::FieldError { field: "due_on", key: "error-due-before-start" });
            }
        }
        let happened_on = date("happened_on", &mut field_problems);
        if happened_on.is_some_and(|d| d > today) {
            field_problems.push(crate::domain::FieldError { field: "happened_on", key: "error-date-future" });
        }
        let note = crate::domain::multiline_text(cell("note"), "note", 5_000, &mut field_problems);
        if !field_problems.is_empty() {
            for problem in field_problems {
                refuse(problem.field, problem.key);
            }
            continue;
        }
        let next_progress = progress.or_else(|| status.and_then(|s| s.default_progress)).unwrap_or(row.progress);
        let current_status = by_id.get(&row.status_id).map(|s| s.name.clone()).unwrap_or_default();
        let change = BulkChange {
            line: line.line,
            action_id: row.id,
            external_id: key.to_string(),
            title: action_title(row),
            progress: (next_progress != row.progress).then_some((row.progress, next_progress)),
            status: status.filter(|s| s.id != row.status_id).map(|s| (current_status, s.name.clone())),
            new_status_id: status.filter(|s| s.id != row.status_id).map(|s| s.id),
            due_on: due_on.filter(|due| Some(*due) != row.due_on).map(|due| (row.due_on, due)),
            happened_on,
            note,
        };
        if change.progress.is_none() && change.status.is_none() && change.due_on.is_none() {
            unchanged += 1;
        } else {
            changes.push(change);
        }
    }
    Ok((lines.len() as u64, changes, unchanged, problems))
}

/// Keeps an uploaded spreadsheet for its dry run.
///
/// # Errors
/// `Invalid` (`file`) for an empty or oversized one; database errors.
pub async fn upload_bulk(
    db: &impl ConnectionTrait,
    uploaded_by: &str,
    file_name: &str,
    csv_text: &str,
) -> ServiceResult<bulk_update::Model> {
    if csv_text.trim().is_empty() {
        return Err(ServiceError::invalid("file", "error-bulk-empty"));
    }
    if csv_text.len() > BULK_MOST_BYTES {
        return Err(ServiceError::invalid("file", "error-bulk-too-big"));
    }
    let name: String = file_name.chars().filter(|c| !crate::domain::is_forbidden_char(*c)).take(200).collect();
    Ok(bulk_update::ActiveModel {
        file_name: Set(if name.trim().is_empty() { "updates.csv".into() } else { name }),
        csv: Set(csv_text.to_string()),
        created_by: Set(uploaded_by.to_string()),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await?)
}

/// The dry run of an uploaded spreadsheet (or, once applied, when and how much).
///
/// # Errors
/// `NotFound`; database errors.
pub async fn bulk_preview(db: &impl ConnectionTrait, id: i32) -> ServiceResult<BulkPreview> {
    let row = bulk_update::Entity::find_by_id(id).one(db).await?.ok_or(ServiceError::NotFound)?;
    let applied = row.applied_at.map(|at| (at.date_naive(), row.applied_count.unwrap_or(0)));
    let (lines, changes, unchanged, problems) = if applied.is_some() {
        (0, Vec::new(), 0, Vec::new())
    } else {
        dry_run(db, &row.csv, Utc::now().date_naive()).await?
    };
    Ok(BulkPreview { id, file_name: row.file_name, lines, changes, unchanged, problems, applied })
}

/// Applies an uploaded spreadsheet, all of it or nothing: checked again against the actions as
/// they are now, in the same transaction as the changes, their timeline entries and the audit.
///
/// # Errors
/// `NotFound`; `Conflict` when a line cannot be applied (`error-bulk-has-problems`) or it was
/// applied already; database errors.
#[tracing::instrument(skip_all, fields(actor = context.actor.email.as_deref()))]
pub async fn apply_bulk(db: &DatabaseConnection, context: &RequestContext, id: i32) -> ServiceResult<i32> {
    let _turn = writer_turn(db).await;
    let txn = db.begin().await?;
    let upload = bulk_update::Entity::find_by_id(id).one(&txn).await?.ok_or(ServiceError::NotFound)?;
    if upload.applied_at.is_some() {
        return Err(ServiceError::Conflict { key: "error-bulk-applied" });
    }
    let today = Utc::now().date_naive();
    let (_, changes, _, problems) = dry_run(&txn, &upload.csv, today).await?;
    if !problems.is_empty() {
        return Err(ServiceError::Conflict { key: "error-bulk-has-problems" });
    }
    let default_note = crate::i18n::translate(context.lang, "bulk-default-note", &[("file", upload.file_name.clone())]);
    for change in &changes {
        let row = action::Entity::find_by_id(change.action_id).one(&txn).await?.ok_or(ServiceError::NotFound)?;
        let row = if let Some((_, due)) = change.due_on {
            let mut moved = row.into_active_model();
            moved.due_on = Set(Some(due));
            moved.update(&txn).await?
        } else {
            row
        };
        if change.progress.is_some() || change.status.is_some() {
            let entry = ProgressFields {
                happened_on: change.happened_on.unwrap_or(today),
                note: if change.note.is_empty() { default_note.clone() } else { change.note.clone() },
                progress: change.progress.map(|(_, after)| after),
                status_id: change.new_status_id,
            };
            apply_progress(&txn, row, &entry, &context.actor_name).await?;
        }
    }
    let count = i32::try_from(changes.len()).unwrap_or(i32::MAX);
    let mut marked = upload.clone().into_active_model();
    marked.applied_at = Set(Some(Utc::now()));
    marked.applied_count = Set(Some(count));
    marked.update(&txn).await?;
    audit::record(
        &txn,
        &context.actor,
        Change::new("resolution.bulk_applied", "resolution_bulk_update", id, format!("{} ({count})", upload.file_name)),
    )
    .await?;
    counters::raise(&txn, counters::RESOLUTIONS).await?;
    context.commit(txn).await?;
    Ok(count)
}
