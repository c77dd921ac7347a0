//! The Continental Councils' archive: the meetings of the observatory's
//! councils (the European, Latin American, African and Asia-Pacific ones,
//! content items of kind `council`), each with its edition, days, place,
//! who took part, what it did in three languages, and its documents — the
//! library's resources (a final declaration, a report), so that a document
//! is written, translated and downloaded in one place. Editors record the
//! meetings (`staff`); the public reads the archive by council and year
//! (`public`).

mod form;
mod public;
mod staff;

use axum::{Router, routing::get};
use chrono::NaiveDate;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};

use crate::{
    i18n::Locale,
    state::AppState,
    web::{FeatureRoutes, form::day_of_stored, page_cache::keepable},
};

/// The archive's address, in the sitemap.
pub const ARCHIVE_PATH: &str = "/councils";

pub fn routes() -> FeatureRoutes {
    FeatureRoutes {
        public: Router::<AppState>::new()
            .route(ARCHIVE_PATH, get(public::archive).layer(keepable())),
        editor: staff::routes(),
        ..FeatureRoutes::default()
    }
}

pub mod meeting {
    use sea_orm::entity::prelude::*;

    /// One meeting of a council.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "council_meetings")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        /// The council's content item.
        pub council_slug: String,
        /// Its number among the council's meetings: 1 for the first.
        pub edition: i32,
        /// `YYYY-MM-DD`.
        pub starts_on: String,
        /// `YYYY-MM-DD`; the first day again for a meeting of one day.
        pub ends_on: String,
        /// The city, as the meeting's documents name it.
        pub place: String,
        /// ISO 3166-1 alpha-2.
        pub country_code: Option<String>,
        /// Who took part: delegations, institutions, experts.
        #[sea_orm(column_type = "Text")]
        pub participants: String,
        /// What it did, in each language; the English always written.
        #[sea_orm(column_type = "Text")]
        pub summary_en: String,
        #[sea_orm(column_type = "Text")]
        pub summary_es: String,
        #[sea_orm(column_type = "Text")]
        pub summary_fr: String,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod document {
    use sea_orm::entity::prelude::*;

    /// A library resource that is one of a meeting's documents, in the
    /// order the editors gave.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "council_documents")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub meeting_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub resource_id: i32,
        pub position: i32,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

impl meeting::Model {
    pub fn summary(&self, locale: impl std::borrow::Borrow<Locale>) -> &str {
        locale.borrow().pick(self.summaries()).0
    }

    /// The language of `summary(locale)` when it is not `locale`'s own.
    pub fn summary_fallback(
        &self,
        locale: impl std::borrow::Borrow<Locale>,
    ) -> Option<&'static str> {
        locale.borrow().pick(self.summaries()).1
    }

    fn summaries(&self) -> [&str; 3] {
        [&self.summary_en, &self.summary_es, &self.summary_fr]
    }

    /// Its days as `locale` writes them.
    pub fn days(&self, locale: impl std::borrow::Borrow<Locale>) -> String {
        match (self.first_day(), day_of_stored(&self.ends_on)) {
            (Some(first), Some(last)) => locale.borrow().day_span(first, last),
            _ => self.starts_on.clone(),
        }
    }

    pub fn first_day(&self) -> Option<NaiveDate> {
        day_of_stored(&self.starts_on)
    }

    /// The year it began, for the archive's filter.
    pub fn year(&self) -> i32 {
        use chrono::Datelike;
        self.first_day().map_or(0, |day| day.year())
    }
}

/// What a meeting's versions are filed under: `council-meeting:3`.
fn subject(id: i32) -> String {
    format!("council-meeting:{id}")
}

/// Every meeting, the newest first.
async fn all_meetings(db: &impl ConnectionTrait) -> Result<Vec<meeting::Model>, DbErr> {
    meeting::Entity::find()
        .order_by_desc(meeting::Column::StartsOn)
        .order_by_desc(meeting::Column::Id)
        .all(db)
        .await
}

/// The documents of `meetings`, each meeting's in its order.
async fn documents_of(
    db: &impl ConnectionTrait,
    meetings: impl IntoIterator<Item = i32>,
) -> Result<Vec<document::Model>, DbErr> {
    document::Entity::find()
        .filter(document::Column::MeetingId.is_in(meetings))
        .order_by_asc(document::Column::MeetingId)
        .order_by_asc(document::Column::Position)
        .all(db)
        .await
}
