//! News: what the observatory has to tell, dated, in a category and about
//! some countries. Editors write it in the three languages side by side,
//! keep it as a draft, publish it at once or schedule it (`editing`); the
//! public reads it from its publication time on (`public`), in its list,
//! its page, the home page, the Atom feed, the sitemap and the search.
//!
//! A news item is a content item of kind `news` (its texts are the pages'
//! own title, lead and Markdown body), with `published_at` and `category`
//! on the item and its countries in `content_countries`.

mod editing;
mod public;
pub mod queries;

use axum::{Router, extract::DefaultBodyLimit, routing::get};

use super::editing::{FORM_BODY_LIMIT, Section};
use super::{Kind, history};
use chrono::{DateTime, Utc};
use sea_orm::DbErr;

use crate::{
    index_changes::{self, Subject},
    state::AppState,
    web::page_cache::{self, keepable},
};

pub use editing::{NewsInput, unpublished_note};
pub use queries::sitemap_paths;

/// Where editors find the news.
pub const NEWS: Section = Section {
    kind: Kind::News,
    staff_path: "/staff/news",
};

/// What a news item is about, as the list filters it. Stored by key; a
/// category this binary does not know reads as none.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    Organisation,
    Cooperation,
    Publications,
    Events,
    Legislation,
    Network,
}

impl Category {
    pub const ALL: [Category; 6] = [
        Category::Organisation,
        Category::Cooperation,
        Category::Publications,
        Category::Events,
        Category::Legislation,
        Category::Network,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Category::Organisation => "organisation",
            Category::Cooperation => "cooperation",
            Category::Publications => "publications",
            Category::Events => "events",
            Category::Legislation => "legislation",
            Category::Network => "network",
        }
    }

    pub fn from_key(key: &str) -> Option<Category> {
        Category::ALL
            .into_iter()
            .find(|category| category.key() == key)
    }
}

/// The public pages (kept for anonymous visitors until the next scheduled
/// item is due) and the feed.
pub fn public_routes() -> Router<AppState> {
    Router::new()
        .route("/news", get(public::list))
        .route("/news/{slug}", get(public::show))
        .route_layer(keepable())
        .route("/news/feed", get(public::feed))
}

/// The editors' pages.
pub fn editor_routes() -> Router<AppState> {
    let limit = || DefaultBodyLimit::max(FORM_BODY_LIMIT);
    Router::new()
        .route("/news", get(editing::list))
        .route(
            "/news/new",
            get(editing::new).post(editing::create).layer(limit()),
        )
        .route(
            "/news/{slug}",
            get(editing::show).post(editing::update).layer(limit()),
        )
        .merge(history::routes(&NEWS))
}

/// Tells the search and every instance that the news items due in
/// `(after, until]` are now public: their search entries are written, and
/// kept pages that might list them are forgotten (pages showing the news
/// already expire on time by themselves; this catches every other page
/// and instance). Saying it twice does no harm, so each instance says it.
pub async fn announce_due(
    state: &AppState,
    window: (DateTime<Utc>, DateTime<Utc>),
) -> Result<usize, DbErr> {
    let slugs = queries::became_due(&state.db, window).await?;
    if slugs.is_empty() {
        return Ok(0);
    }
    let txn = state.begin_write().await?;
    for slug in &slugs {
        index_changes::record(&txn, &Subject::News(slug.clone())).await?;
    }
    page_cache::commit_change(state, txn).await?;
    Ok(slugs.len())
}
