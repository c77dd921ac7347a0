//! A decided or withdrawn proposal's sensitive texts (its own, its
//! thread's, its offer's and its evaluations', as `safeguarding::labels`
//! names them)
//! are erased when the retention period has passed since the decision,
//! with the details masked in them; the facts of the proposal (who, when,
//! which lines of work, what was decided) stay on record.

use chrono::{DateTime, Months, Utc};
use sea_orm::{
    ColumnTrait, EntityTrait, QueryFilter, QuerySelect,
    sea_query::{Expr, ExprTrait, Query},
};

use super::{
    entities::{evaluation, event, message, proposal},
    state::State,
};
use crate::{
    i18n::Locale,
    offers::entities::offer,
    safeguarding::{
        Subject,
        retention::{self, Due},
    },
    state::AppState,
    web::AppError,
};

/// How many proposals one transaction erases.
const BATCH: u64 = 100;

/// Erases what is due at `now`; returns how many proposals.
pub async fn erase_due(state: &AppState, now: DateTime<Utc>) -> Result<u64, AppError> {
    let months = Months::new(state.settings.sensitive_retention_months);
    let Some(decided_before) = now.checked_sub_months(months) else {
        return Ok(0);
    };
    let closed = [State::Decided, State::Withdrawn];
    let mut erased = 0;
    loop {
        let txn = state.begin_write().await?;
        let closed_long_ago = Query::select()
            .column(event::Column::ProposalId)
            .from(event::Entity)
            .and_where(event::Column::ToState.is_in(closed))
            .and_where(event::Column::CreatedAt.lte(decided_before))
            .to_owned();
        let due: Vec<(i32, String)> = proposal::Entity::find()
            .select_only()
            .columns([proposal::Column::Id, proposal::Column::Locale])
            .filter(proposal::Column::State.is_in(closed))
            .filter(proposal::Column::SensitiveErasedAt.is_null())
            .filter(Expr::col(proposal::Column::Id).in_subquery(closed_long_ago))
            .limit(BATCH)
            .lock_exclusive()
            .into_tuple()
            .all(&txn)
            .await?;
        if due.is_empty() {
            break;
        }
        for locale in Locale::ALL {
            let ids: Vec<i32> = due
                .iter()
                .filter(|(_, code)| Locale::from_code(code).unwrap_or(Locale::En) == locale)
                .map(|(id, _)| *id)
                .collect();
            erase(&txn, &ids, locale, now).await?;
        }
        let ids: Vec<i32> = due.iter().map(|(id, _)| *id).collect();
        proposal::Entity::update_many()
            .col_expr(proposal::Column::SensitiveErasedAt, Expr::value(now))
            .filter(proposal::Column::Id.is_in(ids))
            .exec(&txn)
            .await?;
        txn.commit().await?;
        erased += due.len() as u64;
    }
    Ok(erased)
}

/// Erases the texts of the proposals `ids`, written in `locale`.
async fn erase(
    txn: &sea_orm::DatabaseTransaction,
    ids: &[i32],
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    if ids.is_empty() {
        return Ok(());
    }
    let messages: Vec<i32> = message::Entity::find()
        .select_only()
        .column(message::Column::Id)
        .filter(message::Column::ProposalId.is_in(ids.iter().copied()))
        .into_tuple()
        .all(txn)
        .await?;
    let offers: Vec<i32> = offer::Entity::find()
        .select_only()
        .column(offer::Column::Id)
        .filter(offer::Column::ProposalId.is_in(ids.iter().copied()))
        .into_tuple()
        .all(txn)
        .await?;
    let evaluations: Vec<i32> = evaluation::Entity::find()
        .select_only()
        .column(evaluation::Column::Id)
        .filter(evaluation::Column::ProposalId.is_in(ids.iter().copied()))
        .into_tuple()
        .all(txn)
        .await?;
    let of_proposals = |subject| Due {
        subject,
        key: "proposal_id",
        keys: ids,
        locale,
    };
    let proposals = Due {
        key: "id",
        ..of_proposals(Subject::Proposal)
    };
    retention::erase(txn, &proposals, ids, now).await?;
    retention::erase(txn, &of_proposals(Subject::ProposalMessage), &messages, now).await?;
    retention::erase(txn, &of_proposals(Subject::Offer), &offers, now).await?;
    retention::erase(
        txn,
        &of_proposals(Subject::ProposalEvaluation),
        &evaluations,
        now,
    )
    .await?;
    Ok(())
}
