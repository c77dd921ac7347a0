//! The mails of a group's discussions: each new post goes to the members
//! who chose so (not to its author), in each one's language; those who
//! chose a digest get one mail each morning with the day's posts of all
//! their groups. Every mail has a signed link that stops them without
//! signing in.

use askama::Template;
use axum::{
    extract::{Path, Query, State},
    response::{IntoResponse, Redirect, Response},
};
use std::collections::BTreeSet;

use chrono::{DateTime, Duration, NaiveTime, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, sea_query::Expr,
};
use serde::Deserialize;

use super::{
    entities::{Notifications, group_member, post, thread, working_group},
    queries,
    workspace::Workspace,
};
use crate::{
    daily::{Daily, Window},
    mail,
    people::{directory, mail::to_person},
    state::AppState,
    web::{
        AppError, Page,
        csrf::CheckedForm,
        page::{localized_path, render},
    },
};

/// What the stop link's signature is for.
const PURPOSE: &str = "group-notifications";

pub async fn set(
    db: &impl ConnectionTrait,
    (group_id, user_id): (i32, i32),
    choice: Notifications,
) -> Result<(), AppError> {
    group_member::Entity::update_many()
        .col_expr(group_member::Column::Notifications, Expr::value(choice))
        .filter(group_member::Column::GroupId.eq(group_id))
        .filter(group_member::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Queues the mail of `added` to every member who hears of each post.
pub async fn new_post(
    state: &AppState,
    db: &impl ConnectionTrait,
    (workspace, thread): (&Workspace, &thread::Model),
    added: &post::Model,
) -> Result<(), AppError> {
    let group = &workspace.group;
    let listeners = group_member::Entity::find()
        .filter(group_member::Column::GroupId.eq(group.id))
        .filter(group_member::Column::Notifications.eq(Notifications::Each))
        .filter(group_member::Column::UserId.ne(workspace.me.id))
        .all(db)
        .await?;
    let people = directory::people(db, listeners.iter().map(|m| m.user_id)).await?;
    let path = format!(
        "/groups/{}/discussions/{}#post-{}",
        group.id, thread.id, added.id
    );
    for person in people {
        let stop = stop_link(state, group, person.id, person.locale());
        let args = [
            ("group", group.name_in(person.locale()).to_string().into()),
            ("title", thread.title.clone().into()),
            ("name", workspace.me.full_name.clone().into()),
            ("message", added.body.clone().into()),
            ("stop", stop.into()),
        ];
        let outgoing = to_person(state, &person, ("mail-group-post", &path), &args)?;
        mail::queue(db, &outgoing).await?;
    }
    Ok(())
}

/// The groups' digest goes with the editors' one, early morning in
/// Brussels; after days without one, it covers the last week at most.
const DIGEST: Daily = Daily {
    task: "group-digest",
    at: NaiveTime::from_hms_opt(6, 0, 0).expect("a valid time"),
    longest: Duration::days(7),
};

/// How much of a post a digest quotes.
const EXCERPT_CHARS: usize = 280;

/// Sends the morning's digest of new posts to every member who chose one,
/// once whichever instance gets there first. Returns how many people it
/// was mailed to (none when nothing new was written in their groups).
pub async fn send_daily_digest(state: &AppState, now: DateTime<Utc>) -> Result<usize, AppError> {
    if !DIGEST.is_due(&state.db, now).await? {
        return Ok(0);
    }
    let txn = state.begin_write().await?;
    let Some(window) = DIGEST.claim(&txn, now).await? else {
        return Ok(0);
    };
    let news = News::read(&txn, window).await?;
    let mut mailed = 0;
    for person in &news.readers {
        if let Some(outgoing) = news.digest_for(state, person)? {
            mail::queue(&txn, &outgoing).await?;
            mailed += 1;
        }
    }
    txn.commit().await?;
    state.jobs_wakeup.notify();
    Ok(mailed)
}

/// What a morning's digest is made of: who chose it, in which groups, and
/// the posts written there during the window.
struct News {
    subscriptions: Vec<group_member::Model>,
    readers: Vec<directory::Person>,
    groups: Vec<working_group::Model>,
    threads: Vec<thread::Model>,
    posts: Vec<post::Model>,
    authors: Vec<directory::Person>,
}

impl News {
    async fn read(db: &impl ConnectionTrait, window: Window) -> Result<News, AppError> {
        let subscriptions = group_member::Entity::find()
            .filter(group_member::Column::Notifications.eq(Notifications::Daily))
            .all(db)
            .await?;
        let group_ids: BTreeSet<i32> = subscriptions.iter().map(|s| s.group_id).collect();
        let threads = thread::Entity::find()
            .filter(thread::Column::GroupId.is_in(group_ids.iter().copied()))
            .filter(thread::Column::LastPostAt.gte(window.from))
            .all(db)
            .await?;
        let posts = post::Entity::find()
            .filter(post::Column::ThreadId.is_in(threads.iter().map(|t| t.id)))
            .filter(post::Column::CreatedAt.gte(window.from))
            .filter(post::Column::CreatedAt.lt(window.until))
            .order_by_asc(post::Column::Id)
            .all(db)
            .await?;
        Ok(News {
            readers: directory::people(db, subscriptions.iter().map(|s| s.user_id)).await?,
            authors: directory::people(db, posts.iter().filter_map(|p| p.author_id)).await?,
            groups: working_group::Entity::find()
                .filter(working_group::Column::Id.is_in(group_ids))
                .all(db)
                .await?,
            subscriptions,
            threads,
            posts,
        })
    }

    /// The digest for one reader: a section per group of theirs where
    /// others wrote, each post quoted with a link to its thread, and the
    /// group's stop link. None when there is nothing for them.
    fn digest_for(
        &self,
        state: &AppState,
        reader: &directory::Person,
    ) -> anyhow::Result<Option<mail::Outgoing>> {
        let locale = reader.locale();
        let mut sections = Vec::new();
        let mut count = 0_usize;
        let mut first_group = None;
        for group in self.groups_of(reader.id) {
            let items: Vec<String> = self
                .posts_in(group.id)
                .filter(|(_, post)| post.author_id != Some(reader.id))
                .map(|(thread, post)| self.item(state, locale, thread, post))
                .collect();
            if items.is_empty() {
                continue;
            }
            count += items.len();
            first_group.get_or_insert(group.id);
            let stop = stop_link(state, group, reader.id, locale);
            let heading = locale.t_args(
                "mail-group-digest-group",
                &[
                    ("group", group.name_in(locale).to_string().into()),
                    ("stop", stop.into()),
                ],
            );
            sections.push(format!("{heading}\n\n{}", items.join("\n\n")));
        }
        let Some(group_id) = first_group else {
            return Ok(None);
        };
        let args = [
            ("count", count.into()),
            ("list", sections.join("\n\n\n").into()),
        ];
        let path = format!("/groups/{group_id}/discussions");
        to_person(state, reader, ("mail-group-digest", &path), &args).map(Some)
    }

    fn groups_of(&self, user_id: i32) -> impl Iterator<Item = &working_group::Model> {
        self.groups.iter().filter(move |group| {
            self.subscriptions
                .iter()
                .any(|s| s.user_id == user_id && s.group_id == group.id)
        })
    }

    fn posts_in(&self, group_id: i32) -> impl Iterator<Item = (&thread::Model, &post::Model)> {
        self.posts.iter().filter_map(move |post| {
            let thread = self.threads.iter().find(|t| t.id == post.thread_id)?;
            (thread.group_id == group_id).then_some((thread, post))
        })
    }

    fn item(
        &self,
        state: &AppState,
        locale: crate::i18n::Locale,
        thread: &thread::Model,
        post: &post::Model,
    ) -> String {
        let author = self
            .authors
            .iter()
            .find(|a| Some(a.id) == post.author_id)
            .map_or_else(
                || locale.t("discussion-author-gone"),
                |a| a.full_name.clone(),
            );
        let mut excerpt: String = post.body.chars().take(EXCERPT_CHARS).collect();
        if post.body.chars().count() > EXCERPT_CHARS {
            excerpt.push('…');
        }
        let path = format!(
            "/groups/{}/discussions/{}#post-{}",
            thread.group_id, thread.id, post.id
        );
        let link = state.absolute_url(&localized_path(locale, &path));
        locale.t_args(
            "mail-group-digest-item",
            &[
                ("title", thread.title.clone().into()),
                ("name", author.into()),
                ("message", excerpt.into()),
                ("link", link.into()),
            ],
        )
    }
}

fn stop_link(
    state: &AppState,
    group: &working_group::Model,
    user_id: i32,
    locale: crate::i18n::Locale,
) -> String {
    let signature = state
        .settings
        .secret_key
        .sign(PURPOSE, &signed(group.id, user_id));
    let path = format!(
        "/groups/{}/notifications/stop?user={user_id}&signature={signature}",
        group.id
    );
    state.absolute_url(&localized_path(locale, &path))
}

fn signed(group_id: i32, user_id: i32) -> String {
    format!("{group_id}:{user_id}")
}

/// The stop link's fields.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct StopLink {
    user: i32,
    signature: String,
    done: bool,
}

impl StopLink {
    fn check(&self, state: &AppState, group_id: i32) -> Result<(), AppError> {
        let value = signed(group_id, self.user);
        if state
            .settings
            .secret_key
            .verify(PURPOSE, &value, &self.signature)
        {
            Ok(())
        } else {
            Err(AppError::NotFound)
        }
    }
}

#[derive(Template)]
#[template(path = "groups/stop_mails.html")]
struct StopPage {
    page: Page,
    group: working_group::Model,
    link: StopLink,
}

/// The page the stop link opens: one button, so that a mail program
/// following links by itself stops nothing.
pub async fn show_stop(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<i32>,
    Query(link): Query<StopLink>,
) -> Result<Response, AppError> {
    link.check(&state, id)?;
    let group = queries::find(&state.db, id).await?;
    render(&StopPage { page, group, link })
}

pub async fn stop(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<i32>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let link: StopLink = form.parse()?;
    link.check(&state, id)?;
    set(&state.db, (id, link.user), Notifications::Nothing).await?;
    let path = format!(
        "/groups/{id}/notifications/stop?user={}&signature={}&done=true",
        link.user, link.signature
    );
    Ok(Redirect::to(&page.link(&path)).into_response())
}
