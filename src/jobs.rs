//! A small job queue on the application's own database. Jobs survive
//! restarts, are retried with exponential backoff, and each is taken by
//! exactly one instance: PostgreSQL claims with `FOR UPDATE SKIP LOCKED`,
//! SQLite serialises writers so a plain `UPDATE … RETURNING` is enough.
//!
//! A claimed job is leased for a short while (`LEASE`), and its worker
//! renews the lease while the job runs: a slow job keeps its worker, and the
//! job of an instance that died is retried seconds later. Each lease has a
//! random token that renewing, completing and failing check, so a worker
//! whose lease was taken over (it stalled, another worker retried the job)
//! changes nothing.
//!
//! A job that delivers something outside the database (a mail) cannot take
//! it back, so it tells the queue as it goes: `Lease::begin_delivery` just
//! before handing it over, `Lease::record_delivered` the moment it was
//! accepted. A retried job whose delivery was recorded is closed without
//! running again.
//!
//! A job is enqueued in its caller's transaction, so it is as durable as
//! what it follows from. The queue's own bookkeeping (claims, leases,
//! delivery marks, outcomes) commits without a disk sync of its own
//! (`db::Relaxed`): a power cut may take back the last of it, so a mail
//! may go out twice then, but no job is lost.

use std::{
    convert::Infallible,
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, DbBackend,
    DbErr, EntityTrait, FromQueryResult, PaginatorTrait, QueryFilter, Statement, sea_query::Expr,
};
use serde::{Serialize, de::DeserializeOwned};
use tokio::sync::{Notify, watch};

use crate::{config::random_hex, db::Relaxed};

/// How long a claimed job is reserved. Its worker renews the lease every
/// third of this while the job runs, so this only decides how soon the job
/// of an instance that died is retried.
pub const LEASE: Duration = Duration::from_secs(15);
const MAX_ATTEMPTS: i32 = 8;
/// Other instances' jobs are noticed by polling at this pace.
const POLL_INTERVAL: Duration = Duration::from_secs(2);

/// A row of the queue.
pub mod job {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "jobs")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub kind: String,
        #[sea_orm(column_type = "Text")]
        pub payload: String,
        pub run_at: DateTimeUtc,
        pub attempts: i32,
        #[sea_orm(column_type = "Text", nullable)]
        pub last_error: Option<String>,
        pub locked_until: Option<DateTimeUtc>,
        /// Whose lease `locked_until` is.
        pub lease_token: Option<String>,
        /// Random, fixed when the job is queued.
        pub idempotency_key: String,
        /// An attempt began delivering and recorded neither the delivery
        /// nor a failure (yet).
        pub delivery_started_at: Option<DateTimeUtc>,
        pub delivered_at: Option<DateTimeUtc>,
        pub done_at: Option<DateTimeUtc>,
        pub created_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

#[derive(Debug, FromQueryResult)]
pub struct ClaimedJob {
    pub id: i64,
    pub kind: String,
    pub payload: String,
    pub attempts: i32,
    /// Random, fixed when the job was queued, the same on every attempt: what
    /// the job sends can carry it to say it is the same thing again.
    pub idempotency_key: String,
    /// Set when an earlier attempt began delivering and its instance died
    /// before recording how it went: the delivery may have happened.
    pub delivery_started_at: Option<DateTime<Utc>>,
    /// Set when an earlier attempt delivered, and died before closing the job.
    pub delivered_at: Option<DateTime<Utc>>,
    /// When the job was queued.
    pub created_at: DateTime<Utc>,
    lease_token: String,
}

impl ClaimedJob {
    pub fn payload<T: DeserializeOwned>(&self) -> anyhow::Result<T> {
        Ok(serde_json::from_str(&self.payload)?)
    }

    /// This worker's hold on the job, kept on `db`: the writing connection
    /// (`AppState::writes`), where its bookkeeping may commit relaxed.
    pub fn lease<'a>(&'a self, db: &'a DatabaseConnection) -> Lease<'a> {
        Lease {
            db: Relaxed(db),
            job: self,
        }
    }
}

/// Adds a job to run as soon as a worker is free.
pub async fn enqueue(
    db: &impl ConnectionTrait,
    kind: &str,
    payload: &impl Serialize,
) -> Result<(), DbErr> {
    enqueue_at(db, kind, payload, Utc::now()).await
}

