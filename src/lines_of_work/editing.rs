//! Editors and admins manage the lines of work: translated names and
//! descriptions, order, and whether a line is active or retired.

use crate::web::form::SavedQuery;
use askama::Template;
use axum::{
    extract::{Path, State as AxumState},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, sea_query::OnConflict,
};
use serde::Deserialize;

use super::entities::{line_of_work, line_of_work_translation};
use crate::{
    i18n::Locale,
    state::AppState,
    web::{AppError, Page, csrf::CheckedForm, form::FieldErrors, page::render},
};

/// A line with its texts in every language, for editing.
pub struct EditableLine {
    pub id: i32,
    pub slug: String,
    pub position: i32,
    /// The order as typed, when the form comes back with an error.
    pub typed_position: Option<String>,
    pub active: bool,
    /// (language, name, description) for en, es, fr.
    pub texts: Vec<(Locale, String, String)>,
}

impl EditableLine {
    pub fn position_value(&self) -> String {
        self.typed_position
            .clone()
            .unwrap_or_else(|| self.position.to_string())
    }
}

/// Which form the errors belong to: an existing line's, or the new one's.
#[derive(Clone, Copy, PartialEq)]
enum Target {
    Line(i32),
    New,
}

/// What is typed into the form for a new line.
pub struct NewLine {
    pub slug: String,
    pub position: String,
    pub texts: Vec<(Locale, String, String)>,
}

impl NewLine {
    fn blank() -> NewLine {
        NewLine {
            slug: String::new(),
            position: "100".into(),
            texts: Locale::ALL
                .into_iter()
                .map(|locale| (locale, String::new(), String::new()))
                .collect(),
        }
    }
}

#[derive(Template)]
#[template(path = "lines_of_work/edit.html")]
struct LinesPage {
    page: Page,
    lines: Vec<EditableLine>,
    new_line: NewLine,
    errors: FieldErrors,
    /// The form the errors are about; it shows them and what was typed.
    invalid: Option<Target>,
    saved: bool,
}

impl LinesPage {
    fn errors_on_line(&self, id: &i32) -> bool {
        self.invalid == Some(Target::Line(*id))
    }

    fn errors_on_new_line(&self) -> bool {
        self.invalid == Some(Target::New)
    }
}

async fn editable(state: &AppState) -> Result<Vec<EditableLine>, AppError> {
    let lines = line_of_work::Entity::find()
        .order_by_asc(line_of_work::Column::Position)
        .all(&state.db)
        .await?;
    let texts = line_of_work_translation::Entity::find()
        .all(&state.db)
        .await?;
    Ok(lines
        .into_iter()
        .map(|line| EditableLine {
            texts: Locale::ALL
                .into_iter()
                .map(|locale| {
                    let text = texts
                        .iter()
                        .find(|t| t.line_id == line.id && t.lang == locale.code());
                    (
                        locale,
                        text.map(|t| t.name.clone()).unwrap_or_default(),
                        text.map(|t| t.description.clone()).unwrap_or_default(),
                    )
                })
                .collect(),
            id: line.id,
            slug: line.slug,
            position: line.position,
            typed_position: None,
            active: line.active,
        })
        .collect())
}

