//! A page's versions (`crate::versions`): the history of its saves, each
//! compared with the page now, and brought back, through the form's checks,
//! as a new version.

use axum::{
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Response},
};
use serde_json::Value;

use super::editing::{PageTexts, find_page, save, stored_texts, subject};
use crate::{
    people::directory,
    state::AppState,
    versions::{self, pages, version},
    web::{AppError, Page, csrf::CheckedForm, form::FieldErrors, page::render, page_cache},
};

/// The page as the history pages name it and link to it.
fn subject_of(slug: &str, name: &str) -> pages::Subject {
    pages::Subject {
        name: name.to_string(),
        edit_link: format!("/staff/pages/{slug}"),
        history_link: format!("/staff/pages/{slug}/history"),
        fields: "content",
    }
}

/// How a page's versions are shown: every field as written, every field
/// brought back by a restore.
const VIEW: pages::View = pages::View {
    shown: |_, _, value| pages::shown_plainly(value),
    restored: |_| true,
    words: pages::RestoreWords {
        hint: "content-restore-hint",
        refused: "content-restore-refused",
        unrestorable: "version-same",
    },
};

async fn listed(
    state: &AppState,
    page: &Page,
    found: Vec<version::Model>,
) -> Result<Vec<pages::Listed>, AppError> {
    let names = directory::names(&state.db, found.iter().filter_map(|v| v.author_id)).await?;
    Ok(pages::listed(page, found, &names))
}

pub async fn list(
    State(state): State<AppState>,
    page: Page,
    Path(slug): Path<String>,
    Query(query): Query<pages::HistoryQuery>,
) -> Result<Response, AppError> {
    let item = find_page(&state.db, &slug).await?;
    let name = stored_texts(&state.db, item.id).await?.title_en;
    let history = versions::history(&state.db, &subject(&slug)).await?;
    let versions = listed(&state, &page, history).await?;
    render(&pages::HistoryPage {
        subject: subject_of(&slug, &name),
        page,
        versions,
        restored: query.restored,
    })
}

async fn version_page(
    state: &AppState,
    page: Page,
    (slug, number): (&str, i32),
    errors: FieldErrors,
) -> Result<pages::VersionPage, AppError> {
    let item = find_page(&state.db, slug).await?;
    let (found, latest) = pages::find_with_latest(&state.db, &subject(slug), number).await?;
    let now = stored_texts(&state.db, item.id).await?;
    let listed = listed(state, &page, vec![found])
        .await?
        .pop()
        .ok_or(AppError::NotFound)?;
    let subject = subject_of(slug, &now.title_en);
    Ok(pages::VersionPage::new(
        page,
        subject,
        (listed, latest),
        &now.fields(),
        (&VIEW, errors),
    ))
}

pub async fn show(
    State(state): State<AppState>,
    page: Page,
    Path((slug, number)): Path<(String, i32)>,
) -> Result<Response, AppError> {
    let errors = FieldErrors::new(page.locale);
    render(&version_page(&state, page, (&slug, number), errors).await?)
}

/// Saves a version's texts again as the page's, as a new version; a
/// version the form's checks no longer accept is shown with why.
pub async fn restore(
    State(state): State<AppState>,
    page: Page,
    Path((slug, number)): Path<(String, i32)>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let typed: pages::RestoreForm = form.parse()?;
    let item = find_page(&state.db, &slug).await?;
    let txn = state.begin_write().await?;
    let found = pages::to_restore(&txn, &subject(&slug), number, &typed).await?;
    let texts: PageTexts = serde_json::from_value(Value::Object(found.fields()))
        .map_err(|error| AppError::Internal(error.into()))?;
    let mut errors = FieldErrors::new(page.locale);
    let Some(texts) = texts.check(&mut errors) else {
        let refused = version_page(&state, page, (&slug, number), errors).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&refused)?).into_response());
    };
    let note = format!("restored:{number}");
    save(&txn, &item, &texts, (page.user_id(), &note)).await?;
    page_cache::commit_change(&state, txn).await?;
    let name = texts.title_en;
    Ok(pages::restored(&page, &subject_of(&slug, &name), number))
}
