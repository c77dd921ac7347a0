//! Whole-site backups, restores and copies between databases.
//!
//! One portable form serves all three: rows read from either database into
//! `rows::Cell`s, in a consistent snapshot (one read transaction), with
//! every stored file. A backup writes them to an archive (`archive`); a
//! restore reads an archive into an empty database; a copy reads one
//! database and writes the other, SQLite and PostgreSQL in either
//! direction. A restore or a copy writes in one transaction: it lands whole
//! or not at all, and it checks every table against the source's count and
//! checksum before it commits.

mod archive;
pub mod cli;
pub mod page;

mod rows;
pub mod schedule;
pub mod schema;

use std::path::{Path, PathBuf};

use anyhow::Context;
use sea_orm::{
    AccessMode, ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbBackend,
    IsolationLevel, Statement, TransactionTrait,
};
use sea_orm_migration::MigratorTrait;

use crate::{
    db,
    storage::{self, Key, Storage, StorageError},
};

pub use crate::progress::Progress;
pub use archive::{FileEntry, Manifest, TableEntry};
use rows::{Scan, Tally};
use schema::{Table, quote};

/// `observatory <version>`, as manifests record it.
pub fn made_by() -> String {
    format!("observatory {}", env!("CARGO_PKG_VERSION"))
}

/// A size as people read it: `9.2 MB`.
pub fn megabytes(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1_000_000.0)
}

/// What a backup wrote.
#[derive(Debug)]
pub struct Written {
    pub path: PathBuf,
    pub manifest: Manifest,
    pub bytes: u64,
}

/// Writes a backup of the site in `db` and `storage` to `out`, safe while
/// the site serves: the rows are one snapshot; the files are listed after
/// it was taken, so every file its rows name is there (a file added since
/// is carried too, harmlessly).
pub async fn create(
    db: &DatabaseConnection,
    storage: &Storage,
    out: &Path,
    progress: &mut Progress,
) -> anyhow::Result<Written> {
    let snapshot = Snapshot::open(db).await?;
    let files = stored_files(storage).await?;
    progress.expect(snapshot.row_count().await? + files.len() as u64);
    let mut writer = archive::Writer::create(out)?;
    let tables = write_tables(&snapshot, &mut writer, progress).await?;
    let files = write_files(storage, files, &mut writer, progress).await?;
    let manifest = Manifest {
        format: archive::FORMAT,
        made_by: made_by(),
        created_at: chrono::Utc::now(),
        source: backend_name(db.get_database_backend()).into(),
        migrations: snapshot.migrations.clone(),
        tables,
        files,
    };
    snapshot.close().await?;
    let (path, manifest) = tokio::task::spawn_blocking(move || {
        let path = writer.finish(&manifest)?;
        // Read back once: a backup that cannot be restored is worse than
        // none, because it is trusted.
        let manifest = verify(&path)?;
        anyhow::Ok((path, manifest))
    })
    .await??;
    progress.done();
    let bytes = std::fs::metadata(&path)?.len();
    Ok(Written {
        path,
        manifest,
        bytes,
    })
}

/// Every table of the snapshot into its archive entry.
async fn write_tables(
    snapshot: &Snapshot,
    writer: &mut archive::Writer,
    progress: &mut Progress,
) -> anyhow::Result<Vec<TableEntry>> {
    let mut tables = Vec::new();
    for table in &snapshot.tables {
        writer.start_table(&table.name)?;
        let mut scan = Scan::new(table);
        while let Some((_, lines)) = scan.next(&snapshot.txn).await? {
            lines.iter().try_for_each(|line| writer.write_line(line))?;
            progress.advance(lines.len() as u64, &table.name);
        }
        tables.push(entry_of(table, scan.tally()));
    }
    Ok(tables)
}

/// The stored files `keys` into the archive.
async fn write_files(
    storage: &Storage,
    keys: Vec<Key>,
    writer: &mut archive::Writer,
    progress: &mut Progress,
) -> anyhow::Result<Vec<FileEntry>> {
    let mut entries = Vec::new();
    for key in keys {
        if let Some(bytes) = read_stored(storage, &key).await? {
            entries.push(writer.add_file(&key.to_string(), &bytes)?);
        }
        progress.advance(1, "files");
    }
    Ok(entries)
}

