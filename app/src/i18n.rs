//! The three working languages, language negotiation, and text that people type in several
//! languages.
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::HashMap;

// Every Fluent string of `locales/`, shared by the UI and by server-rendered emails.
fluent_templates::static_loader! {
    pub static TRANSLATIONS = {
        locales: "../locales",
        fallback_language: "en",
        customise: |bundle| {
            // Plain text: no Unicode isolation marks around arguments (emails, CSV, test assertions).
            bundle.set_use_isolating(false);
            let lang = bundle.locales.first().and_then(|id| Lang::parse(id.language.as_str())).unwrap_or(Lang::En);
            // Plural messages select on `PLURAL($count)`: see `plural_category`.
            let registered = bundle.add_function("PLURAL", move |positional, _named| {
                FluentValue::from(positional.first().and_then(count_of).map_or("other", |n| plural_category(lang, n)))
            });
            debug_assert!(registered.is_ok(), "PLURAL registered twice");
        },
    };
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

/// A message in a given language, outside any page (emails, exports).
pub fn translate(lang: Lang, key: &str, args: &[(&'static str, String)]) -> String {
    let id: LanguageIdentifier = lang.code().parse().expect("language codes are valid identifiers");
    let args: HashMap<Cow<'static, str>, FluentValue> =
        args.iter().map(|(name, value)| (Cow::Borrowed(*name), FluentValue::from(value.clone()))).collect();
    TRANSLATIONS.lookup_with_args(&id, key, &args)
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
