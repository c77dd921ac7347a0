//! A news item's or an event's picture (`crate::images`); what it shows is
//! kept beside its texts, in each language (`content::picture`). And the
//! index that finds an item by its address in another language
//! (`content::item_slugs`): partial, so the texts' long bodies stay out.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum ContentItems {
    Table,
    ImageId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(ContentItems::Table)
                    .add_column(integer_null(ContentItems::ImageId))
                    .to_owned(),
            )
            .await?;
        // The same statement on SQLite and PostgreSQL.
        manager
            .get_connection()
            .execute_unprepared(
                "CREATE INDEX content_translations_slug ON content_translations (value) \
                 WHERE field = 'slug'",
            )
            .await?;
        Ok(())
    }
}
