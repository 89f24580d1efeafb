//! The secretariat's spreadsheet of action updates: the upload form (a file, or the text
//! pasted), then the dry run (what each line would change, every line that cannot be applied
//! with its number and reason) and the button that applies all of it.
use crate::identity::Role;
use crate::resolutions::implementation::api::{get_bulk_update, ApplyBulkUpdate};
use crate::resolutions::implementation::routes::{action, BULK_UPLOAD};
use crate::resolutions::implementation::BulkPreview;
use crate::tr;
use crate::ui::{
    id_param, query_param, tr_key, upload_summary, use_lang, ErrorPanel, FormError, MediumDate, RequireRole,
};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn BulkUploadPage() -> impl IntoView {
    let error = query_param("error");
    // Only the keys the upload answers with: the address cannot show any text it likes.
    let refused = move || {
        error
            .get()
            .filter(|key| matches!(key.as_str(), "error-bulk-empty" | "error-bulk-too-big" | "error-bulk-encoding"))
    };
    view! {
        <Title text=tr!("bulk-title") />
        <h1>{tr!("bulk-title")}</h1>
        <RequireRole roles=&[Role::Secretariat]>
            <p class="lead">{tr!("bulk-lead")}</p>
            {move || { refused().map(|key| upload_summary(&key, "bulk-file")) }}
            <h2>{tr!("bulk-columns-title")}</h2>
            <ul>
                <li>
                    <code>"external_id"</code>
                    " — "
                    {tr!("bulk-column-external-id")}
                </li>
                <li>
                    <code>"progress"</code>
                    " — "
                    {tr!("bulk-column-progress")}
                </li>
                <li>
                    <code>"status"</code>
                    " — "
                    {tr!("bulk-column-status")}
                </li>
                <li>
                    <code>"due_on"</code>
                    " — "
                    {tr!("bulk-column-due-on")}
                </li>
                <li>
                    <code>"happened_on"</code>
                    " — "
                    {tr!("bulk-column-happened-on")}
                </li>
                <li>
                    <code>"note"</code>
                    " — "
                    {tr!("bulk-column-note")}
                </li>
            </ul>
            // A plain multipart form: a file cannot travel in a server function's form.
            <form method="post" action=BULK_UPLOAD enctype="multipart/form-data" class="form" novalidate=true>
                <div class="field" class:field-invalid=move || refused().is_some()>
                    <label for="bulk-file">{tr!("bulk-file")}</label>
                    <p class="hint" id="bulk-file-hint">
                        {tr!("hint-bulk-file")}
                    </p>
                    {move || {
                        refused()
                            .map(|key| {
                                view! {
                                    <p class="field-error" id="file-error">
                                        {tr_key(&key)}
                                    </p>
                                }
                            })
                    }}
                    <input
                        id="bulk-file"
                        name="file"
                        type="file"
                        accept=".csv,text/csv"
                        aria-describedby=move || {
                            if refused().is_some() { "bulk-file-hint file-error" } else { "bulk-file-hint" }
                        }
                        aria-invalid=move || refused().map(|_| "true")
                    />
                </div>
                <div class="field wide">
                    <label for="bulk-csv">{tr!("bulk-paste")}</label>
                    <p class="hint" id="bulk-csv-hint">
                        {tr!("hint-bulk-paste")}
                    </p>
                    <textarea id="bulk-csv" name="csv" rows="8" dir="ltr" aria-describedby="bulk-csv-hint"></textarea>
                </div>
                <button type="submit" class="button" data-testid="bulk-check">
                    {tr!("bulk-check")}
                </button>
            </form>
        </RequireRole>
    }
}

