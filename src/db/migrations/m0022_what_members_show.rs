//! What each member of a group agrees to show the group's other members:
//! their name only (as until now), their profile too (organisation,
//! country, languages, specialisation), or also their e-mail address.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum GroupMembers {
    Table,
    Shown,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(GroupMembers::Table)
                    .add_column(string_len(GroupMembers::Shown, 8).default("name"))
                    .to_owned(),
            )
            .await
    }
}
