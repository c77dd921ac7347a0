//! The bulletin's public archive: every issue sent, as it reads in the
//! page's language with every topic.

use askama::Template;
use axum::{
    extract::{Path, State},
    response::Response,
};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use super::{
    Topic,
    bulletin::{Bulletin, Contents},
    entities::issue,
};
use crate::{
    state::AppState,
    web::{AppError, Page, page::render},
};

#[derive(Template)]
#[template(path = "newsletter/archive.html")]
struct ArchivePage {
    page: Page,
    issues: Vec<(issue::Model, String)>,
}

pub async fn list(State(state): State<AppState>, page: Page) -> Result<Response, AppError> {
    let sent = issue::Entity::find()
        .filter(issue::Column::SentAt.is_not_null())
        .order_by_desc(issue::Column::SentAt)
        .all(&state.db)
        .await?;
    let issues = sent
        .into_iter()
        .map(|issue| {
            let subject = page
                .locale
                .t_args("newsletter-issue-subject", &[("number", issue.id.into())]);
            (issue, subject)
        })
        .collect();
    render(&ArchivePage { page, issues })
}

#[derive(Template)]
#[template(path = "newsletter/archived.html")]
struct IssuePage {
    page: Page,
    issue: issue::Model,
    bulletin: Bulletin,
}

pub async fn show(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<i32>,
) -> Result<Response, AppError> {
    let issue = issue::Entity::find_by_id(id)
        .filter(issue::Column::SentAt.is_not_null())
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let contents = Contents::load(&state.db, &issue, page.locale).await?;
    let bulletin = Bulletin::read(&state, &issue, &contents, &Topic::ALL);
    render(&IssuePage {
        page,
        issue,
        bulletin,
    })
}
