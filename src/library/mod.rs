//! The knowledge library (`/library`): research, legislation, legal
//! practice, programmes and good practices (`entities`), written in up to
//! three languages and tied to the international standards of juvenile
//! justice (`standards`) they cite. The public browses what is published
//! (`catalogue`, `pages`), follows it (`feeds`) and cites it (`cite`). Members contribute
//! resources (`contributions`) that the technical committee reviews, and
//! editors write them directly (`editing`) and give them a cover (`cover`);
//! both write through `writing`,
//! `form` and `store`. The observatory's own reports are its first
//! resources (`seed`); `demo` makes up a large library for benchmarks.

mod catalogue;
mod cite;
mod contributions;
mod cover;
mod demo;
mod editing;
pub mod entities;
mod feeds;
mod files;
mod form;
mod history;
pub mod import;
mod pages;
mod personal_data;
mod publications;
pub mod seed;
pub mod standards;
mod store;
mod writing;

use axum::{
    Router,
    routing::{get, post},
};
use sea_orm::{ConnectionTrait, DbErr};

pub use catalogue::{Detailed, detailed_many, latest, published_among};
pub use demo::seed_demo;
pub use files::{files_of_many, public_file_path, purge_unsaved as purge_unsaved_files};
pub use pages::path_of;
pub use personal_data::Library as PersonalData;
pub use seed::{Report, seed_reports};

use crate::web::{FeatureRoutes, page_cache::keepable};

/// A resource's form carries its files: a larger body than other forms.
fn files_limit() -> axum::extract::DefaultBodyLimit {
    axum::extract::DefaultBodyLimit::max(files::FORM_BODY_LIMIT)
}

pub fn routes() -> FeatureRoutes {
    let public = Router::new()
        .route("/reports", get(publications::show).layer(keepable()))
        .route("/library", get(pages::home).layer(keepable()))
        .route("/library/resources", get(pages::list).layer(keepable()))
        .route("/library/feed", get(feeds::all).layer(keepable()))
        .route(
            "/library/feed/{kind}",
            get(feeds::of_kind).layer(keepable()),
        )
        .route(
            "/library/resources/{id}",
            get(pages::show).layer(keepable()),
        )
        .route("/library/resources/{id}/files/{file}", get(pages::download))
        .route("/library/resources/{id}/cite.bib", get(pages::bibtex))
        .route("/library/resources/{id}/cite.ris", get(pages::ris))
        .route(
            "/library/standards/{instrument}",
            get(pages::instrument).layer(keepable()),
        )
        .route("/library/contribute", get(contributions::kinds))
        .route(
            "/library/contribute/{kind}",
            get(contributions::blank)
                .post(contributions::create)
                .layer(files_limit()),
        )
        .route("/account/contributions", get(contributions::list))
        .route(
            "/account/contributions/{id}",
            get(contributions::show)
                .post(contributions::update)
                .layer(files_limit()),
        )
        .route(
            "/account/contributions/{id}/files/{file}",
            get(contributions::download),
        );
    let editor = Router::new()
        .route("/library", get(editing::list))
        .route(
            "/library/new/{kind}",
            get(editing::blank)
                .post(editing::create)
                .layer(files_limit()),
        )
        .route(
            "/library/{id}",
            get(editing::show)
                .post(editing::update)
                .layer(files_limit()),
        )
        .route("/library/{id}/files/{file}", get(editing::download))
        .route("/library/{id}/moderate", post(editing::moderate))
        .route(
            "/library/{id}/cover",
            get(cover::show)
                .post(cover::update)
                .layer(axum::extract::DefaultBodyLimit::max(
                    crate::images::form::FORM_BODY_LIMIT,
                )),
        )
        .route("/library/{id}/history", get(history::list))
        .route("/library/{id}/history/{number}", get(history::show))
        .route(
            "/library/{id}/history/{number}/restore",
            post(history::restore),
        );
    FeatureRoutes {
        public,
        editor,
        ..FeatureRoutes::default()
    }
}

/// The library's public pages, for the sitemap: its home and list, the
/// instruments and every published resource.
pub async fn sitemap_paths(db: &impl ConnectionTrait) -> Result<Vec<String>, DbErr> {
    let instruments = standards::all()
        .iter()
        .map(|instrument| format!("/library/standards/{}", instrument.key));
    let resources = catalogue::published_ids(db)
        .await?
        .into_iter()
        .map(pages::path_of);
    Ok(["/library".to_string(), "/library/resources".to_string()]
        .into_iter()
        .chain(instruments)
        .chain(resources)
        .collect())
}
