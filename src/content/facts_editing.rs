//! Editors change the texts of the site's facts from the browser
//! (`/staff/content`): the reports, partners, forums, programmes,
//! councils, technical-cooperation instruments and the head office. Each
//! item's fields are those its seed files give (`seed_files::fields_of`):
//! the translated ones side by side in the three languages (a language
//! left empty shows the English), the others once. Each save is a version
//! (who, when, which fields) and reaches every instance at once.

use std::collections::HashMap;

use askama::Template;
use axum::{
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use chrono::Utc;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    sea_query::Expr,
};
use serde_json::{Map, Value};

use super::{Kind, content_item, content_translation, seed_files};
use crate::{
    i18n::Locale,
    state::AppState,
    versions,
    web::{
        AppError, Page,
        csrf::CheckedForm,
        form::{FieldErrors, SavedQuery, TextBounds, normalize_email},
        page::render,
        page_cache,
    },
};

/// The kinds edited here, in the order the list shows them.
const KINDS: [Kind; 7] = [
    Kind::Report,
    Kind::Partner,
    Kind::Forum,
    Kind::Programme,
    Kind::Council,
    Kind::Instrument,
    Kind::Office,
];

const TEXT: TextBounds = TextBounds { min: 0, max: 4000 };

/// A kind by the folder name its addresses use (`partners`).
fn kind_named(folder: &str) -> Option<(Kind, seed_files::Fields)> {
    KINDS.into_iter().find_map(|kind| {
        let fields = seed_files::fields_of(kind)?;
        (fields.folder == folder).then_some((kind, fields))
    })
}

/// One item in the list: its name in the page's language.
struct Listed {
    slug: String,
    name: String,
}

struct Group {
    folder: &'static str,
    items: Vec<Listed>,
}

#[derive(Template)]
#[template(path = "content/staff_facts.html")]
struct ListPage {
    page: Page,
    groups: Vec<Group>,
}

/// Each item's stored texts by (language, field).
type Texts = HashMap<(String, String), String>;

async fn texts_of(db: &impl ConnectionTrait, item_id: i32) -> Result<Texts, DbErr> {
    Ok(content_translation::Entity::find()
        .filter(content_translation::Column::ItemId.eq(item_id))
        .all(db)
        .await?
        .into_iter()
        .map(|row| ((row.lang, row.field), row.value))
        .collect())
}

pub async fn list(State(state): State<AppState>, page: Page) -> Result<Response, AppError> {
    let mut groups = Vec::new();
    for kind in KINDS {
        let Some(fields) = seed_files::fields_of(kind) else {
            continue;
        };
        let items = super::queries::items(&state.db, kind, page.locale).await?;
        let name_field = fields.translated[0];
        groups.push(Group {
            folder: fields.folder,
            items: items
                .into_iter()
                .map(|item| Listed {
                    name: item.text(name_field).to_string(),
                    slug: item.slug,
                })
                .collect(),
        });
    }
    render(&ListPage { page, groups })
}

/// One field of the form: its name there, its label key and its value.
pub struct Field {
    pub name: &'static str,
    pub label: String,
    pub value: String,
}

#[derive(Template)]
#[template(path = "content/staff_fact.html")]
struct FormPage {
    page: Page,
    folder: String,
    slug: String,
    name: String,
    /// Per language, its translated fields.
    languages: Vec<(Locale, Vec<Field>)>,
    shared: Vec<Field>,
    /// The newest version when the form was filled (0 for none).
    latest: i32,
    errors: FieldErrors,
    saved: bool,
}

fn field(name: &'static str, field: &str, value: String) -> Field {
    Field {
        name,
        label: format!("content-fact-{field}"),
        value,
    }
}

