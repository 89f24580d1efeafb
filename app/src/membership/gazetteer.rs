//! Coordinates suggested for a member from GeoNames' places (`gazetteer.tsv`, made by
//! scripts/gen-gazetteer.py; GeoNames, CC BY 4.0): the most populous place of its country that
//! one of its names names. The file is searched where it lies, one country's lines at a time,
//! so nothing of it is kept in memory.
use super::names::normalize;

const PLACES: &str = include_str!("gazetteer.tsv");

/// A place of the gazetteer.
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    pub name: &'static str,
    pub latitude: f64,
    pub longitude: f64,
}

/// The lines of `country`'s places, most populous first (the file is sorted by country).
fn lines_of(country: &str) -> impl Iterator<Item = &'static str> {
    let prefix = format!("{country}\t");
    // The file's first country starts at its first byte, every other one after a line break.
    let start =
        if PLACES.starts_with(&prefix) { Some(0) } else { PLACES.find(&format!("\n{prefix}")).map(|at| at + 1) };
    let lines = start.map(|at| PLACES[at..].lines()).into_iter().flatten();
    lines.take_while(move |line| line.starts_with(&prefix))
}

/// The place of `country` that one of `names` names (in any script, with or without accents):
/// by the whole name first, else by a place's name among its words ("بلدية الخليل", "Hebron
/// Municipality", "Commune de Tanger"), the most populous first.
pub fn suggest(country: &str, names: &[&str]) -> Option<Place> {
    let country = country.trim().to_ascii_uppercase();
    if country.len() != 2 || !country.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let wanted: Vec<String> = names.iter().map(|n| normalize(n)).filter(|k| !k.is_empty()).collect();
    if wanted.is_empty() {
        return None;
    }
    let padded: Vec<String> = wanted.iter().map(|k| format!(" {k} ")).collect();
    let whole = |key: &str| wanted.iter().any(|w| w == key);
    // Four letters at least: "Al" or "Ar" alone names no place.
    let within = |key: &str| key.chars().count() >= 4 && padded.iter().any(|w| w.contains(&format!(" {key} ")));
    find(&country, whole).or_else(|| find(&country, within))
}

/// The first place of `country` one of whose names' keys `matches`.
fn find(country: &str, matches: impl Fn(&str) -> bool) -> Option<Place> {
    lines_of(country).find_map(|line| {
        let mut fields = line.split('\t');
        let (_, latitude, longitude, names) = (fields.next()?, fields.next()?, fields.next()?, fields.next()?);
        let first = names.split('|').next()?;
        names.split('|').any(|name| matches(&normalize(name))).then(|| Place {
            name: first,
            latitude: latitude.parse().unwrap_or_default(),
            longitude: longitude.parse().unwrap_or_default(),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_places_by_any_of_their_names() {
        let hebron = suggest("PS", &["بلدية الخليل", "Baladiyat al-Khalīl"]).unwrap();
        assert_eq!(hebron.name, "Hebron");
        assert!((hebron.latitude - 31.53).abs() < 0.01 && (hebron.longitude - 35.09).abs() < 0.01);
        assert_eq!(suggest("ps", &["Al-Khalil"]).unwrap().name, "Hebron");
        assert_eq!(suggest("JO", &["Amman"]).unwrap().name, "Amman");
        assert_eq!(suggest("MA", &["طنجة"]).unwrap().name, "Tangier");
        assert_eq!(suggest("MA", &["Commune de Tanger"]).unwrap().name, "Tangier");
        assert_eq!(suggest("JO", &["Greater Amman Municipality"]).unwrap().name, "Amman");
        // The first country of the file, and the last.
        assert!(suggest("AD", &["Andorra la Vella"]).is_some());
        assert!(suggest("ZW", &["Harare"]).is_some());
        // Another country's place, an unknown name, a malformed country.
        assert!(suggest("FR", &["Hebron"]).is_none());
        assert!(suggest("PS", &["Atlantis"]).is_none());
        assert!(suggest("P\tS", &["Hebron"]).is_none());
        assert!(suggest("PS", &[""]).is_none());
    }
}
