//! A group's documents (`/groups/{id}/documents`): members and staff upload
//! them, checked as every upload is, and add new versions (who, when, which
//! is current); only they download them. Coordinators and editors mark a
//! document as one of the group's outputs: a listed group's outputs are on
//! its public page, for anyone to download. A closed group's documents
//! stay readable and take nothing new.

use askama::Template;
use axum::{
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, sea_query::Expr,
};
use serde::Deserialize;

use super::{
    entities::{Visibility, document, document_version, working_group},
    queries,
    workspace::Workspace,
};
use crate::{
    people::directory,
    state::AppState,
    uploads,
    web::{
        AppError, Page,
        csrf::{CheckedForm, CheckedMultipart, UploadedFile},
        form::{FieldErrors, TextBounds},
        page::render,
        page_cache,
    },
};

const TITLE: TextBounds = TextBounds { min: 1, max: 200 };

/// A document with its current version, as lists show it.
pub struct Listed {
    pub document: document::Model,
    pub current: document_version::Model,
    pub uploaded_by: String,
}

#[derive(Template)]
#[template(path = "groups/documents.html")]
struct ListPage {
    page: Page,
    group: working_group::Model,
    documents: Vec<Listed>,
    archive: bool,
    title: String,
    errors: FieldErrors,
}

impl ListPage {
    fn size_in_kib(&self, bytes: &i64) -> i64 {
        (bytes + 1023) / 1024
    }
}

pub async fn list(
    State(state): State<AppState>,
    page: Page,
    workspace: Workspace,
) -> Result<Response, AppError> {
    let errors = FieldErrors::new(page.locale);
    render(&list_page(&state, page, workspace, (String::new(), errors)).await?)
}

async fn list_page(
    state: &AppState,
    page: Page,
    workspace: Workspace,
    (title, errors): (String, FieldErrors),
) -> Result<ListPage, AppError> {
    let documents = listed(&state.db, &page, workspace.group.id, false).await?;
    Ok(ListPage {
        archive: workspace.is_archive(),
        group: workspace.group,
        documents,
        title,
        errors,
        page,
    })
}

/// The group's documents (or only its outputs), newest first, each with
/// its current version.
pub async fn listed(
    db: &impl ConnectionTrait,
    page: &Page,
    group_id: i32,
    only_outputs: bool,
) -> Result<Vec<Listed>, AppError> {
    let mut find = document::Entity::find()
        .filter(document::Column::GroupId.eq(group_id))
        .order_by_desc(document::Column::Id);
    if only_outputs {
        find = find.filter(document::Column::IsOutput.eq(true));
    }
    let documents = find.all(db).await?;
    let versions = document_version::Entity::find()
        .filter(document_version::Column::DocumentId.is_in(documents.iter().map(|d| d.id)))
        .order_by_desc(document_version::Column::Version)
        .all(db)
        .await?;
    let people = directory::people(db, versions.iter().filter_map(|v| v.uploaded_by)).await?;
    let gone = page.t("discussion-author-gone");
    Ok(documents
        .into_iter()
        .filter_map(|document| {
            // Versions come newest first: the first one found is current.
            let current = versions
                .iter()
                .find(|v| v.document_id == document.id)?
                .clone();
            let uploaded_by = people
                .iter()
                .find(|p| Some(p.id) == current.uploaded_by)
                .map_or_else(|| gone.clone(), |p| p.full_name.clone());
            Some(Listed {
                document,
                current,
                uploaded_by,
            })
        })
        .collect())
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct NewDocument {
    title: String,
}

/// The upload's type, or its problem recorded against the file field.
async fn checked_file<'a>(
    file: Option<&'a UploadedFile>,
    errors: &mut FieldErrors,
) -> Option<(&'a UploadedFile, &'static str)> {
    let Some(upload) = file else {
        errors.add("file", "documents-file-missing");
        return None;
    };
    match uploads::check(upload).await {
        Ok(content_type) => Some((upload, content_type)),
        Err(problem) => {
            errors.add("file", problem.message_key());
            None
        }
    }
}

