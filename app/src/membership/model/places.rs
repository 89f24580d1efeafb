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
