//! Unconfirmed proposals past their time are deleted, with their files, and
//! so are uploads from forms never completed.

use chrono::Utc;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect};

use super::{
    attachments,
    entities::{attachment, proposal},
    state::State,
};
use crate::{state::AppState, web::AppError};

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
        let expired: Vec<i32> = proposal::Entity::find()
            .select_only()
            .column(proposal::Column::Id)
            .filter(proposal::Column::State.eq(State::Unconfirmed))
            .filter(proposal::Column::CreatedAt.lte(oldest))
            .limit(PURGE_BATCH)
            .into_tuple()
            .all(&state.db)
            .await?;
        if expired.is_empty() {
            break;
        }
        let files = attachment::Entity::find()
            .filter(attachment::Column::ProposalId.is_in(expired.clone()))
            .all(&state.db)
            .await?;
        remove_files(state, &files).await?;
        purged += proposal::Entity::delete_many()
            .filter(proposal::Column::Id.is_in(expired))
            .exec(&state.db)
            .await?
            .rows_affected;
    }
    loop {
        let forgotten = attachment::Entity::find()
            .filter(attachment::Column::ProposalId.is_null())
            .filter(attachment::Column::CreatedAt.lte(oldest))
            .limit(PURGE_BATCH)
            .all(&state.db)
            .await?;
        if forgotten.is_empty() {
            break;
        }
        remove_files(state, &forgotten).await?;
    }
    Ok(purged)
}

/// Deletes stored files and then their rows.
async fn remove_files(state: &AppState, files: &[attachment::Model]) -> Result<(), AppError> {
    for file in files {
        attachments::remove_file(&state.settings.data_dir, &file.stored_name).await;
    }
    attachment::Entity::delete_many()
        .filter(attachment::Column::Id.is_in(files.iter().map(|f| f.id)))
        .exec(&state.db)
        .await?;
    Ok(())
}
