//! Administration of accounts: find people and change their roles. Every
//! change is recorded (who, when, from which roles to which), and the site
//! always keeps an administrator.

use askama::Template;
use axum::{
    extract::{Path, Query, State},
    response::{IntoResponse, Redirect, Response},
};
use chrono::Utc;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, sea_query::ExprTrait,
};
use serde::Deserialize;

use super::entities::{role_change, user, user_role};
use crate::people::directory;
use crate::web::{RequireUser, Role, Roles};
use crate::{
    state::AppState,
    web::{AppError, Page, csrf::CheckedForm, page::render},
};

const PAGE_SIZE: u64 = 50;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct UserSearch {
    q: String,
    changed: bool,
    /// Why the last change was refused, if it was.
    refused: String,
}

pub struct RoleChangeRow {
    pub user: String,
    pub by: String,
    pub old_roles: String,
    pub new_roles: String,
    pub at: String,
}

/// One account as the admin list shows it (no password hash, no profile).
#[derive(sea_orm::FromQueryResult)]
struct Account {
    id: i32,
    email: String,
    full_name: String,
    email_verified_at: Option<chrono::DateTime<Utc>>,
}

pub struct UserRow {
    pub id: i32,
    pub email: String,
    pub full_name: String,
    pub confirmed: bool,
    pub roles: Roles,
}

#[derive(Template)]
#[template(path = "accounts/admin_users.html")]
struct UsersPage {
    page: Page,
    query: String,
    users: Vec<UserRow>,
    changes: Vec<RoleChangeRow>,
    changed: bool,
    refused_last_admin: bool,
    me: i32,
}

impl UsersPage {
    fn roles(&self) -> [Role; 3] {
        Role::ALL
    }

    fn roles_action(&self, user_id: &i32) -> String {
        self.page.link(&format!("/admin/users/{user_id}/roles"))
    }
}

pub async fn show_users(
    State(state): State<AppState>,
    page: Page,
    me: RequireUser,
    Query(search): Query<UserSearch>,
) -> Result<Response, AppError> {
    let users = find_users(&state.db, &search.q).await?;
    let changes = recent_changes(&state.db, &page).await?;
    render(&UsersPage {
        page,
        query: search.q,
        users,
        changes,
        changed: search.changed,
        refused_last_admin: search.refused == "last-admin",
        me: me.0.id,
    })
}

/// The first accounts whose address or name contains `query`, with their
/// roles.
async fn find_users(db: &impl ConnectionTrait, query: &str) -> Result<Vec<UserRow>, AppError> {
    let mut find = user::Entity::find()
        .select_only()
        .columns([
            user::Column::Id,
            user::Column::Email,
            user::Column::FullName,
            user::Column::EmailVerifiedAt,
        ])
        .order_by_asc(user::Column::Email)
        .limit(PAGE_SIZE);
    let query = query.trim().to_lowercase();
    if !query.is_empty() {
        let pattern = crate::db::contains(&query);
        find = find.filter(
            Condition::any()
                .add(sea_orm::sea_query::Expr::col(user::Column::Email).like(pattern.clone()))
                .add(
                    sea_orm::sea_query::Func::lower(sea_orm::sea_query::Expr::col(
                        user::Column::FullName,
                    ))
                    .like(pattern),
                ),
        );
    }
    let accounts = find.into_model::<Account>().all(db).await?;
    let mut roles = directory::roles_of_each(db, accounts.iter().map(|account| account.id)).await?;
    Ok(accounts
        .into_iter()
        .map(|account| UserRow {
            roles: roles.remove(&account.id).unwrap_or_default(),
            id: account.id,
            email: account.email,
            full_name: account.full_name,
            confirmed: account.email_verified_at.is_some(),
        })
        .collect())
}

