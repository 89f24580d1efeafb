//! iCalendar (RFC 5545) feeds of an edition's agenda, built with the `ical` crate's data model.
//!
//! The crate's emitter folds lines every 75 *characters*; RFC 5545 counts octets, and an Arabic
//! title has two per character. So the emitted text is unfolded and folded again at 75 octets,
//! never inside a UTF-8 character.
use super::entities::session;
use super::Trilingual;
use crate::i18n::Lang;
use chrono::{DateTime, Utc};
use ical::generator::{Emitter, IcalCalendar, IcalEvent};
use ical::property::Property;

const MAX_LINE_OCTETS: usize = 75;

/// Escapes a TEXT value: backslash, semicolon, comma and line breaks.
pub fn escape_text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds one content line at 75 octets (continuations start with a space, which counts). A
/// line never ends in a space: some readers trim it before unfolding, so the space moves to the
/// next line instead.
pub fn fold_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3);
    let mut used = 0;
    for c in line.chars() {
        let width = c.len_utf8();
        if used + width > MAX_LINE_OCTETS {
            let mut moved_spaces = 0;
            while out.ends_with(' ') && !out.ends_with("\r\n ") && moved_spaces < 40 {
                out.pop();
                moved_spaces += 1;
            }
            out.push_str("\r\n ");
            out.push_str(&" ".repeat(moved_spaces));
            used = 1 + moved_spaces;
        }
        out.push(c);
        used += width;
    }
    out
}

/// Unfolds what the crate emitted and folds every line again by octets, with CRLF endings.
fn refold(emitted: &str) -> String {
    let unfolded = emitted.replace("\r\n ", "");
    let mut out = String::with_capacity(unfolded.len() + unfolded.len() / 70 * 3);
    for line in unfolded.split("\r\n").filter(|l| !l.is_empty()) {
        out.push_str(&fold_line(line));
        out.push_str("\r\n");
    }
    out
}

fn property(name: &str, value: impl Into<String>) -> Property {
    Property { name: name.to_string(), params: None, value: Some(value.into()) }
}

fn utc(at: &DateTime<Utc>) -> String {
    at.format("%Y%m%dT%H%M%SZ").to_string()
}

/// One calendar: its name, where it happens, and its sessions, each summarised in `lang`.
pub struct Feed<'a> {
    pub name: String,
    pub place: String,
    pub sessions: &'a [session::Model],
    pub lang: Lang,
    /// The host part of every UID, so UIDs stay the same across requests and languages.
    pub host: &'a str,
}

impl Feed<'_> {
    /// The feed as an RFC 5545 document.
    pub fn render(&self) -> String {
        let mut calendar = IcalCalendar::new();
        calendar.properties = vec![
            property("VERSION", "2.0"),
            property("PRODID", "-//Sumud//Conferences//EN"),
            property("CALSCALE", "GREGORIAN"),
            property("METHOD", "PUBLISH"),
            property("X-WR-CALNAME", escape_text(&self.name)),
        ];
        for session in self.sessions {
            let title = Trilingual::new(&session.title_ar, &session.title_en, &session.title_fr);
            let description =
                Trilingual::new(&session.description_ar, &session.description_en, &session.description_fr);
            let mut details = description.get(self.lang).to_string();
            if !session.speakers.trim().is_empty() {
                if !details.is_empty() {
                    details.push_str("\n\n");
                }
                details.push_str(session.speakers.trim());
            }
            let location = [session.room.as_str(), self.place.as_str()]
                .into_iter()
                .filter(|p| !p.trim().is_empty())
                .collect::<Vec<_>>()
                .join(", ");
            let mut event = IcalEvent::new();
            event.properties = vec![
                property("UID", format!("session-{}@{}", session.id, self.host)),
                property("DTSTAMP", utc(&session.updated_at)),
                property("LAST-MODIFIED", utc(&session.updated_at)),
                property("SEQUENCE", session.sequence.to_string()),
                property("DTSTART", utc(&session.starts_at)),
                property("DTEND", utc(&session.ends_at)),
                property("SUMMARY", escape_text(title.get(self.lang))),
                property("LOCATION", escape_text(&location)),
            ];
            if !details.is_empty() {
                event.properties.push(property("DESCRIPTION", escape_text(&details)));
            }
            calendar.events.push(event);
        }
        refold(&calendar.generate())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape_text("a\\b; c, d\r\ne\nf"), "a\\\\b\\; c\\, d\\ne\\nf");
    }

    #[test]
    fn lines_fold_at_75_octets_between_characters() {
        let line = format!("SUMMARY:{}", "بلدية الخليل ".repeat(12).trim_end());
        let folded = fold_line(&line);
        for part in folded.split("\r\n") {
            assert!(part.len() <= 75, "{} octets: {part}", part.len());
            assert!(!part.ends_with(' '), "{part}");
        }
        assert_eq!(folded.replace("\r\n ", ""), line);
        assert_eq!(fold_line("SHORT:1"), "SHORT:1");
    }
}
