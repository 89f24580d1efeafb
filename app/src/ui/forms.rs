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

/// A form-wide message: errors that belong to no single field.
#[component]
pub fn FormError<T: Clone + Send + Sync + 'static>(result: Signal<Option<Result<T, AppError>>>) -> impl IntoView {
    move || {
        failed(&result.get()).filter(|e| e.field().is_none() || matches!(e, AppError::Fields(_))).map(|error| {
            view! {
                <p class="alert alert-error" role="alert">
                    {error_text(&error)}
                </p>
            }
        })
    }
}

/// The message next to one field, when the last submission refused it.
#[component]
pub fn FieldError<T: Clone + Send + Sync + 'static>(
    result: Signal<Option<Result<T, AppError>>>,
    field: &'static str,
) -> impl IntoView {
    move || {
        failed(&result.get()).and_then(|e| e.key_for(field).map(tr_key)).map(|message| {
            view! {
                <p class="field-error" id=format!("{field}-error") role="alert">
                    {message}
                </p>
            }
        })
    }
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
) -> impl IntoView {
    let id = format!("{prefix}-{field}");
    view! {
        <div class="field">
            <label for=id.clone()>{label} {required.then_some(" *")}</label>
            {hint.map(|hint| view! { <p class="hint">{hint}</p> })}
            <input id=id name=format!("{group}[{field}]") type=kind required=required dir=dir value=value />
            <FieldError result field />
        </div>
    }
}
