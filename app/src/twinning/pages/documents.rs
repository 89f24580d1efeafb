//! An agreement's documents on its page: the list, each one's removal, and the upload form (a
//! plain multipart form: a server function's form cannot carry a file).
use crate::tr;
use crate::twinning::api::RemoveAgreementDocument;
use crate::twinning::routes::{document, document_upload};
use crate::twinning::DocumentView;
use crate::ui::{tr_key, upload_summary, FormError, MediumDate};
use leptos::prelude::*;

/// Only the keys the upload answers with: the address cannot show any text it likes.
fn upload_refusal(key: Option<String>) -> Option<String> {
    key.filter(|key| {
        matches!(
            key.as_str(),
            "error-document-missing"
                | "error-document-large"
                | "error-document-type"
                | "error-too-long"
                | "error-control-characters"
        )
    })
}

fn kind_label(content_type: &str) -> &'static str {
    match content_type {
        "application/pdf" => "PDF",
        "image/png" => "PNG",
        _ => "JPEG",
    }
}

/// What an agreement's page says of its documents, and what a party or the secretariat
/// (`may_edit`) does with them. `error` and `title` come back from a refused upload.
pub fn documents_section(
    agreement_id: i32,
    documents: Vec<DocumentView>,
    may_edit: bool,
    remove: ServerAction<RemoveAgreementDocument>,
    returned: (Option<String>, Option<String>),
) -> impl IntoView {
    let (error, title) = returned;
    let removed = Signal::derive(move || remove.value().get());
    let empty = documents.is_empty();
    let rows = documents
        .into_iter()
        .map(|d| {
            view! {
                <li>
                    <a href=document(d.id) rel="external" data-testid="agreement-document">
                        <bdi>{d.title.clone()}</bdi>
                    </a>
                    " · "
                    {kind_label(&d.content_type)}
                    " · "
                    {tr!("document-size", { "kilobytes" => d.size_bytes.div_ceil(1024) })}
                    " · "
                    <MediumDate date=d.uploaded_on />
                    {may_edit
                        .then(|| {
                            view! {
                                <ActionForm action=remove attr:class="inline-form no-print">
                                    <input type="hidden" name="id" value=d.id />
                                    <button
                                        type="submit"
                                        class="button-link"
                                        data-testid="remove-document"
                                        aria-label=format!("{} — {}", tr!("document-remove"), d.title)
                                    >
                                        {tr!("document-remove")}
                                    </button>
                                </ActionForm>
                            }
                        })}
                </li>
            }
        })
        .collect_view();
    view! {
        <section id="documents">
            <h2>{tr!("agreement-documents")}</h2>
            <FormError result=removed />
            {empty.then(|| view! { <p data-testid="no-documents">{tr!("agreement-no-documents")}</p> })}
            <ul class="history" data-testid="agreement-documents">
                {rows}
            </ul>
            {may_edit.then(|| upload_form(agreement_id, error, title))}
        </section>
    }
}

fn upload_form(agreement_id: i32, error: Option<String>, title: Option<String>) -> impl IntoView {
    let refused = upload_refusal(error);
    let on_title = matches!(refused.as_deref(), Some("error-too-long" | "error-control-characters"));
    let on_file = refused.is_some() && !on_title;
    let file_described = if on_file { "document-file-hint document-file-error" } else { "document-file-hint" };
    let target = if on_title { "document-title" } else { "document-file" };
    view! {
        <form
            method="post"
            action=document_upload(agreement_id)
            enctype="multipart/form-data"
            class="form no-print"
            novalidate=true
            data-testid="document-form"
        >
            <h3>{tr!("document-add")}</h3>
            {refused.as_deref().map(|key| upload_summary(key, target))}
            <div class="field" class:field-invalid=on_title>
                <label for="document-title">{tr!("document-title")}</label>
                <p class="hint" id="document-title-hint">
                    {tr!("hint-document-title")}
                </p>
                {refused
                    .clone()
                    .filter(|_| on_title)
                    .map(|key| {
                        view! {
                            <p class="field-error" id="document-title-error">
                                {tr_key(&key)}
                            </p>
                        }
                    })}
                <input
                    id="document-title"
                    name="title"
                    type="text"
                    maxlength="200"
                    dir="auto"
                    value=title.unwrap_or_default()
                    aria-describedby=if on_title {
                        "document-title-hint document-title-error"
                    } else {
                        "document-title-hint"
                    }
                    aria-invalid=on_title.then_some("true")
                />
            </div>
            <div class="field" class:field-invalid=on_file>
                <label for="document-file">{tr!("document-file")}</label>
                <p class="hint" id="document-file-hint">
                    {tr!("hint-document-file")}
                </p>
                {refused
                    .clone()
                    .filter(|_| on_file)
                    .map(|key| {
                        view! {
                            <p class="field-error" id="document-file-error">
                                {tr_key(&key)}
                            </p>
                        }
                    })}
                <input
                    id="document-file"
                    name="file"
                    type="file"
                    accept=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"
                    aria-describedby=file_described
                    aria-invalid=on_file.then_some("true")
                />
            </div>
            <button type="submit" class="button button-secondary" data-testid="upload-document">
                {tr!("document-upload")}
            </button>
        </form>
    }
}
