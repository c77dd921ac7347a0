//! Editors run the groups (`/staff/groups`): create them, change what the
//! public sees of them and their stage, and add or remove members. Every
//! change counts as a change of content, so public pages show it at once.

use crate::web::form::SavedQuery;
use std::collections::HashMap;

use askama::Template;
use axum::{
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use chrono::Utc;
use sea_orm::{ActiveValue::Set, EntityTrait};
use serde::Deserialize;

use super::{
    entities::{Keyed, MemberRole, Stage, Visibility, group_member, working_group},
    form::{GroupInput, ValidGroup},
    queries::{self, Activity, GroupSummary, IfMember, Member},
};
use crate::{
    lines_of_work::{self, LineOption},
    people::directory,
    state::AppState,
    web::{
        AppError, Page,
        csrf::CheckedForm,
        form::{FieldErrors, normalize_email},
        page::render,
        page_cache,
        side_by_side::Translated,
    },
};

/// The choices every group form offers.
struct Choices {
    lines: Vec<LineOption>,
}

impl Choices {
    async fn load(state: &AppState, page: &Page) -> Result<Choices, AppError> {
        Ok(Choices {
            lines: lines_of_work::all(&state.db, page.locale).await?,
        })
    }

    fn visibilities(&self) -> Vec<Visibility> {
        Visibility::all()
    }

    fn stages(&self) -> Vec<Stage> {
        Stage::all()
    }

    fn member_roles(&self) -> Vec<MemberRole> {
        MemberRole::all()
    }
}

#[derive(Template)]
#[template(path = "groups/staff_list.html")]
struct ListPage {
    page: Page,
    groups: Vec<GroupSummary>,
    /// Per group, what happened in the last `ACTIVITY_DAYS` days.
    activity: HashMap<i32, Activity>,
    input: GroupInput,
    errors: FieldErrors,
    choices: Choices,
}

pub async fn list(State(state): State<AppState>, page: Page) -> Result<Response, AppError> {
    let errors = FieldErrors::new(page.locale);
    list_page(&state, page, (GroupInput::blank(), errors), StatusCode::OK).await
}

impl ListPage {
    fn activity_of(&self, group_id: &i32) -> Activity {
        self.activity.get(group_id).copied().unwrap_or_default()
    }
}

/// What the activity column counts back to.
const ACTIVITY_DAYS: i64 = 30;

/// Every group with its activity, and the form creating one (as typed).
async fn list_page(
    state: &AppState,
    page: Page,
    (input, errors): (GroupInput, FieldErrors),
    status: StatusCode,
) -> Result<Response, AppError> {
    let groups = queries::summaries(&state.db, page.locale, false).await?;
    let since = Utc::now() - chrono::Duration::days(ACTIVITY_DAYS);
    let activity = queries::activity_since(&state.db, since).await?;
    let choices = Choices::load(state, &page).await?;
    let body = render(&ListPage {
        page,
        groups,
        activity,
        input,
        errors,
        choices,
    })?;
    Ok((status, body).into_response())
}

pub async fn create(
    State(state): State<AppState>,
    page: Page,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let input: GroupInput = form.parse()?;
    let choices = Choices::load(&state, &page).await?;
    let mut errors = FieldErrors::new(page.locale);
    let Some(valid) = input.validate(&choices.lines, &mut errors) else {
        let status = StatusCode::UNPROCESSABLE_ENTITY;
        return list_page(&state, page, (input, errors), status).await;
    };
    let txn = state.begin_write().await?;
    let mut group = active_model(valid);
    group.created_at = Set(Utc::now());
    let id = working_group::Entity::insert(group)
        .exec(&txn)
        .await?
        .last_insert_id;
    page_cache::commit_change(&state, txn).await?;
    Ok(saved(&page, id))
}

fn active_model(valid: ValidGroup) -> working_group::ActiveModel {
    working_group::ActiveModel {
        line_id: Set(valid.line_id),
        coordinating_organisation: Set(valid.coordinating_organisation),
        visibility: Set(valid.visibility),
        stage: Set(valid.stage),
        ..working_group::with_texts(valid.texts)
    }
}

fn saved(page: &Page, id: i32) -> Response {
    Redirect::to(&page.link(&format!("/staff/groups/{id}?saved=true"))).into_response()
}

#[derive(Template)]
#[template(path = "groups/staff_group.html")]
struct GroupPage {
    page: Page,
    group: working_group::Model,
    input: GroupInput,
    members: Vec<Member>,
    /// What was typed into the form adding a member.
    new_member: NewMember,
    errors: FieldErrors,
    choices: Choices,
    saved: bool,
}

impl GroupPage {
    fn members_action(&self) -> String {
        self.page
            .link(&format!("/staff/groups/{}/members", self.group.id))
    }

    fn remove_action(&self, user_id: &i32) -> String {
        let group = self.group.id;
        self.page
            .link(&format!("/staff/groups/{group}/members/{user_id}/remove"))
    }
}

pub async fn show(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<i32>,
    Query(query): Query<SavedQuery>,
) -> Result<Response, AppError> {
    let group = queries::find(&state.db, id).await?;
    let choices = Choices::load(&state, &page).await?;
    let input = GroupInput::of(&group, &choices.lines);
    let errors = FieldErrors::new(page.locale);
    let parts = GroupParts {
        group,
        input,
        new_member: NewMember::default(),
        errors,
        choices,
    };
    group_page(&state, page, parts, query.saved, StatusCode::OK).await
}

/// What the group's page shows besides its members.
struct GroupParts {
    group: working_group::Model,
    input: GroupInput,
    new_member: NewMember,
    errors: FieldErrors,
    choices: Choices,
}

async fn group_page(
    state: &AppState,
    page: Page,
    parts: GroupParts,
    saved: bool,
    status: StatusCode,
) -> Result<Response, AppError> {
    let members = queries::members_of(&state.db, parts.group.id).await?;
    let body = render(&GroupPage {
        page,
        group: parts.group,
        input: parts.input,
        members,
        new_member: parts.new_member,
        errors: parts.errors,
        choices: parts.choices,
        saved,
    })?;
    Ok((status, body).into_response())
}

pub async fn update(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<i32>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let group = queries::find(&state.db, id).await?;
    let input: GroupInput = form.parse()?;
    let choices = Choices::load(&state, &page).await?;
    let mut errors = FieldErrors::new(page.locale);
    let Some(valid) = input.validate(&choices.lines, &mut errors) else {
        let parts = GroupParts {
            group,
            input,
            new_member: NewMember::default(),
            errors,
            choices,
        };
        let status = StatusCode::UNPROCESSABLE_ENTITY;
        return group_page(&state, page, parts, false, status).await;
    };
    let txn = state.begin_write().await?;
    let mut changed = active_model(valid);
    changed.id = Set(id);
    working_group::Entity::update(changed).exec(&txn).await?;
    page_cache::commit_change(&state, txn).await?;
    Ok(saved(&page, id))
}

/// The form adding a member, as typed.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NewMember {
    pub email: String,
    pub role: String,
}

