//! The staff's queue of technical-assistance requests (`/staff/assistance`):
//! open requests first (new, in progress), filters by state and by who took
//! them up; a request's page with everything the requester gave, who handles
//! it and its state, and what the staff wrote: replies mailed to the
//! requester in their language (which mark it answered), and notes among
//! themselves.

use std::collections::BTreeMap;

use askama::Template;
use axum::{
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use chrono::Utc;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, sea_query::Expr,
};
use serde::Deserialize;

use super::{
    country_name,
    entities::{State as RequestState, reply, request},
    language_name,
};
use crate::{
    db::Keyed,
    i18n::Locale,
    mail,
    people::directory::{self, Person},
    safeguarding::{Subject, reveal},
    state::AppState,
    web::{
        AppError, Page, Role,
        csrf::CheckedForm,
        form::{FieldErrors, TextBounds},
        page::render,
    },
};

/// Requests listed on one page of the queue: the newest this many.
const LISTED: u64 = 200;
const REPLY: TextBounds = TextBounds {
    min: 2,
    max: 10_000,
};

/// `?state=&mine=yes`: a state's key, `all`, or empty for the open ones.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Filters {
    state: String,
    mine: String,
}

impl Filters {
    fn states(&self) -> Vec<RequestState> {
        match (self.state.as_str(), RequestState::from_key(&self.state)) {
            ("all", _) => RequestState::all(),
            (_, Some(state)) => vec![state],
            _ => RequestState::OPEN.to_vec(),
        }
    }

    fn mine(&self) -> bool {
        self.mine == "yes"
    }
}

/// A request as the queue lists it.
struct Listed {
    request: request::Model,
    assignee: Option<String>,
}

#[derive(Template)]
#[template(path = "assistance/queue.html")]
struct QueuePage {
    page: Page,
    filters: Filters,
    requests: Vec<Listed>,
    /// How many requests each state holds.
    counts: Vec<(RequestState, u64)>,
}

impl QueuePage {
    fn country(&self, code: &str) -> String {
        self.page.country(code)
    }

    fn state_link(&self, state: &str) -> String {
        let mine = if self.filters.mine() { "&mine=yes" } else { "" };
        format!("?state={state}{mine}")
    }

    fn mine_link(&self) -> String {
        match self.filters.mine() {
            true => format!("?state={}", self.filters.state),
            false => format!("?state={}&mine=yes", self.filters.state),
        }
    }
}

pub async fn list(
    State(state): State<AppState>,
    page: Page,
    Query(filters): Query<Filters>,
) -> Result<Response, AppError> {
    let mut query = request::Entity::find()
        .filter(request::Column::State.is_in(filters.states()))
        .order_by_desc(request::Column::CreatedAt)
        .order_by_desc(request::Column::Id)
        .limit(LISTED);
    if filters.mine() {
        query = query.filter(request::Column::AssigneeId.eq(page.user_id()));
    }
    let found = query.all(&state.db).await?;
    let names = names_of(&state.db, found.iter().filter_map(|r| r.assignee_id)).await?;
    let requests = found
        .into_iter()
        .map(|request| Listed {
            assignee: request.assignee_id.and_then(|id| names.get(&id).cloned()),
            request,
        })
        .collect();
    let counts = counts(&state.db).await?;
    render(&QueuePage {
        page,
        filters,
        requests,
        counts,
    })
}

async fn names_of(
    db: &impl ConnectionTrait,
    ids: impl Iterator<Item = i32>,
) -> Result<BTreeMap<i32, String>, AppError> {
    Ok(directory::people(db, ids)
        .await?
        .into_iter()
        .map(|person| (person.id, person.full_name))
        .collect())
}

async fn counts(db: &impl ConnectionTrait) -> Result<Vec<(RequestState, u64)>, AppError> {
    let mut counts = Vec::new();
    for state in RequestState::all() {
        let count = sea_orm::PaginatorTrait::count(
            request::Entity::find().filter(request::Column::State.eq(state)),
            db,
        )
        .await?;
        counts.push((state, count));
    }
    Ok(counts)
}

