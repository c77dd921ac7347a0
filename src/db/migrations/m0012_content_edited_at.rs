//! Whether a person has edited a content item (`content_items.edited_at`).
//! Until someone does, the item's text is the seed's own, and a newer
//! binary's seed brings it up to date; once edited, the seed leaves it be.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum ContentItems {
    Table,
    EditedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(ContentItems::Table)
                    .add_column(timestamp_with_time_zone_null(ContentItems::EditedAt))
                    .to_owned(),
            )
            .await
    }
}
