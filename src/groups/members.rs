//! A group's members as its members see them (`/groups/{id}/members`):
//! everyone's name and role, and what each agreed to show besides (their
//! profile, their address), which each member chooses for themselves.
//! Coordinators and editors change members' roles and take members out
//! here, never leaving a group that has a coordinator without one (editors
//! may still do so on the staff pages, when a group must be handed over).

use askama::Template;
use axum::{
    extract::{Path, Query, State},
    response::{IntoResponse, Redirect, Response},
};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QuerySelect,
    sea_query::Expr,
};
use serde::Deserialize;

use super::{
    entities::{Keyed, MemberRole, Shown, group_member, working_group},
    workspace::Workspace,
};
use crate::{
    people::directory::{self, Found},
    state::AppState,
    web::{AppError, Page, csrf::CheckedForm, page::render, page_cache},
};

/// A member as the others see them.
pub struct MemberCard {
    pub user_id: i32,
    pub role: MemberRole,
    pub shown: Shown,
    /// Their profile; only its name is shown unless they agreed to more.
    pub profile: Found,
    /// Their address, when they agreed to show it.
    pub email: Option<String>,
}

impl MemberCard {
    pub fn shows_profile(&self) -> bool {
        self.shown != Shown::NameOnly
    }
}

#[derive(Template)]
#[template(path = "groups/members.html")]
struct MembersPage {
    page: Page,
    group: working_group::Model,
    members: Vec<MemberCard>,
    /// The reader's own choice, if they are a member.
    my_choice: Option<Shown>,
    may_manage: bool,
    notice: Option<&'static str>,
}

impl MembersPage {
    fn shown_choices(&self) -> Vec<Shown> {
        Shown::all()
    }

    fn role_choices(&self) -> Vec<MemberRole> {
        MemberRole::all()
    }