async fn recent_changes(
    db: &impl ConnectionTrait,
    page: &Page,
) -> Result<Vec<RoleChangeRow>, AppError> {
    let changes = role_change::Entity::find()
        .order_by_desc(role_change::Column::Id)
        .limit(20)
        .all(db)
        .await?;
    let ids: Vec<i32> = changes
        .iter()
        .flat_map(|c| [c.user_id, c.changed_by_id])
        .flatten()
        .collect();
    let people = user::Entity::find()
        .filter(user::Column::Id.is_in(ids))
        .all(db)
        .await?;
    let name_of = |id: Option<i32>, missing: &str| {
        id.and_then(|id| people.iter().find(|u| u.id == id))
            .map_or_else(
                || page.t(missing),
                |u| format!("{} <{}>", u.full_name, u.email),
            )
    };
    Ok(changes
        .iter()
        .map(|c| RoleChangeRow {
            user: name_of(c.user_id, "admin-deleted-account"),
            by: name_of(c.changed_by_id, "admin-command-line"),
            old_roles: page.roles_label(&Roles::parse(&c.old_role)),
            new_roles: page.roles_label(&Roles::parse(&c.new_role)),
            at: c.changed_at.format("%Y-%m-%d %H:%M UTC").to_string(),
        })
        .collect())
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct RolesForm {
    /// The keys of the boxes left ticked.
    roles: Vec<String>,
    /// The search the list was showing, to come back to it.
    q: String,
}

pub async fn change_roles(
    State(state): State<AppState>,
    page: Page,
    me: RequireUser,
    Path(user_id): Path<i32>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let RolesForm { roles, q } = form.parse()?;
    let roles = roles
        .iter()
        .map(|key| Role::from_key(key).ok_or(AppError::BadRequest))
        .collect::<Result<Roles, AppError>>()?;
    let txn = state.begin_write().await?;
    let outcome = set_roles(&txn, user_id, roles, Some(me.0.id)).await?;
    txn.commit().await?;
    let said = match outcome {
        RolesChange::LastAdmin => "&refused=last-admin",
        RolesChange::Changed => "&changed=true",
        RolesChange::Unchanged => "",
    };
    let q: String = url::form_urlencoded::byte_serialize(q.as_bytes()).collect();
    Ok(Redirect::to(&page.link(&format!("/admin/users?q={q}{said}"))).into_response())
}

/// What `set_roles` did.
#[derive(Debug, PartialEq, Eq)]
pub enum RolesChange {
    Changed,
    Unchanged,
    /// Refused: it would have left the site without an administrator.
    LastAdmin,
}

/// Gives `user_id` exactly `roles` and records the change, unless it would
/// take the admin role from the site's last administrator.
pub async fn set_roles(
    db: &impl ConnectionTrait,
    user_id: i32,
    roles: Roles,
    changed_by: Option<i32>,
) -> Result<RolesChange, AppError> {
    user::Entity::find_by_id(user_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    // The check locks the admins' rows first, so the roles read after it
    // are the ones this change replaces.
    if !roles.has(Role::Admin) && is_last_admin(db, user_id).await? {
        return Ok(RolesChange::LastAdmin);
    }
    let old = roles_of(db, user_id).await?;
    if old == roles {
        return Ok(RolesChange::Unchanged);
    }
    user_role::Entity::delete_many()
        .filter(user_role::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    if !roles.is_empty() {
        user_role::Entity::insert_many(roles.iter().map(|role| user_role::ActiveModel {
            user_id: Set(user_id),
            role: Set(role),
        }))
        .exec_without_returning(db)
        .await?;
    }
    role_change::Entity::insert(role_change::ActiveModel {
        user_id: Set(Some(user_id)),
        changed_by_id: Set(changed_by),
        old_role: Set(old.keys()),
        new_role: Set(roles.keys()),
        changed_at: Set(Utc::now()),
        ..Default::default()
    })
    .exec(db)
    .await?;
    Ok(RolesChange::Changed)
}

/// The roles `user_id` holds.
pub async fn roles_of(db: &impl ConnectionTrait, user_id: i32) -> Result<Roles, DbErr> {
    let mut roles = directory::roles_of_each(db, [user_id]).await?;
    Ok(roles.remove(&user_id).unwrap_or_default())
}

/// Whether `user_id` is an administrator and the only one. The admins' rows are
/// locked until the transaction ends (on PostgreSQL; SQLite has a single
/// writer), so two admins taking the role from each other at the same
/// moment cannot both succeed.
pub async fn is_last_admin(db: &impl ConnectionTrait, user_id: i32) -> Result<bool, DbErr> {
    let admins = user_role::Entity::find()
        .filter(user_role::Column::Role.eq(Role::Admin))
        .lock_exclusive()
        .all(db)
        .await?;
    let is_me = |held: &user_role::Model| held.user_id == user_id;
    Ok(admins.iter().any(is_me) && admins.iter().all(is_me))
}
