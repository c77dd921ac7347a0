//! The scheduled backups: one row per period, claimed by the instance that
//! inserts it first (the period is unique), then given its outcome.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum BackupRuns {
    Table,
    Id,
    Period,
    StartedAt,
    FinishedAt,
    File,
    Bytes,
    Error,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(BackupRuns::Table)
                    .col(pk_auto(BackupRuns::Id))
                    .col(big_integer(BackupRuns::Period).unique_key())
                    .col(timestamp_with_time_zone(BackupRuns::StartedAt))
                    .col(timestamp_with_time_zone_null(BackupRuns::FinishedAt))
                    .col(text_null(BackupRuns::File))
                    .col(big_integer_null(BackupRuns::Bytes))
                    .col(text_null(BackupRuns::Error))
                    .to_owned(),
            )
            .await
    }
}
