//! Which of the suggestions shown on a proposal (a line of work, a working
//! group, a library resource, an evaluator) staff accepted, and who
//! (`proposals::suggestions`): the dashboard counts them.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum SuggestionAcceptances {
    Table,
    Id,
    ProposalId,
    Kind,
    Key,
    Rank,
    AcceptedBy,
    AcceptedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(SuggestionAcceptances::Table)
                    .col(pk_auto(SuggestionAcceptances::Id))
                    .col(integer(SuggestionAcceptances::ProposalId))
                    .col(string_len(SuggestionAcceptances::Kind, 20))
                    .col(string_len(SuggestionAcceptances::Key, 100))
                    .col(integer(SuggestionAcceptances::Rank))
                    .col(integer_null(SuggestionAcceptances::AcceptedBy))
                    .col(timestamp_with_time_zone(SuggestionAcceptances::AcceptedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                SuggestionAcceptances::Table,
                                SuggestionAcceptances::ProposalId,
                            )
                            .to(Alias::new("proposals"), Alias::new("id"))
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("suggestion_acceptances_once")
                    .table(SuggestionAcceptances::Table)
                    .col(SuggestionAcceptances::ProposalId)
                    .col(SuggestionAcceptances::Kind)
                    .col(SuggestionAcceptances::Key)
                    .unique()
                    .to_owned(),
            )
            .await
    }
}