/// The form's fields filled from `value(language, field)`.
fn fields(
    fields: &seed_files::Fields,
    value: impl Fn(Option<Locale>, &'static str) -> String,
) -> (Vec<(Locale, Vec<Field>)>, Vec<Field>) {
    let languages = Locale::ALL
        .into_iter()
        .map(|locale| {
            let translated = fields
                .translated
                .iter()
                .map(|name| {
                    let value = value(Some(locale), name);
                    field(form_name(name, Some(locale)), name, value)
                })
                .collect();
            (locale, translated)
        })
        .collect();
    let shared = fields
        .shared
        .iter()
        .map(|name| field(name, name, value(None, name)))
        .collect();
    (languages, shared)
}

async fn find(
    db: &impl ConnectionTrait,
    kind: Kind,
    slug: &str,
) -> Result<content_item::Model, AppError> {
    content_item::Entity::find()
        .filter(content_item::Column::Kind.eq(kind))
        .filter(content_item::Column::Slug.eq(slug))
        .order_by_asc(content_item::Column::Id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

pub async fn show(
    State(state): State<AppState>,
    page: Page,
    Path((folder, slug)): Path<(String, String)>,
    Query(query): Query<SavedQuery>,
) -> Result<Response, AppError> {
    let (kind, layout) = kind_named(&folder).ok_or(AppError::NotFound)?;
    let item = find(&state.db, kind, &slug).await?;
    let stored = texts_of(&state.db, item.id).await?;
    let value = |locale: Option<Locale>, name: &'static str| {
        let lang = locale.unwrap_or(Locale::En).code().to_string();
        stored
            .get(&(lang, name.to_string()))
            .cloned()
            .unwrap_or_default()
    };
    let (languages, shared) = fields(&layout, value);
    let latest = latest_number(&state.db, &subject_of(&item)).await?;
    render(&FormPage {
        latest,
        name: value(Some(Locale::En), layout.translated[0]),
        errors: FieldErrors::new(page.locale),
        page,
        folder,
        slug,
        languages,
        shared,
        saved: query.saved,
    })
}

pub async fn update(
    State(state): State<AppState>,
    page: Page,
    Path((folder, slug)): Path<(String, String)>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let (kind, layout) = kind_named(&folder).ok_or(AppError::NotFound)?;
    let sent: HashMap<String, String> = form.parse()?;
    let item = find(&state.db, kind, &slug).await?;
    let mut errors = FieldErrors::new(page.locale);
    let mut checked: Vec<(Option<Locale>, &'static str, String)> = Vec::new();
    let (languages, shared) = fields(&layout, |locale, name| {
        let typed = sent.get(form_name(name, locale));
        typed.cloned().unwrap_or_default()
    });
    for (locale, fields) in &languages {
        for (field, name) in fields.iter().zip(layout.translated) {
            check(&mut errors, field, (Some(*locale), name), &mut checked);
        }
    }
    for (field, name) in shared.iter().zip(layout.shared) {
        check(&mut errors, field, (None, name), &mut checked);
    }
    let english_field = form_name(layout.translated[0], Some(Locale::En));
    let english_name = sent.get(english_field).map_or("", |name| name.trim());
    if english_name.is_empty() && errors.is_empty() {
        errors.add(english_field, "content-title-missing");
    }
    // The head office's address receives the contact page's messages.
    if let Some(email) = sent
        .get("email")
        .filter(|_| layout.shared.contains(&"email"))
        && normalize_email(email).is_none()
    {
        errors.add("email", "content-fact-email-invalid");
    }
    let subject = subject_of(&item);
    let latest = latest_number(&state.db, &subject).await?;
    if sent.get("latest").map(String::as_str) != Some(latest.to_string().as_str()) {
        // Saved by someone else since this form was filled.
        return Err(AppError::Conflict);
    }
    if !errors.is_empty() {
        let stored = texts_of(&state.db, item.id).await?;
        let name = stored.get(&(
            Locale::En.code().to_string(),
            layout.translated[0].to_string(),
        ));
        let refused = FormPage {
            name: name.cloned().unwrap_or_default(),
            latest,
            errors,
            page,
            folder,
            slug,
            languages,
            shared,
            saved: false,
        };
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&refused)?).into_response());
    }
    let txn = state.begin_write().await?;
    // Checked again where it counts: another editor's save may have
    // committed since.
    if latest_number(&txn, &subject).await? != latest {
        return Err(AppError::Conflict);
    }
    save(&txn, &item, &checked, page.user_id()).await?;
    page_cache::commit_change(&state, txn).await?;
    let back = page.link(&format!("/staff/content/{folder}/{slug}?saved=true"));
    Ok(Redirect::to(&back).into_response())
}

