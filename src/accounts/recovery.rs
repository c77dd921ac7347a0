//! Forgotten passwords: ask for a link, then choose a new password.

use askama::Template;
use axum::{
    extract::{Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use chrono::Utc;
use sea_orm::{ActiveValue::Set, EntityTrait};
use serde::Deserialize;

use super::{
    entities::user,
    mailed_link::{self, Holder, Outcome},
    mails::{self, AccountMail},
    notice::{Notice, show_notice},
    password, sessions,
    tokens::{self, Purpose},
};
use crate::{
    i18n::Locale,
    mail,
    state::AppState,
    web::{
        AppError, ClientIp, Page,
        csrf::CheckedForm,
        form::{FieldErrors, TokenField},
        page::render,
    },
};

#[derive(Template)]
#[template(path = "accounts/reset_request.html")]
struct RequestPage {
    page: Page,
    email: String,
    errors: FieldErrors,
}

pub async fn show_request(page: Page) -> Result<Response, AppError> {
    let errors = FieldErrors::new(page.locale);
    render(&RequestPage {
        page,
        email: String::new(),
        errors,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct RequestForm {
    email: String,
}

/// Answers the same whether or not the address has an account.
pub async fn request(
    State(state): State<AppState>,
    ClientIp(client): ClientIp,
    page: Page,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let RequestForm { email: typed } = form.parse()?;
    let asked = mailed_link::Request {
        state: &state,
        client,
        typed: &typed,
        holder: Holder::Any,
        kind: mailed_link::RESET_PASSWORD,
        locale: page.locale,
    };
    match mailed_link::request(asked).await? {
        Outcome::NotAnAddress(errors) => mailed_link::refuse(&RequestPage {
            page,
            email: typed,
            errors,
        }),
        Outcome::Answered => show_notice(page, Notice::ResetSent),
    }
}

#[derive(Template)]
#[template(path = "accounts/reset_new.html")]
struct NewPasswordPage {
    page: Page,
    token: String,
    errors: FieldErrors,
}

pub async fn show_new_password(
    State(state): State<AppState>,
    page: Page,
    Query(query): Query<TokenField>,
) -> Result<Response, AppError> {
    if tokens::find_valid(&state.db, Purpose::ResetPassword, &query.token)
        .await?
        .is_none()
    {
        return show_notice(page, Notice::LinkInvalid);
    }
    let errors = FieldErrors::new(page.locale);
    render(&NewPasswordPage {
        page,
        token: query.token,
        errors,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct NewPasswordForm {
    token: String,
    password: String,
    password_again: String,
}

/// Checks a new password and its repetition, recording problems.
pub fn check_new_password(password: &str, again: &str, errors: &mut FieldErrors) {
    if let Err(problem) = password::check(password) {
        errors.add("password", problem.message_key());
    } else if password != again {
        errors.add("password_again", "field-password-mismatch");
    }
}

pub async fn set_new_password(
    State(state): State<AppState>,
    page: Page,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let form: NewPasswordForm = form.parse()?;
    let mut errors = FieldErrors::new(page.locale);
    check_new_password(&form.password, &form.password_again, &mut errors);
    if !errors.is_empty() {
        if tokens::find_valid(&state.db, Purpose::ResetPassword, &form.token)
            .await?
            .is_none()
        {
            return show_notice(page, Notice::LinkInvalid);
        }
        let body = render(&NewPasswordPage {
            page,
            token: form.token,
            errors,
        })?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, body).into_response());
    }
    let password_hash = password::hash(form.password).await?;
    let txn = state.begin_write().await?;
    let Some(token) = tokens::consume(&txn, Purpose::ResetPassword, &form.token).await? else {
        return show_notice(page, Notice::LinkInvalid);
    };
    let now = Utc::now();
    let found = user::Entity::find_by_id(token.user_id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut changed: user::ActiveModel = found.clone().into();
    changed.password_hash = Set(password_hash);
    // Following the mailed link proves the address works.
    if found.email_verified_at.is_none() {
        changed.email_verified_at = Set(Some(now));
    }
    changed.updated_at = Set(now);
    user::Entity::update(changed).exec(&txn).await?;
    tokens::revoke_all(&txn, found.id, Purpose::ResetPassword).await?;
    sessions::end_all_for_user(&txn, found.id, None).await?;
    let locale = Locale::from_code(&found.locale).unwrap_or(page.locale);
    let notice = mails::compose(
        locale,
        AccountMail::PasswordChanged,
        &found.email,
        &found.full_name,
        "",
    )?;
    mail::queue(&txn, &notice).await?;
    txn.commit().await?;
    state.jobs_wakeup.notify();
    Ok(Redirect::to(&page.link("/login?reset=true")).into_response())
}
