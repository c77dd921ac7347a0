//! A person's meetings (`/groups/calendar`): the coming meetings of every
//! group they are a member of, and their calendar feed. The feed's address
//! carries their id and a signature over a random nonce kept with it, so
//! the address alone opens that person's feed and nothing else, nothing
//! secret is stored, and a new nonce revokes the old address at once. A
//! removed member's feed stops showing the group's meetings.

use askama::Template;
use axum::{
    extract::{Path, State},
    response::{IntoResponse, Redirect, Response},
};
use chrono::{Duration, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    sea_query::OnConflict,
};
use serde::Deserialize;

use super::{
    super::entities::{calendar_feed, group_member, meeting, working_group},
    MeetingView, calendar_event, calendar_response, host, ics,
};
use crate::{
    config::random_hex,
    people::directory,
    state::AppState,
    web::{
        AppError, Page, RequireUser,
        csrf::CheckedForm,
        page::{localized_path, render},
    },
};

/// What the feed address's signature is for.
const PURPOSE: &str = "calendar-feed";
/// How far back the feed goes: calendars keep what they have seen.
const FEED_PAST_DAYS: i64 = 90;

/// The meetings of `user_id`'s groups from `since`, soonest first, each
/// with its group.
async fn meetings_of(
    db: &impl ConnectionTrait,
    user_id: i32,
    since: chrono::DateTime<Utc>,
) -> Result<Vec<(meeting::Model, working_group::Model)>, AppError> {
    let groups: Vec<i32> = group_member::Entity::find()
        .filter(group_member::Column::UserId.eq(user_id))
        .all(db)
        .await?
        .into_iter()
        .map(|membership| membership.group_id)
        .collect();
    let meetings = meeting::Entity::find()
        .filter(meeting::Column::GroupId.is_in(groups.clone()))
        .filter(meeting::Column::EndsAt.gte(since))
        .order_by_asc(meeting::Column::StartsAt)
        .all(db)
        .await?;
    let named = working_group::Entity::find()
        .filter(working_group::Column::Id.is_in(groups))
        .all(db)
        .await?;
    Ok(meetings
        .into_iter()
        .filter_map(|found| {
            let group = named.iter().find(|g| g.id == found.group_id)?.clone();
            Some((found, group))
        })
        .collect())
}

fn feed_path(state: &AppState, feed: &calendar_feed::Model) -> String {
    let signature = state
        .settings
        .secret_key
        .sign(PURPOSE, &signed(feed.user_id, &feed.nonce));
    format!("/groups/calendar/{}-{signature}.ics", feed.user_id)
}

fn signed(user_id: i32, nonce: &str) -> String {
    format!("{user_id}:{nonce}")
}

#[derive(Template)]
#[template(path = "groups/calendar.html")]
struct CalendarPage {
    page: Page,
    meetings: Vec<(MeetingView, working_group::Model)>,
    /// The feed's address, once the person has asked for one.
    feed_url: Option<String>,
}

pub async fn show_feed(
    State(state): State<AppState>,
    page: Page,
    RequireUser(me): RequireUser,
) -> Result<Response, AppError> {
    let now = Utc::now();
    let meetings = meetings_of(&state.db, me.id, now)
        .await?
        .into_iter()
        .map(|(found, group)| {
            (
                MeetingView::of(found, page.locale, me.time_zone, now),
                group,
            )
        })
        .collect();
    let feed = calendar_feed::Entity::find_by_id(me.id)
        .one(&state.db)
        .await?;
    let feed_url = feed
        .map(|feed| state.absolute_url(&localized_path(page.locale, &feed_path(&state, &feed))));
    render(&CalendarPage {
        page,
        meetings,
        feed_url,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct FeedChange {
    /// "new" makes a new address (the old one stops working), "off"
    /// removes the feed.
    action: String,
}

pub async fn change_feed(
    State(state): State<AppState>,
    page: Page,
    RequireUser(me): RequireUser,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let FeedChange { action } = form.parse()?;
    match action.as_str() {
        "new" => {
            calendar_feed::Entity::insert(calendar_feed::ActiveModel {
                user_id: Set(me.id),
                nonce: Set(random_hex(16)),
                created_at: Set(Utc::now()),
            })
            .on_conflict(
                OnConflict::column(calendar_feed::Column::UserId)
                    .update_columns([
                        calendar_feed::Column::Nonce,
                        calendar_feed::Column::CreatedAt,
                    ])
                    .to_owned(),
            )
            .exec_without_returning(&state.db)
            .await?;
        }
        "off" => {
            calendar_feed::Entity::delete_by_id(me.id)
                .exec(&state.db)
                .await?;
        }
        _ => return Err(AppError::BadRequest),
    }
    Ok(Redirect::to(&page.link("/groups/calendar#feed")).into_response())
}

/// The feed itself, for calendar programs: no session, only the signed
/// address. Anything that does not match a live feed is a 404.
pub async fn serve_feed(
    State(state): State<AppState>,
    Path(file): Path<String>,
) -> Result<Response, AppError> {
    let (user_id, signature) = file
        .strip_suffix(".ics")
        .and_then(|token| token.split_once('-'))
        .and_then(|(id, signature)| Some((id.parse::<i32>().ok()?, signature)))
        .ok_or(AppError::NotFound)?;
    let feed = calendar_feed::Entity::find_by_id(user_id)
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let valid = state
        .settings
        .secret_key
        .verify(PURPOSE, &signed(user_id, &feed.nonce), signature);
    let person = directory::person(&state.db, user_id).await?;
    let (true, Some(person)) = (valid, person) else {
        return Err(AppError::NotFound);
    };
    let locale = person.locale();
    let since = Utc::now() - Duration::days(FEED_PAST_DAYS);
    let meetings = meetings_of(&state.db, user_id, since).await?;
    let events: Vec<_> = meetings
        .iter()
        .map(|(found, group)| calendar_event(&state, locale, group, found))
        .collect();
    let name = locale.t("meetings-feed-name");
    let text = ics::calendar(&host(&state), Some(&name), &events);
    Ok(calendar_response(text, None))
}
