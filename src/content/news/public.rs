//! The news as visitors read it: the list with its filters and pages, an
//! item's page with related items, and the Atom feed. Pages are kept for
//! anonymous visitors until the next scheduled item is due, so it shows on
//! time everywhere.

use askama::Template;
use axum::{
    extract::{Path, Query, State},
    response::Response,
};
use chrono::{DateTime, Utc};

use super::queries::{self, Filters, Listing, NewsItem};
use crate::{
    content::{Kind, item_slugs, pages::Article, publication},
    geography,
    state::AppState,
    web::{
        AppError, Page,
        atom::{self, Entry, Feed},
        page::render,
        page_cache::valid_until,
    },
};

/// How many of the newest items the feed holds.
const FEED_ENTRIES: u64 = 30;

#[derive(Template)]
#[template(path = "content/news_list.html")]
struct ListPage {
    page: Page,
    filters: Filters,
    listing: Listing,
}

impl ListPage {
    /// The countries news concerns, by name in the page's language.
    fn countries(&self) -> Vec<(&'static str, &str, u64)> {
        geography::countries_by_name(self.page.locale)
            .iter()
            .filter_map(|(code, name)| {
                let (_, count) = self.listing.countries.iter().find(|(c, _)| c == code)?;
                Some((*code, name.as_str(), *count))
            })
            .collect()
    }
}

/// Pages showing the news are true until the next scheduled item is due.
async fn kept_until(
    state: &AppState,
    now: DateTime<Utc>,
) -> Result<Option<DateTime<Utc>>, AppError> {
    Ok(publication::next_due(&state.db, now).await?)
}

pub async fn list(
    State(state): State<AppState>,
    page: Page,
    Query(filters): Query<Filters>,
) -> Result<Response, AppError> {
    let now = Utc::now();
    if filters.page.is_some_and(|asked| asked != filters.page()) {
        return Err(AppError::NotFound);
    }
    let listing = queries::browse(&state.db, &filters, page.locale, now).await?;
    if filters.page() > listing.pages.max(1) {
        return Err(AppError::NotFound);
    }
    let until = kept_until(&state, now).await?;
    Ok(valid_until(
        render(&ListPage {
            page,
            filters,
            listing,
        })?,
        until,
    ))
}

#[derive(Template)]
#[template(path = "content/news_item.html")]
struct ItemPage {
    page: Page,
    news: NewsItem,
    article: Article,
    related: Vec<NewsItem>,
}

pub async fn show(
    State(state): State<AppState>,
    page: Page,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let now = Utc::now();
    let news = queries::published_item(&state.db, &slug, page.locale, now)
        .await?
        .ok_or(AppError::NotFound)?;
    let place = (Kind::News, "/news");
    let page = match item_slugs::place(&state.db, place, &news.item, (&slug, page)).await? {
        Ok(page) => page,
        Err(elsewhere) => return Ok(elsewhere),
    };
    let related = queries::related(&state.db, &news, page.locale, now).await?;
    let article = Article::from_item(&news.item);
    let until = kept_until(&state, now).await?;
    Ok(valid_until(
        render(&ItemPage {
            page,
            news,
            article,
            related,
        })?,
        until,
    ))
}

pub async fn feed(State(state): State<AppState>, page: Page) -> Result<Response, AppError> {
    let items = queries::latest(&state.db, FEED_ENTRIES, page.locale, Utc::now()).await?;
    let absolute = |path: &str| state.absolute_url(&page.link(path));
    atom::response(&Feed {
        lang: page.locale.code(),
        title: page.t("news-feed-title"),
        address: absolute("/news/feed"),
        page: absolute("/news"),
        entries: items
            .iter()
            .map(|news| Entry {
                address: absolute(&news.path()),
                title: news.item.text("title").to_string(),
                summary: news.item.text("summary").to_string(),
                lang: news
                    .item
                    .fallback_language("title")
                    .unwrap_or(page.locale.code()),
                author: page.t("site-name"),
                category: news
                    .category
                    .map(|category| page.label("news-category", category.key()))
                    .unwrap_or_default(),
                published: news.published_at,
                updated: news.published_at,
            })
            .collect(),
    })
}
