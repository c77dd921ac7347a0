//! Events are content items (`kind = 'event'`) published like news, with
//! the days they take place (`starts_on`, `ends_on`, both included) and
//! where (`place`, as written; the country in `content_countries`, the
//! region in the items' `region`).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum ContentItems {
    Table,
    Kind,
    StartsOn,
    EndsOn,
    Place,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column at a time: SQLite alters a table one change at a time.
        for column in [
            // Days as `YYYY-MM-DD` text, as the site keeps every day.
            string_len_null(ContentItems::StartsOn, 10),
            string_len_null(ContentItems::EndsOn, 10),
            string_len_null(ContentItems::Place, 200),
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
                    .name("content_items_by_start")
                    .table(ContentItems::Table)
                    .col(ContentItems::Kind)
                    .col(ContentItems::StartsOn)
                    .to_owned(),
            )
            .await
    }
}
