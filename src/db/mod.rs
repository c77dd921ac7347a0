//! Database connection, migrations and first-start seeding. One code path
//! serves SQLite (the embedded default) and PostgreSQL (scale-out); the
//! backend is picked from the URL.

mod group_commit;
mod keyed;
mod migrations;

use std::time::Duration;

use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DatabaseTransaction, DbBackend,
    DbErr, EntityTrait, ExecResult, QueryResult, SqliteTransactionMode, Statement,
    TransactionOptions, TransactionTrait,
    sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous},
};
use sea_orm_migration::{MigratorTrait, seaql_migrations};

use crate::config::Settings;

pub use group_commit::{BoxFuture, GroupCommit};
pub use keyed::Keyed;
pub use migrations::Migrator;

/// How long a pooled connection may sit unused before it is pinged again.
const IDLE_BEFORE_PING: Duration = Duration::from_secs(30);

/// Any fixed number works, as long as every instance uses the same one.
const PREPARE_LOCK_ID: i64 = 7_240_901;

pub async fn connect(url: &str) -> Result<DatabaseConnection, sea_orm::DbErr> {
    Database::connect(options_for(url, 16, Duration::from_secs(5))).await
}

/// The connection that writes, beside `reads` (see `AppState::writes`). On
/// SQLite one connection of its own: writers queue for it inside the
/// process, in order and without sleeping, instead of each of many
/// connections retrying SQLite's single write lock with growing sleeps
/// (its busy handler), which gave submissions a p99 of half a second under
/// load. On PostgreSQL, which has row locks, the same pool as `reads`.
///
/// Its statements commit with `synchronous = FULL`, except those made
/// through `Relaxed`; the connection goes back to FULL whenever it returns
/// to the pool, so a relaxed statement that failed half way leaves nothing
/// behind.
pub async fn writer_beside(
    reads: &DatabaseConnection,
    url: &str,
) -> Result<DatabaseConnection, sea_orm::DbErr> {
    match reads.get_database_backend() {
        DbBackend::Sqlite => {
            // Waiting for the one connection is waiting for the lock: as
            // long as a request may take.
            let mut options = options_for(url, 1, Duration::from_secs(25));
            options.map_sqlx_sqlite_pool_opts(|pool| {
                pool.after_connect(|connection, _| {
                    Box::pin(async move {
                        sea_orm::sqlx::Executor::execute(connection, MAKE_NO_ROWS).await?;
                        Ok(())
                    })
                })
                .after_release(|connection, _| {
                    Box::pin(async move {
                        sea_orm::sqlx::Executor::execute(connection, DURABLE).await?;
                        Ok(true)
                    })
                })
            });
            Database::connect(options).await
        }
        _ => Ok(reads.clone()),
    }
}

fn options_for(url: &str, max_connections: u32, acquire_timeout: Duration) -> ConnectOptions {
    let mut options = ConnectOptions::new(url);
    options
        .max_connections(max_connections)
        .connect_timeout(Duration::from_secs(5))
        .acquire_timeout(acquire_timeout)
        // A connection is checked before use only after it sat idle (when
        // a firewall or the server may have dropped it), not before every
        // statement: under load that ping was a round trip per query.
        .test_before_acquire_if_idle_for(IDLE_BEFORE_PING)
        // Statements are logged by our own spans; sqlx's log would repeat
        // parameters, which may be personal data.
        .sqlx_logging(false)
        .map_sqlx_sqlite_opts(|opts| {
            // WAL with `synchronous = FULL`: a commit is on disk when it
            // returns, so an acknowledged proposal survives a power cut,
            // not only a crash (NORMAL would only promise the latter).
            opts.journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Full)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(5))
        });
    options
}

/// SQLite's default here: a commit is synced to disk before it returns.
const DURABLE: &str = "PRAGMA synchronous = FULL";
/// A commit is in the WAL, in order, and reaches the disk with the next
/// synced one. The empty delete first sets SQLite's count of changed rows
/// to zero: a pragma reports the count of the statement before it, which
/// would otherwise be added to the relaxed statement's own.
const ORDERED: &str = "DELETE FROM temp.no_rows; PRAGMA synchronous = NORMAL;";
/// The writer's empty table for `ORDERED`, in its private temporary
/// database: deleting from it touches neither the site's tables nor its
/// write lock.
const MAKE_NO_ROWS: &str = "CREATE TEMP TABLE IF NOT EXISTS no_rows (x)";

/// The writing connection for statements that need not survive a power
/// cut: the rate limits' counters and the job queue's bookkeeping. On
/// SQLite they commit with `synchronous = NORMAL`, which keeps them through
/// any crash of the process and writes them to the WAL in order, so they
/// reach the disk with the next synced commit; a power cut may take back
/// the last few, which costs at worst a mail sent twice or a few counted
/// attempts. Each sync takes as long as a small transaction, and a
/// confirmed proposal waited for six of them (its own, the form counter's,
/// and four of its mail's bookkeeping); now it waits for its own.
/// Everything a visitor is told is stored goes through `begin_write`, which
/// syncs. (PostgreSQL: the same connection, unchanged.)
#[derive(Clone, Copy)]
pub struct Relaxed<'a>(pub &'a DatabaseConnection);

