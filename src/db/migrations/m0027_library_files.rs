//! The files of a library resource (PDF and office documents): stored as
//! every upload is, under a random name, and listed here. A file sent with
//! a form that was refused is kept without a resource until the form is
//! sent again (or a day goes by), so the writer need not send it twice.

use sea_orm_migration::{prelude::*, schema::*};

use super::foreign_key;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum LibraryFiles {
    Table,
    Id,
    ResourceId,
    StoredName,
    OriginalName,
    ContentType,
    SizeBytes,
    UploadedBy,
    CreatedAt,
}

#[derive(Iden)]
enum LibraryResources {
    Table,
    Id,
}

#[derive(Iden)]
enum Users {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(LibraryFiles::Table)
                    .col(pk_auto(LibraryFiles::Id))
                    .col(integer_null(LibraryFiles::ResourceId))
                    .col(string_len(LibraryFiles::StoredName, 64))
                    .col(string_len(LibraryFiles::OriginalName, 255))
                    .col(string_len(LibraryFiles::ContentType, 120))
                    .col(big_integer(LibraryFiles::SizeBytes))
                    .col(integer_null(LibraryFiles::UploadedBy))
                    .col(timestamp_with_time_zone(LibraryFiles::CreatedAt))
                    .foreign_key(&mut foreign_key(
                        (LibraryFiles::Table, LibraryFiles::ResourceId),
                        (LibraryResources::Table, LibraryResources::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        (LibraryFiles::Table, LibraryFiles::UploadedBy),
                        (Users::Table, Users::Id),
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("library_files_of_resource")
                    .table(LibraryFiles::Table)
                    .col(LibraryFiles::ResourceId)
                    .to_owned(),
            )
            .await
    }
}
