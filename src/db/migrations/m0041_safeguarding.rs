//! Safeguarding children's details (`crate::safeguarding`): what was found
//! and masked in a text, kept apart from it (`safeguarding_details`); the
//! record of what was flagged, masked, revealed and erased
//! (`safeguarding_log`); and when a proposal's sensitive texts were erased
//! at the end of their retention.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum SafeguardingDetails {
    Table,
    Id,
    Subject,
    SubjectId,
    Field,
    Ordinal,
    Kind,
    Position,
    Original,
    CreatedAt,
}

#[derive(Iden)]
enum SafeguardingLog {
    Table,
    Id,
    Month,
    Action,
    Subject,
    SubjectId,
    Field,
    Kind,
    DetailId,
    ActorId,
    Reason,
    At,
}

#[derive(Iden)]
enum Proposals {
    Table,
    SensitiveErasedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(SafeguardingDetails::Table)
                    .col(pk_auto(SafeguardingDetails::Id))
                    .col(string_len(SafeguardingDetails::Subject, 30))
                    .col(integer(SafeguardingDetails::SubjectId))
                    .col(string_len(SafeguardingDetails::Field, 40))
                    .col(integer(SafeguardingDetails::Ordinal))
                    .col(string_len(SafeguardingDetails::Kind, 20))
                    .col(integer(SafeguardingDetails::Position))
                    .col(text(SafeguardingDetails::Original))
                    .col(timestamp_with_time_zone(SafeguardingDetails::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("safeguarding_details_subject")
                    .table(SafeguardingDetails::Table)
                    .col(SafeguardingDetails::Subject)
                    .col(SafeguardingDetails::SubjectId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SafeguardingLog::Table)
                    .col(pk_auto(SafeguardingLog::Id))
                    .col(string_len(SafeguardingLog::Month, 7))
                    .col(string_len(SafeguardingLog::Action, 20))
                    .col(string_len(SafeguardingLog::Subject, 30))
                    .col(integer_null(SafeguardingLog::SubjectId))
                    .col(string_len(SafeguardingLog::Field, 40))
                    .col(string_len(SafeguardingLog::Kind, 20))
                    .col(integer_null(SafeguardingLog::DetailId))
                    .col(integer_null(SafeguardingLog::ActorId))
                    .col(text(SafeguardingLog::Reason))
                    .col(timestamp_with_time_zone(SafeguardingLog::At))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("safeguarding_log_month")
                    .table(SafeguardingLog::Table)
                    .col(SafeguardingLog::Month)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Proposals::Table)
                    .add_column(timestamp_with_time_zone_null(Proposals::SensitiveErasedAt))
                    .to_owned(),
            )
            .await
    }
}
