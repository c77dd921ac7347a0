//! Editorial content: the observatory's pages and the structured facts they
//! show (reports, agreements, forums, councils…), stored per language, and
//! the editors' pages that change them (`editing`) and bring back an earlier
//! version (`history`).

pub mod agreements;
pub mod content_country;
pub mod content_item;
pub mod content_translation;
mod dated;
mod editing;
pub mod events;
mod facts_editing;
mod history;
pub mod home;
pub mod item_slugs;
pub mod menu;
pub mod news;
mod pages;
pub mod picture;
pub mod publication;
pub mod queries;
pub mod seed;
mod seed_files;

use sea_orm::entity::prelude::*;

pub use pages::{Article, SITEMAP_PATHS, page_article, path_of_page};

use axum::{Router, extract::DefaultBodyLimit, routing::get};

use crate::web::FeatureRoutes;

/// The public pages, and the editors' pages that change them.
pub fn routes() -> FeatureRoutes {
    let editor = Router::new()
        .route("/pages", get(editing::list))
        .route(
            "/pages/{slug}",
            get(editing::show)
                .post(editing::update)
                .layer(DefaultBodyLimit::max(editing::FORM_BODY_LIMIT)),
        )
        .merge(history::routes(&editing::PAGES))
        .route("/content", get(facts_editing::list))
        .route(
            "/content/{kind}/{slug}",
            get(facts_editing::show).post(facts_editing::update),
        )
        .merge(dated::editor_routes(&news::NEWS))
        .merge(dated::editor_routes(&events::EVENTS))
        .merge(agreements::editor_routes())
        .merge(menu::editor_routes())
        .merge(home::editor_routes());
    FeatureRoutes {
        public: pages::routes()
            .merge(home::public_routes())
            .merge(news::public_routes())
            .merge(events::public_routes())
            .merge(agreements::public_routes()),
        editor,
        ..FeatureRoutes::default()
    }
}
pub use queries::site_facts;

/// What a content item is. Stored as text; an unknown stored kind fails
/// the query instead of passing for another.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
pub enum Kind {
    #[sea_orm(string_value = "page")]
    Page,
    #[sea_orm(string_value = "report")]
    Report,
    #[sea_orm(string_value = "partner")]
    Partner,
    #[sea_orm(string_value = "forum")]
    Forum,
    #[sea_orm(string_value = "programme")]
    Programme,
    #[sea_orm(string_value = "council")]
    Council,
    #[sea_orm(string_value = "instrument")]
    Instrument,
    #[sea_orm(string_value = "office")]
    Office,
    #[sea_orm(string_value = "news")]
    News,
    #[sea_orm(string_value = "event")]
    Event,
}
