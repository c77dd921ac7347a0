//! A group's discussions (`/groups/{id}/discussions`): members and staff
//! open threads and reply, in a safe Markdown subset; an author may edit a
//! post for a while after writing it. Each new post is mailed to the
//! members who chose so, with a link in every mail to stop them. A closed
//! group's discussions stay readable, and take nothing new.

use askama::Template;
use axum::{
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveModelTrait,
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::{Expr, ExprTrait},
};
use serde::Deserialize;

use super::{
    entities::{Keyed, Notifications, post, thread, working_group},
    notifications,
    workspace::Workspace,
};
use crate::{
    people::directory,
    safeguarding::{
        Field, Screened, Subject,
        masking::Warning,
        reveal::{self, Listed},
        screen,
    },
    state::AppState,
    web::{
        AppError, Page,
        csrf::CheckedForm,
        form::{FieldErrors, TextBounds},
        markdown,
        page::render,
    },
};

const TITLE: TextBounds = TextBounds { min: 1, max: 200 };
const BODY: TextBounds = TextBounds {
    min: 1,
    max: 20_000,
};
/// How long an author may still correct a post.
pub const EDIT_WINDOW: Duration = Duration::minutes(30);

/// A thread as the list shows it.
pub struct ThreadRow {
    pub thread: thread::Model,
    pub author: String,
    pub posts: i64,
}

#[derive(Template)]
#[template(path = "groups/discussions.html")]
struct ListPage {
    page: Page,
    group: working_group::Model,
    archive: bool,
    threads: Vec<ThreadRow>,
    /// The member's choice of mails, if they are a member.
    notifications: Option<String>,
    title: String,
    body: String,
    errors: FieldErrors,
    /// The choice of mails was just saved.
    saved: bool,
    /// Details that may identify a child, found in the new thread.
    safeguarding: Option<Warning>,
}