/// A field's name in the form: `name_es` for a translated field, the
/// field's own name for a shared one. Made once for every kind's fields,
/// so that errors can name them for the page's life.
fn form_name(field: &'static str, locale: Option<Locale>) -> &'static str {
    static NAMES: std::sync::LazyLock<HashMap<(&'static str, Locale), &'static str>> =
        std::sync::LazyLock::new(|| {
            let mut names = HashMap::new();
            for kind in KINDS {
                let Some(fields) = seed_files::fields_of(kind) else {
                    continue;
                };
                for field in fields.translated {
                    for locale in Locale::ALL {
                        let name = format!("{field}_{}", locale.code());
                        names.insert((*field, locale), &*Box::leak(name.into_boxed_str()));
                    }
                }
            }
            names
        });
    match locale {
        Some(locale) => NAMES.get(&(field, locale)).copied().unwrap_or(field),
        None => field,
    }
}

fn check(
    errors: &mut FieldErrors,
    field: &Field,
    (locale, name): (Option<Locale>, &'static str),
    checked: &mut Vec<(Option<Locale>, &'static str, String)>,
) {
    if let Some(text) = errors.checked_text(field.name, &field.value, TEXT, "") {
        checked.push((locale, name, text));
    }
}

/// Writes the texts (a shared field in every language, as seeded; an empty
/// translated field has no row, so the English shows), marks the item as
/// edited and records the version.
async fn save(
    txn: &impl ConnectionTrait,
    item: &content_item::Model,
    checked: &[(Option<Locale>, &str, String)],
    author: Option<i32>,
) -> Result<(), DbErr> {
    let subject = subject_of(item);
    if versions::latest(txn, &subject).await?.is_none() {
        let before = texts_of(txn, item.id).await?;
        versions::record(txn, &subject, None, "before", as_version(&before)).await?;
    }
    content_translation::Entity::delete_many()
        .filter(content_translation::Column::ItemId.eq(item.id))
        .exec(txn)
        .await?;
    let mut rows = Vec::new();
    let mut written: Texts = HashMap::new();
    for (locale, name, text) in checked {
        let languages = match locale {
            Some(locale) => vec![*locale],
            None => Locale::ALL.to_vec(),
        };
        for language in languages {
            if text.is_empty() {
                continue;
            }
            written.insert(
                (language.code().to_string(), name.to_string()),
                text.clone(),
            );
            rows.push(content_translation::ActiveModel {
                item_id: Set(item.id),
                lang: Set(language.code().to_string()),
                field: Set(name.to_string()),
                value: Set(text.clone()),
                ..Default::default()
            });
        }
    }
    if !rows.is_empty() {
        content_translation::Entity::insert_many(rows)
            .exec(txn)
            .await?;
    }
    content_item::Entity::update_many()
        .col_expr(
            content_item::Column::EditedAt,
            Expr::value(Some(Utc::now())),
        )
        .filter(content_item::Column::Id.eq(item.id))
        .exec(txn)
        .await?;
    versions::record(txn, &subject, author, "edited", as_version(&written)).await?;
    Ok(())
}

/// Texts as versions keep them: `{field}_{language}`.
fn as_version(texts: &Texts) -> Map<String, Value> {
    texts
        .iter()
        .map(|((lang, field), value)| (format!("{field}_{lang}"), Value::String(value.clone())))
        .collect()
}

/// What an item's versions are filed under: `partners:comjib`.
fn subject_of(item: &content_item::Model) -> String {
    let folder = seed_files::fields_of(item.kind).map_or("content", |fields| fields.folder);
    format!("{folder}:{}", item.slug)
}

/// The newest version's number, 0 for none: a form filled before a newer
/// save is refused.
async fn latest_number(db: &impl ConnectionTrait, subject: &str) -> Result<i32, DbErr> {
    Ok(versions::latest(db, subject)
        .await?
        .map_or(0, |latest| latest.number))
}
