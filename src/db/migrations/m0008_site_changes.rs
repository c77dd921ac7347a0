//! A counter of content changes, so every instance can tell, with one small
//! read, that the pages it keeps rendered in memory are out of date.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum SiteChanges {
    Table,
    Topic,
    Version,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(SiteChanges::Table)
                    .col(string_len(SiteChanges::Topic, 40).primary_key())
                    .col(big_integer(SiteChanges::Version).default(0))
                    .to_owned(),
            )
            .await?;
        manager
            .exec_stmt(
                Query::insert()
                    .into_table(SiteChanges::Table)
                    .columns([SiteChanges::Topic, SiteChanges::Version])
                    .values_panic(["content".into(), 0i64.into()])
                    .to_owned(),
            )
            .await
    }
}
