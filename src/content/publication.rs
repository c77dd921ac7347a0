//! When dated content (news and events) shows publicly: a draft never, a
//! published item from its `published_at` on, which may be to come
//! (scheduled). Pages showing dated content are kept only until the next
//! scheduled item is due (`next_due`), and every instance announces the
//! items that became due to the search and to the other instances' kept
//! pages (`announce_due`).

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
};

use super::{Kind, content_country, content_item};
use crate::{
    index_changes::{self, Subject},
    state::AppState,
    web::{Page, page_cache},
};

/// The kinds published from a moment on; every other kind always shows.
pub const DATED: [Kind; 2] = [Kind::News, Kind::Event];

/// Where a dated item stands for the public.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Publication {
    Draft,
    Scheduled,
    Published,
}

impl Publication {
    pub fn of(published_at: Option<DateTime<Utc>>, now: DateTime<Utc>) -> Publication {
        match published_at {
            None => Publication::Draft,
            Some(at) if at > now => Publication::Scheduled,
            Some(_) => Publication::Published,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Publication::Draft => "draft",
            Publication::Scheduled => "scheduled",
            Publication::Published => "published",
        }
    }
}

/// What an item's form says while the public does not see it yet.
pub fn unpublished_note(page: &Page, published_at: Option<DateTime<Utc>>) -> Option<String> {
    match Publication::of(published_at, Utc::now()) {
        Publication::Draft => Some(page.t("news-is-draft")),
        Publication::Scheduled => {
            let when = page.long_date(&published_at?);
            Some(page.t_with("news-is-scheduled", "when", &when))
        }
        Publication::Published => None,
    }
}

/// Items of `kind` the public may read at `now`.
pub fn published(kind: Kind, now: DateTime<Utc>) -> Condition {
    Condition::all()
        .add(content_item::Column::Kind.eq(kind))
        .add(content_item::Column::PublishedAt.lte(now))
}

/// When the next scheduled item of any dated kind is due, if one is:
/// pages showing dated content are kept until then.
pub async fn next_due(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
) -> Result<Option<DateTime<Utc>>, DbErr> {
    Ok(content_item::Entity::find()
        .filter(content_item::Column::Kind.is_in(DATED))
        .filter(content_item::Column::PublishedAt.gt(now))
        .order_by_asc(content_item::Column::PublishedAt)
        .one(db)
        .await?
        .and_then(|row| row.published_at))
}

/// What an item of a dated kind is filed under in the search and versions.
pub fn subject(kind: Kind, slug: &str) -> Subject {
    match kind {
        Kind::Event => Subject::Event(slug.to_string()),
        Kind::News => Subject::News(slug.to_string()),
        _ => Subject::Page(slug.to_string()),
    }
}

/// The items that became due in `(after, until]`: their search entries and
/// every instance's kept pages must follow.
async fn became_due(
    db: &impl ConnectionTrait,
    (after, until): (DateTime<Utc>, DateTime<Utc>),
) -> Result<Vec<Subject>, DbErr> {
    Ok(content_item::Entity::find()
        .filter(content_item::Column::Kind.is_in(DATED))
        .filter(content_item::Column::PublishedAt.gt(after))
        .filter(content_item::Column::PublishedAt.lte(until))
        .all(db)
        .await?
        .into_iter()
        .map(|row| subject(row.kind, &row.slug))
        .collect())
}

/// Tells the search and every instance that the items due in
/// `(after, until]` are now public: their search entries are written, and
/// kept pages that might list them are forgotten (pages showing dated
/// content already expire on time by themselves; this catches every other
/// page and instance). Saying it twice does no harm, so each instance
/// says it.
pub async fn announce_due(
    state: &AppState,
    window: (DateTime<Utc>, DateTime<Utc>),
) -> Result<usize, DbErr> {
    let subjects = became_due(&state.db, window).await?;
    if subjects.is_empty() {
        return Ok(0);
    }
    let txn = state.begin_write().await?;
    for subject in &subjects {
        index_changes::record(&txn, subject).await?;
    }
    page_cache::commit_change(state, txn).await?;
    Ok(subjects.len())
}

/// The slugs of every item of `kind` the public may read now, newest
/// first.
pub async fn published_slugs(db: &impl ConnectionTrait, kind: Kind) -> Result<Vec<String>, DbErr> {
    Ok(content_item::Entity::find()
        .filter(published(kind, Utc::now()))
        .order_by_desc(content_item::Column::PublishedAt)
        .order_by_desc(content_item::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|row| row.slug)
        .collect())
}

/// A published item's facts, for its search entry.
pub struct Published {
    pub row: content_item::Model,
    pub countries: Vec<String>,
}

impl Published {
    pub fn published_at(&self) -> DateTime<Utc> {
        self.row.published_at.unwrap_or_default()
    }
}

/// The item of `kind` under `slug` with its countries: none while the
/// public may not read it.
pub async fn published_facts(
    db: &impl ConnectionTrait,
    kind: Kind,
    slug: &str,
) -> Result<Option<Published>, DbErr> {
    let Some(row) = content_item::Entity::find()
        .filter(published(kind, Utc::now()))
        .filter(content_item::Column::Slug.eq(slug))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let countries = countries_of(db, std::iter::once(row.id))
        .await?
        .remove(&row.id)
        .unwrap_or_default();
    Ok(Some(Published { row, countries }))
}

/// The countries of each item, by code.
pub async fn countries_of(
    db: &impl ConnectionTrait,
    ids: impl Iterator<Item = i32>,
) -> Result<HashMap<i32, Vec<String>>, DbErr> {
    let mut found: HashMap<i32, Vec<String>> = HashMap::new();
    for row in content_country::Entity::find()
        .filter(content_country::Column::ItemId.is_in(ids))
        .order_by_asc(content_country::Column::CountryCode)
        .all(db)
        .await?
    {
        found.entry(row.item_id).or_default().push(row.country_code);
    }
    Ok(found)
}
