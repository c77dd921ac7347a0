//! A member asks to join a publicly listed group that is not closed, with
//! a few words about why. The group's coordinators are told by mail (the
//! editors, while it has none) and answer on the group's page, as editors
//! may too. Accepting makes the person a member at once; either answer is
//! mailed to them in their language.

use axum::{
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use chrono::Utc;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    sea_query::OnConflict,
};
use serde::Deserialize;

use super::{
    entities::{MemberRole, Stage, Visibility, group_member, join_request, working_group},
    public::{GroupForm, group_page},
    queries::{self, IfMember},
};
use crate::{
    mail,
    people::{
        directory::{self, Person},
        mail::to_person,
    },
    state::AppState,
    web::{
        AppError, CurrentUser, Page, RequireUser, Role,
        csrf::CheckedForm,
        form::{FieldErrors, TextBounds},
        page::render,
        page_cache,
    },
};

const MESSAGE: TextBounds = TextBounds { min: 0, max: 1000 };

/// A request waiting for an answer, as the group's page lists it.
pub struct Request {
    pub user_id: i32,
    pub full_name: String,
    pub message: String,
}

/// Whether the group takes requests: listed publicly and not closed.
pub fn takes_requests(group: &working_group::Model) -> bool {
    group.visibility == Visibility::Public && group.stage != Stage::Closed
}

/// Whether `me` answers the group's requests: its coordinators and editors.
pub fn may_answer(me: &CurrentUser, role_in_group: Option<MemberRole>) -> bool {
    me.roles.has(Role::Editor) || role_in_group == Some(MemberRole::Coordinator)
}

pub async fn has_asked(
    db: &impl ConnectionTrait,
    group_id: i32,
    user_id: i32,
) -> Result<bool, DbErr> {
    Ok(join_request::Entity::find_by_id((group_id, user_id))
        .one(db)
        .await?
        .is_some())
}

/// The group's requests, oldest first, from people who still have an account.
pub async fn waiting(db: &impl ConnectionTrait, group_id: i32) -> Result<Vec<Request>, DbErr> {
    let rows = join_request::Entity::find()
        .filter(join_request::Column::GroupId.eq(group_id))
        .order_by_asc(join_request::Column::CreatedAt)
        .all(db)
        .await?;
    let people = directory::people(db, rows.iter().map(|row| row.user_id)).await?;
    Ok(rows
        .into_iter()
        .filter_map(|row| {
            let person = people.iter().find(|person| person.id == row.user_id)?;
            Some(Request {
                user_id: row.user_id,
                full_name: person.full_name.clone(),
                message: row.message,
            })
        })
        .collect())
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct AskForm {
    message: String,
}

pub async fn ask(
    State(state): State<AppState>,
    page: Page,
    RequireUser(me): RequireUser,
    Path(id): Path<i32>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let AskForm { message } = form.parse()?;
    let group = queries::find(&state.db, id).await?;
    if queries::membership(&state.db, (id, me.id)).await?.is_some() {
        // A member already: nothing to ask.
        return Ok(back_to_group(&page, id, ""));
    }
    if !takes_requests(&group) {
        // Private groups stay unknown; closed ones take nobody in.
        return Err(match group.visibility {
            Visibility::Private => AppError::NotFound,
            Visibility::Public => AppError::Conflict,
        });
    }
    let mut errors = FieldErrors::new(page.locale);
    let Some(message) = errors.checked_text("message", &message, MESSAGE, "") else {
        let form = GroupForm {
            message,
            errors: Some(errors),
            notice: None,
        };
        let refused = group_page(&state, page, Some(&me), id, form).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&refused)?).into_response());
    };
    let txn = state.begin_write().await?;
    let inserted = join_request::Entity::insert(join_request::ActiveModel {
        group_id: Set(id),
        user_id: Set(me.id),
        message: Set(message.clone()),
        created_at: Set(Utc::now()),
    })
    .on_conflict(
        OnConflict::columns([join_request::Column::GroupId, join_request::Column::UserId])
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(&txn)
    .await?;
    if inserted > 0 {
        for answerer in answerers(&txn, id).await? {
            let args = [
                ("name", me.full_name.clone().into()),
                ("group", group.name_in(answerer.locale()).to_string().into()),
                ("message", message.clone().into()),
            ];
            let outgoing = to_person(
                &state,
                &answerer,
                ("mail-group-join-asked", &group_path(id)),
                &args,
            )?;
            mail::queue(&txn, &outgoing).await?;
        }
    }
    txn.commit().await?;
    state.jobs_wakeup.notify();
    Ok(back_to_group(&page, id, "asked"))
}

