//! A proposal seen by staff: its facts and thread, who evaluates it, the
//! evaluations, internal comments, requests for more information, and the
//! audit trail.

use std::collections::BTreeMap;

use askama::Template;
use axum::{
    extract::{Path, State as AxumState},
    http::{StatusCode, header},
    response::{IntoResponse, Redirect, Response},
};
use chrono::Utc;
use sea_orm::{
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    sea_query::{Expr, OnConflict},
};
use serde::{Deserialize, Serialize};

use super::{
    access::{self, StaffView},
    attachments,
    entities::{assignment, attachment, evaluation, event, message, proposal, proposal_line},
    notify, queue, regions,
    state::{State, Transition},
    workflow::{self, Author},
};
use crate::web::{CurrentUser, RequireUser, Role};
use crate::{
    accounts::{
        entities::user,
        lines_of_work::{self, LineOption},
    },
    state::AppState,
    web::{AppError, Page, csrf::CheckedForm, form::FieldErrors, page::render},
};

pub const RECOMMENDATIONS: [&str; 4] = [
    "individual-action",
    "working-group",
    "not-at-this-time",
    "more-information",
];
/// Fit scores; each has a meaning shown next to it.
pub const SCORES: [u8; 4] = [1, 2, 3, 4];

/// Fit of the proposal and of the profile with one line of work.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
pub struct Fit {
    pub proposal: u8,
    pub profile: u8,
}

