//! A member may ask to join a publicly listed group; the request waits
//! here until a coordinator (or an editor) accepts or declines it.

use sea_orm_migration::{prelude::*, schema::*};

use super::foreign_key;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum GroupJoinRequests {
    Table,
    GroupId,
    UserId,
    Message,
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
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(GroupJoinRequests::Table)
                    .col(integer(GroupJoinRequests::GroupId))
                    .col(integer(GroupJoinRequests::UserId))
                    .col(text(GroupJoinRequests::Message))
                    .col(timestamp_with_time_zone(GroupJoinRequests::CreatedAt))
                    .primary_key(
                        Index::create()
                            .col(GroupJoinRequests::GroupId)
                            .col(GroupJoinRequests::UserId),
                    )
                    .foreign_key(&mut foreign_key(
                        (GroupJoinRequests::Table, GroupJoinRequests::GroupId),
                        (WorkingGroups::Table, WorkingGroups::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        (GroupJoinRequests::Table, GroupJoinRequests::UserId),
                        (Users::Table, Users::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await
    }
}
