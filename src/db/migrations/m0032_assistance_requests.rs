//! Requests for technical assistance from governments and institutions, and
//! what the staff wrote on each: replies mailed to the requester and notes
//! among themselves.

use sea_orm_migration::{prelude::*, schema::*};

use super::foreign_key;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum AssistanceRequests {
    Table,
    Id,
    Institution,
    CountryCode,
    Area,
    Timeframe,
    Need,
    ContactName,
    ContactRole,
    Email,
    Phone,
    Locale,
    FormKey,
    State,
    AssigneeId,
    CreatedAt,
    UpdatedAt,
}

#[derive(Iden)]
enum AssistanceReplies {
    Table,
    Id,
    RequestId,
    AuthorId,
    AuthorName,
    Body,
    Internal,
    CreatedAt,
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
                    .table(AssistanceRequests::Table)
                    .col(pk_auto(AssistanceRequests::Id))
                    .col(string_len(AssistanceRequests::Institution, 200))
                    .col(string_len(AssistanceRequests::CountryCode, 2))
                    .col(string_len(AssistanceRequests::Area, 40))
                    .col(string_len(AssistanceRequests::Timeframe, 200))
                    .col(text(AssistanceRequests::Need))
                    .col(string_len(AssistanceRequests::ContactName, 200))
                    .col(string_len(AssistanceRequests::ContactRole, 200))
                    .col(string_len(AssistanceRequests::Email, 320))
                    .col(string_len(AssistanceRequests::Phone, 40))
                    .col(string_len(AssistanceRequests::Locale, 8))
                    .col(string_len(AssistanceRequests::FormKey, 64).unique_key())
                    .col(string_len(AssistanceRequests::State, 20))
                    .col(integer_null(AssistanceRequests::AssigneeId))
                    .col(timestamp_with_time_zone(AssistanceRequests::CreatedAt))
                    .col(timestamp_with_time_zone(AssistanceRequests::UpdatedAt))
                    .foreign_key(&mut foreign_key(
                        (AssistanceRequests::Table, AssistanceRequests::AssigneeId),
                        (Users::Table, Users::Id),
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("assistance_requests_by_state")
                    .table(AssistanceRequests::Table)
                    .col(AssistanceRequests::State)
                    .col(AssistanceRequests::CreatedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AssistanceReplies::Table)
                    .col(pk_auto(AssistanceReplies::Id))
                    .col(integer(AssistanceReplies::RequestId))
                    .col(integer_null(AssistanceReplies::AuthorId))
                    .col(string_len(AssistanceReplies::AuthorName, 200))
                    .col(text(AssistanceReplies::Body))
                    .col(boolean(AssistanceReplies::Internal))
                    .col(timestamp_with_time_zone(AssistanceReplies::CreatedAt))
                    .foreign_key(&mut foreign_key(
                        (AssistanceReplies::Table, AssistanceReplies::RequestId),
                        (AssistanceRequests::Table, AssistanceRequests::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        (AssistanceReplies::Table, AssistanceReplies::AuthorId),
                        (Users::Table, Users::Id),
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("assistance_replies_by_request")
                    .table(AssistanceReplies::Table)
                    .col(AssistanceReplies::RequestId)
                    .to_owned(),
            )
            .await
    }
}
