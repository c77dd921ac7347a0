//! Backups the running server makes by itself (`OBSERVATORY_BACKUP_DIR`,
//! `OBSERVATORY_BACKUP_EVERY`, `OBSERVATORY_BACKUP_KEEP`).
//!
//! Time is cut into periods of `every` (counted from the Unix epoch, so
//! every instance cuts it the same way). At the start of each period, and
//! when it starts, an instance tries to insert the period's row in
//! `backup_runs`; the period is unique, so exactly one instance wins and
//! makes that period's backup, however many run. The row then keeps the
//! outcome, which `/healthz` and the admins' page show.

use std::{path::Path, time::Duration};

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
    sea_query::{OnConflict, Query},
};

use super::Progress;
use crate::{config::BackupSchedule, state::AppState};

pub mod backup_run {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "backup_runs")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        /// The period's number: seconds since the epoch divided by its
        /// length.
        #[sea_orm(unique)]
        pub period: i64,
        pub started_at: DateTimeUtc,
        pub finished_at: Option<DateTimeUtc>,
        #[sea_orm(column_type = "Text", nullable)]
        pub file: Option<String>,
        pub bytes: Option<i64>,
        #[sea_orm(column_type = "Text", nullable)]
        pub error: Option<String>,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// `observatory-20261126-160000Z.zip`: names sort in time order, which the
/// retention relies on.
pub fn archive_name(at: DateTime<Utc>) -> String {
    format!("observatory-{}.zip", at.format("%Y%m%d-%H%M%SZ"))
}

fn is_archive_name(name: &str) -> bool {
    name.starts_with("observatory-") && name.ends_with(".zip")
}

/// Runs until `stop` changes; does nothing without a schedule.
pub async fn run(state: AppState, mut stop: tokio::sync::watch::Receiver<bool>) {
    let Some(schedule) = state.settings.backups.clone() else {
        return;
    };
    loop {
        let now = Utc::now();
        let period = period_of(now, schedule.every);
        match claim(&state.bookkeeping(), period, now).await {
            Ok(true) => back_up(&state, &schedule, period).await,
            Ok(false) => {}
            Err(error) => tracing::warn!(%error, "could not claim the period's backup"),
        }
        let wait = until_next_period(Utc::now(), schedule.every);
        tokio::select! {
            _ = stop.changed() => break,
            () = tokio::time::sleep(wait) => {}
        }
    }
}

fn period_of(at: DateTime<Utc>, every: Duration) -> i64 {
    let every = i64::try_from(every.as_secs()).unwrap_or(i64::MAX).max(1);
    at.timestamp().div_euclid(every)
}

fn until_next_period(now: DateTime<Utc>, every: Duration) -> Duration {
    let every_secs = every.as_secs().max(1);
    let next_start = u64::try_from(period_of(now, every) + 1).unwrap_or(0) * every_secs;
    let now_millis = u64::try_from(now.timestamp_millis()).unwrap_or(0);
    Duration::from_millis((next_start * 1000).saturating_sub(now_millis))
}

/// Whether this instance took `period` (no other had).
async fn claim(db: &impl ConnectionTrait, period: i64, now: DateTime<Utc>) -> Result<bool, DbErr> {
    use backup_run::Column;
    let insert = Query::insert()
        .into_table(backup_run::Entity)
        .columns([Column::Period, Column::StartedAt])
        .values_panic([period.into(), now.into()])
        .on_conflict(OnConflict::column(Column::Period).do_nothing().to_owned())
        .to_owned();
    Ok(db.execute(&insert).await?.rows_affected() == 1)
}

async fn back_up(state: &AppState, schedule: &BackupSchedule, period: i64) {
    let outcome = write_archive(state, schedule).await;
    let mut finished = backup_run::ActiveModel {
        finished_at: Set(Some(Utc::now())),
        ..Default::default()
    };
    match &outcome {
        Ok((file, bytes)) => {
            tracing::info!(file, bytes, "scheduled backup written");
            finished.file = Set(Some(file.clone()));
            finished.bytes = Set(Some(*bytes));
        }
        Err(error) => {
            tracing::error!(error = format!("{error:#}"), "scheduled backup failed");
            finished.error = Set(Some(format!("{error:#}")));
        }
    }
    let recorded = backup_run::Entity::update_many()
        .set(finished)
        .filter(backup_run::Column::Period.eq(period))
        .exec(&state.bookkeeping())
        .await;
    if let Err(error) = recorded {
        tracing::warn!(%error, "could not record the backup's outcome");
    }
}

