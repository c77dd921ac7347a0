//! The monthly bulletin. Anyone subscribes, without an account, from the
//! form in every page's footer or at `/newsletter` (their language and
//! topics), and is mailed nothing but a confirmation until they confirm
//! (double opt-in). Every bulletin mail carries a one-click unsubscribe
//! (`List-Unsubscribe`, `List-Unsubscribe-Post`) that needs no sign-in:
//! its link is signed for the subscriber. Editors compose each issue from
//! the newest news and library resources, preview it, test it and send it
//! (`issues`); sent issues are read in a public archive. Editors record
//! addresses that bounce or complain, which are then never mailed.

mod archive;
mod bulletin;
mod entities;
mod issues;
mod subscribe;
mod subscribers;

use axum::{
    Router,
    routing::{get, post},
};
use chrono::{DateTime, Duration, Utc};

use crate::{
    config::SecretKey,
    i18n::Locale,
    state::AppState,
    web::{FeatureRoutes, page::localized_path},
};

pub use entities::State;
pub use issues::MAILS_PER_MINUTE;

/// What a subscriber may choose to receive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Topic {
    News,
    Events,
    Library,
}

impl Topic {
    pub const ALL: [Topic; 3] = [Topic::News, Topic::Events, Topic::Library];

    pub fn key(self) -> &'static str {
        match self {
            Topic::News => "news",
            Topic::Events => "events",
            Topic::Library => "library",
        }
    }

    pub fn from_key(key: &str) -> Option<Topic> {
        Topic::ALL.into_iter().find(|topic| topic.key() == key)
    }
}

pub fn routes() -> FeatureRoutes {
    let public = Router::new()
        .route(
            "/newsletter",
            get(subscribe::show).post(subscribe::subscribe),
        )
        .route("/newsletter/check", get(subscribe::show_check))
        .route(
            "/newsletter/confirm",
            get(subscribe::show_confirm).post(subscribe::confirm),
        )
        .route(
            "/newsletter/unsubscribe",
            get(subscribe::show_unsubscribe).post(subscribe::unsubscribe),
        )
        .route(
            "/newsletter/preferences",
            get(subscribe::show_preferences).post(subscribe::save_preferences),
        )
        .route("/newsletter/archive", get(archive::list))
        .route("/newsletter/archive/{id}", get(archive::show));
    let editor = Router::new()
        .route("/newsletter", get(issues::list))
        .route("/newsletter/new", get(issues::new).post(issues::create))
        .route("/newsletter/{id}", get(issues::show).post(issues::update))
        .route("/newsletter/{id}/test", post(issues::test))
        .route("/newsletter/{id}/send", post(issues::send))
        .route("/newsletter/subscribers", get(subscribers::list))
        .route("/newsletter/subscribers/stop", post(subscribers::stop));
    FeatureRoutes {
        public,
        editor,
        ..FeatureRoutes::default()
    }
}

/// How long a confirmation link works; a request not confirmed by then is
/// deleted.
const CONFIRM_FOR_DAYS: i64 = 7;
/// How long an address is kept after its owner unsubscribed (the privacy
/// policy says so). Bounced and complaining addresses are kept: they are
/// the record that stops the bulletin from going to them again.
const LEFT_KEPT_FOR_DAYS: i64 = 30;

/// Deletes requests never confirmed and addresses that left a while ago;
/// how many.
pub async fn purge_expired(db: &impl sea_orm::ConnectionTrait) -> Result<u64, sea_orm::DbErr> {
    use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter};

    use entities::subscriber;
    let now = Utc::now();
    let unconfirmed = Condition::all()
        .add(subscriber::Column::State.eq(State::Pending))
        .add(subscriber::Column::RequestedAt.lte(now - Duration::days(CONFIRM_FOR_DAYS)));
    let left = Condition::all()
        .add(subscriber::Column::State.eq(State::Unsubscribed))
        .add(subscriber::Column::EndedAt.lte(now - Duration::days(LEFT_KEPT_FOR_DAYS)));
    Ok(subscriber::Entity::delete_many()
        .filter(Condition::any().add(unconfirmed).add(left))
        .exec(db)
        .await?
        .rows_affected)
}

/// The confirmation link's token: the subscriber and the request it
/// confirms, signed.
fn confirm_token(key: &SecretKey, id: i32, requested_at: DateTime<Utc>) -> String {
    let value = format!("{id}.{}", requested_at.timestamp());
    format!("{value}.{}", key.sign("newsletter-confirm", &value))
}

/// The subscriber a confirmation token names, and the request's time,
/// while it works.
fn read_confirm_token(key: &SecretKey, token: &str) -> Option<(i32, i64)> {
    let (value, signature) = token.rsplit_once('.')?;
    if !key.verify("newsletter-confirm", value, signature) {
        return None;
    }
    let (id, at) = value.split_once('.')?;
    let at: i64 = at.parse().ok()?;
    let requested = DateTime::<Utc>::from_timestamp(at, 0)?;
    (Utc::now() - requested < Duration::days(CONFIRM_FOR_DAYS)).then_some((id.parse().ok()?, at))
}

/// The unsubscribe link's token: the subscriber, signed. It never expires:
/// a bulletin read years later still unsubscribes.
fn unsubscribe_token(key: &SecretKey, id: i32) -> String {
    let value = id.to_string();
    format!("{value}.{}", key.sign("newsletter-unsubscribe", &value))
}

fn read_unsubscribe_token(key: &SecretKey, token: &str) -> Option<i32> {
    let (value, signature) = token.rsplit_once('.')?;
    key.verify("newsletter-unsubscribe", value, signature)
        .then(|| value.parse().ok())
        .flatten()
}

/// The subscriber's unsubscribe address, in their language.
pub fn unsubscribe_url(state: &AppState, locale: Locale, id: i32) -> String {
    subscriber_url(state, (locale, "/newsletter/unsubscribe"), id)
}

/// The address where the subscriber changes their language and topics.
pub fn preferences_url(state: &AppState, locale: Locale, id: i32) -> String {
    subscriber_url(state, (locale, "/newsletter/preferences"), id)
}

/// One of the subscriber's own pages, named by the signed link every
/// bulletin carries.
fn subscriber_url(state: &AppState, (locale, path): (Locale, &str), id: i32) -> String {
    let token = unsubscribe_token(&state.settings.secret_key, id);
    state.absolute_url(&localized_path(locale, &format!("{path}?t={token}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::changed_at;

    fn key() -> SecretKey {
        SecretKey::from_text("a key of at least thirty-two characters")
    }

    #[test]
    fn a_confirmation_names_its_request_until_it_expires() {
        let now = Utc::now();
        let token = confirm_token(&key(), 7, now);
        assert_eq!(
            read_confirm_token(&key(), &token),
            Some((7, now.timestamp()))
        );
        assert_eq!(read_confirm_token(&key(), &changed_at(&token, 0, 3)), None);
        let old = confirm_token(&key(), 7, now - Duration::days(CONFIRM_FOR_DAYS + 1));
        assert_eq!(read_confirm_token(&key(), &old), None);
    }

    #[test]
    fn an_unsubscribe_token_names_its_subscriber_only() {
        let token = unsubscribe_token(&key(), 12);
        assert_eq!(read_unsubscribe_token(&key(), &token), Some(12));
        assert_eq!(read_unsubscribe_token(&key(), "13.00"), None);
        // A confirmation token is no unsubscribe token.
        let confirm = confirm_token(&key(), 12, Utc::now());
        assert_eq!(read_unsubscribe_token(&key(), &confirm), None);
    }
}
