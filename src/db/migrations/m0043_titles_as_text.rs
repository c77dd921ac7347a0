//! A proposal's and a group thread's title may grow when a detail that may
//! identify a child is replaced by its mark ("Tom" by "[nombre de un niño
//! o niña]"): the title is checked as typed, then stored masked. PostgreSQL
//! held them to 200 characters, so a title near the limit was refused
//! there only; SQLite never limited them. Both now keep text.

use sea_orm::{ConnectionTrait, DbBackend};
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() != DbBackend::Postgres {
            return Ok(());
        }
        let db = manager.get_connection();
        for table in ["proposals", "group_threads"] {
            db.execute_unprepared(&format!("ALTER TABLE {table} ALTER COLUMN title TYPE text"))
                .await?;
        }
        Ok(())
    }
}
