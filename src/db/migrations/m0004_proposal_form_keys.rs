//! Each collaboration form carries a single-use key, stored with the
//! proposal it created, so that a form sent twice (a double click, a
//! resubmission after a slow answer) makes one proposal, not two.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum Proposals {
    Table,
    FormKey,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Proposals::Table)
                    .add_column(string_len_null(Proposals::FormKey, 64))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("proposals_form_key")
                    .table(Proposals::Table)
                    .col(Proposals::FormKey)
                    .unique()
                    .to_owned(),
            )
            .await
    }
}
