//! Reading the events as the public sees them: only what is published and
//! due. Upcoming events (not yet over on `today`) come soonest first, past
//! ones latest first. An organisation holds tens of events a year, so the
//! list's filters and counts are worked out from the published events'
//! facts read at once, and only the page shown reads its texts.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use sea_orm::{ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde::Deserialize;

use super::super::{
    Kind, content_item, item_slugs, picture,
    publication::{self, countries_of},
    queries::{Item, with_texts},
};
use super::EventKind;
use crate::{
    geography::Region,
    i18n::Locale,
    web::{form::day_of_stored, pager, sitemap::Addresses},
};

/// Events on a page of the list.
pub const PER_PAGE: usize = 10;
/// The last page a list offers.
const MAX_PAGE: u64 = 10_000;
/// How long ago the events of the calendar feed may have ended: a
/// calendar keeps a year's past events, not the whole archive.
const CALENDAR_PAST_DAYS: u64 = 365;

/// An event as the public reads it, in one language.
pub struct Event {
    pub item: Item,
    pub published_at: DateTime<Utc>,
    /// Its last change: its last edit, or its publication if later.
    pub changed_at: DateTime<Utc>,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub place: String,
    pub region: Option<Region>,
    pub kind: Option<EventKind>,
    pub countries: Vec<String>,
    pub picture: Option<picture::Shown>,
}

impl Event {
    pub fn path(&self) -> String {
        format!("/events/{}", self.item.own_slug())
    }

    pub fn calendar_path(&self) -> String {
        format!("/events/{}/calendar.ics", self.item.own_slug())
    }

    pub fn is_one_day(&self) -> bool {
        self.starts_on == self.ends_on
    }

    /// Its days as `locale` writes them: one day, or from its first to its
    /// last.
    pub fn days(&self, locale: impl std::borrow::Borrow<Locale>) -> String {
        locale.borrow().day_span(self.starts_on, self.ends_on)
    }
}

/// The stored facts of a published event, before its texts are read.
struct Facts {
    row: content_item::Model,
    starts_on: NaiveDate,
    ends_on: NaiveDate,
}

impl Facts {
    fn of(row: content_item::Model) -> Option<Facts> {
        let day = |day: Option<&String>| day_of_stored(day?);
        let starts_on = day(row.starts_on.as_ref())?;
        Some(Facts {
            ends_on: day(row.ends_on.as_ref())
                .unwrap_or(starts_on)
                .max(starts_on),
            starts_on,
            row,
        })
    }

    fn is_past(&self, today: NaiveDate) -> bool {
        self.ends_on < today
    }

    fn region(&self) -> Option<Region> {
        let key = self.row.region.as_deref()?;
        Region::ALL.into_iter().find(|region| region.key() == key)
    }

    fn kind(&self) -> Option<EventKind> {
        self.row.category.as_deref().and_then(EventKind::from_key)
    }
}

/// What the visitor chose to see: `?when=past&region=&kind=&year=&page=`.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Filters {
    /// `past`, or anything else for the upcoming events.
    pub when: String,
    pub region: String,
    pub kind: String,
    pub year: String,
    pub page: Option<u64>,
}

impl Filters {
    pub fn past(&self) -> bool {
        self.when == "past"
    }

    pub fn page(&self) -> u64 {
        self.page.unwrap_or(1).clamp(1, MAX_PAGE)
    }

    /// Whether any filter beyond upcoming/past is chosen.
    pub fn narrowed(&self) -> bool {
        !(self.region.is_empty() && self.kind.is_empty() && self.year.is_empty())
    }

    /// The query string with `name` set to `value`, back on page one.
    pub fn with(&self, name: &str, value: &str) -> String {
        let when = if self.past() { "past" } else { "" };
        let pairs = vec![
            ("when", when),
            ("region", self.region.as_str()),
            ("kind", self.kind.as_str()),
            ("year", self.year.as_str()),
        ];
        pager::with_changed(pairs, name, value)
    }

