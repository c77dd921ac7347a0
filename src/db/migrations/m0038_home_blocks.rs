//! The home page's blocks, which editors arrange: what each shows (the
//! figures, a card, the page's text, a list), in their order, with a
//! heading and a card's text in three languages.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum HomeBlocks {
    Table,
    Id,
    Position,
    Kind,
    ItemCount,
    Path,
    HeadingEn,
    HeadingEs,
    HeadingFr,
    TextEn,
    TextEs,
    TextFr,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(HomeBlocks::Table)
                    .col(pk_auto(HomeBlocks::Id))
                    .col(integer(HomeBlocks::Position))
                    .col(string_len(HomeBlocks::Kind, 20))
                    .col(integer(HomeBlocks::ItemCount))
                    .col(string_len(HomeBlocks::Path, 200))
                    .col(string_len(HomeBlocks::HeadingEn, 200))
                    .col(string_len(HomeBlocks::HeadingEs, 200))
                    .col(string_len(HomeBlocks::HeadingFr, 200))
                    .col(text(HomeBlocks::TextEn))
                    .col(text(HomeBlocks::TextEs))
                    .col(text(HomeBlocks::TextFr))
                    .to_owned(),
            )
            .await
    }
}
