//! Editors choose how they hear of new proposals (`users.proposal_alerts`:
//! each one at once, one mail a day, or none), and each day's digest is
//! claimed once by whichever instance sends it (`proposal_digests`).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum Users {
    Table,
    ProposalAlerts,
}

#[derive(Iden)]
enum ProposalDigests {
    Table,
    Day,
    CoversFrom,
    CoversUntil,
    Proposals,
    SentAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    .add_column(string_len(Users::ProposalAlerts, 8).default("each"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ProposalDigests::Table)
                    .col(string_len(ProposalDigests::Day, 10).primary_key())
                    .col(timestamp_with_time_zone(ProposalDigests::CoversFrom))
                    .col(timestamp_with_time_zone(ProposalDigests::CoversUntil))
                    .col(integer(ProposalDigests::Proposals))
                    .col(timestamp_with_time_zone(ProposalDigests::SentAt))
                    .to_owned(),
            )
            .await
    }
}
