//! What staff do to a proposal, one use case each, each in one transaction
//! that reads the proposal afresh and locks it: a change made meanwhile by
//! someone else (a decision, a withdrawal) is seen and the action refused,
//! and none can come between the check and the write.

use std::collections::BTreeMap;

use chrono::Utc;
use sea_orm::{
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, QueryFilter,
    sea_query::{Expr, OnConflict},
};

use super::page::{Fit, RECOMMENDATIONS, SCORES};

/// An evaluation's notes are optional.
const NOTES: TextBounds = TextBounds {
    min: 0,
    max: 10_000,
};
use crate::{
    people::directory,
    proposals::{
        access::{is_assigned, lock_confirmed},
        entities::{assignment, evaluation, proposal, proposal_line},
        notify,
        state::Transition,
        workflow::{self, Author},
    },
    state::AppState,
    web::{
        AppError, Role,
        form::{FieldErrors, TextBounds},
    },
};

/// The ids of the lines of work the proposal concerns, which evaluations score.
pub async fn scored_lines(
    db: &impl ConnectionTrait,
    proposal_id: i32,
) -> Result<Vec<i32>, AppError> {
    Ok(proposal_line::Entity::find()
        .filter(proposal_line::Column::ProposalId.eq(proposal_id))
        .all(db)
        .await?
        .into_iter()
        .map(|line| line.line_id)
        .collect())
}

/// `editor` assigns `evaluator_id` (who must be on staff); the evaluator is
/// told by mail. Assigning twice, or after a declared conflict, does nothing.
pub async fn assign(
    state: &AppState,
    proposal_id: i32,
    evaluator_id: i32,
    editor: i32,
) -> Result<(), AppError> {
    let txn = state.begin_write().await?;
    assign_in(state, &txn, (proposal_id, evaluator_id), editor).await?;
    txn.commit().await?;
    state.jobs_wakeup.notify();
    Ok(())
}

/// `assign`, in the caller's transaction (an accepted suggestion is
/// recorded in the same one).
pub async fn assign_in(
    state: &AppState,
    txn: &DatabaseTransaction,
    (proposal_id, evaluator_id): (i32, i32),
    editor: i32,
) -> Result<(), AppError> {
    let evaluator = directory::person(txn, evaluator_id)
        .await?
        .filter(|person| person.roles.has(Role::Evaluator))
        .ok_or(AppError::BadRequest)?;
    let found = lock_confirmed(txn, proposal_id).await?;
    // A conflict once declared stays: the row exists, nothing is inserted.
    let inserted = assignment::Entity::insert(assignment::ActiveModel {
        proposal_id: Set(proposal_id),
        evaluator_id: Set(Some(evaluator_id)),
        assigned_by_id: Set(Some(editor)),
        assigned_at: Set(Utc::now()),
        conflict_at: Set(None),
        ..Default::default()
    })
    .on_conflict(
        OnConflict::columns([
            assignment::Column::ProposalId,
            assignment::Column::EvaluatorId,
        ])
        .do_nothing()
        .to_owned(),
    )
    .exec_without_returning(txn)
    .await?;
    if inserted == 1 {
        let note = format!("assigned: {}", evaluator.full_name);
        workflow::apply(txn, &found, Transition::Assign, Some(editor), &note).await?;
        notify::assigned(state, txn, &found, &evaluator).await?;
    }
    Ok(())
}

/// An editor or admin takes an evaluator off an open proposal (assigned by
/// mistake, or unavailable). What they evaluated stays on the record; the
/// state does not change, as when an evaluator declares a conflict.
pub async fn unassign(
    state: &AppState,
    proposal_id: i32,
    evaluator_id: i32,
    editor: i32,
) -> Result<(), AppError> {
    let txn = state.begin_write().await?;
    let current = lock_confirmed(&txn, proposal_id).await?.state;
    if !current.is_open() {
        return Err(workflow::refused());
    }
    let removed = assignment::Entity::delete_many()
        .filter(assignment::Column::ProposalId.eq(proposal_id))
        .filter(assignment::Column::EvaluatorId.eq(evaluator_id))
        .filter(assignment::Column::ConflictAt.is_null())
        .exec(&txn)
        .await?;
    if removed.rows_affected == 1 {
        let name = directory::person(&txn, evaluator_id).await?.map_or_else(
            || "a deleted account".to_string(),
            |person| person.full_name,
        );
        let note = format!("unassigned: {name}");
        workflow::record_event(
            &txn,
            proposal_id,
            Some(editor),
            Some(current),
            current,
            &note,
        )
        .await?;
    }
    txn.commit().await?;
    Ok(())
}

