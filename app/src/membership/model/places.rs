//! Countries: names in each language, and whether an authority is Palestinian.
use crate::i18n::Lang;

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

/// A country's name in `lang`.
pub fn country_name(code: &str, lang: Lang) -> Option<&'static str> {
    crate::membership::countries::COUNTRIES.iter().find(|c| c.0 == code).map(|entry| name_in(entry, lang))
}

/// Every country as (code, name in `lang`), sorted by that name; computed once per language,
/// since every directory page and form lists them.
pub fn countries_by_name(lang: Lang) -> &'static [(&'static str, &'static str)] {
    use std::sync::OnceLock;
    static SORTED: [OnceLock<Vec<(&'static str, &'static str)>>; 3] = [const { OnceLock::new() }; 3];
    let slot = match lang {
        Lang::Ar => 0,
        Lang::En => 1,
        Lang::Fr => 2,
    };
    SORTED[slot].get_or_init(|| {
        let mut list: Vec<_> =
            crate::membership::countries::COUNTRIES.iter().map(|entry| (entry.0, name_in(entry, lang))).collect();
        list.sort_by(|a, b| a.1.cmp(b.1));
        list
    })
}
