//! The record of what safeguarding did: each detail flagged in a form,
//! masked when sent, revealed to an editor (with who and why), and each
//! field erased when its retention ended.

use chrono::{DateTime, Utc};
use sea_orm::{ActiveValue::Set, ConnectionTrait, DbErr, EntityTrait};

use super::{Subject, detect::Kind, entities::log_entry};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Shown to a sender before sending.
    Flagged,
    /// Sent anyway, and stored masked.
    Masked,
    /// Shown to an editor who gave a reason.
    Revealed,
    /// A sensitive field erased at the end of its retention.
    Erased,
}

impl Action {
    pub const ALL: [Action; 4] = [
        Action::Flagged,
        Action::Masked,
        Action::Revealed,
        Action::Erased,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Action::Flagged => "flagged",
            Action::Masked => "masked",
            Action::Revealed => "revealed",
            Action::Erased => "erased",
        }
    }
}

/// One entry, before it is written.
pub struct Entry<'a> {
    pub action: Action,
    pub subject: Subject,
    pub subject_id: Option<i32>,
    pub field: &'a str,
    pub kind: Option<Kind>,
    pub detail_id: Option<i32>,
    pub actor_id: Option<i32>,
    pub reason: &'a str,
}

impl Entry<'_> {
    fn row(&self, at: DateTime<Utc>) -> log_entry::ActiveModel {
        log_entry::ActiveModel {
            month: Set(month(at)),
            action: Set(self.action.key().to_string()),
            subject: Set(self.subject.key().to_string()),
            subject_id: Set(self.subject_id),
            field: Set(self.field.to_string()),
            kind: Set(self.kind.map(Kind::key).unwrap_or_default().to_string()),
            detail_id: Set(self.detail_id),
            actor_id: Set(self.actor_id),
            reason: Set(self.reason.to_string()),
            at: Set(at),
            ..Default::default()
        }
    }
}

/// Writes `entries`, all at `at`.
pub async fn record(
    db: &impl ConnectionTrait,
    entries: &[Entry<'_>],
    at: DateTime<Utc>,
) -> Result<(), DbErr> {
    if entries.is_empty() {
        return Ok(());
    }
    log_entry::Entity::insert_many(entries.iter().map(|entry| entry.row(at)))
        .exec_without_returning(db)
        .await?;
    Ok(())
}

pub fn month(at: DateTime<Utc>) -> String {
    at.format("%Y-%m").to_string()
}
