//! The form that schedules or changes a meeting: its day and times as
//! the people who hold it read their clocks, in the zone they choose.

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};
use serde::Deserialize;

use super::super::entities::meeting;
use crate::{
    time_zones::{self, Tz},
    web::form::{FieldErrors, TextBounds},
};

const TITLE: TextBounds = TextBounds { min: 1, max: 200 };
const PLACE: TextBounds = TextBounds { min: 0, max: 300 };
const LINK: TextBounds = TextBounds { min: 0, max: 500 };
const AGENDA: TextBounds = TextBounds {
    min: 0,
    max: 20_000,
};
pub const MINUTES: TextBounds = TextBounds {
    min: 1,
    max: 50_000,
};

/// How long before a meeting its reminder may go, in minutes: none, an
/// hour, a day, two days or a week.
pub const REMINDERS: [i32; 5] = [0, 60, 1_440, 2_880, 10_080];
const DEFAULT_REMINDER: i32 = 1_440;

/// The form as typed, kept to show it again when something is wrong.
#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct MeetingInput {
    pub title: String,
    /// `YYYY-MM-DD`, as date fields send it.
    pub date: String,
    /// `HH:MM`, as time fields send it.
    pub starts: String,
    pub ends: String,
    pub time_zone: String,
    pub place: String,
    pub online_link: String,
    pub agenda: String,
    /// Minutes before the meeting, one of `REMINDERS`.
    pub reminder: String,
    /// Sent by "Send with these details hidden" (`safeguarding::Scan`).
    pub safeguarding_confirmation: String,
}

/// A checked meeting: its moments in UTC.
pub struct Meeting {
    pub title: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub time_zone: Tz,
    pub place: String,
    pub online_link: String,
    pub agenda: String,
    pub remind_before_minutes: Option<i32>,
}

impl Meeting {
    /// When the reminder goes, if there is one.
    pub fn reminder_due_at(&self) -> Option<DateTime<Utc>> {
        self.remind_before_minutes
            .map(|minutes| self.starts_at - Duration::minutes(i64::from(minutes)))
    }
}

impl MeetingInput {
    /// An empty form in the zone of the person scheduling.
    pub fn new(zone: Tz) -> MeetingInput {
        MeetingInput {
            time_zone: zone.name().to_string(),
            reminder: DEFAULT_REMINDER.to_string(),
            ..MeetingInput::default()
        }
    }

    /// A stored meeting, as its form shows it (times in its own zone).
    pub fn of(stored: &meeting::Model) -> MeetingInput {
        let zone = time_zones::stored(&stored.time_zone);
        let starts = stored.starts_at.with_timezone(&zone);
        let ends = stored.ends_at.with_timezone(&zone);
        MeetingInput {
            title: stored.title.clone(),
            date: starts.format("%Y-%m-%d").to_string(),
            starts: starts.format("%H:%M").to_string(),
            ends: ends.format("%H:%M").to_string(),
            time_zone: stored.time_zone.clone(),
            place: stored.place.clone(),
            online_link: stored.online_link.clone(),
            agenda: stored.agenda.clone(),
            reminder: stored.remind_before_minutes.unwrap_or(0).to_string(),
            safeguarding_confirmation: String::new(),
        }
    }

    /// The meeting, or `None` with each problem recorded next to its
    /// field.
    pub fn validate(&self, errors: &mut FieldErrors) -> Option<Meeting> {
        let title = errors.checked_text("title", &self.title, TITLE, "meeting-title-missing");
        let place = errors.checked_text("place", &self.place, PLACE, "meeting-where-missing");
        let online_link = self.online_link(errors);
        let agenda = errors.checked_text("agenda", &self.agenda, AGENDA, "");
        if place.as_deref() == Some("") && online_link.as_deref() == Some("") {
            errors.add("place", "meeting-where-missing");
        }
        let time_zone = time_zones::parse(&self.time_zone);
        if time_zone.is_none() {
            errors.add("time_zone", "meeting-zone-missing");
        }
        let reminder = self.reminder.trim().parse::<i32>().ok();
        let reminder = reminder.filter(|minutes| REMINDERS.contains(minutes));
        if reminder.is_none() {
            errors.add("reminder", "meeting-reminder-invalid");
        }
        let (starts_at, ends_at) = self.moments(time_zone, errors)?;
        Some(Meeting {
            title: title?,
            starts_at,
            ends_at,
            time_zone: time_zone?,
            place: place?,
            online_link: online_link?,
            agenda: agenda?,
            remind_before_minutes: reminder.filter(|minutes| *minutes > 0),
        })
    }

