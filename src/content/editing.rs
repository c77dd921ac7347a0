//! Editors change the site's pages from the browser (`/staff/pages`): each
//! page's title, lead and body (Markdown, `web::markdown`) in the three
//! languages side by side, previewed before saving; each save is a version
//! (who, when, which fields: `crate::versions`) and reaches every instance
//! at once (a change of content). The pages were first written in English:
//! the list and the form say which translation is missing, or older than
//! the English it translates. A language left empty shows the English.

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
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{
    Kind, content_country, content_item, content_translation,
    events::EventInput,
    item_slugs,
    news::NewsInput,
    pages::{Article, path_of_page},
    picture,
    publication::{self, DATED},
};
use crate::{
    i18n::Locale,
    index_changes::{self, Subject},
    state::AppState,
    versions::{self, version},
    web::{
        AppError, Page,
        csrf::CheckedForm,
        form::{FieldErrors, SavedQuery, TextBounds},
        page::render,
        page_cache,
    },
};

/// The language the pages were first written in, which every other
/// language translates and falls back to.
const ORIGINAL: Locale = Locale::En;

/// A page's fields, in each language.
const FIELDS: [&str; 3] = ["title", "summary", "body"];

const TITLE: TextBounds = TextBounds { min: 0, max: 200 };
const SUMMARY: TextBounds = TextBounds { min: 0, max: 1000 };
const BODY: TextBounds = TextBounds {
    min: 0,
    max: 20_000,
};

/// A page's form, its three languages at their longest, url-encoded (a
/// letter beyond ASCII takes up to twelve bytes): more than the site's
/// other forms.
pub const FORM_BODY_LIMIT: usize = 1024 * 1024;

/// A page's texts as the form holds them, by `{field}_{language}`; empty
/// where a language has none of its own. Every field must be sent: a form
/// missing a language would otherwise delete its texts.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
pub struct PageTexts {
    pub title_en: String,
    pub summary_en: String,
    pub body_en: String,
    pub title_es: String,
    pub summary_es: String,
    pub body_es: String,
    pub title_fr: String,
    pub summary_fr: String,
    pub body_fr: String,
}

/// One language's texts in the form, each with its field's name.
pub struct LanguageTexts<'a> {
    pub locale: Locale,
    pub title: (&'static str, &'a str),
    pub summary: (&'static str, &'a str),
    pub body: (&'static str, &'a str),
}

impl PageTexts {
    /// The (title, summary, body) written in `locale`.
    fn texts(&self, locale: Locale) -> [&str; 3] {
        match locale {
            Locale::En => [&self.title_en, &self.summary_en, &self.body_en],
            Locale::Es => [&self.title_es, &self.summary_es, &self.body_es],
            Locale::Fr => [&self.title_fr, &self.summary_fr, &self.body_fr],
        }
    }

    fn texts_mut(&mut self, locale: Locale) -> [&mut String; 3] {
        match locale {
            Locale::En => [&mut self.title_en, &mut self.summary_en, &mut self.body_en],
            Locale::Es => [&mut self.title_es, &mut self.summary_es, &mut self.body_es],
            Locale::Fr => [&mut self.title_fr, &mut self.summary_fr, &mut self.body_fr],
        }
    }

    /// The languages it has a title of its own in.
    pub(super) fn written_languages(&self) -> Vec<Locale> {
        Locale::ALL
            .into_iter()
            .filter(|locale| !self.texts(*locale)[0].is_empty())
            .collect()
    }

    /// The title in `locale`, or the English for want of one.
    pub fn title_in(&self, locale: Locale) -> &str {
        match self.texts(locale)[0] {
            "" => &self.title_en,
            own => own,
        }
    }

