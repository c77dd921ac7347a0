//! Editors invite members directly to a group (`/staff/groups/{id}/invite`):
//! they search the members by line of work, country, language or words of
//! their profile, prepare an offer for one (the same terms as with a
//! decision) and send it; the page lists every invitation of the group
//! with its answer.

use askama::Template;
use axum::{
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::Deserialize;

use super::{
    entities::{Status, offer},
    notify,
    store::{self as offers, NewOffer},
    terms::TermsInput,
    view::OfferView,
};
use crate::{
    groups::{
        entities::{Keyed, MemberRole, Stage, working_group},
        queries as groups,
    },
    lines_of_work,
    people::{
        directory::{self, Found, Person, Search},
        profile::ProfileChoices,
    },
    state::AppState,
    web::{
        AppError, Page, RequireUser,
        csrf::CheckedForm,
        form::{FieldErrors, TextBounds},
        page::render,
    },
};

const MESSAGE: TextBounds = TextBounds {
    min: 1,
    max: 10_000,
};

/// A member found, and where they stand with the group.
pub struct Candidate {
    pub found: Found,
    pub member: bool,
    /// Their invitation's state, if one was sent.
    pub invited: Option<Status>,
}

impl Candidate {
    /// Invited, and the answer has not come yet.
    pub fn waiting(&self) -> bool {
        self.invited == Some(Status::Sent)
    }
}

#[derive(Template)]
#[template(path = "offers/invite.html")]
struct InvitePage {
    page: Page,
    group: working_group::Model,
    search: Search,
    choices: ProfileChoices,
    candidates: Vec<Candidate>,
    /// The group's invitations: to whom, and where each stands.
    invitations: Vec<(String, OfferView)>,
    sent: bool,
}

impl InvitePage {
    fn searched(&self) -> bool {
        !self.search.is_empty()
    }
    fn limit_reached(&self) -> bool {
        self.candidates.len() as u64 >= directory::SEARCH_LIMIT
    }
    fn prepare_link(&self, user_id: &i32) -> String {
        person_path(&self.page, self.group.id, *user_id)
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SentQuery {
    sent: bool,
}

/// A group people can still be invited to: not closed.
async fn open_group(state: &AppState, id: i32) -> Result<working_group::Model, AppError> {
    let group = groups::find(&state.db, id).await?;
    if group.stage == Stage::Closed {
        return Err(AppError::Conflict);
    }
    Ok(group)
}

pub async fn show(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<i32>,
    Query(search): Query<Search>,
    Query(SentQuery { sent }): Query<SentQuery>,
) -> Result<Response, AppError> {
    let group = groups::find(&state.db, id).await?;
    let lines = lines_of_work::active(&state, page.locale).await?;
    let found = if search.is_empty() {
        Vec::new()
    } else {
        directory::search(&state.db, &search, &lines).await?
    };
    let sent_offers = offer::Entity::find()
        .filter(offer::Column::GroupId.eq(id))
        .filter(offer::Column::ProposalId.is_null())
        .order_by_desc(offer::Column::SentAt)
        .all(&state.db)
        .await?;
    let members = groups::members_of(&state.db, id).await?;
    let candidates = found
        .into_iter()
        .map(|found| Candidate {
            member: members.iter().any(|m| m.user_id == found.id),
            invited: sent_offers
                .iter()
                .find(|o| o.user_id == Some(found.id))
                .map(|o| o.status),
            found,
        })
        .collect();
    let invitations = invitations(&state, &page, &group, sent_offers).await?;
    render(&InvitePage {
        choices: ProfileChoices::new(lines),
        page,
        group,
        search,
        candidates,
        invitations,
        sent,
    })
}

async fn invitations(
    state: &AppState,
    page: &Page,
    group: &working_group::Model,
    sent: Vec<offer::Model>,
) -> Result<Vec<(String, OfferView)>, AppError> {
    let people = directory::people(&state.db, sent.iter().filter_map(|o| o.user_id)).await?;
    let mut listed = Vec::new();
    for offer in sent {
        let Some(person) = people.iter().find(|p| Some(p.id) == offer.user_id) else {
            continue;
        };
        let view = OfferView::with_group(offer, Some(group.clone()), page.locale);
        listed.push((person.full_name.clone(), view));
    }
    Ok(listed)
}

#[derive(Template)]
#[template(path = "offers/invite_person.html")]
struct PersonPage {
    page: Page,
    group: working_group::Model,
    person: Person,
    terms: TermsInput,
    message: String,
    errors: FieldErrors,
}

fn person_path(page: &Page, group_id: i32, user_id: i32) -> String {
    page.link(&format!("/staff/groups/{group_id}/invite/{user_id}"))
}

impl PersonPage {
    fn roles(&self) -> Vec<MemberRole> {
        MemberRole::all()
    }
    fn action(&self) -> String {
        person_path(&self.page, self.group.id, self.person.id)
    }
}

/// The person to invite: a confirmed account, not yet in the group.
async fn invitable(state: &AppState, group_id: i32, user_id: i32) -> Result<Person, AppError> {
    let person = directory::person(&state.db, user_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if groups::membership(&state.db, (group_id, user_id))
        .await?
        .is_some()
    {
        return Err(AppError::Conflict);
    }
    Ok(person)
}

/// The group's invitation of this person, if there was one.
async fn earlier(
    db: &impl ConnectionTrait,
    (group_id, user_id): (i32, i32),
) -> Result<Option<offer::Model>, AppError> {
    Ok(offer::Entity::find()
        .filter(offer::Column::GroupId.eq(group_id))
        .filter(offer::Column::UserId.eq(user_id))
        .filter(offer::Column::ProposalId.is_null())
        .one(db)
        .await?)
}

/// The form for an offer to the person: a new one, or a revision of the
/// invitation they declined or answered with other terms (starting from
/// those terms).
pub async fn show_person(
    State(state): State<AppState>,
    page: Page,
    Path((id, user_id)): Path<(i32, i32)>,
) -> Result<Response, AppError> {
    let group = open_group(&state, id).await?;
    let person = invitable(&state, id, user_id).await?;
    let terms = match earlier(&state.db, (id, user_id)).await? {
        Some(offer) => TermsInput::revising(&offer),
        None => TermsInput::starting(""),
    };
    render(&PersonPage {
        errors: FieldErrors::new(page.locale),
        page,
        group,
        person,
        terms,
        message: String::new(),
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct InvitationMessage {
    invite_message: String,
}

/// Sends the offer, or a revision of the earlier one; an invitation still
/// waiting for the person's answer is left as it is (a conflict).
pub async fn send(
    State(state): State<AppState>,
    page: Page,
    RequireUser(me): RequireUser,
    Path((id, user_id)): Path<(i32, i32)>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let group = open_group(&state, id).await?;
    let person = invitable(&state, id, user_id).await?;
    let terms: TermsInput = form.parse()?;
    let InvitationMessage { invite_message } = form.parse()?;
    let mut errors = FieldErrors::new(page.locale);
    let checked = terms.validate(true, &mut errors);
    let message = errors.checked_text(
        "invite_message",
        &invite_message,
        MESSAGE,
        "offer-invite-message-missing",
    );
    let (Some(checked), Some(message)) = (checked, message) else {
        let refused = PersonPage {
            page,
            group,
            person,
            terms,
            message: invite_message,
            errors,
        };
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&refused)?).into_response());
    };
    let txn = state.begin_write().await?;
    let sent = match earlier(&txn, (id, user_id)).await? {
        Some(waiting) if waiting.status == Status::Sent => return Err(AppError::Conflict),
        Some(answered) => offers::revise(&txn, &answered, &checked, (&message, me.id)).await?,
        None => {
            let new = NewOffer {
                sent_by: me.id,
                proposal_id: None,
                user_id: Some(user_id),
                group_id: Some(id),
                terms: &checked,
                message: &message,
            };
            offers::send(&txn, new).await?
        }
    };
    notify::invited(&state, &txn, &person, sent).await?;
    txn.commit().await?;
    state.jobs_wakeup.notify();
    let back = format!("/staff/groups/{id}/invite?sent=true");
    Ok(Redirect::to(&page.link(&back)).into_response())
}
