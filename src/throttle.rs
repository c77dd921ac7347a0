//! Rate limits kept in the database (failed logins per account and per
//! address, submissions per address…), so limits hold across instances.

use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter,
    sea_query::{Expr, ExprTrait, OnConflict},
};

/// One counted key (`login-address:…`, `mail-to:…`): its events in the
/// current window, and the end of its lock if it is locked.
pub mod rate_limit {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "rate_limits")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub key: String,
        pub hits: i32,
        pub window_started_at: DateTimeUtc,
        pub locked_until: Option<DateTimeUtc>,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// How many events a key may have within a window before it is locked.
#[derive(Clone, Copy, Debug)]
pub struct Limit {
    pub max: i32,
    pub window_minutes: i64,
    pub lock_minutes: i64,
}

/// When any of the keys is locked, the time the last lock ends.
pub async fn locked_until(
    db: &impl ConnectionTrait,
    keys: &[&str],
) -> Result<Option<DateTime<Utc>>, DbErr> {
    let now = Utc::now();
    let rows = rate_limit::Entity::find()
        .filter(rate_limit::Column::Key.is_in(keys.iter().copied()))
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|row| row.locked_until)
        .filter(|until| *until > now)
        .max())
}

/// Counts an event that has happened (a stored proposal) against each key;
/// the key whose limit it reaches is locked, so `locked_until` refuses the
/// next one.
pub async fn record(db: &impl ConnectionTrait, keys: &[(&str, Limit)]) -> Result<(), DbErr> {
    for &(key, limit) in keys {
        count(db, key, limit, limit.max - 1).await?;
    }
    Ok(())
}

/// Counts one attempt against `key` and tells whether it is refused: `None`
/// when it is within the limit, otherwise the end of the lock. The check and
/// the count are one statement (an upsert returning the row), so concurrent
/// attempts cannot all read "under the limit" before any of them is counted.
///
/// An attempt while locked is refused without being counted; the attempt
/// that goes over the limit is refused and starts the lock.
pub async fn take(
    db: &impl ConnectionTrait,
    key: &str,
    limit: Limit,
) -> Result<Option<DateTime<Utc>>, DbErr> {
    count(db, key, limit, limit.max).await
}

/// Counts one event against `key`, locking it when the count goes over
/// `allowed`; the end of the lock if the key is locked.
async fn count(
    db: &impl ConnectionTrait,
    key: &str,
    limit: Limit,
    allowed: i32,
) -> Result<Option<DateTime<Utc>>, DbErr> {
    use rate_limit::Column::{Hits, LockedUntil, WindowStartedAt};
    let now = Utc::now();
    let column = |column: rate_limit::Column| Expr::col((rate_limit::Entity, column));
    let locked = column(LockedUntil).gt(now);
    let expired = column(WindowStartedAt).lt(now - Duration::minutes(limit.window_minutes));
    // The count with this event: a window that has run out starts again.
    let counted: Expr = Expr::case(expired.clone(), 1)
        .finally(column(Hits).add(1))
        .into();
    let goes_over = counted.clone().gt(allowed);
    let row = rate_limit::Entity::insert(rate_limit::ActiveModel {
        key: Set(key.to_string()),
        hits: Set(1),
        window_started_at: Set(now),
        locked_until: Set((allowed < 1).then(|| now + Duration::minutes(limit.lock_minutes))),
    })
    .on_conflict(
        OnConflict::column(rate_limit::Column::Key)
            .value(
                Hits,
                Expr::case(locked.clone(), column(Hits))
                    .case(goes_over.clone(), 0)
                    .finally(counted),
            )
            .value(
                WindowStartedAt,
                Expr::case(locked.clone(), column(WindowStartedAt))
                    .case(expired, now)
                    .finally(column(WindowStartedAt)),
            )
            .value(
                LockedUntil,
                Expr::case(locked, column(LockedUntil))
                    .case(goes_over, now + Duration::minutes(limit.lock_minutes))
                    .finally(Expr::value(Option::<DateTime<Utc>>::None)),
            )
            .to_owned(),
    )
    .exec_with_returning(db)
    .await?;
    Ok(row.locked_until.filter(|until| *until > now))
}

/// The longest window or lock any limit uses; a row untouched for longer
/// counts for nothing and is deleted (it may hold an address or e-mail).
const LONGEST_LIMIT_MINUTES: i64 = 24 * 60;

/// Deletes counts that no longer limit anything.
pub async fn purge_stale(db: &impl ConnectionTrait) -> Result<u64, DbErr> {
    let now = Utc::now();
    let done = rate_limit::Entity::delete_many()
        .filter(
            rate_limit::Column::WindowStartedAt.lt(now - Duration::minutes(LONGEST_LIMIT_MINUTES)),
        )
        .filter(
            rate_limit::Column::LockedUntil
                .is_null()
                .or(rate_limit::Column::LockedUntil.lt(now)),
        )
        .exec(db)
        .await?;
    Ok(done.rows_affected)
}

/// Forgets a key's count (e.g. an account's after a successful login).
pub async fn clear(db: &impl ConnectionTrait, key: &str) -> Result<(), DbErr> {
    rate_limit::Entity::delete_many()
        .filter(rate_limit::Column::Key.eq(key))
        .exec(db)
        .await?;
    Ok(())
}

/// Mails that a form sends to an address someone typed (a password reset,
/// a new confirmation link): a few per hour to each address, and a few
/// dozen from each client, so the forms cannot flood anyone's mailbox.
const MAILS_PER_RECIPIENT: Limit = Limit {
    max: 3,
    window_minutes: 60,
    lock_minutes: 60,
};
const MAILS_PER_CLIENT: Limit = Limit {
    max: 20,
    window_minutes: 60,
    lock_minutes: 60,
};

/// Whether a mail to `recipient` asked for by `client` may go now; counts
/// it when it may. Callers answer the same either way, so the limit tells
/// nothing about which addresses have accounts.
pub async fn allow_requested_mail(
    db: &impl ConnectionTrait,
    recipient: &str,
    client: std::net::IpAddr,
) -> Result<bool, DbErr> {
    let from = format!("mail-from:{client}");
    if take(db, &from, MAILS_PER_CLIENT).await?.is_some() {
        return Ok(false);
    }
    let to = format!("mail-to:{recipient}");
    Ok(take(db, &to, MAILS_PER_RECIPIENT).await?.is_none())
}