    /// Each language's texts with their fields, for the form.
    pub fn languages(&self) -> Vec<LanguageTexts<'_>> {
        Locale::ALL
            .into_iter()
            .map(|locale| {
                let [title, summary, body] = self.texts(locale);
                LanguageTexts {
                    locale,
                    title: (field_name("title", locale), title),
                    summary: (field_name("summary", locale), summary),
                    body: (field_name("body", locale), body),
                }
            })
            .collect()
    }

    /// As versions keep it: each field by its form's name.
    pub(super) fn fields(&self) -> Map<String, Value> {
        match serde_json::to_value(self) {
            Ok(Value::Object(fields)) => fields,
            _ => Map::new(),
        }
    }

    /// The texts as kept (trimmed, line breaks plain), or none with every
    /// problem recorded against its field. The English title is required;
    /// another language's texts need its title.
    pub(super) fn check(&self, errors: &mut FieldErrors) -> Option<PageTexts> {
        let mut kept = PageTexts::default();
        let mut valid = true;
        for language in self.languages() {
            let LanguageTexts {
                locale,
                title: (title_field, title),
                summary: (summary_field, summary),
                body: (body_field, body),
            } = language;
            let checked = [
                errors.checked_text(title_field, title, TITLE, ""),
                errors.checked_text(summary_field, summary, SUMMARY, ""),
                errors.checked_text(body_field, body, BODY, ""),
            ];
            let [Some(title), Some(summary), Some(body)] = checked else {
                valid = false;
                continue;
            };
            if title.is_empty() && locale == ORIGINAL {
                errors.add(title_field, "content-title-missing");
                valid = false;
            } else if title.is_empty() && !(summary.is_empty() && body.is_empty()) {
                errors.add(title_field, "content-translation-title-missing");
                valid = false;
            }
            for (slot, text) in kept
                .texts_mut(locale)
                .into_iter()
                .zip([title, summary, body])
            {
                *slot = text;
            }
        }
        valid.then_some(kept)
    }
}

/// A field's name in the form and in versions: `title_es`.
fn field_name(field: &str, locale: Locale) -> &'static str {
    const NAMES: [[&str; 3]; 3] = [
        ["title_en", "title_es", "title_fr"],
        ["summary_en", "summary_es", "summary_fr"],
        ["body_en", "body_es", "body_fr"],
    ];
    let row = FIELDS.iter().position(|name| *name == field).unwrap_or(0);
    let column = Locale::ALL
        .iter()
        .position(|language| *language == locale)
        .unwrap_or(0);
    NAMES[row][column]
}

/// Where a translation stands against the English it translates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// The English itself.
    Original,
    UpToDate,
    /// Not written: readers see the English.
    Missing,
    /// The English changed since this language last did.
    Older,
}

impl Standing {
    pub fn key(self) -> &'static str {
        match self {
            Standing::Original => "original",
            Standing::UpToDate => "up-to-date",
            Standing::Missing => "missing",
            Standing::Older => "older",
        }
    }
}

/// Each language's standing, from the texts and their versions (newest
/// first): a language is older when the newest version that changed the
/// English is newer than the newest that changed it. Texts seeded together
/// count as written together.
fn standings(texts: &PageTexts, history: &[version::Model]) -> Vec<(Locale, Standing)> {
    let last_change = |locale: Locale| {
        history.iter().position(|version| {
            version
                .changed_fields()
                .iter()
                .any(|field| field.ends_with(&format!("_{}", locale.code())))
        })
    };
    let english = last_change(ORIGINAL);
    Locale::ALL
        .into_iter()
        .map(|locale| {
            let standing = if locale == ORIGINAL {
                Standing::Original
            } else if texts.texts(locale)[0].trim().is_empty() {
                Standing::Missing
            } else {
                match (english, last_change(locale)) {
                    // Positions count from the newest.
                    (Some(english), Some(own)) if english < own => Standing::Older,
                    (Some(_), None) => Standing::Older,
                    _ => Standing::UpToDate,
                }
            };
            (locale, standing)
        })
        .collect()
}

