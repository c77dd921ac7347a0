//! What the person who proposed does on their proposal, each in one
//! transaction; the staff in the conversation are told by mail.

use sea_orm::{EntityTrait, QuerySelect};

use crate::{
    proposals::{
        entities::proposal,
        notify,
        state::{State, Transition},
        workflow::{self, Author},
    },
    safeguarding::{Masked, Subject},
    state::AppState,
    web::AppError,
};

/// The submitter writes on the thread (the text with the details they
/// confirmed hidden, and those details); an answer to a request for more
/// information puts the proposal back in review.
pub async fn reply(state: &AppState, proposal_id: i32, masked: &Masked) -> Result<(), AppError> {
    let text = &masked.text("body");
    let txn = state.begin_write().await?;
    let found = proposal::Entity::find_by_id(proposal_id)
        .lock_exclusive()
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    if !found.accepts_messages() {
        return Err(workflow::refused());
    }
    let author = found.submitter_id;
    let message = workflow::add_message(&txn, found.id, Author::Submitter, author, false, text);
    masked
        .store(&txn, Subject::ProposalMessage, message.await?)
        .await?;
    notify::staff_of(state, &txn, &found, "mail-proposal-submitter-wrote", text).await?;
    if found.state == State::AwaitingInformation {
        let note = "information provided";
        workflow::apply(&txn, &found, Transition::ProvideInformation, author, note).await?;
    }
    txn.commit().await?;
    state.jobs_wakeup.notify();
    Ok(())
}

/// The submitter withdraws an open proposal; staff in the conversation are told.
pub async fn withdraw(state: &AppState, found: &proposal::Model) -> Result<(), AppError> {
    let txn = state.begin_write().await?;
    let note = "withdrawn by the submitter";
    workflow::apply(&txn, found, Transition::Withdraw, found.submitter_id, note).await?;
    notify::staff_of(state, &txn, found, "mail-proposal-withdrawn", "").await?;
    txn.commit().await?;
    state.jobs_wakeup.notify();
    Ok(())
}
