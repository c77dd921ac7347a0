//! Events and international forums: the meetings, conferences, councils
//! and trainings the observatory holds or takes part in. Editors write them
//! like news (`editing`: three languages side by side, draft, published or
//! scheduled) with their days, place, country, region and kind; the public
//! finds them at `/{lang}/events`, upcoming or past, by region, kind and
//! year, each with its page, a calendar file, an iCal feed of them all and
//! an Atom feed (`public`), next to the forums the observatory belongs to.
//!
//! An event is a content item of kind `event`: its kind in `category`, its
//! days in `starts_on`/`ends_on`, its place in `place`, its region in
//! `region`, its country in `content_countries`.

mod editing;
mod public;
pub mod queries;

use axum::{Router, routing::get};

use super::Kind;
use super::editing::{Categories, Section};
use crate::{state::AppState, web::page_cache::keepable};

pub use editing::EventInput;
pub use queries::sitemap_paths;

/// Where editors find the events.
pub const EVENTS: Section = Section {
    kind: Kind::Event,
    staff_path: "/staff/events",
    list_label: "staff-events",
    messages: "events",
    categories: Categories {
        keys: &EventKind::KEYS,
        labels: "events-kind",
        field: "events-field-kind",
        none: "events-no-kind",
    },
};

/// What kind of meeting an event is. Stored by key; a kind this binary does
/// not know reads as none.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventKind {
    /// A session of an international forum (ECOSOC, UNESCO, the European
    /// Forum on the Rights of the Child).
    Forum,
    Conference,
    /// A meeting of a Continental Council for Juvenile Justice.
    Council,
    ExpertMeeting,
    Training,
    Webinar,
}

impl EventKind {
    pub const ALL: [EventKind; 6] = [
        EventKind::Forum,
        EventKind::Conference,
        EventKind::Council,
        EventKind::ExpertMeeting,
        EventKind::Training,
        EventKind::Webinar,
    ];

    /// As stored, in `ALL`'s order.
    const KEYS: [&'static str; 6] = [
        "forum",
        "conference",
        "council",
        "expert-meeting",
        "training",
        "webinar",
    ];

    pub fn key(self) -> &'static str {
        let index = EventKind::ALL
            .iter()
            .position(|kind| *kind == self)
            .unwrap_or(0);
        EventKind::KEYS[index]
    }

    pub fn from_key(key: &str) -> Option<EventKind> {
        EventKind::ALL.into_iter().find(|kind| kind.key() == key)
    }
}

/// The day events are upcoming or past from: the server's day, as the
/// page cache counts days (kept pages are not carried over midnight).
pub fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

/// The public pages (kept for anonymous visitors until the next scheduled
/// item is due, and for the day: an event turns past at midnight), the
/// calendars and the feed.
pub fn public_routes() -> Router<AppState> {
    Router::new()
        .route("/events", get(public::list))
        .route("/events/{slug}", get(public::show))
        .route_layer(keepable())
        .route("/events/feed", get(public::feed))
        .route("/events/calendar.ics", get(public::calendar))
        .route("/events/{slug}/calendar.ics", get(public::event_calendar))
}
