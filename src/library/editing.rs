//! Editors write the library's resources directly (`/staff/library`): any
//! kind, its texts side by side in three languages, saved as a draft or
//! published at once. Every save counts as a change of content, so public
//! pages show it at once.

use askama::Template;
use axum::{
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde::Deserialize;

use super::{
    catalogue,
    entities::{AgeGroup, InstrumentKind, Kind, Licence, State as ResourceState, resource},
    form::{Known, ResourceInput, ValidResource},
    standards, store,
};
use crate::{
    db::Keyed,
    geography::{Region, countries_by_name},
    lines_of_work::{self, LineOption},
    state::AppState,
    web::{
        AppError, Page, csrf::CheckedForm, form::FieldErrors, page::render, page_cache,
        side_by_side::Translated,
    },
};

/// How many resources the editors' list shows, most recently changed first.
const LISTED: u64 = 200;

#[derive(Template)]
#[template(path = "library/staff_list.html")]
struct ListPage {
    page: Page,
    resources: Vec<resource::Model>,
    state: String,
}

impl ListPage {
    fn kinds(&self) -> Vec<Kind> {
        Kind::all()
    }

    fn states(&self) -> Vec<ResourceState> {
        ResourceState::all()
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ListQuery {
    state: String,
}

pub async fn list(
    State(state): State<AppState>,
    page: Page,
    Query(query): Query<ListQuery>,
) -> Result<Response, AppError> {
    let mut found = resource::Entity::find()
        .order_by_desc(resource::Column::UpdatedAt)
        .order_by_desc(resource::Column::Id)
        .limit(LISTED);
    if let Some(wanted) = ResourceState::from_key(&query.state) {
        found = found.filter(resource::Column::State.eq(wanted));
    }
    render(&ListPage {
        page,
        resources: found.all(&state.db).await?,
        state: query.state,
    })
}

/// What every resource form offers.
struct Choices {
    lines: Vec<LineOption>,
    countries: &'static [(&'static str, String)],
}

impl Choices {
    async fn load(state: &AppState, page: &Page) -> Result<Choices, AppError> {
        Ok(Choices {
            lines: lines_of_work::all(&state.db, page.locale).await?,
            countries: countries_by_name(page.locale),
        })
    }

    fn regions(&self) -> [Region; 6] {
        Region::ALL
    }

    fn age_groups(&self) -> Vec<AgeGroup> {
        AgeGroup::all()
    }

    fn licences(&self) -> Vec<Licence> {
        Licence::all()
    }

    fn instrument_kinds(&self) -> Vec<InstrumentKind> {
        InstrumentKind::all()
    }

    fn instruments(&self) -> &'static [standards::Instrument] {
        standards::all()
    }
}

#[derive(Template)]
#[template(path = "library/staff_form.html")]
struct FormPage {
    page: Page,
    kind: Kind,
    /// The stored resource, when changing one.
    stored: Option<resource::Model>,
    input: ResourceInput,
    /// `draft` or `published`, or the state a member's resource is in.
    state: String,
    errors: FieldErrors,
    choices: Choices,
    saved: bool,
}

impl FormPage {
    fn action(&self) -> String {
        match &self.stored {
            Some(stored) => self.page.link_join("/staff/library/", stored.id),
            None => self.page.link_join("/staff/library/new/", self.kind.key()),
        }
    }

    fn is_kind(&self, kind: &str) -> bool {
        self.kind.key() == kind
    }

    fn is_practice(&self) -> bool {
        self.kind.is_practice()
    }
}

/// The states an editor can put a resource in from this form.
const EDITOR_STATES: [ResourceState; 2] = [ResourceState::Draft, ResourceState::Published];

fn kind_of(key: &str) -> Result<Kind, AppError> {
    Kind::from_key(key).ok_or(AppError::NotFound)
}

pub async fn blank(
    State(state): State<AppState>,
    page: Page,
    Path(kind): Path<String>,
) -> Result<Response, AppError> {
    let kind = kind_of(&kind)?;
    let form = FormPage {
        kind,
        stored: None,
        input: ResourceInput::blank(page.locale),
        state: ResourceState::Draft.key(),
        errors: FieldErrors::new(page.locale),
        choices: Choices::load(&state, &page).await?,
        saved: false,
        page,
    };
    respond(&form, StatusCode::OK)
}