/// Adds a job to run once `run_at` has come (a bulletin's mails, spread
/// over time so they go at a bounded rate).
pub async fn enqueue_at(
    db: &impl ConnectionTrait,
    kind: &str,
    payload: &impl Serialize,
    run_at: DateTime<Utc>,
) -> Result<(), DbErr> {
    let payload = serde_json::to_string(payload).map_err(|e| DbErr::Custom(e.to_string()))?;
    let now = Utc::now();
    job::Entity::insert(job::ActiveModel {
        kind: Set(kind.to_string()),
        payload: Set(payload),
        run_at: Set(run_at),
        attempts: Set(0),
        idempotency_key: Set(random_hex(16)),
        created_at: Set(now),
        ..Default::default()
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}

fn lease_end(lease: Duration) -> DateTime<Utc> {
    Utc::now() + chrono::Duration::from_std(lease).expect("lease fits")
}

/// Takes the next due job of `kind`, if any, and leases it to the caller for
/// `lease`.
pub async fn claim_next(
    db: &impl ConnectionTrait,
    kind: &str,
    lease: Duration,
) -> Result<Option<ClaimedJob>, DbErr> {
    let backend = db.get_database_backend();
    let lock = match backend {
        DbBackend::Postgres => "FOR UPDATE SKIP LOCKED",
        _ => "",
    };
    let sql = format!(
        "UPDATE jobs SET locked_until = $1, lease_token = $2, attempts = attempts + 1 \
         WHERE id = (SELECT id FROM jobs WHERE kind = $3 AND done_at IS NULL AND run_at <= $4 \
                     AND (locked_until IS NULL OR locked_until < $4) \
                     ORDER BY run_at, id LIMIT 1 {lock}) \
         RETURNING id, kind, payload, attempts, idempotency_key, delivery_started_at, \
                   delivered_at, created_at, lease_token"
    );
    ClaimedJob::find_by_statement(Statement::from_sql_and_values(
        backend,
        sql,
        [
            lease_end(lease).into(),
            random_hex(16).into(),
            kind.into(),
            Utc::now().into(),
        ],
    ))
    .one(db)
    .await
}

/// What `Lease::begin_delivery` found.
#[derive(Debug, PartialEq, Eq)]
pub enum DeliveryStart {
    /// The lease is ours and nothing was delivered: deliver.
    Go,
    /// An earlier attempt delivered: do not deliver again.
    AlreadyDelivered,
    /// Another worker took the job over: leave the delivery to it.
    LeaseLost,
}

/// A worker's hold on a claimed job. Renewing, completing and failing count
/// only while the lease is the worker's own; a delivery is recorded anyway,
/// as it happened.
pub struct Lease<'a> {
    db: Relaxed<'a>,
    job: &'a ClaimedJob,
}

impl Lease<'_> {
    /// The job's row, while this lease holds it.
    fn held(&self) -> Condition {
        Condition::all()
            .add(job::Column::Id.eq(self.job.id))
            .add(job::Column::LeaseToken.eq(self.job.lease_token.as_str()))
            .add(job::Column::DoneAt.is_null())
    }

    /// Extends the lease to `lease` from now; false once it is not ours.
    pub async fn renew(&self, lease: Duration) -> Result<bool, DbErr> {
        let renewed = job::Entity::update_many()
            .col_expr(job::Column::LockedUntil, Expr::value(lease_end(lease)))
            .filter(self.held())
            .exec(&self.db)
            .await?;
        Ok(renewed.rows_affected == 1)
    }

    /// Marks that this attempt is about to deliver, if the lease is still
    /// ours and no attempt delivered already; says which.
    pub async fn begin_delivery(&self) -> Result<DeliveryStart, DbErr> {
        let started = job::Entity::update_many()
            .col_expr(job::Column::DeliveryStartedAt, Expr::value(Utc::now()))
            .filter(self.held())
            .filter(job::Column::DeliveredAt.is_null())
            .exec(&self.db)
            .await?;
        if started.rows_affected == 1 {
            return Ok(DeliveryStart::Go);
        }
        let delivered = job::Entity::find_by_id(self.job.id)
            .filter(job::Column::DeliveredAt.is_not_null())
            .count(&self.db)
            .await?;
        Ok(if delivered > 0 {
            DeliveryStart::AlreadyDelivered
        } else {
            DeliveryStart::LeaseLost
        })
    }

    /// Records that the delivery was accepted: a retry of the job will not
    /// deliver it again. Written whoever holds the lease by now, since it
    /// is a fact about the world that spares another worker a second
    /// delivery.
    pub async fn record_delivered(&self) -> Result<(), DbErr> {
        job::Entity::update_many()
            .col_expr(job::Column::DeliveredAt, Expr::value(Utc::now()))
            .filter(job::Column::Id.eq(self.job.id))
            .filter(job::Column::DeliveredAt.is_null())
            .exec(&self.db)
            .await?;
        Ok(())
    }

    /// Closes a job that ran, keeping only what `scrubbed` leaves of it: a
    /// sent mail's links carry tokens whose hashes alone are stored
    /// elsewhere. False if the lease was not ours any more.
    pub async fn complete(&self, scrubbed: String) -> Result<bool, DbErr> {
        let completed = job::Entity::update_many()
            .col_expr(job::Column::DoneAt, Expr::value(Utc::now()))
            .col_expr(job::Column::LastError, Expr::value(Option::<String>::None))
            .col_expr(job::Column::Payload, Expr::value(scrubbed))
            .col_expr(
                job::Column::LockedUntil,
                Expr::value(Option::<DateTime<Utc>>::None),
            )
            .col_expr(job::Column::LeaseToken, Expr::value(Option::<String>::None))
            .filter(self.held())
            .exec(&self.db)
            .await?;
        Ok(completed.rows_affected == 1)
    }

    /// Records a failure and schedules a retry after 30 s, 1 min, 2 min, …;
    /// after the last attempt the job is closed with its error kept for
    /// inspection and its payload scrubbed as for a job that ran. The
    /// delivery mark goes: it tells a retry that the attempt before died
    /// while delivering, and this one lived to report. False if the lease
    /// was not ours any more.
    pub async fn fail(&self, error: &str, scrubbed: String) -> Result<bool, DbErr> {
        let now = Utc::now();
        let attempts = self.job.attempts;
        let given_up = attempts >= MAX_ATTEMPTS;
        let run_at = if given_up {
            now
        } else {
            now + chrono::Duration::seconds(30 * (1 << (attempts - 1).clamp(0, 10)))
        };
        let mut update = job::Entity::update_many()
            .col_expr(job::Column::RunAt, Expr::value(run_at))
            .col_expr(job::Column::LastError, Expr::value(error))
            .col_expr(
                job::Column::LockedUntil,
                Expr::value(Option::<DateTime<Utc>>::None),
            )
            .col_expr(job::Column::LeaseToken, Expr::value(Option::<String>::None))
            .col_expr(
                job::Column::DeliveryStartedAt,
                Expr::value(Option::<DateTime<Utc>>::None),
            )
            .filter(self.held());
        if given_up {
            update = update
                .col_expr(job::Column::DoneAt, Expr::value(now))
                .col_expr(job::Column::Payload, Expr::value(scrubbed));
        }
        Ok(update.exec(&self.db).await?.rows_affected == 1)
    }
}

