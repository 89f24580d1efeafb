//! The iCalendar writer's escaping and folding (RFC 5545): escaped text holds no raw line break
//! or control character; folded lines are at most 75 octets, never cut inside a character, and
//! unfold to the original line.
#![no_main]
use app::conferences::calendar::{escape_text, fold_line};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let escaped = escape_text(text);
    assert!(!escaped.chars().any(char::is_control), "{escaped:?}");
    let line = format!("SUMMARY:{escaped}");
    let folded = fold_line(&line);
    for part in folded.split("\r\n") {
        assert!(part.len() <= 75, "{} octets: {part:?}", part.len());
    }
    assert_eq!(folded.replace("\r\n ", ""), line);
});
