//! Pictures editors put on the site, and the library resource's cover: one
//! of them, with its text alternative in each language.

use sea_orm_migration::{prelude::*, schema::*};

use super::foreign_key;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum Images {
    Table,
    Id,
    Name,
    Format,
    Width,
    Height,
    InUse,
    UploadedBy,
    CreatedAt,
}

#[derive(Iden)]
enum Users {
    Table,
    Id,
}

#[derive(Iden)]
enum LibraryResources {
    Table,
    CoverImageId,
    CoverAltEn,
    CoverAltEs,
    CoverAltFr,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Images::Table)
                    .col(pk_auto(Images::Id))
                    .col(string_len_uniq(Images::Name, 32))
                    .col(string_len(Images::Format, 8))
                    .col(integer(Images::Width))
                    .col(integer(Images::Height))
                    .col(boolean(Images::InUse).default(false))
                    .col(integer_null(Images::UploadedBy))
                    .col(timestamp_with_time_zone(Images::CreatedAt))
                    .foreign_key(&mut foreign_key(
                        (Images::Table, Images::UploadedBy),
                        (Users::Table, Users::Id),
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        // One column at a time: SQLite adds no more in one statement.
        manager
            .alter_table(
                Table::alter()
                    .table(LibraryResources::Table)
                    .add_column(integer_null(LibraryResources::CoverImageId))
                    .to_owned(),
            )
            .await?;
        for alt in [
            LibraryResources::CoverAltEn,
            LibraryResources::CoverAltEs,
            LibraryResources::CoverAltFr,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(LibraryResources::Table)
                        .add_column(text(alt).default(""))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
