//! The search index of this instance: where it lives, how it is built
//! from the database, and how it follows the change log.
//!
//! The index is derived data, in the data directory under
//! `search/v{FORMAT}/slot-N`. Instances that share one data directory each
//! take the first slot no other holds (tantivy locks it), and find it again
//! at their next start. Each commit stores the last change of the log it
//! has applied, so a restart only applies what came after.

use std::{
    collections::{BTreeSet, HashSet},
    path::Path,
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use anyhow::Context;
use sea_orm::ConnectionTrait;

use crate::content::Kind;
use tantivy::{
    Index, IndexReader, IndexWriter, ReloadPolicy, TantivyError, Term, directory::MmapDirectory,
};

use super::{
    documents::{self, Entry},
    schema::{self, FORMAT, Fields},
};
use crate::{
    index_changes::{self, Subject},
    progress::Progress,
};

/// How many instances may share one data directory.
const SLOTS: usize = 16;
/// The indexing memory: tantivy writes a segment when it is full.
const WRITER_MEMORY: usize = 32 * 1024 * 1024;
/// Resources read from the database at a time during a full build.
const BATCH: u64 = 500;
/// Changes read from the log at a time.
const CHANGES_AT_ONCE: u64 = 500;
/// How long a missing number in the log is waited for: on PostgreSQL a
/// change numbered earlier may commit after a later one, but not this late.
const GAP_PATIENCE: Duration = Duration::from_secs(30);

pub struct SearchIndex {
    pub(super) reader: IndexReader,
    pub(super) fields: Fields,
    writer: Mutex<IndexWriter>,
    followed: Mutex<Followed>,
}

/// How far this index has followed the log: every change up to
/// `through`, and those in `beyond`, are in it.
#[derive(Default)]
struct Followed {
    /// None until the index has been built once.
    through: Option<i64>,
    beyond: BTreeSet<i64>,
    /// Since when a missing number has held `through` back.
    waiting_since: Option<Instant>,
}

impl SearchIndex {
    /// Opens the first free slot's index under `data_dir`, creating it when
    /// there is none (it is then built by the first `catch_up`).
    pub fn open(data_dir: &Path) -> anyhow::Result<Arc<SearchIndex>> {
        let folder = slots_folder(data_dir);
        for slot in 0..SLOTS {
            let path = folder.join(format!("slot-{slot}"));
            std::fs::create_dir_all(&path)
                .with_context(|| format!("creating the search index in {}", path.display()))?;
            match open_in(&path) {
                Ok(opened) => return Ok(Arc::new(opened)),
                Err(TantivyError::LockFailure(..)) => continue,
                Err(error) => {
                    // A damaged or foreign index is derived data: start again.
                    tracing::warn!(%error, path = %path.display(), "search index unreadable; rebuilding it");
                    std::fs::remove_dir_all(&path)?;
                    std::fs::create_dir_all(&path)?;
                    return Ok(Arc::new(open_in(&path)?));
                }
            }
        }
        anyhow::bail!(
            "all {SLOTS} search index slots in {} are in use",
            folder.display()
        )
    }

    /// The indexes of `data_dir` no running instance holds; the first
    /// slot's when there is none yet.
    pub fn idle(data_dir: &Path) -> anyhow::Result<Vec<Arc<SearchIndex>>> {
        let folder = slots_folder(data_dir);
        let mut idle = Vec::new();
        let mut any = false;
        for slot in 0..SLOTS {
            let path = folder.join(format!("slot-{slot}"));
            if !path.join("meta.json").exists() {
                continue;
            }
            any = true;
            match open_in(&path) {
                Ok(opened) => idle.push(Arc::new(opened)),
                Err(TantivyError::LockFailure(..)) => {}
                Err(error) => return Err(error.into()),
            }
        }
        if !any {
            idle.push(SearchIndex::open(data_dir)?);
        }
        Ok(idle)
    }

    /// Brings the index up to date with the database: a full build when it
    /// was never built, when the log lost changes it did not see, or when
    /// the database is not the one it was built from; otherwise the changes
    /// since its last commit.
    pub async fn catch_up(
        self: &Arc<Self>,
        db: &impl ConnectionTrait,
        progress: &mut Progress,
    ) -> anyhow::Result<()> {
        let through = self.followed.lock().expect("not poisoned").through;
        let Some(through) = through else {
            return self.rebuild(db, progress).await;
        };
        let latest = index_changes::latest(db).await?;
        let oldest = index_changes::oldest(db).await?;
        if latest < through || oldest.is_some_and(|oldest| oldest > through + 1) {
            return self.rebuild(db, progress).await;
        }
        while self.follow(db).await? {}
        Ok(())
    }

    /// Writes every entry again from the database.
    pub async fn rebuild(
        self: &Arc<Self>,
        db: &impl ConnectionTrait,
        progress: &mut Progress,
    ) -> anyhow::Result<()> {
        // Read first: a change made while the build reads is applied after.
        let through = index_changes::latest(db).await?;
        progress.expect(documents::count(db).await?);
        // The lock is taken for each batch, not across the reads: a guard
        // cannot be held over an await.
        self.writer().delete_all_documents()?;
        let pages = documents::pages(db).await?;
        self.add_all(&pages)?;
        progress.advance(pages.len() as u64, "pages");
        let dated = documents::all_dated(db).await?;
        self.add_all(&dated)?;
        progress.advance(dated.len() as u64, "news and events");
        let records = documents::all_records(db).await?;
        self.add_all(&records)?;
        progress.advance(records.len() as u64, "agreements and council meetings");
        let mut after = 0;
        loop {
            let (batch, last) = documents::resources_after(db, after, BATCH).await?;
            let Some(last) = last else { break };
            after = last;
            self.add_all(&batch)?;
            progress.advance(batch.len() as u64, "resources");
        }
        self.commit(through)?;
        *self.followed.lock().expect("not poisoned") = Followed {
            through: Some(through),
            ..Followed::default()
        };
        progress.done();
        Ok(())
    }

    /// Applies the next changes of the log; true when there may be more.
    pub async fn follow(self: &Arc<Self>, db: &impl ConnectionTrait) -> anyhow::Result<bool> {
        let through = self
            .followed
            .lock()
            .expect("not poisoned")
            .through
            .unwrap_or(0);
        let changes = index_changes::after(db, through, CHANGES_AT_ONCE).await?;
        let fresh: Vec<_> = {
            let followed = self.followed.lock().expect("not poisoned");
            changes
                .into_iter()
                .filter(|change| !followed.beyond.contains(&change.id))
                .collect()
        };
        if fresh.is_empty() {
            self.advance_past_old_gap()?;
            return Ok(false);
        }
        let more = fresh.len() as u64 == CHANGES_AT_ONCE;
        let subjects: Vec<Subject> = fresh
            .iter()
            .filter_map(|change| Subject::from_key(&change.subject))
            .collect();
        if subjects.contains(&Subject::Everything) {
            self.rebuild(db, &mut Progress::silent()).await?;
            return Ok(true);
        }
        let mut done = HashSet::new();
        let mut entries = Vec::new();
        for subject in subjects {
            if done.insert(subject.key()) {
                entries.push((subject.key(), entry_of(db, &subject).await?));
            }
        }
        {
            let writer = self.writer();
            for (key, entry) in &entries {
                writer.delete_term(Term::from_field_text(self.fields.key, key));
                if let Some(entry) = entry {
                    writer.add_document(entry.document(&self.fields))?;
                }
            }
        }
        let through = {
            let mut followed = self.followed.lock().expect("not poisoned");
            followed.beyond.extend(fresh.iter().map(|change| change.id));
            followed.advance();
            followed.through.unwrap_or(0)
        };
        self.commit(through)?;
        Ok(more)
    }

    /// Gives up on a missing change number waited for too long (a rolled
    /// back transaction's), so the changes after it count as followed.
    fn advance_past_old_gap(&self) -> anyhow::Result<()> {
        let moved = {
            let mut followed = self.followed.lock().expect("not poisoned");
            let Some(since) = followed.waiting_since else {
                return Ok(());
            };
            if since.elapsed() < GAP_PATIENCE {
                return Ok(());
            }
            if let Some(first) = followed.beyond.first().copied() {
                followed.through = Some(first - 1);
            }
            followed.advance();
            followed.through
        };
        if let Some(through) = moved {
            self.commit(through)?;
        }
        Ok(())
    }

    fn writer(&self) -> std::sync::MutexGuard<'_, IndexWriter> {
        self.writer.lock().expect("not poisoned")
    }

    fn add_all(&self, entries: &[Entry]) -> anyhow::Result<()> {
        let writer = self.writer();
        for entry in entries {
            writer.add_document(entry.document(&self.fields))?;
        }
        Ok(())
    }

    /// Commits what was written, noting the log's last change it holds, and
    /// shows it to searches.
    fn commit(&self, through: i64) -> anyhow::Result<()> {
        let mut writer = self.writer();
        let mut prepared = writer.prepare_commit()?;
        prepared.set_payload(&through.to_string());
        prepared.commit()?;
        drop(writer);
        self.reader.reload()?;
        Ok(())
    }
}

