//! `/finance/statements`: import a bank statement (a CSV export read through its bank's saved
//! column mapping, or a camt.053 file), the mappings, and the latest imports.
use super::OFFICE_ROLES;
use crate::domain::Choice;
use crate::finance::api::{get_statements, SaveMapping};
use crate::finance::routes::{OFFICE, PAYMENTS, STATEMENTS, STATEMENT_UPLOAD};
use crate::finance::{DateOrder, Delimiter, MappingInput, MappingView, StatementView};
use crate::tr;
use crate::ui::{
    choice_options, query_param, tr_key, upload_summary_text, DataTable, ErrorPanel, FormError, MediumDate,
    RequireRole, SelectField, TextInput,
};
use leptos::prelude::*;
use leptos_meta::Title;

/// The keys the upload answers with: the address cannot show any text it likes.
const UPLOAD_ERRORS: &[&str] = &[
    "error-statement-empty",
    "error-statement-too-big",
    "error-statement-encoding",
    "error-statement-mapping",
    "error-statement-unreadable",
    "error-statement-column-missing",
    "error-statement-not-camt",
    "error-statement-racing",
    "error-statement-currency",
    "error-statement-amount",
    "error-statement-date",
];

/// The bank's CSV mapping: a new one, or `current` to correct.
#[component]
fn MappingForm(current: Option<MappingView>) -> impl IntoView {
    let save = ServerAction::<SaveMapping>::new();
    let result = Signal::derive(move || save.value().get());
    let input = current.map(|m| m.input).unwrap_or_else(|| MappingInput {
        delimiter: Delimiter::Semicolon.as_str().into(),
        date_order: DateOrder::Dmy.as_str().into(),
        ..Default::default()
    });
    let text = |value: &String| Some(value.clone()).filter(|v| !v.is_empty());
    let (delimiter, date_order) = (Delimiter::parse(&input.delimiter), DateOrder::parse(&input.date_order));
    let column = move |field: &'static str, label: String, value: Option<String>| {
        view! { <TextInput result group="mapping" prefix="mp" field label required=true dir=Some("ltr") value /> }
    };
    view! {
        <ActionForm action=save attr:class="form" attr:novalidate=true attr:id="mapping-form">
            <h2>{tr!("mapping-heading")}</h2>
            <p>{tr!("mapping-lead")}</p>
            <FormError result prefix="mp" />
            <TextInput
                result
                group="mapping"
                prefix="mp"
                field="name"
                label=tr!("mapping-name")
                hint=Some(tr!("hint-mapping-name"))
                required=true
                value=text(&input.name)
            />
            <SelectField
                result
                name="mapping[delimiter]".to_string()
                field="delimiter"
                id="mp-delimiter".to_string()
                label=tr!("mapping-delimiter")
                required=true
            >
                {choice_options(Delimiter::ALL, delimiter)}
            </SelectField>
            {column("date_column", tr!("mapping-date-column"), text(&input.date_column))}
            <SelectField
                result
                name="mapping[date_order]".to_string()
                field="date_order"
                id="mp-date_order".to_string()
                label=tr!("mapping-date-order")
                required=true
            >
                {choice_options(DateOrder::ALL, date_order)}
            </SelectField>
            {column("amount_column", tr!("mapping-amount-column"), text(&input.amount_column))}
            {column("payer_column", tr!("mapping-payer-column"), text(&input.payer_column))}
            {column("reference_column", tr!("mapping-reference-column"), text(&input.reference_column))}
            <TextInput
                result
                group="mapping"
                prefix="mp"
                field="currency_column"
                label=tr!("mapping-currency-column")
                hint=Some(tr!("hint-mapping-currency-column"))
                dir=Some("ltr")
                value=text(&input.currency_column)
            />
            <TextInput
                result
                group="mapping"
                prefix="mp"
                field="default_currency"
                label=tr!("mapping-default-currency")
                hint=Some(tr!("hint-schedule-currency"))
                required=true
                dir=Some("ltr")
                value=text(&input.default_currency)
            />
            <button type="submit" class="button button-secondary" data-testid="save-mapping">
                {tr!("mapping-save")}
            </button>
        </ActionForm>
    }
}

