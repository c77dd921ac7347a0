//! An issue of the bulletin presents events too: their slugs, separated by
//! commas, like its news items.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum NewsletterIssues {
    Table,
    Events,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(NewsletterIssues::Table)
                    .add_column(text(NewsletterIssues::Events).default(""))
                    .to_owned(),
            )
            .await
    }
}
