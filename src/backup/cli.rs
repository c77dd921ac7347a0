//! `observatory backup`, `restore` and `copy`: the site of the settings
//! (`OBSERVATORY_DATABASE_URL`, `OBSERVATORY_DATA_DIR`, `OBSERVATORY_S3_*`)
//! is the one backed up, restored into, or copied from.

#![allow(
    clippy::print_stdout,
    reason = "what was written, restored or copied is the commands' output"
)]

use std::path::{Path, PathBuf};

use anyhow::Context;

use super::{FileMove, Landed, Progress};
use crate::{app, config::Settings, db, storage::Storage};

/// Backs up the site to `out`, or to a new file named for the moment in
/// `OBSERVATORY_BACKUP_DIR` (else the current folder).
pub async fn backup(settings: &Settings, out: Option<PathBuf>) -> anyhow::Result<()> {
    let out = match out {
        Some(out) => out,
        None => {
            let folder = settings
                .backups
                .as_ref()
                .map_or_else(|| PathBuf::from("."), |b| b.dir.clone());
            std::fs::create_dir_all(&folder)
                .with_context(|| format!("cannot make {}", folder.display()))?;
            folder.join(super::schedule::archive_name(chrono::Utc::now()))
        }
    };
    let db = db::connect(&settings.database_url).await?;
    let storage = Storage::from_settings(settings)?;
    let started = std::time::Instant::now();
    let written = super::create(&db, &storage, &out, &mut Progress::on_stderr()).await?;
    let rows: u64 = written.manifest.tables.iter().map(|t| t.rows).sum();
    println!(
        "Backed up {rows} rows in {} tables and {} files ({}) to {} in {:.1} s.",
        written.manifest.tables.len(),
        written.manifest.files.len(),
        super::megabytes(written.bytes),
        written.path.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Checks `archive` against its manifest and says what it holds.
pub fn verify(archive: &Path) -> anyhow::Result<()> {
    let manifest = super::verify(archive)?;
    let rows: u64 = manifest.tables.iter().map(|t| t.rows).sum();
    println!(
        "{} is whole: {rows} rows in {} tables and {} files, made by {} from {} on {}, \
         schema {}.",
        archive.display(),
        manifest.tables.len(),
        manifest.files.len(),
        manifest.made_by,
        manifest.source,
        manifest.created_at.format("%Y-%m-%d %H:%M:%S UTC"),
        manifest.migrations.last().map_or("(empty)", String::as_str),
    );
    Ok(())
}

/// Restores `archive` into the site of the settings.
pub async fn restore(settings: &Settings, archive: &Path, replace: bool) -> anyhow::Result<()> {
    let db = db::connect(&settings.database_url).await?;
    let storage = Storage::from_settings(settings)?;
    let started = std::time::Instant::now();
    let mut progress = Progress::on_stderr();
    let landed = super::restore(&db, &storage, archive, replace, app::seed, &mut progress).await?;
    println!(
        "Restored {} from {} in {:.1} s; every table matches the archive's checksums.",
        summary(&landed),
        archive.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// What `observatory copy` is asked (its command-line arguments).
#[derive(clap::Args)]
pub struct CopyRequest {
    /// The source database's URL, e.g. sqlite://data/observatory.db
    #[arg(long)]
    pub from: String,
    /// The empty target database's URL, e.g. postgres://user@host/observatory
    #[arg(long)]
    pub to: String,
    /// Take the stored files from this data folder (default: the storage
    /// of the settings).
    #[arg(long)]
    pub from_files: Option<PathBuf>,
    /// Put the stored files in this data folder (default: the storage of
    /// the settings).
    #[arg(long)]
    pub to_files: Option<PathBuf>,
    /// Delete the site already in the target first (all or nothing).
    #[arg(long)]
    pub replace: bool,
}

/// Copies the site in `request.from` to the database `request.to`; the
/// files move only when a side names its own folder (otherwise both sites
/// use the settings' storage, where the files already are).
pub async fn copy(settings: &Settings, request: CopyRequest) -> anyhow::Result<()> {
    let from = db::connect(&request.from)
        .await
        .context("the source database (--from) cannot be opened")?;
    let to = db::connect(&creatable(&request.to))
        .await
        .context("the target database (--to) cannot be opened")?;
    let storage_of = |folder: &Option<PathBuf>| match folder {
        Some(folder) => Ok(Storage::in_directory(folder)),
        None => Storage::from_settings(settings),
    };
    let from_storage = storage_of(&request.from_files)?;
    let to_storage = storage_of(&request.to_files)?;
    let moves = request.from_files.is_some() || request.to_files.is_some();
    let files = moves.then_some(FileMove {
        from: &from_storage,
        to: &to_storage,
    });
    let started = std::time::Instant::now();
    let mut progress = Progress::on_stderr();
    let landed = super::copy(&from, &to, files, request.replace, app::seed, &mut progress).await?;
    for table in &landed.tables {
        println!(
            "  {:<32} {:>9} rows  sha256 {}  same on both sides",
            table.table.name, table.rows, table.sha256
        );
    }
    println!(
        "Copied {} in {:.1} s; the source is unchanged.",
        summary(&landed),
        started.elapsed().as_secs_f64()
    );
    if !moves {
        println!("The files stayed where they are: both sites use the storage of the settings.");
    }
    Ok(())
}

fn summary(landed: &Landed) -> String {
    format!(
        "{} rows in {} tables and {} files",
        landed.rows(),
        landed.tables.len(),
        landed.files
    )
}

/// A SQLite URL that creates its file when missing (`mode=rwc`), as the
/// target of a copy must; other URLs as they are.
fn creatable(url: &str) -> String {
    if url.starts_with("sqlite:") && !url.contains("mode=") {
        let joiner = if url.contains('?') { '&' } else { '?' };
        format!("{url}{joiner}mode=rwc")
    } else {
        url.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sqlite_target_is_created_when_missing() {
        assert_eq!(creatable("sqlite://new.db"), "sqlite://new.db?mode=rwc");
        assert_eq!(
            creatable("sqlite://new.db?cache=shared"),
            "sqlite://new.db?cache=shared&mode=rwc"
        );
        assert_eq!(creatable("sqlite://a.db?mode=rw"), "sqlite://a.db?mode=rw");
        assert_eq!(creatable("postgres://h/db"), "postgres://h/db");
    }
}
