//! Editors keep the archive (`/staff/councils`): every meeting recorded,
//! and a form to record one or change one, its documents named by their
//! numbers in the library; each save is a version, and a save over a newer
//! one is refused.

use askama::Template;
use axum::{
    Router,
    extract::State,
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
    routing::get,
};
use chrono::Utc;
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use serde_json::{Map, Value};

use super::{
    all_meetings, document, documents_of,
    form::{Checked, MeetingInput},
    meeting, subject,
};
use crate::{
    content::{Kind, queries},
    db::Keyed,
    index_changes::{self, Subject},
    library::entities::resource,
    state::AppState,
    versions,
    web::{
        AppError, Page,
        csrf::CheckedForm,
        form::FieldErrors,
        page::render,
        page_cache,
        record_form::{self, RecordForm},
        side_by_side::Translated,
    },
};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/councils", get(list))
        .merge(record_form::routes::<FormPage>("/councils"))
}

/// The councils, in their editorial order: (slug, name).
pub async fn councils(
    db: &impl ConnectionTrait,
    page: &Page,
) -> Result<Vec<(String, String)>, AppError> {
    Ok(queries::items(db, Kind::Council, page.locale)
        .await?
        .into_iter()
        .map(|item| (item.slug.clone(), item.text("name").to_string()))
        .collect())
}

/// The name of the council `slug`, or the slug of one since removed.
pub fn council_name(councils: &[(String, String)], slug: &str) -> String {
    councils
        .iter()
        .find(|(known, _)| known == slug)
        .map_or_else(|| slug.to_string(), |(_, name)| name.clone())
}

#[derive(Template)]
#[template(path = "councils/staff_list.html")]
struct ListPage {
    page: Page,
    meetings: Vec<(meeting::Model, String)>,
}

async fn list(State(state): State<AppState>, page: Page) -> Result<Response, AppError> {
    let councils = councils(&state.db, &page).await?;
    let meetings = all_meetings(&state.db)
        .await?
        .into_iter()
        .map(|found| {
            let name = council_name(&councils, &found.council_slug);
            (found, name)
        })
        .collect();
    render(&ListPage { page, meetings })
}

#[derive(Template)]
#[template(path = "councils/staff_form.html")]
struct FormPage {
    page: Page,
    /// None while a new one is recorded.
    id: Option<i32>,
    input: MeetingInput,
    councils: Vec<(String, String)>,
    /// The documents as saved, by number, with their titles.
    documents: Vec<resource::Model>,
    errors: FieldErrors,
    /// The newest version when the form was filled (0 for none).
    latest: i32,
    saved: bool,
}

impl FormPage {
    fn title(&self) -> String {
        match self.id {
            Some(_) => {
                let name = council_name(&self.councils, &self.input.council);
                let edition = self
                    .page
                    .t_with("councils-edition", "number", &self.input.edition);
                format!("{name} · {edition}")
            }
            None => self.page.t("councils-new"),
        }
    }

    fn action(&self) -> String {
        match self.id {
            Some(id) => format!("/staff/councils/{id}"),
            None => "/staff/councils/new".to_string(),
        }
    }
}

async fn find(db: &impl ConnectionTrait, id: i32) -> Result<meeting::Model, AppError> {
    meeting::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// The library's resources of `numbers`, in that order; those that do not
/// exist are left out.
async fn resources(
    db: &impl ConnectionTrait,
    numbers: &[i32],
) -> Result<Vec<resource::Model>, DbErr> {
    let found = resource::Entity::find()
        .filter(resource::Column::Id.is_in(numbers.iter().copied()))
        .all(db)
        .await?;
    Ok(numbers
        .iter()
        .filter_map(|number| found.iter().find(|r| r.id == *number).cloned())
        .collect())
}

async fn form_page(state: &AppState, page: Page, id: Option<i32>) -> Result<FormPage, AppError> {
    let councils = councils(&state.db, &page).await?;
    let blank = FormPage {
        errors: FieldErrors::new(page.locale),
        page,
        id: None,
        input: MeetingInput::default(),
        councils,
        documents: Vec::new(),
        latest: 0,
        saved: false,
    };
    let Some(id) = id else {
        return Ok(blank);
    };
    let found = find(&state.db, id).await?;
    let numbers: Vec<i32> = documents_of(&state.db, [id])
        .await?
        .into_iter()
        .map(|document| document.resource_id)
        .collect();
    Ok(FormPage {
        id: Some(id),
        input: MeetingInput::of(&found, &numbers),
        documents: resources(&state.db, &numbers).await?,
        latest: versions::latest_number(&state.db, &subject(id)).await?,
        ..blank
    })
}

impl RecordForm for FormPage {
    async fn filled(state: &AppState, page: Page, id: Option<i32>) -> Result<FormPage, AppError> {
        form_page(state, page, id).await
    }

    fn mark_saved(&mut self) {
        self.saved = true;
    }

    async fn save(
        state: AppState,
        page: Page,
        id: Option<i32>,
        form: CheckedForm,
    ) -> Result<Response, AppError> {
        save_form(state, page, id, form).await
    }
}

/// Stores the form (a new meeting when `id` is none) and records its
/// version, or shows it again with what is wrong.
async fn save_form(
    state: AppState,
    page: Page,
    id: Option<i32>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let typed: MeetingInput = form.parse()?;
    let author = page.user_id();
    let mut shown = form_page(&state, page, id).await?;
    record_form::check_latest(&form, shown.latest)?;
    let slugs: Vec<String> = shown
        .councils
        .iter()
        .map(|(slug, _)| slug.clone())
        .collect();
    let checked = typed.check(&mut shown.errors, &slugs);
    shown.input = typed;
    let checked = match checked {
        Some(checked) => check_in_store(&state, id, checked, &mut shown).await?,
        None => None,
    };
    let Some(checked) = checked else {
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&shown)?).into_response());
    };
    let txn = state.begin_write().await?;
    let stored = store(&txn, id, &checked).await?;
    index_changes::record(&txn, &Subject::Meeting(stored.id)).await?;
    let note = if id.is_some() { "edited" } else { "created" };
    let fields = fields(&stored, &checked.documents);
    versions::record_over(
        &txn,
        &subject(stored.id),
        shown.latest,
        (author, note),
        fields,
    )
    .await?;
    page_cache::commit_change(&state, txn).await?;
    let back = shown
        .page
        .link(&format!("/staff/councils/{}?saved=true", stored.id));
    Ok(Redirect::to(&back).into_response())
}

