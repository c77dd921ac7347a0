//! Unconfirmed proposals past their time are deleted, with their files, and
//! so are uploads from forms never completed.

use chrono::Utc;
use sea_orm::{ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, QuerySelect};

use super::{
    entities::{attachment, proposal},
    state::State,
};
use crate::{
    safeguarding::{Subject, retention},
    state::AppState,
    web::AppError,
};

/// How many expired proposals one round of the purge deletes: a bounded
/// query, whatever the backlog.
const PURGE_BATCH: u64 = 500;

/// Deletes unconfirmed proposals past their time, with their files, and
/// forgotten uploads from forms never completed. Works in rounds of
/// `PURGE_BATCH`, so no query lists more ids than a database accepts.
pub async fn purge_expired(state: &AppState) -> Result<u64, AppError> {
    let oldest = Utc::now() - state.settings.unconfirmed_proposal_lifetime;
    let mut purged = 0;
    loop {
        let txn = state.begin_write().await?;
        // Locked, so a confirmation cannot come between this choice and the
        // deletion: it waits, then finds the proposal gone.
        let expired: Vec<i32> = proposal::Entity::find()
            .select_only()
            .column(proposal::Column::Id)
            .filter(proposal::Column::State.eq(State::Unconfirmed))
            .filter(proposal::Column::CreatedAt.lte(oldest))
            .limit(PURGE_BATCH)
            .lock_exclusive()
            .into_tuple()
            .all(&txn)
            .await?;
        if expired.is_empty() {
            break;
        }
        let files = attachment::Entity::find()
            .filter(attachment::Column::ProposalId.is_in(expired.clone()))
            .all(&txn)
            .await?;
        delete_rows(&txn, &files).await?;
        purged += retention::delete_with_details(&txn, Subject::Proposal, &expired).await?;
        txn.commit().await?;
        remove_files(state, &files).await;
    }
    loop {
        let txn = state.begin_write().await?;
        let forgotten = attachment::Entity::find()
            .filter(attachment::Column::ProposalId.is_null())
            .filter(attachment::Column::CreatedAt.lte(oldest))
            .limit(PURGE_BATCH)
            .lock_exclusive()
            .all(&txn)
            .await?;
        if forgotten.is_empty() {
            break;
        }
        delete_rows(&txn, &forgotten).await?;
        txn.commit().await?;
        remove_files(state, &forgotten).await;
    }
    Ok(purged)
}

async fn delete_rows(
    txn: &DatabaseTransaction,
    files: &[attachment::Model],
) -> Result<(), AppError> {
    attachment::Entity::delete_many()
        .filter(attachment::Column::Id.is_in(files.iter().map(|f| f.id)))
        .exec(txn)
        .await?;
    Ok(())
}

/// Deletes the stored files, once their rows are gone for good (after the
/// commit: a failed transaction leaves both in place).
async fn remove_files(state: &AppState, files: &[attachment::Model]) {
    for file in files {
        crate::uploads::remove(&state.storage, &file.stored_name).await;
    }
}
