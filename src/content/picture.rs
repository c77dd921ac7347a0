//! A news item's or an event's picture (`/staff/news/{slug}/picture`):
//! editors send it and say what it shows in each language the item's title
//! is written in (`images::form`). What it shows is kept beside the
//! item's texts, under the field `picture_alt`, so a reader of a language
//! without one reads the English, marked. Each change is a version of the
//! item, whose versions keep the picture as it was (not restored with
//! the texts).

use std::collections::HashMap;

use askama::Template;
use axum::{
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait,
    IntoActiveModel, QueryFilter, QuerySelect,
};
use serde_json::{Map, Value};

use super::{
    content_item, content_translation,
    editing::{Section, find_item, save, stored_facts, stored_texts},
    queries::Item,
};
use crate::{
    i18n::Locale,
    images::{
        self,
        form::{Chosen, PictureForm, PictureInput, Words},
        image, usage,
    },
    state::AppState,
    versions,
    web::{
        AppError, ClientIp, Page,
        csrf::CheckedMultipart,
        form::{FieldErrors, SavedQuery},
        page::render,
        page_cache,
    },
};

/// The field what the picture shows is kept under, in each language.
const ALT: &str = "picture_alt";

/// A version's field naming the picture.
const PICTURE: &str = "picture";

const WORDS: Words = Words {
    alt: "picture-alt",
    save: "picture-save",
    remove: "picture-remove",
    required: "picture-required",
    alt_required: "picture-alt-required",
};

/// A picture as the public sees it, in one language.
pub struct Shown {
    pub image: image::Model,
    pub alt: String,
    /// The language of `alt` when it is not the page's.
    pub alt_lang: Option<&'static str>,
}

/// The pictures of `items` (each item's `image_id` in `image_ids`), each
/// said in the language the item was read in.
pub async fn shown_with(
    db: &impl ConnectionTrait,
    image_ids: &[Option<i32>],
    items: &[Item],
) -> Result<Vec<Option<Shown>>, DbErr> {
    let ids: Vec<i32> = image_ids.iter().flatten().copied().collect();
    let mut found: HashMap<i32, image::Model> = images::find_many(db, ids)
        .await?
        .into_iter()
        .map(|image| (image.id, image))
        .collect();
    Ok(image_ids
        .iter()
        .zip(items)
        .map(|(id, item)| {
            let image = found.remove(&(*id)?)?;
            Some(Shown {
                image,
                alt: item.text(ALT).to_string(),
                alt_lang: item.fallback_language(ALT),
            })
        })
        .collect())
}

/// What a version of the item keeps of its picture: nothing while it has
/// none, so the versions of items without one say nothing of pictures.
pub async fn version_fields(
    db: &impl ConnectionTrait,
    item: &content_item::Model,
) -> Result<Map<String, Value>, DbErr> {
    let image = match item.image_id {
        Some(id) => images::find(db, id).await?,
        None => None,
    };
    let alts = stored_alts(db, item.id).await?;
    let mut fields = Map::new();
    if image.is_none() && alts.iter().all(String::is_empty) {
        return Ok(fields);
    }
    fields.insert(
        PICTURE.into(),
        image.map_or(String::new(), |image| image.name).into(),
    );
    for (locale, alt) in Locale::ALL.into_iter().zip(alts) {
        fields.insert(format!("{ALT}_{}", locale.code()), alt.into());
    }
    Ok(fields)
}

/// Whether a version's field is about the picture, which a restore of the
/// item's texts leaves as it is.
pub fn is_picture_field(field: &str) -> bool {
    field == PICTURE || field.starts_with(ALT)
}

async fn stored_alts(db: &impl ConnectionTrait, item_id: i32) -> Result<[String; 3], DbErr> {
    let rows = content_translation::Entity::find()
        .filter(content_translation::Column::ItemId.eq(item_id))
        .filter(content_translation::Column::Field.eq(ALT))
        .all(db)
        .await?;
    Ok(Locale::ALL.map(|locale| {
        rows.iter()
            .find(|row| row.lang == locale.code())
            .map_or(String::new(), |row| row.value.clone())
    }))
}

#[derive(Template)]
#[template(path = "content/staff_picture.html")]
struct PicturePage {
    page: Page,
    section: &'static Section,
    slug: String,
    /// The item's English title, which names it.
    name: String,
    picture: PictureForm,
    errors: FieldErrors,
    saved: bool,
}

impl PicturePage {
    fn item_path(&self) -> String {
        self.section.item_path(&self.slug, "")
    }
}

