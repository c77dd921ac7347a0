//! Every saved state of what editors write (a library resource; the site's
//! pages and news can use it too), so that staff see who changed what and
//! when, and can bring an earlier state back. A version holds the editable
//! fields as the form shows them (a JSON object) and names the fields that
//! differ from the version before. A feature records a version in the
//! transaction that saves the change.

use chrono::Utc;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    sea_query::Expr,
};
use serde_json::{Map, Value};

pub mod pages;

pub mod version {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "versions")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        /// What it is a version of: `resource:12`.
        pub subject: String,
        /// 1 for the first, then one more for each.
        pub number: i32,
        /// Who saved it; none for the site itself (seeding, an import) or
        /// once the account is gone.
        pub author_id: Option<i32>,
        /// How it came: `created`, `edited`, `restored:3`, `before` (the
        /// state found when versions began to be kept).
        pub note: String,
        /// The fields that differ from the version before, comma-separated.
        #[sea_orm(column_type = "Text")]
        pub changed: String,
        /// The fields, a JSON object.
        #[sea_orm(column_type = "Text")]
        pub fields: String,
        pub saved_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}

    impl Model {
        pub fn fields(&self) -> serde_json::Map<String, serde_json::Value> {
            match serde_json::from_str(&self.fields) {
                Ok(serde_json::Value::Object(fields)) => fields,
                _ => serde_json::Map::new(),
            }
        }

        pub fn changed_fields(&self) -> Vec<&str> {
            self.changed
                .split(',')
                .filter(|name| !name.is_empty())
                .collect()
        }

        /// The version this one brought back, if it was a restore.
        pub fn restored_from(&self) -> Option<i32> {
            self.note.strip_prefix("restored:")?.parse().ok()
        }
    }
}

/// Records `fields` as the next version of `subject`; nothing when they are
/// what the latest version holds (a save that changed nothing). The new
/// version's number, if one was recorded.
pub async fn record(
    db: &impl ConnectionTrait,
    subject: &str,
    author_id: Option<i32>,
    note: &str,
    fields: Map<String, Value>,
) -> Result<Option<i32>, DbErr> {
    let latest = latest(db, subject).await?;
    let changed = match &latest {
        Some(latest) => {
            let before = latest.fields();
            let changed = changed_between(&before, &fields);
            if changed.is_empty() {
                return Ok(None);
            }
            changed
        }
        None => Vec::new(),
    };
    let number = latest.map_or(1, |latest| latest.number + 1);
    version::Entity::insert(version::ActiveModel {
        subject: Set(subject.to_string()),
        number: Set(number),
        author_id: Set(author_id),
        note: Set(note.to_string()),
        changed: Set(changed.join(",")),
        fields: Set(Value::Object(fields).to_string()),
        saved_at: Set(Utc::now()),
        ..Default::default()
    })
    .exec_without_returning(db)
    .await?;
    Ok(Some(number))
}

/// The names of the fields whose values differ, and of those `after` no
/// longer has.
fn changed_between(before: &Map<String, Value>, after: &Map<String, Value>) -> Vec<String> {
    let mut changed: Vec<String> = after
        .iter()
        .filter(|(name, value)| before.get(*name) != Some(value))
        .map(|(name, _)| name.clone())
        .collect();
    changed.extend(
        before
            .keys()
            .filter(|name| !after.contains_key(*name))
            .cloned(),
    );
    changed
}

/// The number of `subject`'s newest version; 0 before its first. A form
/// carries it, so that a save over a newer one is refused (`record_over`).
pub async fn latest_number(db: &impl ConnectionTrait, subject: &str) -> Result<i32, DbErr> {
    Ok(latest(db, subject)
        .await?
        .map_or(0, |version| version.number))
}

/// Records a save of `subject` as its next version, in the transaction that
/// saved it — unless someone saved it since the form was read (its newest
/// version then was `read`): the save is refused, and dropping the
/// transaction undoes it.
pub async fn record_over(
    txn: &impl ConnectionTrait,
    subject: &str,
    read: i32,
    (author_id, note): (Option<i32>, &str),
    fields: Map<String, Value>,
) -> Result<(), crate::web::AppError> {
    if latest_number(txn, subject).await? != read {
        return Err(crate::web::AppError::Conflict);
    }
    record(txn, subject, author_id, note, fields).await?;
    Ok(())
}

pub async fn latest(
    db: &impl ConnectionTrait,
    subject: &str,
) -> Result<Option<version::Model>, DbErr> {
    version::Entity::find()
        .filter(version::Column::Subject.eq(subject))
        .order_by_desc(version::Column::Number)
        .one(db)
        .await
}

/// Every version of `subject`, newest first.
pub async fn history(
    db: &impl ConnectionTrait,
    subject: &str,
) -> Result<Vec<version::Model>, DbErr> {
    version::Entity::find()
        .filter(version::Column::Subject.eq(subject))
        .order_by_desc(version::Column::Number)
        .all(db)
        .await
}

/// Every version of each of `subjects`, each subject's newest first.
pub async fn histories(
    db: &impl ConnectionTrait,
    subjects: &[String],
) -> Result<Vec<version::Model>, DbErr> {
    version::Entity::find()
        .filter(version::Column::Subject.is_in(subjects.iter().cloned()))
        .order_by_asc(version::Column::Subject)
        .order_by_desc(version::Column::Number)
        .all(db)
        .await
}

pub async fn find(
    db: &impl ConnectionTrait,
    subject: &str,
    number: i32,
) -> Result<Option<version::Model>, DbErr> {
    version::Entity::find()
        .filter(version::Column::Subject.eq(subject))
        .filter(version::Column::Number.eq(number))
        .one(db)
        .await
}

/// Forgets the versions of subjects that are deleted.
pub async fn delete_history(
    db: &impl ConnectionTrait,
    subjects: impl IntoIterator<Item = String>,
) -> Result<(), DbErr> {
    version::Entity::delete_many()
        .filter(version::Column::Subject.is_in(subjects))
        .exec(db)
        .await?;
    Ok(())
}

/// Keeps the versions a person saved, without their name (their account
/// is being deleted).
pub async fn forget_author(db: &impl ConnectionTrait, user_id: i32) -> Result<(), DbErr> {
    version::Entity::update_many()
        .col_expr(version::Column::AuthorId, Expr::value(None::<i32>))
        .filter(version::Column::AuthorId.eq(user_id))
        .exec(db)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::changed_between;

    #[test]
    fn the_fields_that_differ_are_named() {
        let before = json!({"title_en": "A", "tags": "x", "gone": "1"});
        let after = json!({"title_en": "B", "tags": "x", "lines": ["p"]});
        let (Some(before), Some(after)) = (before.as_object(), after.as_object()) else {
            panic!("objects");
        };
        let mut changed = changed_between(before, after);
        changed.sort();
        assert_eq!(changed, ["gone", "lines", "title_en"]);
        assert!(changed_between(after, after).is_empty());
    }
}
