//! A group's name and description in each of the site's three languages,
//! side by side; a language left empty shows another's until it is
//! translated. The single name and description written so far become the
//! English ones: the staff form asked them in English until now.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden, Clone, Copy)]
enum WorkingGroups {
    Table,
    Name,
    Description,
    NameEn,
    NameEs,
    NameFr,
    DescriptionEn,
    DescriptionEs,
    DescriptionFr,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use WorkingGroups::{DescriptionEn, DescriptionEs, DescriptionFr, NameEn, NameEs, NameFr};
        // SQLite alters one column per statement.
        for name in [NameEn, NameEs, NameFr] {
            add(manager, string_len(name, 200).default("").to_owned()).await?;
        }
        for description in [DescriptionEn, DescriptionEs, DescriptionFr] {
            add(manager, text(description).default("").to_owned()).await?;
        }
        manager
            .get_connection()
            .execute_unprepared(
                "UPDATE working_groups SET name_en = name, description_en = description",
            )
            .await?;
        for old in [WorkingGroups::Name, WorkingGroups::Description] {
            manager
                .alter_table(
                    Table::alter()
                        .table(WorkingGroups::Table)
                        .drop_column(old)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}

async fn add(manager: &SchemaManager<'_>, column: ColumnDef) -> Result<(), DbErr> {
    manager
        .alter_table(
            Table::alter()
                .table(WorkingGroups::Table)
                .add_column(column)
                .to_owned(),
        )
        .await
}