/// Reads the archive at `path` whole and checks every table and file
/// against its manifest, which it returns.
pub fn verify(path: &Path) -> anyhow::Result<Manifest> {
    let mut reader = archive::Reader::open(path)?;
    reader.verify()?;
    Ok(reader.manifest)
}

/// What a restore or a copy put in its target.
#[derive(Debug)]
pub struct Landed {
    pub tables: Vec<TableEntry>,
    pub files: usize,
}

impl Landed {
    pub fn rows(&self) -> u64 {
        self.tables.iter().map(|table| table.rows).sum()
    }
}

/// Restores the archive at `path` into the site of `db` and `storage`.
/// Refuses a damaged archive, one of a newer schema than this binary, and
/// a target that already holds a site unless `replace` (whose site is then
/// deleted in the same transaction, so a failed restore leaves it as it
/// was). An archive of an older schema is migrated after it is restored.
pub async fn restore(
    db: &DatabaseConnection,
    storage: &Storage,
    path: &Path,
    replace: bool,
    seed: db::Seed,
    progress: &mut Progress,
) -> anyhow::Result<Landed> {
    let mut reader = archive::Reader::open(path)?;
    check_schema(&reader.manifest.migrations)
        .with_context(|| format!("{} cannot be restored", path.display()))?;
    reader.verify()?;
    let manifest_tables = reader.manifest.tables.clone();
    let manifest_files = reader.manifest.files.clone();
    progress
        .expect(manifest_tables.iter().map(|t| t.rows).sum::<u64>() + manifest_files.len() as u64);
    let tables: Vec<Table> = manifest_tables.iter().map(|t| t.table.clone()).collect();
    let target = Target::open(db, &reader.manifest.migrations, &tables, replace).await?;
    let mut puts = ParallelPuts::to(storage);
    for entry in &manifest_files {
        puts.put(Key::parse(&entry.key)?, reader.file(&entry.key)?)
            .await?;
        progress.advance(1, "files");
    }
    puts.finish().await?;
    for table in &tables {
        let mut batches = reader.rows(table)?;
        while let Some(batch) = batches.next_batch(rows::batch_rows(table))? {
            let count = batch.len() as u64;
            rows::insert(&target.txn, table, batch).await?;
            progress.advance(count, &table.name);
        }
    }
    target.check(&manifest_tables).await?;
    target.finish(seed).await?;
    progress.done();
    Ok(Landed {
        tables: manifest_tables,
        files: manifest_files.len(),
    })
}

/// Where a copy's files come from and go to, when they move.
pub struct FileMove<'a> {
    pub from: &'a Storage,
    pub to: &'a Storage,
}

/// Copies the whole site in `from` into the empty database `to` (or, with
/// `replace`, over the site there), and the stored files when `files` says
/// where. The source is only read.
pub async fn copy(
    from: &DatabaseConnection,
    to: &DatabaseConnection,
    files: Option<FileMove<'_>>,
    replace: bool,
    seed: db::Seed,
    progress: &mut Progress,
) -> anyhow::Result<Landed> {
    let snapshot = Snapshot::open(from).await?;
    check_schema(&snapshot.migrations).context("the source cannot be copied")?;
    let keys = match &files {
        Some(files) => stored_files(files.from).await?,
        None => Vec::new(),
    };
    progress.expect(snapshot.row_count().await? + keys.len() as u64);
    let target = Target::open(to, &snapshot.migrations, &snapshot.tables, replace).await?;
    let mut copied_files = 0;
    if let Some(files) = &files {
        let mut puts = ParallelPuts::to(files.to);
        for key in keys {
            if let Some(bytes) = read_stored(files.from, &key).await? {
                puts.put(key, bytes).await?;
                copied_files += 1;
            }
            progress.advance(1, "files");
        }
        puts.finish().await?;
    }
    let mut tables = Vec::new();
    for table in &snapshot.tables {
        let mut scan = Scan::new(table);
        while let Some((batch, _)) = scan.next(&snapshot.txn).await? {
            let count = batch.len() as u64;
            rows::insert(&target.txn, table, batch).await?;
            progress.advance(count, &table.name);
        }
        tables.push(entry_of(table, scan.tally()));
    }
    snapshot.close().await?;
    target.check(&tables).await?;
    target.finish(seed).await?;
    progress.done();
    Ok(Landed {
        tables,
        files: copied_files,
    })
}

/// Files put this many at a time: each put waits for its own disk sync
/// (or its own request to the object store), so together they take a
/// fraction of the time.
const PARALLEL_PUTS: usize = 16;

