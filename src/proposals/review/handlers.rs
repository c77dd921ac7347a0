//! The staff routes on one proposal. Each takes a `StaffProposal` (loaded
//! and access-checked together), calls one service and answers.

use axum::{
    Extension,
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde::Deserialize;

use super::{
    page::{self, Draft, EvaluationRow, Fit, ReviewPage, Writing},
    services::{self, EvaluationForm},
};
use crate::{
    proposals::{access::StaffProposal, entities::attachment, suggestions, workflow},
    search::Search,
    state::AppState,
    web::{AppError, Page, csrf::CheckedForm, form::FieldErrors, page::render},
};

/// `?offer=revised`: where a revision of the offer leads, to say it left.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Done {
    offer: String,
}

pub async fn show(
    State(state): State<AppState>,
    Extension(search): Extension<Search>,
    page: Page,
    staff: StaffProposal,
    Query(done): Query<Done>,
) -> Result<Response, AppError> {
    let errors = FieldErrors::new(page.locale);
    let locale = page.locale;
    let found = staff.proposal.clone();
    let mut review = page::build(&state, page, staff, errors).await?;
    review.offer_revised = done.offer == "revised";
    // Advice: the page stands without it.
    review.suggestions = match suggestions::for_proposal(&state, &search, &found, locale).await {
        Ok(suggested) => Some(suggested),
        Err(error) => {
            tracing::warn!(%error, proposal = found.id, "could not make the suggestions");
            None
        }
    };
    render(&review)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AcceptForm {
    kind: String,
    key: String,
}

/// Staff accept a suggestion: a line of work files the proposal under it
/// and an evaluator is assigned (both editors' steps); a group or a
/// resource is noted. Only what the page suggests can be accepted, at the
/// rank it is suggested at; each acceptance is recorded once, with its
/// effect.
pub async fn accept_suggestion(
    State(state): State<AppState>,
    Extension(search): Extension<Search>,
    page: Page,
    staff: StaffProposal,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let AcceptForm { kind, key } = form.parse()?;
    let kind = suggestions::Kind::from_key(&kind).ok_or(AppError::BadRequest)?;
    let (id, me) = (staff.id(), staff.me.id);
    let back = page.link(&format!("/staff/proposals/{id}"));
    let back = Redirect::to(&format!("{back}#suggestions")).into_response();
    let changes_it = matches!(kind, suggestions::Kind::Line | suggestions::Kind::Evaluator);
    if changes_it {
        staff.require_decider()?;
        if !staff.proposal.state.is_open() {
            return Err(workflow::refused());
        }
    }
    if suggestions::is_recorded(&state.db, (id, kind, &key)).await? {
        // A second click: it was accepted already.
        return Ok(back);
    }
    let suggested =
        suggestions::for_proposal(&state, &search, &staff.proposal, page.locale).await?;
    // A page opened before things changed (the evaluator since assigned,
    // the group closed) suggests what no longer stands.
    let rank = suggested.rank_of(kind, &key).ok_or(AppError::Conflict)?;
    let line = match kind {
        suggestions::Kind::Line => {
            let lines = crate::lines_of_work::all(&state.db, page.locale).await?;
            lines
                .iter()
                .find(|line| line.slug == key)
                .map(|line| line.id)
        }
        _ => None,
    };
    let txn = state.begin_write().await?;
    match kind {
        suggestions::Kind::Evaluator => {
            let evaluator = key.parse().map_err(|_| AppError::BadRequest)?;
            services::assign_in(&state, &txn, (id, evaluator), me).await?;
        }
        suggestions::Kind::Line => {
            suggestions::file_under(&txn, id, line.ok_or(AppError::BadRequest)?).await?;
        }
        suggestions::Kind::Group | suggestions::Kind::Resource => {}
    }
    suggestions::record(&txn, (id, kind, &key), rank, me).await?;
    txn.commit().await?;
    state.jobs_wakeup.notify();
    Ok(back)
}

fn back_to(page: &Page, id: i32) -> Response {
    Redirect::to(&page.link(&format!("/staff/proposals/{id}"))).into_response()
}

pub async fn download_attachment(
    State(state): State<AppState>,
    staff: StaffProposal,
    Path((_, file_id)): Path<(i32, i32)>,
) -> Result<Response, AppError> {
    let file = attachment::Entity::find_by_id(file_id)
        .filter(attachment::Column::ProposalId.eq(staff.id()))
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let stored = (
        file.stored_name.as_str(),
        file.content_type.as_str(),
        file.original_name.as_str(),
    );
    crate::uploads::send(&state.storage, stored, "no-store").await
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct AssignForm {
    evaluator_id: i32,
}

pub async fn assign(
    State(state): State<AppState>,
    page: Page,
    staff: StaffProposal,
    form: CheckedForm,
) -> Result<Response, AppError> {
    change_evaluators(&state, &page, staff, &form, Staffing::Assign).await
}

pub async fn unassign(
    State(state): State<AppState>,
    page: Page,
    staff: StaffProposal,
    form: CheckedForm,
) -> Result<Response, AppError> {
    change_evaluators(&state, &page, staff, &form, Staffing::Unassign).await
}

/// An editor adds an evaluator to the proposal, or takes one off.
enum Staffing {
    Assign,
    Unassign,
}

async fn change_evaluators(
    state: &AppState,
    page: &Page,
    staff: StaffProposal,
    form: &CheckedForm,
    change: Staffing,
) -> Result<Response, AppError> {
    staff.require_decider()?;
    let AssignForm { evaluator_id } = form.parse()?;
    let (id, editor) = (staff.id(), staff.me.id);
    match change {
        Staffing::Assign => services::assign(state, id, evaluator_id, editor).await?,
        Staffing::Unassign => services::unassign(state, id, evaluator_id, editor).await?,
    }
    Ok(back_to(page, id))
}

pub async fn declare_conflict(
    State(state): State<AppState>,
    page: Page,
    staff: StaffProposal,
    _form: CheckedForm,
) -> Result<Response, AppError> {
    staff.require_assigned_evaluator()?;
    services::declare_conflict(&state, staff.id(), staff.me.id).await?;
    Ok(Redirect::to(&page.link("/staff/proposals")).into_response())
}

pub async fn evaluate(
    State(state): State<AppState>,
    page: Page,
    staff: StaffProposal,
    form: CheckedForm,
) -> Result<Response, AppError> {
    staff.require_assigned_evaluator()?;
    if !staff.proposal.state.is_open() {
        return Err(workflow::refused());
    }
    let typed = EvaluationForm::new(form.parse()?);
    let line_ids = services::scored_lines(&state.db, staff.id()).await?;
    let mut errors = FieldErrors::new(page.locale);
    let Some(valid) = typed.check(&line_ids, &mut errors) else {
        return refused_evaluation(&state, page, staff, errors, &typed).await;
    };
    let id = staff.id();
    services::evaluate(&state, id, staff.me.id, valid).await?;
    Ok(back_to(&page, id))
}

/// The review page again, with the evaluation as the evaluator filled it in
/// (0: a score not chosen) and what is missing.
async fn refused_evaluation(
    state: &AppState,
    page: Page,
    staff: StaffProposal,
    errors: FieldErrors,
    typed: &EvaluationForm,
) -> Result<Response, AppError> {
    let evaluator = staff.me.full_name.clone();
    let mut review: ReviewPage = page::build(state, page, staff, errors).await?;
    let fits = review
        .lines
        .iter()
        .map(|line| {
            let fit = Fit {
                proposal: typed.score("proposal", line.id).unwrap_or(0),
                profile: typed.score("profile", line.id).unwrap_or(0),
            };
            (line.name.clone(), fit)
        })
        .collect();
    review.mine = Some(EvaluationRow {
        evaluator,
        recommendation: typed.recommendation(),
        notes: typed.notes(),
        fits,
    });
    Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&review)?).into_response())
}

