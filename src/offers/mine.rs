//! A member's invitations (`/account/invitations`): the places in groups
//! staff offered them directly, each answered on its own page as an offer
//! on a proposal is: accept, suggest other terms, or decline.

use askama::Template;
use axum::{
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::Deserialize;

use super::{
    answers::{self, AnswerInput, Seen, Warned},
    entities::{Status, offer},
    notify,
    store::{self as offers, Answer},
    view::OfferView,
};
use crate::{
    groups::{
        entities::{Keyed, MemberRole, working_group},
        queries as groups,
    },
    safeguarding::{Masked, masking::Warning},
    state::AppState,
    web::{
        AppError, CurrentUser, Page, RequireUser, csrf::CheckedForm, form::FieldErrors,
        page::render, page_cache,
    },
};

#[derive(Template)]
#[template(path = "offers/invitations.html")]
struct ListPage {
    page: Page,
    invitations: Vec<OfferView>,
}

pub async fn list(
    State(state): State<AppState>,
    page: Page,
    RequireUser(me): RequireUser,
) -> Result<Response, AppError> {
    let mine = offer::Entity::find()
        .filter(offer::Column::UserId.eq(me.id))
        .filter(offer::Column::ProposalId.is_null())
        .order_by_desc(offer::Column::SentAt)
        .all(&state.db)
        .await?;
    let groups = working_group::Entity::find()
        .filter(working_group::Column::Id.is_in(mine.iter().filter_map(|o| o.group_id)))
        .all(&state.db)
        .await?;
    let invitations = mine
        .into_iter()
        .map(|offer| {
            let group = groups
                .iter()
                .find(|g| Some(g.id) == offer.group_id)
                .cloned();
            OfferView::with_group(offer, group, page.locale)
        })
        .collect();
    render(&ListPage { page, invitations })
}

#[derive(Template)]
#[template(path = "offers/invitation.html")]
struct InvitationPage {
    page: Page,
    offer: OfferView,
    answer: AnswerInput,
    errors: FieldErrors,
    answered: String,
    /// Details that may identify a child, found in an answer's words, and
    /// the form they were sent from.
    safeguarding: Option<Warning>,
    warned: Warned,
}

impl InvitationPage {
    fn roles(&self) -> Vec<MemberRole> {
        MemberRole::all()
    }
    /// "Invitation: the group", punctuated as the language does.
    fn heading(&self) -> String {
        let group = self.offer.group_name(self.page.locale).to_string();
        self.page
            .locale
            .t_args("invitation-heading", &[("group", group.into())])
    }
}

/// One of the signed-in member's own invitations; anyone else's, or an
/// offer on a proposal, is not found.
async fn own(state: &AppState, me: &CurrentUser, id: i32) -> Result<offer::Model, AppError> {
    offer::Entity::find_by_id(id)
        .filter(offer::Column::UserId.eq(me.id))
        .filter(offer::Column::ProposalId.is_null())
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Answered {
    answered: String,
}

pub async fn show(
    State(state): State<AppState>,
    page: Page,
    RequireUser(me): RequireUser,
    Path(id): Path<i32>,
    Query(Answered { answered }): Query<Answered>,
) -> Result<Response, AppError> {
    let offer = own(&state, &me, id).await?;
    let answered = answers::answered_notice(&answered);
    render(&InvitationPage {
        offer: OfferView::of(&state.db, offer, page.locale).await?,
        answer: AnswerInput::default(),
        errors: FieldErrors::new(page.locale),
        answered,
        page,
        safeguarding: None,
        warned: Warned::None,
    })
}

pub async fn accept(
    State(state): State<AppState>,
    page: Page,
    RequireUser(me): RequireUser,
    Path(id): Path<i32>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let current = own(&state, &me, id).await?;
    form.parse::<Seen>()?.check(&current)?;
    record(
        &state,
        &me,
        &current,
        (Answer::Accept { user_id: me.id }, None),
    )
    .await?;
    Ok(back(&page, id, Status::Accepted))
}

pub async fn decline(
    State(state): State<AppState>,
    page: Page,
    RequireUser(me): RequireUser,
    Path(id): Path<i32>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    answer_with(state, page, (me, id), form, |typed, _, errors| {
        typed.decline(errors)
    })
    .await
}

pub async fn counter(
    State(state): State<AppState>,
    page: Page,
    RequireUser(me): RequireUser,
    Path(id): Path<i32>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    answer_with(state, page, (me, id), form, AnswerInput::counter).await
}

/// A decline or a counter, as `check` reads it from the form; the page
/// again with the problems if there are any.
async fn answer_with(
    state: AppState,
    page: Page,
    (me, id): (CurrentUser, i32),
    form: CheckedForm,
    check: impl Fn(&AnswerInput, &offer::Model, &mut FieldErrors) -> Option<Answer>,
) -> Result<Response, AppError> {
    let current = own(&state, &me, id).await?;
    form.parse::<Seen>()?.check(&current)?;
    let typed: AnswerInput = form.parse()?;
    let mut errors = FieldErrors::new(page.locale);
    let Some(answer) = check(&typed, &current, &mut errors) else {
        let refused = InvitationPage {
            offer: OfferView::of(&state.db, current, page.locale).await?,
            answer: typed,
            errors,
            answered: String::new(),
            page,
            safeguarding: None,
            warned: Warned::None,
        };
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&refused)?).into_response());
    };
    let sender = (
        Some(me.email.as_str()),
        typed.safeguarding_confirmation.as_str(),
    );
    let (answer, masked) = match answers::screened(&state, answer, sender, page.locale).await? {
        Ok(sendable) => sendable,
        Err((warning, warned)) => {
            return render(&InvitationPage {
                offer: OfferView::of(&state.db, current, page.locale).await?,
                answer: typed,
                errors,
                answered: String::new(),
                page,
                safeguarding: Some(warning),
                warned,
            });
        }
    };
    let status = answer.status();
    record(&state, &me, &current, (answer, masked)).await?;
    Ok(back(&page, id, status))
}

async fn record(
    state: &AppState,
    me: &CurrentUser,
    current: &offer::Model,
    (answer, masked): (Answer, Option<Masked>),
) -> Result<(), AppError> {
    let txn = state.begin_write().await?;
    let answered = offers::answer(&txn, current, (&answer, masked.as_ref())).await?;
    let group = match answered.group_id {
        Some(id) => Some(groups::find(&txn, id).await?),
        None => None,
    };
    notify::answered(state, &txn, &answered, (&me.full_name, group.as_ref())).await?;
    if answered.status == Status::Accepted {
        // The group's public page counts its members.
        page_cache::record_change(&txn).await?;
    }
    txn.commit().await?;
    state.jobs_wakeup.notify();
    Ok(())
}

fn back(page: &Page, id: i32, status: Status) -> Response {
    let path = format!("/account/invitations/{id}?answered={}", status.key());
    Redirect::to(&page.link(&path)).into_response()
}
