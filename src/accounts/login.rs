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
use crate::web::CurrentUser;
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

pub async fn login(
    State(state): State<AppState>,
    client: crate::web::ClientIp,
    page: Page,
    signed_in: Option<axum::Extension<CurrentUser>>,
    form: csrf::CheckedForm,
) -> Result<Response, AppError> {
    let form: LoginForm = form.parse()?;
    let email = normalize_email(&form.email).unwrap_or_else(|| form.email.trim().to_lowercase());
    let account_key = format!("login-account:{email}");
    let address_key = format!("login-address:{}", client.0);
    let refuse = |page: Page,
                  problem: String,
                  status: StatusCode,
                  unconfirmed: bool|
     -> Result<Response, AppError> {
        let errors = FieldErrors::new(page.locale);
        let login = LoginPage {
            page,
            email: form.email.clone(),
            next: form.next.clone(),
            errors,
            problem: Some(problem),
            notice: None,
            unconfirmed,
        };
        Ok((status, render(&login)?).into_response())
    };

    if let Some(until) = throttle::locked_until(&state.db, &[&account_key, &address_key]).await? {
        let minutes = (until - chrono::Utc::now()).num_minutes() + 1;
        let message = page
            .locale
            .t_args("login-locked", &[("minutes", minutes.into())]);
        return refuse(page, message, StatusCode::TOO_MANY_REQUESTS, false);
    }
    let found = user::Entity::find()
        .filter(user::Column::Email.eq(&email))
        .one(&state.db)
        .await?;
    let stored = found.as_ref().map(|u| u.password_hash.clone());
    if !password::verify(form.password.clone(), stored).await {
        throttle::record(
            &state.db,
            &[(&account_key, ACCOUNT_LIMIT), (&address_key, ADDRESS_LIMIT)],
        )
        .await?;
        let message = page.t("login-failed");
        return refuse(page, message, StatusCode::UNAUTHORIZED, false);
    }
    let user = found.expect("a matching password implies an account");
    if user.email_verified_at.is_none() {
        let message = page.t("login-unconfirmed");
        return refuse(page, message, StatusCode::FORBIDDEN, true);
    }
    throttle::clear(&state.db, &account_key).await?;

    // A new session id at every login (no fixation); the browser's old
    // session, if any, ends.
    if let Some(axum::Extension(old)) = signed_in {
        sessions::end(&state.db, &old.session_id).await?;
    }
    let raw = sessions::start(&state.db, user.id, state.settings.session_lifetime).await?;
    let mut response = Redirect::to(&safe_next(&form.next, &page)).into_response();
    response
        .headers_mut()
        .append(header::SET_COOKIE, sessions::cookie(&state, &raw));
    response
        .headers_mut()
        .append(header::SET_COOKIE, csrf::fresh_cookie(&state));
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
