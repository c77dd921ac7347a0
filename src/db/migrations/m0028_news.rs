//! News items are content items (`kind = 'news'`) with a moment they show
//! from (`published_at`: none while a draft, later than now while
//! scheduled), a category, and the countries they concern
//! (`content_countries`, one row per country).

use sea_orm_migration::{prelude::*, schema::*};

use super::foreign_key;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum ContentItems {
    Table,
    Id,
    Kind,
    PublishedAt,
    Category,
}

#[derive(Iden)]
enum ContentCountries {
    Table,
    ItemId,
    CountryCode,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column at a time: SQLite alters a table one change at a time.
        for column in [
            timestamp_with_time_zone_null(ContentItems::PublishedAt),
            string_len_null(ContentItems::Category, 40),
        ] {
            let mut column = column;
            manager
                .alter_table(
                    Table::alter()
                        .table(ContentItems::Table)
                        .add_column(&mut column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_index(
                Index::create()
                    .name("content_items_by_publication")
                    .table(ContentItems::Table)
                    .col(ContentItems::Kind)
                    .col(ContentItems::PublishedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ContentCountries::Table)
                    .col(integer(ContentCountries::ItemId))
                    .col(string_len(ContentCountries::CountryCode, 2))
                    .primary_key(
                        Index::create()
                            .col(ContentCountries::ItemId)
                            .col(ContentCountries::CountryCode),
                    )
                    .foreign_key(&mut foreign_key(
                        (ContentCountries::Table, ContentCountries::ItemId),
                        (ContentItems::Table, ContentItems::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("content_countries_by_country")
                    .table(ContentCountries::Table)
                    .col(ContentCountries::CountryCode)
                    .to_owned(),
            )
            .await
    }
}
