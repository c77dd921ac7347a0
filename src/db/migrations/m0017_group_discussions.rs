//! A group's discussions: threads, and the posts in them (the first post
//! opens the thread). Each member chooses whether new posts reach them by
//! mail (`notifications`: "each" or "none").

use sea_orm_migration::{prelude::*, schema::*};

use super::foreign_key;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum GroupThreads {
    Table,
    Id,
    GroupId,
    Title,
    AuthorId,
    CreatedAt,
    LastPostAt,
}

#[derive(Iden)]
enum GroupPosts {
    Table,
    Id,
    ThreadId,
    AuthorId,
    Body,
    CreatedAt,
    EditedAt,
}

#[derive(Iden)]
enum GroupMembers {
    Table,
    Notifications,
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
                    .table(GroupThreads::Table)
                    .col(pk_auto(GroupThreads::Id))
                    .col(integer(GroupThreads::GroupId))
                    .col(string_len(GroupThreads::Title, 200))
                    .col(integer_null(GroupThreads::AuthorId))
                    .col(timestamp_with_time_zone(GroupThreads::CreatedAt))
                    .col(timestamp_with_time_zone(GroupThreads::LastPostAt))
                    .foreign_key(&mut foreign_key(
                        (GroupThreads::Table, GroupThreads::GroupId),
                        (WorkingGroups::Table, WorkingGroups::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        (GroupThreads::Table, GroupThreads::AuthorId),
                        (Users::Table, Users::Id),
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("group_threads_by_group")
                    .table(GroupThreads::Table)
                    .col(GroupThreads::GroupId)
                    .col(GroupThreads::LastPostAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(GroupPosts::Table)
                    .col(pk_auto(GroupPosts::Id))
                    .col(integer(GroupPosts::ThreadId))
                    .col(integer_null(GroupPosts::AuthorId))
                    .col(text(GroupPosts::Body))
                    .col(timestamp_with_time_zone(GroupPosts::CreatedAt))
                    .col(timestamp_with_time_zone_null(GroupPosts::EditedAt))
                    .foreign_key(&mut foreign_key(
                        (GroupPosts::Table, GroupPosts::ThreadId),
                        (GroupThreads::Table, GroupThreads::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        (GroupPosts::Table, GroupPosts::AuthorId),
                        (Users::Table, Users::Id),
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("group_posts_by_thread")
                    .table(GroupPosts::Table)
                    .col(GroupPosts::ThreadId)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(GroupMembers::Table)
                    .add_column(string_len(GroupMembers::Notifications, 8).default("each"))
                    .to_owned(),
            )
            .await
    }
}
