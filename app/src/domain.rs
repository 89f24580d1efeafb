//! Values checked once where they enter (a form, a CLI argument); once parsed, always valid.
use serde::{Deserialize, Serialize};

/// A closed set of values (roles, statuses, kinds). strum's derives give each value its one name,
/// the same in forms, URLs and the database (`snake_case`), and the Fluent key of its label
/// (`#[strum(message = "…")]`); sea-orm's `DeriveActiveEnum` stores that name, so an unknown
/// stored value is an error, never a silent default.
pub trait Choice:
    Copy + Into<&'static str> + std::str::FromStr + strum::VariantArray + strum::EnumMessage + 'static
{
    /// Every value, in declaration order.
    const ALL: &'static [Self] = Self::VARIANTS;

    fn as_str(self) -> &'static str {
        self.into()
    }

    /// The value named `name` exactly, if there is one.
    fn parse(name: &str) -> Option<Self> {
        name.parse().ok()
    }

    /// The Fluent key of the value's label.
    fn label_key(self) -> &'static str {
        self.get_message().unwrap_or_default()
    }
}

/// Declares a [`Choice`]: `Variant => "label-key"` for each value (the label may be left out for
/// values no page shows). One place holds the derives every choice needs, so each enum reads as
/// the list of its values.
#[macro_export]
macro_rules! choice {
    ($(#[$meta:meta])* $vis:vis enum $name:ident { $($(#[$vmeta:meta])* $variant:ident $(=> $label:literal)?,)* }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        #[derive(strum::Display, strum::IntoStaticStr, strum::EnumString, strum::EnumMessage, strum::VariantArray)]
        #[serde(rename_all = "snake_case")]
        #[strum(serialize_all = "snake_case")]
        #[cfg_attr(feature = "ssr", derive(sea_orm::DeriveActiveEnum, sea_orm::EnumIter))]
        #[cfg_attr(feature = "ssr", sea_orm(rs_type = "String", db_type = "Text", rename_all = "snake_case"))]
        $vis enum $name {
            $($(#[$vmeta])* $(#[strum(message = $label)])? $variant,)*
        }
    };
}

impl<T> Choice for T where
    T: Copy + Into<&'static str> + std::str::FromStr + strum::VariantArray + strum::EnumMessage + 'static
{
}

/// A refused field: which one, and the Fluent key of the message shown next to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: &'static str,
    pub key: &'static str,
}

/// A required one-line text: spaces collapsed; `error-required` when empty, `error-too-long`
/// past `max` characters.
pub fn required_text(value: &str, field: &'static str, max: usize, problems: &mut Vec<FieldError>) -> String {
    let value = value.split_whitespace().collect::<Vec<_>>().join(" ");
    if value.is_empty() {
        problems.push(FieldError { field, key: "error-required" });
    } else if value.chars().count() > max {
        problems.push(FieldError { field, key: "error-too-long" });
    }
    value
}

/// An optional one-line text: spaces collapsed, `None` when empty.
pub fn optional_text(value: &str, field: &'static str, max: usize, problems: &mut Vec<FieldError>) -> Option<String> {
    let value = value.split_whitespace().collect::<Vec<_>>().join(" ");
    if value.chars().count() > max {
        problems.push(FieldError { field, key: "error-too-long" });
    }
    (!value.is_empty()).then_some(value)
}

/// A date as date inputs send it (`YYYY-MM-DD`); `key` is the message when it is not one.
pub fn parse_date(
    value: &str,
    field: &'static str,
    key: &'static str,
    problems: &mut Vec<FieldError>,
) -> Option<chrono::NaiveDate> {
    let parsed = chrono::NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d").ok();
    if parsed.is_none() {
        problems.push(FieldError { field, key });
    }
    parsed
}

/// A lower-cased email address.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct EmailAddress(String);

impl EmailAddress {
    /// # Errors
    /// `error-email-invalid` on the `email` field.
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        let value = raw.trim().to_lowercase();
        let invalid = FieldError { field: "email", key: "error-email-invalid" };
        let (local, domain) = value.split_once('@').ok_or(invalid)?;
        let well_formed = !local.is_empty()
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains('@')
            && value.len() <= 254
            && !value.chars().any(|c| c.is_whitespace() || c.is_control() || c == '<' || c == '>' || c == ',');
        if well_formed {
            Ok(EmailAddress(value))
        } else {
            Err(invalid)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A new password: 10 to 200 characters.
#[derive(Clone, PartialEq, Eq)]
pub struct Password(String);

impl Password {
    pub const MIN_CHARS: usize = 10;

    /// # Errors
    /// `error-password-too-short` or `error-password-too-long` on `password`.
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        let count = raw.chars().count();
        if count < Self::MIN_CHARS {
            Err(FieldError { field: "password", key: "error-password-too-short" })
        } else if count > 200 {
            Err(FieldError { field: "password", key: "error-password-too-long" })
        } else {
            Ok(Password(raw.to_string()))
        }
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(…)")
    }
}

/// A person's name as they want to be addressed: 1 to 200 characters, any script.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonName(String);

impl PersonName {
    /// # Errors
    /// `error-name-required` or `error-name-too-long` on `field`.
    pub fn parse(raw: &str, field: &'static str) -> Result<Self, FieldError> {
        let value = raw.split_whitespace().collect::<Vec<_>>().join(" ");
        if value.is_empty() {
            Err(FieldError { field, key: "error-name-required" })
        } else if value.chars().count() > 200 {
            Err(FieldError { field, key: "error-name-too-long" })
        } else {
            Ok(PersonName(value))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_normalised_and_checked() {
        assert_eq!(EmailAddress::parse("  Amal@Hebron-City.PS ").unwrap().as_str(), "amal@hebron-city.ps");
        for bad in ["", "amal", "@x.org", "amal@localhost", "a b@x.org", "a@x.", "a@@x.org", "a@.org"] {
            assert_eq!(EmailAddress::parse(bad).unwrap_err().key, "error-email-invalid", "{bad}");
        }
    }

    #[test]
    fn passwords_have_bounds_counted_in_characters() {
        assert_eq!(Password::parse("short").unwrap_err().key, "error-password-too-short");
        assert!(Password::parse("كلمة سر طويلة").is_ok());
        assert_eq!(Password::parse(&"x".repeat(201)).unwrap_err().key, "error-password-too-long");
        assert_eq!(format!("{:?}", Password::parse("long enough!").unwrap()), "Password(…)");
    }

    #[test]
    fn names_collapse_whitespace() {
        assert_eq!(PersonName::parse("  Amal   Haddad ", "name").unwrap().as_str(), "Amal Haddad");
        assert_eq!(PersonName::parse("   ", "name").unwrap_err().key, "error-name-required");
    }
}
