//! What the application and profile forms send, and its checking.
use super::*;
use crate::domain::Choice;
use crate::domain::{
    multiline_text, optional_text as optional, optional_website, required_text as required, EmailAddress, FieldError,
    PersonName,
};
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

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
    /// Decimal degrees, as typed ("31.5294" or "31,5294").
    pub latitude: String,
    pub longitude: String,
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
    pub coordinates: Option<Coordinates>,
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
        let website = optional_website(&input.website, "website", 300, problems);
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
        let coordinates = Coordinates::parse(&input.latitude, &input.longitude, problems);
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
            coordinates,
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
        let motivation = multiline_text(&input.motivation, "motivation", 5000, &mut problems);
        if motivation.chars().count() < 20 {
            problems.push(FieldError { field: "motivation", key: "error-motivation-short" });
        }
        match profile {
            Some(profile) if problems.is_empty() => Ok(Application { profile, motivation }),
            _ => Err(problems),
        }
    }
}
