//! An item's versions (`crate::versions`), for pages and news alike: the
//! history of its saves, each compared with the item now, and brought
//! back, through the form's checks, as a new version. A news item's
//! category and countries come back with its texts; its publication stays
//! as it is (a restore neither publishes nor withdraws).

use axum::{
    Router,
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Response},
    routing::{get, post},
};
use serde_json::Value;

use super::{
    editing::{Facts, PageTexts, Section, find_item, save, stored_facts, stored_texts},
    picture,
};
use crate::{
    people::directory,
    state::AppState,
    versions::{self, pages, version},
    web::{AppError, Page, csrf::CheckedForm, form::FieldErrors, page::render, page_cache},
};

/// The history's pages of `section`'s items, under its staff path.
pub fn routes(section: &'static Section) -> Router<AppState> {
    // The staff pages' router is nested under `/staff`.
    let relative = section.staff_path.trim_start_matches("/staff");
    let under = |tail: &str| format!("{relative}/{{slug}}/history{tail}");
    Router::new()
        .route(
            &under(""),
            get(move |state, page, path, query| list(state, page, path, query, section)),
        )
        .route(
            &under("/{number}"),
            get(move |state, page, path| show(state, page, path, section)),
        )
        .route(
            &under("/{number}/restore"),
            post(move |state, page, path, form| restore(state, page, path, form, section)),
        )
}

/// The item as the history pages name it and link to it.
fn subject_of(section: &Section, slug: &str, name: &str) -> pages::Subject {
    pages::Subject {
        name: name.to_string(),
        edit_link: section.item_path(slug, ""),
        history_link: section.item_path(slug, "/history"),
        fields: "content",
    }
}

/// How versions are shown: every field as written; a restore brings back
/// every field but the publication and the picture.
const VIEW: pages::View = pages::View {
    shown: |_, _, value| pages::shown_plainly(value),
    restored: |field| field != Facts::PUBLICATION && !picture::is_picture_field(field),
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

async fn list(
    State(state): State<AppState>,
    page: Page,
    Path(slug): Path<String>,
    Query(query): Query<pages::HistoryQuery>,
    section: &'static Section,
) -> Result<Response, AppError> {
    let item = find_item(&state.db, section, &slug).await?;
    let name = stored_texts(&state.db, item.id).await?.title_en;
    let history = versions::history(&state.db, &section.subject(&slug).key()).await?;
    let versions = listed(&state, &page, history).await?;
    render(&pages::HistoryPage {
        subject: subject_of(section, &slug, &name),
        page,
        versions,
        restored: query.restored,
    })
}

async fn version_page(
    state: &AppState,
    page: Page,
    (section, slug, number): (&Section, &str, i32),
    errors: FieldErrors,
) -> Result<pages::VersionPage, AppError> {
    let item = find_item(&state.db, section, slug).await?;
    let key = section.subject(slug).key();
    let (found, latest) = pages::find_with_latest(&state.db, &key, number).await?;
    let texts = stored_texts(&state.db, item.id).await?;
    let mut now = texts.fields();
    if let Some(facts) = stored_facts(&state.db, section, &item).await? {
        now.extend(facts.fields());
    }
    if section.is_dated() {
        now.extend(picture::version_fields(&state.db, &item).await?);
    }
    let listed = listed(state, &page, vec![found])
        .await?
        .pop()
        .ok_or(AppError::NotFound)?;
    let subject = subject_of(section, slug, &texts.title_en);
    Ok(pages::VersionPage::new(
        page,
        subject,
        (listed, latest),
        &now,
        (&VIEW, errors),
    ))
}

async fn show(
    State(state): State<AppState>,
    page: Page,
    Path((slug, number)): Path<(String, i32)>,
    section: &'static Section,
) -> Result<Response, AppError> {
    let errors = FieldErrors::new(page.locale);
    render(&version_page(&state, page, (section, &slug, number), errors).await?)
}

/// Saves a version's texts (and a news item's category and countries)
/// again as the item's, as a new version; a version the form's checks no
/// longer accept is shown with why.
async fn restore(
    State(state): State<AppState>,
    page: Page,
    Path((slug, number)): Path<(String, i32)>,
    form: CheckedForm,
    section: &'static Section,
) -> Result<Response, AppError> {
    let typed: pages::RestoreForm = form.parse()?;
    let item = find_item(&state.db, section, &slug).await?;
    let txn = state.begin_write().await?;
    let key = section.subject(&slug).key();
    let found = pages::to_restore(&txn, &key, number, &typed).await?;
    let fields = Value::Object(found.fields());
    let texts: PageTexts =
        serde_json::from_value(fields.clone()).map_err(|error| AppError::Internal(error.into()))?;
    let mut errors = FieldErrors::new(page.locale);
    let Some(texts) = texts.check(&mut errors) else {
        let refused = version_page(&state, page, (section, &slug, number), errors).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&refused)?).into_response());
    };
    let facts = match stored_facts(&txn, section, &item).await? {
        Some(now) => {
            let then: Facts =
                serde_json::from_value(fields).map_err(|error| AppError::Internal(error.into()))?;
            Some(Facts {
                published_at: now.published_at,
                ..then
            })
        }
        None => None,
    };
    let note = format!("restored:{number}");
    save(
        &txn,
        (section, &item),
        (&texts, facts.as_ref()),
        (page.user_id(), &note),
    )
    .await?;
    page_cache::commit_change(&state, txn).await?;
    let subject = subject_of(section, &slug, &texts.title_en);
    Ok(pages::restored(&page, &subject, number))
}
