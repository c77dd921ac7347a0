//! The backup file: a zip archive holding `manifest.json`, one
//! `tables/<table>.jsonl` per table (a JSON array per row, see `rows`) and
//! every stored file under `files/<namespace>/<name>`. The manifest gives
//! the schema (the migrations applied), each table's columns, row count and
//! SHA-256, and each file's size and SHA-256, so that a damaged archive is
//! refused before anything is restored. Checksums reveal damage, not a
//! forger, who could rewrite the manifest too: keep backups where only
//! administrators write.

use std::{
    fs::File,
    io::{BufRead, BufReader, BufWriter, Read, Write},
    path::{Path, PathBuf},
};

use anyhow::Context;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use zip::{CompressionMethod, ZipArchive, ZipWriter, read::ZipFile, write::SimpleFileOptions};

use super::{
    rows::{Row, Tally, row_of_line},
    schema::Table,
};

/// Raised when the archive's layout changes in a way older readers cannot
/// follow.
pub const FORMAT: u32 = 1;
const MANIFEST: &str = "manifest.json";

#[derive(Debug, Serialize, Deserialize)]
pub struct Manifest {
    pub format: u32,
    /// The binary that made it, e.g. `observatory 0.1.0`.
    pub made_by: String,
    pub created_at: DateTime<Utc>,
    /// `sqlite` or `postgres`: where the data came from (it restores into
    /// either).
    pub source: String,
    /// The names of the migrations the data had, in order: its schema.
    pub migrations: Vec<String>,
    /// In the order they are restored in.
    pub tables: Vec<TableEntry>,
    pub files: Vec<FileEntry>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TableEntry {
    #[serde(flatten)]
    pub table: Table,
    pub rows: u64,
    pub sha256: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FileEntry {
    /// `namespace/name`, as `storage::Key` prints it.
    pub key: String,
    pub bytes: u64,
    pub sha256: String,
}

fn table_entry_name(table: &str) -> String {
    format!("tables/{table}.jsonl")
}

fn file_entry_name(key: &str) -> String {
    format!("files/{key}")
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// An archive being written. It takes the name `<out>.partial` until
/// `finish` has synced it to disk; only then is it renamed to `out`, so an
/// archive under its real name is always whole, and a backup killed half
/// way leaves the previous one as it was.
pub struct Writer {
    zip: ZipWriter<BufWriter<File>>,
    partial: PathBuf,
    out: PathBuf,
}

impl Writer {
    pub fn create(out: &Path) -> anyhow::Result<Writer> {
        let mut partial = out.as_os_str().to_owned();
        partial.push(".partial");
        let partial = PathBuf::from(partial);
        let file = File::create(&partial)
            .with_context(|| format!("cannot write {}", partial.display()))?;
        Ok(Writer {
            zip: ZipWriter::new(BufWriter::new(file)),
            partial,
            out: out.to_path_buf(),
        })
    }

    /// Starts a table's entry; its lines follow with `write_line`.
    pub fn start_table(&mut self, table: &str) -> anyhow::Result<()> {
        let options = SimpleFileOptions::default()
            .compression_method(CompressionMethod::Deflated)
            .large_file(true);
        self.zip.start_file(table_entry_name(table), options)?;
        Ok(())
    }

    pub fn write_line(&mut self, line: &[u8]) -> anyhow::Result<()> {
        self.zip.write_all(line)?;
        Ok(())
    }

    /// Adds a stored file as it is (documents rarely compress).
    pub fn add_file(&mut self, key: &str, bytes: &[u8]) -> anyhow::Result<FileEntry> {
        let options = SimpleFileOptions::default()
            .compression_method(CompressionMethod::Stored)
            .large_file(true);
        self.zip.start_file(file_entry_name(key), options)?;
        self.zip.write_all(bytes)?;
        Ok(FileEntry {
            key: key.to_string(),
            bytes: bytes.len() as u64,
            sha256: sha256_hex(bytes),
        })
    }

    /// Writes the manifest, syncs the archive and gives it its name.
    pub fn finish(mut self, manifest: &Manifest) -> anyhow::Result<PathBuf> {
        let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
        self.zip.start_file(MANIFEST, options)?;
        serde_json::to_writer_pretty(&mut self.zip, manifest)?;
        let file = self
            .zip
            .finish()?
            .into_inner()
            .map_err(|error| error.into_error())?;
        file.sync_all()?;
        std::fs::rename(&self.partial, &self.out)?;
        if let Some(folder) = self.out.parent().filter(|p| !p.as_os_str().is_empty()) {
            File::open(folder)?.sync_all()?;
        }
        Ok(self.out)
    }
}

/// An archive being read: its manifest is read at once, the rest on demand.
pub struct Reader {
    zip: ZipArchive<BufReader<File>>,
    pub manifest: Manifest,
}

impl Reader {
    pub fn open(path: &Path) -> anyhow::Result<Reader> {
        let file = File::open(path).with_context(|| format!("cannot read {}", path.display()))?;
        let mut zip = ZipArchive::new(BufReader::new(file))
            .with_context(|| format!("{} is not a backup archive", path.display()))?;
        let manifest: Manifest = {
            let entry = zip
                .by_name(MANIFEST)
                .with_context(|| format!("{} has no {MANIFEST}", path.display()))?;
            serde_json::from_reader(entry)
                .with_context(|| format!("the manifest of {} cannot be read", path.display()))?
        };
        anyhow::ensure!(
            manifest.format == FORMAT,
            "{} is a backup of format {}, which this version ({}) cannot read",
            path.display(),
            manifest.format,
            super::made_by()
        );
        Ok(Reader { zip, manifest })
    }

    /// Reads every table and file once and compares them with the
    /// manifest; the first difference is the error.
    pub fn verify(&mut self) -> anyhow::Result<()> {
        for entry in self.manifest.tables.clone() {
            let mut tally = Tally::default();
            self.each_line(&entry.table, |line| tally.add(line))?;
            let rows = tally.rows;
            let sha256 = tally.checksum();
            anyhow::ensure!(
                rows == entry.rows && sha256 == entry.sha256,
                "table {} does not match the manifest ({rows} rows, checksum {sha256}; \
                 expected {} rows, checksum {}): the archive is damaged",
                entry.table.name,
                entry.rows,
                entry.sha256
            );
        }
        for entry in self.manifest.files.clone() {
            let bytes = self.file(&entry.key)?;
            anyhow::ensure!(
                bytes.len() as u64 == entry.bytes && sha256_hex(&bytes) == entry.sha256,
                "stored file {} does not match its checksum: the archive is damaged",
                entry.key
            );
        }
        Ok(())
    }

    /// Calls `each` with every line of `table`'s entry, newline included.
    fn each_line(&mut self, table: &Table, mut each: impl FnMut(&[u8])) -> anyhow::Result<()> {
        let mut lines = self.lines(table)?;
        while let Some(line) = lines.next_line()? {
            each(line);
        }
        Ok(())
    }

    /// The rows of `table`'s entry, read a batch at a time.
    pub fn rows<'a>(&'a mut self, table: &'a Table) -> anyhow::Result<TableRows<'a>> {
        Ok(TableRows {
            lines: self.lines(table)?,
            table,
        })
    }

    fn lines(&mut self, table: &Table) -> anyhow::Result<Lines<'_>> {
        let name = table_entry_name(&table.name);
        let entry = self
            .zip
            .by_name(&name)
            .with_context(|| format!("the archive has no {name}"))?;
        Ok(Lines {
            reader: BufReader::new(entry),
            line: Vec::new(),
        })
    }

    pub fn file(&mut self, key: &str) -> anyhow::Result<Vec<u8>> {
        let name = file_entry_name(key);
        let mut entry = self
            .zip
            .by_name(&name)
            .with_context(|| format!("the archive has no {name}"))?;
        let mut bytes = Vec::with_capacity(usize::try_from(entry.size()).unwrap_or(0));
        entry.read_to_end(&mut bytes)?;
        Ok(bytes)
    }
}

struct Lines<'a> {
    reader: BufReader<ZipFile<'a, BufReader<File>>>,
    line: Vec<u8>,
}

impl Lines<'_> {
    fn next_line(&mut self) -> anyhow::Result<Option<&[u8]>> {
        self.line.clear();
        Ok(match self.reader.read_until(b'\n', &mut self.line)? {
            0 => None,
            _ => Some(&self.line),
        })
    }
}

pub struct TableRows<'a> {
    lines: Lines<'a>,
    table: &'a Table,
}

impl TableRows<'_> {
    /// Up to `size` more rows; none when the table is done.
    pub fn next_batch(&mut self, size: usize) -> anyhow::Result<Option<Vec<Row>>> {
        let mut rows = Vec::new();
        while rows.len() < size {
            match self.lines.next_line()? {
                Some(line) => rows.push(row_of_line(self.table, line)?),
                None => break,
            }
        }
        Ok((!rows.is_empty()).then_some(rows))
    }
}