#[derive(Template)]
#[template(path = "assistance/request_staff.html")]
struct RequestStaffPage {
    page: Page,
    request: request::Model,
    replies: Vec<reply::Model>,
    /// Who may take it up: the evaluators and editors, by name.
    staff: Vec<Person>,
    errors: FieldErrors,
    /// The reply being written, kept when refused.
    typed: ReplyInput,
    /// What was just done: `reply`, `note` or `handling`.
    done: String,
    /// For editors: the details hidden in the need described.
    hidden: Vec<reveal::Listed>,
    /// Where a hidden detail's page leads back to.
    back: String,
}

impl RequestStaffPage {
    fn country(&self) -> String {
        self.page.country(&self.request.country_code)
    }

    /// The requester's language, named in the page's.
    fn language(&self) -> String {
        language_name(self.page.locale, self.requester_locale())
    }

    fn requester_locale(&self) -> Locale {
        Locale::from_code(&self.request.locale).unwrap_or(Locale::En)
    }

    /// What the handling form was filled from: a save over a newer change
    /// is refused.
    fn seen(&self) -> i64 {
        self.request.updated_at.timestamp_micros()
    }

    fn states(&self) -> Vec<RequestState> {
        RequestState::all()
    }

    fn is_assignee(&self, person: &Person) -> bool {
        self.request.assignee_id == Some(person.id)
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Done {
    done: String,
}

async fn find(db: &impl ConnectionTrait, id: i32) -> Result<request::Model, AppError> {
    request::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// Everyone who may take a request up: those who hold the evaluator or the
/// editor role.
async fn staff(db: &impl ConnectionTrait) -> Result<Vec<Person>, AppError> {
    let mut staff = directory::holding(db, Role::Evaluator).await?;
    for editor in directory::holding(db, Role::Editor).await? {
        if !staff.iter().any(|person| person.id == editor.id) {
            staff.push(editor);
        }
    }
    staff.sort_by(|a, b| a.full_name.cmp(&b.full_name));
    Ok(staff)
}

async fn request_page(
    state: &AppState,
    page: Page,
    id: i32,
    (typed, errors, done): (ReplyInput, Option<FieldErrors>, String),
) -> Result<RequestStaffPage, AppError> {
    let request = find(&state.db, id).await?;
    let replies = reply::Entity::find()
        .filter(reply::Column::RequestId.eq(id))
        .order_by_asc(reply::Column::CreatedAt)
        .order_by_asc(reply::Column::Id)
        .all(&state.db)
        .await?;
    let texts = [(Subject::AssistanceRequest, vec![request.id])];
    let hidden = reveal::listed_for(&page, &state.db, &texts).await?;
    Ok(RequestStaffPage {
        hidden,
        back: page.link_join("/staff/assistance/", request.id),
        staff: staff(&state.db).await?,
        errors: errors.unwrap_or_else(|| FieldErrors::new(page.locale)),
        page,
        request,
        replies,
        typed,
        done,
    })
}

pub async fn show(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<i32>,
    Query(done): Query<Done>,
) -> Result<Response, AppError> {
    let shown = request_page(&state, page, id, (ReplyInput::default(), None, done.done)).await?;
    render(&shown)
}

/// Who handles it and its state, as the form sends them.
#[derive(Deserialize, Default)]
#[serde(default)]
struct HandlingInput {
    /// The request's last change when the form was shown (`seen`).
    seen: String,
    state: String,
    /// A staff member's id, or empty for nobody.
    assignee: String,
}

pub async fn handle(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<i32>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let typed: HandlingInput = form.parse()?;
    let new_state = RequestState::from_key(&typed.state).ok_or(AppError::BadRequest)?;
    let staff = staff(&state.db).await?;
    let assignee = match typed.assignee.as_str() {
        "" => None,
        chosen => Some(
            staff
                .iter()
                .find(|person| person.id.to_string() == chosen)
                .ok_or(AppError::BadRequest)?,
        ),
    };
    let txn = state.begin_write().await?;
    let before = find(&txn, id).await?;
    if typed.seen != before.updated_at.timestamp_micros().to_string() {
        // Changed since this form was filled (a reply, a colleague's save).
        return Err(AppError::Conflict);
    }
    request::Entity::update_many()
        .col_expr(request::Column::State, Expr::value(new_state))
        .col_expr(
            request::Column::AssigneeId,
            Expr::value(assignee.map(|person| person.id)),
        )
        .col_expr(request::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(request::Column::Id.eq(id))
        .exec(&txn)
        .await?;
    if let Some(person) = assignee
        .filter(|person| before.assignee_id != Some(person.id) && page.user_id() != Some(person.id))
    {
        mail::queue(&txn, &assigned(&state, &before, person)?).await?;
    }
    txn.commit().await?;
    state.jobs_wakeup.notify();
    Ok(back_to(&page, id, "handling"))
}

fn back_to(page: &Page, id: i32, done: &str) -> Response {
    Redirect::to(&page.link(&format!("/staff/assistance/{id}?done={done}"))).into_response()
}

/// Tells a staff member, in their language, that a request is theirs.
fn assigned(
    state: &AppState,
    request: &request::Model,
    person: &Person,
) -> Result<mail::Outgoing, AppError> {
    let locale = person.locale();
    let link = state.absolute_url(&format!(
        "/{}/staff/assistance/{}",
        locale.code(),
        request.id
    ));
    mail::compose(
        locale,
        "assistance-assigned",
        &person.email,
        &person.full_name,
        &link,
        &[
            ("number", request.id.into()),
            ("institution", request.institution.clone().into()),
            (
                "country",
                country_name(locale, &request.country_code).into(),
            ),
        ],
    )
    .map_err(AppError::Internal)
}

/// A reply or a note as the form sends it.
#[derive(Clone, Deserialize, Default)]
#[serde(default)]
pub struct ReplyInput {
    pub body: String,
    /// `note` for a note among the staff; anything else is mailed.
    pub kind: String,
}

impl ReplyInput {
    fn is_note(&self) -> bool {
        self.kind == "note"
    }

    /// Whether the writer said who reads it: nothing is mailed by default.
    fn is_chosen(&self) -> bool {
        matches!(self.kind.as_str(), "note" | "reply")
    }
}

pub async fn reply(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<i32>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let typed: ReplyInput = form.parse()?;
    let mut errors = FieldErrors::new(page.locale);
    let body = errors.checked_text("body", &typed.body, REPLY, "assistance-reply-missing");
    if !typed.is_chosen() {
        errors.add("kind", "assistance-kind-missing");
    }
    let (Some(body), true) = (body, typed.is_chosen()) else {
        let shown = request_page(&state, page, id, (typed, Some(errors), String::new())).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&shown)?).into_response());
    };
    let author = page.user.as_ref().ok_or(AppError::Forbidden)?;
    let txn = state.begin_write().await?;
    let request = find(&txn, id).await?;
    reply::Entity::insert(reply::ActiveModel {
        request_id: Set(id),
        author_id: Set(Some(author.id)),
        author_name: Set(author.full_name.clone()),
        body: Set(body.clone()),
        internal: Set(typed.is_note()),
        created_at: Set(Utc::now()),
        ..Default::default()
    })
    .exec(&txn)
    .await?;
    if !typed.is_note() {
        mail::queue(&txn, &to_requester(&page, &request, &body)?).await?;
        if RequestState::OPEN.contains(&request.state) {
            mark(&txn, id, RequestState::Answered).await?;
        }
    }
    txn.commit().await?;
    state.jobs_wakeup.notify();
    let done = if typed.is_note() { "note" } else { "reply" };
    Ok(back_to(&page, id, done))
}

async fn mark(
    db: &impl ConnectionTrait,
    id: i32,
    state: RequestState,
) -> Result<(), sea_orm::DbErr> {
    request::Entity::update_many()
        .col_expr(request::Column::State, Expr::value(state))
        .col_expr(request::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(request::Column::Id.eq(id))
        .exec(db)
        .await
        .map(|_| ())
}

/// The staff's reply as the requester receives it, in their language;
/// answering it reaches the head office.
fn to_requester(
    page: &Page,
    request: &request::Model,
    body: &str,
) -> Result<mail::Outgoing, AppError> {
    let locale = Locale::from_code(&request.locale).unwrap_or(Locale::En);
    let mut outgoing = mail::compose(
        locale,
        "assistance-reply",
        &request.email,
        &request.contact_name,
        "",
        &[
            ("number", request.id.into()),
            ("message", body.to_string().into()),
        ],
    )
    .map_err(AppError::Internal)?;
    outgoing.reply_to = Some(page.office.email.clone());
    Ok(outgoing)
}