/// Puts files into a storage `PARALLEL_PUTS` at a time, each read back and
/// compared with what was sent.
struct ParallelPuts {
    storage: Storage,
    running: tokio::task::JoinSet<anyhow::Result<()>>,
}

impl ParallelPuts {
    fn to(storage: &Storage) -> ParallelPuts {
        ParallelPuts {
            storage: storage.clone(),
            running: tokio::task::JoinSet::new(),
        }
    }

    /// Starts putting `bytes` under `key` once fewer than
    /// `PARALLEL_PUTS` are under way; the error of any finished put.
    async fn put(&mut self, key: Key, bytes: Vec<u8>) -> anyhow::Result<()> {
        while self.running.len() >= PARALLEL_PUTS {
            self.wait_for_one().await?;
        }
        let storage = self.storage.clone();
        self.running.spawn(async move {
            let sha256 = archive::sha256_hex(&bytes);
            storage.put(&key, bytes).await?;
            let stored = storage.get(&key).await?;
            anyhow::ensure!(
                archive::sha256_hex(&stored) == sha256,
                "stored file {key} reads back different from what was written"
            );
            Ok(())
        });
        Ok(())
    }

    async fn wait_for_one(&mut self) -> anyhow::Result<()> {
        match self.running.join_next().await {
            Some(done) => done?,
            None => Ok(()),
        }
    }

    /// Waits for every put; the first error.
    async fn finish(mut self) -> anyhow::Result<()> {
        while !self.running.is_empty() {
            self.wait_for_one().await?;
        }
        Ok(())
    }
}

fn entry_of(table: &Table, tally: Tally) -> TableEntry {
    TableEntry {
        table: table.clone(),
        rows: tally.rows,
        sha256: tally.checksum(),
    }
}

fn backend_name(backend: DbBackend) -> &'static str {
    match backend {
        DbBackend::Postgres => "postgres",
        _ => "sqlite",
    }
}

/// Every file of every namespace, listed from the storage itself.
async fn stored_files(storage: &Storage) -> anyhow::Result<Vec<Key>> {
    let mut keys = Vec::new();
    for namespace in storage::NAMESPACES {
        keys.extend(storage.list(namespace).await?);
    }
    Ok(keys)
}

/// A listed file's bytes, or none if it was deleted since it was listed
/// (its row, deleted first, is not in the snapshot either, or is about to
/// be purged).
async fn read_stored(storage: &Storage, key: &Key) -> anyhow::Result<Option<Vec<u8>>> {
    match storage.get(key).await {
        Ok(bytes) => Ok(Some(bytes)),
        Err(StorageError::Missing(_)) => {
            tracing::warn!(%key, "a stored file was deleted during the backup; left out");
            Ok(None)
        }
        Err(error) => Err(error.into()),
    }
}

/// The migrations of a site's data against this binary's: they must be
/// the first of this binary's, in order. More means a newer version made
/// the data.
fn check_schema(migrations: &[String]) -> anyhow::Result<()> {
    let known: Vec<String> = db::Migrator::migrations()
        .iter()
        .map(|migration| migration.name().to_string())
        .collect();
    if let Some(unknown) = migrations.iter().find(|name| !known.contains(name)) {
        anyhow::bail!(
            "its schema is newer than this binary's: it has the migration {unknown}, which {} \
             does not know; use the version that made it, or a newer one",
            made_by()
        );
    }
    anyhow::ensure!(
        known.starts_with(migrations),
        "its migrations ({}) are not this binary's first ones in order",
        migrations.join(", ")
    );
    Ok(())
}

/// One read transaction over a site's database: every table read through
/// it shows the same moment. PostgreSQL: `REPEATABLE READ`; SQLite: a
/// deferred transaction, whose first read fixes its view of the WAL.
struct Snapshot {
    txn: DatabaseTransaction,
    migrations: Vec<String>,
    tables: Vec<Table>,
}

impl Snapshot {
    async fn open(db: &DatabaseConnection) -> anyhow::Result<Snapshot> {
        let txn = match db.get_database_backend() {
            DbBackend::Postgres => {
                db.begin_with_config(
                    Some(IsolationLevel::RepeatableRead),
                    Some(AccessMode::ReadOnly),
                )
                .await?
            }
            _ => db.begin().await?,
        };
        let migrations = applied_migrations(&txn).await?;
        let tables = schema::tables(&txn).await?;
        Ok(Snapshot {
            txn,
            migrations,
            tables,
        })
    }

