//! The person proposing: the form, confirmation of the address, the
//! private status page with the thread, replies and withdrawal.

use askama::Template;
use axum::{
    Extension,
    extract::{Path, Query, State as AxumState},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use chrono::{Datelike, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::Expr,
};
use serde::Deserialize;

use super::{
    attachments,
    entities::{attachment, proposal, proposal_line},
    form::{self, COLLABORATION_KINDS, ProposalInput, ValidProposal},
    notify,
    state::{State, Transition},
    workflow::{self, Author},
};
use crate::{
    config::digest,
    i18n::Locale,
    lines_of_work, mail,
    people::{
        directory,
        profile::{ProfileChoices, ProfileInput},
    },
    state::AppState,
    throttle::{self, Limit},
    web::{
        AppError, ClientIp, CurrentUser, Page, RequireUser,
        consent::PRIVACY_POLICY_VERSION,
        csrf::{CheckedForm, CheckedMultipart},
        form::{FieldErrors, TokenField},
        page::render,
    },
};

/// Proposals one address may send per hour (five by default: plenty for
/// people, little for a bot).
fn submission_limit(state: &AppState) -> Limit {
    Limit {
        max: state.settings.submissions_per_hour,
        window_minutes: 60,
        lock_minutes: 60,
    }
}

/// A file kept from an earlier, corrected attempt.
pub struct KeptFile {
    pub token: String,
    pub name: String,
}

#[derive(Template)]
#[template(path = "proposals/form.html")]
struct FormPage {
    page: Page,
    profile: ProfileInput,
    proposal: ProposalInput,
    errors: FieldErrors,
    choices: ProfileChoices,
    started: String,
    kept: Option<KeptFile>,
    /// The member's address, used instead of an e-mail field.
    account_email: Option<String>,
    problem: Option<String>,
}

impl FormPage {
    fn kinds(&self) -> [&'static str; 3] {
        COLLABORATION_KINDS
    }
}

fn verified_email(signed_in: &Option<Extension<CurrentUser>>) -> Option<String> {
    signed_in
        .as_ref()
        .and_then(|Extension(s)| s.verified_email())
        .map(str::to_string)
}

pub async fn show_form(
    AxumState(state): AxumState<AppState>,
    page: Page,
    signed_in: Option<Extension<CurrentUser>>,
) -> Result<Response, AppError> {
    let lines = lines_of_work::active(&state.db, page.locale).await?;
    let profile = match &signed_in {
        Some(Extension(me)) => directory::profile(&state.db, me.id, &lines).await?,
        None => ProfileInput::default(),
    };
    let form = FormPage {
        started: form::started_now(&state.settings.secret_key),
        account_email: verified_email(&signed_in),
        choices: ProfileChoices::for_proposal(page.locale, lines),
        errors: FieldErrors::new(page.locale),
        profile,
        proposal: ProposalInput::default(),
        kept: None,
        problem: None,
        page,
    };
    render(&form)
}

pub async fn submit(
    AxumState(state): AxumState<AppState>,
    client: ClientIp,
    page: Page,
    signed_in: Option<Extension<CurrentUser>>,
    form: CheckedMultipart,
) -> Result<Response, AppError> {
    let profile_input: ProfileInput = form.parse()?;
    let input: ProposalInput = form.parse()?;
    if input.is_spam_trap_filled() {
        // Answer as if accepted, so the bot learns nothing; store nothing.
        return Ok(Redirect::to(&page.link("/collaborate/sent")).into_response());
    }
    let key = &state.settings.secret_key;
    let form_key = input.form_key(key);
    if let Some(earlier) = sent_before(&state.db, form_key.as_deref()).await? {
        // The same form again (a double click): the first sending counts.
        return Ok(sent_page(
            &page,
            &earlier.reference,
            earlier.submitter_id.is_none(),
        ));
    }
    let address_key = format!("proposal-address:{}", client.0);
    let lines = lines_of_work::active(&state.db, page.locale).await?;
    let account_email = verified_email(&signed_in);
    let mut errors = FieldErrors::new(page.locale);
    let mut problem = None;
    if throttle::locked_until(&state.db, &[&address_key])
        .await?
        .is_some()
    {
        problem = Some(page.t("proposal-too-many"));
    } else if !input.filled_by_a_person(key) {
        problem = Some(page.t("proposal-too-fast"));
    }
    let valid = input.validate(
        &profile_input,
        &lines,
        account_email.as_deref(),
        &mut errors,
    );
    // A form refused as too fast or over the limit stores nothing, not even
    // its file; one refused for its fields keeps the file for the correction.
    let kept = match problem {
        None => keep_attachment(&state, &form, &input, &mut errors).await?,
        Some(_) => None,
    };
    let (Some(valid), None, true) = (valid, &problem, errors.is_empty()) else {
        let status = if problem.is_some() && errors.is_empty() {
            StatusCode::TOO_MANY_REQUESTS
        } else {
            StatusCode::UNPROCESSABLE_ENTITY
        };
        let form = FormPage {
            started: input.started_for_correction(key),
            choices: ProfileChoices::for_proposal(page.locale, lines),
            kept: kept.map(|file| KeptFile {
                token: form::kept_attachment_token(key, file.id),
                name: file.original_name,
            }),
            profile: profile_input,
            proposal: input,
            errors,
            account_email,
            problem,
            page,
        };
        return Ok((status, render(&form)?).into_response());
    };
    let submitter = signed_in
        .as_ref()
        .filter(|_| account_email.is_some())
        .map(|Extension(s)| s.id);
    let reference = create(&state, &page, valid, submitter, kept, form_key).await?;
    throttle::record(&state.db, &[(&address_key, submission_limit(&state))]).await?;
    state.jobs_wakeup.notify();
    Ok(sent_page(&page, &reference, submitter.is_none()))
}

/// Where a sent form leads: its reference, and whether a confirmation mail
/// is on its way (anonymous senders) or not (members).
fn sent_page(page: &Page, reference: &str, needs_confirmation: bool) -> Response {
    Redirect::to(&page.link(&format!(
        "/collaborate/sent?reference={reference}&confirm={needs_confirmation}"
    )))
    .into_response()
}

/// The proposal that an earlier sending of the same form created, if any.
async fn sent_before(
    db: &impl sea_orm::ConnectionTrait,
    form_key: Option<&str>,
) -> Result<Option<proposal::Model>, AppError> {
    let Some(form_key) = form_key else {
        return Ok(None);
    };
    Ok(proposal::Entity::find()
        .filter(proposal::Column::FormKey.eq(form_key))
        .one(db)
        .await?)
}

/// The attachment to keep with the form: a new valid upload (stored now,
/// so a correction need not send it again) or the one kept before.
async fn keep_attachment(
    state: &AppState,
    form: &CheckedMultipart,
    input: &ProposalInput,
    errors: &mut FieldErrors,
) -> Result<Option<attachment::Model>, AppError> {
    if let Some(upload) = &form.file {
        return match attachments::check(upload) {
            Ok(mime) => Ok(Some(
                attachments::store(&state.db, &state.settings.data_dir, upload, mime).await?,
            )),
            Err(problem) => {
                errors.add("attachment", problem.message_key());
                Ok(None)
            }
        };
    }
    let Some(id) = form::kept_attachment_id(&state.settings.secret_key, &input.kept_attachment)
    else {
        return Ok(None);
    };
    Ok(attachment::Entity::find_by_id(id)
        .filter(attachment::Column::ProposalId.is_null())
        .one(&state.db)
        .await?)
}

/// Stores the proposal; anonymous ones wait for their address to be
/// confirmed, members' go straight to staff. Returns the reference.
async fn create(
    state: &AppState,
    page: &Page,
    valid: ValidProposal,
    submitter: Option<i32>,
    kept: Option<attachment::Model>,
    form_key: Option<String>,
) -> Result<String, AppError> {
    let now = Utc::now();
    let initial = if submitter.is_some() {
        State::Submitted
    } else {
        State::Unconfirmed
    };
    let confirm_token = crate::config::random_hex(32);
    let profile = &valid.profile;
    let txn = crate::db::begin_write(&state.db).await?;
    let inserted = proposal::Entity::insert(proposal::ActiveModel {
        reference: Set(format!("PENDING-{}", crate::config::random_hex(8))),
        state: Set(initial),
        submitter_id: Set(submitter),
        account_type: Set(profile.account_type.to_string()),
        full_name: Set(profile.full_name.clone()),
        organisation_name: Set(profile.organisation_name.clone()),
        sector: Set(profile.sector.map(str::to_string)),
        country_code: Set(profile.country_code.to_string()),
        email: Set(valid.email.clone()),
        locale: Set(page.locale.code().to_string()),
        working_languages: Set(profile.languages.join(",")),
        specialisation: Set(valid.specialisation.clone()),
        title: Set(valid.title.clone()),
        description: Set(valid.description.clone()),
        collaboration_kind: Set(valid.collaboration_kind.to_string()),
        consent_at: Set(now),
        consent_policy_version: Set(PRIVACY_POLICY_VERSION.to_string()),
        confirm_token_hash: Set((initial == State::Unconfirmed).then(|| digest(&confirm_token))),
        decision: Set(None),
        group_id: Set(None),
        created_at: Set(now),
        confirmed_at: Set((initial == State::Submitted).then_some(now)),
        updated_at: Set(now),
        form_key: Set(form_key.clone()),
        ..Default::default()
    })
    .exec(&txn)
    .await;
    let id = match inserted {
        Ok(done) => done.last_insert_id,
        Err(error) => {
            // The same form, sent twice at once, lost the race to its twin
            // (the key is unique): answer with the twin's reference.
            txn.rollback().await?;
            return match sent_before(&state.db, form_key.as_deref()).await? {
                Some(twin) => Ok(twin.reference),
                None => Err(error.into()),
            };
        }
    };
    // The reference is derived from the id, so it is unique across instances.
    let reference = format!("COL-{}-{id:05}", now.year());
    proposal::Entity::update_many()
        .col_expr(proposal::Column::Reference, Expr::value(&reference))
        .filter(proposal::Column::Id.eq(id))
        .exec(&txn)
        .await?;
    proposal_line::Entity::insert_many(profile.line_ids.iter().map(|line_id| {
        proposal_line::ActiveModel {
            proposal_id: Set(id),
            line_id: Set(*line_id),
        }
    }))
    .exec_without_returning(&txn)
    .await?;
    if let Some(file) = kept {
        attachment::Entity::update_many()
            .col_expr(attachment::Column::ProposalId, Expr::value(id))
            .filter(attachment::Column::Id.eq(file.id))
            .filter(attachment::Column::ProposalId.is_null())
            .exec(&txn)
            .await?;
    }
    workflow::record_event(&txn, id, submitter, None, initial, "web form").await?;
    let args = [
        ("reference", reference.clone().into()),
        ("hours", confirmation_hours(state).into()),
    ];
    let message = match submitter {
        Some(_) => {
            let link = state.absolute_url(&status_link(state, page.locale, &reference));
            mail::compose(
                page.locale,
                "mail-proposal-received",
                &valid.email,
                &profile.full_name,
                &link,
                &args,
            )?
        }
        None => {
            let link = state
                .absolute_url(&page.link(&format!("/collaborate/confirm?token={confirm_token}")));
            mail::compose(
                page.locale,
                "mail-proposal-confirm",
                &valid.email,
                &profile.full_name,
                &link,
                &args,
            )?
        }
    };
    mail::queue(&txn, &message).await?;
    // Acknowledged only once this commit has made the proposal durable.
    txn.commit().await?;
    Ok(reference)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SentQuery {
    reference: String,
    confirm: bool,
}

#[derive(Template)]
#[template(path = "proposals/sent.html")]
struct SentPage {
    page: Page,
    reference: String,
    confirm: bool,
    /// How long the confirmation link works.
    hours: i64,
}

impl SentPage {
    fn confirm_text(&self) -> String {
        self.page
            .locale
            .t_args("proposal-sent-confirm", &[("hours", self.hours.into())])
    }
}

/// How long an anonymous sender has to confirm, in whole hours (at least one).
fn confirmation_hours(state: &AppState) -> i64 {
    Ord::max(state.settings.unconfirmed_proposal_lifetime.num_hours(), 1)
}

pub async fn show_sent(
    AxumState(state): AxumState<AppState>,
    page: Page,
    Query(query): Query<SentQuery>,
) -> Result<Response, AppError> {
    let reference = query
        .reference
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .take(32)
        .collect();
    render(&SentPage {
        page,
        reference,
        confirm: query.confirm,
        hours: confirmation_hours(&state),
    })
}

/// An unconfirmed proposal whose confirmation link is still valid.
async fn awaiting_confirmation(
    state: &AppState,
    token: &str,
) -> Result<Option<proposal::Model>, AppError> {
    let oldest = Utc::now() - state.settings.unconfirmed_proposal_lifetime;
    Ok(proposal::Entity::find()
        .filter(proposal::Column::ConfirmTokenHash.eq(digest(token)))
        .filter(proposal::Column::State.eq(State::Unconfirmed))
        .filter(proposal::Column::CreatedAt.gt(oldest))
        .one(&state.db)
        .await?)
}

#[derive(Template)]
#[template(path = "proposals/confirm.html")]
struct ConfirmPage {
    page: Page,
    token: String,
    proposal: proposal::Model,
}

pub async fn show_confirm(
    AxumState(state): AxumState<AppState>,
    page: Page,
    Query(query): Query<TokenField>,
) -> Result<Response, AppError> {
    match awaiting_confirmation(&state, &query.token).await? {
        Some(found) => render(&ConfirmPage {
            page,
            token: query.token,
            proposal: found,
        }),
        None => render(&LinkInvalidPage { page }),
    }
}

#[derive(Template)]
#[template(path = "proposals/link_invalid.html")]
struct LinkInvalidPage {
    page: Page,
}

pub async fn confirm(
    AxumState(state): AxumState<AppState>,
    page: Page,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let TokenField { token } = form.parse()?;
    let Some(found) = awaiting_confirmation(&state, &token).await? else {
        return render(&LinkInvalidPage { page });
    };
    let txn = crate::db::begin_write(&state.db).await?;
    workflow::apply(&txn, &found, Transition::Confirm, None, "address confirmed").await?;
    proposal::Entity::update_many()
        .col_expr(
            proposal::Column::ConfirmTokenHash,
            Expr::value(Option::<String>::None),
        )
        .col_expr(proposal::Column::ConfirmedAt, Expr::value(Utc::now()))
        .filter(proposal::Column::Id.eq(found.id))
        .exec(&txn)
        .await?;
    let locale = Locale::from_code(&found.locale).unwrap_or(page.locale);
    let status_path = status_link(&state, locale, &found.reference);
    let args = [("reference", found.reference.clone().into())];
    let link = state.absolute_url(&status_path);
    let message = mail::compose(
        locale,
        "mail-proposal-received",
        &found.email,
        &found.full_name,
        &link,
        &args,
    )?;
    mail::queue(&txn, &message).await?;
    txn.commit().await?;
    state.jobs_wakeup.notify();
    Ok(Redirect::to(&status_path).into_response())
}

/// The private status page of a proposal: a link signed with the site's key,
/// so it can be sent again in every mail without storing a secret.
pub fn status_link(state: &AppState, locale: Locale, reference: &str) -> String {
    let token = state.settings.secret_key.sign("proposal-status", reference);
    format!(
        "/{}/collaborate/status?reference={reference}&token={token}",
        locale.code()
    )
}

/// How the person proves the proposal is theirs: the signed link from the
/// mail (anonymous) or their account (members).
#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct SubmitterAccess {
    token: String,
    reference: String,
}

impl SubmitterAccess {
    async fn resolve(
        &self,
        state: &AppState,
        signed_in: &Option<Extension<CurrentUser>>,
    ) -> Result<proposal::Model, AppError> {
        let key = &state.settings.secret_key;
        let found = if !self.token.is_empty() {
            if !key.verify("proposal-status", &self.reference, &self.token) {
                return Err(AppError::NotFound);
            }
            proposal::Entity::find()
                .filter(proposal::Column::Reference.eq(&self.reference))
                .one(&state.db)
                .await?
        } else if let Some(Extension(me)) = signed_in {
            proposal::Entity::find()
                .filter(proposal::Column::Reference.eq(&self.reference))
                .filter(proposal::Column::SubmitterId.eq(me.id))
                .one(&state.db)
                .await?
        } else {
            None
        };
        // Unknown and not-yours look the same.
        found
            .filter(|p| p.state != State::Unconfirmed)
            .ok_or(AppError::NotFound)
    }

    fn status_path(&self, page: &Page) -> String {
        if self.token.is_empty() {
            page.link(&format!("/account/proposals/{}", self.reference))
        } else {
            page.link(&format!(
                "/collaborate/status?reference={}&token={}",
                self.reference, self.token
            ))
        }
    }
}

#[derive(Template)]
#[template(path = "proposals/status.html")]
struct StatusPage {
    page: Page,
    proposal: proposal::Model,
    thread: Vec<super::entities::message::Model>,
    access: SubmitterAccess,
    /// The proposal can still be withdrawn.
    open: bool,
    /// The submitter can still write on the thread.
    can_write: bool,
    awaiting: bool,
    errors: FieldErrors,
    reply: String,
}

async fn show_status(
    state: &AppState,
    page: Page,
    access: SubmitterAccess,
    signed_in: &Option<Extension<CurrentUser>>,
) -> Result<Response, AppError> {
    let found = access.resolve(state, signed_in).await?;
    let thread = workflow::thread(&state.db, found.id, false).await?;
    let current = found.state;
    let errors = FieldErrors::new(page.locale);
    render(&StatusPage {
        open: current.is_open(),
        can_write: current.accepts_messages(),
        awaiting: current == State::AwaitingInformation,
        page,
        proposal: found,
        thread,
        access,
        errors,
        reply: String::new(),
    })
}

pub async fn show_status_by_token(
    AxumState(state): AxumState<AppState>,
    page: Page,
    signed_in: Option<Extension<CurrentUser>>,
    Query(access): Query<SubmitterAccess>,
) -> Result<Response, AppError> {
    show_status(&state, page, access, &signed_in).await
}

pub async fn show_status_for_member(
    AxumState(state): AxumState<AppState>,
    page: Page,
    RequireUser(me): RequireUser,
    Path(reference): Path<String>,
) -> Result<Response, AppError> {
    let access = SubmitterAccess {
        token: String::new(),
        reference,
    };
    show_status(&state, page, access, &Some(Extension(me))).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ReplyForm {
    body: String,
}

/// The submitter writes on the thread; an answer to a request for more
/// information puts the proposal back in review.
pub async fn reply(
    AxumState(state): AxumState<AppState>,
    page: Page,
    signed_in: Option<Extension<CurrentUser>>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let access: SubmitterAccess = form.parse()?;
    let ReplyForm { body } = form.parse()?;
    let found = access.resolve(&state, &signed_in).await?;
    let current = found.state;
    if !current.accepts_messages() {
        return Err(workflow::refused());
    }
    let Some(text) = workflow::message_text(&body) else {
        let thread = workflow::thread(&state.db, found.id, false).await?;
        let mut errors = FieldErrors::new(page.locale);
        errors.add("body", "proposal-message-missing");
        let status = StatusPage {
            open: current.is_open(),
            can_write: true,
            awaiting: current == State::AwaitingInformation,
            page,
            proposal: found,
            thread,
            access,
            errors,
            reply: body,
        };
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&status)?).into_response());
    };
    let txn = crate::db::begin_write(&state.db).await?;
    workflow::add_message(
        &txn,
        found.id,
        Author::Submitter,
        found.submitter_id,
        false,
        &text,
    )
    .await?;
    notify::staff_of(&state, &txn, &found, "mail-proposal-submitter-wrote", &text).await?;
    if current == State::AwaitingInformation {
        workflow::apply(
            &txn,
            &found,
            Transition::ProvideInformation,
            found.submitter_id,
            "information provided",
        )
        .await?;
    }
    txn.commit().await?;
    state.jobs_wakeup.notify();
    Ok(Redirect::to(&access.status_path(&page)).into_response())
}

