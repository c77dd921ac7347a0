//! The use cases behind the collaboration form.

use chrono::{Datelike, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseTransaction, DbErr, EntityTrait,
    QueryFilter, sea_query::Expr,
};

use crate::{
    config::{digest, random_hex},
    db::BoxFuture,
    i18n::Locale,
    mail,
    proposals::{
        alerts, attachments,
        entities::{attachment, proposal, proposal_line},
        form::{self, ProposalInput, ValidProposal},
        state::{State, Transition},
        status, workflow,
    },
    safeguarding::{Masked, Subject},
    state::AppState,
    throttle::{self, Limit},
    web::{
        AppError, consent::PRIVACY_POLICY_VERSION, csrf::UploadedFile, form::FieldErrors,
        human_check::Refusal, page::localized_path,
    },
};

fn address_key(client: std::net::IpAddr) -> String {
    format!("proposal-address:{client}")
}

/// Proposals one address may send per hour (five by default: plenty for
/// people, little for a bot).
fn submission_limit(state: &AppState) -> Limit {
    Limit {
        max: state.settings.submissions_per_hour,
        window_minutes: 60,
        lock_minutes: 60,
    }
}

/// Whether the form is refused as a whole, and why.
pub async fn refusal(
    state: &AppState,
    client: std::net::IpAddr,
    input: &ProposalInput,
) -> Result<Option<Refusal>, AppError> {
    let key = &state.settings.secret_key;
    let limit_key = address_key(client);
    Ok(input
        .human_check()
        .refusal(&state.db, key, &limit_key)
        .await?)
}

/// The proposal that an earlier sending of the same form created, if any.
pub async fn sent_before(
    db: &impl ConnectionTrait,
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
pub async fn keep_attachment(
    state: &AppState,
    client: std::net::IpAddr,
    upload: Option<&UploadedFile>,
    kept_token: &str,
    errors: &mut FieldErrors,
) -> Result<Option<attachment::Model>, AppError> {
    if let Some(upload) = upload {
        if !crate::uploads::may_send_another(state, client).await? {
            errors.add("attachment", "proposal-attachment-too-many");
            return Ok(None);
        }
        let mime = match crate::uploads::check(upload).await {
            Ok(mime) => mime,
            Err(problem) => {
                errors.add("attachment", problem.message_key());
                return Ok(None);
            }
        };
        return Ok(Some(
            attachments::store(&state.db, &state.storage, upload, mime).await?,
        ));
    }
    let key = &state.settings.secret_key;
    let Some(id) = crate::uploads::kept_id(key, form::KEPT_ATTACHMENT, kept_token) else {
        return Ok(None);
    };
    Ok(attachment::Entity::find_by_id(id)
        .filter(attachment::Column::ProposalId.is_null())
        .one(&state.db)
        .await?)
}

/// A checked proposal, ready to store.
pub struct Submission {
    /// With the details the sender confirmed hidden.
    pub valid: ValidProposal,
    /// Those details, kept apart.
    pub masked: Masked,
    /// The language the form was filled in: mails go out in it.
    pub locale: Locale,
    /// The member who sent it, with a confirmed address; None if anonymous.
    pub submitter: Option<i32>,
    pub kept: Option<attachment::Model>,
    pub form_key: Option<String>,
    pub client: std::net::IpAddr,
}

/// Stores the proposal; anonymous ones wait for their address to be
/// confirmed, members' go straight to staff. Counts it against the
/// sender's address. Returns the reference once the proposal is durable:
/// its commit may be shared with others sent at the same moment
/// (`db::GroupCommit`).
pub async fn create(state: &AppState, submission: Submission) -> Result<String, AppError> {
    let form_key = submission.form_key.clone();
    let writing = state.clone();
    let stored = state
        .commits
        .write(
            move |txn: &DatabaseTransaction| -> BoxFuture<'_, Result<String, AppError>> {
                Box::pin(async move { store(&writing, txn, &submission).await })
            },
        )
        .await;
    match stored {
        Ok(reference) => {
            state.jobs_wakeup.notify();
            Ok(reference)
        }
        Err(error) => {
            // The same form, sent twice at once, lost the race to its twin
            // (the key is unique): answer with the twin's reference.
            let twin = sent_before(&state.db, form_key.as_deref()).await?;
            twin.map(|twin| twin.reference).ok_or(error)
        }
    }
}

/// The proposal, its lines, file, hidden details, history, alerts, first
/// mail and count, written in `txn`.
async fn store(
    state: &AppState,
    txn: &DatabaseTransaction,
    submission: &Submission,
) -> Result<String, AppError> {
    let initial = match submission.submitter {
        Some(_) => State::Submitted,
        None => State::Unconfirmed,
    };
    let confirm_token = random_hex(32);
    let id = insert(txn, submission, initial, &confirm_token).await?;
    // The reference is derived from the id, so it is unique across instances.
    let reference = format!("COL-{}-{id:05}", Utc::now().year());
    proposal::Entity::update_many()
        .col_expr(proposal::Column::Reference, Expr::value(&reference))
        .filter(proposal::Column::Id.eq(id))
        .exec(txn)
        .await?;
    attach(txn, id, submission).await?;
    submission.masked.store(txn, Subject::Proposal, id).await?;
    workflow::record_event(txn, id, submission.submitter, None, initial, "web form").await?;
    if initial == State::Submitted {
        let profile = &submission.valid.profile;
        let arrived = alerts::Arrived {
            id,
            reference: &reference,
            title: &submission.valid.title,
            full_name: &profile.full_name,
            organisation_name: profile.organisation_name.as_deref(),
        };
        alerts::new_proposal(state, txn, arrived).await?;
    }
    let message = first_mail(state, submission, &reference, &confirm_token)?;
    mail::queue(txn, &message).await?;
    // Counted with the proposal, in the same commit: on SQLite a separate
    // write would cost a second wait for the disk.
    let address = address_key(submission.client);
    throttle::record(txn, &[(&address, submission_limit(state))]).await?;
    Ok(reference)
}