pub async fn show(
    AxumState(state): AxumState<AppState>,
    page: Page,
    axum::extract::Query(query): axum::extract::Query<SavedQuery>,
) -> Result<Response, AppError> {
    let lines = editable(&state).await?;
    let errors = FieldErrors::new(page.locale);
    render(&LinesPage {
        page,
        lines,
        new_line: NewLine::blank(),
        errors,
        invalid: None,
        saved: query.saved,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct LineForm {
    slug: String,
    position: String,
    active: Option<String>,
    name_en: String,
    name_es: String,
    name_fr: String,
    description_en: String,
    description_es: String,
    description_fr: String,
}

impl LineForm {
    fn texts(&self) -> [(Locale, &str, &str); 3] {
        [
            (Locale::En, self.name_en.trim(), self.description_en.trim()),
            (Locale::Es, self.name_es.trim(), self.description_es.trim()),
            (Locale::Fr, self.name_fr.trim(), self.description_fr.trim()),
        ]
    }

    fn typed_texts(&self) -> Vec<(Locale, String, String)> {
        self.texts()
            .iter()
            .map(|(locale, name, description)| (*locale, name.to_string(), description.to_string()))
            .collect()
    }

    fn check(&self, errors: &mut FieldErrors) {
        if self
            .texts()
            .iter()
            .any(|(_, name, _)| name.is_empty() || name.chars().count() > 200)
        {
            errors.add("names", "lines-name-missing");
        }
        if self.position.trim().parse::<i32>().is_err() {
            errors.add("position", "lines-position-invalid");
        }
    }
}

fn valid_slug(slug: &str) -> bool {
    !slug.is_empty()
        && slug.len() <= 100
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

async fn save(
    state: &AppState,
    page: Page,
    existing: Option<i32>,
    form: LineForm,
) -> Result<Response, AppError> {
    let mut errors = FieldErrors::new(page.locale);
    form.check(&mut errors);
    if existing.is_none() {
        if !valid_slug(&form.slug) {
            errors.add("slug", "lines-slug-invalid");
        } else if slug_taken(state, &form.slug).await? {
            errors.add("slug", "lines-slug-taken");
        }
    }
    if !errors.is_empty() {
        return refused(state, page, existing, form, errors).await;
    }
    store(state, existing, &form).await?;
    Ok(Redirect::to(&page.link("/staff/lines?saved=true")).into_response())
}

async fn slug_taken(state: &AppState, slug: &str) -> Result<bool, AppError> {
    Ok(line_of_work::Entity::find()
        .filter(line_of_work::Column::Slug.eq(slug))
        .one(&state.db)
        .await?
        .is_some())
}

/// The page again, with the errors in the form they concern and that form
/// as it was typed.
async fn refused(
    state: &AppState,
    page: Page,
    existing: Option<i32>,
    form: LineForm,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let mut lines = editable(state).await?;
    let mut new_line = NewLine::blank();
    let invalid = match existing {
        Some(id) => {
            let line = lines
                .iter_mut()
                .find(|line| line.id == id)
                .ok_or(AppError::NotFound)?;
            line.texts = form.typed_texts();
            line.active = form.active.is_some();
            line.typed_position = Some(form.position.clone());
            Target::Line(id)
        }
        None => {
            new_line = NewLine {
                texts: form.typed_texts(),
                slug: form.slug,
                position: form.position,
            };
            Target::New
        }
    };
    let body = render(&LinesPage {
        page,
        lines,
        new_line,
        errors,
        invalid: Some(invalid),
        saved: false,
    })?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, body).into_response())
}

pub async fn create(
    AxumState(state): AxumState<AppState>,
    page: Page,
    form: CheckedForm,
) -> Result<Response, AppError> {
    save(&state, page, None, form.parse()?).await
}

pub async fn update(
    AxumState(state): AxumState<AppState>,
    page: Page,
    Path(id): Path<i32>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    save(&state, page, Some(id), form.parse()?).await
}

/// Writes a checked line: its order and whether it is active (or, for a new
/// one, its slug), and its texts in every language, in one transaction.
async fn store(state: &AppState, existing: Option<i32>, form: &LineForm) -> Result<(), AppError> {
    let position: i32 = form.position.trim().parse().unwrap_or(0);
    let txn = state.begin_write().await?;
    let id = match existing {
        Some(id) => {
            let line = line_of_work::Entity::find_by_id(id)
                .one(&txn)
                .await?
                .ok_or(AppError::NotFound)?;
            let mut changed: line_of_work::ActiveModel = line.into();
            changed.position = Set(position);
            changed.active = Set(form.active.is_some());
            line_of_work::Entity::update(changed).exec(&txn).await?;
            id
        }
        None => {
            // Checked before; the unique index catches a simultaneous twin.
            line_of_work::Entity::insert(line_of_work::ActiveModel {
                slug: Set(form.slug.clone()),
                position: Set(position),
                active: Set(true),
                ..Default::default()
            })
            .exec(&txn)
            .await?
            .last_insert_id
        }
    };
    for (locale, name, description) in form.texts() {
        line_of_work_translation::Entity::insert(line_of_work_translation::ActiveModel {
            line_id: Set(id),
            lang: Set(locale.code().to_string()),
            name: Set(name.to_string()),
            description: Set(description.to_string()),
            ..Default::default()
        })
        .on_conflict(
            OnConflict::columns([
                line_of_work_translation::Column::LineId,
                line_of_work_translation::Column::Lang,
            ])
            .update_columns([
                line_of_work_translation::Column::Name,
                line_of_work_translation::Column::Description,
            ])
            .to_owned(),
        )
        .exec_without_returning(&txn)
        .await?;
    }
    // The forms that offer the lines of work show the change.
    crate::web::page_cache::commit_change(state, txn).await?;
    Ok(())
}
