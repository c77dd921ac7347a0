//! The submitter's pages: the status page (by signed link or as a member),
//! replying, withdrawing, and a member's list of their proposals.

use askama::Template;
use axum::{
    Extension,
    extract::{Path, Query, State as AxumState},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::Deserialize;

use super::{access::SubmitterAccess, services};
use crate::{
    groups::entities::{Keyed, MemberRole},
    i18n::Locale,
    lines_of_work::LineOption,
    offers::{
        answers::{self, AnswerInput, Warned},
        store as offers,
        view::OfferView,
    },
    proposals::{
        entities::{attachment, message, proposal},
        state::State,
        view::{self, ProposalView},
        workflow,
    },
    safeguarding::{Field, Screened, Subject, masking::Warning, screen},
    state::AppState,
    web::{
        AppError, CurrentUser, Page, RequireUser, csrf::CheckedForm, form::FieldErrors,
        page::render,
    },
};

#[derive(Template)]
#[template(path = "proposals/status.html")]
pub(super) struct StatusPage {
    page: Page,
    proposal: ProposalView,
    /// What the submitter sent, shown back to them.
    lines: Vec<LineOption>,
    files: Vec<attachment::Model>,
    thread: Vec<message::Model>,
    access: SubmitterAccess,
    /// A reply was just sent: say it arrived.
    replied: bool,
    /// The proposal can still be withdrawn.
    open: bool,
    /// The submitter can still write on the thread.
    can_write: bool,
    awaiting: bool,
    errors: FieldErrors,
    reply: String,
    /// The offer made with the decision, and the answer forms as typed.
    offer: Option<OfferView>,
    answer: AnswerInput,
    /// The answer just given ("accepted", "declined", "countered"), to say
    /// it arrived.
    answered: String,
    /// Details that may identify a child, found in the reply or, when
    /// `warned` names it, in an answer to the offer.
    safeguarding: Option<Warning>,
    warned: Warned,
}

impl StatusPage {
    fn roles(&self) -> Vec<MemberRole> {
        MemberRole::all()
    }

    /// The page with the answer forms given back as typed.
    pub(super) fn with_answer(self, answer: AnswerInput) -> StatusPage {
        StatusPage { answer, ..self }
    }

    /// The page with a warning about an answer to the offer.
    pub(super) fn warned(self, (warning, warned): (Warning, Warned)) -> StatusPage {
        StatusPage {
            safeguarding: Some(warning),
            warned,
            ..self
        }
    }
}

impl StatusPage {
    /// The page for `found`, with a reply given back (and its errors) if any.
    pub(super) async fn build(
        state: &AppState,
        page: Page,
        found: proposal::Model,
        access: SubmitterAccess,
        reply: String,
        errors: FieldErrors,
    ) -> Result<StatusPage, AppError> {
        let thread = workflow::thread(&state.db, found.id, false).await?;
        let lines = view::chosen_lines(&state.db, found.id, page.locale).await?;
        let files = view::files(&state.db, found.id).await?;
        let current = found.state;
        let offer = match offers::of_proposal(&state.db, found.id).await? {
            Some(offer) => Some(OfferView::of(&state.db, offer, page.locale).await?),
            None => None,
        };
        Ok(StatusPage {
            offer,
            answer: AnswerInput::default(),
            answered: String::new(),
            safeguarding: None,
            warned: Warned::None,
            lines,
            files,
            replied: false,
            open: current.is_open(),
            can_write: found.accepts_messages(),
            awaiting: current == State::AwaitingInformation,
            page,
            proposal: found.into(),
            thread,
            access,
            errors,
            reply,
        })
    }
}

/// `?replied=true` or `?answered=…`: where a reply or an answer to the
/// offer leads, to confirm it was sent.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Replied {
    replied: bool,
    answered: String,
}

async fn show_status(
    state: &AppState,
    page: Page,
    access: SubmitterAccess,
    signed_in: &Option<Extension<CurrentUser>>,
    Replied { replied, answered }: Replied,
) -> Result<Response, AppError> {
    let found = access.resolve(state, signed_in).await?;
    let errors = FieldErrors::new(page.locale);
    let status = StatusPage::build(state, page, found, access, String::new(), errors).await?;
    let answered = answers::answered_notice(&answered);
    render(&StatusPage {
        replied,
        answered,
        ..status
    })
}

pub async fn show_status_by_token(
    AxumState(state): AxumState<AppState>,
    page: Page,
    signed_in: Option<Extension<CurrentUser>>,
    Query(access): Query<SubmitterAccess>,
    Query(replied): Query<Replied>,
) -> Result<Response, AppError> {
    show_status(&state, page, access, &signed_in, replied).await
}

pub async fn show_status_for_member(
    AxumState(state): AxumState<AppState>,
    page: Page,
    RequireUser(me): RequireUser,
    Path(reference): Path<String>,
    Query(replied): Query<Replied>,
) -> Result<Response, AppError> {
    let access = SubmitterAccess::member(reference);
    show_status(&state, page, access, &Some(Extension(me)), replied).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ReplyForm {
    body: String,
    /// Sent by "Send with these details hidden" (`safeguarding::Scan`).
    safeguarding_confirmation: String,
}

pub async fn reply(
    AxumState(state): AxumState<AppState>,
    page: Page,
    signed_in: Option<Extension<CurrentUser>>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let access: SubmitterAccess = form.parse()?;
    let ReplyForm {
        body,
        safeguarding_confirmation: confirmation,
    } = form.parse()?;
    let found = access.resolve(&state, &signed_in).await?;
    if !found.accepts_messages() {
        return Err(workflow::refused());
    }
    let text = match workflow::message_text(&body) {
        Ok(text) => text,
        Err(problem) => {
            let mut errors = FieldErrors::new(page.locale);
            errors.add_text_problem("body", problem, "proposal-message-missing");
            let status = StatusPage::build(&state, page, found, access, body, errors).await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&status)?).into_response());
        }
    };
    let texts = [Field {
        name: "body",
        label: "proposal-add-information",
        text: &text,
    }];
    let locale = Locale::from_code(&found.locale).unwrap_or(page.locale);
    let sender = (Some(found.email.as_str()), confirmation.as_str());
    let screened = screen(&state, &texts, sender, Subject::ProposalMessage, locale).await?;
    let masked = match screened {
        Screened::Send(masked) => masked,
        Screened::Warn(warning) => {
            let errors = FieldErrors::new(page.locale);
            let status = StatusPage::build(&state, page, found, access, body, errors).await?;
            let safeguarding = Some(warning);
            return render(&StatusPage {
                safeguarding,
                ..status
            });
        }
    };
    services::reply(&state, found.id, &masked).await?;
    let back = access.status_path(&page);
    let separator = if back.contains('?') { '&' } else { '?' };
    Ok(Redirect::to(&format!("{back}{separator}replied=true")).into_response())
}

pub async fn withdraw(
    AxumState(state): AxumState<AppState>,
    page: Page,
    signed_in: Option<Extension<CurrentUser>>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let access: SubmitterAccess = form.parse()?;
    let found = access.resolve(&state, &signed_in).await?;
    services::withdraw(&state, &found).await?;
    Ok(Redirect::to(&access.status_path(&page)).into_response())
}

#[derive(Template)]
#[template(path = "proposals/mine.html")]
struct MinePage {
    page: Page,
    proposals: Vec<ProposalView>,
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
    let proposals = proposals.into_iter().map(ProposalView::from).collect();
    render(&MinePage { page, proposals })
}