/// The picture's page of `slug`, as the item has it now.
async fn page_of(
    state: &AppState,
    page: Page,
    section: &'static Section,
    slug: &str,
) -> Result<(PicturePage, content_item::Model), AppError> {
    let item = find_item(&state.db, section, slug).await?;
    let texts = stored_texts(&state.db, item.id).await?;
    let current = match item.image_id {
        Some(id) => images::find(&state.db, id).await?,
        None => None,
    };
    let alts = stored_alts(&state.db, item.id).await?;
    let latest = versions::latest_number(&state.db, &section.subject(slug).key()).await?;
    let languages = texts.written_languages();
    let picture = PictureForm {
        action: page.link(&section.item_path(slug, "/picture")),
        version: latest.to_string(),
        current,
        sent: None,
        input: PictureInput::saying(alts.each_ref().map(String::as_str)),
        languages,
        words: &WORDS,
    };
    let shown = PicturePage {
        errors: FieldErrors::new(page.locale),
        page,
        section,
        slug: item.slug.clone(),
        name: texts.title_en,
        picture,
        saved: false,
    };
    Ok((shown, item))
}

pub async fn show(
    state: AppState,
    page: Page,
    (section, slug): (&'static Section, String),
    Query(query): Query<SavedQuery>,
) -> Result<Response, AppError> {
    let (mut shown, _) = page_of(&state, page, section, &slug).await?;
    shown.saved = query.saved;
    render(&shown)
}

pub async fn update(
    state: AppState,
    (page, ClientIp(client)): (Page, ClientIp),
    (section, slug): (&'static Section, String),
    form: CheckedMultipart,
) -> Result<Response, AppError> {
    let (shown, item) = page_of(&state, page, section, &slug).await?;
    let read: PictureInput = form.parse()?;
    let page = &shown.page;
    match images::form::read(&state, (page, client), &form, shown.picture).await? {
        Ok(chosen) => {
            let author = page.user_id();
            store(&state, (section, item), (&read.version, chosen), author).await?;
            let link = page.link(&section.item_path(&slug, "/picture"));
            Ok(Redirect::to(&format!("{link}?saved=true")).into_response())
        }
        Err((picture, errors)) => {
            let refused = PicturePage {
                picture,
                errors,
                ..shown
            };
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&refused)?).into_response())
        }
    }
}

/// Saves the item's new picture (none: taken away) as a version of the
/// item, and lets the former picture go; refused when the item was saved
/// since the form (of version `read`) was filled.
async fn store(
    state: &AppState,
    (section, item): (&Section, content_item::Model),
    (read, chosen): (&str, Chosen),
    author: Option<i32>,
) -> Result<(), AppError> {
    let txn = state.begin_write().await?;
    // Read again, locked until the save commits: a save of the same item
    // at the same moment waits, then finds the version this one wrote.
    let item = content_item::Entity::find_by_id(item.id)
        .lock_exclusive()
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let key = section.subject(&item.slug).key();
    if versions::latest_number(&txn, &key).await?.to_string() != read {
        return Err(AppError::Conflict);
    }
    let released = usage::swap(&txn, item.image_id, chosen.image_id).await?;
    content_translation::Entity::delete_many()
        .filter(content_translation::Column::ItemId.eq(item.id))
        .filter(content_translation::Column::Field.eq(ALT))
        .exec(&txn)
        .await?;
    let rows: Vec<_> = Locale::ALL
        .into_iter()
        .zip(chosen.alts)
        .filter(|(_, alt)| !alt.is_empty())
        .map(|(locale, alt)| content_translation::ActiveModel {
            item_id: Set(item.id),
            lang: Set(locale.code().to_string()),
            field: Set(ALT.to_string()),
            value: Set(alt),
            ..Default::default()
        })
        .collect();
    if !rows.is_empty() {
        content_translation::Entity::insert_many(rows)
            .exec_without_returning(&txn)
            .await?;
    }
    let mut changed = item.into_active_model();
    changed.image_id = Set(chosen.image_id);
    let item = changed.update(&txn).await?;
    // The texts and facts are saved again as they are: the version then
    // holds the whole item, its new picture with them.
    let texts = stored_texts(&txn, item.id).await?;
    let facts = stored_facts(&txn, section, &item).await?;
    save(
        &txn,
        (section, &item),
        (&texts, facts.as_ref()),
        (author, "picture"),
    )
    .await?;
    page_cache::commit_change(state, txn).await?;
    images::remove_released(&state.storage, released.as_slice()).await;
    Ok(())
}

/// The routes' handlers take the section from their route.
pub fn routes(section: &'static Section, relative: &str) -> axum::Router<AppState> {
    axum::Router::new()
        .route(
            &format!("{relative}/{{slug}}/picture"),
            axum::routing::get(move |State(state), page, Path(slug): Path<String>, query| {
                show(state, page, (section, slug), query)
            })
            .post(
                move |State(state), page, client, Path(slug): Path<String>, form| {
                    update(state, (page, client), (section, slug), form)
                },
            ),
        )
        .layer(axum::extract::DefaultBodyLimit::max(
            images::form::FORM_BODY_LIMIT,
        ))
}
