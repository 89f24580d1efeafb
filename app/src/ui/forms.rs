//! Form pieces: the form-wide message, the message next to a field, a labelled input.
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
/// takes focus (on load without JavaScript, when the answer comes with it) and links each
/// refused field's message to the field, `#{prefix}-{field}` (the message itself without a
/// prefix). Errors that belong to no single field are its only line.
#[component]
pub fn FormError<T: Clone + Send + Sync + 'static>(
    result: Signal<Option<Result<T, AppError>>>,
    #[prop(optional)] prefix: Option<&'static str>,
) -> impl IntoView {
    let summary = NodeRef::<leptos::html::Div>::new();
    Effect::new(move || {
        if failed(&result.get()).is_some() {
            if let Some(element) = summary.get() {
                let _ = element.focus();
            }
        }
    });
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
                                let href = format!("#{target}");
                                view! {
                                    <li>
                                        <a href=href on:click=move |ev| focus_by_id(&ev, &target)>
                                            {tr_key(&key)}
                                        </a>
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
                    node_ref=summary
                    data-testid="problem-summary"
                >
                    {body}
                </div>
            }
        })
    }
}

/// Moves focus to the refused field (the router would only scroll to it), as GOV.UK's summary.
fn focus_by_id(ev: &leptos::ev::MouseEvent, id: &str) {
    use leptos::wasm_bindgen::JsCast;
    let field = document().get_element_by_id(id).and_then(|e| e.dyn_into::<leptos::web_sys::HtmlElement>().ok());
    if let Some(field) = field {
        ev.prevent_default();
        let _ = field.focus();
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

/// A labelled input of a form whose arguments are grouped under `group` (`group[field]`), with
/// the message the last submission left for it. Its id is `{prefix}-{field}`.
#[component]
pub fn TextInput(
    result: FormResult,
    group: &'static str,
    prefix: &'static str,
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
) -> impl IntoView {
    let id = format!("{prefix}-{field}");
    let hint_id = hint.as_ref().map(|_| format!("{id}-hint"));
    let invalid = refused(result, field);
    let described_by = {
        let hint_id = hint_id.clone();
        move || {
            let ids: Vec<String> = hint_id.iter().cloned().chain(invalid.get().then(|| error_id(field))).collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="field" class:field-invalid=invalid>
            <label for=id.clone()>{label} {required.then_some(" *")}</label>
            {hint
                .map(|hint| {
                    view! {
                        <p class="hint" id=hint_id.clone()>
                            {hint}
                        </p>
                    }
                })}
            <input
                id=id
                name=format!("{group}[{field}]")
                type=kind
                required=required
                dir=dir
                value=value
                autocomplete=autocomplete
                aria-invalid=move || invalid.get().then_some("true")
                aria-describedby=described_by
            />
            <FieldError result field />
        </div>
    }
}
