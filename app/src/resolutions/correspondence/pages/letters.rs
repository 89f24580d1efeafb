//! The letter form (a letter sent about a text, or one received), and a letter's page: what it
//! says, what it answers and what answered it, and its scanned copy.
use super::section::letters_table;
use crate::domain::Choice;
use crate::identity::Role;
use crate::resolutions::correspondence::api::{get_letter_form, get_text_letter, RecordTextLetter};
use crate::resolutions::correspondence::routes::{letter_copy, new_letter};
use crate::resolutions::correspondence::{Direction, LetterForm, LetterInput, LetterPage};
use crate::resolutions::routes::text;
use crate::resolutions::TextSummary;
use crate::tr;
use crate::ui::{
    choice_options, id_param, query_param, tr_key, upload_summary, use_lang, ErrorPanel, FormError, MediumDate,
    RequireRole, SelectField, TextArea, TextInput,
};
use leptos::prelude::*;
use leptos_meta::Title;

const GROUP: &str = "letter";
const PREFIX: &str = "lt";

fn text_link(summary: &TextSummary, lang: crate::i18n::Lang) -> impl IntoView {
    view! {
        <p class="eyebrow">
            <a href=format!("{}#correspondence", text(summary.id))>
                <span dir="ltr">{summary.reference.clone()}</span>
                " · "
                {summary.title.show(lang).text.to_string()}
            </a>
        </p>
    }
}

fn letter_form_view(
    form: LetterForm,
    reply_to: Option<String>,
    record: ServerAction<RecordTextLetter>,
    lang: crate::i18n::Lang,
) -> impl IntoView {
    let result = Signal::derive(move || record.value().get());
    let text_id = form.text.id;
    // A reply is a letter received from whom the answered letter went to, by default.
    let answered = reply_to.and_then(|id| form.letters.iter().find(|l| l.id.to_string() == id).cloned());
    let current = LetterInput {
        direction: if answered.is_some() { Direction::Incoming } else { Direction::Outgoing }.as_str().to_string(),
        in_reply_to: answered.as_ref().map(|l| l.id.to_string()).unwrap_or_default(),
        ..Default::default()
    };
    let correspondent = answered.as_ref().map(|l| l.addressee_id);
    view! {
        {text_link(&form.text, lang)}
        <ActionForm action=record attr:class="form application-form" attr:novalidate=true>
            <FormError result prefix=PREFIX />
            <input type="hidden" name="text_id" value=text_id />
            <SelectField
                result
                name=format!("{GROUP}[direction]")
                field="direction"
                id=format!("{PREFIX}-direction")
                label=tr!("letter-direction")
                required=true
            >
                {choice_options(Direction::ALL, Direction::parse(&current.direction))}
            </SelectField>
            <SelectField
                result
                name=format!("{GROUP}[addressee_id]")
                field="addressee_id"
                id=format!("{PREFIX}-addressee_id")
                label=tr!("letter-correspondent")
                hint=Some(tr!("hint-letter-correspondent"))
                required=true
            >
                <option value="">{tr!("letter-correspondent-choose")}</option>
                {form
                    .addressees
                    .iter()
                    .map(|a| {
                        let selected = correspondent == Some(a.id);
                        view! {
                            <option value=a.id.to_string() selected=selected dir="auto">
                                {a.label()}
                            </option>
                        }
                    })
                    .collect_view()}
            </SelectField>
            <TextInput
                result
                group=GROUP
                prefix=PREFIX
                field="dated_on"
                label=tr!("letter-dated-on")
                kind="date"
                required=true
                dir=Some("ltr")
            />
            <TextInput
                result
                group=GROUP
                prefix=PREFIX
                field="their_reference"
                label=tr!("letter-their-reference")
                hint=Some(tr!("hint-letter-their-reference"))
                dir=Some("auto")
            />
            <SelectField
                result
                name=format!("{GROUP}[in_reply_to]")
                field="in_reply_to"
                id=format!("{PREFIX}-in_reply_to")
                label=tr!("letter-in-reply-to")
            >
                <option value="">{tr!("letter-in-reply-to-none")}</option>
                {form
                    .letters
                    .iter()
                    .map(|l| {
                        let value = l.id.to_string();
                        let selected = value == current.in_reply_to;
                        view! {
                            <option value=value selected=selected dir="auto">
                                {format!("{} · {} · {}", l.register, l.correspondent, l.subject)}
                            </option>
                        }
                    })
                    .collect_view()}
            </SelectField>
            <TextInput
                result
                group=GROUP
                prefix=PREFIX
                field="subject"
                label=tr!("letter-subject")
                required=true
                dir=Some("auto")
            />
            <TextArea
                result
                name=format!("{GROUP}[body]")
                field="body"
                id=format!("{PREFIX}-body")
                label=tr!("letter-text")
                hint=Some(tr!("hint-letter-body"))
                required=true
                rows=10
                dir=Some("auto")
                wide=true
            />
            <button type="submit" class="button" data-testid="save-letter">
                {tr!("letter-save")}
            </button>
        </ActionForm>
    }
}

