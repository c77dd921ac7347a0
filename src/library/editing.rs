//! Editors write the library's resources directly (`/staff/library`): any
//! kind, its texts side by side in three languages, saved as a draft or
//! published at once. As the technical committee they also review what
//! members contribute: start the review, return it with reasons, or publish
//! it; the contributor hears of each by mail. Every save counts as a change
//! of content, so public pages show it at once.

use crate::web::form::SavedQuery;
use askama::Template;
use axum::{
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde::Deserialize;

use super::{
    contributions,
    entities::{Kind, Moderation, State as ResourceState, resource},
    files::{self, FormFiles},
    form::{ResourceInput, ValidResource},
    pages::{ResourceView, path_of},
    store,
    writing::{self, Choices, FormParts},
};
use crate::{
    db::Keyed,
    safeguarding::{
        Subject, corrections,
        reveal::{self, Listed},
    },
    state::AppState,
    web::{
        AppError, ClientIp, Page,
        csrf::{CheckedForm, CheckedMultipart},
        form::{FieldErrors, TextBounds},
        page::render,
        page_cache,
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
    // A member's draft is theirs until they send it.
    let members_draft = Condition::all()
        .add(resource::Column::ContributorId.is_not_null())
        .add(resource::Column::State.eq(ResourceState::Draft));
    let mut found = resource::Entity::find()
        .filter(members_draft.not())
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

#[derive(Template)]
#[template(path = "library/staff_form.html")]
struct FormPage {
    page: Page,
    kind: Kind,
    /// The stored resource, when changing one.
    stored: Option<resource::Model>,
    input: ResourceInput,
    files: Vec<files::Listed>,
    /// The state chosen in the form.
    state: String,
    errors: FieldErrors,
    choices: Choices,
    saved: bool,
    /// The committee's reasons, as typed, when returning a contribution.
    reason: String,
    /// What was typed, as the public page will show it, when the editor
    /// asked for a preview.
    preview: Option<ResourceView>,
    /// The details a contributor confirmed, hidden in the texts.
    hidden: Vec<Listed>,
}

impl FormPage {
    fn new(page: Page, (kind, stored): (Kind, Option<resource::Model>), parts: FormParts) -> Self {
        let state = stored
            .as_ref()
            .map_or(ResourceState::Draft, |stored| stored.state)
            .key();
        FormPage {
            page,
            kind,
            stored,
            input: parts.input,
            files: parts.files,
            state,
            errors: parts.errors,
            choices: parts.choices,
            saved: false,
            reason: String::new(),
            preview: None,
            hidden: Vec::new(),
        }
    }

    /// A form shown again: refused, or previewed at the editor's asking.
    fn status(&self) -> StatusCode {
        if self.preview.is_some() {
            StatusCode::OK
        } else {
            StatusCode::UNPROCESSABLE_ENTITY
        }
    }

    fn action(&self) -> String {
        match &self.stored {
            Some(stored) => self.page.link_join("/staff/library/", stored.id),
            None => self.page.link_join("/staff/library/new/", self.kind.key()),
        }
    }

    fn version(&self) -> String {
        self.stored.as_ref().map(version_of).unwrap_or_default()
    }

    fn state_choices(&self) -> Vec<ResourceState> {
        editor_states(self.stored.as_ref())
    }

    /// Whether the resource is a member's contribution waiting for the
    /// committee, which the page then offers to review.
    fn awaits_committee(&self) -> bool {
        self.stored
            .as_ref()
            .is_some_and(|stored| stored.state.awaits_committee())
    }

    fn can_start_review(&self) -> bool {
        self.stored
            .as_ref()
            .is_some_and(|stored| stored.state.after(Moderation::StartReview).is_some())
    }
}

/// When a stored resource last changed, as its form carries it.
pub(super) fn version_of(stored: &resource::Model) -> String {
    stored.updated_at.to_rfc3339()
}

/// The states an editor can put a resource in from its form: a draft or
/// published. A member's contribution stays where it is: it moves only
/// through the committee's steps, which its contributor hears of.
fn editor_states(stored: Option<&resource::Model>) -> Vec<ResourceState> {
    match stored {
        Some(stored) if stored.contributor_id.is_some() => vec![stored.state],
        _ => vec![ResourceState::Draft, ResourceState::Published],
    }
}

fn kind_of(key: &str) -> Result<Kind, AppError> {
    Kind::from_key(key).ok_or(AppError::NotFound)
}

pub async fn blank(
    State(state): State<AppState>,
    page: Page,
    Path(kind): Path<String>,
) -> Result<Response, AppError> {
    let kind = kind_of(&kind)?;
    let parts = FormParts::load(&state, &page, ResourceInput::blank(page.locale)).await?;
    respond(&FormPage::new(page, (kind, None), parts), StatusCode::OK)
}

fn respond(form: &FormPage, status: StatusCode) -> Result<Response, AppError> {
    Ok((status, render(form)?).into_response())
}

/// The state chosen in the form, and when the resource it was filled
/// from last changed (empty for a new one).
#[derive(Deserialize, Default)]
#[serde(default)]
struct StateField {
    state: String,
    version: String,
    /// `yes` when the editor asked to see it before saving.
    preview: String,
}

/// What an editor sent, checked: what to store in which state, with which
/// files, or the form to show again as typed, with its messages, or with
/// the preview the editor asked for.
async fn check(
    state: &AppState,
    (page, client): (Page, std::net::IpAddr),
    (kind, stored): (Kind, Option<resource::Model>),
    form: &CheckedMultipart,
) -> Result<Result<(ValidResource, ResourceState, FormFiles), Box<FormPage>>, AppError> {
    let typed: StateField = form.parse()?;
    if let Some(stored) = &stored
        && typed.version != version_of(stored)
    {
        // Someone changed it since this form was filled: saving would
        // undo their change.
        return Err(AppError::Conflict);
    }
    let chosen = ResourceState::from_key(&typed.state)
        .filter(|chosen| editor_states(stored.as_ref()).contains(chosen));
    let mut checked = writing::check(
        state,
        (&page, writing::Writer::Editor, client),
        kind,
        stored.as_ref().map(|s| s.id),
        form,
    )
    .await?;
    if chosen.is_none() {
        checked.parts.errors.add("state", "library-choice-unknown");
    }
    Ok(match (checked.valid, chosen) {
        (Some(valid), Some(chosen)) if typed.preview != "yes" => Ok((valid, chosen, checked.files)),
        (Some(valid), Some(_)) => {
            let mut form = FormPage::new(page, (kind, stored), *checked.parts);
            form.state = typed.state;
            let unsaved = store::unsaved(valid, kind, form.stored.as_ref())?;
            let address = match &form.stored {
                Some(stored) => state.absolute_url(&form.page.link(&path_of(stored.id))),
                None => String::new(),
            };
            let shown = (unsaved, checked.files.all());
            form.preview = Some(ResourceView::new(state, &form.page, shown, address).await?);
            Err(Box::new(form))
        }
        _ => {
            let mut refused = FormPage::new(page, (kind, stored), *checked.parts);
            refused.state = typed.state;
            Err(Box::new(refused))
        }
    })
}

pub async fn create(
    State(state): State<AppState>,
    page: Page,
    ClientIp(client): ClientIp,
    Path(kind): Path<String>,
    form: CheckedMultipart,
) -> Result<Response, AppError> {
    let kind = kind_of(&kind)?;
    let link = page.link("/staff/library/");
    let author_id = page.user_id();
    let (valid, chosen, files) = match check(&state, (page, client), (kind, None), &form).await? {
        Ok(checked) => checked,
        Err(shown) => return respond(&shown, shown.status()),
    };
    let txn = state.begin_write().await?;
    let writing = store::Writing {
        kind,
        state: chosen,
        contributor_id: None,
        author_id,
    };
    let id = store::create(&txn, writing, (valid, &files)).await?;
    page_cache::commit_change(&state, txn).await?;
    Ok(saved(&link, id))
}

/// Back to the resource's page, saying it was saved.
fn saved(staff_library: &str, id: i32) -> Response {
    Redirect::to(&format!("{staff_library}{id}?saved=true")).into_response()
}

/// A file of a resource, whatever its state, for editors.
pub async fn download(
    State(state): State<AppState>,
    Path((id, file_id)): Path<(i32, i32)>,
) -> Result<Response, AppError> {
    files::send(&state, (id, file_id), false).await
}

/// A resource, whatever its state (editors see them all).
pub async fn stored(state: &AppState, id: i32) -> Result<resource::Model, AppError> {
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
    let mut form = stored_page(&state, page, found).await?;
    form.saved = query.saved;
    respond(&form, StatusCode::OK)
}

/// A stored resource's page, its form filled with what is stored.
async fn stored_page(
    state: &AppState,
    page: Page,
    found: resource::Model,
) -> Result<FormPage, AppError> {
    let (stored, parts) = writing::stored_parts(state, &page, found).await?;
    let texts = [(Subject::Contribution, vec![stored.id])];
    let hidden = reveal::listed(&state.db, &texts).await?;
    Ok(FormPage {
        hidden,
        ..FormPage::new(page, (stored.kind, Some(stored)), parts)
    })
}

pub async fn update(
    State(state): State<AppState>,
    page: Page,
    ClientIp(client): ClientIp,
    Path(id): Path<i32>,
    form: CheckedMultipart,
) -> Result<Response, AppError> {
    let found = stored(&state, id).await?;
    let link = page.link("/staff/library/");
    let kind = found.kind;
    let author_id = page.user_id();
    let sent = (kind, Some(found.clone()));
    let (valid, chosen, files) = match check(&state, (page, client), sent, &form).await? {
        Ok(checked) => checked,
        Err(shown) => return respond(&shown, shown.status()),
    };
    let txn = state.begin_write().await?;
    // Checked again where it counts: another save may have committed since
    // the form was checked.
    let current = resource::Entity::find_by_id(id).one(&txn).await?;
    if current.map(|current| version_of(&current)) != Some(version_of(&found)) {
        return Err(AppError::Conflict);
    }
    let saving = store::Saving {
        author_id,
        note: "edited",
    };
    // An editor may delete a mark a member's text held: its detail goes.
    let texts: Vec<(&str, String)> = (valid.sensitive_texts().iter())
        .map(|field| (field.name, field.text.to_string()))
        .collect();
    store::update(&txn, &found, (chosen, saving), (valid, &files)).await?;
    let before = super::form::stored_sensitive_texts(&found);
    let correction = corrections::Correction {
        before: &before,
        after: &texts,
        fresh: &[],
    };
    corrections::reconcile(&txn, (Subject::Contribution, id), correction).await?;
    page_cache::commit_change(&state, txn).await?;
    files::remove_stored(&state, &files.removed).await;
    Ok(saved(&link, id))
}

/// How long the committee's reasons for returning a contribution may be.
const REASON: TextBounds = TextBounds { min: 1, max: 4000 };

#[derive(Deserialize, Default)]
#[serde(default)]
struct ModerationForm {
    step: String,
    reason: String,
}

/// The committee's step on a member's contribution: start its review,
/// return it with reasons, or publish it. A step that no longer applies
/// (another editor took one meanwhile) changes nothing.
pub async fn moderate(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<i32>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let typed: ModerationForm = form.parse()?;
    let step = Moderation::from_key(&typed.step).ok_or(AppError::BadRequest)?;
    let found = stored(&state, id).await?;
    let next = found.state.after(step).ok_or(AppError::Conflict)?;
    let mut errors = FieldErrors::new(page.locale);
    let reason = match step {
        Moderation::Return => {
            match errors.checked_text("reason", &typed.reason, REASON, "library-reason-missing") {
                Some(reason) => Some(reason),
                None => return refused_step(&state, page, found, typed.reason, errors).await,
            }
        }
        Moderation::StartReview | Moderation::Publish => None,
    };
    let link = page.link("/staff/library/");
    let txn = state.begin_write().await?;
    let saving = store::Saving {
        author_id: page.user_id(),
        note: &typed.step,
    };
    if !store::move_to(&txn, &found, (next, Some(saving)), reason.clone()).await? {
        return Err(AppError::Conflict);
    }
    contributions::tell_contributor(&state, &txn, &found, (next, reason.as_deref())).await?;
    page_cache::commit_change(&state, txn).await?;
    state.jobs_wakeup.notify();
    Ok(saved(&link, id))
}

/// The resource's page again, with the committee's reasons as typed and
/// what is wrong with them.
async fn refused_step(
    state: &AppState,
    page: Page,
    found: resource::Model,
    reason: String,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let mut form = stored_page(state, page, found).await?;
    form.errors = errors;
    form.reason = reason;
    respond(&form, StatusCode::UNPROCESSABLE_ENTITY)
}
