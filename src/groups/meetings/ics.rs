//! Meetings as iCalendar (RFC 5545): one file per meeting, and a person's
//! feed of all their groups' meetings. Times are written in UTC, which
//! every calendar converts to its reader's zone; the meeting's own zone
//! is named in the description.

use chrono::{DateTime, Utc};

use super::super::entities::meeting;

/// What a calendar event says besides the meeting's own fields.
pub struct Event<'a> {
    pub meeting: &'a meeting::Model,
    /// The group's name, before the agenda.
    pub group: &'a str,
    /// The meeting's page on the site, absolute.
    pub url: String,
    /// "Thursday 14 January 2027, 15:00–16:30 (Europe/Madrid)", in the
    /// reader's language.
    pub local_time: String,
}

/// A calendar holding `events`; `name` is the feed's title in calendar
/// programs (none for a single meeting's file).
pub fn calendar(host: &str, name: Option<&str>, events: &[Event]) -> String {
    let mut out = Lines::default();
    out.line("BEGIN:VCALENDAR");
    out.line("VERSION:2.0");
    out.line("PRODID:-//International Juvenile Justice Observatory//Observatory//EN");
    out.line("CALSCALE:GREGORIAN");
    out.line("METHOD:PUBLISH");
    if let Some(name) = name {
        out.property("X-WR-CALNAME", name);
    }
    let generated_at = Utc::now();
    for event in events {
        write_event(&mut out, (host, generated_at), event);
    }
    out.line("END:VCALENDAR");
    out.text
}

fn write_event(out: &mut Lines, (host, generated_at): (&str, DateTime<Utc>), event: &Event) {
    let meeting = event.meeting;
    out.line("BEGIN:VEVENT");
    out.line(&format!("UID:meeting-{}@{host}", meeting.id));
    out.line(&format!("DTSTAMP:{}", utc(generated_at)));
    out.line(&format!("LAST-MODIFIED:{}", utc(meeting.updated_at)));
    out.line(&format!("SEQUENCE:{}", meeting.revision));
    out.line(&format!("DTSTART:{}", utc(meeting.starts_at)));
    out.line(&format!("DTEND:{}", utc(meeting.ends_at)));
    out.property("SUMMARY", &format!("{} · {}", meeting.title, event.group));
    let location = super::where_held(meeting);
    if !location.is_empty() {
        out.property("LOCATION", &location);
    }
    let mut description = vec![event.group, &event.local_time];
    if !meeting.agenda.is_empty() {
        description.push(&meeting.agenda);
    }
    description.push(&event.url);
    out.property("DESCRIPTION", &description.join("\n\n"));
    out.line(&format!("URL:{}", event.url));
    let status = if meeting.cancelled_at.is_some() {
        "CANCELLED"
    } else {
        "CONFIRMED"
    };
    out.line(&format!("STATUS:{status}"));
    out.line("END:VEVENT");
}

fn utc(at: DateTime<Utc>) -> String {
    at.format("%Y%m%dT%H%M%SZ").to_string()
}

/// Content lines, each ended by CRLF and folded at 75 octets.
#[derive(Default)]
struct Lines {
    text: String,
}

impl Lines {
    /// A property whose value is text, escaped.
    fn property(&mut self, name: &str, value: &str) {
        self.line(&format!("{name}:{}", escape(value)));
    }

    fn line(&mut self, line: &str) {
        let mut width = 0;
        for character in line.chars() {
            // Folding never splits a character's bytes.
            if width + character.len_utf8() > 75 {
                self.text.push_str("\r\n ");
                width = 1;
            }
            self.text.push(character);
            width += character.len_utf8();
        }
        self.text.push_str("\r\n");
    }
}

/// A TEXT value: backslashes, separators and line breaks escaped.
fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for character in value.chars() {
        match character {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            // No other control character may stand in a text value.
            control if control.is_control() && control != '\t' => {}
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_are_folded_between_characters() {
        let mut lines = Lines::default();
        lines.property("SUMMARY", &"é".repeat(60));
        for line in lines.text.split("\r\n") {
            assert!(line.len() <= 75, "{line:?} is {} octets", line.len());
        }
        let unfolded = lines.text.replace("\r\n ", "");
        assert_eq!(unfolded, format!("SUMMARY:{}\r\n", "é".repeat(60)));
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a;b,c\\d\r\ne\u{7}"), "a\\;b\\,c\\\\d\\ne");
    }
}
