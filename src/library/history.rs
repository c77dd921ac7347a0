//! A resource's versions (`crate::versions`): each save, by whom and what
//! changed, for the editors (`/staff/library/{id}/history`), and bringing
//! an earlier version back. A version holds the resource as its form shows
//! it, with its state; restoring one saves its fields again, through the
//! form's checks, as a new version (the state stays as it is).

use axum::{
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Response},
};
use sea_orm::{ConnectionTrait, DbErr, EntityTrait};
use serde_json::{Map, Value};

use super::{
    catalogue,
    editing::stored,
    entities::{State as ResourceState, resource},
    files::{self, FormFiles},
    form::{Known, ResourceInput},
    store::{self, Saving},
};
use crate::{
    db::Keyed,
    i18n::Locale,
    images,
    index_changes::Subject,
    lines_of_work,
    people::directory,
    state::AppState,
    versions::{self, pages, version},
    web::{
        AppError, Page, csrf::CheckedForm, form::FieldErrors, page::render, page_cache,
        side_by_side::Translated,
    },
};

/// The field of a version that holds the resource's state: shown, compared,
/// never restored (a restore brings back texts and facts).
const STATE: &str = "state";

/// The field of a version that names the resource's files: shown and
/// compared, never restored either (a removed file's bytes are gone).
const FILES: &str = "files";

/// The fields of a version about the cover (`super::cover`): its picture
/// and what it shows in each language; shown and compared, not restored
/// (a replaced picture is gone).
const COVER: &str = "cover";

/// Whether a restore brings `field` back.
fn restored(field: &str) -> bool {
    field != STATE && field != FILES && !field.starts_with(COVER)
}

/// What a resource's versions are filed under: `resource:12`.
fn subject(id: i32) -> String {
    Subject::Resource(id).key()
}

/// The resource as its form shows it, with its state and its files' names.
async fn snapshot(db: &impl ConnectionTrait, id: i32) -> Result<Map<String, Value>, DbErr> {
    let found = resource::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound(subject(id)))?;
    let detailed = catalogue::detailed(db, found).await?;
    let lines = lines_of_work::all(db, Locale::En).await?;
    let input = ResourceInput::from((
        &detailed.resource,
        lines.as_slice(),
        detailed.line_ids.as_slice(),
        detailed.citations.as_slice(),
    ));
    let mut fields = match serde_json::to_value(input) {
        Ok(Value::Object(fields)) => fields,
        _ => Map::new(),
    };
    fields.insert(STATE.into(), Value::from(detailed.resource.state.key()));
    let files = files::of_resource(db, id).await?;
    // Named only when there are some: versions kept before resources had
    // files hold none, and match a resource without any.
    if !files.is_empty() {
        let names = files.into_iter().map(|f| f.original_name.into()).collect();
        fields.insert(FILES.into(), Value::Array(names));
    }
    insert_cover(db, &detailed.resource, &mut fields).await?;
    Ok(fields)
}

/// The cover's fields, when it has one: versions kept before covers hold
/// none, and match a resource without one.
async fn insert_cover(
    db: &impl ConnectionTrait,
    resource: &resource::Model,
    fields: &mut Map<String, Value>,
) -> Result<(), DbErr> {
    let Some(id) = resource.cover_image_id else {
        return Ok(());
    };
    if let Some(image) = images::find(db, id).await? {
        let picture = format!("{} × {} ({})", image.width, image.height, image.name);
        fields.insert(COVER.into(), Value::from(picture));
    }
    for language in Locale::ALL {
        let alt = resource.cover_alt(language);
        if !alt.is_empty() {
            fields.insert(format!("{COVER}_alt_{}", language.code()), Value::from(alt));
        }
    }
    Ok(())
}

/// Records the resource as it now stands, in the transaction that saved it.
pub async fn record(
    db: &impl ConnectionTrait,
    id: i32,
    author_id: Option<i32>,
    note: &str,
) -> Result<(), DbErr> {
    let fields = snapshot(db, id).await?;
    versions::record(db, &subject(id), author_id, note, fields).await?;
    Ok(())
}

/// Before the first change of a resource stored before versions were kept
/// (the seeded reports), its state as found: what a restore can go back to.
pub async fn keep_first(db: &impl ConnectionTrait, id: i32) -> Result<(), DbErr> {
    if versions::latest(db, &subject(id)).await?.is_none() {
        record(db, id, None, "before").await?;
    }
    Ok(())
}

