//! The editors' pages of a record kept as versions (an agreement, a
//! council's meeting), written once: `{base}/new` shows a blank form,
//! `{base}/{id}` the stored one (saying so after a save), and sending
//! either is answered by the record's own `save`. The form carries the
//! number of the newest version it was filled from (`latest`): a form
//! filled before someone else's save is refused (`check_latest`).

use std::future::Future;

use askama::Template;
use axum::{
    Router,
    extract::{Path, Query, State},
    response::Response,
    routing::get,
};
use serde::Deserialize;

use super::{AppError, Page, csrf::CheckedForm, form::SavedQuery, page::render};
use crate::state::AppState;

pub trait RecordForm: Template + Send + Sized + 'static {
    /// The form's page: blank for a new record (`id` none), else filled
    /// with the stored one.
    fn filled(
        state: &AppState,
        page: Page,
        id: Option<i32>,
    ) -> impl Future<Output = Result<Self, AppError>> + Send;

    /// Marks the page as shown just after a save.
    fn mark_saved(&mut self);

    /// Checks and stores a sent form (a new record when `id` is none).
    fn save(
        state: AppState,
        page: Page,
        id: Option<i32>,
        form: CheckedForm,
    ) -> impl Future<Output = Result<Response, AppError>> + Send;
}

/// The pages of `F` under `base` (`/councils`), relative to `/staff`.
pub fn routes<F: RecordForm>(base: &str) -> Router<AppState> {
    Router::new()
        .route(&format!("{base}/new"), get(new::<F>).post(create::<F>))
        .route(&format!("{base}/{{id}}"), get(show::<F>).post(update::<F>))
}

async fn new<F: RecordForm>(
    State(state): State<AppState>,
    page: Page,
) -> Result<Response, AppError> {
    render(&F::filled(&state, page, None).await?)
}

async fn show<F: RecordForm>(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<i32>,
    Query(query): Query<SavedQuery>,
) -> Result<Response, AppError> {
    let mut form = F::filled(&state, page, Some(id)).await?;
    if query.saved {
        form.mark_saved();
    }
    render(&form)
}

async fn create<F: RecordForm>(
    State(state): State<AppState>,
    page: Page,
    form: CheckedForm,
) -> Result<Response, AppError> {
    F::save(state, page, None, form).await
}

async fn update<F: RecordForm>(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<i32>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    F::save(state, page, Some(id), form).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Latest {
    latest: String,
}

/// Refuses a form filled from another version than the newest, `latest`
/// (someone saved the record since): a conflict, nothing saved.
pub fn check_latest(form: &CheckedForm, latest: i32) -> Result<(), AppError> {
    let sent: Latest = form.parse()?;
    if sent.latest == latest.to_string() {
        Ok(())
    } else {
        Err(AppError::Conflict)
    }
}
