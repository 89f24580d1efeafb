//! Form pieces: the form-wide message, the message next to a field, labelled inputs, selects and
//! text areas tied to their hint and message.
use super::text::error_text;
use super::text::tr_key;
use crate::error::AppError;
use leptos::prelude::*;

/// The last result of a form's server action, which its messages read.
pub type FormResult = Signal<Option<Result<(), AppError>>>;

fn failed<T>(result: &Option<Result<T, AppError>>) -> Option<AppError> {
    result.as_ref().and_then(|r| r.as_ref().err()).cloned()
}

/// The summary at the top of a refused form, as GOV.UK's: the one live region of the form; it
/// takes focus when the page opens (`autofocus`: a refused form always comes back as a page)
/// and links each refused field's message to the field, `#{prefix}-{field}` (the message itself
/// without a prefix). Errors that belong to no single field are its only line.
#[component]
pub fn FormError<T: Clone + Send + Sync + 'static>(
    result: Signal<Option<Result<T, AppError>>>,
    #[prop(optional)] prefix: Option<&'static str>,
) -> impl IntoView {
    move || {
        failed(&result.get()).map(|error| {
            let fields: Vec<(String, String)> = match &error {
                AppError::Fields(fields) => fields.clone(),
                AppError::Invalid { field, key } => vec![(field.clone(), key.clone())],
                _ => Vec::new(),
            };
            let body = if fields.is_empty() {
                view! { <p>{error_text(&error)}</p> }.into_any()
            } else {
                view! {
                    <h2 class="problem-summary-title">{tr_key("error-summary-title")}</h2>
                    <ul class="problem-summary-list">
                        {fields
                            .into_iter()
                            .map(|(field, key)| {
                                let target = match prefix {
                                    Some(prefix) => format!("{prefix}-{field}"),
                                    None => error_id(&field),
                                };
                                view! {
                                    <li>
                                        <SummaryLink target>{tr_key(&key)}</SummaryLink>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                .into_any()
            };
            view! {
                <div
                    class="alert alert-error problem-summary"
                    role="alert"
                    tabindex="-1"
                    autofocus=true
                    data-testid="problem-summary"
                >
                    {body}
                </div>
            }
        })
    }
}

/// A link of the error summary to its field. The browser alone follows `#id` and focuses the
/// field; with JavaScript the field's label (or legend) comes into view above it too, as in
/// GOV.UK's summary, so that the person sees what the field is.
#[island]
fn SummaryLink(target: String, children: Children) -> impl IntoView {
    let href = format!("#{target}");
    view! {
        <a href=href on:click=move |ev| focus_field(&ev, &target)>
            {children()}
        </a>
    }
}

fn focus_field(ev: &leptos::ev::MouseEvent, id: &str) {
    use leptos::wasm_bindgen::JsCast;
    let Some(mut field) = document().get_element_by_id(id) else { return };
    // A link to a field's message: the control it describes.
    if field.class_list().contains("field-error") {
        let control = document().query_selector(&format!("[aria-describedby~=\"{id}\"]")).ok().flatten();
        let Some(control) = control else { return };
        field = control;
    }
    // A radio group: its first choice.
    if field.tag_name() == "FIELDSET" {
        if let Some(first_choice) = field.query_selector("input").ok().flatten() {
            field = first_choice;
        }
    }
    let id = field.id();
    let Ok(field) = field.dyn_into::<leptos::web_sys::HtmlElement>() else { return };
    ev.prevent_default();
    let _ = field.focus();
    let caption = document().query_selector(&format!("label[for=\"{id}\"]")).ok().flatten().or_else(|| {
        field.closest("fieldset").ok().flatten().and_then(|set| set.query_selector("legend").ok().flatten())
    });
    if let Some(caption) = caption {
        caption.scroll_into_view();
    }
}

/// The message next to one field, when the last submission refused it (the summary above the
/// form is the one that is announced).
#[component]
pub fn FieldError<T: Clone + Send + Sync + 'static>(
    result: Signal<Option<Result<T, AppError>>>,
    field: &'static str,
) -> impl IntoView {
    move || {
        failed(&result.get()).and_then(|e| e.key_for(field).map(tr_key)).map(|message| {
            view! {
                <p class="field-error" id=error_id(field)>
                    {message}
                </p>
            }
        })
    }
}

/// The id of a field's message, which its input names in `aria-describedby`.
pub fn error_id(field: &str) -> String {
    format!("{field}-error")
}

/// Whether the last submission refused `field` (for `aria-invalid` and the invalid style).
pub fn refused<T: Clone + Send + Sync + 'static>(
    result: Signal<Option<Result<T, AppError>>>,
    field: &'static str,
) -> Signal<bool> {
    Signal::derive(move || failed(&result.get()).is_some_and(|e| e.key_for(field).is_some()))
}

/// What ties a control to its hint and message: `aria-describedby` names the hint, then the
/// message when the last submission refused the field; `invalid` sets `aria-invalid` and the style.
struct Described {
    invalid: Signal<bool>,
    hint_id: Option<String>,
    described_by: Signal<Option<String>>,
}

fn described<T: Clone + Send + Sync + 'static>(
    result: Signal<Option<Result<T, AppError>>>,
    field: &'static str,
    id: &str,
    hint: Option<&String>,
) -> Described {
    let hint_id = hint.map(|_| format!("{id}-hint"));
    let invalid = refused(result, field);
    let hint_for_aria = hint_id.clone();
    let described_by = Signal::derive(move || {
        let ids: Vec<String> = hint_for_aria.iter().cloned().chain(invalid.get().then(|| error_id(field))).collect();
        (!ids.is_empty()).then(|| ids.join(" "))
    });
    Described { invalid, hint_id, described_by }
}

/// The label, hint and message around one control.
#[component]
fn FieldFrame<T: Clone + Send + Sync + 'static>(
    result: Signal<Option<Result<T, AppError>>>,
    field: &'static str,
    id: String,
    label: String,
    hint: Option<String>,
    hint_id: Option<String>,
    invalid: Signal<bool>,
    required: bool,
    #[prop(optional)] wide: bool,
    children: Children,
) -> impl IntoView {
    view! {
        <div class="field" class:wide=wide class:field-invalid=invalid>
            <label for=id>{label} {required.then_some(" *")}</label>
            {hint
                .map(|hint| {
                    view! {
                        <p class="hint" id=hint_id>
                            {hint}
                        </p>
                    }
                })}
            {children()}
            <FieldError result field />
        </div>
    }
}

/// A labelled input with the message the last submission left for it. It posts `group[field]`
/// when its form's arguments are grouped, `field` otherwise; its id is `{prefix}-{field}`, or
/// `field` without a prefix.
#[component]
pub fn TextInput<T: Clone + Send + Sync + 'static>(
    result: Signal<Option<Result<T, AppError>>>,
    #[prop(optional)] group: Option<&'static str>,
    #[prop(optional)] prefix: Option<&'static str>,
    field: &'static str,
    label: String,
    #[prop(default = None)] hint: Option<String>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] required: bool,
    #[prop(default = None)] dir: Option<&'static str>,
    #[prop(default = None)] value: Option<String>,
    /// What the browser may fill it with (WCAG 1.3.5): "name", "email", "tel", "bday"…
    #[prop(default = None)]
    autocomplete: Option<&'static str>,
    #[prop(default = None)] minlength: Option<&'static str>,
    /// The form argument it posts when not `group[field]` (a row of a list: `agreement[parties][1][name]`).
    #[prop(default = None)]
    posts_as: Option<String>,
) -> impl IntoView {
    let id = prefix.map_or_else(|| field.to_string(), |prefix| format!("{prefix}-{field}"));
    let name = posts_as.unwrap_or_else(|| group.map_or_else(|| field.to_string(), |group| format!("{group}[{field}]")));
    let Described { invalid, hint_id, described_by } = described(result, field, &id, hint.as_ref());
    view! {
        <FieldFrame result field id=id.clone() label hint hint_id invalid required>
            <input
                id=id
                name=name
                type=kind
                required=required
                minlength=minlength
                dir=dir
                value=value
                autocomplete=autocomplete
                aria-invalid=move || invalid.get().then_some("true")
                aria-describedby=described_by
            />
        </FieldFrame>
    }
}

