//! iCalendar (RFC 5545): events for calendar programs, one event or a
//! whole calendar. Features fill a `Calendar`; this module writes it.
//! Events are whole days (`VALUE=DATE`), which need no time zone.

use axum::{
    http::header,
    response::{IntoResponse, Response},
};
use chrono::{DateTime, Days, NaiveDate, Utc};

/// A calendar: a name and its events.
pub struct Calendar {
    pub name: String,
    pub events: Vec<Event>,
}

pub struct Event {
    /// Stable across downloads, so a calendar updates the event instead of
    /// adding it twice.
    pub uid: String,
    /// First and last days, both included.
    pub days: (NaiveDate, NaiveDate),
    pub summary: String,
    pub description: String,
    pub location: String,
    /// Its page, absolute.
    pub url: String,
    /// When it was last changed.
    pub stamp: DateTime<Utc>,
}

impl Calendar {
    /// The calendar as RFC 5545 text: lines ending in CRLF, folded at 75
    /// bytes.
    pub fn write(&self) -> String {
        let mut lines = vec![
            "BEGIN:VCALENDAR".to_string(),
            "VERSION:2.0".to_string(),
            "PRODID:-//International Juvenile Justice Observatory//Observatory//EN".to_string(),
            "CALSCALE:GREGORIAN".to_string(),
            "METHOD:PUBLISH".to_string(),
            format!("X-WR-CALNAME:{}", escape(&self.name)),
        ];
        for event in &self.events {
            lines.extend(event.lines());
        }
        lines.push("END:VCALENDAR".to_string());
        let mut text = String::new();
        for line in lines {
            text.push_str(&fold(&line));
            text.push_str("\r\n");
        }
        text
    }
}

impl Event {
    fn lines(&self) -> Vec<String> {
        let (first, last) = self.days;
        // The end of a whole-day event is the day after its last.
        let end = last.checked_add_days(Days::new(1)).unwrap_or(last);
        let mut lines = vec![
            "BEGIN:VEVENT".to_string(),
            format!("UID:{}", escape(&self.uid)),
            format!("DTSTAMP:{}", self.stamp.format("%Y%m%dT%H%M%SZ")),
            format!("DTSTART;VALUE=DATE:{}", first.format("%Y%m%d")),
            format!("DTEND;VALUE=DATE:{}", end.format("%Y%m%d")),
            format!("SUMMARY:{}", escape(&self.summary)),
        ];
        if !self.description.is_empty() {
            lines.push(format!("DESCRIPTION:{}", escape(&self.description)));
        }
        if !self.location.is_empty() {
            lines.push(format!("LOCATION:{}", escape(&self.location)));
        }
        lines.push(format!("URL:{}", self.url));
        lines.push("TRANSP:TRANSPARENT".to_string());
        lines.push("END:VEVENT".to_string());
        lines
    }
}

/// A text value: backslashes, semicolons, commas and line breaks escaped.
fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => escaped.push_str("\\\\"),
            ';' => escaped.push_str("\\;"),
            ',' => escaped.push_str("\\,"),
            '\n' => escaped.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => escaped.push(c),
        }
    }
    escaped
}

/// A content line folded into lines of at most 75 bytes, each following
/// one starting with a space; never inside a character.
fn fold(line: &str) -> String {
    const LIMIT: usize = 75;
    let mut folded = String::with_capacity(line.len() + line.len() / LIMIT * 3);
    let mut length = 0;
    for c in line.chars() {
        if length + c.len_utf8() > LIMIT {
            folded.push_str("\r\n ");
            // The space counts towards the new line.
            length = 1;
        }
        folded.push(c);
        length += c.len_utf8();
    }
    folded
}

/// The calendar as a download named `file_name` (`.ics`).
pub fn response(calendar: &Calendar, file_name: &str) -> Response {
    let disposition = format!("inline; filename=\"{file_name}\"");
    (
        [
            (
                header::CONTENT_TYPE,
                "text/calendar; charset=utf-8".to_string(),
            ),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        calendar.write(),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_values_escape_what_separates_values() {
        assert_eq!(
            escape("Geneva; Palais, Room \\ 1\nSecond line"),
            "Geneva\\; Palais\\, Room \\\\ 1\\nSecond line"
        );
    }

    #[test]
    fn long_lines_fold_at_75_bytes_without_splitting_a_letter() {
        let line = format!("SUMMARY:{}", "é".repeat(60));
        let folded = fold(&line);
        for part in folded.split("\r\n") {
            assert!(part.len() <= 75, "{} bytes: {part}", part.len());
        }
        assert_eq!(folded.replace("\r\n ", ""), line);
    }

    #[test]
    fn a_whole_day_event_ends_the_day_after_its_last() {
        let calendar = Calendar {
            name: "Events".into(),
            events: vec![Event {
                uid: "forum@example.org".into(),
                days: (
                    NaiveDate::from_ymd_opt(2027, 3, 30).unwrap(),
                    NaiveDate::from_ymd_opt(2027, 3, 31).unwrap(),
                ),
                summary: "Forum".into(),
                description: String::new(),
                location: "Brussels".into(),
                url: "https://example.org/en/events/forum".into(),
                stamp: DateTime::UNIX_EPOCH,
            }],
        };
        let text = calendar.write();
        assert!(text.contains("DTSTART;VALUE=DATE:20270330\r\n"));
        assert!(text.contains("DTEND;VALUE=DATE:20270401\r\n"));
        assert!(text.starts_with("BEGIN:VCALENDAR\r\n"));
        assert!(text.ends_with("END:VCALENDAR\r\n"));
    }
}