/// How long finished jobs are kept for inspection. A mail job holds the
/// recipient's address and the message, so they do not stay for good.
pub const KEEP_FINISHED_DAYS: i64 = 7;

/// Deletes jobs finished (sent, or given up) more than `KEEP_FINISHED_DAYS` ago.
pub async fn purge_finished(db: &DatabaseConnection) -> Result<u64, DbErr> {
    let before = Utc::now() - chrono::Duration::days(KEEP_FINISHED_DAYS);
    let done = job::Entity::delete_many()
        .filter(job::Column::DoneAt.lt(before))
        .exec(db)
        .await?;
    Ok(done.rows_affected)
}

/// Runs one kind of job.
pub trait Handler: Send + Sync + 'static {
    /// The kind of job this handler runs. Its worker claims no other, so an
    /// instance never fails a job it does not know (one queued by a newer
    /// version, during a rolling upgrade).
    const KIND: &'static str;

    /// Runs the job; an error schedules a retry. A job that delivers
    /// something outside the database calls `lease.begin_delivery` before
    /// and `lease.record_delivered` right after.
    fn handle(
        &self,
        job: &ClaimedJob,
        lease: &Lease<'_>,
    ) -> impl Future<Output = anyhow::Result<()>> + Send;

    /// What of the job's payload stays once it is done: by default nothing.
    fn scrubbed(&self, _job: &ClaimedJob) -> String {
        "{}".to_string()
    }
}

/// Wakes this instance's worker when it enqueues, instead of waiting for the
/// next poll. Only a latency optimisation: correctness rests on the table.
#[derive(Clone, Default)]
pub struct Wakeup(Arc<Notify>);

