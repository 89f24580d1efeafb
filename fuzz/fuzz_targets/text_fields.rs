//! Every parser of typed text: names and their keys, email addresses, websites, dates, one-line
//! and multi-line texts. None may panic; what each accepts keeps its promises (fits its column,
//! holds no forbidden character).
#![no_main]
use app::domain::{
    is_forbidden_char, multiline_text, optional_text, optional_website, parse_date, required_text, EmailAddress,
    PersonName,
};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };

    let key = app::membership::names::normalize(text);
    assert!(key.chars().count() <= app::membership::names::KEY_MAX_CHARS);

    if let Ok(email) = EmailAddress::parse(text) {
        assert!(email.as_str().len() <= 254);
        assert!(!email.as_str().chars().any(|c| c.is_whitespace() || c.is_control()));
    }
    if let Ok(name) = PersonName::parse(text, "name") {
        assert!(name.as_str().chars().count() <= 200);
        assert!(!name.as_str().chars().any(is_forbidden_char));
    }

    let mut problems = Vec::new();
    let website = optional_website(text, "website", 300, &mut problems);
    if let (Some(website), true) = (&website, problems.is_empty()) {
        assert!(website.chars().count() <= 300, "{website}");
        let lowered = website.to_lowercase();
        assert!(lowered.starts_with("http://") || lowered.starts_with("https://"), "{website}");
    }

    let mut problems = Vec::new();
    let line = required_text(text, "title", 300, &mut problems);
    if problems.is_empty() {
        assert!(!line.is_empty() && line.chars().count() <= 300);
        assert!(!line.chars().any(is_forbidden_char));
    }
    let mut problems = Vec::new();
    let optional = optional_text(text, "region", 200, &mut problems);
    if problems.is_empty() {
        assert!(optional.is_none_or(|v| v.chars().count() <= 200 && !v.chars().any(is_forbidden_char)));
    }
    let mut problems = Vec::new();
    let lines = multiline_text(text, "motivation", 5000, &mut problems);
    if problems.is_empty() {
        assert!(lines.chars().count() <= 5000);
        assert!(!lines.chars().any(|c| c != '\n' && c != '\t' && is_forbidden_char(c)));
    }

    let mut problems = Vec::new();
    if let Some(date) = parse_date(text, "day", "error-date", &mut problems) {
        assert_eq!(parse_date(&date.to_string(), "day", "error-date", &mut Vec::new()), Some(date));
    }
});