/// The resource as the history pages name it and link to it.
fn subject_of(page: &Page, resource: &resource::Model) -> pages::Subject {
    pages::Subject {
        name: resource.heading_in(page.locale).to_string(),
        edit_link: format!("/staff/library/{}", resource.id),
        history_link: format!("/staff/library/{}/history", resource.id),
        fields: "library",
    }
}

/// `versions` with their authors' names.
async fn listed(
    state: &AppState,
    page: &Page,
    versions: Vec<version::Model>,
) -> Result<Vec<pages::Listed>, DbErr> {
    let names = directory::names(&state.db, versions.iter().filter_map(|v| v.author_id)).await?;
    Ok(pages::listed(page, versions, &names))
}

/// A resource whose history editors may read and restore: any but a
/// member's draft, which is theirs until they send it.
async fn editors(state: &AppState, id: i32) -> Result<resource::Model, AppError> {
    let found = stored(state, id).await?;
    if found.contributor_id.is_some() && found.state == ResourceState::Draft {
        return Err(AppError::NotFound);
    }
    Ok(found)
}

pub async fn list(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<i32>,
    Query(query): Query<pages::HistoryQuery>,
) -> Result<Response, AppError> {
    let resource = editors(&state, id).await?;
    let history = versions::history(&state.db, &subject(id)).await?;
    let versions = listed(&state, &page, history).await?;
    render(&pages::HistoryPage {
        subject: subject_of(&page, &resource),
        page,
        versions,
        restored: query.restored,
    })
}

/// A field's value as the page shows it: a state by its name.
fn shown(page: &Page, field: &str, value: Option<&Value>) -> String {
    match value {
        Some(Value::String(state)) if field == STATE => page.label("library-state", state),
        _ => pages::shown_plainly(value),
    }
}

/// How a resource's versions are shown.
const VIEW: pages::View = pages::View {
    shown,
    restored,
    words: pages::RestoreWords {
        hint: "library-restore-hint",
        refused: "library-restore-refused",
        unrestorable: "library-version-only-state",
    },
};

async fn version_page(
    state: &AppState,
    page: Page,
    (id, number): (i32, i32),
    errors: FieldErrors,
) -> Result<pages::VersionPage, AppError> {
    let resource = editors(state, id).await?;
    let (found, latest) = pages::find_with_latest(&state.db, &subject(id), number).await?;
    let now = snapshot(&state.db, id).await?;
    let listed = listed(state, &page, vec![found])
        .await?
        .pop()
        .ok_or(AppError::NotFound)?;
    let subject = subject_of(&page, &resource);
    Ok(pages::VersionPage::new(
        page,
        subject,
        (listed, latest),
        &now,
        (&VIEW, errors),
    ))
}

pub async fn show(
    State(state): State<AppState>,
    page: Page,
    Path((id, number)): Path<(i32, i32)>,
) -> Result<Response, AppError> {
    let errors = FieldErrors::new(page.locale);
    render(&version_page(&state, page, (id, number), errors).await?)
}

/// Saves a version's fields again as the resource's, through the form's
/// checks: a version whose fields the form no longer accepts (a line of
/// work retired since, say) is shown with what stands in the way.
pub async fn restore(
    State(state): State<AppState>,
    page: Page,
    Path((id, number)): Path<(i32, i32)>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let typed: pages::RestoreForm = form.parse()?;
    let found = editors(&state, id).await?;
    let txn = state.begin_write().await?;
    let version = pages::to_restore(&txn, &subject(id), number, &typed).await?;
    let input: ResourceInput = serde_json::from_value(Value::Object(version.fields()))
        .map_err(|error| AppError::Internal(error.into()))?;
    let lines = lines_of_work::all(&state.db, Locale::En).await?;
    let legislation = catalogue::legislation_named(&state.db, &input.amends, None).await?;
    let known = Known {
        lines: &lines,
        legislation: &legislation,
        editing: Some(id),
    };
    let mut errors = FieldErrors::new(page.locale);
    let Some(valid) = input.validate(found.kind, &known, &mut errors) else {
        let refused = version_page(&state, page, (id, number), errors).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&refused)?).into_response());
    };
    let note = format!("restored:{number}");
    let saving = Saving {
        author_id: page.user_id(),
        note: &note,
    };
    let files = FormFiles::default();
    store::update(&txn, &found, (found.state, saving), (valid, &files)).await?;
    page_cache::commit_change(&state, txn).await?;
    Ok(pages::restored(&page, &subject_of(&page, &found), number))
}
