//! The knowledge library (`/library`): for now, the international standards
//! of juvenile justice (`standards`) that the library's resources will be
//! tied to, each instrument with its articles, in three languages.

pub mod standards;

use askama::Template;
use axum::{Router, extract::Path, response::Response, routing::get};

use crate::web::{AppError, FeatureRoutes, Page, page::render, page_cache::keepable};

pub fn routes() -> FeatureRoutes {
    FeatureRoutes::public(
        Router::new()
            .route("/library", get(home).layer(keepable()))
            .route(
                "/library/standards/{instrument}",
                get(instrument).layer(keepable()),
            ),
    )
}

/// The library's public pages, for the sitemap.
pub fn sitemap_paths() -> Vec<String> {
    let instruments = standards::all()
        .iter()
        .map(|instrument| format!("/library/standards/{}", instrument.key));
    std::iter::once("/library".to_string())
        .chain(instruments)
        .collect()
}

#[derive(Template)]
#[template(path = "library/home.html")]
struct HomePage {
    page: Page,
    instruments: &'static [standards::Instrument],
}

async fn home(page: Page) -> Result<Response, AppError> {
    render(&HomePage {
        page,
        instruments: standards::all(),
    })
}

#[derive(Template)]
#[template(path = "library/instrument.html")]
struct InstrumentPage {
    page: Page,
    instrument: &'static standards::Instrument,
}

async fn instrument(page: Page, Path(key): Path<String>) -> Result<Response, AppError> {
    let instrument = standards::find(&key).ok_or(AppError::NotFound)?;
    render(&InstrumentPage { page, instrument })
}