/// Inserts the proposal row and returns its id.
async fn insert(
    txn: &DatabaseTransaction,
    submission: &Submission,
    initial: State,
    confirm_token: &str,
) -> Result<i32, DbErr> {
    let now = Utc::now();
    let valid = &submission.valid;
    let profile = &valid.profile;
    let inserted = proposal::Entity::insert(proposal::ActiveModel {
        reference: Set(format!("PENDING-{}", random_hex(8))),
        state: Set(initial),
        submitter_id: Set(submission.submitter),
        account_type: Set(profile.account_type.to_string()),
        full_name: Set(profile.full_name.clone()),
        organisation_name: Set(profile.organisation_name.clone()),
        sector: Set(profile.sector.map(str::to_string)),
        country_code: Set(profile.country_code.to_string()),
        email: Set(valid.email.clone()),
        locale: Set(submission.locale.code().to_string()),
        working_languages: Set(profile.languages.join(",")),
        specialisation: Set(valid.specialisation.clone()),
        title: Set(valid.title.clone()),
        description: Set(valid.description.clone()),
        collaboration_kind: Set(valid.collaboration_kind.to_string()),
        consent_at: Set(now),
        consent_policy_version: Set(PRIVACY_POLICY_VERSION.to_string()),
        confirm_token_hash: Set((initial == State::Unconfirmed).then(|| digest(confirm_token))),
        decision: Set(None),
        group_id: Set(None),
        created_at: Set(now),
        confirmed_at: Set((initial == State::Submitted).then_some(now)),
        updated_at: Set(now),
        form_key: Set(submission.form_key.clone()),
        ..Default::default()
    })
    .exec(txn)
    .await?;
    Ok(inserted.last_insert_id)
}

/// Files the proposal under its lines of work and gives it its attachment.
async fn attach(
    txn: &DatabaseTransaction,
    id: i32,
    submission: &Submission,
) -> Result<(), AppError> {
    let lines = &submission.valid.profile.line_ids;
    proposal_line::Entity::insert_many(lines.iter().map(|line_id| proposal_line::ActiveModel {
        proposal_id: Set(id),
        line_id: Set(*line_id),
    }))
    .exec_without_returning(txn)
    .await?;
    if let Some(file) = &submission.kept {
        attachment::Entity::update_many()
            .col_expr(attachment::Column::ProposalId, Expr::value(id))
            .filter(attachment::Column::Id.eq(file.id))
            .filter(attachment::Column::ProposalId.is_null())
            .exec(txn)
            .await?;
    }
    Ok(())
}

/// The first mail: a link to confirm the address (anonymous senders), or
/// the receipt with the status page (members).
fn first_mail(
    state: &AppState,
    submission: &Submission,
    reference: &str,
    confirm_token: &str,
) -> Result<mail::Outgoing, AppError> {
    let locale = submission.locale;
    let (key, path) = match submission.submitter {
        Some(_) => (
            "mail-proposal-received",
            status::link(state, locale, reference),
        ),
        None => (
            "mail-proposal-confirm",
            localized_path(
                locale,
                &format!("/collaborate/confirm?token={confirm_token}"),
            ),
        ),
    };
    let args = [
        ("reference", reference.to_string().into()),
        ("hours", confirmation_hours(state).into()),
    ];
    let valid = &submission.valid;
    let link = state.absolute_url(&path);
    Ok(mail::compose(
        locale,
        key,
        &valid.email,
        &valid.profile.full_name,
        &link,
        &args,
    )?)
}

/// How long an anonymous sender has to confirm, in whole hours (at least one).
pub fn confirmation_hours(state: &AppState) -> i64 {
    Ord::max(state.settings.unconfirmed_proposal_lifetime.num_hours(), 1)
}

/// An unconfirmed proposal whose confirmation link is still valid.
pub async fn awaiting_confirmation(
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

/// The sender confirmed their address: the proposal goes to staff, and the
/// receipt with the status page's link goes to the sender. Returns the
/// status page's path.
pub async fn confirm(state: &AppState, found: &proposal::Model) -> Result<String, AppError> {
    let txn = state.begin_write().await?;
    workflow::apply(&txn, found, Transition::Confirm, None, "address confirmed").await?;
    proposal::Entity::update_many()
        .col_expr(
            proposal::Column::ConfirmTokenHash,
            Expr::value(Option::<String>::None),
        )
        .col_expr(proposal::Column::ConfirmedAt, Expr::value(Utc::now()))
        .filter(proposal::Column::Id.eq(found.id))
        .exec(&txn)
        .await?;
    let locale = Locale::from_code(&found.locale).unwrap_or(Locale::En);
    let status_path = status::link(state, locale, &found.reference);
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
    alerts::new_proposal(state, &txn, found.into()).await?;
    txn.commit().await?;
    state.jobs_wakeup.notify();
    Ok(status_path)
}