/// Why the last upload was refused, at its line, if the address says so.
fn upload_problem() -> Memo<Option<String>> {
    let error = query_param("error");
    let line = query_param("line");
    let column = query_param("column");
    // In a camt.053 file the place is an entry and an element, not a line and a column.
    let entry = query_param("entry");
    Memo::new(move |_| {
        let key = error.get().filter(|key| UPLOAD_ERRORS.contains(&key.as_str()))?;
        let message = tr_key(&key);
        let line = line.get().and_then(|l| l.parse::<i64>().ok()).filter(|l| *l > 0);
        let (at, at_column) = if entry.get().is_some() {
            ("statement-problem-entry", "statement-problem-entry-element")
        } else {
            ("statement-problem-line", "statement-problem-line-column")
        };
        Some(match (line, column.get()) {
            (Some(line), Some(column)) => {
                format!("{} {message}", tr!(at_column, { "line" => line, "column" => column }))
            }
            (Some(line), None) => format!("{} {message}", tr!(at, { "line" => line })),
            (None, _) => message,
        })
    })
}

/// A plain multipart form: a file cannot travel in a server function's form.
#[component]
fn UploadForm(mappings: Vec<MappingView>, chosen: Option<i32>) -> impl IntoView {
    let problem = upload_problem();
    view! {
        <form
            method="post"
            action=STATEMENT_UPLOAD
            enctype="multipart/form-data"
            class="form"
            novalidate=true
            id="statement-form"
        >
            <h2>{tr!("statement-import-heading")}</h2>
            <p>{tr!("statement-import-lead")}</p>
            {move || problem.get().map(|message| upload_summary_text(message, "statement-file"))}
            <div class="field" class:field-invalid=move || problem.get().is_some()>
                <label for="statement-file">{tr!("statement-file")}</label>
                <p class="hint" id="statement-file-hint">
                    {tr!("hint-statement-file")}
                </p>
                {move || {
                    problem
                        .get()
                        .map(|message| {
                            view! {
                                <p class="field-error" id="statement-file-error" data-testid="statement-error">
                                    {message}
                                </p>
                            }
                        })
                }}
                <input
                    id="statement-file"
                    name="file"
                    type="file"
                    accept=".csv,.txt,.xml,text/csv,text/plain,application/xml,text/xml"
                    aria-describedby=move || {
                        if problem.get().is_some() {
                            "statement-file-hint statement-file-error"
                        } else {
                            "statement-file-hint"
                        }
                    }
                    aria-invalid=move || problem.get().map(|_| "true")
                />
            </div>
            <div class="field">
                <label for="statement-mapping">{tr!("statement-mapping")}</label>
                <p class="hint" id="statement-mapping-hint">
                    {tr!("hint-statement-mapping")}
                </p>
                <select id="statement-mapping" name="mapping_id" aria-describedby="statement-mapping-hint">
                    <option value="">{tr!("statement-mapping-none")}</option>
                    {mappings
                        .into_iter()
                        .map(|m| {
                            view! {
                                <option value=m.id selected=chosen == Some(m.id) dir="auto">
                                    {m.input.name}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <button type="submit" class="button" data-testid="import-statement">
                {tr!("statement-import")}
            </button>
        </form>
    }
}

fn statement_row(s: StatementView) -> impl IntoView {
    view! {
        <tr>
            <td>
                <MediumDate date=s.imported_at.date_naive() />
            </td>
            <td>
                <bdi>{s.file_name}</bdi>
            </td>
            <td>{tr_key(s.format.label_key())}</td>
            <td>{s.lines}</td>
            <td>{s.added}</td>
            <td>{s.matched}</td>
            <td>{s.duplicates}</td>
            <td>
                <bdi>{s.imported_by}</bdi>
            </td>
        </tr>
    }
}

/// What the statement just imported did, and where to go next.
fn imported_notice(s: &StatementView) -> impl IntoView {
    let awaiting = s.added - s.matched;
    view! {
        <div class="alert alert-success" role="status" data-testid="statement-imported">
            <p>
                {tr!(
                    "statement-imported", { "lines" => s.lines, "added" => s.added, "matched" => s.matched, "duplicates" => s.duplicates }
                )}
            </p>
            {(awaiting > 0)
                .then(|| {
                    view! {
                        <p>
                            <a href=PAYMENTS>{tr!("statement-match-rest", { "count" => awaiting })}</a>
                        </p>
                    }
                })}
        </div>
    }
}

#[component]
pub fn StatementsPage() -> impl IntoView {
    let page = Resource::new(|| (), |_| get_statements());
    let imported = query_param("imported");
    let editing = query_param("mapping");
    let saved = query_param("mapping_saved");
    view! {
        <Title text=tr!("statements-title") />
        <p class="eyebrow">
            <a href=OFFICE>{tr!("finance-office-title")}</a>
        </p>
        <h1>{tr!("statements-title")}</h1>
        <RequireRole roles=OFFICE_ROLES>
            <p class="lead">{tr!("statements-lead")}</p>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match page.await {
                        Err(error) => view! { <ErrorPanel error /> }.into_any(),
                        Ok(page) => {
                            let id_of = |memo: Memo<Option<String>>| {
                                memo.get_untracked().and_then(|id| id.parse::<i32>().ok())
                            };
                            let just_imported = id_of(imported)
                                .and_then(|id| page.statements.iter().find(|s| s.id == id).cloned());
                            let saved_id = id_of(saved);
                            let editing = id_of(editing)
                                .and_then(|id| page.mappings.iter().find(|m| m.id == id).cloned());
                            let chosen = saved_id.or_else(|| page.mappings.first().map(|m| m.id));
                            let mapping_rows = page
                                .mappings
                                .iter()
                                .map(|m| {
                                    let href = format!("{STATEMENTS}?mapping={}#mapping-form", m.id);
                                    view! {
                                        <li>
                                            <bdi>{m.input.name.clone()}</bdi>
                                            " · "
                                            <a href=href>{tr!("mapping-edit")}</a>
                                        </li>
                                    }
                                })
                                .collect_view();
                            view! {
                                {just_imported.as_ref().map(imported_notice)}
                                {saved_id
                                    .map(|_| {
                                        view! {
                                            <p class="alert alert-success" role="status" data-testid="mapping-saved">
                                                {tr!("mapping-saved")}
                                            </p>
                                        }
                                    })}
                                <UploadForm mappings=page.mappings.clone() chosen />
                                <section aria-labelledby="statements-heading">
                                    <h2 id="statements-heading">{tr!("statements-latest")}</h2>
                                    {if page.statements.is_empty() {
                                        view! { <p>{tr!("statements-none")}</p> }.into_any()
                                    } else {
                                        view! {
                                            <DataTable
                                                testid="statements-table"
                                                columns=vec![
                                                    tr!("statement-imported-on"),
                                                    tr!("statement-file"),
                                                    tr!("statement-format"),
                                                    tr!("statement-lines"),
                                                    tr!("statement-added"),
                                                    tr!("statement-matched"),
                                                    tr!("statement-duplicates"),
                                                    tr!("statement-imported-by"),
                                                ]
                                            >
                                                {page.statements.into_iter().map(statement_row).collect_view()}
                                            </DataTable>
                                        }
                                            .into_any()
                                    }}
                                </section>
                                <section aria-labelledby="mappings-heading">
                                    <h2 id="mappings-heading">{tr!("mappings-heading")}</h2>
                                    {if page.mappings.is_empty() {
                                        view! { <p>{tr!("mappings-none")}</p> }.into_any()
                                    } else {
                                        view! { <ul data-testid="mappings-list">{mapping_rows}</ul> }.into_any()
                                    }}
                                    <MappingForm current=editing />
                                </section>
                            }
                                .into_any()
                        }
                    }
                })}
            </Suspense>
        </RequireRole>
    }
}
