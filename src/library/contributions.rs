//! Members contribute resources to the library (`/library/contribute`): a
//! form per kind, saved as a draft or sent to the technical committee.
//! They follow their contributions on their account
//! (`/account/contributions`), correct what the committee returned and
//! send it again; the committee's steps reach them by mail, in their
//! language. Editors who hear of each new proposal as it arrives hear of
//! each contribution sent to the committee too.

use crate::web::form::SavedQuery;
use askama::Template;
use axum::{
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::Deserialize;

use super::{
    entities::{Kind, State as ResourceState, resource},
    files,
    form::{ResourceInput, ValidResource},
    pages::path_of,
    store,
    writing::{self, Choices, FormParts},
};
use crate::{
    db::Keyed,
    mail,
    people::{
        directory::{self, ProposalAlerts},
        mail::to_person,
    },
    safeguarding::{Masked, Screened, Subject, masking::Warning, screen},
    state::AppState,
    web::{
        AppError, ClientIp, CurrentUser, Page, RequireUser, csrf::CheckedMultipart,
        form::FieldErrors, page::render, side_by_side::Translated,
    },
};

#[derive(Template)]
#[template(path = "library/contribute.html")]
struct KindsPage {
    page: Page,
}

impl KindsPage {
    fn kinds(&self) -> Vec<Kind> {
        Kind::all()
    }
}

/// What a member may contribute, one form per kind.
pub async fn kinds(page: Page, RequireUser(_): RequireUser) -> Result<Response, AppError> {
    render(&KindsPage { page })
}

#[derive(Template)]
#[template(path = "library/contribution_form.html")]
struct FormPage {
    page: Page,
    kind: Kind,
    /// The contribution, when changing one.
    stored: Option<resource::Model>,
    input: ResourceInput,
    files: Vec<files::Listed>,
    errors: FieldErrors,
    choices: Choices,
    saved: bool,
    /// Details that may identify a child, found in the texts.
    safeguarding: Option<Warning>,
}

impl FormPage {
    fn new(page: Page, (kind, stored): (Kind, Option<resource::Model>), parts: FormParts) -> Self {
        FormPage {
            page,
            kind,
            stored,
            input: parts.input,
            files: parts.files,
            errors: parts.errors,
            choices: parts.choices,
            saved: false,
            safeguarding: None,
        }
    }

    fn action(&self) -> String {
        match &self.stored {
            Some(stored) => self.page.link_join("/account/contributions/", stored.id),
            None => self.page.link_join("/library/contribute/", self.kind.key()),
        }
    }
}

impl FormPage {
    /// The form given back with a warning about a child's details.
    fn warned(self, warning: Warning) -> FormPage {
        FormPage {
            safeguarding: Some(warning),
            ..self
        }
    }
}

/// The contribution's texts read for a child's details: a warning, or the
/// resource to store with the details the member confirmed hidden.
async fn screened(
    state: &AppState,
    page: &Page,
    (me, sending): (&CurrentUser, &Sending),
    valid: ValidResource,
) -> Result<Result<(ValidResource, Masked), Warning>, AppError> {
    let sender = (
        Some(me.email.as_str()),
        sending.safeguarding_confirmation.as_str(),
    );
    let texts = valid.sensitive_texts();
    match screen(state, &texts, sender, Subject::Contribution, page.locale).await? {
        Screened::Warn(warning) => Ok(Err(warning)),
        Screened::Send(masked) => Ok(Ok((valid.masked(&masked), masked))),
    }
}

fn respond(form: &FormPage, status: StatusCode) -> Result<Response, AppError> {
    Ok((status, render(form)?).into_response())
}

pub async fn blank(
    State(state): State<AppState>,
    page: Page,
    RequireUser(_): RequireUser,
    Path(kind): Path<String>,
) -> Result<Response, AppError> {
    let kind = Kind::from_key(&kind).ok_or(AppError::NotFound)?;
    let parts = FormParts::load(&state, &page, ResourceInput::blank(page.locale)).await?;
    respond(&FormPage::new(page, (kind, None), parts), StatusCode::OK)
}

/// Which button sent the form: keep it as a draft, or send it; and
/// whether the member confirmed the details a warning named.
#[derive(Deserialize, Default)]
#[serde(default)]
struct Sending {
    send: String,
    safeguarding_confirmation: String,
}

impl Sending {
    fn state(&self) -> ResourceState {
        if self.send == "review" {
            ResourceState::Submitted
        } else {
            ResourceState::Draft
        }
    }
}

pub async fn create(
    State(state): State<AppState>,
    page: Page,
    RequireUser(me): RequireUser,
    ClientIp(client): ClientIp,
    Path(kind): Path<String>,
    form: CheckedMultipart,
) -> Result<Response, AppError> {
    let kind = Kind::from_key(&kind).ok_or(AppError::NotFound)?;
    let sending = form.parse::<Sending>()?;
    let next = sending.state();
    let checked = writing::check(
        &state,
        (&page, writing::Writer::Member(me.id), client),
        kind,
        None,
        &form,
    )
    .await?;
    let Some(valid) = checked.valid else {
        let refused = FormPage::new(page, (kind, None), *checked.parts);
        return respond(&refused, StatusCode::UNPROCESSABLE_ENTITY);
    };
    let (valid, masked) = match screened(&state, &page, (&me, &sending), valid).await? {
        Ok(sendable) => sendable,
        Err(warning) => {
            let warned = FormPage::new(page, (kind, None), *checked.parts);
            return respond(&warned.warned(warning), StatusCode::OK);
        }
    };
    let txn = state.begin_write().await?;
    let writing = store::Writing {
        kind,
        state: next,
        contributor_id: Some(me.id),
        author_id: Some(me.id),
    };
    let id = store::create(&txn, writing, (valid, &checked.files)).await?;
    masked.store(&txn, Subject::Contribution, id).await?;
    if next == ResourceState::Submitted {
        tell_committee(&state, &txn, id, &me.full_name).await?;
    }
    txn.commit().await?;
    state.jobs_wakeup.notify();
    Ok(to_contribution(&page, id))
}

fn to_contribution(page: &Page, id: i32) -> Response {
    Redirect::to(&page.link(&format!("/account/contributions/{id}?saved=true"))).into_response()
}

#[derive(Template)]
#[template(path = "library/contributions.html")]
struct ListPage {
    page: Page,
    contributions: Vec<resource::Model>,
}

pub async fn list(
    State(state): State<AppState>,
    page: Page,
    RequireUser(me): RequireUser,
) -> Result<Response, AppError> {
    let contributions = resource::Entity::find()
        .filter(resource::Column::ContributorId.eq(me.id))
        .order_by_desc(resource::Column::UpdatedAt)
        .order_by_desc(resource::Column::Id)
        .all(&state.db)
        .await?;
    render(&ListPage {
        page,
        contributions,
    })
}

/// One of the member's own contributions, or not found (also for other
/// people's: whether they exist is none of the member's business).
async fn own(state: &AppState, me: i32, id: i32) -> Result<resource::Model, AppError> {
    resource::Entity::find_by_id(id)
        .filter(resource::Column::ContributorId.eq(me))
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)
}

