//! Administration of accounts: find people and change their role. Every
//! change is recorded (who, when, from which role to which).

use askama::Template;
use axum::{
    extract::{Path, Query, State},
    response::{IntoResponse, Redirect, Response},
};
use chrono::Utc;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, sea_query::ExprTrait,
};
use serde::Deserialize;

use super::entities::{role_change, user};
use crate::web::{RequireUser, Role};
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
}

pub struct RoleChangeRow {
    pub user: String,
    pub by: String,
    pub old_role: String,
    pub new_role: String,
    pub at: String,
}

/// One account as the admin list shows it (no password hash, no profile).
#[derive(sea_orm::FromQueryResult)]
pub struct UserRow {
    pub id: i32,
    pub email: String,
    pub full_name: String,
    pub email_verified_at: Option<chrono::DateTime<Utc>>,
    pub role: Role,
}

#[derive(Template)]
#[template(path = "accounts/admin_users.html")]
struct UsersPage {
    page: Page,
    query: String,
    users: Vec<UserRow>,
    changes: Vec<RoleChangeRow>,
    changed: bool,
    me: i32,
}

impl UsersPage {
    fn roles(&self) -> [Role; 4] {
        Role::ALL
    }

    fn role_action(&self, user_id: &i32) -> String {
        self.page.link(&format!("/admin/users/{user_id}/role"))
    }
}

pub async fn show_users(
    State(state): State<AppState>,
    page: Page,
    me: RequireUser,
    Query(search): Query<UserSearch>,
) -> Result<Response, AppError> {
    let mut find = user::Entity::find()
        .select_only()
        .columns([
            user::Column::Id,
            user::Column::Email,
            user::Column::FullName,
            user::Column::EmailVerifiedAt,
            user::Column::Role,
        ])
        .order_by_asc(user::Column::Email)
        .limit(PAGE_SIZE);
    let query = search.q.trim().to_lowercase();
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
    let users = find.into_model::<UserRow>().all(&state.db).await?;
    let changes = recent_changes(&state.db, &page).await?;
    render(&UsersPage {
        page,
        query: search.q,
        users,
        changes,
        changed: search.changed,
        me: me.0.id,
    })
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
            old_role: page.label("role", &c.old_role),
            new_role: page.label("role", &c.new_role),
            at: c.changed_at.format("%Y-%m-%d %H:%M UTC").to_string(),
        })
        .collect())
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct RoleForm {
    role: String,
}

pub async fn change_role(
    State(state): State<AppState>,
    page: Page,
    me: RequireUser,
    Path(user_id): Path<i32>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let RoleForm { role } = form.parse()?;
    let role = Role::from_key(&role).ok_or(AppError::BadRequest)?;
    // An admin cannot demote themselves: the site must keep an admin.
    if user_id == me.0.id && role != Role::Admin {
        return Err(AppError::BadRequest);
    }
    let txn = state.begin_write().await?;
    set_role(&txn, user_id, role, Some(me.0.id)).await?;
    txn.commit().await?;
    Ok(Redirect::to(&page.link("/admin/users?changed=true")).into_response())
}

/// Gives `user_id` the `role` and records the change; nothing happens when
/// the role is already that one.
pub async fn set_role(
    db: &impl ConnectionTrait,
    user_id: i32,
    role: Role,
    changed_by: Option<i32>,
) -> Result<(), AppError> {
    let found = user::Entity::find_by_id(user_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    if found.role == role {
        return Ok(());
    }
    let now = Utc::now();
    let old_role = found.role;
    let mut changed: user::ActiveModel = found.into();
    changed.role = Set(role);
    changed.updated_at = Set(now);
    user::Entity::update(changed).exec(db).await?;
    role_change::Entity::insert(role_change::ActiveModel {
        user_id: Set(Some(user_id)),
        changed_by_id: Set(changed_by),
        old_role: Set(old_role.key().to_string()),
        new_role: Set(role.key().to_string()),
        changed_at: Set(now),
        ..Default::default()
    })
    .exec(db)
    .await?;
    Ok(())
}