impl Wakeup {
    pub fn notify(&self) {
        self.0.notify_one();
    }
}

/// When the worker last showed it was turning, kept in memory for the
/// health check: it beats at every turn of its loop and at every renewal of
/// a running job's lease.
#[derive(Clone, Default)]
pub struct Heartbeat(Arc<Mutex<Option<Instant>>>);

impl Heartbeat {
    pub fn beat(&self) {
        *self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(Instant::now());
    }

    /// How long since the last beat; None before the first.
    pub fn silence(&self) -> Option<Duration> {
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .map(|last| last.elapsed())
    }
}

/// A worker silent longer than this is stuck or gone. It beats at least
/// every `POLL_INTERVAL` when idle and every third of `LEASE` while a job
/// runs; a claim may wait seconds more for a database connection.
pub const HEARTBEAT_LIMIT: Duration = Duration::from_secs(30);

/// Works through due jobs of the handler's kind on `db`, the writing
/// connection, each leased for `lease` (`LEASE` but in tests), until
/// `stop` turns true, beating `heartbeat` as it goes.
pub async fn run_worker<H: Handler>(
    db: DatabaseConnection,
    handler: H,
    wakeup: Wakeup,
    heartbeat: Heartbeat,
    mut stop: watch::Receiver<bool>,
    lease: Duration,
) {
    // Stopping is checked before each claim, not only when the queue is
    // empty: a long queue must not hold a stopping instance.
    while !*stop.borrow() {
        heartbeat.beat();
        match claim_next(&Relaxed(&db), H::KIND, lease).await {
            Ok(Some(job)) => {
                run_claimed(&db, &handler, &job, lease, &heartbeat).await;
                continue;
            }
            Ok(None) => {}
            Err(error) => tracing::warn!(%error, "could not claim a job"),
        }
        tokio::select! {
            _ = stop.changed() => {}
            () = wakeup.0.notified() => {}
            () = tokio::time::sleep(POLL_INTERVAL) => {}
        }
    }
}

/// Runs a claimed job with its lease kept alive, and records the outcome.
async fn run_claimed(
    db: &DatabaseConnection,
    handler: &impl Handler,
    job: &ClaimedJob,
    lease: Duration,
    heartbeat: &Heartbeat,
) {
    let held = job.lease(db);
    let outcome = if job.delivered_at.is_some() {
        tracing::info!(job = job.id, kind = %job.kind, "already delivered before its instance stopped; closed");
        Ok(())
    } else {
        while_renewing(&held, lease, heartbeat, handler.handle(job, &held)).await
    };
    let scrubbed = handler.scrubbed(job);
    let recorded = match outcome {
        Ok(()) => held.complete(scrubbed).await,
        Err(error) => {
            let error = format!("{error:#}");
            tracing::warn!(job = job.id, kind = %job.kind, attempt = job.attempts, %error, "job failed");
            held.fail(&error, scrubbed).await
        }
    };
    match recorded {
        Ok(true) => {}
        Ok(false) => {
            tracing::warn!(
                job = job.id,
                "another worker took the job over; this outcome is dropped"
            );
        }
        Err(error) => tracing::error!(%error, job = job.id, "could not record job outcome"),
    }
}

/// Runs `work` while renewing the lease every third of `lease`. Losing the
/// lease stops the renewals, not the work: a mail half sent is better
/// finished (and its delivery recorded) than cut off.
async fn while_renewing<T>(
    held: &Lease<'_>,
    lease: Duration,
    heartbeat: &Heartbeat,
    work: impl Future<Output = T>,
) -> T {
    tokio::select! {
        outcome = work => outcome,
        never = keep_renewed(held, lease, heartbeat) => match never {},
    }
}

/// Each renewal is a heartbeat. A worker whose lease was taken over beats
/// no more: if its job does not end soon either, it is stuck.
async fn keep_renewed(held: &Lease<'_>, lease: Duration, heartbeat: &Heartbeat) -> Infallible {
    loop {
        tokio::time::sleep(lease / 3).await;
        heartbeat.beat();
        match held.renew(lease).await {
            Ok(true) => {}
            Ok(false) => {
                tracing::warn!(job = held.job.id, "lease taken over by another worker");
                break;
            }
            // The next renewal may pass; until the lease ends the job is ours.
            Err(error) => tracing::warn!(%error, job = held.job.id, "could not renew a lease"),
        }
    }
    std::future::pending().await
}
