//! A resource's cover (`/staff/library/{id}/cover`): editors send a
//! picture and say what it shows in each language the resource's title is
//! written in — a cover without its text alternative is not saved. The
//! picture is checked and resized by `crate::images`; a form refused for
//! its text keeps the picture it was sent with. Each change of cover is a
//! version of the resource.

use askama::Template;
use axum::{
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use chrono::Utc;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait, IntoActiveModel, QuerySelect};

use super::{
    editing::{stored, version_of},
    entities::resource,
    history,
};
use crate::{
    images::{
        self,
        form::{Chosen, PictureForm, PictureInput, Words},
        usage,
    },
    state::AppState,
    web::{
        AppError, ClientIp, Page, csrf::CheckedMultipart, form::FieldErrors, form::SavedQuery,
        page::render, page_cache, side_by_side::Translated,
    },
};

const WORDS: Words = Words {
    alt: "library-cover-alt",
    save: "library-cover-save",
    remove: "library-cover-remove",
    required: "library-cover-required",
    alt_required: "library-cover-alt-required",
};

#[derive(Template)]
#[template(path = "library/cover.html")]
struct CoverPage {
    page: Page,
    resource: resource::Model,
    picture: PictureForm,
    errors: FieldErrors,
    saved: bool,
}

impl CoverPage {
    /// The editors' page of the resource.
    fn resource_path(&self) -> String {
        format!("/staff/library/{}", self.resource.id)
    }
}

/// The cover's form, as the resource has it now.
async fn form_of(
    state: &AppState,
    page: &Page,
    resource: &resource::Model,
) -> Result<PictureForm, AppError> {
    let current = match resource.cover_image_id {
        Some(id) => images::find(&state.db, id).await?,
        None => None,
    };
    let alts = [
        &resource.cover_alt_en,
        &resource.cover_alt_es,
        &resource.cover_alt_fr,
    ];
    Ok(PictureForm {
        action: page.link(&format!("/staff/library/{}/cover", resource.id)),
        version: version_of(resource),
        current,
        sent: None,
        input: PictureInput::saying(alts.map(String::as_str)),
        languages: resource.written_languages(),
        words: &WORDS,
    })
}

pub async fn show(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<i32>,
    Query(query): Query<SavedQuery>,
) -> Result<Response, AppError> {
    let resource = stored(&state, id).await?;
    let picture = form_of(&state, &page, &resource).await?;
    render(&CoverPage {
        errors: FieldErrors::new(page.locale),
        page,
        resource,
        picture,
        saved: query.saved,
    })
}

pub async fn update(
    State(state): State<AppState>,
    page: Page,
    ClientIp(client): ClientIp,
    Path(id): Path<i32>,
    form: CheckedMultipart,
) -> Result<Response, AppError> {
    let resource = stored(&state, id).await?;
    let shown = form_of(&state, &page, &resource).await?;
    let read: PictureInput = form.parse()?;
    match images::form::read(&state, (&page, client), &form, shown).await? {
        Ok(chosen) => save(&state, (&page, resource), (&read.version, chosen)).await,
        Err((picture, errors)) => {
            let shown = CoverPage {
                page,
                resource,
                picture,
                errors,
                saved: false,
            };
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&shown)?).into_response())
        }
    }
}

/// Saves the resource's new cover (none: taken away) as a version, lets
/// the former picture go, and shows the cover's page; refused when the
/// resource changed since the form (of `read` version) was filled.
async fn save(
    state: &AppState,
    (page, resource): (&Page, resource::Model),
    (read, chosen): (&str, Chosen),
) -> Result<Response, AppError> {
    let id = resource.id;
    let txn = state.begin_write().await?;
    // Locked until the save commits: a save of the same resource at the
    // same moment waits, then finds it changed.
    let current = resource::Entity::find_by_id(id)
        .lock_exclusive()
        .one(&txn)
        .await?;
    let Some(resource) = current.filter(|current| version_of(current) == read) else {
        return Err(AppError::Conflict);
    };
    history::keep_first(&txn, id).await?;
    let Chosen {
        image_id,
        alts: [alt_en, alt_es, alt_fr],
    } = chosen;
    let released = usage::swap(&txn, resource.cover_image_id, image_id).await?;
    let mut changed = resource.into_active_model();
    changed.cover_image_id = Set(image_id);
    changed.cover_alt_en = Set(alt_en);
    changed.cover_alt_es = Set(alt_es);
    changed.cover_alt_fr = Set(alt_fr);
    changed.updated_at = Set(Utc::now());
    changed.update(&txn).await?;
    history::record(&txn, id, page.user_id(), "cover").await?;
    page_cache::commit_change(state, txn).await?;
    images::remove_released(&state.storage, released.as_slice()).await;
    let link = page.link(&format!("/staff/library/{id}/cover"));
    Ok(Redirect::to(&format!("{link}?saved=true")).into_response())
}