/// Adds the person with a confirmed account at the typed address, or
/// changes their role if they are in the group already.
pub async fn add_member(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<i32>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let group = queries::find(&state.db, id).await?;
    let typed: NewMember = form.parse()?;
    let mut errors = FieldErrors::new(page.locale);
    let role = MemberRole::from_key(&typed.role);
    if role.is_none() {
        errors.add("member_role", "groups-choice-unknown");
    }
    let person = match normalize_email(&typed.email) {
        Some(email) => directory::confirmed_with_email(&state.db, &email).await?,
        None => None,
    };
    if person.is_none() {
        errors.add("member_email", "groups-member-unknown");
    }
    let (Some(person), Some(role)) = (person, role) else {
        let choices = Choices::load(&state, &page).await?;
        let parts = GroupParts {
            input: GroupInput::of(&group, &choices.lines),
            group,
            new_member: typed,
            errors,
            choices,
        };
        let status = StatusCode::UNPROCESSABLE_ENTITY;
        return group_page(&state, page, parts, false, status).await;
    };
    let txn = state.begin_write().await?;
    queries::enrol(&txn, (id, person.id), role, IfMember::ChangeRole).await?;
    page_cache::commit_change(&state, txn).await?;
    Ok(saved(&page, id))
}

pub async fn remove_member(
    State(state): State<AppState>,
    page: Page,
    Path((id, user_id)): Path<(i32, i32)>,
    _form: CheckedForm,
) -> Result<Response, AppError> {
    let txn = state.begin_write().await?;
    group_member::Entity::delete_by_id((id, user_id))
        .exec(&txn)
        .await?;
    page_cache::commit_change(&state, txn).await?;
    Ok(saved(&page, id))
}
