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

/// Counts an event against each key, locking those over their limit.
pub async fn record(db: &impl ConnectionTrait, keys: &[(&str, Limit)]) -> Result<(), DbErr> {
    let now = Utc::now();
    for &(key, limit) in keys {
        rate_limit::Entity::insert(rate_limit::ActiveModel {
            key: Set(key.to_string()),
            hits: Set(0),
            window_started_at: Set(now),
            locked_until: Set(None),
        })
        .on_conflict(
            OnConflict::column(rate_limit::Column::Key)
                .do_nothing()
                .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
        // A window that has run out starts again from this event.
        let window_start = now - Duration::minutes(limit.window_minutes);
        let expired = rate_limit::Column::WindowStartedAt.lt(window_start);
        rate_limit::Entity::update_many()
            .col_expr(
                rate_limit::Column::Hits,
                Expr::case(expired.clone(), 1)
                    .finally(Expr::col(rate_limit::Column::Hits).add(1))
                    .into(),
            )
            .col_expr(
                rate_limit::Column::WindowStartedAt,
                Expr::case(expired, Expr::value(now))
                    .finally(Expr::col(rate_limit::Column::WindowStartedAt))
                    .into(),
            )
            .filter(rate_limit::Column::Key.eq(key))
            .exec(db)
            .await?;
        rate_limit::Entity::update_many()
            .col_expr(
                rate_limit::Column::LockedUntil,
                Expr::value(now + Duration::minutes(limit.lock_minutes)),
            )
            .col_expr(rate_limit::Column::Hits, Expr::value(0))
            .filter(rate_limit::Column::Key.eq(key))
            .filter(rate_limit::Column::Hits.gte(limit.max))
            .exec(db)
            .await?;
    }
    Ok(())
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
    let to = format!("mail-to:{recipient}");
    let from = format!("mail-from:{client}");
    if locked_until(db, &[&to, &from]).await?.is_some() {
        return Ok(false);
    }
    record(db, &[(&to, MAILS_PER_RECIPIENT), (&from, MAILS_PER_CLIENT)]).await?;
    Ok(true)
}
