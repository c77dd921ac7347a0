//! Editorial content: items of several kinds (pages, reports, partners…)
//! whose text lives in one row per language and field.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum ContentItems {
    Table,
    Id,
    Kind,
    Slug,
    Position,
    Region,
    CountryCode,
}

#[derive(Iden)]
enum ContentTranslations {
    Table,
    Id,
    ItemId,
    Lang,
    Field,
    Value,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ContentItems::Table)
                    .col(pk_auto(ContentItems::Id))
                    .col(string_len(ContentItems::Kind, 32))
                    .col(string_len(ContentItems::Slug, 100))
                    .col(integer(ContentItems::Position))
                    .col(string_len_null(ContentItems::Region, 32))
                    .col(string_len_null(ContentItems::CountryCode, 2))
                    .index(
                        Index::create()
                            .name("content_items_kind_slug")
                            .col(ContentItems::Kind)
                            .col(ContentItems::Slug)
                            .unique(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ContentTranslations::Table)
                    .col(pk_auto(ContentTranslations::Id))
                    .col(integer(ContentTranslations::ItemId))
                    .col(string_len(ContentTranslations::Lang, 8))
                    .col(string_len(ContentTranslations::Field, 32))
                    .col(text(ContentTranslations::Value))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ContentTranslations::Table, ContentTranslations::ItemId)
                            .to(ContentItems::Table, ContentItems::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .index(
                        Index::create()
                            .name("content_translations_item_lang_field")
                            .col(ContentTranslations::ItemId)
                            .col(ContentTranslations::Lang)
                            .col(ContentTranslations::Field)
                            .unique(),
                    )
                    .to_owned(),
            )
            .await
    }
}
