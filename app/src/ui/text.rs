//! Translated text: the page's language, messages by key, errors, multilingual values.
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
        other => i18n.tr(other.message_key()),
    }
}

/// Text people typed in several languages, in the reader's language when it exists; otherwise the
/// original, marked so nobody mistakes it for a translation.
#[component]
pub fn TranslatedText(value: Translated) -> impl IntoView {
    let shown = value.show(use_lang());
    let (text, lang, is_fallback) = (shown.text.to_string(), shown.lang, shown.is_fallback);
    view! {
        <span lang=lang.code() dir=lang.dir()>
            {text}
        </span>
        {is_fallback
            .then(|| {
                view! {
                    <span class="fallback-note">
                        " " {leptos_fluent::tr!("fallback-original-language", { "language" => lang.native_name() })}
                    </span>
                }
            })}
    }
}
