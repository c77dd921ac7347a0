//! The job queue's leases become short and renewed, and a job that delivers
//! something (a mail) records that it did, so an instance that dies mid-job
//! neither holds the job for long nor makes it deliver twice:
//!
//! - `lease_token`: who holds the lease; renewing, completing and failing
//!   a job check it, so a worker whose lease was taken over changes nothing;
//! - `idempotency_key`: random, fixed when the job is queued, so what a job
//!   sends is recognisably the same on every attempt (a mail's Message-ID);
//! - `delivery_started_at`, `delivered_at`: an attempt began delivering, and
//!   the delivery was accepted.
//!
//! SQLite adds one column per statement. Jobs already queued get a key here.

use sea_orm::{ConnectionTrait, DbBackend};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum Jobs {
    Table,
    LeaseToken,
    IdempotencyKey,
    DeliveryStartedAt,
    DeliveredAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let columns = [
            string_len_null(Jobs::LeaseToken, 64),
            string_len(Jobs::IdempotencyKey, 64).default("").to_owned(),
            timestamp_with_time_zone_null(Jobs::DeliveryStartedAt),
            timestamp_with_time_zone_null(Jobs::DeliveredAt),
        ];
        for column in columns {
            manager
                .alter_table(
                    Table::alter()
                        .table(Jobs::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        let random_key = match manager.get_database_backend() {
            DbBackend::Postgres => "md5(random()::text || id::text)",
            _ => "lower(hex(randomblob(16)))",
        };
        manager
            .get_connection()
            .execute_unprepared(&format!(
                "UPDATE jobs SET idempotency_key = {random_key} WHERE idempotency_key = ''"
            ))
            .await?;
        Ok(())
    }
}
