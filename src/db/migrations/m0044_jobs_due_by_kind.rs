//! A worker claims the next due job of its own kind. The first index on
//! jobs (`done_at`, `run_at`) made every claim walk all unfinished jobs of
//! every kind: with a backlog of mails, each claim of another kind read
//! thousands of index entries to find nothing. This index leads with the
//! kind and holds only unfinished jobs, in the order they are claimed.
//!
//! The daily purge of finished jobs now reads the table once a day instead
//! of keeping a second index up to date on every job.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        // A partial index is written the same way on SQLite and PostgreSQL.
        db.execute_unprepared(
            "CREATE INDEX IF NOT EXISTS jobs_due ON jobs (kind, run_at, id) WHERE done_at IS NULL",
        )
        .await?;
        db.execute_unprepared("DROP INDEX IF EXISTS jobs_pending")
            .await?;
        Ok(())
    }
}
