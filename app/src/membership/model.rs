//! The area's types that pages and the server share: enums, inputs and their parsing, views.
use crate::domain::Choice;
use crate::domain::{optional_text as optional, required_text as required, EmailAddress, FieldError, PersonName};
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

/// The kinds of authority that may join.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::Display,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::EnumMessage,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "ssr", derive(sea_orm::DeriveActiveEnum, sea_orm::EnumIter))]
#[cfg_attr(feature = "ssr", sea_orm(rs_type = "String", db_type = "Text", rename_all = "snake_case"))]
pub enum AuthorityKind {
    #[strum(message = "kind-municipality")]
    Municipality,
    #[strum(message = "kind-village-council")]
    VillageCouncil,
    #[strum(message = "kind-association")]
    Association,
    #[strum(message = "kind-regional")]
    Regional,
    #[strum(message = "kind-other")]
    Other,
}

/// Where a member stands in the network.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::Display,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::EnumMessage,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "ssr", derive(sea_orm::DeriveActiveEnum, sea_orm::EnumIter))]
#[cfg_attr(feature = "ssr", sea_orm(rs_type = "String", db_type = "Text", rename_all = "snake_case"))]
pub enum MemberStatus {
    #[strum(message = "status-applicant")]
    Applicant,
    #[strum(message = "status-active")]
    Active,
    #[strum(message = "status-suspended")]
    Suspended,
    #[strum(message = "status-withdrawn")]
    Withdrawn,
    #[strum(message = "status-rejected")]
    Rejected,
}

/// Where an application is in the secretariat's review.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::Display,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::EnumMessage,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "ssr", derive(sea_orm::DeriveActiveEnum, sea_orm::EnumIter))]
#[cfg_attr(feature = "ssr", sea_orm(rs_type = "String", db_type = "Text", rename_all = "snake_case"))]
pub enum ReviewState {
    #[strum(message = "review-pending")]
    Pending,
    #[strum(message = "review-info-requested")]
    InfoRequested,
    #[strum(message = "review-approved")]
    Approved,
    #[strum(message = "review-rejected")]
    Rejected,
}

/// The secretariat's decision on an application.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::Display,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::EnumMessage,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "ssr", derive(sea_orm::DeriveActiveEnum, sea_orm::EnumIter))]
#[cfg_attr(feature = "ssr", sea_orm(rs_type = "String", db_type = "Text", rename_all = "snake_case"))]
pub enum Decision {
    Approve,
    Reject,
    RequestInformation,
}

/// Palestinian or international: derived from the country, never typed.
pub fn is_palestinian(country: &str) -> bool {
    country == "PS"
}

fn name_in(entry: &'static (&'static str, &'static str, &'static str, &'static str), lang: Lang) -> &'static str {
    let (_, en, ar, fr) = entry;
    match lang {
        Lang::Ar => ar,
        Lang::En => en,
        Lang::Fr => fr,
    }
}

/// A country's name in `lang`.
pub fn country_name(code: &str, lang: Lang) -> Option<&'static str> {
    super::countries::COUNTRIES.iter().find(|c| c.0 == code).map(|entry| name_in(entry, lang))
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
            super::countries::COUNTRIES.iter().map(|entry| (entry.0, name_in(entry, lang))).collect();
        list.sort_by(|a, b| a.1.cmp(b.1));
        list
    })
}

/// What the application form sends, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ApplicationInput {
    pub kind: String,
    pub official_name: String,
    pub latin_name: String,
    pub english_name: String,
    pub french_name: String,
    pub country: String,
    pub region: String,
    pub population: String,
    pub website: String,
    pub head_name: String,
    pub head_title: String,
    pub focal_name: String,
    pub focal_email: String,
    pub focal_phone: String,
    pub focal_language: String,
    pub motivation: String,
}

