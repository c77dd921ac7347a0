//! A group's documents, each with its versions: who uploaded which file
//! when; the newest version is the current one. A document can be marked
//! as one of the group's outputs.

use sea_orm_migration::{prelude::*, schema::*};

use super::foreign_key;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum GroupDocuments {
    Table,
    Id,
    GroupId,
    Title,
    IsOutput,
    CreatedAt,
}

#[derive(Iden)]
enum GroupDocumentVersions {
    Table,
    Id,
    DocumentId,
    Version,
    StoredName,
    OriginalName,
    ContentType,
    SizeBytes,
    UploadedBy,
    UploadedAt,
}

#[derive(Iden)]
enum WorkingGroups {
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
                    .table(GroupDocuments::Table)
                    .col(pk_auto(GroupDocuments::Id))
                    .col(integer(GroupDocuments::GroupId))
                    .col(string_len(GroupDocuments::Title, 200))
                    .col(boolean(GroupDocuments::IsOutput).default(false))
                    .col(timestamp_with_time_zone(GroupDocuments::CreatedAt))
                    .foreign_key(&mut foreign_key(
                        (GroupDocuments::Table, GroupDocuments::GroupId),
                        (WorkingGroups::Table, WorkingGroups::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(GroupDocumentVersions::Table)
                    .col(pk_auto(GroupDocumentVersions::Id))
                    .col(integer(GroupDocumentVersions::DocumentId))
                    .col(integer(GroupDocumentVersions::Version))
                    .col(string_len(GroupDocumentVersions::StoredName, 64))
                    .col(string_len(GroupDocumentVersions::OriginalName, 255))
                    .col(string_len(GroupDocumentVersions::ContentType, 120))
                    .col(big_integer(GroupDocumentVersions::SizeBytes))
                    .col(integer_null(GroupDocumentVersions::UploadedBy))
                    .col(timestamp_with_time_zone(GroupDocumentVersions::UploadedAt))
                    .foreign_key(&mut foreign_key(
                        (
                            GroupDocumentVersions::Table,
                            GroupDocumentVersions::DocumentId,
                        ),
                        (GroupDocuments::Table, GroupDocuments::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        (
                            GroupDocumentVersions::Table,
                            GroupDocumentVersions::UploadedBy,
                        ),
                        (Users::Table, Users::Id),
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("group_document_versions_one_number")
                    .table(GroupDocumentVersions::Table)
                    .col(GroupDocumentVersions::DocumentId)
                    .col(GroupDocumentVersions::Version)
                    .unique()
                    .to_owned(),
            )
            .await
    }
}