impl Relaxed<'_> {
    /// The statement prefixed with the setting, on SQLite: one call runs
    /// both on the same connection, so nothing else runs in between.
    fn relax(&self, mut statement: Statement) -> Statement {
        if statement.db_backend == DbBackend::Sqlite {
            statement.sql = format!("{ORDERED} {}", statement.sql);
        }
        statement
    }
}

#[sea_orm::entity::prelude::async_trait::async_trait]
impl ConnectionTrait for Relaxed<'_> {
    fn get_database_backend(&self) -> DbBackend {
        self.0.get_database_backend()
    }

    async fn execute_raw(&self, statement: Statement) -> Result<ExecResult, DbErr> {
        self.0.execute_raw(self.relax(statement)).await
    }

    async fn execute_unprepared(&self, sql: &str) -> Result<ExecResult, DbErr> {
        let statement = self.relax(Statement::from_string(self.get_database_backend(), sql));
        self.0.execute_unprepared(&statement.sql).await
    }

    async fn query_one_raw(&self, statement: Statement) -> Result<Option<QueryResult>, DbErr> {
        self.0.query_one_raw(self.relax(statement)).await
    }

    async fn query_all_raw(&self, statement: Statement) -> Result<Vec<QueryResult>, DbErr> {
        self.0.query_all_raw(self.relax(statement)).await
    }
}

/// Starts a transaction that will write. On SQLite it takes the write lock
/// at once (`BEGIN IMMEDIATE`): a deferred transaction that reads and then
/// writes fails with "database is locked" if another connection wrote in
/// between, whereas an immediate one waits its turn (busy timeout).
pub async fn begin_write(db: &DatabaseConnection) -> Result<DatabaseTransaction, sea_orm::DbErr> {
    let options = TransactionOptions {
        sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
        ..Default::default()
    };
    db.begin_with_options(options).await
}

/// What the features put in a new database (and add to an older one), in
/// the transaction that migrates it. Given by the application, so this
/// module knows no feature.
pub type Seed = for<'a> fn(&'a DatabaseTransaction) -> Pending<'a>;
pub type Pending<'a> = BoxFuture<'a, Result<(), sea_orm::DbErr>>;

/// Connects, applies pending migrations and seeds missing content. On
/// PostgreSQL an advisory lock makes instances that start together take
/// turns, so each change is applied exactly once.
pub async fn prepare(settings: &Settings, seed: Seed) -> anyhow::Result<DatabaseConnection> {
    let db = connect(&settings.database_url).await?;
    let txn = begin_write(&db).await?;
    if txn.get_database_backend() == DbBackend::Postgres {
        txn.execute_unprepared(&format!("SELECT pg_advisory_xact_lock({PREPARE_LOCK_ID})"))
            .await?;
    }
    Migrator::up(&txn, None).await?;
    seed(&txn).await?;
    txn.commit().await?;
    Ok(db)
}

/// The names of this binary's migrations that the database has not
/// applied. Migrations the database has and this binary does not know are
/// no concern here: a newer instance applied them during a rolling upgrade,
/// and counting them would take every older instance out of the balancer
/// at once. (sea-orm-migration's own status check refuses such a database.)
pub async fn pending_migrations(db: &DatabaseConnection) -> Result<Vec<String>, sea_orm::DbErr> {
    let applied: std::collections::HashSet<String> = seaql_migrations::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|migration| migration.version)
        .collect();
    Ok(Migrator::migrations()
        .iter()
        .map(|migration| migration.name().to_string())
        .filter(|name| !applied.contains(name))
        .collect())
}

/// A `LIKE` pattern matching values that contain `text` (lower-cased, for
/// comparison with `LOWER(column)`), with `%`, `_` and `\` in the text taken
/// literally. The ESCAPE clause is explicit because SQLite has no default
/// escape character, unlike PostgreSQL.
pub fn contains(text: &str) -> sea_orm::sea_query::LikeExpr {
    let escaped = text
        .to_lowercase()
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    sea_orm::sea_query::LikeExpr::new(format!("%{escaped}%")).escape('\\')
}

#[cfg(test)]
mod relaxed_tests {
    use super::*;

    #[tokio::test]
    async fn relaxed_statements_keep_their_parameters_and_rows() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}?mode=rwc", dir.path().join("t.db").display());
        let reads = connect(&url).await.unwrap();
        let writer = writer_beside(&reads, &url).await.unwrap();
        writer
            .execute_unprepared("CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER)")
            .await
            .unwrap();
        writer
            .execute_unprepared("INSERT INTO t VALUES (1, 10)")
            .await
            .unwrap();
        let relaxed = Relaxed(&writer);
        let statement = Statement::from_sql_and_values(
            DbBackend::Sqlite,
            "UPDATE t SET n = n + $1 WHERE id = $2 RETURNING n",
            [5.into(), 1.into()],
        );
        let row = relaxed.query_one_raw(statement).await.unwrap();
        let n: i32 = row.expect("the updated row").try_get_by_index(0).unwrap();
        assert_eq!(n, 15);
        let update = |id: i32| {
            Statement::from_sql_and_values(
                DbBackend::Sqlite,
                "UPDATE t SET n = 0 WHERE id = $1",
                [id.into()],
            )
        };
        let changed = relaxed.execute_raw(update(1)).await.unwrap();
        assert_eq!(changed.rows_affected(), 1);
        let unchanged = relaxed.execute_raw(update(2)).await.unwrap();
        assert_eq!(
            unchanged.rows_affected(),
            0,
            "the count of the statement before is not added"
        );
    }
}
