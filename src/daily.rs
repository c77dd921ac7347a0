//! Work done once a day, whichever instance does it: a digest mail, for
//! instance. Each task's run for a day is claimed by inserting its row in
//! `daily_runs` (the key is the task and the day), in the transaction
//! that does the work, so it happens once or, if that transaction fails,
//! not at all and is tried again. A run covers what happened since the
//! previous one, so nothing falls between two days, however late a run
//! comes.

use chrono::{DateTime, Duration, NaiveTime, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    sea_query::OnConflict,
};

pub mod daily_run {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "daily_runs")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub task: String,
        /// The day it ran for, `YYYY-MM-DD` (UTC).
        #[sea_orm(primary_key, auto_increment = false)]
        pub day: String,
        pub covers_from: DateTimeUtc,
        pub covers_until: DateTimeUtc,
        pub ran_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// A task done once a day, at a time (UTC).
pub struct Daily {
    /// Its key in `daily_runs`.
    pub task: &'static str,
    pub at: NaiveTime,
    /// After days without a run, the next one covers no more than this.
    pub longest: Duration,
}

/// The span of time a run covers: from the end of the previous run, to
/// this run's time.
#[derive(Clone, Copy, Debug)]
pub struct Window {
    pub from: DateTime<Utc>,
    pub until: DateTime<Utc>,
}

impl Daily {
    /// Whether `now`'s run may be due: its time has come and no instance
    /// has claimed it. A read, for callers that ask all day long; the
    /// claim itself is `claim`.
    pub async fn is_due(
        &self,
        db: &impl ConnectionTrait,
        now: DateTime<Utc>,
    ) -> Result<bool, DbErr> {
        // A minute's grace: what was stamped just before the hour has been
        // committed by then.
        if now < self.due(now) + Duration::minutes(1) {
            return Ok(false);
        }
        let claimed = daily_run::Entity::find_by_id((self.task.to_string(), day(now)))
            .one(db)
            .await?;
        Ok(claimed.is_none())
    }

    /// Claims `now`'s run in `txn` and returns what it covers; none when
    /// another instance has claimed it.
    pub async fn claim(
        &self,
        txn: &impl ConnectionTrait,
        now: DateTime<Utc>,
    ) -> Result<Option<Window>, DbErr> {
        let until = self.due(now);
        let previous = daily_run::Entity::find()
            .filter(daily_run::Column::Task.eq(self.task))
            .order_by_desc(daily_run::Column::Day)
            .one(txn)
            .await?;
        let from = previous
            .map_or(until - Duration::days(1), |run| run.covers_until)
            .max(until - self.longest);
        let claimed = daily_run::Entity::insert(daily_run::ActiveModel {
            task: Set(self.task.to_string()),
            day: Set(day(now)),
            covers_from: Set(from),
            covers_until: Set(until),
            ran_at: Set(now),
        })
        .on_conflict(
            OnConflict::columns([daily_run::Column::Task, daily_run::Column::Day])
                .do_nothing()
                .to_owned(),
        )
        .exec_without_returning(txn)
        .await?;
        Ok((claimed > 0).then_some(Window { from, until }))
    }

    /// When `now`'s day's run is due.
    fn due(&self, now: DateTime<Utc>) -> DateTime<Utc> {
        now.date_naive().and_time(self.at).and_utc()
    }
}

fn day(now: DateTime<Utc>) -> String {
    now.date_naive().to_string()
}