/// The evaluator steps back from an open proposal: no longer assigned, their
/// evaluation withdrawn, and no longer able to see it.
pub async fn declare_conflict(
    state: &AppState,
    proposal_id: i32,
    evaluator: i32,
) -> Result<(), AppError> {
    let txn = state.begin_write().await?;
    let current = lock_confirmed(&txn, proposal_id).await?.state;
    // A closed proposal's evaluations are part of its record: they stay.
    if !current.is_open() {
        return Err(workflow::refused());
    }
    if !is_assigned(&txn, evaluator, proposal_id).await? {
        return Err(AppError::Forbidden);
    }
    assignment::Entity::update_many()
        .col_expr(assignment::Column::ConflictAt, Expr::value(Utc::now()))
        .filter(assignment::Column::ProposalId.eq(proposal_id))
        .filter(assignment::Column::EvaluatorId.eq(evaluator))
        .exec(&txn)
        .await?;
    evaluation::Entity::delete_many()
        .filter(evaluation::Column::ProposalId.eq(proposal_id))
        .filter(evaluation::Column::EvaluatorId.eq(evaluator))
        .exec(&txn)
        .await?;
    let note = "conflict of interest declared";
    workflow::record_event(
        &txn,
        proposal_id,
        Some(evaluator),
        Some(current),
        current,
        note,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// An evaluation form as the evaluator filled it in.
pub struct EvaluationForm(Vec<(String, String)>);

/// A complete evaluation: both scores for every line, a recommendation.
pub struct ValidEvaluation {
    scores: BTreeMap<i32, Fit>,
    recommendation: String,
    notes: String,
}

impl EvaluationForm {
    pub fn new(fields: Vec<(String, String)>) -> Self {
        EvaluationForm(fields)
    }

    fn value(&self, name: &str) -> String {
        self.0
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.trim().to_string())
            .unwrap_or_default()
    }

    /// The score given for `part` ("proposal" or "profile") of a line.
    pub fn score(&self, part: &str, line_id: i32) -> Option<u8> {
        self.value(&format!("{part}-{line_id}"))
            .parse::<u8>()
            .ok()
            .filter(|score| SCORES.contains(score))
    }

    pub fn recommendation(&self) -> String {
        self.value("recommendation")
    }

    pub fn notes(&self) -> String {
        self.value("notes")
    }

    /// The evaluation, or None with `errors` saying what is missing.
    pub fn check(&self, line_ids: &[i32], errors: &mut FieldErrors) -> Option<ValidEvaluation> {
        let mut scores = BTreeMap::new();
        for &line_id in line_ids {
            match (
                self.score("proposal", line_id),
                self.score("profile", line_id),
            ) {
                (Some(proposal), Some(profile)) => {
                    scores.insert(line_id, Fit { proposal, profile });
                }
                _ => errors.add("scores", "evaluation-scores-missing"),
            }
        }
        let recommendation = self.recommendation();
        if !RECOMMENDATIONS.contains(&recommendation.as_str()) {
            errors.add("recommendation", "evaluation-recommendation-missing");
        }
        let notes = self.notes();
        if let Err(problem) = NOTES.check(&notes) {
            errors.add_text_problem("notes", problem, "proposal-message-missing");
        }
        errors.is_empty().then_some(ValidEvaluation {
            scores,
            recommendation,
            notes,
        })
    }
}

/// Saves one evaluator's assessment (saved again, it replaces the earlier
/// one), if the proposal is still open and they are still assigned.
pub async fn evaluate(
    state: &AppState,
    proposal_id: i32,
    evaluator: i32,
    valid: ValidEvaluation,
) -> Result<(), AppError> {
    let scores = serde_json::to_string(&valid.scores).map_err(anyhow::Error::from)?;
    let txn = state.begin_write().await?;
    if !lock_confirmed(&txn, proposal_id).await?.state.is_open() {
        return Err(workflow::refused());
    }
    if !is_assigned(&txn, evaluator, proposal_id).await? {
        return Err(AppError::Forbidden);
    }
    evaluation::Entity::insert(evaluation::ActiveModel {
        proposal_id: Set(proposal_id),
        evaluator_id: Set(Some(evaluator)),
        recommendation: Set(valid.recommendation),
        scores: Set(scores),
        notes: Set(valid.notes),
        updated_at: Set(Utc::now()),
        ..Default::default()
    })
    .on_conflict(
        OnConflict::columns([
            evaluation::Column::ProposalId,
            evaluation::Column::EvaluatorId,
        ])
        .update_columns([
            evaluation::Column::Recommendation,
            evaluation::Column::Scores,
            evaluation::Column::Notes,
            evaluation::Column::UpdatedAt,
        ])
        .to_owned(),
    )
    .exec_without_returning(&txn)
    .await?;
    txn.commit().await?;
    Ok(())
}

/// A note for staff only.
pub async fn comment(
    state: &AppState,
    proposal_id: i32,
    author: i32,
    text: &str,
) -> Result<(), AppError> {
    let txn = state.begin_write().await?;
    lock_confirmed(&txn, proposal_id).await?;
    workflow::add_message(&txn, proposal_id, Author::Staff, Some(author), true, text).await?;
    txn.commit().await?;
    Ok(())
}

/// What kind of message staff send the submitter.
pub struct Letter {
    /// The change of state it makes, with the audit note, if any.
    pub transition: Option<(Transition, &'static str)>,
    /// The mail's message ids (without -subject, -body, -action).
    pub mail_key: &'static str,
}

/// A message to the submitter without a change of state: after a
/// decision, this is how the conversation about the next steps goes on.
pub const MESSAGE: Letter = Letter {
    transition: None,
    mail_key: "mail-proposal-message",
};

/// A request for more information: the question goes on the thread, by
/// mail in the submitter's language, and their answer comes back there.
pub const QUESTION: Letter = Letter {
    transition: Some((Transition::RequestInformation, "information requested")),
    mail_key: "mail-proposal-question",
};

/// Puts a staff message on the thread and mails it to the submitter in
/// their language, with the change of state it makes.
pub async fn write_to_submitter(
    state: &AppState,
    proposal_id: i32,
    author: i32,
    letter: &Letter,
    text: &str,
) -> Result<(), AppError> {
    let txn = state.begin_write().await?;
    let found: proposal::Model = lock_confirmed(&txn, proposal_id).await?;
    match letter.transition {
        Some((transition, note)) => {
            workflow::apply(&txn, &found, transition, Some(author), note).await?;
        }
        None if !found.accepts_messages() => {
            return Err(workflow::refused());
        }
        None => {}
    }
    workflow::add_message(&txn, proposal_id, Author::Staff, Some(author), false, text).await?;
    notify::submitter(state, &txn, &found, letter.mail_key, text).await?;
    txn.commit().await?;
    state.jobs_wakeup.notify();
    Ok(())
}
