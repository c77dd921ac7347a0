//! Editors compose an issue (`/staff/newsletter`): a few words in each
//! language and, from the newest, the news items and library resources it
//! presents; they see it as each language reads it, send themselves a
//! test, then send it. Sending queues one mail per confirmed subscriber,
//! in their language and for their topics, spread over time so the mails
//! go at a bounded rate; a subscriber gets an issue once, however often
//! "send" is pressed.

use askama::Template;
use axum::{
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use chrono::{Duration, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, sea_query::Expr,
};
use serde::Deserialize;

use super::{
    Topic,
    bulletin::{Bulletin, Contents, Links},
    entities::{State as Standing, delivery, issue, subscriber},
    preferences_url, unsubscribe_url,
};
use crate::{
    content::{
        self,
        events::queries::{self as events},
        news::queries as news,
    },
    i18n::Locale,
    library::{self, entities::resource},
    mail,
    state::AppState,
    web::{
        AppError, Page,
        csrf::CheckedForm,
        form::{FieldErrors, TextBounds},
        page::{localized_path, render},
        side_by_side::Translated,
    },
};

/// How many of the newest news items and resources the form offers.
const OFFERED: u64 = 20;
const INTRO: TextBounds = TextBounds { min: 0, max: 4000 };
/// The bound on the bulletin's pace: mails per minute.
pub const MAILS_PER_MINUTE: i64 = 120;

/// The form as typed.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct IssueInput {
    pub intro_en: String,
    pub intro_es: String,
    pub intro_fr: String,
    pub news: Vec<String>,
    pub events: Vec<String>,
    pub resources: Vec<String>,
}

impl IssueInput {
    fn of(stored: &issue::Model) -> IssueInput {
        IssueInput {
            intro_en: stored.intro_en.clone(),
            intro_es: stored.intro_es.clone(),
            intro_fr: stored.intro_fr.clone(),
            news: stored.news_slugs(),
            events: stored.event_slugs(),
            resources: stored.resource_ids().iter().map(i32::to_string).collect(),
        }
    }

    /// The intros in the form's order, with their fields' names.
    pub fn intros(&self) -> [(Locale, &'static str, &str); 3] {
        [
            (Locale::En, "intro_en", &self.intro_en),
            (Locale::Es, "intro_es", &self.intro_es),
            (Locale::Fr, "intro_fr", &self.intro_fr),
        ]
    }

    pub fn has_news(&self, slug: &str) -> bool {
        self.news.iter().any(|chosen| chosen == slug)
    }

    pub fn has_event(&self, slug: &str) -> bool {
        self.events.iter().any(|chosen| chosen == slug)
    }

    pub fn has_resource(&self, id: &i32) -> bool {
        self.resources
            .iter()
            .any(|chosen| *chosen == id.to_string())
    }

    /// The checked fields, or none with each problem next to its field:
    /// an issue presents something.
    fn check(&self, errors: &mut FieldErrors, offered: &Offered) -> Option<Checked> {
        let intros = self
            .intros()
            .map(|(_, field, text)| errors.checked_text(field, text, INTRO, ""));
        let news: Vec<String> = self
            .news
            .iter()
            .filter(|slug| offered.news.iter().any(|item| item.item.slug == **slug))
            .cloned()
            .collect();
        let events: Vec<String> = self
            .events
            .iter()
            .filter(|slug| offered.events.iter().any(|event| event.item.slug == **slug))
            .cloned()
            .collect();
        let resources: Vec<String> = self
            .resources
            .iter()
            .filter(|id| offered.resources.iter().any(|r| r.id.to_string() == **id))
            .cloned()
            .collect();
        if news.is_empty() && events.is_empty() && resources.is_empty() {
            errors.add("news", "newsletter-issue-empty");
        }
        let [Some(intro_en), Some(intro_es), Some(intro_fr)] = intros else {
            return None;
        };
        (!errors.has("news")).then(|| Checked {
            intros: [intro_en, intro_es, intro_fr],
            news: news.join(","),
            events: events.join(","),
            resources: resources.join(","),
        })
    }
}

struct Checked {
    intros: [String; 3],
    news: String,
    events: String,
    resources: String,
}

/// What the form offers to present: the newest news and resources, the
/// soonest events.
pub struct Offered {
    pub news: Vec<news::NewsItem>,
    pub events: Vec<events::Event>,
    pub resources: Vec<resource::Model>,
}

impl Offered {
    async fn load(state: &AppState, locale: Locale) -> Result<Offered, AppError> {
        Ok(Offered {
            news: news::latest(&state.db, OFFERED, locale, Utc::now()).await?,
            events: events::upcoming(
                &state.db,
                OFFERED as usize,
                locale,
                (Utc::now(), content::events::today()),
            )
            .await?,
            resources: library::latest(&state.db, None, OFFERED).await?,
        })
    }