impl ListPage {
    fn notification_choices(&self) -> Vec<Notifications> {
        Notifications::all()
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NewThread {
    title: String,
    body: String,
    safeguarding_confirmation: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Saved {
    saved: bool,
}

pub async fn list(
    State(state): State<AppState>,
    page: Page,
    workspace: Workspace,
    Query(Saved { saved }): Query<Saved>,
) -> Result<Response, AppError> {
    let errors = FieldErrors::new(page.locale);
    let listed = list_page(&state, page, workspace, NewThread::default(), errors).await?;
    render(&ListPage { saved, ..listed })
}

async fn list_page(
    state: &AppState,
    page: Page,
    workspace: Workspace,
    typed: NewThread,
    errors: FieldErrors,
) -> Result<ListPage, AppError> {
    let threads = thread::Entity::find()
        .filter(thread::Column::GroupId.eq(workspace.group.id))
        .order_by_desc(thread::Column::LastPostAt)
        .all(&state.db)
        .await?;
    let counts: Vec<(i32, i64)> = post::Entity::find()
        .select_only()
        .column(post::Column::ThreadId)
        .column_as(Expr::col(post::Column::Id).count(), "posts")
        .filter(post::Column::ThreadId.is_in(threads.iter().map(|t| t.id)))
        .group_by(post::Column::ThreadId)
        .into_tuple()
        .all(&state.db)
        .await?;
    let names = Names::read(
        &state.db,
        authors(threads.iter().map(|t| t.author_id)),
        &page,
    )
    .await?;
    let threads = threads
        .into_iter()
        .map(|thread| ThreadRow {
            author: names.of(thread.author_id),
            posts: counts
                .iter()
                .find(|(id, _)| *id == thread.id)
                .map_or(0, |(_, n)| *n),
            thread,
        })
        .collect();
    Ok(ListPage {
        archive: workspace.is_archive(),
        notifications: workspace.membership.map(|m| m.notifications.key()),
        group: workspace.group,
        threads,
        title: typed.title,
        body: typed.body,
        errors,
        saved: false,
        safeguarding: None,
        page,
    })
}

pub async fn create(
    State(state): State<AppState>,
    page: Page,
    workspace: Workspace,
    form: CheckedForm,
) -> Result<Response, AppError> {
    workspace.require_open()?;
    let typed: NewThread = form.parse()?;
    let mut errors = FieldErrors::new(page.locale);
    let title = errors.checked_text("title", &typed.title, TITLE, "discussion-title-missing");
    let body = errors.checked_text("body", &typed.body, BODY, "discussion-body-missing");
    let (Some(title), Some(body)) = (title, body) else {
        let refused = list_page(&state, page, workspace, typed, errors).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&refused)?).into_response());
    };
    let texts = [
        Field {
            name: "title",
            label: "discussions-new-title",
            text: &title,
        },
        Field {
            name: "body",
            label: "discussions-body",
            text: &body,
        },
    ];
    let sender = (
        Some(workspace.me.email.as_str()),
        typed.safeguarding_confirmation.as_str(),
    );
    let masked = match screen(&state, &texts, sender, Subject::GroupThread, page.locale).await? {
        Screened::Send(masked) => masked,
        Screened::Warn(warning) => {
            let warned = list_page(&state, page, workspace, typed, errors).await?;
            let safeguarding = Some(warning);
            return render(&ListPage {
                safeguarding,
                ..warned
            });
        }
    };
    let (title, body) = (masked.text("title"), masked.text("body"));
    let now = Utc::now();
    let txn = state.begin_write().await?;
    let opened = thread::ActiveModel {
        group_id: Set(workspace.group.id),
        title: Set(title),
        author_id: Set(Some(workspace.me.id)),
        created_at: Set(now),
        last_post_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let first = add_post(&txn, opened.id, workspace.me.id, &body).await?;
    let thread = (Subject::GroupThread, opened.id);
    masked
        .store_fields(&txn, thread, |field| field == "title")
        .await?;
    let post = (Subject::GroupPost, first.id);
    masked
        .store_fields(&txn, post, |field| field == "body")
        .await?;
    notifications::new_post(&state, &txn, (&workspace, &opened), &first).await?;
    txn.commit().await?;
    state.jobs_wakeup.notify();
    Ok(to_thread(&page, &opened, None))
}

async fn add_post(
    db: &impl ConnectionTrait,
    thread_id: i32,
    author_id: i32,
    body: &str,
) -> Result<post::Model, AppError> {
    let now = Utc::now();
    thread::Entity::update_many()
        .col_expr(thread::Column::LastPostAt, Expr::value(now))
        .filter(thread::Column::Id.eq(thread_id))
        .exec(db)
        .await?;
    Ok(post::ActiveModel {
        thread_id: Set(thread_id),
        author_id: Set(Some(author_id)),
        body: Set(body.to_string()),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?)
}

fn to_thread(page: &Page, thread: &thread::Model, post: Option<i32>) -> Response {
    let anchor = post.map(|id| format!("#post-{id}")).unwrap_or_default();
    let path = format!(
        "/groups/{}/discussions/{}{anchor}",
        thread.group_id, thread.id
    );
    Redirect::to(&page.link(&path)).into_response()
}

/// The ids of the authors still known.
fn authors(ids: impl Iterator<Item = Option<i32>>) -> Vec<i32> {
    ids.flatten().collect()
}

/// The authors' names, read once for a page.
struct Names {
    people: Vec<directory::Person>,
    gone: String,
}

impl Names {
    async fn read(
        db: &impl ConnectionTrait,
        ids: Vec<i32>,
        page: &Page,
    ) -> Result<Names, AppError> {
        Ok(Names {
            people: directory::people(db, ids).await?,
            gone: page.t("discussion-author-gone"),
        })
    }

    fn of(&self, id: Option<i32>) -> String {
        self.people
            .iter()
            .find(|p| Some(p.id) == id)
            .map_or_else(|| self.gone.clone(), |p| p.full_name.clone())
    }
}

/// A post as the thread shows it.
pub struct PostRow {
    pub id: i32,
    pub author: String,
    pub html: String,
    pub created_at: DateTime<Utc>,
    pub edited: bool,
    /// The reader wrote it, recently enough to correct it.
    pub editable: bool,
}

#[derive(Template)]
#[template(path = "groups/thread.html")]
struct ThreadPage {
    page: Page,
    group: working_group::Model,
    thread: thread::Model,
    posts: Vec<PostRow>,
    archive: bool,
    body: String,
    errors: FieldErrors,
    /// Details that may identify a child, found in the reply.
    safeguarding: Option<Warning>,
    /// For editors: the details hidden in the thread's title and posts.
    hidden: Vec<Listed>,
}

impl ThreadPage {
    /// Where a hidden detail's page leads back to.
    fn here(&self) -> String {
        let path = format!("/groups/{}/discussions/{}", self.group.id, self.thread.id);
        self.page.link(&path)
    }
}

/// The thread named by the route, in the workspace's group (or 404).
async fn find_thread(
    state: &AppState,
    workspace: &Workspace,
    thread_id: i32,
) -> Result<thread::Model, AppError> {
    thread::Entity::find_by_id(thread_id)
        .filter(thread::Column::GroupId.eq(workspace.group.id))
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)
}

/// Whether `me` may still correct `post`.
fn may_edit(workspace: &Workspace, post: &post::Model, now: DateTime<Utc>) -> bool {
    post.author_id == Some(workspace.me.id)
        && now - post.created_at < EDIT_WINDOW
        && !workspace.is_archive()
}

async fn thread_page(
    state: &AppState,
    page: Page,
    workspace: Workspace,
    thread: thread::Model,
    (body, errors): (String, FieldErrors),
) -> Result<ThreadPage, AppError> {
    let posts = post::Entity::find()
        .filter(post::Column::ThreadId.eq(thread.id))
        .order_by_asc(post::Column::Id)
        .all(&state.db)
        .await?;
    let names = Names::read(&state.db, authors(posts.iter().map(|p| p.author_id)), &page).await?;
    let texts = [
        (Subject::GroupThread, vec![thread.id]),
        (
            Subject::GroupPost,
            posts.iter().map(|post| post.id).collect(),
        ),
    ];
    let hidden = reveal::listed_for(&page, &state.db, &texts).await?;
    let now = Utc::now();
    let posts = posts
        .iter()
        .map(|post| PostRow {
            id: post.id,
            author: names.of(post.author_id),
            html: markdown::to_html(&post.body),
            created_at: post.created_at,
            edited: post.edited_at.is_some(),
            editable: may_edit(&workspace, post, now),
        })
        .collect();
    Ok(ThreadPage {
        archive: workspace.is_archive(),
        group: workspace.group,
        thread,
        posts,
        body,
        errors,
        safeguarding: None,
        hidden,
        page,
    })
}

pub async fn show(
    State(state): State<AppState>,
    page: Page,
    workspace: Workspace,
    Path((_, thread_id)): Path<(i32, i32)>,
) -> Result<Response, AppError> {
    let thread = find_thread(&state, &workspace, thread_id).await?;
    let errors = FieldErrors::new(page.locale);
    let shown = thread_page(&state, page, workspace, thread, (String::new(), errors)).await?;
    render(&shown)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct BodyForm {
    body: String,
    safeguarding_confirmation: String,
}

pub async fn reply(
    State(state): State<AppState>,
    page: Page,
    workspace: Workspace,
    Path((_, thread_id)): Path<(i32, i32)>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    workspace.require_open()?;
    let thread = find_thread(&state, &workspace, thread_id).await?;
    let BodyForm {
        body: typed,
        safeguarding_confirmation: confirmation,
    } = form.parse()?;
    let mut errors = FieldErrors::new(page.locale);
    let Some(body) = errors.checked_text("body", &typed, BODY, "discussion-body-missing") else {
        let refused = thread_page(&state, page, workspace, thread, (typed, errors)).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&refused)?).into_response());
    };
    let texts = [Field {
        name: "body",
        label: "discussions-reply",
        text: &body,
    }];
    let sender = (Some(workspace.me.email.as_str()), confirmation.as_str());
    let masked = match screen(&state, &texts, sender, Subject::GroupPost, page.locale).await? {
        Screened::Send(masked) => masked,
        Screened::Warn(warning) => {
            let errors = FieldErrors::new(page.locale);
            let warned = thread_page(&state, page, workspace, thread, (typed, errors)).await?;
            let safeguarding = Some(warning);
            return render(&ThreadPage {
                safeguarding,
                ..warned
            });
        }
    };
    let txn = state.begin_write().await?;
    let added = add_post(&txn, thread.id, workspace.me.id, &masked.text("body")).await?;
    masked.store(&txn, Subject::GroupPost, added.id).await?;
    notifications::new_post(&state, &txn, (&workspace, &thread), &added).await?;
    txn.commit().await?;
    state.jobs_wakeup.notify();
    Ok(to_thread(&page, &thread, Some(added.id)))
}

