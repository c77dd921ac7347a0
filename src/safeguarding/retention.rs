//! Erasing sensitive texts when their retention ends: each column the
//! labels call sensitive is overwritten with a mark saying so (in the
//! language its text was written in), the masked details go, and each
//! erasure is recorded. Which rows are due is their feature's to say
//! (for proposals, a decision older than the retention period).

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter,
    sea_query::{Alias, Expr, ExprTrait, Query},
};

use super::{
    Subject,
    entities::detail,
    labels,
    log::{self, Action, Entry},
};
use crate::i18n::Locale;

/// Deletes the details hidden in the rows `ids` of `subject`, in the
/// transaction that deletes the rows: a child's detail never outlives its
/// text.
pub async fn forget(
    db: &impl ConnectionTrait,
    subject: Subject,
    ids: impl IntoIterator<Item = i32>,
) -> Result<(), DbErr> {
    detail::Entity::delete_many()
        .filter(detail::Column::Subject.eq(subject.key()))
        .filter(detail::Column::SubjectId.is_in(ids))
        .exec(db)
        .await?;
    Ok(())
}

/// Deletes the rows `ids` of `subject`'s table with the details hidden in
/// them, in the caller's transaction; how many rows went.
pub async fn delete_with_details(
    db: &impl ConnectionTrait,
    subject: Subject,
    ids: &[i32],
) -> Result<u64, DbErr> {
    forget(db, subject, ids.iter().copied()).await?;
    let delete = Query::delete()
        .from_table(Alias::new(subject.table()))
        .and_where(Expr::col(Alias::new("id")).is_in(ids.iter().copied()))
        .to_owned();
    Ok(db.execute(&delete).await?.rows_affected())
}

/// What the erased texts read, in `locale`.
pub fn erased_mark(locale: Locale) -> String {
    locale.t("safeguarding-erased")
}

/// Rows of one subject's table to erase, written in one language.
pub struct Due<'a> {
    pub subject: Subject,
    /// The column that picks the rows (`id`, or `proposal_id` for the
    /// messages of proposals).
    pub key: &'a str,
    pub keys: &'a [i32],
    pub locale: Locale,
}

/// Overwrites the sensitive columns of the rows due, forgets the details
/// masked in them and records each erased row and column. `ids` are the
/// erased rows' own ids, for the details and the record.
pub async fn erase(
    db: &impl ConnectionTrait,
    due: &Due<'_>,
    ids: &[i32],
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    if due.keys.is_empty() {
        return Ok(());
    }
    let table = due.subject.table();
    let columns = labels::sensitive(table);
    let mark = erased_mark(due.locale);
    let mut update = Query::update();
    update
        .table(Alias::new(table))
        .values(
            columns
                .iter()
                .map(|column| (Alias::new(*column), Expr::value(mark.clone()))),
        )
        .and_where(Expr::col(Alias::new(due.key)).is_in(due.keys.iter().copied()));
    db.execute(&update).await?;
    forget(db, due.subject, ids.iter().copied()).await?;
    let entries: Vec<Entry> = ids
        .iter()
        .flat_map(|id| {
            columns.iter().map(move |column| Entry {
                action: Action::Erased,
                subject: due.subject,
                subject_id: Some(*id),
                field: column,
                kind: None,
                detail_id: None,
                actor_id: None,
                reason: "",
            })
        })
        .collect();
    log::record(db, &entries, now).await
}
