//! Translated text: the page's language, messages by key, errors, multilingual values.
use crate::error::AppError;
use crate::i18n::{dates, Translated};
use chrono::{NaiveDate, NaiveDateTime};
use leptos::prelude::*;

pub use crate::i18n::use_lang;

/// A message by key (for keys that come from data, such as an error's).
pub fn tr_key(key: &str) -> String {
    crate::i18n::page_message(use_lang(), key)
}

/// The translated message for an error.
pub fn error_text(error: &AppError) -> String {
    match error {
        AppError::RateLimited { seconds } => {
            crate::tr!(error.message_key(), { "seconds" => *seconds })
        }
        other => tr_key(other.message_key()),
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
                        " " {crate::tr!("fallback-original-language", { "language" => lang.native_name() })}
                    </span>
                }
            })}
    }
}

/// A date in the reader's language, with its weekday ("Tuesday 1 December 2026").
#[component]
pub fn LongDate(date: NaiveDate) -> impl IntoView {
    view! { <time datetime=date.to_string()>{dates::long(use_lang(), date)}</time> }
}

/// A date in the reader's language, without its weekday ("1 December 2026").
#[component]
pub fn MediumDate(date: NaiveDate) -> impl IntoView {
    view! { <time datetime=date.to_string()>{dates::medium(use_lang(), date)}</time> }
}

/// The days of something that lasts ("1–3 December 2026").
#[component]
pub fn DateRange(from: NaiveDate, to: NaiveDate) -> impl IntoView {
    view! { <span class="date-range">{dates::range(use_lang(), from, to)}</span> }
}

/// A local date and time ("Tuesday 1 December 2026, 09:00"); `utc` when it is UTC's.
#[component]
pub fn LocalDateTime(at: NaiveDateTime, #[prop(optional)] utc: bool) -> impl IntoView {
    let machine = format!("{}{}", at.format("%Y-%m-%dT%H:%M"), if utc { "Z" } else { "" });
    view! { <time datetime=machine>{dates::with_time(use_lang(), at)} {utc.then_some(" UTC")}</time> }
}
