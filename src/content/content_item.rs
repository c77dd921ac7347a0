//! A piece of editorial content of some kind (page, report, partner…).
use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "content_items")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub kind: super::Kind,
    pub slug: String,
    pub position: i32,
    pub region: Option<String>,
    pub country_code: Option<String>,
    /// When a person last edited it; None while the text is the seed's own
    /// (which a newer seed then brings up to date).
    pub edited_at: Option<DateTimeUtc>,
    /// When a news item shows publicly: none while a draft, later than
    /// now while scheduled. Other kinds show always.
    pub published_at: Option<DateTimeUtc>,
    /// A news item's category (`news::Category`), an event's kind
    /// (`events::EventKind`).
    pub category: Option<String>,
    /// The days an event takes place (`YYYY-MM-DD`), both included.
    pub starts_on: Option<String>,
    pub ends_on: Option<String>,
    /// Where an event takes place, as its editor wrote it.
    pub place: Option<String>,
    /// A news item's or an event's picture (`super::picture`).
    pub image_id: Option<i32>,
    #[sea_orm(has_many)]
    pub translations: HasMany<super::content_translation::Entity>,
}

impl ActiveModelBehavior for ActiveModel {}