/// A kind of content editors change from the staff pages: what it is,
/// where its pages are and what its forms say.
pub struct Section {
    pub kind: Kind,
    /// The editors' list: `/staff/pages`; an item's form is under it.
    pub staff_path: &'static str,
    /// The list's name, as the staff menu has it.
    pub list_label: &'static str,
    /// What its messages start with: `news` for `news-saved`, `news-save`
    /// and `news-new`.
    pub messages: &'static str,
    /// What a dated kind's items are filed under; none for the others.
    pub categories: Categories,
}

/// The categories an item may be filed under (stored by key), and how the
/// form names them.
#[derive(Clone, Copy, Debug, Default)]
pub struct Categories {
    pub keys: &'static [&'static str],
    /// The labels' group: `news-category` for `news-category-{key}`.
    pub labels: &'static str,
    /// The field's own label.
    pub field: &'static str,
    /// What the form calls the choice of none.
    pub none: &'static str,
}

pub const PAGES: Section = Section {
    kind: Kind::Page,
    staff_path: "/staff/pages",
    list_label: "staff-pages",
    messages: "content",
    categories: Categories {
        keys: &[],
        labels: "",
        field: "",
        none: "",
    },
};

impl Section {
    /// What an item's versions and search entry are filed under.
    pub fn subject(&self, slug: &str) -> Subject {
        publication::subject(self.kind, slug)
    }

    /// Whether its items show from a moment on (news, events).
    pub fn is_dated(&self) -> bool {
        DATED.contains(&self.kind)
    }

    /// An item's form, or a page under it (`/history`).
    pub fn item_path(&self, slug: &str, tail: &str) -> String {
        format!("{}/{slug}{tail}", self.staff_path)
    }
}

/// What a page's versions are filed under: `page:about`.
fn subject(slug: &str) -> String {
    PAGES.subject(slug).key()
}

/// What a news item or an event has besides its texts, as its form sends
/// it and its versions keep it.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq, Eq)]
#[serde(default)]
pub struct Facts {
    /// A key of the section's `Categories`, or empty.
    pub category: String,
    /// ISO country codes, sorted, separated by commas.
    pub countries: String,
    /// When it shows publicly (RFC 3339, UTC), or empty for a draft.
    pub published_at: String,
    /// An event's first and last days (`YYYY-MM-DD`), place and region
    /// key; news items have none, and their versions do not mention them.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub starts_on: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub ends_on: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub place: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub region: String,
}

impl Facts {
    /// The field a restore leaves as it is.
    pub const PUBLICATION: &str = "published_at";

    pub fn fields(&self) -> Map<String, Value> {
        match serde_json::to_value(self) {
            Ok(Value::Object(fields)) => fields,
            _ => Map::new(),
        }
    }

    pub fn country_codes(&self) -> impl Iterator<Item = &str> {
        self.countries.split(',').filter(|code| !code.is_empty())
    }

    pub fn published_at(&self) -> Option<chrono::DateTime<Utc>> {
        chrono::DateTime::parse_from_rfc3339(&self.published_at)
            .ok()
            .map(|at| at.with_timezone(&Utc))
    }
}

/// Empty as none.
fn given(text: &str) -> Option<String> {
    Some(text.to_string()).filter(|text| !text.is_empty())
}

