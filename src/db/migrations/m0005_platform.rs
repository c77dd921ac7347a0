//! The platform's own tables, which belong to no feature: rate limits
//! (`throttle.rs`) and the job queue (`jobs.rs`). Sites created before this
//! migration got them from `m0002_accounts`, so every statement here is
//! "if not exists" and leaves those tables as they are.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum RateLimits {
    Table,
    Key,
    Hits,
    WindowStartedAt,
    LockedUntil,
}

#[derive(Iden)]
enum Jobs {
    Table,
    Id,
    Kind,
    Payload,
    RunAt,
    Attempts,
    LastError,
    LockedUntil,
    DoneAt,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(RateLimits::Table)
                    .if_not_exists()
                    .col(string_len(RateLimits::Key, 300).primary_key())
                    .col(integer(RateLimits::Hits))
                    .col(timestamp_with_time_zone(RateLimits::WindowStartedAt))
                    .col(timestamp_with_time_zone_null(RateLimits::LockedUntil))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Jobs::Table)
                    .if_not_exists()
                    .col(big_pk_auto(Jobs::Id))
                    .col(string_len(Jobs::Kind, 40))
                    .col(text(Jobs::Payload))
                    .col(timestamp_with_time_zone(Jobs::RunAt))
                    .col(integer(Jobs::Attempts).default(0))
                    .col(text_null(Jobs::LastError))
                    .col(timestamp_with_time_zone_null(Jobs::LockedUntil))
                    .col(timestamp_with_time_zone_null(Jobs::DoneAt))
                    .col(timestamp_with_time_zone(Jobs::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("jobs_pending")
                    .if_not_exists()
                    .table(Jobs::Table)
                    .col(Jobs::DoneAt)
                    .col(Jobs::RunAt)
                    .to_owned(),
            )
            .await
    }
}