/// What staff write on a proposal from its one message box.
#[derive(Deserialize, Default)]
#[serde(default)]
struct WriteForm {
    kind: String,
    body: String,
}

/// An internal note, a question to the submitter (the proposal then waits
/// for the answer) or a message to them, as chosen in the message box.
pub async fn write(
    State(state): State<AppState>,
    page: Page,
    staff: StaffProposal,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let WriteForm { kind, body } = form.parse()?;
    let writing = Writing::from_key(&kind);
    let text = workflow::message_text(&body);
    let (Some(writing), Ok(text)) = (writing, &text) else {
        let mut errors = FieldErrors::new(page.locale);
        if writing.is_none() {
            errors.add("kind", "review-write-kind-missing");
        }
        if let Err(problem) = text {
            errors.add_text_problem("body", problem, "proposal-message-missing");
        }
        let mut review = page::build(&state, page, staff, errors).await?;
        review.draft = Draft { kind, body };
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&review)?).into_response());
    };
    let (id, me) = (staff.id(), staff.me.id);
    match writing {
        Writing::Note => services::comment(&state, id, me, text).await?,
        Writing::Question => {
            services::write_to_submitter(&state, id, me, &services::QUESTION, text).await?;
        }
        Writing::Message => {
            services::write_to_submitter(&state, id, me, &services::MESSAGE, text).await?;
        }
    }
    Ok(back_to(&page, id))
}