    pub fn resource_title(&self, resource: &resource::Model, locale: &Locale) -> String {
        resource.heading_in(*locale).to_string()
    }
}

#[derive(Template)]
#[template(path = "newsletter/issues.html")]
struct ListPage {
    page: Page,
    issues: Vec<issue::Model>,
    subscribers: u64,
}

pub async fn list(State(state): State<AppState>, page: Page) -> Result<Response, AppError> {
    let issues = issue::Entity::find()
        .order_by_desc(issue::Column::Id)
        .all(&state.db)
        .await?;
    let subscribers = confirmed(&state).await?.len() as u64;
    render(&ListPage {
        page,
        issues,
        subscribers,
    })
}

async fn confirmed(state: &AppState) -> Result<Vec<subscriber::Model>, AppError> {
    Ok(subscriber::Entity::find()
        .filter(subscriber::Column::State.eq(Standing::Confirmed))
        .order_by_asc(subscriber::Column::Id)
        .all(&state.db)
        .await?)
}

#[derive(Template)]
#[template(path = "newsletter/issue_form.html")]
struct FormPage {
    page: Page,
    /// None while a new issue is written.
    issue: Option<issue::Model>,
    input: IssueInput,
    offered: Offered,
    errors: FieldErrors,
    preview: Vec<Bulletin>,
    /// What the page just did: `saved`, `tested`, `sent`.
    done: String,
    subscribers: u64,
}

impl FormPage {
    /// A sent issue is shown, no longer edited.
    fn is_sent(&self) -> bool {
        self.issue
            .as_ref()
            .is_some_and(|issue| issue.sent_at.is_some())
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DoneQuery {
    done: String,
}

pub async fn new(State(state): State<AppState>, page: Page) -> Result<Response, AppError> {
    let offered = Offered::load(&state, page.locale).await?;
    render(&FormPage {
        errors: FieldErrors::new(page.locale),
        subscribers: confirmed(&state).await?.len() as u64,
        page,
        issue: None,
        input: IssueInput::default(),
        offered,
        preview: Vec::new(),
        done: String::new(),
    })
}

async fn find(state: &AppState, id: i32) -> Result<issue::Model, AppError> {
    issue::Entity::find_by_id(id)
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)
}

/// Every language's reading of the issue, every topic.
async fn preview(state: &AppState, issue: &issue::Model) -> Result<Vec<Bulletin>, AppError> {
    let mut shown = Vec::new();
    for locale in Locale::ALL {
        let contents = Contents::load(&state.db, issue, locale).await?;
        shown.push(Bulletin::read(state, issue, &contents, &Topic::ALL));
    }
    Ok(shown)
}

pub async fn show(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<i32>,
    Query(query): Query<DoneQuery>,
) -> Result<Response, AppError> {
    let issue = find(&state, id).await?;
    let offered = Offered::load(&state, page.locale).await?;
    render(&FormPage {
        errors: FieldErrors::new(page.locale),
        subscribers: confirmed(&state).await?.len() as u64,
        preview: preview(&state, &issue).await?,
        input: IssueInput::of(&issue),
        issue: Some(issue),
        page,
        offered,
        done: query.done,
    })
}

pub async fn create(
    State(state): State<AppState>,
    page: Page,
    form: CheckedForm,
) -> Result<Response, AppError> {
    save(state, page, None, form).await
}

pub async fn update(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<i32>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    save(state, page, Some(id), form).await
}

/// Saves a draft (a new one when `id` is none); a sent issue stays as
/// sent.
async fn save(
    state: AppState,
    page: Page,
    id: Option<i32>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let input: IssueInput = form.parse()?;
    let existing = match id {
        Some(id) => Some(find(&state, id).await?),
        None => None,
    };
    if existing
        .as_ref()
        .is_some_and(|issue| issue.sent_at.is_some())
    {
        return Err(AppError::Conflict);
    }
    let offered = Offered::load(&state, page.locale).await?;
    let mut errors = FieldErrors::new(page.locale);
    let Some(checked) = input.check(&mut errors, &offered) else {
        let refused = FormPage {
            errors,
            subscribers: confirmed(&state).await?.len() as u64,
            page,
            issue: existing,
            input,
            offered,
            preview: Vec::new(),
            done: String::new(),
        };
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&refused)?).into_response());
    };
    let [intro_en, intro_es, intro_fr] = checked.intros;
    let mut row = issue::ActiveModel {
        intro_en: Set(intro_en),
        intro_es: Set(intro_es),
        intro_fr: Set(intro_fr),
        news: Set(checked.news),
        events: Set(checked.events),
        resources: Set(checked.resources),
        ..Default::default()
    };
    let id = match existing {
        Some(existing) => {
            row.id = Set(existing.id);
            issue::Entity::update(row).exec(&state.db).await?.id
        }
        None => {
            row.created_at = Set(Utc::now());
            row.author_id = Set(page.user_id());
            issue::Entity::insert(row)
                .exec(&state.db)
                .await?
                .last_insert_id
        }
    };
    Ok(Redirect::to(&page.link(&format!("/staff/newsletter/{id}?done=saved"))).into_response())
}