    fn action(&self, user_id: &i32, what: &str) -> String {
        let group = self.group.id;
        self.page
            .link(&format!("/groups/{group}/members/{user_id}/{what}"))
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Done {
    done: String,
}

pub async fn list(
    State(state): State<AppState>,
    page: Page,
    workspace: Workspace,
    Query(Done { done }): Query<Done>,
) -> Result<Response, AppError> {
    let notice = match done.as_str() {
        "saved" => Some("members-saved"),
        "last-coordinator" => Some("members-last-coordinator"),
        _ => None,
    };
    let members = cards(&state.db, workspace.group.id).await?;
    render(&MembersPage {
        my_choice: workspace.membership.as_ref().map(|m| m.shown),
        may_manage: workspace.may_coordinate() && !workspace.is_archive(),
        group: workspace.group,
        members,
        notice,
        page,
    })
}

/// The group's members, coordinators first, then by name.
async fn cards(db: &impl ConnectionTrait, group_id: i32) -> Result<Vec<MemberCard>, AppError> {
    let rows = group_member::Entity::find()
        .filter(group_member::Column::GroupId.eq(group_id))
        .all(db)
        .await?;
    let mut profiles = directory::profiles(db, rows.iter().map(|row| row.user_id)).await?;
    let people = directory::people(db, rows.iter().map(|row| row.user_id)).await?;
    let mut members: Vec<MemberCard> = rows
        .into_iter()
        .filter_map(|row| {
            let at = profiles.iter().position(|p| p.id == row.user_id)?;
            let email = (row.shown == Shown::Contact)
                .then(|| people.iter().find(|p| p.id == row.user_id))
                .flatten()
                .map(|person| person.email.clone());
            Some(MemberCard {
                user_id: row.user_id,
                role: row.role,
                shown: row.shown,
                profile: profiles.swap_remove(at),
                email,
            })
        })
        .collect();
    members.sort_by(|a, b| {
        let key = |m: &MemberCard| {
            (
                m.role != MemberRole::Coordinator,
                m.profile.full_name.to_lowercase(),
            )
        };
        key(a).cmp(&key(b))
    });
    Ok(members)
}

fn back(page: &Page, group_id: i32, done: &str) -> Response {
    let path = format!("/groups/{group_id}/members?done={done}");
    Redirect::to(&page.link(&path)).into_response()
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ShownForm {
    shown: String,
}

/// A member chooses what the others see of them.
pub async fn choose_shown(
    State(state): State<AppState>,
    page: Page,
    workspace: Workspace,
    form: CheckedForm,
) -> Result<Response, AppError> {
    if workspace.membership.is_none() {
        return Err(AppError::NotFound);
    }
    let ShownForm { shown } = form.parse()?;
    let shown = Shown::from_key(&shown).ok_or(AppError::BadRequest)?;
    group_member::Entity::update_many()
        .col_expr(group_member::Column::Shown, Expr::value(shown))
        .filter(group_member::Column::GroupId.eq(workspace.group.id))
        .filter(group_member::Column::UserId.eq(workspace.me.id))
        .exec(&state.db)
        .await?;
    Ok(back(&page, workspace.group.id, "saved"))
}

/// Only coordinators and editors manage members, while the group is open.
fn require_manager(workspace: &Workspace) -> Result<(), AppError> {
    workspace.require_open()?;
    if workspace.may_coordinate() {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// The member named by the route, in the workspace's group (or 404).
async fn find_member(
    db: &impl ConnectionTrait,
    workspace: &Workspace,
    user_id: i32,
) -> Result<group_member::Model, AppError> {
    group_member::Entity::find_by_id((workspace.group.id, user_id))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// Whether `member` is the group's only coordinator: they stay one. The
/// group's row is locked first (on PostgreSQL; SQLite has one writer), so
/// two coordinators taking each other out at once cannot both pass.
async fn is_last_coordinator(
    db: &impl ConnectionTrait,
    member: &group_member::Model,
) -> Result<bool, AppError> {
    working_group::Entity::find_by_id(member.group_id)
        .lock_exclusive()
        .one(db)
        .await?;
    if member.role != MemberRole::Coordinator {
        return Ok(false);
    }
    let coordinators = group_member::Entity::find()
        .filter(group_member::Column::GroupId.eq(member.group_id))
        .filter(group_member::Column::Role.eq(MemberRole::Coordinator))
        .count(db)
        .await?;
    Ok(coordinators <= 1)
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct RoleForm {
    role: String,
}

pub async fn change_role(
    State(state): State<AppState>,
    page: Page,
    workspace: Workspace,
    Path((_, user_id)): Path<(i32, i32)>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    require_manager(&workspace)?;
    let RoleForm { role } = form.parse()?;
    let role = MemberRole::from_key(&role).ok_or(AppError::BadRequest)?;
    let txn = state.begin_write().await?;
    let member = find_member(&txn, &workspace, user_id).await?;
    if role != MemberRole::Coordinator && is_last_coordinator(&txn, &member).await? {
        return Ok(back(&page, workspace.group.id, "last-coordinator"));
    }
    group_member::Entity::update_many()
        .col_expr(group_member::Column::Role, Expr::value(role))
        .filter(group_member::Column::GroupId.eq(member.group_id))
        .filter(group_member::Column::UserId.eq(member.user_id))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(back(&page, workspace.group.id, "saved"))
}

pub async fn remove(
    State(state): State<AppState>,
    page: Page,
    workspace: Workspace,
    Path((_, user_id)): Path<(i32, i32)>,
    _form: CheckedForm,
) -> Result<Response, AppError> {
    require_manager(&workspace)?;
    let txn = state.begin_write().await?;
    let member = find_member(&txn, &workspace, user_id).await?;
    if is_last_coordinator(&txn, &member).await? {
        return Ok(back(&page, workspace.group.id, "last-coordinator"));
    }
    group_member::Entity::delete_by_id((member.group_id, member.user_id))
        .exec(&txn)
        .await?;
    // The group's public page counts its members.
    page_cache::commit_change(&state, txn).await?;
    Ok(back(&page, workspace.group.id, "saved"))
}