pub async fn withdraw(
    AxumState(state): AxumState<AppState>,
    page: Page,
    signed_in: Option<Extension<CurrentUser>>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let access: SubmitterAccess = form.parse()?;
    let found = access.resolve(&state, &signed_in).await?;
    let txn = crate::db::begin_write(&state.db).await?;
    workflow::apply(
        &txn,
        &found,
        Transition::Withdraw,
        found.submitter_id,
        "withdrawn by the submitter",
    )
    .await?;
    notify::staff_of(&state, &txn, &found, "mail-proposal-withdrawn", "").await?;
    txn.commit().await?;
    state.jobs_wakeup.notify();
    Ok(Redirect::to(&access.status_path(&page)).into_response())
}

#[derive(Template)]
#[template(path = "proposals/mine.html")]
struct MinePage {
    page: Page,
    proposals: Vec<proposal::Model>,
}

pub async fn show_mine(
    AxumState(state): AxumState<AppState>,
    page: Page,
    RequireUser(me): RequireUser,
) -> Result<Response, AppError> {
    let proposals = proposal::Entity::find()
        .filter(proposal::Column::SubmitterId.eq(me.id))
        .filter(proposal::Column::State.ne(State::Unconfirmed))
        .order_by_desc(proposal::Column::Id)
        .all(&state.db)
        .await?;
    render(&MinePage { page, proposals })
}

