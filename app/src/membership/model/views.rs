//! Members and applications as pages show them.
use super::*;
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

/// One application in the secretariat's queue, or in full.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationView {
    pub id: i32,
    pub kind: AuthorityKind,
    pub official_name: String,
    pub latin_name: String,
    pub english_name: Option<String>,
    pub french_name: Option<String>,
    pub country: String,
    pub region: Option<String>,
    pub population: Option<i64>,
    pub website: Option<String>,
    pub head_name: String,
    pub head_title: String,
    pub focal_name: String,
    pub focal_email: String,
    pub focal_phone: String,
    pub focal_language: Lang,
    pub motivation: String,
    pub status: MemberStatus,
    pub review_state: ReviewState,
    pub decision_reason: Option<String>,
    pub submitted_on: chrono::NaiveDate,
    /// Decimal degrees as the form shows them: the member's, or else the gazetteer's suggestion.
    pub latitude: String,
    pub longitude: String,
    /// The gazetteer's place the coordinates were suggested from, while the member has none.
    pub suggested_place: Option<String>,
}

/// A member in the public directory.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DirectoryEntry {
    pub id: i32,
    pub official_name: String,
    pub latin_name: String,
    pub english_name: Option<String>,
    pub french_name: Option<String>,
    pub kind: AuthorityKind,
    pub country: String,
    pub region: Option<String>,
    pub member_since: Option<chrono::NaiveDate>,
}

impl DirectoryEntry {
    /// The name a reader of `lang` sees first: their language's name when there is one, the
    /// official name for Arabic readers, the Latin transliteration otherwise.
    pub fn display_name(&self, lang: Lang) -> &str {
        shown_name(
            lang,
            &self.official_name,
            &self.latin_name,
            self.english_name.as_deref(),
            self.french_name.as_deref(),
        )
    }
}

/// The name a reader of `lang` knows a member by: the official one in Arabic, else the
/// English or French exonym when there is one, else the transliteration.
pub fn shown_name<'a>(
    lang: Lang,
    official: &'a str,
    latin: &'a str,
    english: Option<&'a str>,
    french: Option<&'a str>,
) -> &'a str {
    match lang {
        Lang::Ar => official,
        Lang::En => english.unwrap_or(latin),
        Lang::Fr => french.unwrap_or(latin),
    }
}

/// Filters of the public directory; empty strings mean "any".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DirectoryQuery {
    #[serde(default)]
    pub q: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub kind: String,
    /// `palestinian`, `international`, or empty.
    #[serde(default)]
    pub origin: String,
    /// `name` (default) or `newest`.
    #[serde(default)]
    pub sort: String,
    /// `good`, `arrears` (dues unpaid after their grace date), or empty; for signed-in readers
    /// only: the public's query drops it.
    #[serde(default)]
    pub standing: String,
    #[serde(default)]
    pub page: u64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DirectoryPage {
    pub entries: Vec<DirectoryEntry>,
    pub total: u64,
    pub page: u64,
    pub page_size: u64,
    pub has_more: bool,
}

/// A member's public page; the focal point's contact only for signed-in readers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberProfile {
    pub entry: DirectoryEntry,
    pub population: Option<i64>,
    pub website: Option<String>,
    pub head_name: String,
    pub head_title: String,
    pub status: MemberStatus,
    pub in_good_standing: bool,
    pub focal_contact: Option<FocalContact>,
    /// Suspensions, withdrawals and reinstatements, newest first.
    pub standing_history: Vec<StandingEvent>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FocalContact {
    pub name: String,
    pub email: String,
    pub phone: String,
}

/// A membership certificate, as printed and as verified.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CertificateView {
    pub number: i32,
    pub member: DirectoryEntry,
    pub status: MemberStatus,
    pub issued_on: chrono::NaiveDate,
    pub verify_url: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn valid() -> ApplicationInput {
        ApplicationInput {
            kind: "municipality".into(),
            official_name: "بلدية الخليل".into(),
            latin_name: "Baladiyat al-Khalīl".into(),
            english_name: "Hebron Municipality".into(),
            french_name: String::new(),
            country: "ps".into(),
            region: "Hebron Governorate".into(),
            population: "215,452".into(),
            website: "hebron-city.ps".into(),
            head_name: "Tayseer Abu Sneineh".into(),
            head_title: "Mayor".into(),
            focal_name: "Amal Haddad".into(),
            focal_email: "amal@hebron-city.ps".into(),
            focal_phone: "+970 2 222 8121".into(),
            focal_language: "ar".into(),
            motivation: "Cooperation on roads, GIS and heritage with cities of the network.".into(),
            latitude: "31,5294".into(),
            longitude: "35.0938".into(),
        }
    }

    #[test]
    fn a_complete_application_parses() {
        let application = Application::parse(&valid()).unwrap().profile;
        assert_eq!(application.country, "PS");
        assert_eq!(application.population, Some(215_452));
        assert_eq!(application.website.as_deref(), Some("https://hebron-city.ps"));
        assert_eq!(application.french_name, None);
        let coordinates = application.coordinates.unwrap();
        assert_eq!((coordinates.latitude_micro, coordinates.longitude_micro), (31_529_400, 35_093_800));
        assert_eq!(Coordinates::degrees_text(coordinates.latitude_micro), "31.5294");
        assert_eq!(Coordinates::degrees_text(-5_000_000), "-5");
        assert!(is_palestinian(&application.country));
        assert_eq!(application.names(), vec!["بلدية الخليل", "Baladiyat al-Khalīl", "Hebron Municipality"]);
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let input = ApplicationInput {
            kind: "kingdom".into(),
            latin_name: "بلدية".into(),
            country: "XX".into(),
            population: "many".into(),
            focal_email: "nope".into(),
            focal_phone: "12".into(),
            motivation: "short".into(),
            latitude: "91".into(),
            longitude: String::new(),
            ..valid()
        };
        let fields: Vec<_> = Application::parse(&input).unwrap_err().into_iter().map(|p| (p.field, p.key)).collect();
        assert_eq!(
            fields,
            vec![
                ("kind", "error-choice-invalid"),
                ("latin_name", "error-latin-only"),
                ("country", "error-choice-invalid"),
                ("population", "error-population"),
                ("focal_email", "error-email-invalid"),
                ("focal_phone", "error-phone"),
                ("latitude", "error-latitude"),
                ("longitude", "error-coordinates-pair"),
                ("motivation", "error-motivation-short"),
            ]
        );
    }

    #[test]
    fn names_for_each_reader() {
        let entry = DirectoryEntry {
            id: 1,
            official_name: "بلدية الخليل".into(),
            latin_name: "Baladiyat al-Khalil".into(),
            english_name: Some("Hebron Municipality".into()),
            french_name: None,
            kind: AuthorityKind::Municipality,
            country: "PS".into(),
            region: None,
            member_since: None,
        };
        assert_eq!(entry.display_name(Lang::Ar), "بلدية الخليل");
        assert_eq!(entry.display_name(Lang::En), "Hebron Municipality");
        assert_eq!(entry.display_name(Lang::Fr), "Baladiyat al-Khalil");
        assert_eq!(country_name("PS", Lang::Fr), Some("Palestine"));
        assert_eq!(countries_by_name(Lang::Ar).len(), 249);
        let codes: Vec<&str> = crate::membership::countries::COUNTRIES.iter().map(|c| c.0).collect();
        assert!(codes.windows(2).all(|pair| pair[0] < pair[1]), "in code order, for the binary search");
        assert_eq!(country_name("ZW", Lang::En), Some("Zimbabwe"));
        assert_eq!(country_name("XX", Lang::En), None);
    }
}
