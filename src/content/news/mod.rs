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

use axum::{Router, routing::get};

use super::Kind;
use super::editing::{Categories, Section};
use crate::{state::AppState, web::page_cache::keepable};

pub use editing::NewsInput;
pub use queries::sitemap_paths;

/// Where editors find the news.
pub const NEWS: Section = Section {
    kind: Kind::News,
    staff_path: "/staff/news",
    list_label: "staff-news",
    messages: "news",
    categories: Categories {
        keys: &Category::KEYS,
        labels: "news-category",
        field: "news-field-category",
        none: "news-no-category",
    },
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

    /// As stored, in `ALL`'s order.
    const KEYS: [&'static str; 6] = [
        "organisation",
        "cooperation",
        "publications",
        "events",
        "legislation",
        "network",
    ];

    pub fn key(self) -> &'static str {
        let index = Category::ALL
            .iter()
            .position(|category| *category == self)
            .unwrap_or(0);
        Category::KEYS[index]
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
