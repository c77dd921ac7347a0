//! Reading the news as the public sees it: only what is published and due
//! (`published_at` not later than now), newest first.

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, FromQueryResult, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, sea_query::Query,
};
use serde::Deserialize;

use super::super::{
    Kind, content_country, content_item, item_slugs, picture,
    publication::{self, countries_of},
    queries::{Item, with_texts},
};
use super::Category;
use crate::{
    i18n::Locale,
    web::{pager, sitemap::Addresses},
};

/// Items on a page of the list.
pub const PER_PAGE: u64 = 10;
/// The last page a list offers: ten thousand pages of news.
const MAX_PAGE: u64 = 10_000;
/// Related items under an item.
const RELATED: u64 = 3;

/// A news item as the public reads it, in one language.
pub struct NewsItem {
    pub item: Item,
    pub published_at: DateTime<Utc>,
    pub category: Option<Category>,
    pub countries: Vec<String>,
    pub picture: Option<picture::Shown>,
}

impl NewsItem {
    pub fn path(&self) -> String {
        format!("/news/{}", self.item.own_slug())
    }
}

/// What the visitor chose to see: `?category=&country=&page=`.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Filters {
    pub category: String,
    pub country: String,
    pub page: Option<u64>,
}

impl Filters {
    /// The page asked for; one far beyond any list is refused before it
    /// is read (its offset would not fit).
    pub fn page(&self) -> u64 {
        self.page.unwrap_or(1).clamp(1, MAX_PAGE)
    }

    /// The query string with `name` set to `value`, back on page one.
    pub fn with(&self, name: &str, value: &str) -> String {
        let pairs = vec![
            ("category", self.category.as_str()),
            ("country", self.country.as_str()),
        ];
        pager::with_changed(pairs, name, value)
    }

    pub fn on_page(&self, page: impl std::borrow::Borrow<u64>) -> String {
        pager::on_page(&self.with("", ""), *page.borrow())
    }

    fn condition(&self, now: DateTime<Utc>) -> Condition {
        let mut condition = published(now);
        if !self.category.is_empty() {
            condition = condition.add(content_item::Column::Category.eq(self.category.as_str()));
        }
        if !self.country.is_empty() {
            condition = condition.add(
                content_item::Column::Id.in_subquery(
                    Query::select()
                        .column(content_country::Column::ItemId)
                        .from(content_country::Entity)
                        .and_where(content_country::Column::CountryCode.eq(self.country.as_str()))
                        .to_owned(),
                ),
            );
        }
        condition
    }
}

/// News the public may read at `now`.
fn published(now: DateTime<Utc>) -> Condition {
    publication::published(Kind::News, now)
}

/// One page of the list, and how many of each category and country the
/// published news holds (for the filters).
pub struct Listing {
    pub items: Vec<NewsItem>,
    pub total: u64,
    pub pages: u64,
    pub categories: Vec<(Category, u64)>,
    pub countries: Vec<(String, u64)>,
}

impl Listing {
    pub fn pager(&self, current: impl std::borrow::Borrow<u64>) -> Vec<u64> {
        pager::numbers(*current.borrow(), self.pages)
    }
}

