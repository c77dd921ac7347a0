//! Logging in and out.

use askama::Template;
use axum::{
    extract::{Query, State},
    http::{StatusCode, header},
    response::{IntoResponse, Redirect, Response},
};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde::Deserialize;

use super::{entities::user, password, sessions};
use crate::web::{ClientIp, CurrentUser};
use crate::{
    config::digest,
    state::AppState,
    throttle::{self, Limit},
    web::{
        AppError, Page, csrf,
        form::{FieldErrors, normalize_email},
        page::render,
    },
};

/// Login attempts are limited three ways, so that guessing is slow but a
/// stranger cannot lock the owner out:
/// - one account from one client: 5 attempts in 15 minutes, the brute-force
///   limit that an attacker meets first and the owner (on another client)
///   never sees;
/// - one client, whatever the account: 20 in 15 minutes (an office behind
///   one address has room);
/// - one account from anywhere: 30 in an hour, which only attempts from
///   many addresses reach. Then even the owner's password waits, and the
///   owner signs in with a mailed one-time link instead.
const PAIR_LIMIT: Limit = Limit {
    max: 5,
    window_minutes: 15,
    lock_minutes: 15,
};
const CLIENT_LIMIT: Limit = Limit {
    max: 20,
    window_minutes: 15,
    lock_minutes: 15,
};
const ACCOUNT_LIMIT: Limit = Limit {
    max: 30,
    window_minutes: 60,
    lock_minutes: 60,
};
/// Attempts allowed under `OBSERVATORY_TEST_RAISE_LIMITS`: more than a
/// security probe sends, so every probe reaches the password check.
const RAISED_MAX: i32 = 1_000_000;