#[component]
pub fn NewLetterPage() -> impl IntoView {
    let text_id = id_param("id");
    let reply_to = query_param("reply_to");
    let form = Resource::new(text_id, get_letter_form);
    let record = ServerAction::<RecordTextLetter>::new();
    let lang = use_lang();
    view! {
        <Title text=tr!("letter-new") />
        <h1>{tr!("letter-new")}</h1>
        <RequireRole roles=&[Role::Secretariat]>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match form.await {
                        Err(error) => view! { <ErrorPanel error /> }.into_any(),
                        Ok(form) => letter_form_view(form, reply_to.get_untracked(), record, lang).into_any(),
                    }
                })}
            </Suspense>
        </RequireRole>
    }
}

/// Only the keys the upload answers with: the address cannot show any text it likes.
fn copy_refusal(key: Option<String>) -> Option<String> {
    key.filter(|key| {
        matches!(key.as_str(), "error-letter-file-missing" | "error-letter-file-large" | "error-letter-file-type")
    })
}

/// The secretariat's form for the scanned copy: a plain multipart form, which a server
/// function's form cannot carry.
fn copy_form(id: i32, has_copy: bool, error: Option<String>) -> impl IntoView {
    let refused = copy_refusal(error);
    let described = if refused.is_some() { "letter-file-hint file-error" } else { "letter-file-hint" };
    view! {
        <form
            method="post"
            action=letter_copy(id)
            enctype="multipart/form-data"
            class="form no-print"
            novalidate=true
            data-testid="copy-form"
        >
            {refused.as_deref().map(|key| upload_summary(key, "letter-file"))}
            <div class="field" class:field-invalid=refused.is_some()>
                <label for="letter-file">
                    {if has_copy { tr!("letter-copy-replace") } else { tr!("letter-copy-attach") }}
                </label>
                <p class="hint" id="letter-file-hint">
                    {tr!("hint-letter-file")}
                </p>
                {refused
                    .clone()
                    .map(|key| {
                        view! {
                            <p class="field-error" id="file-error">
                                {tr_key(&key)}
                            </p>
                        }
                    })}
                <input
                    id="letter-file"
                    name="file"
                    type="file"
                    accept=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"
                    aria-describedby=described
                    aria-invalid=refused.as_ref().map(|_| "true")
                />
            </div>
            <button type="submit" class="button button-secondary" data-testid="attach-copy">
                {tr!("letter-copy-send")}
            </button>
        </form>
    }
}

fn letter_view(page: LetterPage, lang: crate::i18n::Lang, error: Option<String>) -> impl IntoView {
    let id = page.line.id;
    let title = format!("{} — {}", page.line.register, page.line.subject);
    view! {
        <Title text=title />
        {text_link(&page.text, lang)}
        <h1 dir="auto">{page.line.subject.clone()}</h1>
        <dl class="details" data-testid="letter-details">
            <dt>{tr!("letter-register")}</dt>
            <dd dir="ltr" data-testid="letter-register">
                {page.line.register.clone()}
            </dd>
            <dt>{tr!("letter-direction")}</dt>
            <dd>{tr_key(page.line.direction.label_key())}</dd>
            <dt>{tr!("letter-correspondent")}</dt>
            <dd>
                <bdi>{page.line.correspondent.clone()}</bdi>
            </dd>
            <dt>{tr!("letter-dated-on")}</dt>
            <dd>
                <MediumDate date=page.line.dated_on />
            </dd>
            {page
                .their_reference
                .clone()
                .map(|reference| {
                    view! {
                        <dt>{tr!("letter-their-reference")}</dt>
                        <dd dir="auto">{reference}</dd>
                    }
                })}
            <dt>{tr!("letter-recorded-by")}</dt>
            <dd dir="auto">{page.recorded_by.clone()}</dd>
            {page
                .file
                .clone()
                .map(|(name, size)| {
                    view! {
                        <dt>{tr!("letter-copy")}</dt>
                        <dd>
                            <a href=letter_copy(id) data-testid="letter-copy" dir="ltr">
                                {name}
                            </a>
                            " · "
                            {tr!("letter-copy-size", { "kilobytes" => size.div_ceil(1024) })}
                        </dd>
                    }
                })}
        </dl>
        <div class="letter-body" dir="auto" data-testid="letter-body">
            {page.body.clone()}
        </div>
        {page
            .in_reply_to
            .clone()
            .map(|answered| {
                view! {
                    <h2>{tr!("letter-answers")}</h2>
                    {letters_table(vec![answered], "letter-answered")}
                }
            })}
        {(!page.replies.is_empty())
            .then(|| {
                view! {
                    <h2>{tr!("letter-replies")}</h2>
                    {letters_table(page.replies.clone(), "letter-replies")}
                }
            })}
        {page
            .may_manage
            .then(|| {
                view! {
                    <p class="no-print">
                        <a
                            class="button button-secondary"
                            href=new_letter(page.text.id, Some(id))
                            data-testid="record-reply"
                        >
                            {tr!("letter-record-reply")}
                        </a>
                    </p>
                    {copy_form(id, page.file.is_some(), error.clone())}
                }
            })}
    }
}

#[component]
pub fn LetterPageView() -> impl IntoView {
    let id = id_param("id");
    let page = Resource::new(id, get_text_letter);
    let lang = use_lang();
    let error = query_param("error");
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match page.await {
                    Err(error) => view! { <ErrorPanel error titled=true /> }.into_any(),
                    Ok(page) => letter_view(page, lang, error.get_untracked()).into_any(),
                }
            })}
        </Suspense>
    }
}