/// The facts stored for `item`, when its kind has any.
pub(super) async fn stored_facts(
    db: &impl ConnectionTrait,
    section: &Section,
    item: &content_item::Model,
) -> Result<Option<Facts>, DbErr> {
    if !section.is_dated() {
        return Ok(None);
    }
    let mut countries: Vec<String> = content_country::Entity::find()
        .filter(content_country::Column::ItemId.eq(item.id))
        .all(db)
        .await?
        .into_iter()
        .map(|row| row.country_code)
        .collect();
    countries.sort();
    Ok(Some(Facts {
        category: item.category.clone().unwrap_or_default(),
        countries: countries.join(","),
        published_at: item
            .published_at
            .map(|at| at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
            .unwrap_or_default(),
        starts_on: item.starts_on.clone().unwrap_or_default(),
        ends_on: item.ends_on.clone().unwrap_or_default(),
        place: item.place.clone().unwrap_or_default(),
        region: item.region.clone().unwrap_or_default(),
    }))
}

/// Writes `facts` on the item: its category, publication, countries and
/// an event's days, place and region.
async fn store_facts(txn: &impl ConnectionTrait, item_id: i32, facts: &Facts) -> Result<(), DbErr> {
    content_item::Entity::update_many()
        .col_expr(
            content_item::Column::Category,
            Expr::value(given(&facts.category)),
        )
        .col_expr(
            content_item::Column::PublishedAt,
            Expr::value(facts.published_at()),
        )
        .col_expr(
            content_item::Column::StartsOn,
            Expr::value(given(&facts.starts_on)),
        )
        .col_expr(
            content_item::Column::EndsOn,
            Expr::value(given(&facts.ends_on)),
        )
        .col_expr(
            content_item::Column::Place,
            Expr::value(given(&facts.place)),
        )
        .col_expr(
            content_item::Column::Region,
            Expr::value(given(&facts.region)),
        )
        .filter(content_item::Column::Id.eq(item_id))
        .exec(txn)
        .await?;
    content_country::Entity::delete_many()
        .filter(content_country::Column::ItemId.eq(item_id))
        .exec(txn)
        .await?;
    let rows: Vec<content_country::ActiveModel> = facts
        .country_codes()
        .map(|code| content_country::ActiveModel {
            item_id: Set(item_id),
            country_code: Set(code.to_string()),
        })
        .collect();
    if !rows.is_empty() {
        content_country::Entity::insert_many(rows).exec(txn).await?;
    }
    Ok(())
}

/// The editable pages, in their editorial order.
async fn pages(db: &impl ConnectionTrait) -> Result<Vec<content_item::Model>, DbErr> {
    content_item::Entity::find()
        .filter(content_item::Column::Kind.eq(Kind::Page))
        .order_by_asc(content_item::Column::Position)
        .all(db)
        .await
}

/// The item of `section` stored under `slug`.
pub(super) async fn find_item(
    db: &impl ConnectionTrait,
    section: &Section,
    slug: &str,
) -> Result<content_item::Model, AppError> {
    content_item::Entity::find()
        .filter(content_item::Column::Kind.eq(section.kind))
        .filter(content_item::Column::Slug.eq(slug))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// The page's stored texts, every language as written (no fallback).
pub(super) async fn stored_texts(
    db: &impl ConnectionTrait,
    item_id: i32,
) -> Result<PageTexts, DbErr> {
    Ok(stored_texts_of(db, &[item_id])
        .await?
        .remove(&item_id)
        .unwrap_or_default())
}

/// The stored texts of each of `item_ids`, read at once.
pub(super) async fn stored_texts_of(
    db: &impl ConnectionTrait,
    item_ids: &[i32],
) -> Result<HashMap<i32, PageTexts>, DbErr> {
    let rows = content_translation::Entity::find()
        .filter(content_translation::Column::ItemId.is_in(item_ids.iter().copied()))
        .filter(content_translation::Column::Field.is_in(FIELDS))
        .all(db)
        .await?;
    let mut found: HashMap<i32, PageTexts> = HashMap::new();
    for row in rows {
        let Some(locale) = Locale::from_code(&row.lang) else {
            continue;
        };
        let [title, summary, body] = found.entry(row.item_id).or_default().texts_mut(locale);
        match row.field.as_str() {
            "title" => *title = row.value,
            "summary" => *summary = row.value,
            _ => *body = row.value,
        }
    }
    Ok(found)
}

/// One page as the editors' list shows it.
pub struct Listed {
    pub slug: String,
    pub title: String,
    pub path: Option<&'static str>,
    pub standings: Vec<(Locale, Standing)>,
    pub edited_at: Option<chrono::DateTime<Utc>>,
}

#[derive(Template)]
#[template(path = "content/staff_pages.html")]
struct ListPage {
    page: Page,
    pages: Vec<Listed>,
}

impl ListPage {
    fn languages(&self) -> [Locale; 3] {
        Locale::ALL
    }
}

pub async fn list(State(state): State<AppState>, page: Page) -> Result<Response, AppError> {
    let items = pages(&state.db).await?;
    let ids: Vec<i32> = items.iter().map(|item| item.id).collect();
    let mut texts = stored_texts_of(&state.db, &ids).await?;
    let subjects: Vec<String> = items.iter().map(|item| subject(&item.slug)).collect();
    let histories = versions::histories(&state.db, &subjects).await?;
    let mut listed = Vec::new();
    for (item, subject) in items.into_iter().zip(subjects) {
        let texts = texts.remove(&item.id).unwrap_or_default();
        let history: Vec<version::Model> = histories
            .iter()
            .filter(|version| version.subject == subject)
            .cloned()
            .collect();
        listed.push(Listed {
            title: texts.title_in(page.locale).to_string(),
            path: path_of_page(&item.slug),
            standings: standings(&texts, &history),
            slug: item.slug,
            edited_at: item.edited_at,
        });
    }
    render(&ListPage {
        page,
        pages: listed,
    })
}

/// A page's texts as its public page shows them in one language, for the
/// preview.
pub struct Previewed {
    pub locale: Locale,
    pub article: Article,
}

#[derive(Template)]
#[template(path = "content/staff_item.html")]
pub(super) struct FormPage {
    page: Page,
    section: &'static Section,
    /// Empty while a new item is written.
    slug: String,
    /// The item's stored English title, which names it whatever is typed.
    name: String,
    /// Its public page, while the public may read it.
    path: Option<String>,
    texts: PageTexts,
    standings: Vec<(Locale, Standing)>,
    /// The newest version when the form was filled (0 for none): a save
    /// over a newer one is refused.
    latest: i32,
    errors: FieldErrors,
    saved: bool,
    preview: Vec<Previewed>,
    /// A dated item's category, countries and publication, as typed.
    dated: Option<NewsInput>,
    /// An event's days, place and region, as typed.
    event: Option<EventInput>,
    /// Why the public does not see it yet (a draft, or scheduled).
    unpublished: Option<String>,
}

impl FormPage {
    fn standing(&self, locale: impl std::borrow::Borrow<Locale>) -> &'static str {
        let locale = *locale.borrow();
        self.standings
            .iter()
            .find(|(language, _)| *language == locale)
            .map_or("", |(_, standing)| standing.key())
    }

    /// Where the form is sent.
    fn action(&self) -> String {
        if self.slug.is_empty() {
            format!("{}/new", self.section.staff_path)
        } else {
            self.section.item_path(&self.slug, "")
        }
    }

    fn history_link(&self) -> String {
        self.section.item_path(&self.slug, "/history")
    }

    fn picture_link(&self) -> String {
        self.section.item_path(&self.slug, "/picture")
    }

    /// The section's own message: `saved` gives `news-saved`.
    fn says(&self, what: &str) -> String {
        self.page.t(&format!("{}-{what}", self.section.messages))
    }
}

/// The public page of `item`, while the public may read it.
fn public_path(item: &content_item::Model) -> Option<String> {
    match item.kind {
        Kind::News | Kind::Event => item.published_at.filter(|at| *at <= Utc::now()).map(|_| {
            let list = if item.kind == Kind::Event {
                "events"
            } else {
                "news"
            };
            format!("/{list}/{}", item.slug)
        }),
        _ => path_of_page(&item.slug).map(str::to_string),
    }
}

/// The item's form, filled with what is stored; a blank one for a new
/// item (`slug` none).
pub(super) async fn form_page(
    state: &AppState,
    page: Page,
    section: &'static Section,
    slug: Option<&str>,
) -> Result<FormPage, AppError> {
    let blank = FormPage {
        errors: FieldErrors::new(page.locale),
        dated: section
            .is_dated()
            .then(|| NewsInput::draft(section.categories)),
        event: (section.kind == Kind::Event).then(EventInput::default),
        page,
        section,
        slug: String::new(),
        name: String::new(),
        path: None,
        standings: Vec::new(),
        latest: 0,
        texts: PageTexts::default(),
        saved: false,
        preview: Vec::new(),
        unpublished: None,
    };
    let Some(slug) = slug else {
        return Ok(blank);
    };
    let item = find_item(&state.db, section, slug).await?;
    let texts = stored_texts(&state.db, item.id).await?;
    let history = versions::history(&state.db, &section.subject(slug).key()).await?;
    let facts = stored_facts(&state.db, section, &item).await?;
    let zone = blank.page.time_zone();
    Ok(FormPage {
        slug: item.slug.clone(),
        name: texts.title_en.clone(),
        path: public_path(&item),
        standings: standings(&texts, &history),
        latest: history.first().map_or(0, |latest| latest.number),
        texts,
        unpublished: section
            .is_dated()
            .then(|| publication::unpublished_note(&blank.page, item.published_at))
            .flatten(),
        event: blank.event.as_ref().and(facts.as_ref()).map(EventInput::of),
        dated: facts.map(|facts| NewsInput::of(&facts, zone, section.categories)),
        ..blank
    })
}

pub async fn show(
    State(state): State<AppState>,
    page: Page,
    Path(slug): Path<String>,
    Query(query): Query<SavedQuery>,
) -> Result<Response, AppError> {
    show_item(state, page, &PAGES, &slug, query).await
}

/// An item's form, saying so when it was just saved.
pub(super) async fn show_item(
    state: AppState,
    page: Page,
    section: &'static Section,
    slug: &str,
    query: SavedQuery,
) -> Result<Response, AppError> {
    let mut form = form_page(&state, page, section, Some(slug)).await?;
    form.saved = query.saved;
    render(&form)
}

/// What the form sends besides the texts.
#[derive(Deserialize, Default)]
#[serde(default)]
struct Sent {
    latest: String,
    /// `yes` when the editor asked to see it before saving.
    preview: String,
}

pub async fn update(
    State(state): State<AppState>,
    page: Page,
    Path(slug): Path<String>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    submit(state, page, (&PAGES, Some(&slug)), form).await
}

/// Saves an item's form (a new one when `slug` is none) or shows it again:
/// with its preview, or with what is wrong.
pub(super) async fn submit(
    state: AppState,
    page: Page,
    (section, slug): (&'static Section, Option<&str>),
    form: CheckedForm,
) -> Result<Response, AppError> {
    let typed: PageTexts = form.parse()?;
    let sent: Sent = form.parse()?;
    let author = page.user_id();
    let mut shown = form_page(&state, page, section, slug).await?;
    if sent.latest != shown.latest.to_string() {
        // Saved by someone else since this form was filled.
        return Err(AppError::Conflict);
    }
    let checked = typed.check(&mut shown.errors);
    let facts = match shown.dated {
        Some(_) => {
            let mut typed_dated: NewsInput = form.parse()?;
            typed_dated.categories = section.categories;
            let facts = typed_dated.check(&mut shown.errors, shown.page.time_zone());
            shown.dated = Some(typed_dated);
            let facts = match shown.event {
                Some(_) => {
                    let typed_event: EventInput = form.parse()?;
                    let facts = typed_event.check(&mut shown.errors, facts);
                    shown.event = Some(typed_event);
                    facts
                }
                None => facts,
            };
            facts.map(Some)
        }
        None => Some(None),
    };
    shown.texts = typed;
    let (texts, facts) = match (checked, facts) {
        (Some(texts), Some(facts)) if sent.preview != "yes" => (texts, facts),
        (Some(texts), Some(_)) => {
            shown.preview = preview(&texts);
            return render(&shown);
        }
        _ => return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&shown)?).into_response()),
    };
    let txn = state.begin_write().await?;
    let (item, note) = match slug {
        Some(slug) => {
            let item = find_item(&txn, section, slug).await?;
            // Checked again where it counts: another editor's save may
            // have committed since the form was read.
            let latest = versions::latest(&txn, &section.subject(slug).key()).await?;
            if latest.map_or(0, |latest| latest.number) != shown.latest {
                return Err(AppError::Conflict);
            }
            (item, "edited")
        }
        None => (create(&txn, section, &texts.title_en).await?, "created"),
    };
    save(
        &txn,
        (section, &item),
        (&texts, facts.as_ref()),
        (author, note),
    )
    .await?;
    page_cache::commit_change(&state, txn).await?;
    let back = shown
        .page
        .link(&section.item_path(&item.slug, "?saved=true"));
    Ok(Redirect::to(&back).into_response())
}

