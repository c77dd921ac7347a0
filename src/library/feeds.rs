//! Atom feeds of the library: every newly published resource
//! (`/library/feed`), or those of one kind (`/library/feed/{kind}`), in the
//! feed's language (a resource not yet written in it comes in the one it
//! has, marked).

use axum::{
    extract::{Path, State},
    response::Response,
};

use super::{
    catalogue,
    entities::{Kind, resource},
    pages::path_of,
};
use crate::{
    db::Keyed,
    state::AppState,
    web::{
        AppError, Page,
        atom::{self, Entry, Feed},
        side_by_side::Translated,
    },
};

/// How many of the newest resources a feed holds.
const ENTRIES: u64 = 50;

pub async fn all(State(state): State<AppState>, page: Page) -> Result<Response, AppError> {
    feed(&state, &page, None).await
}

pub async fn of_kind(
    State(state): State<AppState>,
    page: Page,
    Path(kind): Path<String>,
) -> Result<Response, AppError> {
    let kind = Kind::from_key(&kind).ok_or(AppError::NotFound)?;
    feed(&state, &page, Some(kind)).await
}

async fn feed(state: &AppState, page: &Page, kind: Option<Kind>) -> Result<Response, AppError> {
    let resources = catalogue::latest(&state.db, kind, ENTRIES).await?;
    let (title, path, list) = match kind {
        Some(kind) => (
            format!(
                "{} · {}",
                page.t("library-feed-title"),
                page.label("library-kinds", kind.key())
            ),
            format!("/library/feed/{}", kind.key()),
            format!("/library/resources?kind={}", kind.key()),
        ),
        None => (
            page.t("library-feed-title"),
            "/library/feed".to_string(),
            "/library/resources".to_string(),
        ),
    };
    let absolute = |path: &str| state.absolute_url(&page.link(path));
    atom::response(&Feed {
        lang: page.locale.code(),
        title,
        address: absolute(&path),
        page: absolute(&list),
        entries: resources
            .iter()
            .map(|resource| entry(page, resource, absolute(&path_of(resource.id))))
            .collect(),
    })
}

fn entry(page: &Page, resource: &resource::Model, address: String) -> Entry {
    Entry {
        address,
        title: resource.heading_in(page.locale).to_string(),
        summary: resource.body_in(page.locale).to_string(),
        lang: resource.shown_language(page.locale).code(),
        author: resource.authors.clone(),
        category: page.label("library-kind", resource.kind.key()),
        published: resource.published_at.unwrap_or(resource.created_at),
        updated: resource.updated_at,
    }
}