#[derive(Template)]
#[template(path = "groups/edit_post.html")]
struct EditPage {
    page: Page,
    group: working_group::Model,
    thread: thread::Model,
    post_id: i32,
    body: String,
    errors: FieldErrors,
    /// Details that may identify a child, found in the corrected post.
    safeguarding: Option<Warning>,
}

/// The reader's own post in the thread, still within the edit window.
async fn editable_post(
    state: &AppState,
    workspace: &Workspace,
    (thread_id, post_id): (i32, i32),
) -> Result<(thread::Model, post::Model), AppError> {
    let thread = find_thread(state, workspace, thread_id).await?;
    let found = post::Entity::find_by_id(post_id)
        .filter(post::Column::ThreadId.eq(thread.id))
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    if !may_edit(workspace, &found, Utc::now()) {
        return Err(AppError::Forbidden);
    }
    Ok((thread, found))
}

pub async fn show_edit(
    State(state): State<AppState>,
    page: Page,
    workspace: Workspace,
    Path((_, thread_id, post_id)): Path<(i32, i32, i32)>,
) -> Result<Response, AppError> {
    let (thread, found) = editable_post(&state, &workspace, (thread_id, post_id)).await?;
    render(&EditPage {
        errors: FieldErrors::new(page.locale),
        page,
        group: workspace.group,
        thread,
        post_id: found.id,
        body: found.body,
        safeguarding: None,
    })
}

