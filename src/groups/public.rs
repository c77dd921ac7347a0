//! The groups the organisation lists publicly (`/{lang}/groups`), and each
//! group's page. A private group's page exists only for its members and
//! staff: anyone else gets "not found", so its name does not leak.

use askama::Template;
use axum::{
    extract::{Path, Query, State},
    response::Response,
};
use sea_orm::EntityTrait;
use serde::Deserialize;

use super::{
    documents,
    entities::{Keyed, Visibility, working_group},
    joining::{self, Request},
    queries::{self, GroupSummary, Member},
};
use crate::{
    lines_of_work,
    state::AppState,
    web::{AppError, CurrentUser, Page, form::FieldErrors, page::render},
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
pub struct GroupPage {
    page: Page,
    group: working_group::Model,
    line: Option<String>,
    member_count: usize,
    /// Who is in it: shown to its members and staff only.
    members: Option<Vec<Member>>,
    /// What the signed-in visitor may do about joining.
    joining: Joining,
    /// The requests waiting, for those who answer them.
    requests: Vec<Request>,
    /// The message typed into the request form, shown again with `errors`.
    message: String,
    errors: FieldErrors,
    notice: Option<&'static str>,
    /// The documents marked as the group's outputs, for everyone (listed
    /// groups only).
    outputs: Vec<documents::Listed>,
}

impl GroupPage {
    fn join_action(&self) -> String {
        self.page.link(&format!("/groups/{}/join", self.group.id))
    }

    /// Where the answer `verdict` ("accept" or "decline") to a request goes.
    fn answer_action(&self, user_id: &i32, verdict: &str) -> String {
        let group = self.group.id;
        self.page
            .link(&format!("/groups/{group}/requests/{user_id}/{verdict}"))
    }
}

/// Where the signed-in visitor stands with a group.
#[derive(PartialEq)]
pub enum Joining {
    /// Not signed in, a member already, or the group takes nobody in.
    Nothing,
    /// May ask to join.
    MayAsk,
    /// Has asked; the answer has not come.
    Waiting,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct GroupQuery {
    /// Set after a request or an answer, to say it was done.
    done: String,
}

pub async fn show(
    State(state): State<AppState>,
    page: Page,
    signed_in: Option<axum::Extension<CurrentUser>>,
    Path(id): Path<i32>,
    Query(query): Query<GroupQuery>,
) -> Result<Response, AppError> {
    let me = signed_in.map(|axum::Extension(me)| me);
    let notice = match query.done.as_str() {
        "asked" => Some("groups-join-asked"),
        "answered" => Some("groups-join-answered"),
        _ => None,
    };
    let page = group_page(&state, page, me.as_ref(), id, GroupForm::new(notice)).await?;
    render(&page)
}

/// The request form as typed, and what to say above the page.
pub struct GroupForm {
    pub message: String,
    pub errors: Option<FieldErrors>,
    pub notice: Option<&'static str>,
}

impl GroupForm {
    fn new(notice: Option<&'static str>) -> GroupForm {
        GroupForm {
            message: String::new(),
            errors: None,
            notice,
        }
    }
}

/// The group's page as `me` (if signed in) may see it; "not found" for a
/// private group they have no part in.
pub async fn group_page(
    state: &AppState,
    page: Page,
    me: Option<&CurrentUser>,
    id: i32,
    form: GroupForm,
) -> Result<GroupPage, AppError> {
    let group = working_group::Entity::find_by_id(id)
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let members = queries::members_of(&state.db, id).await?;
    let membership = me.and_then(|me| members.iter().find(|m| m.user_id == me.id));
    let is_staff = me.is_some_and(|me| !me.roles.is_empty());
    let insider = is_staff || membership.is_some();
    if group.visibility == Visibility::Private && !insider {
        return Err(AppError::NotFound);
    }
    let answers = me.is_some_and(|me| joining::may_answer(me, membership.map(|m| m.role)));
    let requests = if answers {
        joining::waiting(&state.db, id).await?
    } else {
        Vec::new()
    };
    let joining = match me {
        Some(me) if membership.is_none() && joining::takes_requests(&group) => {
            if joining::has_asked(&state.db, id, me.id).await? {
                Joining::Waiting
            } else {
                Joining::MayAsk
            }
        }
        _ => Joining::Nothing,
    };
    let lines = lines_of_work::all(&state.db, page.locale).await?;
    let outputs = if group.visibility == Visibility::Public {
        documents::listed(&state.db, &page, id, true).await?
    } else {
        Vec::new()
    };
    Ok(GroupPage {
        outputs,
        line: lines
            .into_iter()
            .find(|line| Some(line.id) == group.line_id)
            .map(|line| line.name),
        member_count: members.len(),
        members: insider.then_some(members),
        joining,
        requests,
        message: form.message,
        errors: form.errors.unwrap_or_else(|| FieldErrors::new(page.locale)),
        notice: form.notice,
        group,
        page,
    })
}
