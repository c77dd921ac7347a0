//! Who on staff may see and do what with a proposal. Checked on the server
//! for every staff route and every proposal.

use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
    sea_query::{Expr, ExprTrait, Query, SimpleExpr},
};

use super::entities::{assignment, proposal};
use crate::web::AppError;
use crate::web::{CurrentUser, Role};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StaffView {
    /// Editors and admins: every proposal, assign and decide.
    Full,
    /// An evaluator assigned to this proposal, without a conflict.
    Assigned,
}

impl StaffView {
    pub fn can_decide(self) -> bool {
        self == StaffView::Full
    }
}

/// The staff view `me` has of `proposal_id`; members, unassigned and
/// conflicted evaluators get 403.
pub async fn staff_view(
    db: &impl ConnectionTrait,
    me: &CurrentUser,
    proposal_id: i32,
) -> Result<StaffView, AppError> {
    match me.role {
        Role::Editor | Role::Admin => Ok(StaffView::Full),
        Role::Evaluator if is_assigned(db, me.id, proposal_id).await? => Ok(StaffView::Assigned),
        _ => Err(AppError::Forbidden),
    }
}

/// For decisions and assignments: editors and admins only.
pub async fn require_decider(
    db: &impl ConnectionTrait,
    me: &CurrentUser,
    proposal_id: i32,
) -> Result<(), AppError> {
    if staff_view(db, me, proposal_id).await?.can_decide() {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// For the evaluator's own actions (evaluate, declare a conflict): still on
/// the staff, assigned to this proposal, and without a declared conflict.
pub async fn require_assigned_evaluator(
    db: &impl ConnectionTrait,
    me: &CurrentUser,
    proposal_id: i32,
) -> Result<(), AppError> {
    if me.role >= Role::Evaluator && is_assigned(db, me.id, proposal_id).await? {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
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
    if me.role >= Role::Editor {
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
