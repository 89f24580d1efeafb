//! The three working languages, language negotiation, and text that people type in several
//! languages.
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::HashMap;

// Every Fluent string of `locales/`, twice: pages insert values isolated (U+2068…U+2069), so a
// Latin name or a date keeps its own direction inside an Arabic sentence; emails, CSV and plain
// HTTP bodies get the same text without the marks, which some mail clients and spreadsheets show.
fluent_templates::static_loader! {
    pub static TRANSLATIONS = {
        locales: "../locales",
        fallback_language: "en",
        customise: |bundle| prepare_bundle(bundle, true),
    };
}

fluent_templates::static_loader! {
    static PLAIN_TRANSLATIONS = {
        locales: "../locales",
        fallback_language: "en",
        customise: |bundle| prepare_bundle(bundle, false),
    };
}

fn prepare_bundle(
    bundle: &mut fluent_templates::FluentBundle<&'static fluent_templates::fluent_bundle::FluentResource>,
    isolating: bool,
) {
    bundle.set_use_isolating(isolating);
    let lang = bundle.locales.first().and_then(|id| Lang::parse(id.language.as_str())).unwrap_or(Lang::En);
    // Plural messages select on `PLURAL($count)`: see `plural_category`.
    let registered = bundle.add_function("PLURAL", move |positional, _named| {
        FluentValue::from(positional.first().and_then(count_of).map_or("other", |n| plural_category(lang, n)))
    });
    debug_assert!(registered.is_ok(), "PLURAL registered twice");
}

/// A whole, non-negative count from a Fluent argument (a number, or digits as `translate` passes).
fn count_of(value: &FluentValue) -> Option<u64> {
    match value {
        FluentValue::Number(number) => {
            let n = number.value;
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // checked whole and in range
            (n >= 0.0 && n.fract() == 0.0 && n < 9.0e15).then_some(n as u64)
        }
        FluentValue::String(text) => text.trim().parse().ok(),
        _ => None,
    }
}

/// The CLDR cardinal plural category of a count in each language. Fluent's own rules
/// (intl_pluralrules 7.0.2) drop the `n % 100` of Arabic's few and many, so 103–110 and
/// 111–199 came out as "other" ("113 عضو").
pub fn plural_category(lang: Lang, n: u64) -> &'static str {
    match lang {
        Lang::Ar => match (n, n % 100) {
            (0, _) => "zero",
            (1, _) => "one",
            (2, _) => "two",
            (_, 3..=10) => "few",
            (_, 11..=99) => "many",
            _ => "other",
        },
        Lang::En => {
            if n == 1 {
                "one"
            } else {
                "other"
            }
        }
        Lang::Fr => match n {
            0 | 1 => "one",
            n if n % 1_000_000 == 0 => "many",
            _ => "other",
        },
    }
}