pub async fn browse(
    db: &impl ConnectionTrait,
    filters: &Filters,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<Listing, DbErr> {
    let paginator = newest_first(content_item::Entity::find().filter(filters.condition(now)))
        .paginate(db, PER_PAGE);
    let counted = paginator.num_items_and_pages().await?;
    let rows = paginator.fetch_page(filters.page() - 1).await?;
    Ok(Listing {
        items: with_facts(db, rows, locale).await?,
        total: counted.number_of_items,
        pages: counted.number_of_pages,
        categories: category_counts(db, now).await?,
        countries: country_counts(db, now).await?,
    })
}

fn newest_first(
    select: sea_orm::Select<content_item::Entity>,
) -> sea_orm::Select<content_item::Entity> {
    select
        .order_by_desc(content_item::Column::PublishedAt)
        .order_by_desc(content_item::Column::Id)
}

#[derive(FromQueryResult)]
struct Counted {
    key: Option<String>,
    count: i64,
}

async fn category_counts(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
) -> Result<Vec<(Category, u64)>, DbErr> {
    let counted = content_item::Entity::find()
        .select_only()
        .column_as(content_item::Column::Category, "key")
        .column_as(content_item::Column::Id.count(), "count")
        .filter(published(now))
        .group_by(content_item::Column::Category)
        .into_model::<Counted>()
        .all(db)
        .await?;
    Ok(Category::ALL
        .into_iter()
        .filter_map(|category| {
            let count = counted
                .iter()
                .find(|row| row.key.as_deref() == Some(category.key()))?
                .count;
            Some((category, u64::try_from(count).unwrap_or(0)))
        })
        .collect())
}

async fn country_counts(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
) -> Result<Vec<(String, u64)>, DbErr> {
    let counted = content_country::Entity::find()
        .select_only()
        .column_as(content_country::Column::CountryCode, "key")
        .column_as(content_country::Column::ItemId.count(), "count")
        .filter(
            content_country::Column::ItemId.in_subquery(
                Query::select()
                    .column(content_item::Column::Id)
                    .from(content_item::Entity)
                    .cond_where(published(now))
                    .to_owned(),
            ),
        )
        .group_by(content_country::Column::CountryCode)
        .into_model::<Counted>()
        .all(db)
        .await?;
    Ok(counted
        .into_iter()
        .filter_map(|row| Some((row.key?, u64::try_from(row.count).unwrap_or(0))))
        .collect())
}

/// The rows' texts in `locale`, and their countries.
async fn with_facts(
    db: &impl ConnectionTrait,
    rows: Vec<content_item::Model>,
    locale: Locale,
) -> Result<Vec<NewsItem>, DbErr> {
    let mut countries = countries_of(db, rows.iter().map(|row| row.id)).await?;
    let facts: Vec<(i32, Option<DateTime<Utc>>, Option<String>)> = rows
        .iter()
        .map(|row| (row.id, row.published_at, row.category.clone()))
        .collect();
    let image_ids: Vec<Option<i32>> = rows.iter().map(|row| row.image_id).collect();
    let items = with_texts(db, rows, locale).await?;
    let pictures = picture::shown_with(db, &image_ids, &items).await?;
    Ok(items
        .into_iter()
        .zip(facts)
        .zip(pictures)
        .map(|((item, (id, published_at, category)), picture)| NewsItem {
            item,
            published_at: published_at.unwrap_or_default(),
            category: category.as_deref().and_then(Category::from_key),
            countries: countries.remove(&id).unwrap_or_default(),
            picture,
        })
        .collect())
}

/// The published item under `slug`, if the public may read it.
pub async fn published_item(
    db: &impl ConnectionTrait,
    slug: &str,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<Option<NewsItem>, DbErr> {
    let row = content_item::Entity::find()
        .filter(published(now))
        .filter(item_slugs::at(slug))
        .one(db)
        .await?;
    Ok(with_facts(db, row.into_iter().collect(), locale)
        .await?
        .pop())
}

/// The newest published items sharing the item's category or one of its
/// countries.
pub async fn related(
    db: &impl ConnectionTrait,
    to: &NewsItem,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<Vec<NewsItem>, DbErr> {
    let mut shared = Condition::any().add(
        content_item::Column::Id.in_subquery(
            Query::select()
                .column(content_country::Column::ItemId)
                .from(content_country::Entity)
                .and_where(content_country::Column::CountryCode.is_in(to.countries.clone()))
                .to_owned(),
        ),
    );
    if let Some(category) = to.category {
        shared = shared.add(content_item::Column::Category.eq(category.key()));
    }
    let rows = newest_first(
        content_item::Entity::find()
            .filter(published(now))
            .filter(content_item::Column::Slug.ne(to.item.slug.as_str()))
            .filter(shared),
    )
    .limit(RELATED)
    .all(db)
    .await?;
    with_facts(db, rows, locale).await
}

/// The `count` newest published items (the home page, the feed).
pub async fn latest(
    db: &impl ConnectionTrait,
    count: u64,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<Vec<NewsItem>, DbErr> {
    let rows = newest_first(content_item::Entity::find().filter(published(now)))
        .limit(count)
        .all(db)
        .await?;
    with_facts(db, rows, locale).await
}

/// The items under `slugs` the public may read at `now`, newest first.
pub async fn published_items(
    db: &impl ConnectionTrait,
    slugs: &[String],
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<Vec<NewsItem>, DbErr> {
    let rows = newest_first(
        content_item::Entity::find()
            .filter(published(now))
            .filter(content_item::Column::Slug.is_in(slugs.iter().cloned())),
    )
    .all(db)
    .await?;
    with_facts(db, rows, locale).await
}

/// The list and every published item, for the sitemap.
pub async fn sitemap_paths(db: &impl ConnectionTrait) -> Result<Vec<Addresses>, DbErr> {
    item_slugs::sitemap_addresses(db, Kind::News, "/news").await
}