    /// Upcoming or past, every other filter dropped.
    pub fn only_when(when: &str) -> String {
        pager::with_changed(vec![("when", when)], "", "")
    }

    pub fn on_page(&self, page: impl std::borrow::Borrow<u64>) -> String {
        pager::on_page(&self.with("", ""), *page.borrow())
    }

    fn keeps(&self, event: &Facts) -> bool {
        (self.region.is_empty() || event.row.region.as_deref() == Some(self.region.as_str()))
            && (self.kind.is_empty() || event.row.category.as_deref() == Some(self.kind.as_str()))
            && (self.year.is_empty() || event.starts_on.year().to_string() == self.year)
    }
}

/// One page of the list, and how many upcoming or past events each region,
/// kind and year has (for the filters).
pub struct Listing {
    pub items: Vec<Event>,
    pub total: u64,
    pub pages: u64,
    pub upcoming: u64,
    pub past: u64,
    pub regions: Vec<(Region, u64)>,
    pub kinds: Vec<(EventKind, u64)>,
    pub years: Vec<(i32, u64)>,
}

impl Listing {
    pub fn pager(&self, current: impl std::borrow::Borrow<u64>) -> Vec<u64> {
        pager::numbers(*current.borrow(), self.pages)
    }
}

/// Every published event's facts, soonest first.
async fn published_facts(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
) -> Result<Vec<Facts>, DbErr> {
    Ok(content_item::Entity::find()
        .filter(publication::published(Kind::Event, now))
        .order_by_asc(content_item::Column::StartsOn)
        .order_by_asc(content_item::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .filter_map(Facts::of)
        .collect())
}

fn counted<T: PartialEq + Copy>(all: impl Iterator<Item = T>) -> Vec<(T, u64)> {
    let mut counts: Vec<(T, u64)> = Vec::new();
    for value in all {
        match counts.iter_mut().find(|(seen, _)| *seen == value) {
            Some((_, count)) => *count += 1,
            None => counts.push((value, 1)),
        }
    }
    counts
}

pub async fn browse(
    db: &impl ConnectionTrait,
    filters: &Filters,
    locale: Locale,
    (now, today): (DateTime<Utc>, NaiveDate),
) -> Result<Listing, DbErr> {
    let all = published_facts(db, now).await?;
    let past = all.iter().filter(|event| event.is_past(today)).count() as u64;
    let upcoming = all.len() as u64 - past;
    let mut shown: Vec<Facts> = all
        .into_iter()
        .filter(|event| event.is_past(today) == filters.past())
        .collect();
    if filters.past() {
        shown.reverse();
    }
    let mut regions = counted(shown.iter().filter_map(Facts::region));
    regions.sort_by_key(|(region, _)| Region::ALL.iter().position(|r| r == region));
    let mut kinds = counted(shown.iter().filter_map(Facts::kind));
    kinds.sort_by_key(|(kind, _)| EventKind::ALL.iter().position(|k| k == kind));
    let mut years = counted(shown.iter().map(|event| event.starts_on.year()));
    years.sort_by_key(|(year, _)| std::cmp::Reverse(*year));
    let kept: Vec<Facts> = shown
        .into_iter()
        .filter(|event| filters.keeps(event))
        .collect();
    let total = kept.len() as u64;
    let skipped = usize::try_from(filters.page() - 1).unwrap_or(usize::MAX) * PER_PAGE;
    let page: Vec<Facts> = kept.into_iter().skip(skipped).take(PER_PAGE).collect();
    Ok(Listing {
        items: with_texts_of(db, page, locale).await?,
        total,
        pages: total.div_ceil(PER_PAGE as u64),
        upcoming,
        past,
        regions,
        kinds,
        years,
    })
}

/// The events' texts in `locale`, and their countries.
async fn with_texts_of(
    db: &impl ConnectionTrait,
    events: Vec<Facts>,
    locale: Locale,
) -> Result<Vec<Event>, DbErr> {
    let mut countries = countries_of(db, events.iter().map(|event| event.row.id)).await?;
    let rows = events.iter().map(|event| event.row.clone()).collect();
    let image_ids: Vec<Option<i32>> = events.iter().map(|event| event.row.image_id).collect();
    let items = with_texts(db, rows, locale).await?;
    let pictures = picture::shown_with(db, &image_ids, &items).await?;
    Ok(items
        .into_iter()
        .zip(events)
        .zip(pictures)
        .map(|((item, facts), picture)| Event {
            item,
            published_at: facts.row.published_at.unwrap_or_default(),
            changed_at: facts
                .row
                .edited_at
                .max(facts.row.published_at)
                .unwrap_or_default(),
            starts_on: facts.starts_on,
            ends_on: facts.ends_on,
            place: facts.row.place.clone().unwrap_or_default(),
            region: facts.region(),
            kind: facts.kind(),
            countries: countries.remove(&facts.row.id).unwrap_or_default(),
            picture,
        })
        .collect())
}

/// The published event under `slug`, if the public may read it.
pub async fn published_event(
    db: &impl ConnectionTrait,
    slug: &str,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<Option<Event>, DbErr> {
    let row = content_item::Entity::find()
        .filter(publication::published(Kind::Event, now))
        .filter(item_slugs::at(slug))
        .one(db)
        .await?;
    let facts = row.into_iter().filter_map(Facts::of).collect();
    Ok(with_texts_of(db, facts, locale).await?.pop())
}

/// The upcoming events, soonest first, at most `count` (the home page).
pub async fn upcoming(
    db: &impl ConnectionTrait,
    count: usize,
    locale: Locale,
    (now, today): (DateTime<Utc>, NaiveDate),
) -> Result<Vec<Event>, DbErr> {
    let soonest = published_facts(db, now)
        .await?
        .into_iter()
        .filter(|event| !event.is_past(today))
        .take(count)
        .collect();
    with_texts_of(db, soonest, locale).await
}

/// The events under `slugs` the public may read at `now`, soonest first
/// (a bulletin's).
pub async fn published_events(
    db: &impl ConnectionTrait,
    slugs: &[String],
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<Vec<Event>, DbErr> {
    let chosen = published_facts(db, now)
        .await?
        .into_iter()
        .filter(|event| slugs.contains(&event.row.slug))
        .collect();
    with_texts_of(db, chosen, locale).await
}

/// The events of the calendar feed: every published one not over for more
/// than a year, soonest first.
pub async fn for_calendar(
    db: &impl ConnectionTrait,
    locale: Locale,
    (now, today): (DateTime<Utc>, NaiveDate),
) -> Result<Vec<Event>, DbErr> {
    let since = today
        .checked_sub_days(chrono::Days::new(CALENDAR_PAST_DAYS))
        .unwrap_or(today);
    let kept = published_facts(db, now)
        .await?
        .into_iter()
        .filter(|event| !event.is_past(since))
        .collect();
    with_texts_of(db, kept, locale).await
}

/// The `count` most recently published events (the Atom feed).
pub async fn latest(
    db: &impl ConnectionTrait,
    count: u64,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<Vec<Event>, DbErr> {
    let rows = content_item::Entity::find()
        .filter(publication::published(Kind::Event, now))
        .order_by_desc(content_item::Column::PublishedAt)
        .order_by_desc(content_item::Column::Id)
        .limit(count)
        .all(db)
        .await?;
    with_texts_of(db, rows.into_iter().filter_map(Facts::of).collect(), locale).await
}

/// The list and every published event, for the sitemap.
pub async fn sitemap_paths(db: &impl ConnectionTrait) -> Result<Vec<Addresses>, DbErr> {
    item_slugs::sitemap_addresses(db, Kind::Event, "/events").await
}
