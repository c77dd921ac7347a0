//! Editorial content: the observatory's pages and the structured facts they
//! show (reports, agreements, forums, councils…), stored per language.

pub mod content_item;
pub mod content_translation;
mod pages;
pub mod queries;
pub mod seed;
mod seed_data;
mod seed_types;

use sea_orm::entity::prelude::*;

pub use pages::{SITEMAP_PATHS, path_of_page, routes};
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
}
