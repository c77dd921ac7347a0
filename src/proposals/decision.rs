//! The decision on a proposal, by an editor or admin, and the reply to the
//! submitter: written from a template in the submitter's language, edited
//! before sending, and sent once.

use askama::Template;
use axum::{
    extract::{Query, State as AxumState},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use chrono::Utc;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, sea_query::Expr,
};
use serde::Deserialize;

use super::{
    access::StaffProposal,
    entities::proposal,
    notify,
    state::Transition,
    view::ProposalView,
    workflow::{self, Author},
};
use crate::{
    groups::entities::working_group,
    i18n::Locale,
    lines_of_work::{self, LineOption},
    state::AppState,
    web::{AppError, Page, csrf::CheckedForm, form::FieldErrors, page::render},
};

pub const DECISIONS: [&str; 3] = ["individual-action", "working-group", "not-at-this-time"];

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct DecisionInput {
    decision: String,
    group_id: String,
    new_group_name: String,
    new_group_line: String,
    new_group_description: String,
    reply: String,
    /// The decision and group the reply was prepared for. Preparing again
    /// replaces a reply still as prepared, and keeps one the editor changed.
    reply_for: String,
    reply_group: String,
}

#[derive(Template)]
#[template(path = "proposals/decide.html")]
struct DecidePage {
    page: Page,
    proposal: ProposalView,
    input: DecisionInput,
    groups: Vec<working_group::Model>,
    lines: Vec<LineOption>,
    errors: FieldErrors,
    /// The language the reply will be sent in.
    reply_language: String,
}

impl DecidePage {
    fn decisions(&self) -> [&'static str; 3] {
        DECISIONS
    }
    fn group_selected(&self, id: &i32) -> bool {
        self.input.group_id == id.to_string()
    }
}

/// The reply template for `decision`, in the submitter's language.
fn reply_template(found: &proposal::Model, decision: &str, group: &str) -> String {
    let locale = Locale::from_code(&found.locale).unwrap_or(Locale::En);
    locale.t_args(
        &format!("decision-reply-{decision}"),
        &[
            ("name", found.full_name.clone().into()),
            ("title", found.title.clone().into()),
            ("reference", found.reference.clone().into()),
            ("group", group.to_string().into()),
        ],
    )
}

async fn page_for(
    state: &AppState,
    page: Page,
    found: proposal::Model,
    input: DecisionInput,
    errors: FieldErrors,
) -> Result<DecidePage, AppError> {
    let groups = working_group::Entity::find()
        .order_by_asc(working_group::Column::Name)
        .all(&state.db)
        .await?;
    let lines = lines_of_work::active(state, page.locale).await?;
    let reply_language = Locale::from_code(&found.locale)
        .unwrap_or(Locale::En)
        .native_name()
        .to_string();
    Ok(DecidePage {
        page,
        proposal: found.into(),
        input,
        groups,
        lines,
        errors,
        reply_language,
    })
}

/// Step one chooses the decision; step two shows the reply, prefilled from
/// the template, to edit. Works without JavaScript.
pub async fn show(
    AxumState(state): AxumState<AppState>,
    page: Page,
    staff: StaffProposal,
    Query(mut input): Query<DecisionInput>,
) -> Result<Response, AppError> {
    staff.require_decider()?;
    let found = staff.proposal;
    if !found.state.is_open() {
        return Err(workflow::refused());
    }
    let mut errors = FieldErrors::new(page.locale);
    if input.decision == "working-group" {
        // Ask for the group before the reply that names it is written.
        let groups = working_group::Entity::find().all(&state.db).await?;
        let lines = lines_of_work::active(&state, page.locale).await?;
        check_group(&input, &groups, &lines, &mut errors);
    }
    let group = group_name(&state, &input).await?;
    if !DECISIONS.contains(&input.decision.as_str()) || !errors.is_empty() {
        input.reply.clear();
    } else if !edited(&found, &input) {
        input.reply = reply_template(&found, &input.decision, &group);
        input.reply_for = input.decision.clone();
        input.reply_group = group;
    }
    render(&page_for(&state, page, found, input, errors).await?)
}

/// Whether the reply differs from the template it was prepared from.
fn edited(found: &proposal::Model, input: &DecisionInput) -> bool {
    let prepared = reply_template(found, &input.reply_for, &input.reply_group);
    let reply = input.reply.replace("\r\n", "\n");
    !reply.trim().is_empty() && reply.trim() != prepared.trim()
}