impl Followed {
    /// Moves `through` over the changes applied right after it.
    fn advance(&mut self) {
        let mut through = self.through.unwrap_or(0);
        while self.beyond.remove(&(through + 1)) {
            through += 1;
        }
        self.through = Some(through);
        self.waiting_since = match (self.beyond.is_empty(), self.waiting_since) {
            (true, _) => None,
            (false, None) => Some(Instant::now()),
            (false, since) => since,
        };
    }
}

fn slots_folder(data_dir: &Path) -> std::path::PathBuf {
    data_dir.join("search").join(format!("v{FORMAT}"))
}

fn open_in(path: &Path) -> Result<SearchIndex, TantivyError> {
    let (schema, fields) = schema::build();
    let directory = MmapDirectory::open(path).map_err(|error| {
        TantivyError::InvalidArgument(format!("cannot open {}: {error}", path.display()))
    })?;
    let index = Index::open_or_create(directory, schema)?;
    schema::register(&index);
    let writer = index.writer_with_num_threads(1, WRITER_MEMORY)?;
    let through = index
        .load_metas()?
        .payload
        .and_then(|payload| payload.parse::<i64>().ok());
    let reader = index
        .reader_builder()
        .reload_policy(ReloadPolicy::Manual)
        .try_into()?;
    Ok(SearchIndex {
        reader,
        fields,
        writer: Mutex::new(writer),
        followed: Mutex::new(Followed {
            through,
            ..Followed::default()
        }),
    })
}

async fn entry_of(db: &impl ConnectionTrait, subject: &Subject) -> anyhow::Result<Option<Entry>> {
    Ok(match subject {
        Subject::Resource(id) => documents::resource(db, *id).await?,
        Subject::Page(slug) => documents::page(db, slug).await?,
        Subject::News(slug) => documents::dated(db, Kind::News, slug).await?,
        Subject::Event(slug) => documents::dated(db, Kind::Event, slug).await?,
        Subject::Agreement(id) => documents::agreement(db, *id).await?,
        Subject::Meeting(id) => documents::meeting(db, *id).await?,
        Subject::Everything => None,
    })
}

#[cfg(test)]
mod tests {
    use super::Followed;

    #[test]
    fn a_missing_change_holds_the_followed_mark_back_until_it_comes() {
        let mut followed = Followed {
            through: Some(4),
            ..Followed::default()
        };
        followed.beyond.extend([5, 7]);
        followed.advance();
        assert_eq!(followed.through, Some(5));
        assert!(followed.waiting_since.is_some(), "6 is awaited");
        followed.beyond.insert(6);
        followed.advance();
        assert_eq!(followed.through, Some(7));
        assert!(followed.waiting_since.is_none());
    }
}
