//! A meeting's form: what it asks and how each answer is checked. Its
//! documents are given by their numbers in the library; whether those
//! exist is for the caller to check, with the database.

use serde::{Deserialize, Serialize};

use super::meeting;
use crate::{
    geography,
    i18n::Locale,
    web::form::{FieldErrors, TextBounds, stored_day},
};

const PLACE: TextBounds = TextBounds { min: 1, max: 200 };
const PARTICIPANTS: TextBounds = TextBounds { min: 0, max: 4000 };
const SUMMARY: TextBounds = TextBounds { min: 0, max: 6000 };
/// No council has met more often than this; more is a typing slip.
const LAST_EDITION: i32 = 99;
/// The most documents a meeting lists.
pub const MOST_DOCUMENTS: usize = 20;

/// The form as typed; also what a version keeps.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct MeetingInput {
    pub council: String,
    pub edition: String,
    /// `YYYY-MM-DD`.
    pub starts_on: String,
    /// `YYYY-MM-DD`; empty for a meeting of one day.
    pub ends_on: String,
    pub place: String,
    pub country: String,
    pub participants: String,
    pub summary_en: String,
    pub summary_es: String,
    pub summary_fr: String,
    /// The library's numbers of its documents, separated by commas.
    pub documents: String,
}

/// A meeting that passed its checks, ready to store.
pub struct Checked {
    pub council_slug: String,
    pub edition: i32,
    pub starts_on: String,
    pub ends_on: String,
    pub place: String,
    pub country_code: Option<String>,
    pub participants: String,
    pub summaries: [String; 3],
    pub documents: Vec<i32>,
}

impl MeetingInput {
    pub fn of(stored: &meeting::Model, documents: &[i32]) -> MeetingInput {
        let ends_on = if stored.ends_on == stored.starts_on {
            String::new()
        } else {
            stored.ends_on.clone()
        };
        let numbers: Vec<String> = documents.iter().map(i32::to_string).collect();
        MeetingInput {
            council: stored.council_slug.clone(),
            edition: stored.edition.to_string(),
            starts_on: stored.starts_on.clone(),
            ends_on,
            place: stored.place.clone(),
            country: stored.country_code.clone().unwrap_or_default(),
            participants: stored.participants.clone(),
            summary_en: stored.summary_en.clone(),
            summary_es: stored.summary_es.clone(),
            summary_fr: stored.summary_fr.clone(),
            documents: numbers.join(", "),
        }
    }