/// A message in a given language as plain text, outside any page (emails, exports).
pub fn translate(lang: Lang, key: &str, args: &[(&'static str, String)]) -> String {
    lookup(&*PLAIN_TRANSLATIONS, lang, key, args)
}

/// A message in a given language for a page or printed document, its values isolated: a page
/// shown in one language that prints another (a letter, a certificate).
pub fn translate_for_page(lang: Lang, key: &str, args: &[(&'static str, String)]) -> String {
    lookup(&*TRANSLATIONS, lang, key, args)
}

/// The page's language (leptos-fluent holds it for the request being rendered).
pub fn use_lang() -> Lang {
    use leptos::prelude::*;
    Lang::parse(expect_context::<leptos_fluent::I18n>().language.get_untracked().id).unwrap_or(Lang::En)
}

/// A page's message without arguments. Each is formatted once per language and kept: a page
/// asks for a hundred or more on every request, and a Fluent lookup costs far more than a map's.
/// Only keys the locales have are kept (at most one entry per key and language).
pub fn page_message(lang: Lang, key: &str) -> String {
    use std::sync::{OnceLock, RwLock};
    type Formatted = RwLock<HashMap<Box<str>, &'static str>>;
    static FORMATTED: [OnceLock<Formatted>; 3] = [const { OnceLock::new() }; 3];
    let cache = FORMATTED[lang.index()].get_or_init(Formatted::default);
    if let Some(text) = cache.read().ok().and_then(|held| held.get(key).copied()) {
        return text.to_string();
    }
    let id: LanguageIdentifier = lang.code().parse().expect("language codes are valid identifiers");
    match TRANSLATIONS.try_lookup(&id, key) {
        Some(text) => {
            if let Ok(mut held) = cache.write() {
                held.entry(key.into()).or_insert_with(|| Box::leak(text.clone().into_boxed_str()));
            }
            text
        }
        None => key.to_string(),
    }
}

/// A page's message with arguments (`tr!("key", { "name" => value })`), values isolated.
pub fn page_message_with(lang: Lang, key: &str, args: &[(&'static str, FluentValue<'_>)]) -> String {
    let id: LanguageIdentifier = lang.code().parse().expect("language codes are valid identifiers");
    let args: HashMap<Cow<'static, str>, FluentValue> =
        args.iter().map(|(name, value)| (Cow::Borrowed(*name), value.clone())).collect();
    TRANSLATIONS.lookup_with_args(&id, key, &args)
}

/// A message of the page's language: `tr!("key")`, or `tr!("key", { "name" => value, … })`
/// with values isolated in the sentence.
#[macro_export]
macro_rules! tr {
    ($key:expr) => {
        $crate::i18n::page_message($crate::i18n::use_lang(), $key)
    };
    ($key:expr, { $($name:literal => $value:expr),* $(,)? }) => {
        $crate::i18n::page_message_with(
            $crate::i18n::use_lang(),
            $key,
            &[$(($name, ::fluent_templates::fluent_bundle::FluentValue::from($value))),*],
        )
    };
}

fn lookup(loader: &impl Loader, lang: Lang, key: &str, args: &[(&'static str, String)]) -> String {
    let id: LanguageIdentifier = lang.code().parse().expect("language codes are valid identifiers");
    let args: HashMap<Cow<'static, str>, FluentValue> =
        args.iter().map(|(name, value)| (Cow::Borrowed(*name), FluentValue::from(value.clone()))).collect();
    loader.lookup_with_args(&id, key, &args)
}

/// Dates as people write them in each language: "Tuesday 1 December 2026", "mardi 1er décembre
/// 2026", "الثلاثاء 1 ديسمبر 2026" (Western digits, which the network uses in all three).
pub mod dates {
    use super::{Lang, PLAIN_TRANSLATIONS};
    use chrono::{Datelike, NaiveDate, NaiveDateTime, Weekday};
    use fluent_templates::fluent_bundle::FluentValue;
    use fluent_templates::{LanguageIdentifier, Loader};
    use std::borrow::Cow;
    use std::collections::HashMap;

    const MONTHS: [&str; 12] = [
        "date-month-january",
        "date-month-february",
        "date-month-march",
        "date-month-april",
        "date-month-may",
        "date-month-june",
        "date-month-july",
        "date-month-august",
        "date-month-september",
        "date-month-october",
        "date-month-november",
        "date-month-december",
    ];

    fn weekday_key(day: Weekday) -> &'static str {
        match day {
            Weekday::Mon => "date-weekday-monday",
            Weekday::Tue => "date-weekday-tuesday",
            Weekday::Wed => "date-weekday-wednesday",
            Weekday::Thu => "date-weekday-thursday",
            Weekday::Fri => "date-weekday-friday",
            Weekday::Sat => "date-weekday-saturday",
            Weekday::Sun => "date-weekday-sunday",
        }
    }

    fn message(lang: Lang, key: &str, args: Vec<(&'static str, FluentValue<'static>)>) -> String {
        let id: LanguageIdentifier = lang.code().parse().expect("language codes are valid identifiers");
        let args: HashMap<Cow<'static, str>, FluentValue> =
            args.into_iter().map(|(name, value)| (Cow::Borrowed(name), value)).collect();
        PLAIN_TRANSLATIONS.lookup_with_args(&id, key, &args)
    }

    /// A piece of a date formatted once per language and kept: the words (months, weekdays), the
    /// day numbers and the patterns, so that a date costs string copies, not Fluent lookups
    /// (a directory page writes twenty). At most a few hundred entries in all.
    fn kept(lang: Lang, key: &'static str, number: u32, make: impl FnOnce() -> String) -> &'static str {
        use std::sync::{OnceLock, RwLock};
        type Kept = RwLock<HashMap<(Lang, &'static str, u32), &'static str>>;
        static KEPT: OnceLock<Kept> = OnceLock::new();
        let kept = KEPT.get_or_init(Kept::default);
        if let Some(text) = kept.read().ok().and_then(|held| held.get(&(lang, key, number)).copied()) {
            return text;
        }
        let text: &'static str = Box::leak(make().into_boxed_str());
        match kept.write() {
            Ok(mut held) => held.entry((lang, key, number)).or_insert(text),
            Err(_) => text,
        }
    }

    fn word(lang: Lang, key: &'static str) -> &'static str {
        kept(lang, key, 0, || message(lang, key, Vec::new()))
    }

    fn placeholder(name: &str) -> String {
        format!("\u{e000}{name}\u{e001}")
    }

    /// A pattern ("{ $weekday } { $day } { $month } { $year }") in `lang`, and the values put in
    /// place of its arguments.
    fn fill(lang: Lang, key: &'static str, values: &[(&'static str, &str)]) -> String {
        let pattern = kept(lang, key, 0, || {
            message(lang, key, values.iter().map(|(name, _)| (*name, FluentValue::from(placeholder(name)))).collect())
        });
        values.iter().fold(pattern.to_string(), |text, (name, value)| text.replace(&placeholder(name), value))
    }

    fn month(lang: Lang, date: NaiveDate) -> &'static str {
        word(lang, MONTHS[date.month0() as usize])
    }

    /// The day of the month as written before a month's name ("1er" in French).
    fn day(lang: Lang, date: NaiveDate) -> &'static str {
        kept(lang, "date-day", date.day(), || message(lang, "date-day", vec![("day", FluentValue::from(date.day()))]))
    }

    /// A date never breaks across lines: its words are joined by no-break spaces.
    fn unbroken(text: String) -> String {
        text.replace(' ', "\u{a0}")
    }

    /// With the weekday: "Tuesday 1 December 2026".
    pub fn long(lang: Lang, date: NaiveDate) -> String {
        let year = date.year().to_string();
        let weekday = word(lang, weekday_key(date.weekday()));
        let values = [("weekday", weekday), ("day", day(lang, date)), ("month", month(lang, date)), ("year", &year)];
        unbroken(fill(lang, "date-long", &values))
    }

    /// Without the weekday: "1 December 2026".
    pub fn medium(lang: Lang, date: NaiveDate) -> String {
        let year = date.year().to_string();
        unbroken(fill(lang, "date-medium", &[("day", day(lang, date)), ("month", month(lang, date)), ("year", &year)]))
    }

    /// "1–3 December 2026" within a month, "30 November 2026 – 2 December 2026" otherwise.
    pub fn range(lang: Lang, from: NaiveDate, to: NaiveDate) -> String {
        if from == to {
            return medium(lang, from);
        }
        if (from.year(), from.month()) == (to.year(), to.month()) {
            let year = to.year().to_string();
            let values =
                [("from", day(lang, from)), ("to", day(lang, to)), ("month", month(lang, to)), ("year", &year)];
            return unbroken(fill(lang, "date-range-in-month", &values));
        }
        fill(lang, "date-range", &[("from", &medium(lang, from)), ("to", &medium(lang, to))])
    }

    /// A local date and time: "Tuesday 1 December 2026, 09:00".
    pub fn with_time(lang: Lang, at: NaiveDateTime) -> String {
        fill(lang, "date-with-time", &[("date", &long(lang, at.date())), ("time", &at.format("%H:%M").to_string())])
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        fn date(text: &str) -> NaiveDate {
            text.parse().unwrap()
        }

        fn long(lang: Lang, date: NaiveDate) -> String {
            super::long(lang, date).replace('\u{a0}', " ")
        }

        fn medium(lang: Lang, date: NaiveDate) -> String {
            super::medium(lang, date).replace('\u{a0}', " ")
        }

        fn range(lang: Lang, from: NaiveDate, to: NaiveDate) -> String {
            super::range(lang, from, to).replace('\u{a0}', " ")
        }

        fn with_time(lang: Lang, at: NaiveDateTime) -> String {
            super::with_time(lang, at).replace('\u{a0}', " ")
        }

        #[test]
        fn a_date_never_breaks_but_a_range_may_break_at_its_dash() {
            let shown = super::range(Lang::En, date("2026-11-30"), date("2026-12-02"));
            assert_eq!(shown, "30\u{a0}November\u{a0}2026 – 2\u{a0}December\u{a0}2026");
        }

        #[test]
        fn each_language_writes_its_own_dates() {
            let d = date("2026-12-01");
            assert_eq!(long(Lang::En, d), "Tuesday 1 December 2026");
            assert_eq!(long(Lang::Fr, d), "mardi 1er décembre 2026");
            assert_eq!(long(Lang::Ar, d), "الثلاثاء 1 ديسمبر 2026");
            assert_eq!(medium(Lang::Fr, date("2027-02-14")), "14 février 2027");
        }

        #[test]
        fn ranges_share_month_and_year_when_they_can() {
            assert_eq!(range(Lang::En, date("2026-12-01"), date("2026-12-03")), "1–3 December 2026");
            assert_eq!(range(Lang::Fr, date("2026-12-01"), date("2026-12-03")), "1er–3 décembre 2026");
            assert_eq!(range(Lang::Ar, date("2026-11-30"), date("2027-01-02")), "30 نوفمبر 2026 – 2 يناير 2027");
            assert_eq!(range(Lang::En, date("2026-12-01"), date("2026-12-01")), "1 December 2026");
        }

        #[test]
        fn times_follow_the_date() {
            let at = date("2026-12-01").and_hms_opt(9, 5, 0).unwrap();
            assert_eq!(with_time(Lang::En, at), "Tuesday 1 December 2026, 09:05");
            assert_eq!(with_time(Lang::Fr, at), "mardi 1er décembre 2026 à 09:05");
            assert_eq!(with_time(Lang::Ar, at), "الثلاثاء 1 ديسمبر 2026، الساعة 09:05");
        }
    }
}

/// Names in the order each language sorts them: CLDR's collation (ICU4X), digits by their value
/// ("Bayt 2" before "Bayt 10"), Arabic letters in Arabic order, accents second in French.
#[cfg(feature = "ssr")]
pub mod collation {
    use super::Lang;
    use icu_collator::options::CollatorOptions;
    use icu_collator::preferences::CollationNumericOrdering;
    use icu_collator::{Collator, CollatorBorrowed, CollatorPreferences};
    use icu_locale_core::locale;
    use std::sync::OnceLock;

    fn collator(lang: Lang) -> &'static CollatorBorrowed<'static> {
        static COLLATORS: [OnceLock<CollatorBorrowed<'static>>; 3] = [const { OnceLock::new() }; 3];
        COLLATORS[lang.index()].get_or_init(|| {
            let mut prefs: CollatorPreferences = match lang {
                Lang::Ar => locale!("ar"),
                Lang::En => locale!("en"),
                Lang::Fr => locale!("fr"),
            }
            .into();
            prefs.numeric_ordering = Some(CollationNumericOrdering::True);
            Collator::try_new(prefs, CollatorOptions::default()).expect("the compiled data holds ar, en and fr")
        })
    }

    /// Bytes that sort as `text` does in `lang` (compared as plain bytes).
    pub fn sort_key(lang: Lang, text: &str) -> Vec<u8> {
        let mut key = Vec::with_capacity(text.len() * 2);
        let Ok(()) = collator(lang).write_sort_key_to(text, &mut key);
        key
    }

    pub fn compare(lang: Lang, a: &str, b: &str) -> std::cmp::Ordering {
        collator(lang).compare(a, b)
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        fn sorted(lang: Lang, names: &[&str]) -> Vec<String> {
            let mut names: Vec<String> = names.iter().map(|n| n.to_string()).collect();
            names.sort_by_cached_key(|n| sort_key(lang, n));
            names
        }

        #[test]
        fn numbers_sort_by_value() {
            let names = ["Village 10", "Village 2", "Village 100", "Village 1", "Village 11"];
            assert_eq!(sorted(Lang::En, &names), ["Village 1", "Village 2", "Village 10", "Village 11", "Village 100"]);
        }

        #[test]
        fn arabic_names_in_arabic_order() {
            // ا ب ت ج ح خ … ي; hamza forms and the article do not scatter them.
            let names = ["يطا", "بيت لحم", "أريحا", "الخليل", "جنين", "طولكرم", "نابلس", "رام الله"];
            assert_eq!(
                sorted(Lang::Ar, &names),
                ["أريحا", "الخليل", "بيت لحم", "جنين", "رام الله", "طولكرم", "نابلس", "يطا"]
            );
        }

        #[test]
        fn french_accents_do_not_send_names_to_the_end() {
            let names = ["Zarzis", "Évry", "Ecully", "Étampes", "Abbeville"];
            assert_eq!(sorted(Lang::Fr, &names), ["Abbeville", "Ecully", "Étampes", "Évry", "Zarzis"]);
            assert_eq!(compare(Lang::Fr, "Égypte", "Espagne"), std::cmp::Ordering::Less);
        }
    }
}

/// A working language of the network.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "ssr", derive(sea_orm::DeriveActiveEnum, sea_orm::EnumIter))]
#[cfg_attr(feature = "ssr", sea_orm(rs_type = "String", db_type = "Text", rename_all = "lowercase"))]
pub enum Lang {
    Ar,
    En,
    Fr,
}

/// Name of the cookie that remembers the chosen language (read by leptos-fluent too).
pub const LANG_COOKIE: &str = "sumud_lang";
/// URL parameter that switches the language.
pub const LANG_PARAM: &str = "lang";

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Ar, Lang::En, Lang::Fr];

    /// The language's place in [`Lang::ALL`], for tables kept per language.
    pub fn index(self) -> usize {
        match self {
            Lang::Ar => 0,
            Lang::En => 1,
            Lang::Fr => 2,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    /// Accepts `ar`, `AR`, `ar-PS`, `fr_FR`…; anything else is `None`.
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "ar" => Some(Lang::Ar),
            "en" => Some(Lang::En),
            "fr" => Some(Lang::Fr),
            _ => None,
        }
    }

    pub fn is_rtl(self) -> bool {
        matches!(self, Lang::Ar)
    }

    pub fn dir(self) -> &'static str {
        if self.is_rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// The language's name in itself, as shown in the language switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Ar => "العربية",
            Lang::En => "English",
            Lang::Fr => "Français",
        }
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// Picks the language of a request: URL parameter, then cookie, then `Accept-Language`
/// (highest quality first), then English.
pub fn negotiate(url_param: Option<&str>, cookie: Option<&str>, accept_language: Option<&str>) -> Lang {
    url_param
        .and_then(Lang::parse)
        .or_else(|| cookie.and_then(Lang::parse))
        .or_else(|| accept_language.and_then(best_accepted))
        .unwrap_or(Lang::En)
}

fn best_accepted(header: &str) -> Option<Lang> {
    let mut candidates: Vec<(f32, usize, Lang)> = header
        .split(',')
        .enumerate()
        .filter_map(|(position, part)| {
            let mut pieces = part.split(';');
            let lang = Lang::parse(pieces.next()?)?;
            let quality = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            (quality > 0.0).then_some((quality, position, lang))
        })
        .collect();
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    candidates.first().map(|c| c.2)
}

/// Text typed by people in one or more of the working languages. Stored as one JSON value;
/// `original` records the language it was written in, which must be present.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Translated {
    pub original: Lang,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ar: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fr: Option<String>,
}

/// What to show a reader: the text, and the language it is in when it is not theirs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shown<'a> {
    pub text: &'a str,
    pub lang: Lang,
    pub is_fallback: bool,
}

impl Translated {
    /// Text written in one language only.
    pub fn original(lang: Lang, text: impl Into<String>) -> Self {
        let mut value = Translated { original: lang, ar: None, en: None, fr: None };
        value.set(lang, Some(text.into()));
        value
    }

    fn slot(&self, lang: Lang) -> Option<&str> {
        match lang {
            Lang::Ar => self.ar.as_deref(),
            Lang::En => self.en.as_deref(),
            Lang::Fr => self.fr.as_deref(),
        }
        .filter(|s| !s.trim().is_empty())
    }

    pub fn set(&mut self, lang: Lang, text: Option<String>) {
        let text = text.map(|t| t.trim().to_string()).filter(|t| !t.is_empty());
        match lang {
            Lang::Ar => self.ar = text,
            Lang::En => self.en = text,
            Lang::Fr => self.fr = text,
        }
    }

    /// The reader's language when present, otherwise the original, flagged as a fallback.
    pub fn show(&self, reader: Lang) -> Shown<'_> {
        match self.slot(reader) {
            Some(text) => Shown { text, lang: reader, is_fallback: false },
            None => {
                Shown { text: self.slot(self.original).unwrap_or_default(), lang: self.original, is_fallback: true }
            }
        }
    }

    /// Valid when the original language's text is present.
    pub fn is_valid(&self) -> bool {
        self.slot(self.original).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn translate_renders_each_language_with_arguments() {
        let en = translate(Lang::En, "email-greeting", &[("name", "Amal".into())]);
        let ar = translate(Lang::Ar, "email-greeting", &[("name", "Amal".into())]);
        assert!(en.contains("Amal") && ar.contains("Amal"));
        assert_ne!(en, ar);
    }

    #[test]
    fn pages_isolate_inserted_values_and_plain_text_does_not() {
        let args = [("name", "Amal".to_string())];
        assert_eq!(translate(Lang::Ar, "email-greeting", &args).matches('\u{2068}').count(), 0);
        let page = translate_for_page(Lang::Ar, "email-greeting", &args);
        assert!(page.contains("\u{2068}Amal\u{2069}"), "{page:?}");
    }

    #[test]
    fn url_parameter_beats_cookie_beats_header() {
        assert_eq!(negotiate(Some("fr"), Some("ar"), Some("en")), Lang::Fr);
        assert_eq!(negotiate(None, Some("ar"), Some("fr")), Lang::Ar);
        assert_eq!(negotiate(Some("xx"), None, Some("fr-FR,fr;q=0.9")), Lang::Fr);
        assert_eq!(negotiate(None, None, None), Lang::En);
    }

    #[test]
    fn accept_language_honours_quality() {
        assert_eq!(negotiate(None, None, Some("de;q=1.0, fr;q=0.5, ar;q=0.8")), Lang::Ar);
        assert_eq!(negotiate(None, None, Some("ar-PS")), Lang::Ar);
        assert_eq!(negotiate(None, None, Some("de, es")), Lang::En);
        assert_eq!(negotiate(None, None, Some("fr;q=0, en;q=0.1")), Lang::En);
    }

    #[test]
    fn missing_translation_falls_back_to_original_visibly() {
        let mut name = Translated::original(Lang::Ar, "بلدية الخليل");
        let shown = name.show(Lang::Fr);
        assert_eq!(shown.text, "بلدية الخليل");
        assert_eq!(shown.lang, Lang::Ar);
        assert!(shown.is_fallback);

        name.set(Lang::Fr, Some("Municipalité d'Hébron".into()));
        let shown = name.show(Lang::Fr);
        assert_eq!(shown.text, "Municipalité d'Hébron");
        assert!(!shown.is_fallback);
    }

    #[test]
    fn blank_original_is_invalid_and_json_round_trips() {
        let mut value = Translated::original(Lang::En, "Hebron");
        assert!(value.is_valid());
        value.set(Lang::En, Some("   ".into()));
        assert!(!value.is_valid());

        let value = Translated::original(Lang::Fr, "Tanger");
        let json = serde_json::to_string(&value).unwrap();
        assert_eq!(json, r#"{"original":"fr","fr":"Tanger"}"#);
        assert_eq!(serde_json::from_str::<Translated>(&json).unwrap(), value);
    }
}
