//! Who on staff may see and do what with a proposal. Every staff route on
//! one proposal takes a `StaffProposal`: the proposal is loaded and the
//! access checked together, so no handler acts on a proposal it did not
//! load through this check.

use axum::{
    extract::{FromRequestParts, RawPathParams},
    http::request::Parts,
};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, QueryFilter, QuerySelect,
    sea_query::{Expr, ExprTrait, Query, SimpleExpr},
};

use super::{
    entities::{assignment, proposal},
    state::State,
};
use crate::{
    state::AppState,
    web::{AppError, CurrentUser, RequireUser, Role},
};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StaffView {
    /// Editors: every proposal, assign and decide.
    Full,
    /// An evaluator assigned to this proposal, without a conflict.
    Assigned,
}

impl StaffView {
    pub fn can_decide(self) -> bool {
        self == StaffView::Full
    }
}

/// A confirmed proposal, named by the route's `{id}`, that the signed-in
/// staff member may see. Evaluators not assigned to it (or conflicted) get
/// 403 whether it exists or not; for editors an unknown or
/// unconfirmed proposal is a 404.
pub struct StaffProposal {
    pub me: CurrentUser,
    pub proposal: proposal::Model,
    pub view: StaffView,
    /// `me` is assigned to it, without a declared conflict.
    pub assigned: bool,
}

impl FromRequestParts<AppState> for StaffProposal {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let RequireUser(me) = RequireUser::from_request_parts(parts, state).await?;
        let id = proposal_id(parts, state).await?;
        let assigned = is_assigned(&state.db, me.id, id).await?;
        let view = if me.roles.has(Role::Editor) {
            StaffView::Full
        } else if me.roles.has(Role::Evaluator) && assigned {
            StaffView::Assigned
        } else {
            return Err(AppError::Forbidden);
        };
        let proposal = find_confirmed(&state.db, id).await?;
        Ok(StaffProposal {
            me,
            proposal,
            view,
            assigned,
        })
    }
}

async fn proposal_id(parts: &mut Parts, state: &AppState) -> Result<i32, AppError> {
    let params = RawPathParams::from_request_parts(parts, state)
        .await
        .map_err(|_| AppError::BadRequest)?;
    params
        .iter()
        .find(|(name, _)| *name == "id")
        .and_then(|(_, value)| value.parse().ok())
        .ok_or(AppError::BadRequest)
}

impl StaffProposal {
    pub fn id(&self) -> i32 {
        self.proposal.id
    }

    /// For decisions and assignments: editors only.
    pub fn require_decider(&self) -> Result<(), AppError> {
        if self.view.can_decide() {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        }
    }

    /// For the evaluator's own actions (evaluate, declare a conflict): still
    /// on the staff, assigned to this proposal, and without a conflict.
    pub fn require_assigned_evaluator(&self) -> Result<(), AppError> {
        if self.me.roles.has(Role::Evaluator) && self.assigned {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        }
    }
}

/// A proposal staff work on: confirmed (unconfirmed ones are nobody's yet).
pub async fn find_confirmed(
    db: &impl ConnectionTrait,
    id: i32,
) -> Result<proposal::Model, AppError> {
    proposal::Entity::find_by_id(id)
        .filter(proposal::Column::State.ne(State::Unconfirmed))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// The same, locked until the transaction ends (`FOR UPDATE` on
/// PostgreSQL; on SQLite the write transaction already holds the only
/// writer's lock): a decision or withdrawal committed meanwhile is seen, and
/// none can slip in between this check and the transaction's writes.
pub async fn lock_confirmed(
    txn: &DatabaseTransaction,
    id: i32,
) -> Result<proposal::Model, AppError> {
    proposal::Entity::find_by_id(id)
        .filter(proposal::Column::State.ne(State::Unconfirmed))
        .lock_exclusive()
        .one(txn)
        .await?
        .ok_or(AppError::NotFound)
}

pub async fn is_assigned(
    db: &impl ConnectionTrait,
    evaluator_id: i32,
    proposal_id: i32,
) -> Result<bool, AppError> {
    Ok(assignment::Entity::find()
        .filter(assignment::Column::ProposalId.eq(proposal_id))
        .filter(assignment::Column::EvaluatorId.eq(evaluator_id))
        .filter(assignment::Column::ConflictAt.is_null())
        .one(db)
        .await?
        .is_some())
}

/// The condition limiting a list of proposals to those `me` may see.
pub fn visible_to(me: &CurrentUser) -> Option<SimpleExpr> {
    if me.roles.has(Role::Editor) {
        return None;
    }
    let assigned = Query::select()
        .column(assignment::Column::ProposalId)
        .from(assignment::Entity)
        .and_where(Expr::col(assignment::Column::EvaluatorId).eq(me.id))
        .and_where(Expr::col(assignment::Column::ConflictAt).is_null())
        .to_owned();
    Some(Expr::col((proposal::Entity, proposal::Column::Id)).in_subquery(assigned))
}
