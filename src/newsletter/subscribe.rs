//! Subscribing (the footer's form and `/newsletter`), confirming by the
//! mailed link, and unsubscribing by the link every bulletin carries —
//! also in one click from the mail program (RFC 8058), which sends no
//! cookie and no form token: the signed link is the authority.

use askama::Template;
use axum::{
    extract::{Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use chrono::Utc;
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use serde::Deserialize;

use super::{
    Topic, confirm_token,
    entities::{State as Standing, subscriber},
    read_confirm_token, read_unsubscribe_token, unsubscribe_url,
};
use crate::{
    i18n::Locale,
    mail,
    state::AppState,
    throttle,
    web::{
        AppError, ClientIp, Page,
        csrf::CheckedForm,
        form::{FieldErrors, normalize_email},
        human_check::{self, Refusal},
        page::{localized_path, render},
    },
};

/// The form as typed: from `/newsletter`, or the footer's (which sends
/// the page's language and every topic as hidden fields).
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct SubscribeInput {
    pub email: String,
    pub language: String,
    pub topics: Vec<String>,
    pub started: String,
    pub website: String,
}

impl SubscribeInput {
    fn blank(locale: Locale) -> SubscribeInput {
        SubscribeInput {
            language: locale.code().to_string(),
            topics: Topic::ALL
                .iter()
                .map(|topic| topic.key().to_string())
                .collect(),
            ..SubscribeInput::default()
        }
    }

    fn human_check(&self) -> human_check::Sent<'_> {
        human_check::Sent {
            started: &self.started,
            website: &self.website,
        }
    }

    /// The address, language and topics, or none with each problem next
    /// to its field.
    fn check(&self, errors: &mut FieldErrors) -> Option<(String, Locale, String)> {
        let email = normalize_email(&self.email);
        if email.is_none() {
            errors.add("email", "newsletter-email-invalid");
        }
        let (locale, topics) = self.choice(errors)?;
        Some((email?, locale, topics))
    }

    /// The language and the topics (their keys, separated by commas), or
    /// none with each problem next to its field.
    fn choice(&self, errors: &mut FieldErrors) -> Option<(Locale, String)> {
        let locale = Locale::from_code(&self.language);
        if locale.is_none() {
            errors.add("language", "newsletter-language-missing");
        }
        let topics: Vec<&str> = Topic::ALL
            .into_iter()
            .map(Topic::key)
            .filter(|key| self.topics.iter().any(|chosen| chosen == key))
            .collect();
        let unknown = self
            .topics
            .iter()
            .any(|chosen| Topic::from_key(chosen).is_none());
        if topics.is_empty() || unknown {
            errors.add("topics", "newsletter-topics-missing");
            return None;
        }
        Some((locale?, topics.join(",")))
    }

    pub fn has_topic(&self, topic: &Topic) -> bool {
        self.topics.iter().any(|chosen| chosen == topic.key())
    }

    pub fn topics_offered(&self) -> [Topic; 3] {
        Topic::ALL
    }

    pub fn languages(&self) -> [Locale; 3] {
        Locale::ALL
    }
}

#[derive(Template)]
#[template(path = "newsletter/subscribe.html")]
struct SubscribePage {
    page: Page,
    input: SubscribeInput,
    errors: FieldErrors,
    started: String,
    problem: Option<String>,
}

pub async fn show(page: Page) -> Result<Response, AppError> {
    render(&SubscribePage {
        input: SubscribeInput::blank(page.locale),
        errors: FieldErrors::new(page.locale),
        started: page.started.clone(),
        problem: None,
        page,
    })
}

pub async fn subscribe(
    State(state): State<AppState>,
    ClientIp(client): ClientIp,
    page: Page,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let input: SubscribeInput = form.parse()?;
    let check_mail = Redirect::to(&page.link("/newsletter/check")).into_response();
    if input.human_check().is_spam_trap_filled() {
        return Ok(check_mail);
    }
    let mut errors = FieldErrors::new(page.locale);
    let checked = input.check(&mut errors);
    let key = &state.settings.secret_key;
    let person = input.human_check().filled_by_a_person(key);
    let Some((email, locale, topics)) = checked.filter(|_| person) else {
        let too_fast = (!person).then_some(Refusal::TooFast);
        let (refusal, status) = Refusal::shown(too_fast, !errors.is_empty());
        let refused = SubscribePage {
            problem: refusal.map(|refusal| page.t(&refusal.message_key("newsletter"))),
            started: input.human_check().started_for_correction(key),
            input,
            errors,
            page,
        };
        return Ok((status, render(&refused)?).into_response());
    };
    // The answer is the same whether a mail goes or not, and whether the
    // address is known: the form tells nobody who subscribes.
    if throttle::allow_requested_mail(&state.db, &email, client).await? {
        request(&state, &email, (locale, &topics)).await?;
    }
    Ok(check_mail)
}

/// Records the request and mails what it needs: a confirmation link, or,
/// to an address already subscribed, a reminder of how to leave.
async fn request(
    state: &AppState,
    email: &str,
    (locale, topics): (Locale, &str),
) -> Result<(), AppError> {
    let txn = state.begin_write().await?;
    let found = subscriber::Entity::find()
        .filter(subscriber::Column::Email.eq(email))
        .one(&txn)
        .await?;
    let now = Utc::now();
    let outgoing = match found {
        Some(known) if known.state == Standing::Confirmed => {
            let link = unsubscribe_url(state, locale, known.id);
            mail::compose(locale, "newsletter-already", email, email, &link, &[])
        }
        // Its owner said the bulletin is unwanted: nobody's request sends
        // it anything again.
        Some(known) if known.state == Standing::Complained => return Ok(()),
        found => {
            let mut row = match &found {
                Some(known) => subscriber::ActiveModel {
                    id: Set(known.id),
                    ..Default::default()
                },
                None => subscriber::ActiveModel {
                    email: Set(email.to_string()),
                    ..Default::default()
                },
            };
            row.locale = Set(locale.code().to_string());
            row.topics = Set(topics.to_string());
            row.requested_at = Set(now);
            // A bounced address stays recorded as such until its owner
            // confirms: a request alone does not bring it back.
            if found
                .as_ref()
                .is_none_or(|known| known.state != Standing::Bounced)
            {
                row.state = Set(Standing::Pending);
                row.ended_at = Set(None);
            }
            let id = match found {
                Some(_) => subscriber::Entity::update(row).exec(&txn).await?.id,
                None => {
                    subscriber::Entity::insert(row)
                        .exec(&txn)
                        .await?
                        .last_insert_id
                }
            };
            let token = confirm_token(&state.settings.secret_key, id, now);
            let link = state.absolute_url(&localized_path(
                locale,
                &format!("/newsletter/confirm?t={token}"),
            ));
            mail::compose(locale, "newsletter-confirm", email, email, &link, &[])
        }
    }
    .map_err(AppError::Internal)?;
    mail::queue(&txn, &outgoing).await?;
    txn.commit().await?;
    state.jobs_wakeup.notify();
    Ok(())
}

#[derive(Template)]
#[template(path = "newsletter/check.html")]
struct CheckPage {
    page: Page,
}

pub async fn show_check(page: Page) -> Result<Response, AppError> {
    render(&CheckPage { page })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TokenQuery {
    t: String,
}

/// What a link's page says, and the button it shows (none once done).
#[derive(Template)]
#[template(path = "newsletter/link.html")]
struct LinkPage {
    page: Page,
    /// `newsletter-{what}-title` and `-text`.
    what: &'static str,
    /// Where the button posts, with the token; empty for no button.
    action: String,
    token: String,
}

impl LinkPage {
    /// The message `newsletter-{what}-{part}`.
    fn words(&self, part: &str) -> String {
        self.page.t(&format!("newsletter-{}-{part}", self.what))
    }

    fn shown(page: Page, what: &'static str, status: StatusCode) -> Result<Response, AppError> {
        let shown = LinkPage {
            page,
            what,
            action: String::new(),
            token: String::new(),
        };
        Ok((status, render(&shown)?).into_response())
    }
}

/// The subscriber a confirmation link names, while the request it
/// confirms is the latest.
async fn confirmable(
    db: &impl ConnectionTrait,
    state: &AppState,
    token: &str,
) -> Result<Option<subscriber::Model>, AppError> {
    let Some((id, at)) = read_confirm_token(&state.settings.secret_key, token) else {
        return Ok(None);
    };
    Ok(subscriber::Entity::find_by_id(id)
        .one(db)
        .await?
        .filter(|found| found.requested_at.timestamp() == at)
        .filter(|found| {
            matches!(
                found.state,
                Standing::Pending | Standing::Bounced | Standing::Confirmed
            )
        }))
}

/// The mailed link opens a page with a button: mail scanners that follow
/// links must not confirm anything.
pub async fn show_confirm(
    State(state): State<AppState>,
    page: Page,
    Query(query): Query<TokenQuery>,
) -> Result<Response, AppError> {
    match confirmable(&state.db, &state, &query.t).await? {
        None => LinkPage::shown(page, "link-invalid", StatusCode::NOT_FOUND),
        Some(found) if found.state == Standing::Confirmed => {
            LinkPage::shown(page, "confirmed", StatusCode::OK)
        }
        Some(_) => render(&LinkPage {
            action: page.link("/newsletter/confirm"),
            page,
            what: "confirm",
            token: query.t,
        }),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct TokenForm {
    t: String,
}

pub async fn confirm(
    State(state): State<AppState>,
    page: Page,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let sent: TokenForm = form.parse()?;
    let txn = state.begin_write().await?;
    let Some(found) = confirmable(&txn, &state, &sent.t).await? else {
        return LinkPage::shown(page, "link-invalid", StatusCode::NOT_FOUND);
    };
    if found.state != Standing::Confirmed {
        subscriber::Entity::update(subscriber::ActiveModel {
            id: Set(found.id),
            state: Set(Standing::Confirmed),
            confirmed_at: Set(Some(Utc::now())),
            ended_at: Set(None),
            ..Default::default()
        })
        .exec(&txn)
        .await?;
    }
    txn.commit().await?;
    LinkPage::shown(page, "confirmed", StatusCode::OK)
}

pub async fn show_unsubscribe(
    State(state): State<AppState>,
    page: Page,
    Query(query): Query<TokenQuery>,
) -> Result<Response, AppError> {
    let Some(id) = read_unsubscribe_token(&state.settings.secret_key, &query.t) else {
        return LinkPage::shown(page, "link-invalid", StatusCode::NOT_FOUND);
    };
    let found = subscriber::Entity::find_by_id(id).one(&state.db).await?;
    match found {
        None => LinkPage::shown(page, "unsubscribed", StatusCode::OK),
        Some(found) if found.state != Standing::Confirmed && found.state != Standing::Pending => {
            LinkPage::shown(page, "unsubscribed", StatusCode::OK)
        }
        Some(_) => render(&LinkPage {
            action: page.link("/newsletter/unsubscribe"),
            page,
            what: "unsubscribe",
            token: query.t,
        }),
    }
}

/// Unsubscribes the link's subscriber: from the page's button, or in one
/// click from a mail program (`List-Unsubscribe=One-Click` posted to the
/// link). The token in the address is all the authority it needs.
pub async fn unsubscribe(
    State(state): State<AppState>,
    page: Page,
    Query(query): Query<TokenQuery>,
) -> Result<Response, AppError> {
    let Some(id) = read_unsubscribe_token(&state.settings.secret_key, &query.t) else {
        return LinkPage::shown(page, "link-invalid", StatusCode::NOT_FOUND);
    };
    subscriber::Entity::update_many()
        .col_expr(
            subscriber::Column::State,
            sea_orm::sea_query::Expr::value(Standing::Unsubscribed),
        )
        .col_expr(
            subscriber::Column::EndedAt,
            sea_orm::sea_query::Expr::value(Some(Utc::now())),
        )
        .filter(subscriber::Column::Id.eq(id))
        .filter(subscriber::Column::State.is_in([Standing::Confirmed, Standing::Pending]))
        .exec(&state.db)
        .await?;
    LinkPage::shown(page, "unsubscribed", StatusCode::OK)
}

/// What a subscriber chose, from the link every bulletin carries: the
/// bulletin's language and its topics. The signed link is the authority,
/// as for unsubscribing; the form is CSRF-protected besides.
#[derive(Template)]
#[template(path = "newsletter/preferences.html")]
struct PreferencesPage {
    page: Page,
    email: String,
    token: String,
    input: SubscribeInput,
    errors: FieldErrors,
    saved: bool,
}

/// The confirmed subscriber a link names.
async fn subscribed(state: &AppState, token: &str) -> Result<Option<subscriber::Model>, AppError> {
    let Some(id) = read_unsubscribe_token(&state.settings.secret_key, token) else {
        return Ok(None);
    };
    Ok(subscriber::Entity::find_by_id(id)
        .one(&state.db)
        .await?
        .filter(|found| found.state == Standing::Confirmed))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PreferencesQuery {
    t: String,
    saved: bool,
}

pub async fn show_preferences(
    State(state): State<AppState>,
    page: Page,
    Query(query): Query<PreferencesQuery>,
) -> Result<Response, AppError> {
    let Some(found) = subscribed(&state, &query.t).await? else {
        return LinkPage::shown(page, "link-invalid", StatusCode::NOT_FOUND);
    };
    render(&PreferencesPage {
        errors: FieldErrors::new(page.locale),
        page,
        email: found.email,
        token: query.t,
        input: SubscribeInput {
            language: found.locale,
            topics: found.topics.split(',').map(str::to_string).collect(),
            ..SubscribeInput::default()
        },
        saved: query.saved,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct PreferencesForm {
    t: String,
    language: String,
    topics: Vec<String>,
}

pub async fn save_preferences(
    State(state): State<AppState>,
    page: Page,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let sent: PreferencesForm = form.parse()?;
    let Some(found) = subscribed(&state, &sent.t).await? else {
        return LinkPage::shown(page, "link-invalid", StatusCode::NOT_FOUND);
    };
    let input = SubscribeInput {
        language: sent.language,
        topics: sent.topics,
        ..SubscribeInput::default()
    };
    let mut errors = FieldErrors::new(page.locale);
    let Some((locale, topics)) = input.choice(&mut errors) else {
        let refused = PreferencesPage {
            page,
            email: found.email,
            token: sent.t,
            input,
            errors,
            saved: false,
        };
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&refused)?).into_response());
    };
    subscriber::Entity::update(subscriber::ActiveModel {
        id: Set(found.id),
        locale: Set(locale.code().to_string()),
        topics: Set(topics),
        ..Default::default()
    })
    .exec(&state.db)
    .await?;
    // The page answers in the language just chosen.
    let back = localized_path(locale, &format!("/newsletter/preferences?t={}", sent.t));
    Ok(Redirect::to(&format!("{back}&saved=true")).into_response())
}