async fn group_name(state: &AppState, input: &DecisionInput) -> Result<String, AppError> {
    if !input.new_group_name.trim().is_empty() {
        return Ok(input.new_group_name.trim().to_string());
    }
    let Ok(id) = input.group_id.parse::<i32>() else {
        return Ok(String::new());
    };
    Ok(working_group::Entity::find_by_id(id)
        .one(&state.db)
        .await?
        .map(|g| g.name)
        .unwrap_or_default())
}

/// The group to invite to: an existing one or a new one described here.
enum GroupChoice {
    None,
    Existing(i32),
    New {
        name: String,
        line_id: Option<i32>,
        description: String,
    },
}

fn check(
    input: &DecisionInput,
    groups: &[working_group::Model],
    lines: &[LineOption],
    errors: &mut FieldErrors,
) -> GroupChoice {
    if !DECISIONS.contains(&input.decision.as_str()) {
        errors.add("decision", "decision-missing");
    }
    if let Err(problem) = workflow::message_text(&input.reply) {
        errors.add_text_problem("reply", problem, "decision-reply-missing");
    }
    if input.decision != "working-group" {
        return GroupChoice::None;
    }
    check_group(input, groups, lines, errors)
}

/// For an invitation: the existing group chosen, or the new one described.
fn check_group(
    input: &DecisionInput,
    groups: &[working_group::Model],
    lines: &[LineOption],
    errors: &mut FieldErrors,
) -> GroupChoice {
    let new_name = input.new_group_name.trim();
    if !new_name.is_empty() {
        if new_name.chars().count() > 200 {
            errors.add("new_group_name", "field-name-invalid");
        }
        let line_id = lines
            .iter()
            .find(|l| l.slug == input.new_group_line)
            .map(|l| l.id);
        return GroupChoice::New {
            name: new_name.to_string(),
            line_id,
            description: input.new_group_description.trim().to_string(),
        };
    }
    match input
        .group_id
        .parse::<i32>()
        .ok()
        .filter(|id| groups.iter().any(|g| g.id == *id))
    {
        Some(id) => GroupChoice::Existing(id),
        None => {
            errors.add("group_id", "decision-group-missing");
            GroupChoice::None
        }
    }
}

pub async fn decide(
    AxumState(state): AxumState<AppState>,
    page: Page,
    staff: StaffProposal,
    form: CheckedForm,
) -> Result<Response, AppError> {
    staff.require_decider()?;
    let input: DecisionInput = form.parse()?;
    let (me, found) = (staff.me, staff.proposal);
    let id = found.id;
    let groups = working_group::Entity::find().all(&state.db).await?;
    let lines = lines_of_work::active(&state, page.locale).await?;
    let mut errors = FieldErrors::new(page.locale);
    let choice = check(&input, &groups, &lines, &mut errors);
    if !errors.is_empty() {
        let decide = page_for(&state, page, found, input, errors).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&decide)?).into_response());
    }
    let reply = workflow::message_text(&input.reply).unwrap_or_default();
    let txn = state.begin_write().await?;
    // The transition fails if another request decided first (double click)
    // or the submitter withdrew meanwhile; nothing below then happens.
    let note = format!("decision: {}", input.decision);
    workflow::apply(&txn, &found, Transition::Decide, Some(me.id), &note).await?;
    let group_id = match choice {
        GroupChoice::None => None,
        GroupChoice::Existing(id) => Some(id),
        GroupChoice::New {
            name,
            line_id,
            description,
        } => Some(
            working_group::Entity::insert(working_group::ActiveModel {
                name: Set(name),
                line_id: Set(line_id),
                description: Set(description),
                created_at: Set(Utc::now()),
                ..Default::default()
            })
            .exec(&txn)
            .await?
            .last_insert_id,
        ),
    };
    proposal::Entity::update_many()
        .col_expr(
            proposal::Column::Decision,
            Expr::value(input.decision.clone()),
        )
        .col_expr(proposal::Column::GroupId, Expr::value(group_id))
        .filter(proposal::Column::Id.eq(id))
        .exec(&txn)
        .await?;
    workflow::add_message(&txn, id, Author::Staff, Some(me.id), false, &reply).await?;
    notify::submitter(&state, &txn, &found, "mail-proposal-decision", &reply).await?;
    txn.commit().await?;
    state.jobs_wakeup.notify();
    Ok(Redirect::to(&page.link(&format!("/staff/proposals/{id}"))).into_response())
}
