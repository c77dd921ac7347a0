//! Indexes that let the library's public pages read a large library (a
//! hundred thousand resources) from its indexes rather than its rows: the
//! counts behind each filter, the list newest first, the newest for the
//! feeds and the home page, resources by country.

use sea_orm::DatabaseBackend;
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden, Clone, Copy)]
enum LibraryResources {
    Table,
    State,
    Kind,
    Region,
    Country,
    Year,
    PublishedAt,
    Id,
}

use LibraryResources as R;

/// Each index's name and columns.
const INDEXES: [(&str, &[R]); 5] = [
    (
        "library_resources_by_kind",
        &[R::State, R::Kind, R::Region, R::Year],
    ),
    ("library_resources_by_region", &[R::State, R::Region]),
    ("library_resources_by_country", &[R::State, R::Country]),
    (
        "library_resources_latest",
        &[R::State, R::PublishedAt, R::Id],
    ),
    (
        "library_resources_latest_of_kind",
        &[R::Kind, R::State, R::PublishedAt, R::Id],
    ),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (name, columns) in INDEXES {
            let mut index = Index::create();
            index.name(name).table(R::Table);
            for column in columns {
                index.col(*column);
            }
            manager.create_index(index.to_owned()).await?;
        }
        // The list's order, newest first and undated last: SQLite keeps
        // NULL lowest, so its index read backwards gives that order;
        // PostgreSQL needs it said.
        let newest_first = match manager.get_database_backend() {
            DatabaseBackend::Postgres => {
                "CREATE INDEX library_resources_newest_first ON library_resources \
                 (state, year DESC NULLS LAST, issued DESC, id DESC)"
            }
            _ => {
                "CREATE INDEX library_resources_newest_first ON library_resources \
                 (state, year, issued, id)"
            }
        };
        manager
            .get_connection()
            .execute_unprepared(newest_first)
            .await?;
        Ok(())
    }
}
