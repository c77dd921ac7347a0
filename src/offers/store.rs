//! Sending, revising and answering an offer. Each change applies only to
//! the revision it was made against: an answer to an offer revised
//! meanwhile, or a second click, is a conflict and changes nothing.

use chrono::{NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
};

use super::{
    entities::{Status, offer},
    terms::{Offered, Terms},
};
use crate::{
    groups::{
        entities::{MemberRole, Stage},
        queries::{self as groups, IfMember},
    },
    safeguarding::{Masked, Subject, retention},
    web::{AppError, form::stored_day},
};

/// A first offer: to the person who sent `proposal_id` (and has an account
/// if `user_id`), for a place in `group_id` or an individual action.
pub struct NewOffer<'a> {
    pub sent_by: i32,
    pub proposal_id: Option<i32>,
    pub user_id: Option<i32>,
    pub group_id: Option<i32>,
    pub terms: &'a Terms,
    pub message: &'a str,
}

pub async fn send(db: &impl ConnectionTrait, new: NewOffer<'_>) -> Result<offer::Model, AppError> {
    let mut row = offer::ActiveModel {
        proposal_id: Set(new.proposal_id),
        user_id: Set(new.user_id),
        group_id: Set(new.group_id),
        revision: Set(1),
        answer_message: Set(String::new()),
        ..Default::default()
    };
    set_terms(&mut row, new.terms, (new.message, new.sent_by));
    Ok(row.insert(db).await?)
}

/// Staff change the terms and send the offer again, whatever the last
/// answer was, unless it was accepted. The last answer's words go, and
/// the details hidden in them with them.
pub async fn revise(
    db: &impl ConnectionTrait,
    current: &offer::Model,
    terms: &Terms,
    (message, sent_by): (&str, i32),
) -> Result<offer::Model, AppError> {
    if current.status == Status::Accepted {
        return Err(AppError::Conflict);
    }
    let mut row = offer::ActiveModel {
        revision: Set(current.revision + 1),
        answer_message: Set(String::new()),
        counter_role: Set(None),
        counter_starts_on: Set(None),
        counter_ends_on: Set(None),
        answered_at: Set(None),
        ..Default::default()
    };
    set_terms(&mut row, terms, (message, sent_by));
    let updated = offer::Entity::update_many()
        .set(row)
        .filter(offer::Column::Id.eq(current.id))
        .filter(offer::Column::Revision.eq(current.revision))
        .exec(db)
        .await?;
    let revised = reload_if_changed(db, current.id, updated.rows_affected).await?;
    retention::forget(db, Subject::Offer, [current.id]).await?;
    Ok(revised)
}

fn set_terms(row: &mut offer::ActiveModel, terms: &Terms, (message, sent_by): (&str, i32)) {
    let (role, action) = match &terms.offered {
        Offered::Role(role) => (Some(*role), None),
        Offered::Action(action) => (None, Some(action.clone())),
    };
    row.role = Set(role);
    row.action = Set(action);
    row.commitment = Set(terms.commitment.clone());
    row.hours_per_month = Set(terms.hours_per_month);
    row.starts_on = Set(stored_day(terms.starts_on));
    row.ends_on = Set(stored_day(terms.ends_on));
    row.message = Set(message.to_string());
    row.sent_by = Set(Some(sent_by));
    row.status = Set(Status::Sent);
    row.sent_at = Set(Utc::now());
}

/// Other terms the person suggests.
#[derive(Clone, Debug, Default)]
pub struct Counter {
    pub role: Option<MemberRole>,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub message: String,
}

pub enum Answer {
    /// Accepted by the person with this account.
    Accept {
        user_id: i32,
    },
    Decline {
        reason: String,
    },
    Counter(Counter),
}

impl Answer {
    /// The words sent with it (a decline's reason, a counter's message)
    /// and the message that names their field in the form.
    pub fn words(&self) -> Option<(&str, &'static str)> {
        match self {
            Answer::Accept { .. } => None,
            Answer::Decline { reason } => Some((reason, "offer-decline-reason")),
            Answer::Counter(counter) => Some((&counter.message, "offer-counter-message")),
        }
    }

    /// The same answer with `words` in place of those typed.
    pub fn with_words(self, words: String) -> Answer {
        match self {
            Answer::Accept { .. } => self,
            Answer::Decline { .. } => Answer::Decline { reason: words },
            Answer::Counter(counter) => Answer::Counter(Counter {
                message: words,
                ..counter
            }),
        }
    }

    pub fn status(&self) -> Status {
        match self {
            Answer::Accept { .. } => Status::Accepted,
            Answer::Decline { .. } => Status::Declined,
            Answer::Counter(_) => Status::Countered,
        }
    }
}

/// Records the person's answer to the revision they saw. Accepting a
/// place in a group makes them a member at once, in the role offered; a
/// group closed meanwhile takes nobody in. `masked`: the details hidden
/// in the answer's words (`answers::screened`), kept with it.
pub async fn answer(
    db: &impl ConnectionTrait,
    current: &offer::Model,
    (answer, masked): (&Answer, Option<&Masked>),
) -> Result<offer::Model, AppError> {
    if current.status != Status::Sent {
        return Err(AppError::Conflict);
    }
    let mut row = offer::ActiveModel {
        status: Set(answer.status()),
        answered_at: Set(Some(Utc::now())),
        ..Default::default()
    };
    match answer {
        Answer::Accept { user_id } => {
            row.user_id = Set(Some(*user_id));
            join_group(db, current, *user_id).await?;
        }
        Answer::Decline { reason } => row.answer_message = Set(reason.clone()),
        Answer::Counter(counter) => {
            row.answer_message = Set(counter.message.clone());
            row.counter_role = Set(counter.role);
            row.counter_starts_on = Set(stored_day(counter.starts_on));
            row.counter_ends_on = Set(stored_day(counter.ends_on));
        }
    }
    let updated = offer::Entity::update_many()
        .set(row)
        .filter(offer::Column::Id.eq(current.id))
        .filter(offer::Column::Revision.eq(current.revision))
        .filter(offer::Column::Status.eq(Status::Sent))
        .exec(db)
        .await?;
    let answered = reload_if_changed(db, current.id, updated.rows_affected).await?;
    if let Some(masked) = masked {
        masked.store(db, Subject::Offer, answered.id).await?;
    }
    Ok(answered)
}

async fn join_group(
    db: &impl ConnectionTrait,
    current: &offer::Model,
    user_id: i32,
) -> Result<(), AppError> {
    let (Some(group_id), Some(role)) = (current.group_id, current.role) else {
        return Ok(());
    };
    if groups::find(db, group_id).await?.stage == Stage::Closed {
        return Err(AppError::Conflict);
    }
    groups::enrol(db, (group_id, user_id), role, IfMember::ChangeRole).await?;
    Ok(())
}

async fn reload_if_changed(
    db: &impl ConnectionTrait,
    id: i32,
    rows_affected: u64,
) -> Result<offer::Model, AppError> {
    if rows_affected != 1 {
        return Err(AppError::Conflict);
    }
    offer::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// The offer made on a proposal, if any.
pub async fn of_proposal(
    db: &impl ConnectionTrait,
    proposal_id: i32,
) -> Result<Option<offer::Model>, AppError> {
    Ok(offer::Entity::find()
        .filter(offer::Column::ProposalId.eq(proposal_id))
        .one(db)
        .await?)
}
