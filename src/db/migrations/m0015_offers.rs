//! What the organisation offers a person after a decision: a role in a
//! working group or an individual action, with the expected commitment and
//! dates, and the person's answer (accepted, declined, or other terms
//! suggested). One offer per proposal, revised in place: each revision and
//! answer is also written to the proposal's audit trail and thread.
//!
//! Dates are ISO text (`YYYY-MM-DD`): they sort and compare as dates on both
//! databases, and the backup copies them as text.

use sea_orm_migration::{prelude::*, schema::*};

use super::foreign_key;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum Offers {
    Table,
    Id,
    ProposalId,
    UserId,
    GroupId,
    Action,
    Role,
    Commitment,
    HoursPerMonth,
    StartsOn,
    EndsOn,
    Message,
    Revision,
    Status,
    AnswerMessage,
    CounterRole,
    CounterStartsOn,
    CounterEndsOn,
    SentBy,
    SentAt,
    AnsweredAt,
}

#[derive(Iden)]
enum Proposals {
    Table,
    Id,
}

#[derive(Iden)]
enum Users {
    Table,
    Id,
}

#[derive(Iden)]
enum WorkingGroups {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Offers::Table)
                    .col(pk_auto(Offers::Id))
                    .col(integer_null(Offers::ProposalId))
                    .col(integer_null(Offers::UserId))
                    .col(integer_null(Offers::GroupId))
                    .col(string_len_null(Offers::Action, 200))
                    .col(string_len_null(Offers::Role, 16))
                    .col(text(Offers::Commitment))
                    .col(integer_null(Offers::HoursPerMonth))
                    .col(string_len_null(Offers::StartsOn, 10))
                    .col(string_len_null(Offers::EndsOn, 10))
                    .col(text(Offers::Message))
                    .col(integer(Offers::Revision))
                    .col(string_len(Offers::Status, 16))
                    .col(text(Offers::AnswerMessage))
                    .col(string_len_null(Offers::CounterRole, 16))
                    .col(string_len_null(Offers::CounterStartsOn, 10))
                    .col(string_len_null(Offers::CounterEndsOn, 10))
                    .col(integer_null(Offers::SentBy))
                    .col(timestamp_with_time_zone(Offers::SentAt))
                    .col(timestamp_with_time_zone_null(Offers::AnsweredAt))
                    .foreign_key(&mut foreign_key(
                        (Offers::Table, Offers::ProposalId),
                        (Proposals::Table, Proposals::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        (Offers::Table, Offers::UserId),
                        (Users::Table, Users::Id),
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut foreign_key(
                        (Offers::Table, Offers::SentBy),
                        (Users::Table, Users::Id),
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut foreign_key(
                        (Offers::Table, Offers::GroupId),
                        (WorkingGroups::Table, WorkingGroups::Id),
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("offers_one_per_proposal")
                    .table(Offers::Table)
                    .col(Offers::ProposalId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("offers_by_person")
                    .table(Offers::Table)
                    .col(Offers::UserId)
                    .to_owned(),
            )
            .await
    }
}
