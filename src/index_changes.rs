//! The log of what changed in the searchable content (`search_changes`).
//! A feature that changes something the search shows records it here, in
//! the same transaction as the change; every instance follows the log to
//! bring its own index up to date (`search::follow`), so a resource
//! published through one instance is found on all of them.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

/// What changed: one library resource, one of the site's pages (by slug),
/// or everything (after a restore, or `observatory reindex`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Subject {
    Resource(i32),
    Page(String),
    News(String),
    Event(String),
    Agreement(i32),
    Meeting(i32),
    Everything,
}

impl Subject {
    /// As stored: `resource:12`, `page:about`, `*`.
    pub fn key(&self) -> String {
        match self {
            Subject::Resource(id) => format!("resource:{id}"),
            Subject::Page(slug) => format!("page:{slug}"),
            Subject::News(slug) => format!("news:{slug}"),
            Subject::Event(slug) => format!("event:{slug}"),
            Subject::Agreement(id) => format!("agreement:{id}"),
            Subject::Meeting(id) => format!("meeting:{id}"),
            Subject::Everything => "*".into(),
        }
    }

    /// None for a key this binary does not know (written by a newer one).
    pub fn from_key(key: &str) -> Option<Subject> {
        if key == "*" {
            return Some(Subject::Everything);
        }
        match key.split_once(':')? {
            ("resource", id) => id.parse().ok().map(Subject::Resource),
            ("page", slug) => Some(Subject::Page(slug.to_string())),
            ("news", slug) => Some(Subject::News(slug.to_string())),
            ("event", slug) => Some(Subject::Event(slug.to_string())),
            ("agreement", id) => id.parse().ok().map(Subject::Agreement),
            ("meeting", id) => id.parse().ok().map(Subject::Meeting),
            _ => None,
        }
    }
}

pub mod change {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "search_changes")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub subject: String,
        pub changed_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// Notes that `subject` changed; call it in the transaction that changes it.
pub async fn record(db: &impl ConnectionTrait, subject: &Subject) -> Result<(), DbErr> {
    change::Entity::insert(change::ActiveModel {
        subject: Set(subject.key()),
        changed_at: Set(Utc::now()),
        ..Default::default()
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// Up to `limit` changes after `after`, oldest first.
pub async fn after(
    db: &impl ConnectionTrait,
    after: i64,
    limit: u64,
) -> Result<Vec<change::Model>, DbErr> {
    change::Entity::find()
        .filter(change::Column::Id.gt(after))
        .order_by_asc(change::Column::Id)
        .limit(limit)
        .all(db)
        .await
}

/// The newest change's number; 0 when nothing was ever recorded.
pub async fn latest(db: &impl ConnectionTrait) -> Result<i64, DbErr> {
    let newest: Option<i64> = change::Entity::find()
        .select_only()
        .column_as(change::Column::Id.max(), "newest")
        .into_tuple::<Option<i64>>()
        .one(db)
        .await?
        .flatten();
    Ok(newest.unwrap_or(0))
}

/// The oldest change still kept; None when the log is empty.
pub async fn oldest(db: &impl ConnectionTrait) -> Result<Option<i64>, DbErr> {
    Ok(change::Entity::find()
        .select_only()
        .column_as(change::Column::Id.min(), "oldest")
        .into_tuple::<Option<i64>>()
        .one(db)
        .await?
        .flatten())
}

/// Forgets changes older than `before`, always keeping the newest, so that
/// an index can still tell it missed some (its last change is older than
/// the oldest kept) rather than believe it saw them all.
pub async fn prune(db: &impl ConnectionTrait, before: DateTime<Utc>) -> Result<u64, DbErr> {
    let newest = latest(db).await?;
    Ok(change::Entity::delete_many()
        .filter(change::Column::ChangedAt.lt(before))
        .filter(change::Column::Id.lt(newest))
        .exec(db)
        .await?
        .rows_affected)
}

#[cfg(test)]
mod tests {
    use super::Subject;

    #[test]
    fn subjects_read_back_as_written() {
        for subject in [
            Subject::Resource(12),
            Subject::Page("legal-notice".into()),
            Subject::News("a-new-agreement".into()),
            Subject::Event("a-forum-session".into()),
            Subject::Agreement(4),
            Subject::Meeting(3),
            Subject::Everything,
        ] {
            assert_eq!(Subject::from_key(&subject.key()), Some(subject));
        }
        assert_eq!(Subject::from_key("workshop:3"), None);
        assert_eq!(Subject::from_key("resource:x"), None);
    }
}