/// A file of one of the member's own contributions.
pub async fn download(
    State(state): State<AppState>,
    RequireUser(me): RequireUser,
    Path((id, file_id)): Path<(i32, i32)>,
) -> Result<Response, AppError> {
    let contribution = own(&state, me.id, id).await?;
    files::send(&state, (contribution.id, file_id), false).await
}

/// A contribution the member can no longer change: sent, under review or
/// published.
#[derive(Template)]
#[template(path = "library/contribution.html")]
struct ContributionPage {
    page: Page,
    contribution: resource::Model,
    saved: bool,
}

pub async fn show(
    State(state): State<AppState>,
    page: Page,
    RequireUser(me): RequireUser,
    Path(id): Path<i32>,
    Query(query): Query<SavedQuery>,
) -> Result<Response, AppError> {
    let contribution = own(&state, me.id, id).await?;
    if !contribution.state.open_to_contributor() {
        return render(&ContributionPage {
            page,
            contribution,
            saved: query.saved,
        });
    }
    let mut form = stored_form(&state, page, contribution).await?;
    form.saved = query.saved;
    respond(&form, StatusCode::OK)
}

/// The contribution's form, filled with what is stored.
async fn stored_form(
    state: &AppState,
    page: Page,
    contribution: resource::Model,
) -> Result<FormPage, AppError> {
    let (stored, parts) = writing::stored_parts(state, &page, contribution).await?;
    Ok(FormPage::new(page, (stored.kind, Some(stored)), parts))
}

