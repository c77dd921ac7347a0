//! `versions`: every saved state of what editors write (library resources
//! first), numbered per subject, with who saved it and which fields changed
//! (see `crate::versions`).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum Versions {
    Table,
    Id,
    Subject,
    Number,
    AuthorId,
    Note,
    Changed,
    Fields,
    SavedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Versions::Table)
                    .col(pk_auto(Versions::Id))
                    .col(string_len(Versions::Subject, 120))
                    .col(integer(Versions::Number))
                    .col(integer_null(Versions::AuthorId))
                    .col(string_len(Versions::Note, 40))
                    .col(text(Versions::Changed))
                    .col(text(Versions::Fields))
                    .col(timestamp_with_time_zone(Versions::SavedAt))
                    .to_owned(),
            )
            .await?;
        // One number per subject: two saves at once cannot both be "3".
        manager
            .create_index(
                Index::create()
                    .name("versions_of_subject")
                    .table(Versions::Table)
                    .col(Versions::Subject)
                    .col(Versions::Number)
                    .unique()
                    .to_owned(),
            )
            .await
    }
}