fn preview_view(preview: BulkPreview, lang: crate::i18n::Lang) -> impl IntoView {
    let apply = ServerAction::<ApplyBulkUpdate>::new();
    let applied_result = Signal::derive(move || apply.value().get());
    let id = preview.id;
    let problems = preview.problems.clone();
    let may_apply = preview.applied.is_none() && problems.is_empty() && !preview.changes.is_empty();
    view! {
        <p class="eyebrow" dir="auto">
            {preview.file_name.clone()}
        </p>
        {match preview.applied {
            Some((date, count)) => {
                view! {
                    <p class="alert alert-success" role="status" data-testid="bulk-applied">
                        {tr!("bulk-applied", { "count" => count })}
                        " "
                        <MediumDate date />
                    </p>
                }
                    .into_any()
            }
            None => {
                view! {
                    <p data-testid="bulk-summary">
                        {tr!(
                            "bulk-summary", { "lines" => preview.lines, "changes" => preview.changes.len(), "unchanged" => preview.unchanged, "problems" => problems.len() }
                        )}
                    </p>
                }
                    .into_any()
            }
        }}
        {(!problems.is_empty())
            .then(|| {
                view! {
                    <section class="alert alert-error" data-testid="bulk-problems">
                        <h2>{tr!("bulk-problems-title")}</h2>
                        <p>{tr!("bulk-problems-lead")}</p>
                        <div class="table-scroll">
                            <table class="data-table">
                                <thead>
                                    <tr>
                                        <th scope="col">{tr!("bulk-line")}</th>
                                        <th scope="col">{tr!("bulk-column")}</th>
                                        <th scope="col">{tr!("bulk-reason")}</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {problems
                                        .into_iter()
                                        .map(|problem| {
                                            view! {
                                                <tr>
                                                    <td>{problem.line}</td>
                                                    <td dir="ltr">{problem.column}</td>
                                                    <td>{tr_key(&problem.key)}</td>
                                                </tr>
                                            }
                                        })
                                        .collect_view()}
                                </tbody>
                            </table>
                        </div>
                    </section>
                }
            })}
        {(!preview.changes.is_empty())
            .then(|| {
                view! {
                    <section data-testid="bulk-changes">
                        <h2>{tr!("bulk-changes-title")}</h2>
                        <div class="table-scroll">
                            <table class="data-table">
                                <thead>
                                    <tr>
                                        <th scope="col">{tr!("bulk-line")}</th>
                                        <th scope="col">{tr!("action-title")}</th>
                                        <th scope="col">{tr!("action-progress")}</th>
                                        <th scope="col">{tr!("action-status")}</th>
                                        <th scope="col">{tr!("action-due-on")}</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {preview
                                        .changes
                                        .into_iter()
                                        .map(|change| {
                                            let title = change.title.show(lang).text.to_string();
                                            view! {
                                                <tr>
                                                    <td>{change.line}</td>
                                                    <th scope="row">
                                                        <a href=action(change.action_id)>{title}</a>
                                                        " "
                                                        <span class="secondary" dir="ltr">
                                                            {change.external_id}
                                                        </span>
                                                    </th>
                                                    <td>
                                                        {change
                                                            .progress
                                                            .map(|(before, after)| {
                                                                tr!(
                                                                    "bulk-from-to", { "before" => tr!("progress-percent", { "value" => before }), "after" => tr!("progress-percent", { "value" => after }) }
                                                                )
                                                            })}
                                                    </td>
                                                    <td>
                                                        {change
                                                            .status
                                                            .map(|(before, after)| {
                                                                tr!(
                                                                    "bulk-from-to", { "before" => before[lang.index()].clone(), "after" => after[lang.index()].clone() }
                                                                )
                                                            })}
                                                    </td>
                                                    <td>
                                                        {change
                                                            .due_on
                                                            .map(|(_, after)| view! { <MediumDate date=after /> })}
                                                    </td>
                                                </tr>
                                            }
                                        })
                                        .collect_view()}
                                </tbody>
                            </table>
                        </div>
                    </section>
                }
            })}
        {may_apply
            .then(|| {
                view! {
                    <ActionForm action=apply attr:class="form">
                        <FormError result=applied_result />
                        <input type="hidden" name="id" value=id />
                        <button type="submit" class="button" data-testid="bulk-apply">
                            {tr!("bulk-apply")}
                        </button>
                    </ActionForm>
                }
            })}
    }
}

#[component]
pub fn BulkUpdatePage() -> impl IntoView {
    let id = id_param("id");
    let preview = Resource::new(id, get_bulk_update);
    let lang = use_lang();
    view! {
        <Title text=tr!("bulk-title") />
        <h1>{tr!("bulk-title")}</h1>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match preview.await {
                    Err(error) => view! { <ErrorPanel error /> }.into_any(),
                    Ok(preview) => preview_view(preview, lang).into_any(),
                }
            })}
        </Suspense>
    }
}
