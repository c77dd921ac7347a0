//! Server-side sessions stored in the database, so every instance on one
//! PostgreSQL recognises them. The cookie holds a random id; the table holds
//! its SHA-256. Sessions end after an idle period and an absolute lifetime.

use axum::{
    extract::{Request, State},
    http::{HeaderMap, header},
    middleware::Next,
    response::Response,
};
use chrono::{Duration, Utc};
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

use super::entities::{session, user, user_role};
use crate::{
    config::digest,
    state::AppState,
    web::{CurrentUser, Roles},
};

pub const COOKIE: &str = crate::web::cookies::SESSION;
/// `last_seen_at` is written at most this often, not on every request.
const TOUCH_EVERY_SECONDS: i64 = 60;

/// Starts a session and returns the raw id for the cookie.
pub async fn start(
    db: &impl ConnectionTrait,
    user_id: i32,
    lifetime: Duration,
) -> Result<String, DbErr> {
    let raw = crate::config::random_hex(32);
    let now = Utc::now();
    session::Entity::insert(session::ActiveModel {
        id: Set(digest(&raw)),
        user_id: Set(user_id),
        created_at: Set(now),
        last_seen_at: Set(now),
        expires_at: Set(now + lifetime),
    })
    .exec_without_returning(db)
    .await?;
    Ok(raw)
}

pub async fn end(db: &impl ConnectionTrait, session_id: &str) -> Result<(), DbErr> {
    session::Entity::delete_by_id(session_id.to_string())
        .exec(db)
        .await?;
    Ok(())
}

/// Ends all of a user's sessions but `keep` (e.g. after a password change).
pub async fn end_all_for_user(
    db: &impl ConnectionTrait,
    user_id: i32,
    keep: Option<&str>,
) -> Result<(), DbErr> {
    let mut delete = session::Entity::delete_many().filter(session::Column::UserId.eq(user_id));
    if let Some(keep) = keep {
        delete = delete.filter(session::Column::Id.ne(keep));
    }
    delete.exec(db).await?;
    Ok(())
}

/// Deletes sessions past their absolute lifetime.
pub async fn purge_expired(db: &impl ConnectionTrait) -> Result<(), DbErr> {
    session::Entity::delete_many()
        .filter(session::Column::ExpiresAt.lte(Utc::now()))
        .exec(db)
        .await?;
    Ok(())
}

/// The session id (hashed) named by the request's cookie.
pub fn session_id(state: &AppState, headers: &HeaderMap) -> Option<String> {
    state.cookies.read(headers, COOKIE).map(|raw| digest(&raw))
}

/// The signed-in person of a live session and their account: the session,
/// the account and its roles are read together, in one query (a row per
/// role held, or one row without a role).
async fn find(
    state: &AppState,
    session_id: &str,
) -> Result<Option<(CurrentUser, SessionAccount)>, DbErr> {
    let rows = session::Entity::find_by_id(session_id.to_string())
        .find_also_related(user::Entity)
        .find_also(user::Entity, user_role::Entity)
        .all(&state.db)
        .await?;
    let roles: Roles = rows
        .iter()
        .filter_map(|(_, _, held)| held.as_ref().map(|held| held.role))
        .collect();
    let Some((found, Some(user), _)) = rows.into_iter().next() else {
        return Ok(None);
    };
    let now = Utc::now();
    let idle_limit = found.last_seen_at + state.settings.session_idle;
    if found.expires_at <= now || idle_limit <= now {
        end(&state.db, session_id).await?;
        return Ok(None);
    }
    if (now - found.last_seen_at).num_seconds() >= TOUCH_EVERY_SECONDS {
        session::Entity::update(session::ActiveModel {
            id: Set(found.id.clone()),
            last_seen_at: Set(now),
            ..Default::default()
        })
        .exec(&state.db)
        .await?;
    }
    let signed_in = CurrentUser {
        id: user.id,
        full_name: user.full_name.clone(),
        email: user.email.clone(),
        email_verified: user.email_verified_at.is_some(),
        roles,
        time_zone: crate::time_zones::stored(&user.time_zone),
        session_id: found.id,
    };
    Ok(Some((signed_in, SessionAccount(user))))
}

/// The whole account row read with the session, for the accounts
/// feature's own pages (`MyAccount`); other features see `CurrentUser`.
#[derive(Clone)]
pub struct SessionAccount(pub user::Model);

/// Puts `CurrentUser` in the request when the cookie names a live session,
/// and removes the cookie of one that has ended.
pub async fn load_session(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    let Some(id) = session_id(&state, request.headers()) else {
        return next.run(request).await;
    };
    match find(&state, &id).await {
        Ok(Some((signed_in, account))) => {
            request.extensions_mut().insert(signed_in);
            request.extensions_mut().insert(account);
            next.run(request).await
        }
        Ok(None) => {
            let mut response = next.run(request).await;
            response
                .headers_mut()
                .append(header::SET_COOKIE, state.cookies.remove(COOKIE));
            response
        }
        Err(error) => {
            tracing::error!(%error, "could not read the session");
            next.run(request).await
        }
    }
}

/// A `Set-Cookie` for a new session. No Max-Age: the cookie goes with the
/// browser session, and the server enforces the real limits.
pub fn cookie(state: &AppState, raw: &str) -> axum::http::HeaderValue {
    state.cookies.set_for_session(COOKIE, raw)
}
