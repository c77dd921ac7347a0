//! Work done once a day across all instances (the editors' digest of new
//! proposals, the groups' digests of new posts) is claimed in one table,
//! `daily_runs`, one row per task and day; the proposals' own table of
//! digests becomes rows of it.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum DailyRuns {
    Table,
    Task,
    Day,
    CoversFrom,
    CoversUntil,
    RanAt,
}

#[derive(Iden)]
enum ProposalDigests {
    Table,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(DailyRuns::Table)
                    .col(string_len(DailyRuns::Task, 40))
                    .col(string_len(DailyRuns::Day, 10))
                    .col(timestamp_with_time_zone(DailyRuns::CoversFrom))
                    .col(timestamp_with_time_zone(DailyRuns::CoversUntil))
                    .col(timestamp_with_time_zone(DailyRuns::RanAt))
                    .primary_key(Index::create().col(DailyRuns::Task).col(DailyRuns::Day))
                    .to_owned(),
            )
            .await?;
        manager
            .get_connection()
            .execute_unprepared(
                "INSERT INTO daily_runs (task, day, covers_from, covers_until, ran_at) \
                 SELECT 'proposal-digest', day, covers_from, covers_until, sent_at \
                 FROM proposal_digests",
            )
            .await?;
        manager
            .drop_table(Table::drop().table(ProposalDigests::Table).to_owned())
            .await
    }
}