/// The member changes a draft or a returned contribution, and keeps it
/// or sends it (again) to the committee. Once sent, it is the committee's
/// until it comes back.
pub async fn update(
    State(state): State<AppState>,
    page: Page,
    RequireUser(me): RequireUser,
    ClientIp(client): ClientIp,
    Path(id): Path<i32>,
    form: CheckedMultipart,
) -> Result<Response, AppError> {
    let contribution = own(&state, me.id, id).await?;
    if !contribution.state.open_to_contributor() {
        return Err(AppError::Conflict);
    }
    let sending = form.parse::<Sending>()?;
    let next = sending.state();
    let kind = contribution.kind;
    let checked = writing::check(
        &state,
        (&page, writing::Writer::Member(me.id), client),
        kind,
        Some(id),
        &form,
    )
    .await?;
    let Some(valid) = checked.valid else {
        let refused = FormPage::new(page, (kind, Some(contribution)), *checked.parts);
        return respond(&refused, StatusCode::UNPROCESSABLE_ENTITY);
    };
    let (valid, masked) = match screened(&state, &page, (&me, &sending), valid).await? {
        Ok(sendable) => sendable,
        Err(warning) => {
            let warned = FormPage::new(page, (kind, Some(contribution)), *checked.parts);
            return respond(&warned.warned(warning), StatusCode::OK);
        }
    };
    let txn = state.begin_write().await?;
    // Kept as a draft, it keeps the committee's reasons to work from.
    let reasons = (next == ResourceState::Draft)
        .then(|| contribution.return_reason.clone())
        .flatten();
    if !store::move_to(&txn, &contribution, (next, None), reasons).await? {
        return Err(AppError::Conflict);
    }
    let saving = store::Saving {
        author_id: Some(me.id),
        note: "edited",
    };
    store::update(&txn, &contribution, (next, saving), (valid, &checked.files)).await?;
    let before = super::form::stored_sensitive_texts(&contribution);
    masked
        .store_corrected(&txn, (Subject::Contribution, id), &before)
        .await?;
    if next == ResourceState::Submitted {
        tell_committee(&state, &txn, id, &me.full_name).await?;
    }
    txn.commit().await?;
    files::remove_stored(&state, &checked.files.removed).await;
    state.jobs_wakeup.notify();
    Ok(to_contribution(&page, id))
}

/// Tells the editors who hear of each new proposal as it arrives that a
/// contribution waits for the committee, in the transaction that sent it.
async fn tell_committee(
    state: &AppState,
    txn: &impl ConnectionTrait,
    id: i32,
    contributor: &str,
) -> Result<(), AppError> {
    let sent = resource::Entity::find_by_id(id)
        .one(txn)
        .await?
        .ok_or(AppError::NotFound)?;
    for editor in directory::editors_alerted(txn, ProposalAlerts::Each).await? {
        let args = [
            ("title", sent.heading_in(editor.locale()).to_string().into()),
            ("name", contributor.to_string().into()),
        ];
        let path = format!("/staff/library/{id}");
        let outgoing = to_person(state, &editor, ("mail-library-submitted", &path), &args)?;
        mail::queue(txn, &outgoing).await?;
    }
    Ok(())
}

/// Tells the member who contributed `found` what the committee did with
/// it: returned it with `reason`, or published it. The mail is queued in
/// `txn`, so it leaves only if the step is saved.
pub async fn tell_contributor(
    state: &AppState,
    txn: &impl ConnectionTrait,
    found: &resource::Model,
    (next, reason): (ResourceState, Option<&str>),
) -> Result<(), AppError> {
    let Some(contributor) = found.contributor_id else {
        return Ok(());
    };
    let Some(person) = directory::person(txn, contributor).await? else {
        return Ok(());
    };
    let title = found.heading_in(person.locale()).to_string();
    let (key, path) = match next {
        ResourceState::Returned => (
            "mail-library-returned",
            format!("/account/contributions/{}", found.id),
        ),
        ResourceState::Published => ("mail-library-published", path_of(found.id)),
        _ => return Ok(()),
    };
    let args = [
        ("title", title.into()),
        ("reason", reason.unwrap_or_default().to_string().into()),
    ];
    let outgoing = to_person(state, &person, (key, &path), &args)?;
    mail::queue(txn, &outgoing).await?;
    Ok(())
}