/// Who hears of a request: the group's coordinators, or the editors while
/// it has none.
async fn answerers(db: &impl ConnectionTrait, group_id: i32) -> Result<Vec<Person>, DbErr> {
    let coordinators = group_member::Entity::find()
        .filter(group_member::Column::GroupId.eq(group_id))
        .filter(group_member::Column::Role.eq(MemberRole::Coordinator))
        .all(db)
        .await?;
    if coordinators.is_empty() {
        return directory::holding(db, Role::Editor).await;
    }
    directory::people(db, coordinators.iter().map(|c| c.user_id)).await
}

pub async fn accept(
    State(state): State<AppState>,
    page: Page,
    RequireUser(me): RequireUser,
    Path((id, user_id)): Path<(i32, i32)>,
    _form: CheckedForm,
) -> Result<Response, AppError> {
    answer(&state, &page, &me, (id, user_id), true).await
}

pub async fn decline(
    State(state): State<AppState>,
    page: Page,
    RequireUser(me): RequireUser,
    Path((id, user_id)): Path<(i32, i32)>,
    _form: CheckedForm,
) -> Result<Response, AppError> {
    answer(&state, &page, &me, (id, user_id), false).await
}

/// Answers the request of `user_id` to join `id`; a request answered
/// meanwhile (a double click, another coordinator) is a conflict.
async fn answer(
    state: &AppState,
    page: &Page,
    me: &CurrentUser,
    (id, user_id): (i32, i32),
    accepted: bool,
) -> Result<Response, AppError> {
    let group = queries::find(&state.db, id).await?;
    let membership = queries::membership(&state.db, (id, me.id)).await?;
    if !may_answer(me, membership.as_ref().map(|m| m.role)) {
        // Outsiders learn nothing of a private group, not even that it exists.
        let outsider = membership.is_none() && me.roles.is_empty();
        return Err(if group.visibility == Visibility::Private && outsider {
            AppError::NotFound
        } else {
            AppError::Forbidden
        });
    }
    if accepted && !takes_requests(&group) {
        // Closed (or made private) since: nobody joins this way now.
        return Err(AppError::Conflict);
    }
    let txn = state.begin_write().await?;
    let removed = join_request::Entity::delete_by_id((id, user_id))
        .exec(&txn)
        .await?;
    if removed.rows_affected == 0 {
        return Err(AppError::Conflict);
    }
    if accepted {
        let role = MemberRole::Member;
        queries::enrol(&txn, (id, user_id), role, IfMember::KeepRole).await?;
    }
    if let Some(person) = directory::person(&txn, user_id).await? {
        let key = if accepted {
            "mail-group-join-accepted"
        } else {
            "mail-group-join-declined"
        };
        let args = [("group", group.name_in(person.locale()).to_string().into())];
        let outgoing = to_person(state, &person, (key, &group_path(id)), &args)?;
        mail::queue(&txn, &outgoing).await?;
    }
    page_cache::commit_change(state, txn).await?;
    state.jobs_wakeup.notify();
    Ok(back_to_group(page, id, "answered"))
}

fn back_to_group(page: &Page, id: i32, done: &str) -> Response {
    let query = if done.is_empty() {
        String::new()
    } else {
        format!("?done={done}")
    };
    Redirect::to(&page.link(&format!("/groups/{id}{query}"))).into_response()
}

fn group_path(id: i32) -> String {
    format!("/groups/{id}")
}
