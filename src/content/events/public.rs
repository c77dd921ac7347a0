//! The events as visitors find them: the list (upcoming or past, with its
//! filters and pages) beside the forums the observatory belongs to, an
//! event's page, its calendar file, the calendar of them all and the Atom
//! feed. Pages are kept for anonymous visitors until the next scheduled
//! item is due, and per day, so an event turns past at midnight.

use askama::Template;
use axum::{
    extract::{Path, Query, State},
    response::Response,
};
use chrono::{DateTime, NaiveDate, Utc};

use super::queries::{self, Event, Filters, Listing};
use crate::{
    content::{Kind, item_slugs, pages::Article, publication, queries::Item},
    state::AppState,
    web::{
        AppError, Page,
        atom::{self, Entry, Feed},
        ical::{self, Calendar},
        page::render,
        page_cache::valid_until,
    },
};

/// How many of the latest published events the Atom feed holds.
const FEED_ENTRIES: u64 = 30;

/// Now, and the day events are upcoming or past from.
fn moment() -> (DateTime<Utc>, NaiveDate) {
    (Utc::now(), super::today())
}

#[derive(Template)]
#[template(path = "content/events_list.html")]
struct ListPage {
    page: Page,
    filters: Filters,
    listing: Listing,
    forums: Vec<Item>,
}

impl ListPage {
    fn upcoming_link(&self) -> String {
        Filters::only_when("")
    }

    fn past_link(&self) -> String {
        Filters::only_when("past")
    }
}

pub async fn list(
    State(state): State<AppState>,
    page: Page,
    Query(filters): Query<Filters>,
) -> Result<Response, AppError> {
    if filters.page.is_some_and(|asked| asked != filters.page()) {
        return Err(AppError::NotFound);
    }
    let now = moment();
    let listing = queries::browse(&state.db, &filters, page.locale, now).await?;
    if filters.page() > listing.pages.max(1) {
        return Err(AppError::NotFound);
    }
    let forums = crate::content::queries::items(&state.db, Kind::Forum, page.locale).await?;
    let until = publication::next_due(&state.db, now.0).await?;
    Ok(valid_until(
        render(&ListPage {
            page,
            filters,
            listing,
            forums,
        })?,
        until,
    ))
}

#[derive(Template)]
#[template(path = "content/event_item.html")]
struct ItemPage {
    page: Page,
    event: Event,
    article: Article,
    past: bool,
}

async fn published(state: &AppState, page: &Page, slug: &str) -> Result<Event, AppError> {
    queries::published_event(&state.db, slug, page.locale, Utc::now())
        .await?
        .ok_or(AppError::NotFound)
}

pub async fn show(
    State(state): State<AppState>,
    page: Page,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let event = published(&state, &page, &slug).await?;
    let place = (Kind::Event, "/events");
    let page = match item_slugs::place(&state.db, place, &event.item, (&slug, page)).await? {
        Ok(page) => page,
        Err(elsewhere) => return Ok(elsewhere),
    };
    let article = Article::from_item(&event.item);
    let (now, today) = moment();
    let until = publication::next_due(&state.db, now).await?;
    Ok(valid_until(
        render(&ItemPage {
            past: event.ends_on < today,
            page,
            event,
            article,
        })?,
        until,
    ))
}

/// An event as calendar programs take it, in the page's language.
fn calendar_event(state: &AppState, page: &Page, event: &Event) -> ical::Event {
    let place = std::iter::once(event.place.clone())
        .chain(event.countries.iter().map(|code| page.country(code)))
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    ical::Event {
        uid: format!(
            "event-{}@{}",
            event.item.slug,
            state.settings.base_url.host_str().unwrap_or("observatory")
        ),
        days: (event.starts_on, event.ends_on),
        summary: event.item.text("title").to_string(),
        description: event.item.text("summary").to_string(),
        location: place,
        url: state.absolute_url(&page.link(&event.path())),
        stamp: event.changed_at,
    }
}

/// One event's calendar file, to add it to a calendar.
pub async fn event_calendar(
    State(state): State<AppState>,
    page: Page,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let event = published(&state, &page, &slug).await?;
    Ok(ical::response(
        &Calendar {
            name: event.item.text("title").to_string(),
            events: vec![calendar_event(&state, &page, &event)],
        },
        &format!("{slug}.ics"),
    ))
}

/// The calendar of every event, upcoming and of the past year, to follow
/// from a calendar program.
pub async fn calendar(State(state): State<AppState>, page: Page) -> Result<Response, AppError> {
    let events = queries::for_calendar(&state.db, page.locale, moment()).await?;
    Ok(ical::response(
        &Calendar {
            name: page.t("events-calendar-name"),
            events: events
                .iter()
                .map(|event| calendar_event(&state, &page, event))
                .collect(),
        },
        "events.ics",
    ))
}

pub async fn feed(State(state): State<AppState>, page: Page) -> Result<Response, AppError> {
    let events = queries::latest(&state.db, FEED_ENTRIES, page.locale, Utc::now()).await?;
    let absolute = |path: &str| state.absolute_url(&page.link(path));
    atom::response(&Feed {
        lang: page.locale.code(),
        title: page.t("events-feed-title"),
        address: absolute("/events/feed"),
        page: absolute("/events"),
        entries: events
            .iter()
            .map(|event| Entry {
                address: absolute(&event.path()),
                title: event.item.text("title").to_string(),
                summary: match event.item.text("summary") {
                    "" => event.days(page.locale),
                    lead => format!("{} — {lead}", event.days(page.locale)),
                },
                lang: event
                    .item
                    .fallback_language("title")
                    .unwrap_or(page.locale.code()),
                author: page.t("site-name"),
                category: event
                    .kind
                    .map(|kind| page.label("events-kind", kind.key()))
                    .unwrap_or_default(),
                published: event.published_at,
                updated: event.changed_at,
            })
            .collect(),
    })
}