/// Mails the issue to the editor, as a subscriber reading the page's
/// language with every topic would receive it.
pub async fn test(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<i32>,
    _form: CheckedForm,
) -> Result<Response, AppError> {
    let issue = find(&state, id).await?;
    let to = page
        .user
        .as_ref()
        .and_then(|user| user.verified_email())
        .ok_or(AppError::Forbidden)?
        .to_string();
    let contents = Contents::load(&state.db, &issue, page.locale).await?;
    let bulletin = Bulletin::read(&state, &issue, &contents, &Topic::ALL);
    let archive = state.absolute_url(&page.link("/newsletter/archive"));
    // A test's links to a subscription lead to the list of subscribers,
    // not to anyone's subscription.
    let subscribers = state.absolute_url(&page.link("/staff/newsletter/subscribers"));
    let links = Links {
        unsubscribe: subscribers.clone(),
        preferences: subscribers,
        archive,
    };
    let mut outgoing = bulletin.mail(&to, &links).map_err(AppError::Internal)?;
    outgoing.subject = format!("[{}] {}", page.t("newsletter-test"), outgoing.subject);
    let txn = state.begin_write().await?;
    mail::queue(&txn, &outgoing).await?;
    txn.commit().await?;
    state.jobs_wakeup.notify();
    Ok(Redirect::to(&page.link(&format!("/staff/newsletter/{id}?done=tested"))).into_response())
}

/// Sends the issue: marks it sent (once: a second press finds it sent),
/// then queues one mail per confirmed subscriber whose topics it covers,
/// each at its turn so that no more than `MAILS_PER_MINUTE` go a minute.
pub async fn send(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<i32>,
    _form: CheckedForm,
) -> Result<Response, AppError> {
    let issue = find(&state, id).await?;
    let back =
        Redirect::to(&page.link(&format!("/staff/newsletter/{id}?done=sent"))).into_response();
    let txn = state.begin_write().await?;
    let now = Utc::now();
    let marked = issue::Entity::update_many()
        .col_expr(issue::Column::SentAt, Expr::value(Some(now)))
        .filter(issue::Column::Id.eq(id))
        .filter(issue::Column::SentAt.is_null())
        .exec(&txn)
        .await?;
    if marked.rows_affected == 0 {
        return Ok(back);
    }
    let mut contents = Vec::new();
    for locale in Locale::ALL {
        contents.push(Contents::load(&txn, &issue, locale).await?);
    }
    let spacing = Duration::milliseconds(60_000 / MAILS_PER_MINUTE);
    let mut queued = 0;
    for subscriber in confirmed(&state).await? {
        let locale = Locale::from_code(&subscriber.locale).unwrap_or(Locale::En);
        let topics: Vec<Topic> = subscriber
            .topics
            .split(',')
            .filter_map(Topic::from_key)
            .collect();
        let Some(contents) = contents.iter().find(|contents| contents.locale == locale) else {
            continue;
        };
        let bulletin = Bulletin::read(&state, &issue, contents, &topics);
        if bulletin.is_empty() {
            continue;
        }
        let links = Links {
            unsubscribe: unsubscribe_url(&state, locale, subscriber.id),
            preferences: preferences_url(&state, locale, subscriber.id),
            archive: state.absolute_url(&localized_path(
                locale,
                &format!("/newsletter/archive/{id}"),
            )),
        };
        let outgoing = bulletin
            .mail(&subscriber.email, &links)
            .map_err(AppError::Internal)?;
        delivery::Entity::insert(delivery::ActiveModel {
            issue_id: Set(id),
            subscriber_id: Set(subscriber.id),
            queued_at: Set(now),
        })
        .exec(&txn)
        .await?;
        mail::queue_at(&txn, &outgoing, now + spacing * queued).await?;
        queued += 1;
    }
    issue::Entity::update_many()
        .col_expr(issue::Column::Recipients, Expr::value(Some(queued)))
        .filter(issue::Column::Id.eq(id))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    state.jobs_wakeup.notify();
    Ok(back)
}
