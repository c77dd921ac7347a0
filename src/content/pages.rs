//! The public pages: who we are, technical cooperation, networks
//! and the legal texts (the contact page is the contact feature's, around
//! its text here, the reports page the library's, and the home page
//! `home`'s).

use askama::Template;
use axum::{Router, extract::State, response::Response, routing::get};

use super::{
    Kind,
    queries::{self, Item},
};
use crate::{
    geography::Region,
    state::AppState,
    web::{AppError, Page, markdown, page::render, page_cache},
};

/// The pages above, for the sitemap.
pub const SITEMAP_PATHS: [&str; 9] = [
    "/",
    "/about",
    "/technical-cooperation",
    "/collaboration-networks",
    "/reports",
    "/contact",
    "/privacy",
    "/cookies",
    "/legal-notice",
];

/// The path of the page stored under `slug`, when the site shows it.
pub fn path_of_page(slug: &str) -> Option<&'static str> {
    let path = if slug == "home" {
        "/".to_string()
    } else {
        format!("/{slug}")
    };
    SITEMAP_PATHS.into_iter().find(|known| *known == path)
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/about", get(show_about))
        .route("/technical-cooperation", get(show_technical_cooperation))
        .route("/collaboration-networks", get(show_collaboration_networks))
        .route("/privacy", get(|s, p| show_article(s, p, "privacy")))
        .route("/cookies", get(|s, p| show_article(s, p, "cookies")))
        .route(
            "/legal-notice",
            get(|s, p| show_article(s, p, "legal-notice")),
        )
        .route_layer(page_cache::keepable())
}

/// A page's editorial text: its body, written in Markdown, as the safe
/// HTML the site makes of it (`web::markdown`).
pub struct Article {
    pub title: String,
    pub summary: String,
    pub body: String,
    /// The language of the title, the lead and the body when it is not
    /// the page's (the English, for want of a translation), so that
    /// browsers and screen readers read them as such.
    pub title_lang: Option<&'static str>,
    pub summary_lang: Option<&'static str>,
    pub body_lang: Option<&'static str>,
}

impl Article {
    pub fn new(title: &str, summary: &str, body: &str) -> Article {
        Article {
            title: title.to_string(),
            summary: summary.to_string(),
            body: markdown::to_html(body),
            title_lang: None,
            summary_lang: None,
            body_lang: None,
        }
    }

    pub(super) fn from_item(item: &Item) -> Article {
        Article {
            title_lang: item.fallback_language("title"),
            summary_lang: item.fallback_language("summary"),
            body_lang: item.fallback_language("body"),
            ..Article::new(item.text("title"), item.text("summary"), item.text("body"))
        }
    }
}

async fn article(state: &AppState, page: &Page, slug: &str) -> Result<Article, AppError> {
    page_article(&state.db, page, slug).await
}

/// The text of the page stored under `slug`, in the page's language: what
/// another feature's page shows above its own part (the contact form).
pub async fn page_article(
    db: &impl sea_orm::ConnectionTrait,
    page: &Page,
    slug: &str,
) -> Result<Article, AppError> {
    let item = queries::item(db, Kind::Page, slug, page.locale)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Article::from_item(&item))
}

#[derive(Template)]
#[template(path = "content/about.html")]
struct AboutPage {
    page: Page,
    article: Article,
    forums: Vec<Item>,
    reports: Vec<Item>,
}

async fn show_about(State(state): State<AppState>, page: Page) -> Result<Response, AppError> {
    let article = article(&state, &page, "about").await?;
    let forums = queries::items(&state.db, Kind::Forum, page.locale).await?;
    let reports = queries::items(&state.db, Kind::Report, page.locale).await?;
    render(&AboutPage {
        page,
        article,
        forums,
        reports,
    })
}

/// Agreement partners of one region, for the grouped list.
struct RegionGroup {
    region: &'static str,
    partners: Vec<Item>,
}

fn group_by_region(partners: &[Item]) -> Vec<RegionGroup> {
    Region::ALL
        .into_iter()
        .map(|region| RegionGroup {
            region: region.key(),
            partners: partners
                .iter()
                .filter(|p| p.region.as_deref() == Some(region.key()))
                .cloned()
                .collect(),
        })
        .filter(|group| !group.partners.is_empty())
        .collect()
}

#[derive(Template)]
#[template(path = "content/technical_cooperation.html")]
struct CooperationPage {
    page: Page,
    article: Article,
    instruments: Vec<Item>,
    regions: Vec<RegionGroup>,
    programmes: Vec<Item>,
}

async fn show_technical_cooperation(
    State(state): State<AppState>,
    page: Page,
) -> Result<Response, AppError> {
    let article = article(&state, &page, "technical-cooperation").await?;
    let instruments = queries::items(&state.db, Kind::Instrument, page.locale).await?;
    let partners = queries::items(&state.db, Kind::Partner, page.locale).await?;
    let programmes = queries::items(&state.db, Kind::Programme, page.locale).await?;
    let regions = group_by_region(&partners);
    render(&CooperationPage {
        page,
        article,
        instruments,
        regions,
        programmes,
    })
}

#[derive(Template)]
#[template(path = "content/collaboration_networks.html")]
struct NetworksPage {
    page: Page,
    article: Article,
    councils: Vec<Item>,
}

async fn show_collaboration_networks(
    State(state): State<AppState>,
    page: Page,
) -> Result<Response, AppError> {
    let article = article(&state, &page, "collaboration-networks").await?;
    let councils = queries::items(&state.db, Kind::Council, page.locale).await?;
    render(&NetworksPage {
        page,
        article,
        councils,
    })
}

#[derive(Template)]
#[template(path = "content/_article.html")]
struct ArticlePage {
    page: Page,
    article: Article,
}

async fn show_article(
    State(state): State<AppState>,
    page: Page,
    slug: &'static str,
) -> Result<Response, AppError> {
    let article = article(&state, &page, slug).await?;
    render(&ArticlePage { page, article })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_seeds_paragraphs_and_lists_read_as_markdown() {
        let article = Article::new("", "", "First line\ncontinues.\n\n- one\n- two\n\n\nLast.");
        assert_eq!(
            article.body,
            "<p>First line\ncontinues.</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<p>Last.</p>\n"
        );
    }
}