/// A member's profile whose every field was checked: what the application form and the
/// profile form share.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Profile {
    pub kind: AuthorityKind,
    pub official_name: String,
    pub latin_name: String,
    pub english_name: Option<String>,
    pub french_name: Option<String>,
    pub country: String,
    pub region: Option<String>,
    pub population: Option<i64>,
    pub website: Option<String>,
    pub head_name: PersonName,
    pub head_title: String,
    pub focal_name: PersonName,
    pub focal_email: EmailAddress,
    pub focal_phone: String,
    pub focal_language: Lang,
}

/// An application: a profile and the authority's motivation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Application {
    pub profile: Profile,
    pub motivation: String,
}

impl Profile {
    /// Checks every profile field (the motivation is not part of it) and reports every problem.
    ///
    /// # Errors
    /// One entry per refused field, each with its message key.
    pub fn parse(input: &ApplicationInput) -> Result<Profile, Vec<FieldError>> {
        let mut problems = Vec::new();
        let profile = Self::parse_into(input, &mut problems);
        match profile {
            Some(profile) if problems.is_empty() => Ok(profile),
            _ => Err(problems),
        }
    }

    fn parse_into(input: &ApplicationInput, problems: &mut Vec<FieldError>) -> Option<Profile> {
        let kind = AuthorityKind::parse(&input.kind);
        if kind.is_none() {
            problems.push(FieldError { field: "kind", key: "error-choice-invalid" });
        }
        let official_name = required(&input.official_name, "official_name", 300, problems);
        let latin_name = required(&input.latin_name, "latin_name", 300, problems);
        if !latin_name.is_empty()
            && !latin_name.chars().all(|c| !c.is_alphabetic() || c.is_ascii() || ('\u{00C0}'..='\u{024F}').contains(&c))
        {
            problems.push(FieldError { field: "latin_name", key: "error-latin-only" });
        }
        let english_name = optional(&input.english_name, "english_name", 300, problems);
        let french_name = optional(&input.french_name, "french_name", 300, problems);
        let country = input.country.trim().to_ascii_uppercase();
        if country_name(&country, Lang::En).is_none() {
            problems.push(FieldError { field: "country", key: "error-choice-invalid" });
        }
        let region = optional(&input.region, "region", 200, problems);
        let population = match input.population.trim().replace([',', ' ', '.', '\u{066C}'], "") {
            digits if digits.is_empty() => None,
            digits => match digits.parse::<i64>() {
                Ok(n) if (1..=100_000_000).contains(&n) => Some(n),
                _ => {
                    problems.push(FieldError { field: "population", key: "error-population" });
                    None
                }
            },
        };
        let website = optional(&input.website, "website", 300, problems).map(|w| {
            if w.starts_with("http://") || w.starts_with("https://") {
                w
            } else {
                format!("https://{w}")
            }
        });
        if website.as_deref().is_some_and(|w| !w[8..].contains('.') || w.contains(' ')) {
            problems.push(FieldError { field: "website", key: "error-website" });
        }
        let head_name = PersonName::parse(&input.head_name, "head_name").map_err(|e| problems.push(e)).ok();
        let head_title = required(&input.head_title, "head_title", 200, problems);
        let focal_name = PersonName::parse(&input.focal_name, "focal_name").map_err(|e| problems.push(e)).ok();
        let focal_email = EmailAddress::parse(&input.focal_email)
            .map_err(|_| problems.push(FieldError { field: "focal_email", key: "error-email-invalid" }))
            .ok();
        let focal_phone = required(&input.focal_phone, "focal_phone", 50, problems);
        if !focal_phone.is_empty() && focal_phone.chars().filter(char::is_ascii_digit).count() < 6 {
            problems.push(FieldError { field: "focal_phone", key: "error-phone" });
        }
        let focal_language = Lang::parse(&input.focal_language);
        if focal_language.is_none() {
            problems.push(FieldError { field: "focal_language", key: "error-choice-invalid" });
        }
        Some(Profile {
            kind: kind?,
            official_name,
            latin_name,
            english_name,
            french_name,
            country,
            region,
            population,
            website,
            head_name: head_name?,
            head_title,
            focal_name: focal_name?,
            focal_email: focal_email?,
            focal_phone,
            focal_language: focal_language?,
        })
    }

