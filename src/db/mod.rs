//! Database connection, migrations and first-start seeding. One code path
//! serves SQLite (the embedded default) and PostgreSQL (scale-out); the
//! backend is picked from the URL.

mod migrations;

use std::{future::Future, pin::Pin, time::Duration};

use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DatabaseTransaction, DbBackend,
    EntityTrait, SqliteTransactionMode, TransactionOptions, TransactionTrait,
    sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous},
};
use sea_orm_migration::{MigratorTrait, seaql_migrations};

use crate::config::Settings;

pub use migrations::Migrator;

/// Any fixed number works, as long as every instance uses the same one.
const PREPARE_LOCK_ID: i64 = 7_240_901;

pub async fn connect(url: &str) -> Result<DatabaseConnection, sea_orm::DbErr> {
    connect_with(url, 16, Duration::from_secs(5)).await
}

/// The connection that writes, beside `reads` (see `AppState::writes`). On
/// SQLite one connection of its own: writers queue for it inside the
/// process, in order and without sleeping, instead of each of many
/// connections retrying SQLite's single write lock with growing sleeps
/// (its busy handler), which gave submissions a p99 of half a second under
/// load. On PostgreSQL, which has row locks, the same pool as `reads`.
pub async fn writer_beside(
    reads: &DatabaseConnection,
    url: &str,
) -> Result<DatabaseConnection, sea_orm::DbErr> {
    match reads.get_database_backend() {
        // Waiting for the one connection is waiting for the lock: as long
        // as a request may take.
        DbBackend::Sqlite => connect_with(url, 1, Duration::from_secs(25)).await,
        _ => Ok(reads.clone()),
    }
}

async fn connect_with(
    url: &str,
    max_connections: u32,
    acquire_timeout: Duration,
) -> Result<DatabaseConnection, sea_orm::DbErr> {
    let mut options = ConnectOptions::new(url);
    options
        .max_connections(max_connections)
        .connect_timeout(Duration::from_secs(5))
        .acquire_timeout(acquire_timeout)
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
    Database::connect(options).await
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
pub type Pending<'a> = Pin<Box<dyn Future<Output = Result<(), sea_orm::DbErr>> + Send + 'a>>;

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
