//! The decision on a proposal, by an editor, and the reply to the
//! submitter: written from a template in the submitter's language, edited
//! before sending, and sent once. A place in a working group or an
//! individual action goes with an offer (role or action, commitment,
//! dates) that the submitter answers on their proposal's page.

use askama::Template;
use axum::{
    extract::{Query, State as AxumState},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use chrono::Utc;
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};
use serde::Deserialize;

use super::{
    access::StaffProposal,
    entities::proposal,
    notify,
    state::{State, Transition},
    view::ProposalView,
    workflow::{self, Author},
};
use crate::{
    groups::entities::{Keyed, MemberRole, working_group},
    i18n::Locale,
    lines_of_work::{self, LineOption},
    offers::{
        store::{self as offers, NewOffer},
        terms::{Terms, TermsInput},
        view::OfferView,
    },
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
    /// The offer that goes with the decision.
    terms: TermsInput,
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
    fn offers_something(&self) -> bool {
        self.input.decision != "not-at-this-time"
    }
    fn in_group(&self) -> bool {
        self.input.decision == "working-group"
    }
    fn roles(&self) -> Vec<MemberRole> {
        MemberRole::all()
    }
    fn group_selected(&self, id: &i32) -> bool {
        self.input.group_id == id.to_string()
    }
}

/// The reply template for `decision`, in the submitter's language.
fn reply_template(found: &proposal::Model, decision: &str, group: &str) -> String {
    let locale = proposal_locale(found);
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

/// Terms as typed, or the form's starting ones when none were (the first
/// step, or a decision form from before offers, still open in a tab).
fn terms_or_starting(terms: TermsInput, found: &proposal::Model) -> TermsInput {
    if terms.role.is_empty() && terms.action.is_empty() {
        TermsInput::starting(&found.title)
    } else {
        terms
    }
}

async fn page_for(
    state: &AppState,
    page: Page,
    found: proposal::Model,
    (input, terms): (DecisionInput, TermsInput),
    errors: FieldErrors,
) -> Result<DecidePage, AppError> {
    let mut groups = working_group::Entity::find().all(&state.db).await?;
    groups.sort_by_cached_key(|group| group.name_in(page.locale).to_lowercase());
    let lines = lines_of_work::active(state, page.locale).await?;
    let reply_language = proposal_locale(&found).native_name().to_string();
    Ok(DecidePage {
        page,
        proposal: found.into(),
        input,
        terms,
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
    Query(terms): Query<TermsInput>,
) -> Result<Response, AppError> {
    staff.require_decider()?;
    let found = staff.proposal;
    let terms = terms_or_starting(terms, &found);
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
    let group = group_name(&state, &input, &found).await?;
    if !DECISIONS.contains(&input.decision.as_str()) || !errors.is_empty() {
        input.reply.clear();
    } else if !edited(&found, &input) {
        input.reply = reply_template(&found, &input.decision, &group);
        input.reply_for = input.decision.clone();
        input.reply_group = group;
    }
    render(&page_for(&state, page, found, (input, terms), errors).await?)
}

/// Whether the reply differs from the template it was prepared from.
fn edited(found: &proposal::Model, input: &DecisionInput) -> bool {
    let prepared = reply_template(found, &input.reply_for, &input.reply_group);
    let reply = input.reply.replace("\r\n", "\n");
    !reply.trim().is_empty() && reply.trim() != prepared.trim()
}

/// The language the proposal was sent in, which replies to it use.
fn proposal_locale(found: &proposal::Model) -> Locale {
    Locale::from_code(&found.locale).unwrap_or(Locale::En)
}

/// The group's name as the reply names it: in the proposal's language.
async fn group_name(
    state: &AppState,
    input: &DecisionInput,
    found: &proposal::Model,
) -> Result<String, AppError> {
    if !input.new_group_name.trim().is_empty() {
        return Ok(input.new_group_name.trim().to_string());
    }
    let Ok(id) = input.group_id.parse::<i32>() else {
        return Ok(String::new());
    };
    Ok(working_group::Entity::find_by_id(id)
        .one(&state.db)
        .await?
        .map(|g| g.name_in(proposal_locale(found)).to_string())
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

/// The group chosen (for an invitation) and the offer's terms (unless the
/// answer is "not at this time").
fn check(
    (input, terms): (&DecisionInput, &TermsInput),
    groups: &[working_group::Model],
    lines: &[LineOption],
    errors: &mut FieldErrors,
) -> (GroupChoice, Option<Terms>) {
    if !DECISIONS.contains(&input.decision.as_str()) {
        errors.add("decision", "decision-missing");
    }
    let in_group = input.decision == "working-group";
    let choice = if in_group {
        check_group(input, groups, lines, errors)
    } else {
        GroupChoice::None
    };
    let terms = match input.decision.as_str() {
        "working-group" | "individual-action" => terms.validate(in_group, errors),
        _ => None,
    };
    if let Err(problem) = workflow::message_text(&input.reply) {
        errors.add_text_problem("reply", problem, "decision-reply-missing");
    }
    (choice, terms)
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
    let terms = terms_or_starting(form.parse()?, &found);
    let id = found.id;
    let groups = working_group::Entity::find().all(&state.db).await?;
    let lines = lines_of_work::active(&state, page.locale).await?;
    let mut errors = FieldErrors::new(page.locale);
    let (choice, checked_terms) = check((&input, &terms), &groups, &lines, &mut errors);
    if !errors.is_empty() {
        let decide = page_for(&state, page, found, (input, terms), errors).await?;
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
                line_id: Set(line_id),
                created_at: Set(Utc::now()),
                // Named in the language of the staff who wrote it.
                ..working_group::written_in(page.locale, (name, description))
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
    let mut mailed = reply.clone();
    if let Some(terms) = checked_terms {
        let new = NewOffer {
            sent_by: me.id,
            proposal_id: Some(id),
            user_id: found.submitter_id,
            group_id,
            terms: &terms,
            message: &reply,
        };
        let offer = offers::send(&txn, new).await?;
        workflow::record_event(&txn, id, Some(me.id), None, State::Decided, "offer sent: 1")
            .await?;
        mailed = offer_mail_text(&txn, &found, offer, &reply).await?;
    }
    notify::submitter(&state, &txn, &found, "mail-proposal-decision", &mailed).await?;
    txn.commit().await?;
    state.jobs_wakeup.notify();
    Ok(Redirect::to(&page.link(&format!("/staff/proposals/{id}"))).into_response())
}

/// The message and, after it, the offer's terms in the submitter's language.
pub(super) async fn offer_mail_text(
    db: &impl sea_orm::ConnectionTrait,
    found: &proposal::Model,
    offer: crate::offers::entities::offer::Model,
    message: &str,
) -> Result<String, AppError> {
    let locale = proposal_locale(found);
    let view = OfferView::of(db, offer, locale).await?;
    Ok(format!("{message}\n\n{}", view.summary(locale)))
}