/// A new item of `section`, under an address made from its English title
/// (`item_slugs`).
async fn create(
    txn: &impl ConnectionTrait,
    section: &Section,
    title: &str,
) -> Result<content_item::Model, DbErr> {
    let slug = item_slugs::for_new_item(txn, section.kind, title).await?;
    content_item::Entity::insert(content_item::ActiveModel {
        kind: Set(section.kind),
        slug: Set(slug),
        position: Set(0),
        ..Default::default()
    })
    .exec_with_returning(txn)
    .await
}

/// The page as each written language will show it.
fn preview(texts: &PageTexts) -> Vec<Previewed> {
    Locale::ALL
        .into_iter()
        .filter_map(|locale| {
            let [title, summary, body] = texts.texts(locale);
            (!title.trim().is_empty()).then(|| Previewed {
                locale,
                article: Article::new(title, summary, body),
            })
        })
        .collect()
}

/// Stores the texts (a language's empty field has no row, so the English
/// shows), marks the item as edited, and records the version (`author`,
/// `note`: `edited`, `restored:3`) of the texts and the kind's own `facts`,
/// with the seeded texts first when the item has none yet.
pub(super) async fn save(
    txn: &impl ConnectionTrait,
    (section, item): (&Section, &content_item::Model),
    (texts, facts): (&PageTexts, Option<&Facts>),
    (author, note): (Option<i32>, &str),
) -> Result<(), DbErr> {
    let subject = section.subject(&item.slug);
    let key = subject.key();
    if versions::latest(txn, &key).await?.is_none() {
        let before = stored_texts(txn, item.id).await?;
        if !before.title_en.is_empty() {
            let mut fields = before.fields();
            if let Some(facts) = stored_facts(txn, section, item).await? {
                fields.extend(facts.fields());
            }
            versions::record(txn, &key, None, "before", fields).await?;
        }
    }
    content_translation::Entity::delete_many()
        .filter(content_translation::Column::ItemId.eq(item.id))
        .filter(content_translation::Column::Field.is_in(FIELDS))
        .exec(txn)
        .await?;
    let rows = Locale::ALL.into_iter().flat_map(|locale| {
        FIELDS
            .into_iter()
            .zip(texts.texts(locale))
            .filter(|(_, value)| !value.is_empty())
            .map(move |(field, value)| content_translation::ActiveModel {
                item_id: Set(item.id),
                lang: Set(locale.code().to_string()),
                field: Set(field.to_string()),
                value: Set(value.to_string()),
                ..Default::default()
            })
    });
    content_translation::Entity::insert_many(rows)
        .exec(txn)
        .await?;
    if section.is_dated() {
        let titles = Locale::ALL.map(|locale| texts.texts(locale)[0]);
        item_slugs::give(txn, item, titles).await?;
    }
    content_item::Entity::update_many()
        .col_expr(
            content_item::Column::EditedAt,
            Expr::value(Some(Utc::now())),
        )
        .filter(content_item::Column::Id.eq(item.id))
        .exec(txn)
        .await?;
    // What was written is what is stored now: an empty field has no row,
    // and reads back empty.
    let mut fields = texts.fields();
    if let Some(facts) = facts {
        store_facts(txn, item.id, facts).await?;
        fields.extend(facts.fields());
    }
    if section.is_dated() {
        fields.extend(picture::version_fields(txn, item).await?);
    }
    versions::record(txn, &key, author, note, fields).await?;
    index_changes::record(txn, &subject).await
}