    /// Every name of the authority, for duplicate detection and search.
    pub fn names(&self) -> Vec<&str> {
        let mut names = vec![self.official_name.as_str(), self.latin_name.as_str()];
        names.extend(self.english_name.as_deref());
        names.extend(self.french_name.as_deref());
        names
    }
}

impl Application {
    /// Checks every field and reports every problem at once.
    ///
    /// # Errors
    /// One entry per refused field, each with its message key.
    pub fn parse(input: &ApplicationInput) -> Result<Application, Vec<FieldError>> {
        let mut problems = Vec::new();
        let profile = Profile::parse_into(input, &mut problems);
        let motivation = input.motivation.trim().to_string();
        if motivation.chars().count() < 20 {
            problems.push(FieldError { field: "motivation", key: "error-motivation-short" });
        } else if motivation.chars().count() > 5000 {
            problems.push(FieldError { field: "motivation", key: "error-too-long" });
        }
        match profile {
            Some(profile) if problems.is_empty() => Ok(Application { profile, motivation }),
            _ => Err(problems),
        }
    }
}

/// A change of a member's standing decided by the secretariat.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::Display,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::EnumMessage,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "ssr", derive(sea_orm::DeriveActiveEnum, sea_orm::EnumIter))]
#[cfg_attr(feature = "ssr", sea_orm(rs_type = "String", db_type = "Text", rename_all = "snake_case"))]
pub enum StatusChange {
    #[strum(message = "standing-suspend")]
    Suspend,
    #[strum(message = "standing-withdraw")]
    Withdraw,
    #[strum(message = "standing-reinstate")]
    Reinstate,
}

impl StatusChange {
    /// The audit log's name for the change.
    pub fn audit_action(self) -> &'static str {
        match self {
            StatusChange::Suspend => "membership.suspended",
            StatusChange::Withdraw => "membership.withdrawn",
            StatusChange::Reinstate => "membership.reinstated",
        }
    }

    /// The status a member ends in.
    pub fn target(self) -> MemberStatus {
        match self {
            StatusChange::Suspend => MemberStatus::Suspended,
            StatusChange::Withdraw => MemberStatus::Withdrawn,
            StatusChange::Reinstate => MemberStatus::Active,
        }
    }

    /// The changes open to a member in `status`: an active member may be suspended or
    /// withdraw; a suspended one reinstated or withdrawn; a withdrawn one may rejoin.
    pub fn allowed_from(status: MemberStatus) -> &'static [StatusChange] {
        match status {
            MemberStatus::Active => &[StatusChange::Suspend, StatusChange::Withdraw],
            MemberStatus::Suspended => &[StatusChange::Reinstate, StatusChange::Withdraw],
            MemberStatus::Withdrawn => &[StatusChange::Reinstate],
            MemberStatus::Applicant | MemberStatus::Rejected => &[],
        }
    }
}

/// One change in a member's standing, as its page lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StandingEvent {
    pub status: MemberStatus,
    pub effective_on: String,
    /// Only for signed-in readers.
    pub reason: Option<String>,
}

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
    pub submitted_on: String,
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
    pub member_since: Option<String>,
}

impl DirectoryEntry {
    /// The name a reader of `lang` sees first: their language's name when there is one, the
    /// official name for Arabic readers, the Latin transliteration otherwise.
    pub fn display_name(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ar => &self.official_name,
            Lang::En => self.english_name.as_deref().unwrap_or(&self.latin_name),
            Lang::Fr => self.french_name.as_deref().unwrap_or(&self.latin_name),
        }
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
    #[serde(default)]
    pub page: u64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DirectoryPage {
    pub entries: Vec<DirectoryEntry>,
    pub total: u64,
    pub page: u64,
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
    pub issued_on: String,
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
        }
    }

    #[test]
    fn a_complete_application_parses() {
        let application = Application::parse(&valid()).unwrap().profile;
        assert_eq!(application.country, "PS");
        assert_eq!(application.population, Some(215_452));
        assert_eq!(application.website.as_deref(), Some("https://hebron-city.ps"));
        assert_eq!(application.french_name, None);
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
    }
}