async fn write_archive(
    state: &AppState,
    schedule: &BackupSchedule,
) -> anyhow::Result<(String, i64)> {
    std::fs::create_dir_all(&schedule.dir)?;
    let out = schedule.dir.join(archive_name(Utc::now()));
    let written = super::create(&state.db, &state.storage, &out, &mut Progress::silent()).await?;
    prune(&schedule.dir, schedule.keep, schedule.every)?;
    Ok((
        written.path.display().to_string(),
        i64::try_from(written.bytes)?,
    ))
}

/// Keeps the newest `keep` archives of `dir`, and removes what a backup
/// killed half way left (a `.partial` older than a period: no backup still
/// writes it).
fn prune(dir: &Path, keep: usize, every: Duration) -> std::io::Result<()> {
    let mut archives = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if is_archive_name(&name) {
            archives.push(name);
        } else if name.ends_with(".zip.partial")
            && is_archive_name(name.trim_end_matches(".partial"))
        {
            let age = entry.metadata()?.modified()?.elapsed().unwrap_or_default();
            if age > every {
                std::fs::remove_file(entry.path())?;
            }
        }
    }
    archives.sort();
    let excess = archives.len().saturating_sub(keep);
    for name in &archives[..excess] {
        std::fs::remove_file(dir.join(name))?;
    }
    Ok(())
}

/// The most recent scheduled backups, newest first.
pub async fn recent(db: &DatabaseConnection, count: u64) -> Result<Vec<backup_run::Model>, DbErr> {
    backup_run::Entity::find()
        .order_by_desc(backup_run::Column::Period)
        .limit(count)
        .all(db)
        .await
}

/// The latest scheduled backup that has ended, well or not.
pub async fn last_finished(db: &DatabaseConnection) -> Result<Option<backup_run::Model>, DbErr> {
    backup_run::Entity::find()
        .filter(backup_run::Column::FinishedAt.is_not_null())
        .order_by_desc(backup_run::Column::Period)
        .one(db)
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text)
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn every_instance_cuts_time_into_the_same_periods() {
        let day = Duration::from_secs(86_400);
        let morning = period_of(at("2026-11-26T08:00:00Z"), day);
        assert_eq!(morning, period_of(at("2026-11-26T23:59:59Z"), day));
        assert_eq!(morning + 1, period_of(at("2026-11-27T00:00:00Z"), day));
        assert_eq!(
            until_next_period(at("2026-11-26T23:59:58.500Z"), day),
            Duration::from_millis(1500)
        );
    }

    #[test]
    fn archive_names_sort_in_time_order() {
        let first = archive_name(at("2026-11-26T09:59:59Z"));
        let second = archive_name(at("2026-11-26T10:00:00Z"));
        assert_eq!(first, "observatory-20261126-095959Z.zip");
        assert!(first < second);
        assert!(is_archive_name(&first));
    }

    #[test]
    fn only_the_newest_archives_are_kept() {
        let dir = tempfile::tempdir().unwrap();
        for name in [
            "observatory-20261124-000000Z.zip",
            "observatory-20261125-000000Z.zip",
            "observatory-20261126-000000Z.zip",
            "observatory-20261126-120000Z.zip.partial",
            "notes.txt",
        ] {
            std::fs::write(dir.path().join(name), b"x").unwrap();
        }
        prune(dir.path(), 2, Duration::from_secs(3600)).unwrap();
        let mut left: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        assert_eq!(
            left,
            [
                "notes.txt",
                "observatory-20261125-000000Z.zip",
                "observatory-20261126-000000Z.zip",
                "observatory-20261126-120000Z.zip.partial",
            ],
            "a recent partial may still be written by another instance"
        );
    }
}
