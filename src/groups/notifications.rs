//! The mails of a group's discussions: each new post goes to the members
//! who chose so (not to its author), in each one's language, with a signed
//! link that stops them without signing in.

use askama::Template;
use axum::{
    extract::{Path, Query, State},
    response::{IntoResponse, Redirect, Response},
};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, sea_query::Expr};
use serde::Deserialize;

use super::{
    entities::{Notifications, group_member, post, thread, working_group},
    queries,
    workspace::Workspace,
};
use crate::{
    mail,
    people::{directory, mail::to_person},
    state::AppState,
    web::{
        AppError, Page,
        csrf::CheckedForm,
        page::{localized_path, render},
    },
};

/// What the stop link's signature is for.
const PURPOSE: &str = "group-notifications";

pub async fn set(
    db: &impl ConnectionTrait,
    (group_id, user_id): (i32, i32),
    choice: Notifications,
) -> Result<(), AppError> {
    group_member::Entity::update_many()
        .col_expr(group_member::Column::Notifications, Expr::value(choice))
        .filter(group_member::Column::GroupId.eq(group_id))
        .filter(group_member::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Queues the mail of `added` to every member who hears of each post.
pub async fn new_post(
    state: &AppState,
    db: &impl ConnectionTrait,
    (workspace, thread): (&Workspace, &thread::Model),
    added: &post::Model,
) -> Result<(), AppError> {
    let group = &workspace.group;
    let listeners = group_member::Entity::find()
        .filter(group_member::Column::GroupId.eq(group.id))
        .filter(group_member::Column::Notifications.eq(Notifications::Each))
        .filter(group_member::Column::UserId.ne(workspace.me.id))
        .all(db)
        .await?;
    let people = directory::people(db, listeners.iter().map(|m| m.user_id)).await?;
    let path = format!(
        "/groups/{}/discussions/{}#post-{}",
        group.id, thread.id, added.id
    );
    for person in people {
        let stop = stop_link(state, group, person.id, person.locale());
        let args = [
            ("group", group.name.clone().into()),
            ("title", thread.title.clone().into()),
            ("name", workspace.me.full_name.clone().into()),
            ("message", added.body.clone().into()),
            ("stop", stop.into()),
        ];
        let outgoing = to_person(state, &person, ("mail-group-post", &path), &args)?;
        mail::queue(db, &outgoing).await?;
    }
    Ok(())
}

fn stop_link(
    state: &AppState,
    group: &working_group::Model,
    user_id: i32,
    locale: crate::i18n::Locale,
) -> String {
    let signature = state
        .settings
        .secret_key
        .sign(PURPOSE, &signed(group.id, user_id));
    let path = format!(
        "/groups/{}/notifications/stop?user={user_id}&signature={signature}",
        group.id
    );
    state.absolute_url(&localized_path(locale, &path))
}

fn signed(group_id: i32, user_id: i32) -> String {
    format!("{group_id}:{user_id}")
}

/// The stop link's fields.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct StopLink {
    user: i32,
    signature: String,
    done: bool,
}

impl StopLink {
    fn check(&self, state: &AppState, group_id: i32) -> Result<(), AppError> {
        let value = signed(group_id, self.user);
        if state
            .settings
            .secret_key
            .verify(PURPOSE, &value, &self.signature)
        {
            Ok(())
        } else {
            Err(AppError::NotFound)
        }
    }
}

#[derive(Template)]
#[template(path = "groups/stop_mails.html")]
struct StopPage {
    page: Page,
    group: working_group::Model,
    link: StopLink,
}

/// The page the stop link opens: one button, so that a mail program
/// following links by itself stops nothing.
pub async fn show_stop(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<i32>,
    Query(link): Query<StopLink>,
) -> Result<Response, AppError> {
    link.check(&state, id)?;
    let group = queries::find(&state.db, id).await?;
    render(&StopPage { page, group, link })
}

pub async fn stop(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<i32>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let link: StopLink = form.parse()?;
    link.check(&state, id)?;
    set(&state.db, (id, link.user), Notifications::Nothing).await?;
    let path = format!(
        "/groups/{id}/notifications/stop?user={}&signature={}&done=true",
        link.user, link.signature
    );
    Ok(Redirect::to(&page.link(&path)).into_response())
}