/// `limit`, or the same out of reach on an instance being probed.
fn in_force(state: &AppState, limit: Limit) -> Limit {
    if state.settings.test_raise_limits {
        Limit {
            max: RAISED_MAX,
            ..limit
        }
    } else {
        limit
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LoginQuery {
    next: String,
    confirmed: bool,
    reset: bool,
}

#[derive(Template)]
#[template(path = "accounts/login.html")]
struct LoginPage {
    page: Page,
    email: String,
    next: String,
    errors: FieldErrors,
    /// Why the login did not go through, shown above the form.
    problem: Option<String>,
    /// Shown after a confirmation or a password reset.
    notice: Option<String>,
    unconfirmed: bool,
    /// The account is locked from everywhere: offer a mailed sign-in link.
    offer_link: bool,
}

pub async fn show_login(page: Page, Query(query): Query<LoginQuery>) -> Result<Response, AppError> {
    let notice = if query.confirmed {
        Some(page.t("login-confirmed"))
    } else if query.reset {
        Some(page.t("login-password-reset"))
    } else {
        None
    };
    let errors = FieldErrors::new(page.locale);
    render(&LoginPage {
        page,
        email: String::new(),
        next: query.next,
        errors,
        problem: None,
        notice,
        unconfirmed: false,
        offer_link: false,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct LoginForm {
    email: String,
    password: String,
    next: String,
}

/// Only this site's own pages are followed after login.
fn safe_next(next: &str, page: &Page) -> String {
    if crate::web::page::is_local_page(next) {
        next.to_string()
    } else {
        page.link("/account")
    }
}

/// Why a login is refused.
enum Refusal {
    /// Too many attempts on this account from this client, or from this
    /// client on any account.
    Locked { minutes: i64 },
    /// Too many attempts on this account from many clients.
    AccountLocked { minutes: i64 },
    /// Unknown address or wrong password (the same answer for both).
    Failed,
    /// The address is not confirmed yet.
    Unconfirmed,
}

impl Refusal {
    fn message(&self, page: &Page) -> String {
        match self {
            Refusal::Locked { minutes } => page
                .locale
                .t_args("login-locked", &[("minutes", (*minutes).into())]),
            Refusal::AccountLocked { minutes } => page
                .locale
                .t_args("login-account-locked", &[("minutes", (*minutes).into())]),
            Refusal::Failed => page.t("login-failed"),
            Refusal::Unconfirmed => page.t("login-unconfirmed"),
        }
    }

    fn status(&self) -> StatusCode {
        match self {
            Refusal::Locked { .. } | Refusal::AccountLocked { .. } => StatusCode::TOO_MANY_REQUESTS,
            Refusal::Failed => StatusCode::UNAUTHORIZED,
            Refusal::Unconfirmed => StatusCode::FORBIDDEN,
        }
    }
}

/// Checks the address and password. The attempt is counted against every
/// limit before the password is checked, in one statement per limit, so
/// concurrent guesses cannot slip past the count; a success takes the
/// account's counts back. Returns the id of the account on success.
async fn authenticate(
    state: &AppState,
    client: std::net::IpAddr,
    typed_email: &str,
    password: String,
) -> Result<Result<i32, Refusal>, AppError> {
    let email = normalize_email(typed_email).unwrap_or_else(|| typed_email.trim().to_lowercase());
    // Keys name the account by a digest of its address: of one length
    // whatever was typed (a key holds at most 300 characters), and no
    // address is kept among the counts.
    let account = digest(&email);
    let pair_key = format!("login-pair:{client}:{account}");
    let client_key = format!("login-address:{client}");
    let account_key = format!("login-account:{account}");
    let minutes_until =
        |until: chrono::DateTime<chrono::Utc>| (until - chrono::Utc::now()).num_minutes() + 1;
    for (key, limit) in [(&pair_key, PAIR_LIMIT), (&client_key, CLIENT_LIMIT)] {
        if let Some(until) =
            throttle::take(&state.bookkeeping(), key, in_force(state, limit)).await?
        {
            let minutes = minutes_until(until);
            return Ok(Err(Refusal::Locked { minutes }));
        }
    }
    let account_limit = in_force(state, ACCOUNT_LIMIT);
    if let Some(until) = throttle::take(&state.bookkeeping(), &account_key, account_limit).await? {
        let minutes = minutes_until(until);
        return Ok(Err(Refusal::AccountLocked { minutes }));
    }
    let found = user::Entity::find()
        .filter(user::Column::Email.eq(&email))
        .one(&state.db)
        .await?;
    let stored = found.as_ref().map(|u| u.password_hash.clone());
    // Without an account the same work is done against a dummy hash.
    let matches = password::verify(password, stored).await;
    let Some(user) = found.filter(|_| matches) else {
        return Ok(Err(Refusal::Failed));
    };
    if user.email_verified_at.is_none() {
        return Ok(Err(Refusal::Unconfirmed));
    }
    throttle::clear(&state.db, &pair_key).await?;
    throttle::clear(&state.db, &account_key).await?;
    Ok(Ok(user.id))
}

pub async fn login(
    State(state): State<AppState>,
    ClientIp(client): ClientIp,
    page: Page,
    signed_in: Option<axum::Extension<CurrentUser>>,
    form: csrf::CheckedForm,
) -> Result<Response, AppError> {
    let form: LoginForm = form.parse()?;
    let user_id = match authenticate(&state, client, &form.email, form.password.clone()).await? {
        Ok(user_id) => user_id,
        Err(refusal) => {
            let login = LoginPage {
                problem: Some(refusal.message(&page)),
                errors: FieldErrors::new(page.locale),
                email: form.email,
                next: form.next,
                notice: None,
                unconfirmed: matches!(refusal, Refusal::Unconfirmed),
                offer_link: matches!(refusal, Refusal::AccountLocked { .. }),
                page,
            };
            return Ok((refusal.status(), render(&login)?).into_response());
        }
    };
    sign_in(&state, user_id, signed_in, &safe_next(&form.next, &page)).await
}

/// Starts a session for `user_id` and sends the browser to `next`.
/// A new session id at every sign-in (no fixation); the browser's old
/// session, if any, ends.
pub async fn sign_in(
    state: &AppState,
    user_id: i32,
    signed_in: Option<axum::Extension<CurrentUser>>,
    next: &str,
) -> Result<Response, AppError> {
    if let Some(axum::Extension(old)) = signed_in {
        sessions::end(&state.db, &old.session_id).await?;
    }
    let raw = sessions::start(&state.db, user_id, state.settings.session_lifetime).await?;
    let mut response = Redirect::to(next).into_response();
    let headers = response.headers_mut();
    headers.append(header::SET_COOKIE, sessions::cookie(state, &raw));
    headers.append(header::SET_COOKIE, csrf::fresh_cookie(state));
    Ok(response)
}

pub async fn logout(
    State(state): State<AppState>,
    page: Page,
    signed_in: Option<axum::Extension<CurrentUser>>,
    _form: csrf::CheckedForm,
) -> Result<Response, AppError> {
    if let Some(axum::Extension(signed_in)) = signed_in {
        sessions::end(&state.db, &signed_in.session_id).await?;
    }
    let mut response = Redirect::to(&page.link("/")).into_response();
    response
        .headers_mut()
        .append(header::SET_COOKIE, state.cookies.remove(sessions::COOKIE));
    Ok(response)
}
