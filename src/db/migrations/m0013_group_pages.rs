//! Working groups get a life of their own: whether the organisation lists
//! them publicly, their stage (forming, active, closed), the organisation
//! coordinating them, and their members, each with a role.

use sea_orm_migration::{prelude::*, schema::*};

use super::foreign_key;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum WorkingGroups {
    Table,
    Id,
    Visibility,
    Stage,
    CoordinatingOrganisation,
}

#[derive(Iden)]
enum GroupMembers {
    Table,
    GroupId,
    UserId,
    Role,
    JoinedAt,
}

#[derive(Iden)]
enum Users {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite adds a single column at a time.
        let added = [
            string_len(WorkingGroups::Visibility, 8)
                .default("private")
                .to_owned(),
            string_len(WorkingGroups::Stage, 8)
                .default("forming")
                .to_owned(),
            string_len_null(WorkingGroups::CoordinatingOrganisation, 200),
        ];
        for column in added {
            manager
                .alter_table(
                    Table::alter()
                        .table(WorkingGroups::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(GroupMembers::Table)
                    .col(integer(GroupMembers::GroupId))
                    .col(integer(GroupMembers::UserId))
                    .col(string_len(GroupMembers::Role, 16))
                    .col(timestamp_with_time_zone(GroupMembers::JoinedAt))
                    .primary_key(
                        Index::create()
                            .col(GroupMembers::GroupId)
                            .col(GroupMembers::UserId),
                    )
                    .foreign_key(&mut foreign_key(
                        (GroupMembers::Table, GroupMembers::GroupId),
                        (WorkingGroups::Table, WorkingGroups::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        (GroupMembers::Table, GroupMembers::UserId),
                        (Users::Table, Users::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        // "Which groups is this person in" is asked on every group page.
        manager
            .create_index(
                Index::create()
                    .name("group_members_user")
                    .table(GroupMembers::Table)
                    .col(GroupMembers::UserId)
                    .to_owned(),
            )
            .await
    }
}
