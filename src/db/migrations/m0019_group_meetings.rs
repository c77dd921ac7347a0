//! A group's meetings: when (stored in UTC, set and shown in the meeting's
//! own time zone), where or on which link, the agenda, the minutes once it
//! has been held, and when its reminder goes. Each person's time zone, so
//! that every time can be shown in the reader's zone too; and each
//! person's calendar feed: its secret address is signed over a random
//! nonce, so a new nonce revokes the old address.

use sea_orm_migration::{prelude::*, schema::*};

use super::foreign_key;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum GroupMeetings {
    Table,
    Id,
    GroupId,
    Title,
    StartsAt,
    EndsAt,
    TimeZone,
    Place,
    OnlineLink,
    Agenda,
    Minutes,
    RemindBeforeMinutes,
    ReminderDueAt,
    RemindedAt,
    Revision,
    CancelledAt,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(Iden)]
enum CalendarFeeds {
    Table,
    UserId,
    Nonce,
    CreatedAt,
}

#[derive(Iden)]
enum WorkingGroups {
    Table,
    Id,
}

#[derive(Iden)]
enum Users {
    Table,
    Id,
    TimeZone,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    .add_column(string_len(Users::TimeZone, 64).default("UTC"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(GroupMeetings::Table)
                    .col(pk_auto(GroupMeetings::Id))
                    .col(integer(GroupMeetings::GroupId))
                    .col(string_len(GroupMeetings::Title, 200))
                    .col(timestamp_with_time_zone(GroupMeetings::StartsAt))
                    .col(timestamp_with_time_zone(GroupMeetings::EndsAt))
                    .col(string_len(GroupMeetings::TimeZone, 64))
                    .col(string_len(GroupMeetings::Place, 300).default(""))
                    .col(string_len(GroupMeetings::OnlineLink, 500).default(""))
                    .col(text(GroupMeetings::Agenda))
                    .col(text_null(GroupMeetings::Minutes))
                    .col(integer_null(GroupMeetings::RemindBeforeMinutes))
                    .col(timestamp_with_time_zone_null(GroupMeetings::ReminderDueAt))
                    .col(timestamp_with_time_zone_null(GroupMeetings::RemindedAt))
                    .col(integer(GroupMeetings::Revision).default(0))
                    .col(timestamp_with_time_zone_null(GroupMeetings::CancelledAt))
                    .col(integer_null(GroupMeetings::CreatedBy))
                    .col(timestamp_with_time_zone(GroupMeetings::CreatedAt))
                    .col(timestamp_with_time_zone(GroupMeetings::UpdatedAt))
                    .foreign_key(&mut foreign_key(
                        (GroupMeetings::Table, GroupMeetings::GroupId),
                        (WorkingGroups::Table, WorkingGroups::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        (GroupMeetings::Table, GroupMeetings::CreatedBy),
                        (Users::Table, Users::Id),
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("group_meetings_by_group")
                    .table(GroupMeetings::Table)
                    .col(GroupMeetings::GroupId)
                    .col(GroupMeetings::StartsAt)
                    .to_owned(),
            )
            .await?;
        // The reminder worker looks for meetings whose reminder is due.
        manager
            .create_index(
                Index::create()
                    .name("group_meetings_by_reminder")
                    .table(GroupMeetings::Table)
                    .col(GroupMeetings::ReminderDueAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(CalendarFeeds::Table)
                    .col(integer(CalendarFeeds::UserId).primary_key())
                    .col(string_len(CalendarFeeds::Nonce, 32))
                    .col(timestamp_with_time_zone(CalendarFeeds::CreatedAt))
                    .foreign_key(&mut foreign_key(
                        (CalendarFeeds::Table, CalendarFeeds::UserId),
                        (Users::Table, Users::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await
    }
}
