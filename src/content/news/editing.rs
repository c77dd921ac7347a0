//! What editors write of a news item besides its texts (its pages are the
//! dated sections' own, `content::dated`): its category, the countries it
//! concerns, and its publication — a draft nobody else sees, or shown from
//! a moment that may be now, past or to come (scheduled). Events share it,
//! their kind standing in the category.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use serde::Deserialize;

use crate::{
    content::editing::{Categories, Facts},
    geography::{self, COUNTRY_CODES},
    time_zones::{self, Tz},
    web::{Page, form::FieldErrors},
};

/// A dated item's facts as its form holds them: its category, countries
/// and publication (news items and events alike).
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct NewsInput {
    /// What the section files its items under.
    #[serde(skip)]
    pub categories: Categories,
    pub category: String,
    /// Country codes, one per chosen option.
    pub countries: Vec<String>,
    /// `draft` or `publish`.
    pub publication: String,
    /// `YYYY-MM-DD` and `HH:MM` in the editor's zone; empty for now.
    pub publish_date: String,
    pub publish_time: String,
}

/// A draft: nothing public until an editor publishes it.
const DRAFT: &str = "draft";
const PUBLISH: &str = "publish";

impl NewsInput {
    /// A new item's form: a draft.
    pub fn draft(categories: Categories) -> NewsInput {
        NewsInput {
            categories,
            publication: DRAFT.to_string(),
            ..NewsInput::default()
        }
    }

    /// Stored facts as the form shows them, times in the editor's zone.
    pub fn of(facts: &Facts, zone: Tz, categories: Categories) -> NewsInput {
        let published = facts.published_at().map(|at| at.with_timezone(&zone));
        NewsInput {
            categories,
            category: facts.category.clone(),
            countries: facts.country_codes().map(str::to_string).collect(),
            publication: if published.is_some() { PUBLISH } else { DRAFT }.to_string(),
            publish_date: published
                .map_or_else(String::new, |at| at.format("%Y-%m-%d").to_string()),
            publish_time: published.map_or_else(String::new, |at| at.format("%H:%M").to_string()),
        }
    }

    /// The facts to store, or none with each problem against its field.
    /// Publishing without a date publishes now.
    pub fn check(&self, errors: &mut FieldErrors, zone: Tz) -> Option<Facts> {
        let category = self.category.trim();
        let category_known = category.is_empty() || self.categories.keys.contains(&category);
        if !category_known {
            errors.add("category", "news-category-unknown");
        }
        let mut countries: Vec<&str> = self.countries.iter().map(|code| code.trim()).collect();
        countries.sort_unstable();
        countries.dedup();
        let countries_known = countries.iter().all(|code| COUNTRY_CODES.contains(code));
        if !countries_known {
            errors.add("countries", "news-country-unknown");
        }
        let published_at = match self.publication.as_str() {
            DRAFT => Some(None),
            PUBLISH => self.moment(errors, zone).map(Some),
            _ => {
                errors.add("publication", "news-publication-missing");
                None
            }
        }?;
        (category_known && countries_known).then(|| Facts {
            category: category.to_string(),
            countries: countries.join(","),
            published_at: published_at
                .map(|at: DateTime<Utc>| at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
                .unwrap_or_default(),
            ..Facts::default()
        })
    }

    /// When a published item shows: the date and time typed, or now.
    fn moment(&self, errors: &mut FieldErrors, zone: Tz) -> Option<DateTime<Utc>> {
        let (date, time) = (self.publish_date.trim(), self.publish_time.trim());
        if date.is_empty() && time.is_empty() {
            return Some(Utc::now());
        }
        let Ok(date) = NaiveDate::parse_from_str(date, "%Y-%m-%d") else {
            errors.add("publish_date", "news-date-invalid");
            return None;
        };
        // Browsers send seconds too when a field's step asks for them.
        let time = if time.is_empty() {
            Some(NaiveTime::MIN)
        } else {
            NaiveTime::parse_from_str(time, "%H:%M:%S")
                .or_else(|_| NaiveTime::parse_from_str(time, "%H:%M"))
                .ok()
        };
        let Some(time) = time else {
            errors.add("publish_time", "news-time-invalid");
            return None;
        };
        let moment = time_zones::to_utc(date.and_time(time), zone);
        if moment.is_none() {
            errors.add("publish_time", "news-time-skipped");
        }
        moment
    }

    /// Template helpers.
    pub fn is_chosen(&self, code: &str) -> bool {
        self.countries.iter().any(|chosen| chosen == code)
    }

    pub fn categories(&self) -> &'static [&'static str] {
        self.categories.keys
    }

    pub fn country_options(&self, page: &Page) -> &'static [(&'static str, String)] {
        geography::countries_by_name(page.locale)
    }
}
