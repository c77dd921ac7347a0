//! Durable writes that share one commit.
//!
//! On SQLite a commit synced to disk (`synchronous = FULL`) waits for the
//! disk's flush, and the single writer makes commits take turns: with one
//! flush per proposal the site could never confirm more proposals per
//! second than the disk does flushes. Writes sent here while a batch is
//! being written wait for the next one. Each runs in a savepoint of its
//! own, so a write that fails is undone alone; the batch is committed with
//! one flush, and each caller hears its answer only once that commit is
//! on disk, so "stored" still means stored.
//!
//! On PostgreSQL, where concurrent commits already share their flushes, a
//! write is simply its own transaction.
//!
//! A write must not wait for the writing connection itself (through
//! `begin_write` or `Relaxed`): on SQLite the batch holds it.

use std::{future::Future, pin::Pin};

use sea_orm::{DatabaseConnection, DatabaseTransaction, DbBackend, DbErr, TransactionTrait};
use tokio::sync::{mpsc, oneshot};

/// The most writes one commit carries: enough to amortise a flush, few
/// enough that the first caller does not wait long for the last.
const MOST_PER_BATCH: usize = 64;

pub type BoxFuture<'t, T> = Pin<Box<dyn Future<Output = T> + Send + 't>>;

/// A write: work done in the transaction it is given.
pub trait Write<T, E>:
    for<'t> FnOnce(&'t DatabaseTransaction) -> BoxFuture<'t, Result<T, E>> + Send + 'static
{
}

impl<T, E, F> Write<T, E> for F where
    F: for<'t> FnOnce(&'t DatabaseTransaction) -> BoxFuture<'t, Result<T, E>> + Send + 'static
{
}

/// Where durable writes go: on SQLite a queue to the task that batches
/// them, on PostgreSQL the pool.
#[derive(Clone)]
pub struct GroupCommit {
    writes: DatabaseConnection,
    queue: Option<mpsc::Sender<Box<dyn Job>>>,
}

impl GroupCommit {
    /// Starts the batching task on SQLite (it ends with the last sender).
    pub fn start(writes: DatabaseConnection) -> GroupCommit {
        let queue = (writes.get_database_backend() == DbBackend::Sqlite).then(|| {
            let (sender, receiver) = mpsc::channel(4 * MOST_PER_BATCH);
            tokio::spawn(write_batches(writes.clone(), receiver));
            sender
        });
        GroupCommit { writes, queue }
    }

    /// Runs `work` in a write transaction and returns its result once its
    /// changes are committed; when it fails, nothing of it is kept.
    pub async fn write<T, E>(&self, work: impl Write<T, E>) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<DbErr> + Send + 'static,
    {
        let Some(queue) = &self.queue else {
            let txn = super::begin_write(&self.writes).await?;
            return match work(&txn).await {
                Ok(done) => txn.commit().await.map(|()| done).map_err(E::from),
                Err(error) => {
                    txn.rollback().await?;
                    Err(error)
                }
            };
        };
        let (reply, answer) = oneshot::channel();
        let job = Box::new(Pending {
            work: Some(work),
            outcome: None,
            reply,
        });
        let stopped = || E::from(DbErr::Custom("the writing task has stopped".into()));
        queue.send(job).await.map_err(|_| stopped())?;
        answer.await.map_err(|_| stopped())?
    }
}

/// The batching task: takes what waits (at most `MOST_PER_BATCH`), writes
/// it in one transaction, answers, and starts again.
async fn write_batches(writes: DatabaseConnection, mut queue: mpsc::Receiver<Box<dyn Job>>) {
    let mut batch = Vec::with_capacity(MOST_PER_BATCH);
    while queue.recv_many(&mut batch, MOST_PER_BATCH).await > 0 {
        let committed = write_batch(&writes, &mut batch).await;
        for job in batch.drain(..) {
            let committed = match &committed {
                Ok(()) => Ok(()),
                Err(error) => Err(DbErr::Custom(format!(
                    "the batch was not committed: {error}"
                ))),
            };
            job.answer(committed);
        }
    }
}

