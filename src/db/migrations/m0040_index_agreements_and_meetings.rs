//! The search now holds agreements and council meetings: a site made by an
//! older version has them already, so every instance rebuilds its index
//! once (`*` in the change log, as `observatory reindex` writes it).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum SearchChanges {
    Table,
    Subject,
    ChangedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let everything = Query::insert()
            .into_table(SearchChanges::Table)
            .columns([SearchChanges::Subject, SearchChanges::ChangedAt])
            .values_panic(["*".into(), chrono::Utc::now().into()])
            .to_owned();
        manager.exec_stmt(everything).await
    }
}
