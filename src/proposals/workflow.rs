//! Changing a proposal: every state change is checked by the state machine,
//! applied only if nobody changed the state meanwhile, and recorded in the
//! audit trail; messages go on the proposal's thread.

use chrono::Utc;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    sea_query::Expr,
};

use super::{
    entities::{event, message, proposal},
    state::{State, Transition},
};
use crate::web::{AppError, form::TextProblem};

/// Why a change was refused: the proposal is not in a state that allows it
/// (or another request changed it first, as with a double click).
pub fn refused() -> AppError {
    AppError::Conflict
}

/// Applies `transition` to the proposal and records who did it.
pub async fn apply(
    db: &impl ConnectionTrait,
    found: &proposal::Model,
    transition: Transition,
    actor: Option<i32>,
    note: &str,
) -> Result<State, AppError> {
    let from = found.state;
    let to = from.next(transition).ok_or_else(refused)?;
    let updated = proposal::Entity::update_many()
        .col_expr(proposal::Column::State, Expr::value(to))
        .col_expr(proposal::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(proposal::Column::Id.eq(found.id))
        .filter(proposal::Column::State.eq(from))
        .exec(db)
        .await?;
    if updated.rows_affected != 1 {
        return Err(refused());
    }
    record_event(db, found.id, actor, Some(from), to, note).await?;
    Ok(to)
}

pub async fn record_event(
    db: &impl ConnectionTrait,
    proposal_id: i32,
    actor: Option<i32>,
    from: Option<State>,
    to: State,
    note: &str,
) -> Result<(), AppError> {
    event::Entity::insert(event::ActiveModel {
        proposal_id: Set(proposal_id),
        actor_id: Set(actor),
        from_state: Set(from),
        to_state: Set(to),
        note: Set(note.chars().take(200).collect()),
        created_at: Set(Utc::now()),
        ..Default::default()
    })
    .exec(db)
    .await?;
    Ok(())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Author {
    Submitter,
    Staff,
}

impl Author {
    pub fn key(self) -> &'static str {
        match self {
            Author::Submitter => "submitter",
            Author::Staff => "staff",
        }
    }
}

/// Adds a message to the thread; `internal` ones are never shown to the
/// submitter. Returns its id. A thread whose texts were erased at the end
/// of their retention takes no more (`proposal::Model::accepts_messages`):
/// refused here for every path that writes one (a reply, an offer, its
/// answer, a staff note).
pub async fn add_message(
    db: &impl ConnectionTrait,
    proposal_id: i32,
    author: Author,
    author_id: Option<i32>,
    internal: bool,
    body: &str,
) -> Result<i32, AppError> {
    let erased = proposal::Entity::find_by_id(proposal_id)
        .filter(proposal::Column::SensitiveErasedAt.is_not_null())
        .count(db)
        .await?;
    if erased > 0 {
        return Err(refused());
    }
    let added = message::Entity::insert(message::ActiveModel {
        proposal_id: Set(proposal_id),
        author_id: Set(author_id),
        author_role: Set(author.key().to_string()),
        internal: Set(internal),
        body: Set(body.to_string()),
        created_at: Set(Utc::now()),
        ..Default::default()
    })
    .exec(db)
    .await?;
    Ok(added.last_insert_id)
}

/// The thread in order; without internal notes unless `with_internal`.
pub async fn thread(
    db: &impl ConnectionTrait,
    proposal_id: i32,
    with_internal: bool,
) -> Result<Vec<message::Model>, AppError> {
    use sea_orm::QueryOrder;
    let mut query = message::Entity::find()
        .filter(message::Column::ProposalId.eq(proposal_id))
        .order_by_asc(message::Column::Id);
    if !with_internal {
        query = query.filter(message::Column::Internal.eq(false));
    }
    Ok(query.all(db).await?)
}

/// Checks a message's text: present and not too long.
pub fn message_text(body: &str) -> Result<String, TextProblem> {
    super::form::LONG_TEXT.check(body)
}
