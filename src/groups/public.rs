//! The groups the organisation lists publicly (`/{lang}/groups`), and each
//! group's page. A private group's page exists only for its members and
//! staff: anyone else gets "not found", so its name does not leak.

use askama::Template;
use axum::{
    extract::{Path, State},
    response::Response,
};
use sea_orm::EntityTrait;

use super::{
    entities::{Keyed, Visibility, working_group},
    queries::{self, GroupSummary, Member},
};
use crate::{
    lines_of_work,
    state::AppState,
    web::{AppError, CurrentUser, Page, page::render},
};

#[derive(Template)]
#[template(path = "groups/list.html")]
struct ListPage {
    page: Page,
    groups: Vec<GroupSummary>,
}

pub async fn list(State(state): State<AppState>, page: Page) -> Result<Response, AppError> {
    let groups = queries::summaries(&state.db, page.locale, true).await?;
    render(&ListPage { page, groups })
}

#[derive(Template)]
#[template(path = "groups/group.html")]
struct GroupPage {
    page: Page,
    group: working_group::Model,
    line: Option<String>,
    member_count: usize,
    /// Who is in it: shown to its members and staff only.
    members: Option<Vec<Member>>,
}

pub async fn show(
    State(state): State<AppState>,
    page: Page,
    signed_in: Option<axum::Extension<CurrentUser>>,
    Path(id): Path<i32>,
) -> Result<Response, AppError> {
    let group = working_group::Entity::find_by_id(id)
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let insider = match &signed_in {
        Some(axum::Extension(me)) => {
            !me.roles.is_empty() || queries::is_member(&state.db, id, me.id).await?
        }
        None => false,
    };
    if group.visibility == Visibility::Private && !insider {
        return Err(AppError::NotFound);
    }
    let members = queries::members_of(&state.db, id).await?;
    let lines = lines_of_work::all(&state.db, page.locale).await?;
    render(&GroupPage {
        line: lines
            .into_iter()
            .find(|line| Some(line.id) == group.line_id)
            .map(|line| line.name),
        member_count: members.len(),
        members: insider.then_some(members),
        group,
        page,
    })
}
