//! `search_changes`: what changed in the searchable content, one row per
//! change, which every instance follows to keep its own search index up to
//! date (see `index_changes`).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum SearchChanges {
    Table,
    Id,
    Subject,
    ChangedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(SearchChanges::Table)
                    .col(big_pk_auto(SearchChanges::Id))
                    .col(string_len(SearchChanges::Subject, 120))
                    .col(timestamp_with_time_zone(SearchChanges::ChangedAt))
                    .to_owned(),
            )
            .await
    }
}