/// A labelled select (its options are the children), tied to its hint and message as
/// `TextInput` is.
#[component]
pub fn SelectField<T: Clone + Send + Sync + 'static>(
    result: Signal<Option<Result<T, AppError>>>,
    /// The form argument it posts, such as `application[kind]`.
    name: String,
    field: &'static str,
    id: String,
    label: String,
    #[prop(default = None)] hint: Option<String>,
    #[prop(optional)] required: bool,
    children: Children,
) -> impl IntoView {
    let Described { invalid, hint_id, described_by } = described(result, field, &id, hint.as_ref());
    view! {
        <FieldFrame result field id=id.clone() label hint hint_id invalid required>
            <select
                id=id
                name=name
                required=required
                aria-invalid=move || invalid.get().then_some("true")
                aria-describedby=described_by
            >
                {children()}
            </select>
        </FieldFrame>
    }
}

/// A labelled text area, tied to its hint and message as `TextInput` is.
#[component]
pub fn TextArea<T: Clone + Send + Sync + 'static>(
    result: Signal<Option<Result<T, AppError>>>,
    name: String,
    field: &'static str,
    id: String,
    label: String,
    #[prop(default = None)] hint: Option<String>,
    #[prop(optional)] required: bool,
    #[prop(default = 3)] rows: u8,
    #[prop(default = None)] dir: Option<&'static str>,
    #[prop(optional)] value: String,
    #[prop(optional)] wide: bool,
) -> impl IntoView {
    let Described { invalid, hint_id, described_by } = described(result, field, &id, hint.as_ref());
    view! {
        <FieldFrame result field id=id.clone() label hint hint_id invalid required wide>
            <textarea
                id=id
                name=name
                rows=rows
                dir=dir
                required=required
                aria-invalid=move || invalid.get().then_some("true")
                aria-describedby=described_by
            >
                {value}
            </textarea>
        </FieldFrame>
    }
}