    /// The summaries in the form's order, with their fields' names.
    pub fn summaries(&self) -> [(Locale, &'static str, &str); 3] {
        [
            (Locale::En, "summary_en", &self.summary_en),
            (Locale::Es, "summary_es", &self.summary_es),
            (Locale::Fr, "summary_fr", &self.summary_fr),
        ]
    }

    /// The meeting, or none with each problem next to its field, in the
    /// form's order. `councils` are the councils' slugs.
    pub fn check(&self, errors: &mut FieldErrors, councils: &[String]) -> Option<Checked> {
        let council = self.council.trim();
        let council_known = councils.iter().any(|known| known == council);
        if !council_known {
            errors.add("council", "councils-council-missing");
        }
        let edition = match self.edition.trim().parse::<i32>() {
            Ok(edition) if (1..=LAST_EDITION).contains(&edition) => Some(edition),
            _ => {
                errors.add("edition", "councils-edition-invalid");
                None
            }
        };
        let (starts_on, ends_on) = self.check_days(errors);
        let place = errors.checked_text("place", &self.place, PLACE, "councils-place-missing");
        let country = self.check_country(errors);
        let participants =
            errors.checked_text("participants", &self.participants, PARTICIPANTS, "");
        let summary_en = match self.summary_en.trim() {
            "" => {
                errors.add("summary_en", "councils-summary-missing");
                None
            }
            _ => errors.checked_text("summary_en", &self.summary_en, SUMMARY, ""),
        };
        let summary_es = errors.checked_text("summary_es", &self.summary_es, SUMMARY, "");
        let summary_fr = errors.checked_text("summary_fr", &self.summary_fr, SUMMARY, "");
        let documents = self.check_documents(errors);
        Some(Checked {
            council_slug: council_known.then(|| council.to_string())?,
            edition: edition?,
            starts_on: starts_on?,
            ends_on: ends_on?,
            place: place?,
            country_code: country?,
            participants: participants?,
            summaries: [summary_en?, summary_es?, summary_fr?],
            documents: documents?,
        })
    }

    /// The first and last days, stored as text; the last is the first for
    /// a meeting of one day, and never before it.
    fn check_days(&self, errors: &mut FieldErrors) -> (Option<String>, Option<String>) {
        let first = match self.starts_on.trim() {
            "" => {
                errors.add("starts_on", "councils-first-day-missing");
                None
            }
            typed => errors.optional_date("starts_on", typed, "councils-day-invalid"),
        };
        let last = match self.ends_on.trim() {
            "" => Some(first),
            typed => errors
                .optional_date("ends_on", typed, "councils-day-invalid")
                .map(Some),
        };
        match (first, last) {
            (Some(first), Some(Some(last))) if last < first => {
                errors.add("ends_on", "councils-last-day-before");
                (stored_day(Some(first)), None)
            }
            (first, Some(last)) => (stored_day(first), stored_day(last.or(first))),
            (first, None) => (stored_day(first), None),
        }
    }

    fn check_country(&self, errors: &mut FieldErrors) -> Option<Option<String>> {
        let code = self.country.trim();
        if code.is_empty() {
            return Some(None);
        }
        let known = geography::countries_by_name(Locale::En)
            .iter()
            .any(|(known, _)| *known == code);
        if !known {
            errors.add("country", "councils-country-unknown");
            return None;
        }
        Some(Some(code.to_string()))
    }

    /// The documents' numbers in the order typed, each once.
    fn check_documents(&self, errors: &mut FieldErrors) -> Option<Vec<i32>> {
        let mut numbers = Vec::new();
        for typed in self
            .documents
            .split([',', ' ', ';'])
            .filter(|t| !t.is_empty())
        {
            let Ok(number) = typed.trim_start_matches('#').parse::<i32>() else {
                errors.add("documents", "councils-documents-invalid");
                return None;
            };
            if !numbers.contains(&number) {
                numbers.push(number);
            }
        }
        if numbers.len() > MOST_DOCUMENTS {
            errors.add("documents", "councils-documents-too-many");
            return None;
        }
        Some(numbers)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed() -> MeetingInput {
        MeetingInput {
            council: "european-council".into(),
            edition: "3".into(),
            starts_on: "2013-05-13".into(),
            place: "Brussels".into(),
            summary_en: "The council met.".into(),
            documents: "12, #15 12".into(),
            ..MeetingInput::default()
        }
    }

    fn councils() -> Vec<String> {
        vec!["european-council".into()]
    }

    #[test]
    fn a_meeting_of_one_day_ends_on_its_first_and_documents_count_once() {
        let mut errors = FieldErrors::new(Locale::En);
        let checked = typed().check(&mut errors, &councils()).expect("valid");
        assert_eq!(checked.ends_on, "2013-05-13");
        assert_eq!(checked.documents, [12, 15]);
        assert!(errors.is_empty());
    }

    #[test]
    fn each_problem_is_named_next_to_its_field() {
        let mut input = typed();
        input.council = "atlantis".into();
        input.edition = "0".into();
        input.ends_on = "2013-05-01".into();
        input.country = "XX".into();
        input.documents = "12, twelve".into();
        input.summary_en = " ".into();
        let mut errors = FieldErrors::new(Locale::En);
        assert!(input.check(&mut errors, &councils()).is_none());
        for field in [
            "council",
            "edition",
            "ends_on",
            "country",
            "documents",
            "summary_en",
        ] {
            assert!(errors.has(field), "{field}");
        }
    }
}