pub async fn find(db: &impl ConnectionTrait, id: i32) -> Result<proposal::Model, AppError> {
    proposal::Entity::find_by_id(id)
        .filter(proposal::Column::State.ne(State::Unconfirmed.key()))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

pub struct AssignmentRow {
    pub evaluator_id: i32,
    pub evaluator: String,
    pub conflict: bool,
}

pub struct EvaluationRow {
    pub evaluator: String,
    pub recommendation: String,
    pub notes: String,
    pub fits: Vec<(String, Fit)>,
}

pub struct EventRow {
    pub at: String,
    pub actor: String,
    pub from: String,
    pub to: String,
    pub note: String,
}

pub struct MessageRow {
    pub at: String,
    pub author: String,
    pub internal: bool,
    pub body: String,
}

#[derive(Template)]
#[template(path = "proposals/review.html")]
struct ReviewPage {
    page: Page,
    proposal: proposal::Model,
    view: StaffView,
    lines: Vec<LineOption>,
    files: Vec<attachment::Model>,
    thread: Vec<MessageRow>,
    assignments: Vec<AssignmentRow>,
    evaluations: Vec<EvaluationRow>,
    events: Vec<EventRow>,
    evaluators: Vec<user::Model>,
    /// The signed-in evaluator's own evaluation, to edit.
    mine: Option<EvaluationRow>,
    i_am_assigned: bool,
    open: bool,
    /// The submitter can still be written to (also after a decision).
    can_write: bool,
    errors: FieldErrors,
    /// A message refused for its length, given back to be shortened.
    draft: Option<(&'static str, String)>,
}

impl ReviewPage {
    /// A file's size in KiB, rounded up (a small file is not "0 KiB").
    fn size_in_kib(&self, bytes: &i64) -> i64 {
        (bytes + 1023) / 1024
    }

    /// What was typed into the message field `field`, when it comes back with an error.
    fn draft_for(&self, field: &str) -> &str {
        match &self.draft {
            Some((name, text)) if *name == field => text,
            _ => "",
        }
    }

    /// The address of one of this proposal's staff actions.
    fn action(&self, suffix: &str) -> String {
        self.page
            .link(&format!("/staff/proposals/{}/{suffix}", self.proposal.id))
    }

    fn recommendations(&self) -> [&'static str; 4] {
        RECOMMENDATIONS
    }
    fn scores(&self) -> [u8; 4] {
        SCORES
    }
    fn region(&self) -> String {
        self.page
            .region(regions::region_of(&self.proposal.country_code).key())
    }
    fn my_fit(&self, line: &str, part: &str) -> u8 {
        let fit = self.mine.as_ref().and_then(|m| {
            m.fits
                .iter()
                .find(|(name, _)| name == line)
                .map(|(_, f)| f.clone())
        });
        fit.map_or(0, |f| {
            if part == "proposal" {
                f.proposal
            } else {
                f.profile
            }
        })
    }
    fn my_recommendation(&self) -> &str {
        self.mine.as_ref().map_or("", |m| m.recommendation.as_str())
    }
    fn my_notes(&self) -> &str {
        self.mine.as_ref().map_or("", |m| m.notes.as_str())
    }
}

/// Audit notes are stored as fixed English phrases (a stable record, also
/// in exports), some followed by ": detail"; staff read them in their
/// language. Each phrase here is one the workflow writes.
const AUDIT_PHRASES: [(&str, &str); 9] = [
    ("web form", "audit-web-form"),
    ("address confirmed", "audit-address-confirmed"),
    ("assigned", "audit-assigned"),
    ("unassigned", "audit-unassigned"),
    ("information requested", "audit-information-requested"),
    ("information provided", "audit-information-provided"),
    ("conflict of interest declared", "audit-conflict-declared"),
    ("withdrawn by the submitter", "audit-withdrawn"),
    ("decision", "audit-decision"),
];

fn audit_note(page: &Page, note: &str) -> String {
    let (phrase, detail) = note
        .split_once(": ")
        .map_or((note, None), |(phrase, detail)| (phrase, Some(detail)));
    let Some((_, id)) = AUDIT_PHRASES.iter().find(|(stored, _)| *stored == phrase) else {
        return note.to_string();
    };
    match detail {
        Some(detail) => {
            let detail = if phrase == "decision" {
                page.label("decision", detail)
            } else {
                detail.to_string()
            };
            page.locale.t_args(id, &[("detail", detail.into())])
        }
        None => page.t(id),
    }
}

fn name_of(people: &[user::Model], id: Option<i32>, page: &Page, missing: &str) -> String {
    id.and_then(|id| people.iter().find(|u| u.id == id))
        .map_or_else(|| page.t(missing), |u| u.full_name.clone())
}

async fn build(
    state: &AppState,
    page: Page,
    me: &CurrentUser,
    id: i32,
    errors: FieldErrors,
) -> Result<ReviewPage, AppError> {
    let view = access::staff_view(&state.db, me, id).await?;
    let found = find(&state.db, id).await?;
    let all_lines = lines_of_work::all(&state.db, page.locale).await?;
    let chosen = proposal_line::Entity::find()
        .filter(proposal_line::Column::ProposalId.eq(id))
        .all(&state.db)
        .await?;
    let lines: Vec<LineOption> = all_lines
        .into_iter()
        .filter(|l| chosen.iter().any(|c| c.line_id == l.id))
        .collect();
    let files = attachment::Entity::find()
        .filter(attachment::Column::ProposalId.eq(id))
        .all(&state.db)
        .await?;
    let people = user::Entity::find().all(&state.db).await?;
    let messages = workflow::thread(&state.db, id, true).await?;
    let thread = messages
        .iter()
        .map(|m: &message::Model| MessageRow {
            at: m.created_at.format("%Y-%m-%d %H:%M").to_string(),
            author: if m.author_role == Author::Submitter.key() {
                found.full_name.clone()
            } else {
                name_of(&people, m.author_id, &page, "proposal-staff")
            },
            internal: m.internal,
            body: m.body.clone(),
        })
        .collect();
    let assigned = assignment::Entity::find()
        .filter(assignment::Column::ProposalId.eq(id))
        .all(&state.db)
        .await?;
    let assignments = assigned
        .iter()
        .map(|a| AssignmentRow {
            evaluator_id: a.evaluator_id,
            evaluator: name_of(
                &people,
                Some(a.evaluator_id),
                &page,
                "admin-deleted-account",
            ),
            conflict: a.conflict_at.is_some(),
        })
        .collect();
    let i_am_assigned = assigned
        .iter()
        .any(|a| a.evaluator_id == me.id && a.conflict_at.is_none());
    let stored = evaluation::Entity::find()
        .filter(evaluation::Column::ProposalId.eq(id))
        .all(&state.db)
        .await?;
    let to_row = |e: &evaluation::Model| {
        let scores: BTreeMap<i32, Fit> = serde_json::from_str(&e.scores).unwrap_or_default();
        EvaluationRow {
            evaluator: name_of(
                &people,
                Some(e.evaluator_id),
                &page,
                "admin-deleted-account",
            ),
            recommendation: e.recommendation.clone(),
            notes: e.notes.clone(),
            fits: lines
                .iter()
                .map(|l| {
                    (
                        l.name.clone(),
                        scores.get(&l.id).cloned().unwrap_or_default(),
                    )
                })
                .collect(),
        }
    };
    let mine = stored.iter().find(|e| e.evaluator_id == me.id).map(to_row);
    let evaluations = stored.iter().map(to_row).collect();
    let history = event::Entity::find()
        .filter(event::Column::ProposalId.eq(id))
        .order_by_asc(event::Column::Id)
        .all(&state.db)
        .await?;
    let events = history
        .iter()
        .map(|e| EventRow {
            at: e.created_at.format("%Y-%m-%d %H:%M").to_string(),
            actor: match e.actor_id {
                Some(actor) if Some(actor) == found.submitter_id => found.full_name.clone(),
                Some(_) => name_of(&people, e.actor_id, &page, "proposal-staff"),
                None => page.t("proposal-actor-submitter-or-system"),
            },
            from: e
                .from_state
                .as_deref()
                .map(|s| page.label("proposal-state", s))
                .unwrap_or_default(),
            to: page.label("proposal-state", &e.to_state),
            note: audit_note(&page, &e.note),
        })
        .collect();
    let evaluators = if view == StaffView::Full {
        queue::evaluators(&state.db).await?
    } else {
        Vec::new()
    };
    Ok(ReviewPage {
        open: workflow::state_of(&found).is_open(),
        can_write: workflow::state_of(&found).accepts_messages(),
        draft: None,
        page,
        proposal: found,
        view,
        lines,
        files,
        thread,
        assignments,
        evaluations,
        events,
        evaluators,
        mine,
        i_am_assigned,
        errors,
    })
}

pub async fn show(
    AxumState(state): AxumState<AppState>,
    page: Page,
    RequireUser(me): RequireUser,
    Path(id): Path<i32>,
) -> Result<Response, AppError> {
    let errors = FieldErrors::new(page.locale);
    render(&build(&state, page, &me, id, errors).await?)
}

fn back_to(page: &Page, id: i32) -> Response {
    Redirect::to(&page.link(&format!("/staff/proposals/{id}"))).into_response()
}

pub async fn download_attachment(
    AxumState(state): AxumState<AppState>,
    RequireUser(me): RequireUser,
    Path((id, file_id)): Path<(i32, i32)>,
) -> Result<Response, AppError> {
    access::staff_view(&state.db, &me, id).await?;
    let file = attachment::Entity::find_by_id(file_id)
        .filter(attachment::Column::ProposalId.eq(id))
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let bytes = attachments::read(&state.settings.data_dir, &file)
        .await
        .map_err(anyhow::Error::from)?;
    let name: String = file
        .original_name
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || ".-_ ".contains(*c))
        .collect();
    Ok((
        [
            (header::CONTENT_TYPE, file.content_type.clone()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        bytes,
    )
        .into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct AssignForm {
    evaluator_id: i32,
}

pub async fn assign(
    AxumState(state): AxumState<AppState>,
    page: Page,
    RequireUser(me): RequireUser,
    Path(id): Path<i32>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    access::require_decider(&state.db, &me, id).await?;
    let AssignForm { evaluator_id } = form.parse()?;
    let evaluator = user::Entity::find_by_id(evaluator_id)
        .one(&state.db)
        .await?
        .ok_or(AppError::BadRequest)?;
    if evaluator.role < Role::Evaluator {
        return Err(AppError::BadRequest);
    }
    let txn = crate::db::begin_write(&state.db).await?;
    let found = find(&txn, id).await?;
    // A conflict once declared stays: the row exists, nothing is inserted.
    let inserted = assignment::Entity::insert(assignment::ActiveModel {
        proposal_id: Set(id),
        evaluator_id: Set(evaluator_id),
        assigned_by_id: Set(Some(me.id)),
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
    .exec_without_returning(&txn)
    .await?;
    if inserted == 1 {
        let note = format!("assigned: {}", evaluator.full_name);
        workflow::apply(&txn, &found, Transition::Assign, Some(me.id), &note).await?;
        notify::assigned(&state, &txn, &found, &evaluator).await?;
    }
    txn.commit().await?;
    state.jobs_wakeup.notify();
    Ok(back_to(&page, id))
}

/// An editor or admin takes an evaluator off the proposal (assigned by
/// mistake, or unavailable). What they evaluated stays on the record; the
/// state does not change, as when an evaluator declares a conflict.
pub async fn unassign(
    AxumState(state): AxumState<AppState>,
    page: Page,
    RequireUser(me): RequireUser,
    Path(id): Path<i32>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    access::require_decider(&state.db, &me, id).await?;
    let AssignForm { evaluator_id } = form.parse()?;
    let txn = crate::db::begin_write(&state.db).await?;
    let found = find(&txn, id).await?;
    let current = workflow::state_of(&found);
    if !current.is_open() {
        return Err(workflow::refused());
    }
    let removed = assignment::Entity::delete_many()
        .filter(assignment::Column::ProposalId.eq(id))
        .filter(assignment::Column::EvaluatorId.eq(evaluator_id))
        .filter(assignment::Column::ConflictAt.is_null())
        .exec(&txn)
        .await?;
    if removed.rows_affected == 1 {
        let name = user::Entity::find_by_id(evaluator_id)
            .one(&txn)
            .await?
            .map_or_else(|| page.t("admin-deleted-account"), |u| u.full_name);
        let note = format!("unassigned: {name}");
        workflow::record_event(&txn, id, Some(me.id), Some(current), current, &note).await?;
    }
    txn.commit().await?;
    Ok(back_to(&page, id))
}

/// The evaluator steps back: no longer assigned, and no longer able to see
/// the proposal or the others' evaluations.
pub async fn declare_conflict(
    AxumState(state): AxumState<AppState>,
    page: Page,
    RequireUser(me): RequireUser,
    Path(id): Path<i32>,
    _form: CheckedForm,
) -> Result<Response, AppError> {
    access::require_assigned_evaluator(&state.db, &me, id).await?;
    let txn = crate::db::begin_write(&state.db).await?;
    let found = find(&txn, id).await?;
    // A closed proposal's evaluations are part of its record: they stay.
    if !workflow::state_of(&found).is_open() {
        return Err(workflow::refused());
    }
    assignment::Entity::update_many()
        .col_expr(assignment::Column::ConflictAt, Expr::value(Utc::now()))
        .filter(assignment::Column::ProposalId.eq(id))
        .filter(assignment::Column::EvaluatorId.eq(me.id))
        .exec(&txn)
        .await?;
    evaluation::Entity::delete_many()
        .filter(evaluation::Column::ProposalId.eq(id))
        .filter(evaluation::Column::EvaluatorId.eq(me.id))
        .exec(&txn)
        .await?;
    let current = workflow::state_of(&found);
    workflow::record_event(
        &txn,
        id,
        Some(me.id),
        Some(current),
        current,
        "conflict of interest declared",
    )
    .await?;
    txn.commit().await?;
    Ok(Redirect::to(&page.link("/staff/proposals")).into_response())
}

/// One evaluator's assessment; saved again replaces the earlier one.
pub async fn evaluate(
    AxumState(state): AxumState<AppState>,
    page: Page,
    RequireUser(me): RequireUser,
    Path(id): Path<i32>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    access::require_assigned_evaluator(&state.db, &me, id).await?;
    if !workflow::state_of(&find(&state.db, id).await?).is_open() {
        return Err(workflow::refused());
    }
    let fields: Vec<(String, String)> = form.parse()?;
    let value = |name: &str| {
        fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim().to_string())
            .unwrap_or_default()
    };
    let chosen = proposal_line::Entity::find()
        .filter(proposal_line::Column::ProposalId.eq(id))
        .all(&state.db)
        .await?;
    let mut errors = FieldErrors::new(page.locale);
    let mut scores = BTreeMap::new();
    let score = |part: &str, line_id: i32| {
        value(&format!("{part}-{line_id}"))
            .parse::<u8>()
            .ok()
            .filter(|s| SCORES.contains(s))
    };
    for line in &chosen {
        match (
            score("proposal", line.line_id),
            score("profile", line.line_id),
        ) {
            (Some(proposal), Some(profile)) => {
                scores.insert(line.line_id, Fit { proposal, profile });
            }
            _ => errors.add("scores", "evaluation-scores-missing"),
        }
    }
    let recommendation = value("recommendation");
    if !RECOMMENDATIONS.contains(&recommendation.as_str()) {
        errors.add("recommendation", "evaluation-recommendation-missing");
    }
    let notes = value("notes");
    if notes.chars().count() > 10_000 {
        errors.add("notes", "proposal-message-too-long");
    }
    if !errors.is_empty() {
        let mut review = build(&state, page, &me, id, errors).await?;
        // The form comes back as the evaluator filled it in (0: not chosen).
        let fits = review
            .lines
            .iter()
            .map(|line| {
                let fit = Fit {
                    proposal: score("proposal", line.id).unwrap_or(0),
                    profile: score("profile", line.id).unwrap_or(0),
                };
                (line.name.clone(), fit)
            })
            .collect();
        review.mine = Some(EvaluationRow {
            evaluator: me.full_name.clone(),
            recommendation,
            notes,
            fits,
        });
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&review)?).into_response());
    }
    let scores = serde_json::to_string(&scores).map_err(anyhow::Error::from)?;
    evaluation::Entity::insert(evaluation::ActiveModel {
        proposal_id: Set(id),
        evaluator_id: Set(me.id),
        recommendation: Set(recommendation),
        scores: Set(scores),
        notes: Set(notes),
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
    .exec_without_returning(&state.db)
    .await?;
    Ok(back_to(&page, id))
}

/// The text typed into `field`, one of the review page's message forms (each
/// has its own field name so that their ids on the page are unique).
fn typed(form: &CheckedForm, field: &str) -> Result<String, AppError> {
    let fields: Vec<(String, String)> = form.parse()?;
    Ok(fields
        .into_iter()
        .find(|(name, _)| name == field)
        .map(|(_, text)| text)
        .unwrap_or_default())
}

/// A note for staff only.
pub async fn comment(
    AxumState(state): AxumState<AppState>,
    page: Page,
    RequireUser(me): RequireUser,
    Path(id): Path<i32>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    access::staff_view(&state.db, &me, id).await?;
    let body = typed(&form, "comment")?;
    let Some(text) = workflow::message_text(&body) else {
        return invalid_message(&state, page, &me, id, "comment", body).await;
    };
    workflow::add_message(&state.db, id, Author::Staff, Some(me.id), true, &text).await?;
    Ok(back_to(&page, id))
}

async fn invalid_message(
    state: &AppState,
    page: Page,
    me: &CurrentUser,
    id: i32,
    field: &'static str,
    typed: String,
) -> Result<Response, AppError> {
    let mut errors = FieldErrors::new(page.locale);
    errors.add(field, "proposal-message-missing");
    let mut review = build(state, page, me, id, errors).await?;
    review.draft = Some((field, typed));
    Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&review)?).into_response())
}

/// Writes to the submitter without changing the state: after a decision,
/// this is how the conversation about the next steps goes on.
pub async fn message_submitter(
    AxumState(state): AxumState<AppState>,
    page: Page,
    RequireUser(me): RequireUser,
    Path(id): Path<i32>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let letter = Letter {
        field: "message",
        transition: None,
        mail_key: "mail-proposal-message",
    };
    write_to_submitter(&state, page, &me, id, &form, letter).await
}

/// Asks the submitter for more information: the question goes on the
/// thread, by mail in their language, and their answer comes back there.
pub async fn request_information(
    AxumState(state): AxumState<AppState>,
    page: Page,
    RequireUser(me): RequireUser,
    Path(id): Path<i32>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let letter = Letter {
        field: "question",
        transition: Some((Transition::RequestInformation, "information requested")),
        mail_key: "mail-proposal-question",
    };
    write_to_submitter(&state, page, &me, id, &form, letter).await
}

/// What kind of message staff send the submitter.
struct Letter {
    /// The form field holding the text.
    field: &'static str,
    /// The change of state it makes, with the audit note, if any.
    transition: Option<(Transition, &'static str)>,
    /// The mail's message ids (without -subject, -body, -action).
    mail_key: &'static str,
}

/// Puts a staff message on the thread and mails it to the submitter in
/// their language, in one transaction with the change of state it makes.
async fn write_to_submitter(
    state: &AppState,
    page: Page,
    me: &CurrentUser,
    id: i32,
    form: &CheckedForm,
    letter: Letter,
) -> Result<Response, AppError> {
    access::staff_view(&state.db, me, id).await?;
    let body = typed(form, letter.field)?;
    let Some(text) = workflow::message_text(&body) else {
        return invalid_message(state, page, me, id, letter.field, body).await;
    };
    let txn = crate::db::begin_write(&state.db).await?;
    let found = find(&txn, id).await?;
    match letter.transition {
        Some((transition, note)) => {
            workflow::apply(&txn, &found, transition, Some(me.id), note).await?;
        }
        None if !workflow::state_of(&found).accepts_messages() => {
            return Err(workflow::refused());
        }
        None => {}
    }
    workflow::add_message(&txn, id, Author::Staff, Some(me.id), false, &text).await?;
    notify::submitter(state, &txn, &found, letter.mail_key, &text).await?;
    txn.commit().await?;
    state.jobs_wakeup.notify();
    Ok(back_to(&page, id))
}
