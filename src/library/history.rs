//! A resource's versions (`crate::versions`): each save, by whom and what
//! changed, for the editors (`/staff/library/{id}/history`), and bringing
//! an earlier version back. A version holds the resource as its form shows
//! it, with its state; restoring one saves its fields again, through the
//! form's checks, as a new version (the state stays as it is).

use askama::Template;
use axum::{
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use sea_orm::{ConnectionTrait, DbErr, EntityTrait};
use serde_json::{Map, Value};

use super::{
    catalogue,
    editing::{author, stored},
    entities::{State as ResourceState, resource},
    files::{self, FormFiles},
    form::{Known, ResourceInput},
    store::{self, Saving},
};
use crate::{
    db::Keyed,
    i18n::Locale,
    index_changes::Subject,
    lines_of_work,
    people::directory,
    state::AppState,
    versions::{self, version},
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

/// Whether a restore brings `field` back.
fn restored(field: &str) -> bool {
    field != STATE && field != FILES
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
    let names: Vec<Value> = files.into_iter().map(|f| f.original_name.into()).collect();
    fields.insert(FILES.into(), Value::Array(names));
    Ok(fields)
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

/// One version as the history lists it.
struct Listed {
    version: version::Model,
    author: String,
}

#[derive(Template)]
#[template(path = "library/history.html")]
struct HistoryPage {
    page: Page,
    resource: resource::Model,
    versions: Vec<Listed>,
    restored: Option<i32>,
}

impl HistoryPage {
    /// Said after a restore.
    fn restored_notice(&self) -> Option<String> {
        let number = self.restored?;
        Some(self.page.locale.t_args(
            "library-version-restored-notice",
            &[("number", number.into())],
        ))
    }

    /// The fields a version changed, named in the page's language, in the
    /// order of their names.
    fn changed(&self, version: &version::Model) -> String {
        let mut labels: Vec<String> = version
            .changed_fields()
            .into_iter()
            .map(|name| self.page.label("library-version-field", name))
            .collect();
        labels.sort();
        if labels.is_empty() {
            "—".to_string()
        } else {
            labels.join(", ")
        }
    }

    fn version_link(&self, number: impl std::borrow::Borrow<i32>) -> String {
        self.page.link(&format!(
            "/staff/library/{}/history/{}",
            self.resource.id,
            number.borrow()
        ))
    }
}

/// How a version came, in the page's language.
fn note_of(page: &Page, version: &version::Model) -> String {
    match version.restored_from() {
        Some(number) => page
            .locale
            .t_args("library-version-restored", &[("number", number.into())]),
        None => page.label("library-version-note", &version.note),
    }
}

/// The names of the authors of `versions`, by account; the site itself, or
/// an account since deleted, for none.
async fn authors(
    state: &AppState,
    page: &Page,
    versions: Vec<version::Model>,
) -> Result<Vec<Listed>, DbErr> {
    let ids: Vec<i32> = versions.iter().filter_map(|v| v.author_id).collect();
    let people = directory::profiles(&state.db, ids).await?;
    Ok(versions
        .into_iter()
        .map(|version| {
            let author = version
                .author_id
                .and_then(|id| people.iter().find(|person| person.id == id))
                .map_or_else(
                    || page.t("library-version-by-site"),
                    |p| p.full_name.clone(),
                );
            Listed { version, author }
        })
        .collect())
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

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct HistoryQuery {
    /// The version just restored, to say so.
    restored: Option<i32>,
}

pub async fn list(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<i32>,
    Query(query): Query<HistoryQuery>,
) -> Result<Response, AppError> {
    let resource = editors(&state, id).await?;
    let history = versions::history(&state.db, &subject(id)).await?;
    let versions = authors(&state, &page, history).await?;
    render(&HistoryPage {
        page,
        resource,
        versions,
        restored: query.restored,
    })
}

/// A field of a version beside the same field now.
struct Compared {
    field: String,
    then: String,
    now: String,
}

#[derive(Template)]
#[template(path = "library/version.html")]
struct VersionPage {
    page: Page,
    resource: resource::Model,
    listed: Listed,
    /// The fields that differ from the resource as it is now.
    differences: Vec<Compared>,
    /// Whether restoring would change anything: its state is never
    /// restored, only its texts and facts.
    restorable: bool,
    /// The newest version's number when the page was shown: a restore
    /// after someone else's save is refused.
    latest: i32,
    errors: FieldErrors,
}

impl VersionPage {
    fn history_link(&self) -> String {
        self.page
            .link(&format!("/staff/library/{}/history", self.resource.id))
    }
}

/// A field's value as the page shows it: a state by its name, lists
/// joined, nothing as a dash.
fn shown(page: &Page, field: &str, value: Option<&Value>) -> String {
    if field == STATE
        && let Some(Value::String(state)) = value
    {
        return page.label("library-state", state);
    }
    let text = match value {
        Some(Value::String(text)) => text.clone(),
        Some(Value::Array(items)) => items
            .iter()
            .map(|item| item.as_str().map_or_else(|| item.to_string(), String::from))
            .collect::<Vec<_>>()
            .join(", "),
        Some(Value::Null) | None => String::new(),
        Some(other) => other.to_string(),
    };
    if text.trim().is_empty() {
        "—".to_string()
    } else {
        text
    }
}

async fn version_page(
    state: &AppState,
    page: Page,
    (id, number): (i32, i32),
    errors: FieldErrors,
) -> Result<VersionPage, AppError> {
    let resource = editors(state, id).await?;
    let version = versions::find(&state.db, &subject(id), number)
        .await?
        .ok_or(AppError::NotFound)?;
    let now = snapshot(&state.db, id).await?;
    let then = version.fields();
    let restorable = then
        .iter()
        .any(|(name, value)| restored(name) && now.get(name) != Some(value));
    let latest = versions::latest(&state.db, &subject(id))
        .await?
        .map_or(0, |latest| latest.number);
    let mut differences: Vec<Compared> = then
        .keys()
        .chain(now.keys().filter(|name| !then.contains_key(*name)))
        .filter(|name| then.get(*name) != now.get(*name))
        .map(|name| Compared {
            field: page.label("library-version-field", name),
            then: shown(&page, name, then.get(name)),
            now: shown(&page, name, now.get(name)),
        })
        .collect();
    differences.sort_by(|a, b| a.field.cmp(&b.field));
    let listed = authors(state, &page, vec![version])
        .await?
        .pop()
        .ok_or(AppError::NotFound)?;
    Ok(VersionPage {
        page,
        resource,
        listed,
        differences,
        restorable,
        latest,
        errors,
    })
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
#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct RestoreForm {
    latest: String,
}

pub async fn restore(
    State(state): State<AppState>,
    page: Page,
    Path((id, number)): Path<(i32, i32)>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let typed: RestoreForm = form.parse()?;
    let found = editors(&state, id).await?;
    let latest = versions::latest(&state.db, &subject(id)).await?;
    if latest.map(|latest| latest.number.to_string()) != Some(typed.latest) {
        // Saved again since the page was shown: restoring now would undo
        // a change its editor has not seen.
        return Err(AppError::Conflict);
    }
    let version = versions::find(&state.db, &subject(id), number)
        .await?
        .ok_or(AppError::NotFound)?;
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
        author_id: author(&page),
        note: &note,
    };
    let txn = state.begin_write().await?;
    let files = FormFiles::default();
    store::update(&txn, &found, (found.state, saving), (valid, &files)).await?;
    page_cache::commit_change(&state, txn).await?;
    Ok(
        Redirect::to(&page.link(&format!("/staff/library/{id}/history?restored={number}")))
            .into_response(),
    )
}
