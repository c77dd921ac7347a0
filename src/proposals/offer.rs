//! The offer on a decided proposal, after it is sent: staff revise it and
//! send it again; the submitter accepts, declines or suggests other terms.
//! Every step goes to the audit trail ("offer …: version"), words written
//! with it go on the thread, and the other side is told by mail in their
//! own language.

use axum::{
    extract::State as AxumState,
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use sea_orm::{ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, sea_query::Expr};
use serde::Deserialize;

use super::{
    access::StaffProposal,
    decision::offer_mail_text,
    entities::proposal,
    notify,
    review::page::{self as review, Revision},
    state::State,
    workflow::{self, Author},
};
use crate::{
    groups::entities::Keyed,
    offers::{
        entities::{Status, offer},
        store::{self as offers, Answer},
        terms::TermsInput,
    },
    safeguarding::Masked,
    state::AppState,
    web::{AppError, Page, csrf::CheckedForm, form::FieldErrors, page::render, page_cache},
};

#[derive(Deserialize, Default)]
#[serde(default)]
struct RevisionMessage {
    offer_message: String,
}

/// Staff send the offer again with new terms and a message.
pub async fn revise(
    AxumState(state): AxumState<AppState>,
    page: Page,
    staff: StaffProposal,
    form: CheckedForm,
) -> Result<Response, AppError> {
    staff.require_decider()?;
    let terms: TermsInput = form.parse()?;
    let RevisionMessage { offer_message } = form.parse()?;
    let id = staff.id();
    let current = offers::of_proposal(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut errors = FieldErrors::new(page.locale);
    let checked = terms.validate(current.group_id.is_some(), &mut errors);
    let message = errors.checked_text(
        "offer_message",
        &offer_message,
        super::form::LONG_TEXT,
        "offer-revise-message-missing",
    );
    let (Some(checked), Some(message)) = (checked, message) else {
        let mut review = review::build(&state, page, staff, errors).await?;
        review.revision = Revision {
            terms,
            message: offer_message,
        };
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&review)?).into_response());
    };
    let (me, found) = (staff.me, staff.proposal);
    let txn = state.begin_write().await?;
    let revised = offers::revise(&txn, &current, &checked, (&message, me.id)).await?;
    let note = format!("offer revised: {}", revised.revision);
    workflow::record_event(&txn, id, Some(me.id), None, State::Decided, &note).await?;
    workflow::add_message(&txn, id, Author::Staff, Some(me.id), false, &message).await?;
    let mailed = offer_mail_text(&txn, &found, revised, &message).await?;
    notify::submitter(&state, &txn, &found, "mail-offer-revised", &mailed).await?;
    txn.commit().await?;
    state.jobs_wakeup.notify();
    let back = format!("/staff/proposals/{id}?offer=revised#offer");
    Ok(Redirect::to(&page.link(&back)).into_response())
}

/// Records the submitter's answer to `current`, as the person `actor`
/// (their account, if they have one).
pub async fn answer(
    state: &AppState,
    found: &proposal::Model,
    current: &offer::Model,
    answer: (Answer, Option<Masked>),
    actor: Option<i32>,
) -> Result<(), AppError> {
    let txn = state.begin_write().await?;
    answer_in(state, &txn, found, current, answer, actor).await?;
    txn.commit().await?;
    state.jobs_wakeup.notify();
    Ok(())
}

/// The same, in the caller's transaction. Accepting ties the proposal to
/// the account that accepted, if it had none.
pub async fn answer_in(
    state: &AppState,
    txn: &DatabaseTransaction,
    found: &proposal::Model,
    current: &offer::Model,
    (answer, masked): (Answer, Option<Masked>),
    actor: Option<i32>,
) -> Result<(), AppError> {
    if let Answer::Accept { user_id } = answer
        && found.submitter_id.is_none()
    {
        proposal::Entity::update_many()
            .col_expr(proposal::Column::SubmitterId, Expr::value(user_id))
            .filter(proposal::Column::Id.eq(found.id))
            .filter(proposal::Column::SubmitterId.is_null())
            .exec(txn)
            .await?;
    }
    let answered = offers::answer(txn, current, (&answer, masked.as_ref())).await?;
    let status = answered.status;
    let word = status.key();
    let note = format!("offer {word}: {}", answered.revision);
    workflow::record_event(txn, found.id, actor, None, State::Decided, &note).await?;
    let words = answered.answer_message.clone();
    if !words.is_empty() {
        workflow::add_message(txn, found.id, Author::Submitter, actor, false, &words).await?;
    }
    let key = format!("mail-offer-{word}");
    notify::staff_of(state, txn, found, &key, &words).await?;
    if status == Status::Accepted && answered.group_id.is_some() {
        // The group's public page counts its members.
        page_cache::record_change(txn).await?;
    }
    Ok(())
}
