//! The collaboration form's pages: the form, sending it, the page after
//! sending, and confirming the address.

use askama::Template;
use axum::{
    Extension,
    extract::{Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use serde::Deserialize;

use super::services::{self, Submission};
use crate::{
    lines_of_work::{self, LineOption},
    people::{
        directory,
        profile::{ProfileChoices, ProfileInput},
    },
    proposals::{
        entities::{attachment, proposal},
        form::{self, COLLABORATION_KINDS, ProposalInput},
        view::ProposalView,
    },
    safeguarding::{Screened, Subject, masking::Warning, screen},
    state::AppState,
    web::{
        AppError, ClientIp, CurrentUser, Page,
        csrf::{CheckedForm, CheckedMultipart},
        form::{FieldErrors, TokenField},
        human_check::Refusal,
        page::render,
    },
};

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
    /// Details that may identify a child, found in the texts.
    safeguarding: Option<Warning>,
}

impl FormPage {
    fn kinds(&self) -> [&'static str; 3] {
        COLLABORATION_KINDS
    }
}

/// The member's confirmed address, if a member is signed in.
fn verified_email(signed_in: &Option<Extension<CurrentUser>>) -> Option<String> {
    signed_in
        .as_ref()
        .and_then(|Extension(s)| s.verified_email())
        .map(str::to_string)
}

pub async fn show_form(
    State(state): State<AppState>,
    page: Page,
    signed_in: Option<Extension<CurrentUser>>,
) -> Result<Response, AppError> {
    let lines = lines_of_work::active(&state, page.locale).await?;
    let profile = match &signed_in {
        Some(Extension(me)) => directory::profile(&state.db, me.id, &lines).await?,
        None => ProfileInput::default(),
    };
    render(&FormPage {
        started: page.started.clone(),
        account_email: verified_email(&signed_in),
        choices: ProfileChoices::for_proposal(lines),
        errors: FieldErrors::new(page.locale),
        profile,
        proposal: ProposalInput::default(),
        kept: None,
        problem: None,
        safeguarding: None,
        page,
    })
}

pub async fn submit(
    State(state): State<AppState>,
    ClientIp(client): ClientIp,
    page: Page,
    signed_in: Option<Extension<CurrentUser>>,
    form: CheckedMultipart,
) -> Result<Response, AppError> {
    let profile: ProfileInput = form.parse()?;
    let input: ProposalInput = form.parse()?;
    if input.human_check().is_spam_trap_filled() {
        // Answer as if accepted, so the bot learns nothing; store nothing.
        return Ok(Redirect::to(&page.link("/collaborate/sent")).into_response());
    }
    let form_key = input.human_check().form_key(&state.settings.secret_key);
    if let Some(earlier) = services::sent_before(&state.db, form_key.as_deref()).await? {
        // The same form again (a double click): the first sending counts.
        return Ok(sent_page(&page, &earlier));
    }
    let lines = lines_of_work::active(&state, page.locale).await?;
    let account_email = verified_email(&signed_in);
    let mut errors = FieldErrors::in_own_words(page.locale, form::OWN_WORDS);
    let valid = input.validate(&profile, &lines, account_email.as_deref(), &mut errors);
    // A form refused as a whole stores nothing, not even its file; one
    // refused for its fields keeps the file for the correction.
    let refusal = services::refusal(&state, client, &input).await?;
    let kept = match refusal {
        None => {
            let token = &input.kept_attachment;
            let upload = form.file();
            services::keep_attachment(&state, client, upload, token, &mut errors).await?
        }
        Some(_) => None,
    };
    input.check_consent(&mut errors);
    let (Some(valid), None, true) = (valid, refusal, errors.is_empty()) else {
        let refused = Refused {
            profile,
            input,
            errors,
            account_email,
            refusal,
            kept,
            safeguarding: None,
        };
        return refused.render(&state, page, lines);
    };
    let sender = (
        Some(valid.email.as_str()),
        input.safeguarding_confirmation.as_str(),
    );
    let screened = screen(
        &state,
        &valid.texts(),
        sender,
        Subject::Proposal,
        page.locale,
    )
    .await?;
    let masked = match screened {
        Screened::Send(masked) => masked,
        Screened::Warn(warning) => {
            let warned = Refused {
                profile,
                input,
                errors,
                account_email,
                refusal,
                kept,
                safeguarding: Some(warning),
            };
            return warned.render(&state, page, lines);
        }
    };
    let submission = Submission {
        valid: valid.masked(&masked),
        masked,
        locale: page.locale,
        submitter: signed_in
            .filter(|_| account_email.is_some())
            .map(|Extension(s)| s.id),
        kept,
        form_key,
        client,
    };
    let reference = services::create(&state, submission).await?;
    let confirm = account_email.is_none();
    Ok(Redirect::to(&page.link(&format!(
        "/collaborate/sent?reference={reference}&confirm={confirm}"
    )))
    .into_response())
}

/// A form sent back: what was typed, what is wrong, the file kept.
struct Refused {
    profile: ProfileInput,
    input: ProposalInput,
    errors: FieldErrors,
    account_email: Option<String>,
    refusal: Option<Refusal>,
    kept: Option<attachment::Model>,
    safeguarding: Option<Warning>,
}

impl Refused {
    fn render(
        self,
        state: &AppState,
        page: Page,
        lines: Vec<LineOption>,
    ) -> Result<Response, AppError> {
        let (refusal, refused) = Refusal::shown(self.refusal, !self.errors.is_empty());
        // A warning about a child's details is a question, not a refusal.
        let status = match self.safeguarding {
            Some(_) => StatusCode::OK,
            None => refused,
        };
        let key = &state.settings.secret_key;
        let form = FormPage {
            started: self.input.human_check().started_for_correction(key),
            choices: ProfileChoices::for_proposal(lines),
            kept: self.kept.map(|file| KeptFile {
                token: crate::uploads::kept_token(key, form::KEPT_ATTACHMENT, file.id),
                name: file.original_name,
            }),
            problem: refusal.map(|refusal| page.t(&refusal.message_key("proposal"))),
            profile: self.profile,
            proposal: self.input,
            errors: self.errors,
            account_email: self.account_email,
            safeguarding: self.safeguarding,
            page,
        };
        Ok((status, render(&form)?).into_response())
    }
}

/// Where a form sent before leads: its reference, and whether a
/// confirmation mail is on its way (anonymous senders) or not (members).
fn sent_page(page: &Page, earlier: &proposal::Model) -> Response {
    let (reference, confirm) = (&earlier.reference, earlier.submitter_id.is_none());
    Redirect::to(&page.link(&format!(
        "/collaborate/sent?reference={reference}&confirm={confirm}"
    )))
    .into_response()
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

pub async fn show_sent(
    State(state): State<AppState>,
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
        hours: services::confirmation_hours(&state),
    })
}

#[derive(Template)]
#[template(path = "proposals/confirm.html")]
struct ConfirmPage {
    page: Page,
    token: String,
    proposal: ProposalView,
}

#[derive(Template)]
#[template(path = "proposals/link_invalid.html")]
struct LinkInvalidPage {
    page: Page,
}

/// The link in the mail opens a page with a button: mail scanners that
/// follow links must not confirm anything.
pub async fn show_confirm(
    State(state): State<AppState>,
    page: Page,
    Query(query): Query<TokenField>,
) -> Result<Response, AppError> {
    match services::awaiting_confirmation(&state, &query.token).await? {
        Some(found) => render(&ConfirmPage {
            page,
            token: query.token,
            proposal: found.into(),
        }),
        None => render(&LinkInvalidPage { page }),
    }
}

pub async fn confirm(
    State(state): State<AppState>,
    page: Page,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let TokenField { token } = form.parse()?;
    let Some(found) = services::awaiting_confirmation(&state, &token).await? else {
        return render(&LinkInvalidPage { page });
    };
    let status_path = services::confirm(&state, &found).await?;
    Ok(Redirect::to(&status_path).into_response())
}
