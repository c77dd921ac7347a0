//! Editors keep the registry (`/staff/agreements`): every agreement with
//! its partner, subject, signature and end, and a form to record a new one
//! or change one; each save is a version, and a save over a newer one is
//! refused.

use askama::Template;
use axum::{
    Router,
    extract::State,
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
    routing::get,
};
use chrono::Utc;
use sea_orm::{ActiveValue::Set, ConnectionTrait, EntityTrait, QueryOrder};
use serde_json::{Map, Value};

use super::{
    Standing, agreement,
    form::{AgreementInput, Checked},
};
use crate::{
    content::{Kind, events::today, queries},
    index_changes::{self, Subject},
    state::AppState,
    versions,
    web::{
        AppError, Page,
        csrf::CheckedForm,
        form::FieldErrors,
        page::render,
        page_cache,
        record_form::{self, RecordForm},
    },
};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/agreements", get(list))
        .merge(record_form::routes::<FormPage>("/agreements"))
}

/// The partners, by name in the page's language: (slug, name).
async fn partners(
    db: &impl ConnectionTrait,
    page: &Page,
) -> Result<Vec<(String, String)>, AppError> {
    let mut partners: Vec<(String, String)> = queries::items(db, Kind::Partner, page.locale)
        .await?
        .into_iter()
        .map(|item| (item.slug.clone(), item.text("name").to_string()))
        .collect();
    partners.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(partners)
}

#[derive(Template)]
#[template(path = "content/staff_agreements.html")]
struct ListPage {
    page: Page,
    agreements: Vec<(agreement::Model, String, Standing)>,
}

async fn list(State(state): State<AppState>, page: Page) -> Result<Response, AppError> {
    let partners = partners(&state.db, &page).await?;
    let day = today();
    let agreements = agreement::Entity::find()
        .order_by_desc(agreement::Column::SignedOn)
        .all(&state.db)
        .await?
        .into_iter()
        .map(|found| {
            let name = partner_name(&partners, &found.partner_slug);
            let standing = found.standing(day);
            (found, name, standing)
        })
        .collect();
    render(&ListPage { page, agreements })
}

fn partner_name(partners: &[(String, String)], slug: &str) -> String {
    partners
        .iter()
        .find(|(known, _)| known == slug)
        .map_or_else(|| slug.to_string(), |(_, name)| name.clone())
}

#[derive(Template)]
#[template(path = "content/staff_agreement.html")]
struct FormPage {
    page: Page,
    /// None while a new one is recorded.
    id: Option<i32>,
    input: AgreementInput,
    partners: Vec<(String, String)>,
    errors: FieldErrors,
    /// The newest version when the form was filled (0 for none).
    latest: i32,
    saved: bool,
}

impl FormPage {
    /// "Agreement with …" once its partner is known.
    fn title(&self) -> String {
        match self
            .partners
            .iter()
            .find(|(slug, _)| *slug == self.input.partner)
        {
            Some((_, name)) if self.id.is_some() => {
                self.page.t_with("agreements-edit", "partner", name)
            }
            _ => self.page.t("agreements-new"),
        }
    }

    fn action(&self) -> String {
        match self.id {
            Some(id) => format!("/staff/agreements/{id}"),
            None => "/staff/agreements/new".to_string(),
        }
    }
}

fn subject(id: i32) -> String {
    format!("agreement:{id}")
}

async fn form_page(state: &AppState, page: Page, id: Option<i32>) -> Result<FormPage, AppError> {
    let partners = partners(&state.db, &page).await?;
    let blank = FormPage {
        errors: FieldErrors::new(page.locale),
        page,
        id: None,
        input: AgreementInput::default(),
        partners,
        latest: 0,
        saved: false,
    };
    let Some(id) = id else {
        return Ok(blank);
    };
    let found = find(&state.db, id).await?;
    Ok(FormPage {
        id: Some(id),
        input: AgreementInput::of(&found),
        latest: versions::latest_number(&state.db, &subject(id)).await?,
        ..blank
    })
}

async fn find(db: &impl ConnectionTrait, id: i32) -> Result<agreement::Model, AppError> {
    agreement::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
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

/// Stores the form (a new agreement when `id` is none) and records its
/// version, or shows it again with what is wrong.
async fn save_form(
    state: AppState,
    page: Page,
    id: Option<i32>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let typed: AgreementInput = form.parse()?;
    let author = page.user_id();
    let mut shown = form_page(&state, page, id).await?;
    record_form::check_latest(&form, shown.latest)?;
    let slugs: Vec<String> = shown
        .partners
        .iter()
        .map(|(slug, _)| slug.clone())
        .collect();
    let checked = typed.check(&mut shown.errors, &slugs);
    shown.input = typed;
    let Some(checked) = checked else {
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&shown)?).into_response());
    };
    let txn = state.begin_write().await?;
    let stored = store(&txn, id, &checked).await?;
    index_changes::record(&txn, &Subject::Agreement(stored.id)).await?;
    let note = if id.is_some() { "edited" } else { "created" };
    let key = subject(stored.id);
    versions::record_over(&txn, &key, shown.latest, (author, note), fields(&stored)).await?;
    page_cache::commit_change(&state, txn).await?;
    let back = shown
        .page
        .link(&format!("/staff/agreements/{}?saved=true", stored.id));
    Ok(Redirect::to(&back).into_response())
}

async fn store(
    txn: &impl ConnectionTrait,
    id: Option<i32>,
    checked: &Checked,
) -> Result<agreement::Model, AppError> {
    let now = Utc::now();
    let [subject_en, subject_es, subject_fr] = checked.subjects.clone();
    let mut row = agreement::ActiveModel {
        partner_slug: Set(checked.partner_slug.clone()),
        subject_en: Set(subject_en),
        subject_es: Set(subject_es),
        subject_fr: Set(subject_fr),
        signatories: Set(checked.signatories.clone()),
        signed_on: Set(checked.signed_on.clone()),
        duration_months: Set(checked.duration_months),
        renewed_until: Set(checked.renewed_until.clone()),
        updated_at: Set(now),
        ..Default::default()
    };
    Ok(match id {
        Some(id) => {
            find(txn, id).await?;
            row.id = Set(id);
            agreement::Entity::update(row).exec(txn).await?
        }
        None => {
            row.created_at = Set(now);
            agreement::Entity::insert(row)
                .exec_with_returning(txn)
                .await?
        }
    })
}

/// What a version keeps of an agreement: its form's fields.
fn fields(stored: &agreement::Model) -> Map<String, Value> {
    match serde_json::to_value(AgreementInput::of(stored)) {
        Ok(Value::Object(fields)) => fields,
        _ => Map::new(),
    }
}
