//! The main menu, which editors arrange: each entry a page of the site (its
//! English path) with its label in three languages, in the editors' order.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum MenuEntries {
    Table,
    Id,
    Position,
    Path,
    LabelEn,
    LabelEs,
    LabelFr,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(MenuEntries::Table)
                    .col(pk_auto(MenuEntries::Id))
                    .col(integer(MenuEntries::Position))
                    .col(string_len(MenuEntries::Path, 200))
                    .col(string_len(MenuEntries::LabelEn, 80))
                    .col(string_len(MenuEntries::LabelEs, 80))
                    .col(string_len(MenuEntries::LabelFr, 80))
                    .to_owned(),
            )
            .await
    }
}
