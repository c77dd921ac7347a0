//! One account may hold several roles: they move from a column of `users`
//! to a table of their own, one row per role held. The old roles were
//! nested (an admin could do what an editor could, an editor what an
//! evaluator could), so each account is given every role its old one
//! included and keeps exactly the powers it had.

use sea_orm_migration::{prelude::*, schema::*};

use super::foreign_key;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum UserRoles {
    Table,
    UserId,
    Role,
}

#[derive(Iden)]
enum Users {
    Table,
    Id,
    Role,
}

#[derive(Iden)]
enum RoleChanges {
    Table,
    OldRole,
    NewRole,
}

/// Each new role, and the old roles that included it.
const NESTED: [(&str, &str); 3] = [
    ("evaluator", "'evaluator', 'editor', 'admin'"),
    ("editor", "'editor', 'admin'"),
    ("admin", "'admin'"),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(UserRoles::Table)
                    .col(integer(UserRoles::UserId))
                    .col(string_len(UserRoles::Role, 16))
                    .primary_key(Index::create().col(UserRoles::UserId).col(UserRoles::Role))
                    .foreign_key(&mut foreign_key(
                        (UserRoles::Table, UserRoles::UserId),
                        (Users::Table, Users::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        // "Who are the editors" is asked whenever a proposal arrives.
        manager
            .create_index(
                Index::create()
                    .name("user_roles_role")
                    .table(UserRoles::Table)
                    .col(UserRoles::Role)
                    .to_owned(),
            )
            .await?;
        let db = manager.get_connection();
        for (role, included_in) in NESTED {
            db.execute_unprepared(&format!(
                "INSERT INTO user_roles (user_id, role) \
                 SELECT id, '{role}' FROM users WHERE role IN ({included_in})"
            ))
            .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    .drop_column(Users::Role)
                    .to_owned(),
            )
            .await?;
        // A change now names every role held before and after it, which
        // may be longer than one role's key. SQLite has no column widths.
        if manager.get_database_backend() == sea_orm::DbBackend::Postgres {
            manager
                .alter_table(
                    Table::alter()
                        .table(RoleChanges::Table)
                        .modify_column(ColumnDef::new(RoleChanges::OldRole).text().not_null())
                        .modify_column(ColumnDef::new(RoleChanges::NewRole).text().not_null())
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
