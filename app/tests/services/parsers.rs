//! Properties of the parsers that stand at the edge, tried on many generated inputs: email
//! addresses, name keys, the redirect after sign-in, dates.
use app::accounts::api::safe_next;
use app::domain::{parse_date, EmailAddress};
use app::membership::names::normalize;
use chrono::NaiveDate;
use proptest::prelude::*;

proptest! {
    #[test]
    fn an_accepted_email_is_trimmed_lowercase_and_parses_to_itself(raw in "\\PC{0,40}") {
        if let Ok(email) = EmailAddress::parse(&raw) {
            let value = email.as_str();
            prop_assert_eq!(value, raw.trim().to_lowercase());
            prop_assert!(!value.chars().any(char::is_whitespace));
            let (local, domain) = value.split_once('@').unwrap();
            prop_assert!(!local.is_empty() && domain.contains('.') && !domain.contains('@'));
            prop_assert_eq!(EmailAddress::parse(value), Ok(email.clone()));
        }
    }

    #[test]
    fn every_ordinary_address_is_accepted(
        local in "[a-zA-Z0-9._%+-]{1,30}",
        host in "[a-zA-Z0-9-]{1,20}",
        tld in "[a-zA-Z]{2,6}",
        padding in " {0,3}",
    ) {
        let raw = format!("{padding}{local}@{host}.{tld}{padding}");
        let expected = format!("{local}@{host}.{tld}").to_lowercase();
        let accepted = EmailAddress::parse(&raw).map(|email| email.as_str().to_string());
        prop_assert_eq!(accepted, Ok(expected), "{:?}", raw);
    }

    #[test]
    fn a_name_key_is_stable_and_ignores_case_spacing_and_punctuation(
        name in "[\\p{Latin}\\p{Arabic} '.,-]{0,40}"
    ) {
        let key = normalize(&name);
        prop_assert_eq!(normalize(&key), key.clone(), "a key is its own key");
        prop_assert!(!key.starts_with(' ') && !key.ends_with(' ') && !key.contains("  "));
        prop_assert_eq!(normalize(&name.to_uppercase()), key.clone());
        prop_assert_eq!(normalize(&format!("  {name} -")), key);
    }

    #[test]
    fn sign_in_only_ever_returns_to_a_local_path(next in "\\PC{0,60}") {
        let target = safe_next(Some(&next));
        prop_assert!(target.starts_with('/') && !target.starts_with("//"), "{target:?}");
        prop_assert!(target.chars().all(|c| c.is_ascii_graphic() && c != '\\'), "{target:?}");
        prop_assert!(target == next || target == "/");
    }

    #[test]
    fn local_paths_are_kept(path in "(/[a-z0-9_-]{1,12}){1,4}(\\?[a-z]{1,8}=[a-z0-9]{1,8})?") {
        prop_assert_eq!(safe_next(Some(&path)), path.as_str());
    }

    #[test]
    fn every_calendar_date_round_trips(days in 0i64..200_000) {
        let date = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap() + chrono::Duration::days(days);
        let mut problems = Vec::new();
        let typed = format!(" {} ", date.format("%Y-%m-%d"));
        prop_assert_eq!(parse_date(&typed, "date", "error-date", &mut problems), Some(date));
        prop_assert!(problems.is_empty());
    }

    #[test]
    fn a_refused_date_is_reported_once_on_its_field(raw in "\\PC{0,20}") {
        let mut problems = Vec::new();
        match parse_date(&raw, "starts_on", "error-date", &mut problems) {
            Some(date) => {
                prop_assert!(problems.is_empty());
                let canonical = date.format("%Y-%m-%d").to_string();
                prop_assert_eq!(parse_date(&canonical, "starts_on", "error-date", &mut problems), Some(date));
            }
            None => {
                prop_assert_eq!(problems.len(), 1);
                prop_assert_eq!((problems[0].field, problems[0].key), ("starts_on", "error-date"));
            }
        }
    }
}
