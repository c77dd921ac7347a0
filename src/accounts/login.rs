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
    state::AppState,
    throttle::{self, Limit},
    web::{
        AppError, Page, csrf,
        form::{FieldErrors, normalize_email},
        page::render,
    },
};

/// Five failures in 15 minutes lock an account for 15 minutes; an address
/// (which several people may share) gets more room.
const ACCOUNT_LIMIT: Limit = Limit {
    max: 5,
    window_minutes: 15,
    lock_minutes: 15,
};
const ADDRESS_LIMIT: Limit = Limit {
    max: 20,
    window_minutes: 15,
    lock_minutes: 15,
};

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
    /// Shown after a confirmation or a reset.
    notice: Option<String>,
    unconfirmed: bool,
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
    /// Too many failures for this account or from this address.
    Locked { minutes: i64 },
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
            Refusal::Failed => page.t("login-failed"),
            Refusal::Unconfirmed => page.t("login-unconfirmed"),
        }
    }

    fn status(&self) -> StatusCode {
        match self {
            Refusal::Locked { .. } => StatusCode::TOO_MANY_REQUESTS,
            Refusal::Failed => StatusCode::UNAUTHORIZED,
            Refusal::Unconfirmed => StatusCode::FORBIDDEN,
        }
    }
}

/// Checks the address and password, counting failures per account and per
/// client address; the id of the account on success.
async fn authenticate(
    state: &AppState,
    client: std::net::IpAddr,
    typed_email: &str,
    password: String,
) -> Result<Result<i32, Refusal>, AppError> {
    let email = normalize_email(typed_email).unwrap_or_else(|| typed_email.trim().to_lowercase());
    let account_key = format!("login-account:{email}");
    let address_key = format!("login-address:{client}");
    let keys = [account_key.as_str(), address_key.as_str()];
    if let Some(until) = throttle::locked_until(&state.db, &keys).await? {
        let minutes = (until - chrono::Utc::now()).num_minutes() + 1;
        return Ok(Err(Refusal::Locked { minutes }));
    }
    let found = user::Entity::find()
        .filter(user::Column::Email.eq(&email))
        .one(&state.db)
        .await?;
    let stored = found.as_ref().map(|u| u.password_hash.clone());
    // Without an account the same work is done against a dummy hash.
    let matches = password::verify(password, stored).await;
    let Some(user) = found.filter(|_| matches) else {
        let limits = [
            (account_key.as_str(), ACCOUNT_LIMIT),
            (address_key.as_str(), ADDRESS_LIMIT),
        ];
        throttle::record(&state.db, &limits).await?;
        return Ok(Err(Refusal::Failed));
    };
    if user.email_verified_at.is_none() {
        return Ok(Err(Refusal::Unconfirmed));
    }
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
                page,
            };
            return Ok((refusal.status(), render(&login)?).into_response());
        }
    };
    // A new session id at every login (no fixation); the browser's old
    // session, if any, ends.
    if let Some(axum::Extension(old)) = signed_in {
        sessions::end(&state.db, &old.session_id).await?;
    }
    let raw = sessions::start(&state.db, user_id, state.settings.session_lifetime).await?;
    let mut response = Redirect::to(&safe_next(&form.next, &page)).into_response();
    let headers = response.headers_mut();
    headers.append(header::SET_COOKIE, sessions::cookie(&state, &raw));
    headers.append(header::SET_COOKIE, csrf::fresh_cookie(&state));
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
