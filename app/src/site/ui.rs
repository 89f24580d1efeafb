//! Small pieces every page uses: translated errors, field messages, the current language.
use crate::error::AppError;
use crate::i18n::{Lang, Translated};
use leptos::prelude::*;
use leptos_fluent::I18n;
use std::borrow::Cow;
use std::collections::HashMap;

/// The page's language.
pub fn use_lang() -> Lang {
    Lang::parse(expect_context::<I18n>().language.get_untracked().id).unwrap_or(Lang::En)
}

/// A message by key (for keys that come from data, such as an error's).
pub fn tr_key(key: &str) -> String {
    expect_context::<I18n>().tr(key)
}

/// The translated message for an error.
pub fn error_text(error: &AppError) -> String {
    let i18n = expect_context::<I18n>();
    match error {
        AppError::RateLimited { seconds } => {
            let mut args: HashMap<Cow<'static, str>, _> = HashMap::new();
            args.insert(Cow::Borrowed("seconds"), (*seconds as f64).into());
            i18n.tr_with_args(error.message_key(), &args)
        }
        AppError::Duplicate { name, .. } => {
            let mut args: HashMap<Cow<'static, str>, _> = HashMap::new();
            args.insert(Cow::Borrowed("name"), name.clone().into());
            i18n.tr_with_args(error.message_key(), &args)
        }
        other => i18n.tr(other.message_key()),
    }
}

/// The last result of a form's action, as an error.
pub type ActionResult = Option<Result<(), AppError>>;

fn failed<T>(result: &Option<Result<T, AppError>>) -> Option<AppError> {
    result.as_ref().and_then(|r| r.as_ref().err()).cloned()
}

/// A form-wide message: errors that belong to no single field.
#[component]
pub fn FormError<T: Clone + Send + Sync + 'static>(result: Signal<Option<Result<T, AppError>>>) -> impl IntoView {
    move || {
        failed(&result.get()).filter(|e| e.field().is_none() || matches!(e, AppError::Fields(_))).map(|error| {
            view! { <p class="alert alert-error" role="alert">{error_text(&error)}</p> }
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
            view! { <p class="field-error" id=format!("{field}-error") role="alert">{message}</p> }
        })
    }
}

/// A labelled input of a form whose arguments are grouped under `group` (`group[field]`), with
/// the message the last submission left for it. Its id is `{prefix}-{field}`.
#[component]
pub fn TextInput(
    result: Signal<Option<Result<(), AppError>>>,
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

/// An error in place of a page's content (no access, not found…), with a way forward.
#[component]
pub fn ErrorPanel(error: AppError) -> impl IntoView {
    let signed_out = matches!(error, AppError::Unauthenticated);
    view! {
        <div class="alert alert-error" role="alert">
            <p>{error_text(&error)}</p>
            {signed_out.then(|| view! { <p><a href="/sign-in">{tr_key("nav-sign-in")}</a></p> })}
        </div>
    }
}

/// A query parameter of the current URL.
pub fn query_param(name: &'static str) -> Memo<Option<String>> {
    let query = leptos_router::hooks::use_query_map();
    Memo::new(move |_| query.with(|q| q.get(name)))
}

/// Text people typed in several languages, in the reader's language when it exists; otherwise the
/// original, marked so nobody mistakes it for a translation.
#[component]
pub fn TranslatedText(value: Translated) -> impl IntoView {
    let shown = value.show(use_lang());
    let (text, lang, is_fallback) = (shown.text.to_string(), shown.lang, shown.is_fallback);
    view! {
        <span lang=lang.code() dir=lang.dir()>{text}</span>
        {is_fallback.then(|| view! {
            <span class="fallback-note">
                " " {leptos_fluent::tr!("fallback-original-language", { "language" => lang.native_name() })}
            </span>
        })}
    }
}

/// Newer/older links of a paged list; `href` makes a page's address.
#[component]
pub fn Pager(page: u64, has_more: bool, href: impl Fn(u64) -> String + 'static) -> impl IntoView {
    view! {
        <nav class="pager">
            {(page > 0).then(|| view! { <a href=href(page - 1)>{leptos_fluent::tr!("pager-newer")}</a> })}
            {has_more.then(|| view! { <a href=href(page + 1)>{leptos_fluent::tr!("pager-older")}</a> })}
        </nav>
    }
}
