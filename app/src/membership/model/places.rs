//! Countries: names in each language, and whether an authority is Palestinian.
use crate::domain::FieldError;
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

/// Palestinian or international: derived from the country, never typed.
pub fn is_palestinian(country: &str) -> bool {
    country == "PS"
}

pub(super) fn name_in(
    entry: &'static (&'static str, &'static str, &'static str, &'static str),
    lang: Lang,
) -> &'static str {
    let (_, en, ar, fr) = entry;
    match lang {
        Lang::Ar => ar,
        Lang::En => en,
        Lang::Fr => fr,
    }
}

/// A country's name in `lang` (the table is generated in code order).
pub fn country_name(code: &str, lang: Lang) -> Option<&'static str> {
    let countries = &crate::membership::countries::COUNTRIES;
    countries.binary_search_by_key(&code, |c| c.0).ok().map(|at| name_in(&countries[at], lang))
}

/// Every country as (code, name in `lang`), sorted by that name; computed once per language,
/// since every directory page and form lists them.
pub fn countries_by_name(lang: Lang) -> &'static [(&'static str, &'static str)] {
    use std::sync::OnceLock;
    static SORTED: [OnceLock<Vec<(&'static str, &'static str)>>; 3] = [const { OnceLock::new() }; 3];
    SORTED[lang.index()].get_or_init(|| {
        let mut list: Vec<_> =
            crate::membership::countries::COUNTRIES.iter().map(|entry| (entry.0, name_in(entry, lang))).collect();
        // In the reader's order ("Égypte" among the E); the browser build has no collation data.
        #[cfg(feature = "ssr")]
        list.sort_by(|a, b| crate::i18n::collation::compare(lang, a.1, b.1));
        #[cfg(not(feature = "ssr"))]
        list.sort_by(|a, b| a.1.cmp(b.1));
        list
    })
}

/// Where a member is, in millionths of a degree: whole numbers, so that a place compares and
/// stores exactly (a millionth of a degree is about 11 cm).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Coordinates {
    pub latitude_micro: i32,
    pub longitude_micro: i32,
}

impl Coordinates {
    /// From decimal degrees as typed ("31.5294", "31,5294" with a decimal comma, "-5.8"): both
    /// or neither. `None` when both are empty or either is refused (each refusal in `problems`).
    // The value is within ±180 degrees before it is cast: its millionths fit an i32.
    #[allow(clippy::cast_possible_truncation)]
    pub fn parse(latitude: &str, longitude: &str, problems: &mut Vec<FieldError>) -> Option<Coordinates> {
        let (latitude, longitude) = (latitude.trim(), longitude.trim());
        if latitude.is_empty() && longitude.is_empty() {
            return None;
        }
        let degrees =
            |typed: &str, field: &'static str, limit: f64, key: &'static str, problems: &mut Vec<FieldError>| {
                if typed.is_empty() {
                    problems.push(FieldError { field, key: "error-coordinates-pair" });
                    return None;
                }
                match typed.replace(',', ".").parse::<f64>() {
                    Ok(value) if value.is_finite() && value.abs() <= limit => Some((value * 1e6).round() as i32),
                    _ => {
                        problems.push(FieldError { field, key });
                        None
                    }
                }
            };
        let latitude_micro = degrees(latitude, "latitude", 90.0, "error-latitude", problems);
        let longitude_micro = degrees(longitude, "longitude", 180.0, "error-longitude", problems);
        Some(Coordinates { latitude_micro: latitude_micro?, longitude_micro: longitude_micro? })
    }

    /// From the two stored columns, when both are there.
    pub fn stored(latitude_micro: Option<i32>, longitude_micro: Option<i32>) -> Option<Coordinates> {
        Some(Coordinates { latitude_micro: latitude_micro?, longitude_micro: longitude_micro? })
    }

    pub fn latitude(self) -> f64 {
        f64::from(self.latitude_micro) / 1e6
    }

    pub fn longitude(self) -> f64 {
        f64::from(self.longitude_micro) / 1e6
    }

    /// Decimal degrees as a form shows them again: "31.5294", never "31.529400".
    pub fn degrees_text(micro: i32) -> String {
        let text = format!("{:.6}", f64::from(micro) / 1e6);
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}