pub async fn create(
    State(state): State<AppState>,
    page: Page,
    workspace: Workspace,
    form: CheckedMultipart,
) -> Result<Response, AppError> {
    workspace.require_open()?;
    let NewDocument { title: typed } = form.parse()?;
    let mut errors = FieldErrors::new(page.locale);
    let title = errors.checked_text("title", &typed, TITLE, "documents-title-missing");
    let file = checked_file(form.file(), &mut errors).await;
    let (Some(title), Some((upload, content_type))) = (title, file) else {
        let refused = list_page(&state, page, workspace, (typed, errors)).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&refused)?).into_response());
    };
    let stored_name = uploads::save(&state.storage, upload).await?;
    let txn = state.begin_write().await?;
    let created = document::ActiveModel {
        group_id: Set(workspace.group.id),
        title: Set(title),
        is_output: Set(false),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let file = (upload, content_type, stored_name);
    add_version(&txn, &created, 1, file, workspace.me.id).await?;
    txn.commit().await?;
    Ok(to_document(&page, &created))
}

async fn add_version(
    db: &impl ConnectionTrait,
    of: &document::Model,
    version: i32,
    (upload, content_type, stored_name): (&UploadedFile, &str, String),
    uploaded_by: i32,
) -> Result<(), AppError> {
    document_version::ActiveModel {
        document_id: Set(of.id),
        version: Set(version),
        stored_name: Set(stored_name),
        original_name: Set(uploads::display_name(&upload.file_name)),
        content_type: Set(content_type.to_string()),
        size_bytes: Set(upload.bytes.len() as i64),
        uploaded_by: Set(Some(uploaded_by)),
        uploaded_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// The document's newest version.
async fn current_version(
    db: &impl ConnectionTrait,
    document_id: i32,
) -> Result<Option<document_version::Model>, AppError> {
    Ok(document_version::Entity::find()
        .filter(document_version::Column::DocumentId.eq(document_id))
        .order_by_desc(document_version::Column::Version)
        .one(db)
        .await?)
}

fn to_document(page: &Page, of: &document::Model) -> Response {
    let path = format!("/groups/{}/documents/{}", of.group_id, of.id);
    Redirect::to(&page.link(&path)).into_response()
}

/// A version as the document's page lists it.
pub struct VersionRow {
    pub version: document_version::Model,
    pub uploaded_by: String,
}

#[derive(Template)]
#[template(path = "groups/document.html")]
struct DocumentPage {
    page: Page,
    group: working_group::Model,
    document: document::Model,
    versions: Vec<VersionRow>,
    archive: bool,
    /// Coordinators and editors mark outputs.
    may_mark: bool,
    errors: FieldErrors,
}

impl DocumentPage {
    fn size_in_kib(&self, bytes: &i64) -> i64 {
        (bytes + 1023) / 1024
    }
}

/// The document named by the route, in the workspace's group (or 404).
async fn find_document(
    db: &impl ConnectionTrait,
    group_id: i32,
    document_id: i32,
) -> Result<document::Model, AppError> {
    document::Entity::find_by_id(document_id)
        .filter(document::Column::GroupId.eq(group_id))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

async fn document_page(
    state: &AppState,
    page: Page,
    workspace: Workspace,
    document: document::Model,
    errors: FieldErrors,
) -> Result<DocumentPage, AppError> {
    let versions = document_version::Entity::find()
        .filter(document_version::Column::DocumentId.eq(document.id))
        .order_by_desc(document_version::Column::Version)
        .all(&state.db)
        .await?;
    let people =
        directory::people(&state.db, versions.iter().filter_map(|v| v.uploaded_by)).await?;
    let gone = page.t("discussion-author-gone");
    let versions = versions
        .into_iter()
        .map(|version| VersionRow {
            uploaded_by: people
                .iter()
                .find(|p| Some(p.id) == version.uploaded_by)
                .map_or_else(|| gone.clone(), |p| p.full_name.clone()),
            version,
        })
        .collect();
    Ok(DocumentPage {
        archive: workspace.is_archive(),
        may_mark: workspace.may_coordinate(),
        group: workspace.group,
        document,
        versions,
        errors,
        page,
    })
}

pub async fn show(
    State(state): State<AppState>,
    page: Page,
    workspace: Workspace,
    Path((_, document_id)): Path<(i32, i32)>,
) -> Result<Response, AppError> {
    let found = find_document(&state.db, workspace.group.id, document_id).await?;
    let errors = FieldErrors::new(page.locale);
    render(&document_page(&state, page, workspace, found, errors).await?)
}

pub async fn add(
    State(state): State<AppState>,
    page: Page,
    workspace: Workspace,
    Path((_, document_id)): Path<(i32, i32)>,
    form: CheckedMultipart,
) -> Result<Response, AppError> {
    workspace.require_open()?;
    let found = find_document(&state.db, workspace.group.id, document_id).await?;
    let mut errors = FieldErrors::new(page.locale);
    let Some((upload, content_type)) = checked_file(form.file(), &mut errors).await else {
        let refused = document_page(&state, page, workspace, found, errors).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&refused)?).into_response());
    };
    let stored_name = uploads::save(&state.storage, upload).await?;
    let txn = state.begin_write().await?;
    let newest = current_version(&txn, found.id)
        .await?
        .map_or(0, |v| v.version);
    // Two uploads at once: the unique number makes the second fail
    // rather than share a number.
    let file = (upload, content_type, stored_name);
    add_version(&txn, &found, newest + 1, file, workspace.me.id).await?;
    if found.is_output {
        // The group's public page names the output's current file.
        page_cache::commit_change(&state, txn).await?;
    } else {
        txn.commit().await?;
    }
    Ok(to_document(&page, &found))
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct OutputForm {
    output: bool,
}

pub async fn mark_output(
    State(state): State<AppState>,
    page: Page,
    workspace: Workspace,
    Path((_, document_id)): Path<(i32, i32)>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    if !workspace.may_coordinate() {
        return Err(AppError::Forbidden);
    }
    workspace.require_open()?;
    let found = find_document(&state.db, workspace.group.id, document_id).await?;
    let OutputForm { output } = form.parse()?;
    let txn = state.begin_write().await?;
    document::Entity::update_many()
        .col_expr(document::Column::IsOutput, Expr::value(output))
        .filter(document::Column::Id.eq(found.id))
        .exec(&txn)
        .await?;
    // The group's public page lists its outputs.
    page_cache::commit_change(&state, txn).await?;
    Ok(to_document(&page, &found))
}

/// Sends a stored version as a download: only for the group's people, or
/// an output of a listed group, so nobody else keeps a copy.
async fn send_file(
    state: &AppState,
    version: &document_version::Model,
) -> Result<Response, AppError> {
    let stored = (
        version.stored_name.as_str(),
        version.content_type.as_str(),
        version.original_name.as_str(),
    );
    uploads::send(&state.storage, stored, "private, no-store").await
}

pub async fn download(
    State(state): State<AppState>,
    workspace: Workspace,
    Path((_, document_id, number)): Path<(i32, i32, i32)>,
) -> Result<Response, AppError> {
    let found = find_document(&state.db, workspace.group.id, document_id).await?;
    let version = document_version::Entity::find()
        .filter(document_version::Column::DocumentId.eq(found.id))
        .filter(document_version::Column::Version.eq(number))
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    send_file(&state, &version).await
}

/// The current version of a listed group's output, for anyone.
pub async fn download_output(
    State(state): State<AppState>,
    Path((id, document_id)): Path<(i32, i32)>,
) -> Result<Response, AppError> {
    let group = queries::find(&state.db, id).await?;
    let found = find_document(&state.db, id, document_id).await?;
    if group.visibility != Visibility::Public || !found.is_output {
        return Err(AppError::NotFound);
    }
    let current = current_version(&state.db, found.id)
        .await?
        .ok_or(AppError::NotFound)?;
    send_file(&state, &current).await
}