    /// An optional web address for joining online.
    fn online_link(&self, errors: &mut FieldErrors) -> Option<String> {
        let link = errors.checked_text("online_link", &self.online_link, LINK, "")?;
        let web = url::Url::parse(&link)
            .is_ok_and(|url| matches!(url.scheme(), "https" | "http") && url.host().is_some());
        if link.is_empty() || web {
            Some(link)
        } else {
            errors.add("online_link", "meeting-link-invalid");
            None
        }
    }

    /// The start and end in UTC, from the day and the clock times in the
    /// meeting's zone. A meeting ends on the day it starts.
    fn moments(
        &self,
        zone: Option<Tz>,
        errors: &mut FieldErrors,
    ) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
        let date = NaiveDate::parse_from_str(self.date.trim(), "%Y-%m-%d").ok();
        if date.is_none() {
            errors.add("date", "meeting-date-invalid");
        }
        let clock = |typed: &str, field: &'static str, errors: &mut FieldErrors| {
            let time = NaiveTime::parse_from_str(typed.trim(), "%H:%M").ok();
            if time.is_none() {
                errors.add(field, "meeting-time-invalid");
            }
            time
        };
        let starts = clock(&self.starts, "starts", errors);
        let ends = clock(&self.ends, "ends", errors);
        let (date, starts, ends, zone) = (date?, starts?, ends?, zone?);
        if ends <= starts {
            errors.add("ends", "meeting-ends-before-start");
            return None;
        }
        let in_zone = |time: NaiveTime, field: &'static str, errors: &mut FieldErrors| {
            let moment = time_zones::to_utc(date.and_time(time), zone);
            if moment.is_none() {
                errors.add(field, "meeting-time-skipped");
            }
            moment
        };
        let starts_at = in_zone(starts, "starts", errors);
        let ends_at = in_zone(ends, "ends", errors);
        Some((starts_at?, ends_at?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;

    fn typed() -> MeetingInput {
        MeetingInput {
            title: "Planning the regional report".into(),
            date: "2027-01-14".into(),
            starts: "15:00".into(),
            ends: "16:30".into(),
            time_zone: "Europe/Madrid".into(),
            place: String::new(),
            online_link: "https://meet.example.org/report".into(),
            agenda: "1. Chapters\n2. Calendar".into(),
            reminder: "1440".into(),
            safeguarding_confirmation: String::new(),
        }
    }

    fn problems(input: &MeetingInput) -> Vec<&'static str> {
        let mut errors = FieldErrors::new(Locale::En);
        let _ = input.validate(&mut errors);
        errors.all().into_iter().map(|(field, _)| field).collect()
    }

    #[test]
    fn a_meeting_is_stored_in_utc_from_its_zone() {
        let mut errors = FieldErrors::new(Locale::En);
        let meeting = typed().validate(&mut errors).expect("valid");
        assert_eq!(meeting.starts_at.to_rfc3339(), "2027-01-14T14:00:00+00:00");
        assert_eq!(meeting.ends_at.to_rfc3339(), "2027-01-14T15:30:00+00:00");
        let due = meeting.reminder_due_at().expect("a reminder");
        assert_eq!(due.to_rfc3339(), "2027-01-13T14:00:00+00:00");
    }

    #[test]
    fn each_bad_field_is_named() {
        let mut input = typed();
        input.online_link = "javascript:alert(1)".into();
        input.reminder = "7".into();
        assert_eq!(problems(&input), ["online_link", "reminder"]);
        let mut backwards = typed();
        backwards.ends = "14:00".into();
        assert_eq!(problems(&backwards), ["ends"]);
        let mut unknown_zone = typed();
        unknown_zone.time_zone = "Nowhere/Else".into();
        assert_eq!(problems(&unknown_zone), ["time_zone"]);
        let mut nowhere = typed();
        nowhere.online_link = String::new();
        assert_eq!(problems(&nowhere), ["place"]);
        let mut skipped = typed();
        skipped.date = "2027-03-28".into();
        skipped.starts = "02:30".into();
        skipped.ends = "03:30".into();
        assert_eq!(problems(&skipped), ["starts"]);
    }
}
