//! A small job queue on the application's own database. Jobs survive
//! restarts, are retried with exponential backoff, and each is taken by
//! exactly one instance: PostgreSQL claims with `FOR UPDATE SKIP LOCKED`,
//! SQLite serialises writers so a plain `UPDATE … RETURNING` is enough.

use std::{sync::Arc, time::Duration};

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbBackend, DbErr,
    EntityTrait, FromQueryResult, QueryFilter, Statement, sea_query::Expr,
};
use serde::{Serialize, de::DeserializeOwned};
use tokio::sync::{Notify, watch};

/// How long a claimed job is reserved before another instance may retry it
/// (covers an instance that died mid-job).
const LEASE: Duration = Duration::from_secs(300);
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
}

impl ClaimedJob {
    pub fn payload<T: DeserializeOwned>(&self) -> anyhow::Result<T> {
        Ok(serde_json::from_str(&self.payload)?)
    }
}

/// Adds a job to run as soon as a worker is free.
pub async fn enqueue(
    db: &impl ConnectionTrait,
    kind: &str,
    payload: &impl Serialize,
) -> Result<(), DbErr> {
    let payload = serde_json::to_string(payload).map_err(|e| DbErr::Custom(e.to_string()))?;
    let now = Utc::now();
    job::Entity::insert(job::ActiveModel {
        kind: Set(kind.to_string()),
        payload: Set(payload),
        run_at: Set(now),
        attempts: Set(0),
        created_at: Set(now),
        ..Default::default()
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// Takes the next due job, if any, and reserves it for this worker.
pub async fn claim_next(db: &DatabaseConnection) -> Result<Option<ClaimedJob>, DbErr> {
    let backend = db.get_database_backend();
    let lock = match backend {
        DbBackend::Postgres => "FOR UPDATE SKIP LOCKED",
        _ => "",
    };
    let now = Utc::now();
    let lease_end = now + chrono::Duration::from_std(LEASE).expect("lease fits");
    let sql = format!(
        "UPDATE jobs SET locked_until = $1, attempts = attempts + 1 \
         WHERE id = (SELECT id FROM jobs WHERE done_at IS NULL AND run_at <= $2 \
                     AND (locked_until IS NULL OR locked_until < $2) \
                     ORDER BY run_at, id LIMIT 1 {lock}) \
         RETURNING id, kind, payload, attempts"
    );
    ClaimedJob::find_by_statement(Statement::from_sql_and_values(
        backend,
        sql,
        [lease_end.into(), now.into()],
    ))
    .one(db)
    .await
}

/// Closes a job that ran, keeping only what `scrubbed` leaves of it: a sent
/// mail's links carry tokens whose hashes alone are stored elsewhere.
pub async fn complete(db: &DatabaseConnection, id: i64, scrubbed: String) -> Result<(), DbErr> {
    job::Entity::update_many()
        .col_expr(job::Column::DoneAt, Expr::value(Utc::now()))
        .col_expr(
            job::Column::LockedUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(job::Column::LastError, Expr::value(Option::<String>::None))
        .col_expr(job::Column::Payload, Expr::value(scrubbed))
        .filter(job::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
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

/// Records a failure and schedules a retry after 30 s, 1 min, 2 min, …; after
/// the last attempt the job is closed with its error kept for inspection and
/// its payload scrubbed as for a job that ran.
pub async fn fail(
    db: &DatabaseConnection,
    job: &ClaimedJob,
    error: &str,
    scrubbed: String,
) -> Result<(), DbErr> {
    let now = Utc::now();
    let given_up = job.attempts >= MAX_ATTEMPTS;
    let run_at = if given_up {
        now
    } else {
        now + chrono::Duration::seconds(30 * (1 << (job.attempts - 1).clamp(0, 10)))
    };
    let mut update = job::Entity::update_many()
        .col_expr(job::Column::RunAt, Expr::value(run_at))
        .col_expr(
            job::Column::LockedUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(job::Column::LastError, Expr::value(error))
        .filter(job::Column::Id.eq(job.id));
    if given_up {
        update = update
            .col_expr(job::Column::DoneAt, Expr::value(now))
            .col_expr(job::Column::Payload, Expr::value(scrubbed));
    }
    update.exec(db).await?;
    Ok(())
}

/// Runs one kind of job. Returning an error schedules a retry.
pub trait Handler: Send + Sync + 'static {
    fn handle(&self, job: &ClaimedJob) -> impl Future<Output = anyhow::Result<()>> + Send;

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

/// Works through due jobs until `stop` turns true.
pub async fn run_worker(
    db: DatabaseConnection,
    handler: impl Handler,
    wakeup: Wakeup,
    mut stop: watch::Receiver<bool>,
) {
    loop {
        match claim_next(&db).await {
            Ok(Some(job)) => {
                let outcome = handler.handle(&job).await;
                let scrubbed = handler.scrubbed(&job);
                let recorded = match outcome {
                    Ok(()) => complete(&db, job.id, scrubbed).await,
                    Err(error) => {
                        tracing::warn!(job = job.id, kind = %job.kind, attempt = job.attempts, error = %format!("{error:#}"), "job failed");
                        fail(&db, &job, &format!("{error:#}"), scrubbed).await
                    }
                };
                if let Err(error) = recorded {
                    tracing::error!(%error, "could not record job outcome");
                }
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
        if *stop.borrow() {
            break;
        }
    }
}
