//! Reminder mails: the chosen time before a meeting, each member gets one
//! in their language with the time in their zone. Each meeting's reminder
//! is claimed by setting `reminded_at` where it is still empty, in the
//! transaction that queues its mails: however many instances look, it
//! goes once.

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};

use super::{
    super::{entities::meeting, queries},
    meeting_mail,
};
use crate::{mail, state::AppState, web::AppError};

/// Sends the reminders due at `now`; returns how many meetings had one.
pub async fn send_due(state: &AppState, now: DateTime<Utc>) -> Result<usize, AppError> {
    let due = meeting::Entity::find()
        .filter(meeting::Column::ReminderDueAt.lte(now))
        .filter(meeting::Column::RemindedAt.is_null())
        .filter(meeting::Column::CancelledAt.is_null())
        .filter(meeting::Column::StartsAt.gt(now))
        .all(&state.db)
        .await?;
    let mut sent = 0;
    for found in due {
        if remind(state, &found, now).await? {
            sent += 1;
        }
    }
    if sent > 0 {
        state.jobs_wakeup.notify();
    }
    Ok(sent)
}

/// Claims and queues one meeting's reminder; false if another instance
/// had claimed it.
async fn remind(
    state: &AppState,
    found: &meeting::Model,
    now: DateTime<Utc>,
) -> Result<bool, AppError> {
    let txn = state.begin_write().await?;
    // Claimed only as it was read: a meeting moved or cancelled since is
    // left to the next look, with its new details.
    let claimed = meeting::Entity::update_many()
        .col_expr(meeting::Column::RemindedAt, Expr::value(now))
        .filter(meeting::Column::Id.eq(found.id))
        .filter(meeting::Column::RemindedAt.is_null())
        .filter(meeting::Column::Revision.eq(found.revision))
        .filter(meeting::Column::CancelledAt.is_null())
        .exec(&txn)
        .await?;
    if claimed.rows_affected == 0 {
        return Ok(false);
    }
    let group = queries::find(&txn, found.group_id).await?;
    for person in queries::member_people(&txn, group.id).await? {
        let outgoing = meeting_mail(state, &person, (&group, found), "mail-meeting-reminder")?;
        mail::queue(&txn, &outgoing).await?;
    }
    txn.commit().await?;
    Ok(true)
}