fn respond(form: &FormPage, status: StatusCode) -> Result<Response, AppError> {
    Ok((status, render(form)?).into_response())
}

/// The state chosen in the form: one an editor may set.
#[derive(Deserialize, Default)]
#[serde(default)]
struct StateField {
    state: String,
}

/// What an editor sent, checked: what to store, or the form to show
/// again as typed, with its messages.
type Checked = Result<(ValidResource, ResourceState), Box<FormParts>>;

/// A form's contents besides the page and the resource.
struct FormParts {
    input: ResourceInput,
    state: String,
    errors: FieldErrors,
    choices: Choices,
}

async fn check(
    state: &AppState,
    page: &Page,
    kind: Kind,
    editing: Option<i32>,
    form: &CheckedForm,
) -> Result<Checked, AppError> {
    let input: ResourceInput = form.parse()?;
    let typed: StateField = form.parse()?;
    let chosen = ResourceState::from_key(&typed.state).filter(|s| EDITOR_STATES.contains(s));
    let choices = Choices::load(state, page).await?;
    let legislation = catalogue::legislation_named(&state.db, &input.amends).await?;
    let known = Known {
        lines: &choices.lines,
        legislation: &legislation,
        editing,
    };
    let mut errors = FieldErrors::new(page.locale);
    let valid = input.validate(kind, &known, &mut errors);
    if chosen.is_none() {
        errors.add("state", "library-choice-unknown");
    }
    Ok(match (valid, chosen) {
        (Some(valid), Some(chosen)) => Ok((valid, chosen)),
        _ => Err(Box::new(FormParts {
            input,
            state: typed.state,
            errors,
            choices,
        })),
    })
}

fn refused(
    page: Page,
    kind: Kind,
    stored: Option<resource::Model>,
    parts: FormParts,
) -> Result<Response, AppError> {
    let form = FormPage {
        page,
        kind,
        stored,
        input: parts.input,
        state: parts.state,
        errors: parts.errors,
        choices: parts.choices,
        saved: false,
    };
    respond(&form, StatusCode::UNPROCESSABLE_ENTITY)
}

pub async fn create(
    State(state): State<AppState>,
    page: Page,
    Path(kind): Path<String>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let kind = kind_of(&kind)?;
    let (valid, chosen) = match check(&state, &page, kind, None, &form).await? {
        Ok(checked) => checked,
        Err(parts) => return refused(page, kind, None, *parts),
    };
    let txn = state.begin_write().await?;
    let writing = store::Writing {
        kind,
        state: chosen,
        contributor_id: None,
    };
    let id = store::create(&txn, writing, valid).await?;
    page_cache::commit_change(&state, txn).await?;
    Ok(saved(&page, id))
}

fn saved(page: &Page, id: i32) -> Response {
    Redirect::to(&page.link(&format!("/staff/library/{id}?saved=true"))).into_response()
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SavedQuery {
    saved: bool,
}

async fn stored(state: &AppState, id: i32) -> Result<resource::Model, AppError> {
    resource::Entity::find_by_id(id)
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)
}

pub async fn show(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<i32>,
    Query(query): Query<SavedQuery>,
) -> Result<Response, AppError> {
    let found = stored(&state, id).await?;
    let choices = Choices::load(&state, &page).await?;
    let detailed = catalogue::detailed(&state.db, found).await?;
    let input = ResourceInput::from((
        &detailed.resource,
        choices.lines.as_slice(),
        detailed.line_ids.as_slice(),
        detailed.citations.as_slice(),
    ));
    let form = FormPage {
        kind: detailed.resource.kind,
        state: detailed.resource.state.key(),
        stored: Some(detailed.resource),
        input,
        errors: FieldErrors::new(page.locale),
        choices,
        saved: query.saved,
        page,
    };
    respond(&form, StatusCode::OK)
}

pub async fn update(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<i32>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let found = stored(&state, id).await?;
    let (valid, chosen) = match check(&state, &page, found.kind, Some(found.id), &form).await? {
        Ok(checked) => checked,
        Err(parts) => return refused(page, found.kind, Some(found), *parts),
    };
    let txn = state.begin_write().await?;
    store::update(&txn, &found, chosen, valid).await?;
    page_cache::commit_change(&state, txn).await?;
    Ok(saved(&page, id))
}