/// What only the database can tell: that every document exists in the
/// library, and that no other meeting is this council's edition.
async fn check_in_store(
    state: &AppState,
    id: Option<i32>,
    checked: Checked,
    shown: &mut FormPage,
) -> Result<Option<Checked>, AppError> {
    let found = resources(&state.db, &checked.documents).await?;
    let missing: Vec<String> = checked
        .documents
        .iter()
        .filter(|number| !found.iter().any(|r| r.id == **number))
        .map(i32::to_string)
        .collect();
    if !missing.is_empty() {
        let numbers = missing.join(", ");
        let message = shown
            .page
            .t_with("councils-documents-unknown", "numbers", &numbers);
        shown.errors.add_text("documents", message);
    }
    let taken = meeting::Entity::find()
        .filter(meeting::Column::CouncilSlug.eq(&checked.council_slug))
        .filter(meeting::Column::Edition.eq(checked.edition))
        .filter(meeting::Column::Id.ne(id.unwrap_or(0)))
        .one(&state.db)
        .await?;
    if taken.is_some() {
        shown.errors.add("edition", "councils-edition-taken");
    }
    shown.documents = found;
    Ok(shown.errors.is_empty().then_some(checked))
}

async fn store(
    txn: &impl ConnectionTrait,
    id: Option<i32>,
    checked: &Checked,
) -> Result<meeting::Model, AppError> {
    let now = Utc::now();
    let [summary_en, summary_es, summary_fr] = checked.summaries.clone();
    let mut row = meeting::ActiveModel {
        council_slug: Set(checked.council_slug.clone()),
        edition: Set(checked.edition),
        starts_on: Set(checked.starts_on.clone()),
        ends_on: Set(checked.ends_on.clone()),
        place: Set(checked.place.clone()),
        country_code: Set(checked.country_code.clone()),
        participants: Set(checked.participants.clone()),
        summary_en: Set(summary_en),
        summary_es: Set(summary_es),
        summary_fr: Set(summary_fr),
        updated_at: Set(now),
        ..Default::default()
    };
    let stored = match id {
        Some(id) => {
            find(txn, id).await?;
            row.id = Set(id);
            meeting::Entity::update(row).exec(txn).await?
        }
        None => {
            row.created_at = Set(now);
            meeting::Entity::insert(row)
                .exec_with_returning(txn)
                .await?
        }
    };
    store_documents(txn, stored.id, &checked.documents).await?;
    Ok(stored)
}

/// The meeting's documents become `numbers`, in that order.
async fn store_documents(
    txn: &impl ConnectionTrait,
    meeting_id: i32,
    numbers: &[i32],
) -> Result<(), DbErr> {
    document::Entity::delete_many()
        .filter(document::Column::MeetingId.eq(meeting_id))
        .exec(txn)
        .await?;
    if numbers.is_empty() {
        return Ok(());
    }
    let rows = numbers
        .iter()
        .zip(0..)
        .map(|(number, position)| document::ActiveModel {
            meeting_id: Set(meeting_id),
            resource_id: Set(*number),
            position: Set(position),
        });
    document::Entity::insert_many(rows)
        .exec_without_returning(txn)
        .await?;
    Ok(())
}

/// What a version keeps of a meeting: its form's fields.
fn fields(stored: &meeting::Model, documents: &[i32]) -> Map<String, Value> {
    match serde_json::to_value(MeetingInput::of(stored, documents)) {
        Ok(Value::Object(fields)) => fields,
        _ => Map::new(),
    }
}