pub async fn edit(
    State(state): State<AppState>,
    page: Page,
    workspace: Workspace,
    Path((_, thread_id, post_id)): Path<(i32, i32, i32)>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let (thread, found) = editable_post(&state, &workspace, (thread_id, post_id)).await?;
    let BodyForm {
        body: typed,
        safeguarding_confirmation: confirmation,
    } = form.parse()?;
    let mut errors = FieldErrors::new(page.locale);
    let checked = errors.checked_text("body", &typed, BODY, "discussion-body-missing");
    let screened = match &checked {
        Some(body) => {
            let texts = [Field {
                name: "body",
                label: "discussions-body",
                text: body,
            }];
            let sender = (Some(workspace.me.email.as_str()), confirmation.as_str());
            Some(screen(&state, &texts, sender, Subject::GroupPost, page.locale).await?)
        }
        None => None,
    };
    let (status, safeguarding) = match screened {
        Some(Screened::Send(masked)) => {
            let txn = state.begin_write().await?;
            post::Entity::update_many()
                .col_expr(post::Column::Body, Expr::value(masked.text("body")))
                .col_expr(post::Column::EditedAt, Expr::value(Utc::now()))
                .filter(post::Column::Id.eq(found.id))
                .exec(&txn)
                .await?;
            masked
                .store_corrected(
                    &txn,
                    (Subject::GroupPost, found.id),
                    &[("body", &found.body)],
                )
                .await?;
            txn.commit().await?;
            return Ok(to_thread(&page, &thread, Some(found.id)));
        }
        Some(Screened::Warn(warning)) => (StatusCode::OK, Some(warning)),
        None => (StatusCode::UNPROCESSABLE_ENTITY, None),
    };
    let refused = EditPage {
        page,
        group: workspace.group,
        thread,
        post_id: found.id,
        body: typed,
        errors,
        safeguarding,
    };
    Ok((status, render(&refused)?).into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Choice {
    notifications: String,
}

/// A member chooses whether new posts reach them by mail.
pub async fn choose_notifications(
    State(state): State<AppState>,
    page: Page,
    workspace: Workspace,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let Choice { notifications } = form.parse()?;
    let choice = Notifications::from_key(&notifications).ok_or(AppError::BadRequest)?;
    if workspace.membership.is_none() {
        return Err(AppError::NotFound);
    }
    notifications::set(&state.db, (workspace.group.id, workspace.me.id), choice).await?;
    let path = format!("/groups/{}/discussions?saved=true", workspace.group.id);
    Ok(Redirect::to(&page.link(&path)).into_response())
}
