//! Who was assigned to a proposal and what they recommended is part of the
//! proposal's record. Deleting a staff account used to delete those rows
//! with it (ON DELETE CASCADE); now the rows stay and lose only the person
//! (ON DELETE SET NULL, the evaluator column nullable).
//!
//! PostgreSQL changes the column and the constraint in place. SQLite cannot
//! alter a foreign key, so each table is rebuilt under the same name.

use sea_orm::{ConnectionTrait, DbBackend};
use sea_orm_migration::{prelude::*, schema::*};

use super::foreign_key;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum Users {
    Table,
    Id,
}

#[derive(Iden)]
enum Proposals {
    Table,
    Id,
}

#[derive(Iden)]
enum ProposalAssignments {
    Id,
    ProposalId,
    EvaluatorId,
    AssignedById,
    AssignedAt,
    ConflictAt,
}

#[derive(Iden)]
enum ProposalEvaluations {
    Id,
    ProposalId,
    EvaluatorId,
    Recommendation,
    Scores,
    Notes,
    UpdatedAt,
}

/// The assignments table as it is now, under `name`.
fn assignments(name: &str) -> TableCreateStatement {
    use ProposalAssignments as A;
    Table::create()
        .table(Alias::new(name))
        .col(pk_auto(A::Id))
        .col(integer(A::ProposalId))
        .col(integer_null(A::EvaluatorId))
        .col(integer_null(A::AssignedById))
        .col(timestamp_with_time_zone(A::AssignedAt))
        .col(timestamp_with_time_zone_null(A::ConflictAt))
        .foreign_key(&mut foreign_key(
            (Alias::new(name), A::ProposalId),
            (Proposals::Table, Proposals::Id),
            ForeignKeyAction::Cascade,
        ))
        .foreign_key(&mut foreign_key(
            (Alias::new(name), A::EvaluatorId),
            (Users::Table, Users::Id),
            ForeignKeyAction::SetNull,
        ))
        .foreign_key(&mut foreign_key(
            (Alias::new(name), A::AssignedById),
            (Users::Table, Users::Id),
            ForeignKeyAction::SetNull,
        ))
        .index(
            Index::create()
                .name("assignments_once")
                .col(A::ProposalId)
                .col(A::EvaluatorId)
                .unique(),
        )
        .to_owned()
}

/// The evaluations table as it is now, under `name`.
fn evaluations(name: &str) -> TableCreateStatement {
    use ProposalEvaluations as E;
    Table::create()
        .table(Alias::new(name))
        .col(pk_auto(E::Id))
        .col(integer(E::ProposalId))
        .col(integer_null(E::EvaluatorId))
        .col(string_len(E::Recommendation, 32))
        .col(text(E::Scores))
        .col(text(E::Notes))
        .col(timestamp_with_time_zone(E::UpdatedAt))
        .foreign_key(&mut foreign_key(
            (Alias::new(name), E::ProposalId),
            (Proposals::Table, Proposals::Id),
            ForeignKeyAction::Cascade,
        ))
        .foreign_key(&mut foreign_key(
            (Alias::new(name), E::EvaluatorId),
            (Users::Table, Users::Id),
            ForeignKeyAction::SetNull,
        ))
        .index(
            Index::create()
                .name("evaluations_once")
                .col(E::ProposalId)
                .col(E::EvaluatorId)
                .unique(),
        )
        .to_owned()
}

/// SQLite: a new table with the new definition, the rows copied, the old
/// table dropped and the new one renamed. Column order is unchanged, so
/// `SELECT *` copies each column into its own place.
async fn rebuild_on_sqlite(
    manager: &SchemaManager<'_>,
    table: &str,
    definition: fn(&str) -> TableCreateStatement,
) -> Result<(), DbErr> {
    let temporary = format!("{table}_rebuilt");
    manager.create_table(definition(&temporary)).await?;
    let db = manager.get_connection();
    db.execute_unprepared(&format!(
        "INSERT INTO \"{temporary}\" SELECT * FROM \"{table}\""
    ))
    .await?;
    db.execute_unprepared(&format!("DROP TABLE \"{table}\""))
        .await?;
    db.execute_unprepared(&format!(
        "ALTER TABLE \"{temporary}\" RENAME TO \"{table}\""
    ))
    .await?;
    Ok(())
}

/// PostgreSQL: the column may be empty, and the constraint (named by
/// PostgreSQL when the table was made) is replaced.
async fn relax_on_postgres(manager: &SchemaManager<'_>, table: &str) -> Result<(), DbErr> {
    let constraint = format!("{table}_evaluator_id_fkey");
    manager
        .get_connection()
        .execute_unprepared(&format!(
            "ALTER TABLE \"{table}\" ALTER COLUMN evaluator_id DROP NOT NULL; \
             ALTER TABLE \"{table}\" DROP CONSTRAINT \"{constraint}\"; \
             ALTER TABLE \"{table}\" ADD CONSTRAINT \"{constraint}\" \
             FOREIGN KEY (evaluator_id) REFERENCES users (id) ON DELETE SET NULL"
        ))
        .await?;
    Ok(())
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let tables: [(&str, fn(&str) -> TableCreateStatement); 2] = [
            ("proposal_assignments", assignments),
            ("proposal_evaluations", evaluations),
        ];
        for (table, definition) in tables {
            match manager.get_database_backend() {
                DbBackend::Postgres => relax_on_postgres(manager, table).await?,
                _ => rebuild_on_sqlite(manager, table, definition).await?,
            }
        }
        Ok(())
    }
}
