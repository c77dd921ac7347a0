//! What editors write of an event besides its texts and publication (its
//! pages are the dated sections' own, `content::dated`, and its kind stands
//! in the news' category, `news::NewsInput`): its days, place and region.

use chrono::NaiveDate;
use serde::Deserialize;

use crate::{
    content::editing::Facts,
    geography::Region,
    web::form::{FieldErrors, TextBounds},
};

const PLACE: TextBounds = TextBounds { min: 0, max: 200 };

/// An event's days, place and region as its form holds them.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct EventInput {
    /// `YYYY-MM-DD`; the last day empty for a one-day event.
    pub starts_on: String,
    pub ends_on: String,
    pub place: String,
    /// A `geography::Region` key.
    pub region: String,
}

impl EventInput {
    /// Stored facts as the form shows them.
    pub fn of(facts: &Facts) -> EventInput {
        EventInput {
            starts_on: facts.starts_on.clone(),
            ends_on: match facts.ends_on == facts.starts_on {
                true => String::new(),
                false => facts.ends_on.clone(),
            },
            place: facts.place.clone(),
            region: facts.region.clone(),
        }
    }

    /// `dated` (the publication, kind and countries, when they were right)
    /// with the event's own facts, or none with each problem against its
    /// field.
    pub fn check(&self, errors: &mut FieldErrors, dated: Option<Facts>) -> Option<Facts> {
        let starts_on = match self.starts_on.trim() {
            "" => {
                errors.add("starts_on", "events-start-missing");
                None
            }
            typed => errors.optional_date("starts_on", typed, "events-date-invalid"),
        };
        let ends_on = errors.optional_date("ends_on", &self.ends_on, "events-date-invalid");
        let in_order = match (starts_on, ends_on) {
            (Some(first), Some(last)) if last < first => {
                errors.add("ends_on", "events-end-before-start");
                false
            }
            _ => true,
        };
        let place = errors.checked_text("place", &self.place, PLACE, "");
        let region = Region::ALL
            .into_iter()
            .find(|region| region.key() == self.region.trim());
        if region.is_none() {
            errors.add("region", "events-region-missing");
        }
        let (first, place, region) = (starts_on?, place?, region?);
        if !in_order || !self.ends_on.trim().is_empty() && ends_on.is_none() {
            return None;
        }
        let day = |day: NaiveDate| day.format("%Y-%m-%d").to_string();
        Some(Facts {
            starts_on: day(first),
            ends_on: day(ends_on.unwrap_or(first)),
            place,
            region: region.key().to_string(),
            ..dated?
        })
    }

    /// Template helper: the regions an event may be in.
    pub fn regions(&self) -> [Region; 6] {
        Region::ALL
    }
}