/// Radio buttons (the children) under a legend, tied to the group's message as GOV.UK's: the
/// fieldset names the message when the last submission refused the choice.
#[component]
pub fn RadioGroup<T: Clone + Send + Sync + 'static>(
    result: Signal<Option<Result<T, AppError>>>,
    /// When the form's summary links to `{prefix}-{field}`: the fieldset's id.
    #[prop(optional)]
    prefix: Option<&'static str>,
    field: &'static str,
    legend: String,
    children: Children,
) -> impl IntoView {
    let invalid = refused(result, field);
    view! {
        <fieldset
            id=prefix.map(|prefix| format!("{prefix}-{field}"))
            class="choices"
            class:field-invalid=invalid
            aria-describedby=move || invalid.get().then(|| error_id(field))
        >
            <legend>{legend}</legend>
            {children()}
            <FieldError result field />
        </fieldset>
    }
}

/// The error summary of a plain multipart form, whose one field is its file (a file cannot be
/// put back into a form: the person chooses it again): the reason, linked to the field.
pub fn upload_summary(key: &str, target: &'static str) -> impl IntoView {
    upload_summary_text(tr_key(key), target)
}

/// The same, for a message already written (one that names the file's line at fault).
pub fn upload_summary_text(message: String, target: &'static str) -> impl IntoView {
    view! {
        <div class="alert alert-error problem-summary" role="alert" tabindex="-1" autofocus=true>
            <h2 class="problem-summary-title">{tr_key("error-summary-title")}</h2>
            <ul class="problem-summary-list">
                <li>
                    <a href=format!("#{target}")>{message}</a>
                </li>
            </ul>
        </div>
    }
}

/// The `<option>`s of records named by id (members, addressees), in their own direction, the one
/// whose id is `selected` (as the form sent it) marked.
pub fn id_options(records: &[(i32, String)], selected: &str) -> impl IntoView {
    records
        .iter()
        .map(|(id, name)| {
            let value = id.to_string();
            let chosen = value == selected;
            view! {
                <option value=value selected=chosen dir="auto">
                    {name.clone()}
                </option>
            }
        })
        .collect_view()
}

/// The `<option>`s of a choice, labelled in the page's language, `selected` marking the current one.
pub fn choice_options<C: crate::domain::Choice + PartialEq>(choices: &[C], selected: Option<C>) -> impl IntoView {
    choices
        .iter()
        .copied()
        .map(|choice| {
            view! {
                <option value=choice.as_str() selected=selected == Some(choice)>
                    {tr_key(choice.label_key())}
                </option>
            }
        })
        .collect_view()
}