async fn write_batch(writes: &DatabaseConnection, batch: &mut [Box<dyn Job>]) -> Result<(), DbErr> {
    let txn = super::begin_write(writes).await?;
    for job in batch.iter_mut() {
        let savepoint = txn.begin().await?;
        if job.run(&savepoint).await {
            savepoint.commit().await?;
        } else {
            savepoint.rollback().await?;
        }
    }
    txn.commit().await
}

/// A write waiting in the queue, its type erased.
trait Job: Send {
    /// Runs the work, keeps its outcome, and tells whether it succeeded.
    fn run<'t>(&'t mut self, txn: &'t DatabaseTransaction) -> BoxFuture<'t, bool>;
    /// Sends the caller its outcome, or the commit's failure.
    fn answer(self: Box<Self>, committed: Result<(), DbErr>);
}

struct Pending<W, T, E> {
    work: Option<W>,
    outcome: Option<Result<T, E>>,
    reply: oneshot::Sender<Result<T, E>>,
}

impl<W, T, E> Job for Pending<W, T, E>
where
    W: Write<T, E>,
    T: Send + 'static,
    E: From<DbErr> + Send + 'static,
{
    fn run<'t>(&'t mut self, txn: &'t DatabaseTransaction) -> BoxFuture<'t, bool> {
        Box::pin(async move {
            let Some(work) = self.work.take() else {
                return false;
            };
            let outcome = work(txn).await;
            let succeeded = outcome.is_ok();
            self.outcome = Some(outcome);
            succeeded
        })
    }

    fn answer(self: Box<Self>, committed: Result<(), DbErr>) {
        let outcome = match (self.outcome, committed) {
            // A write that failed was undone whatever became of the batch.
            (Some(Err(own)), _) => Err(own),
            (Some(Ok(done)), Ok(())) => Ok(done),
            (_, Err(error)) => Err(E::from(error)),
            (None, Ok(())) => Err(E::from(DbErr::Custom("the write was not run".into()))),
        };
        // A caller that gave up waiting needs no answer.
        let _ = self.reply.send(outcome);
    }
}

#[cfg(test)]
mod tests {
    use sea_orm::{ConnectionTrait, Statement};

    use super::*;

    async fn database() -> (tempfile::TempDir, DatabaseConnection) {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}?mode=rwc", dir.path().join("t.db").display());
        let reads = super::super::connect(&url).await.unwrap();
        let writes = super::super::writer_beside(&reads, &url).await.unwrap();
        writes
            .execute_unprepared(
                "CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER NOT NULL UNIQUE)",
            )
            .await
            .unwrap();
        (dir, writes)
    }

    fn insert(n: i64) -> impl Write<i64, DbErr> {
        move |txn: &DatabaseTransaction| -> BoxFuture<'_, Result<i64, DbErr>> {
            Box::pin(async move {
                let statement = Statement::from_sql_and_values(
                    DbBackend::Sqlite,
                    "INSERT INTO t (n) VALUES ($1)",
                    [n.into()],
                );
                txn.execute_raw(statement).await?;
                Ok(n)
            })
        }
    }

    async fn stored(db: &DatabaseConnection) -> Vec<i64> {
        let rows = db
            .query_all_raw(Statement::from_string(
                DbBackend::Sqlite,
                "SELECT n FROM t ORDER BY n",
            ))
            .await
            .unwrap();
        rows.iter()
            .map(|row| row.try_get_by_index(0).unwrap())
            .collect()
    }

    #[tokio::test]
    async fn concurrent_writes_are_all_committed_and_a_failed_one_alone_is_undone() {
        let (_dir, writes) = database().await;
        let commits = GroupCommit::start(writes.clone());
        // 1 is sent twice: the second breaks the unique key and fails
        // alone, whichever batch it shares.
        let sent = [1, 2, 3, 1, 4, 5, 6, 7];
        let tasks = sent.map(|n| {
            let commits = commits.clone();
            tokio::spawn(async move { commits.write(insert(n)).await })
        });
        let mut answers = Vec::new();
        for task in tasks {
            answers.push(task.await.unwrap());
        }
        let failed = answers.iter().filter(|answer| answer.is_err()).count();
        assert_eq!(failed, 1, "{answers:?}");
        assert_eq!(stored(&writes).await, [1, 2, 3, 4, 5, 6, 7]);
    }
}