/// How many expired proposals one round of the purge deletes: a bounded
/// query, whatever the backlog.
const PURGE_BATCH: u64 = 500;

/// Deletes unconfirmed proposals past their time, with their files, and
/// forgotten uploads from forms never completed. Works in rounds of
/// `PURGE_BATCH`, so no query lists more ids than a database accepts.
pub async fn purge_expired(state: &AppState) -> Result<u64, AppError> {
    let oldest = Utc::now() - state.settings.unconfirmed_proposal_lifetime;
    let mut purged = 0;
    loop {
        let expired: Vec<i32> = proposal::Entity::find()
            .select_only()
            .column(proposal::Column::Id)
            .filter(proposal::Column::State.eq(State::Unconfirmed))
            .filter(proposal::Column::CreatedAt.lte(oldest))
            .limit(PURGE_BATCH)
            .into_tuple()
            .all(&state.db)
            .await?;
        if expired.is_empty() {
            break;
        }
        let files = attachment::Entity::find()
            .filter(attachment::Column::ProposalId.is_in(expired.clone()))
            .all(&state.db)
            .await?;
        remove_files(state, &files).await?;
        purged += proposal::Entity::delete_many()
            .filter(proposal::Column::Id.is_in(expired))
            .exec(&state.db)
            .await?
            .rows_affected;
    }
    loop {
        let forgotten = attachment::Entity::find()
            .filter(attachment::Column::ProposalId.is_null())
            .filter(attachment::Column::CreatedAt.lte(oldest))
            .limit(PURGE_BATCH)
            .all(&state.db)
            .await?;
        if forgotten.is_empty() {
            break;
        }
        remove_files(state, &forgotten).await?;
    }
    Ok(purged)
}

/// Deletes stored files and then their rows.
async fn remove_files(state: &AppState, files: &[attachment::Model]) -> Result<(), AppError> {
    for file in files {
        attachments::remove_file(&state.settings.data_dir, &file.stored_name).await;
    }
    attachment::Entity::delete_many()
        .filter(attachment::Column::Id.is_in(files.iter().map(|f| f.id)))
        .exec(&state.db)
        .await?;
    Ok(())
}