    async fn row_count(&self) -> anyhow::Result<u64> {
        let mut total = 0;
        for table in &self.tables {
            let sql = format!("SELECT COUNT(*) AS n FROM {}", quote(&table.name));
            let backend = self.txn.get_database_backend();
            let found = self
                .txn
                .query_one_raw(Statement::from_string(backend, sql))
                .await?
                .context("COUNT(*) answers")?;
            total += u64::try_from(found.try_get::<i64>("", "n")?)?;
        }
        Ok(total)
    }

    async fn close(self) -> anyhow::Result<()> {
        // Nothing was written: ending it either way is the same.
        self.txn.rollback().await?;
        Ok(())
    }
}

/// The names of the migrations applied to `db`, in order; none for an
/// empty database.
async fn applied_migrations(db: &impl ConnectionTrait) -> anyhow::Result<Vec<String>> {
    let tables = schema::table_names(db).await?;
    if !tables.iter().any(|name| name == schema::MIGRATIONS_TABLE) {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT version FROM {} ORDER BY version",
        quote(schema::MIGRATIONS_TABLE)
    );
    let backend = db.get_database_backend();
    db.query_all_raw(Statement::from_string(backend, sql))
        .await?
        .iter()
        .map(|row| Ok(row.try_get::<String>("", "version")?))
        .collect()
}

/// The database a restore or a copy writes to, in its one transaction.
struct Target {
    txn: DatabaseTransaction,
}

impl Target {
    /// Starts the transaction: deletes the site already there (only with
    /// `replace`), applies the source's migrations, empties what they
    /// seeded (the source's rows replace it) and checks that the tables
    /// are the source's.
    async fn open(
        db: &DatabaseConnection,
        migrations: &[String],
        tables: &[Table],
        replace: bool,
    ) -> anyhow::Result<Target> {
        let txn = db::begin_write(db).await?;
        let existing = schema::table_names(&txn).await?;
        if !existing.is_empty() {
            anyhow::ensure!(
                replace,
                "the target database already holds a site ({} tables); use an empty \
                 database, or add --replace to delete that site",
                existing.len()
            );
            let mut dropping = schema::tables(&txn).await?;
            dropping.reverse();
            for table in &dropping {
                let cascade = match txn.get_database_backend() {
                    DbBackend::Postgres => " CASCADE",
                    _ => "",
                };
                txn.execute_unprepared(&format!("DROP TABLE {}{cascade}", quote(&table.name)))
                    .await?;
            }
            txn.execute_unprepared(&format!("DROP TABLE {}", quote(schema::MIGRATIONS_TABLE)))
                .await?;
        }
        let steps = u32::try_from(migrations.len())?;
        if steps > 0 {
            db::Migrator::up(&txn, Some(steps)).await?;
        }
        let mut made = schema::tables(&txn).await?;
        for table in made.iter().rev() {
            txn.execute_unprepared(&format!("DELETE FROM {}", quote(&table.name)))
                .await?;
        }
        let by_name = |list: &mut Vec<Table>| list.sort_by(|a, b| a.name.cmp(&b.name));
        let mut expected = tables.to_vec();
        by_name(&mut expected);
        by_name(&mut made);
        anyhow::ensure!(
            made == expected,
            "the source's tables differ from those its migrations make here \
             (was its schema changed by hand?)"
        );
        Ok(Target { txn })
    }

    /// Reads every table back and compares it with what was sent.
    async fn check(&self, sent: &[TableEntry]) -> anyhow::Result<()> {
        for entry in sent {
            let table = &entry.table;
            let mut scan = Scan::new(table);
            while scan.next(&self.txn).await?.is_some() {}
            let tally = scan.tally();
            let (rows, sha256) = (tally.rows, tally.checksum());
            anyhow::ensure!(
                rows == entry.rows && sha256 == entry.sha256,
                "table {} differs after writing ({rows} rows, expected {}); nothing was kept",
                table.name,
                entry.rows
            );
        }
        Ok(())
    }

    /// Applies this binary's later migrations and seeds, then commits.
    async fn finish(self, seed: db::Seed) -> anyhow::Result<()> {
        db::Migrator::up(&self.txn, None).await?;
        seed(&self.txn).await?;
        self.txn.commit().await?;
        Ok(())
    }
}
