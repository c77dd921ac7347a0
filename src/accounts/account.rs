//! A signed-in person's own pages: profile, password, e-mail address, a
//! copy of their data, and deleting the account.

use askama::Template;
use axum::{
    extract::{Query, State},
    http::{StatusCode, header},
    response::{IntoResponse, Redirect, Response},
};
use chrono::Utc;
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::Deserialize;

use super::{
    entities::{role_change, session, user},
    mails::{self, AccountMail},
    me::MyAccount,
    notice::{Notice, show_notice},
    password, profile,
    recovery::check_new_password,
    sessions,
    tokens::{self, Purpose},
};
use crate::{
    i18n::Locale,
    lines_of_work, mail,
    people::{
        directory,
        profile::{ProfileChoices, ProfileInput},
    },
    state::AppState,
    web::{
        AppError, Page,
        csrf::CheckedForm,
        form::{FieldErrors, TokenField, normalize_email},
        page::render,
    },
};

#[derive(Template)]
#[template(path = "accounts/profile.html")]
struct ProfilePage {
    page: Page,
    user: user::Model,
    profile: ProfileInput,
    errors: FieldErrors,
    choices: ProfileChoices,
    saved: bool,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SavedQuery {
    saved: bool,
}

pub async fn show_profile(
    State(state): State<AppState>,
    page: Page,
    MyAccount(me): MyAccount,
    Query(query): Query<SavedQuery>,
) -> Result<Response, AppError> {
    let lines = lines_of_work::active(&state.db, page.locale).await?;
    let profile = directory::profile(&state.db, me.id, &lines).await?;
    let choices = ProfileChoices::new(page.locale, lines);
    let errors = FieldErrors::new(page.locale);
    render(&ProfilePage {
        page,
        user: me,
        profile,
        errors,
        choices,
        saved: query.saved,
    })
}

pub async fn save_profile(
    State(state): State<AppState>,
    page: Page,
    MyAccount(me): MyAccount,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let input: ProfileInput = form.parse()?;
    let lines = lines_of_work::active(&state.db, page.locale).await?;
    let mut errors = FieldErrors::new(page.locale);
    let Some(profile) = input.validate(&lines, &mut errors) else {
        let choices = ProfileChoices::new(page.locale, lines);
        let body = render(&ProfilePage {
            page,
            user: me,
            profile: input,
            errors,
            choices,
            saved: false,
        })?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, body).into_response());
    };
    let txn = crate::db::begin_write(&state.db).await?;
    let mut changed: user::ActiveModel = me.clone().into();
    profile::apply(&profile, &mut changed);
    changed.locale = Set(page.locale.code().to_string());
    changed.updated_at = Set(Utc::now());
    user::Entity::update(changed).exec(&txn).await?;
    profile::save_lines(&profile, &txn, me.id).await?;
    txn.commit().await?;
    Ok(Redirect::to(&page.link("/account?saved=true")).into_response())
}

#[derive(Template)]
#[template(path = "accounts/change_password.html")]
struct ChangePasswordPage {
    page: Page,
    errors: FieldErrors,
}

pub async fn show_change_password(
    page: Page,
    MyAccount(_me): MyAccount,
) -> Result<Response, AppError> {
    let errors = FieldErrors::new(page.locale);
    render(&ChangePasswordPage { page, errors })
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ChangePasswordForm {
    current_password: String,
    password: String,
    password_again: String,
}

pub async fn change_password(
    State(state): State<AppState>,
    page: Page,
    MyAccount(me): MyAccount,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let form: ChangePasswordForm = form.parse()?;
    let mut errors = FieldErrors::new(page.locale);
    if !password::verify(form.current_password, Some(me.password_hash.clone())).await {
        errors.add("current_password", "field-current-password-wrong");
    }
    check_new_password(&form.password, &form.password_again, &mut errors);
    if !errors.is_empty() {
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            render(&ChangePasswordPage { page, errors })?,
        )
            .into_response());
    }
    let password_hash = password::hash(form.password).await?;
    let txn = crate::db::begin_write(&state.db).await?;
    let mut changed: user::ActiveModel = me.clone().into();
    changed.password_hash = Set(password_hash);
    changed.updated_at = Set(Utc::now());
    user::Entity::update(changed).exec(&txn).await?;
    // Every session ends, this one included; a fresh one replaces it.
    sessions::end_all_for_user(&txn, me.id, None).await?;
    let raw = sessions::start(&txn, me.id, state.settings.session_lifetime).await?;
    let locale = Locale::from_code(&me.locale).unwrap_or(page.locale);
    let notice = mails::compose(
        locale,
        AccountMail::PasswordChanged,
        &me.email,
        &me.full_name,
        "",
    )?;
    mail::queue(&txn, &notice).await?;
    txn.commit().await?;
    state.jobs_wakeup.notify();
    let mut response = Redirect::to(&page.link("/account?saved=true")).into_response();
    response
        .headers_mut()
        .append(header::SET_COOKIE, sessions::cookie(&state, &raw));
    Ok(response)
}

#[derive(Template)]
#[template(path = "accounts/change_email.html")]
struct ChangeEmailPage {
    page: Page,
    current: String,
    email: String,
    errors: FieldErrors,
}

pub async fn show_change_email(page: Page, MyAccount(me): MyAccount) -> Result<Response, AppError> {
    let errors = FieldErrors::new(page.locale);
    render(&ChangeEmailPage {
        page,
        current: me.email,
        email: String::new(),
        errors,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ChangeEmailForm {
    email: String,
    current_password: String,
}

/// Sends a confirmation link to the new address; the address changes only
/// when it is followed.
pub async fn change_email(
    State(state): State<AppState>,
    page: Page,
    MyAccount(me): MyAccount,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let form: ChangeEmailForm = form.parse()?;
    let mut errors = FieldErrors::new(page.locale);
    let email = normalize_email(&form.email);
    match &email {
        None => errors.add("email", "field-email-invalid"),
        Some(email) if *email == me.email => errors.add("email", "field-email-unchanged"),
        Some(_) => {}
    }
    if !password::verify(form.current_password, Some(me.password_hash.clone())).await {
        errors.add("current_password", "field-current-password-wrong");
    }
    let Some(email) = email.filter(|_| errors.is_empty()) else {
        let body = render(&ChangeEmailPage {
            page,
            current: me.email,
            email: form.email,
            errors,
        })?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, body).into_response());
    };
    let txn = crate::db::begin_write(&state.db).await?;
    let taken = user::Entity::find()
        .filter(user::Column::Email.eq(&email))
        .one(&txn)
        .await?
        .is_some();
    // A taken address gets no link, but the answer is the same, so the form
    // reveals nothing about other people's accounts.
    if !taken {
        tokens::revoke_all(&txn, me.id, Purpose::ChangeEmail).await?;
        let raw = tokens::issue(
            &txn,
            me.id,
            Purpose::ChangeEmail,
            Some(email.clone()),
            Purpose::ChangeEmail.lifetime(),
        )
        .await?;
        let link = state.absolute_url(&format!(
            "/{}/account/email/confirm?token={raw}",
            page.locale.code()
        ));
        let message = mails::compose(
            page.locale,
            AccountMail::ConfirmNewEmail,
            &email,
            &me.full_name,
            &link,
        )?;
        mail::queue(&txn, &message).await?;
    }
    txn.commit().await?;
    state.jobs_wakeup.notify();
    show_notice(page, Notice::EmailChangeSent)
}

#[derive(Template)]
#[template(path = "accounts/confirm_email_change.html")]
struct ConfirmEmailChangePage {
    page: Page,
    token: String,
    new_email: String,
}

pub async fn show_confirm_email_change(
    State(state): State<AppState>,
    page: Page,
    Query(query): Query<TokenField>,
) -> Result<Response, AppError> {
    let Some(token) = tokens::find_valid(&state.db, Purpose::ChangeEmail, &query.token).await?
    else {
        return show_notice(page, Notice::LinkInvalid);
    };
    let new_email = token.new_email.unwrap_or_default();
    render(&ConfirmEmailChangePage {
        page,
        token: query.token,
        new_email,
    })
}

pub async fn confirm_email_change(
    State(state): State<AppState>,
    page: Page,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let TokenField { token } = form.parse()?;
    let txn = crate::db::begin_write(&state.db).await?;
    let Some(used) = tokens::consume(&txn, Purpose::ChangeEmail, &token).await? else {
        return show_notice(page, Notice::LinkInvalid);
    };
    let new_email = used.new_email.ok_or(AppError::NotFound)?;
    if user::Entity::find()
        .filter(user::Column::Email.eq(&new_email))
        .one(&txn)
        .await?
        .is_some()
    {
        return show_notice(page, Notice::LinkInvalid);
    }
    let found = user::Entity::find_by_id(used.user_id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let old_email = found.email.clone();
    let mut changed: user::ActiveModel = found.clone().into();
    changed.email = Set(new_email);
    changed.email_verified_at = Set(Some(Utc::now()));
    changed.updated_at = Set(Utc::now());
    user::Entity::update(changed).exec(&txn).await?;
    let locale = Locale::from_code(&found.locale).unwrap_or(page.locale);
    let notice = mails::compose(
        locale,
        AccountMail::EmailChanged,
        &old_email,
        &found.full_name,
        "",
    )?;
    mail::queue(&txn, &notice).await?;
    txn.commit().await?;
    state.jobs_wakeup.notify();
    Ok(Redirect::to(&page.link("/account?saved=true")).into_response())
}

/// Everything stored about the person, as a JSON download (GDPR art. 15, 20).
pub async fn download_data(
    State(state): State<AppState>,
    page: Page,
    MyAccount(me): MyAccount,
) -> Result<Response, AppError> {
    let lines = lines_of_work::all(&state.db, page.locale).await?;
    let slugs = directory::line_slugs(&state.db, me.id, &lines).await?;
    let open_sessions = session::Entity::find()
        .filter(session::Column::UserId.eq(me.id))
        .order_by_asc(session::Column::CreatedAt)
        .all(&state.db)
        .await?;
    let roles = role_change::Entity::find()
        .filter(role_change::Column::UserId.eq(me.id))
        .order_by_asc(role_change::Column::ChangedAt)
        .all(&state.db)
        .await?;
    let user = &me;
    let mut export = serde_json::json!({
        "exported_at": Utc::now(),
        "account": {
            "email": user.email,
            "email_confirmed_at": user.email_verified_at,
            "full_name": user.full_name,
            "account_type": user.account_type,
            "organisation_name": user.organisation_name,
            "sector": user.sector,
            "country": user.country_code,
            "working_languages": user.working_languages.split(',').collect::<Vec<_>>(),
            "lines_of_work": slugs,
            "language": user.locale,
            "role": user.role,
            "created_at": user.created_at,
            "updated_at": user.updated_at,
        },
        "privacy_consent": { "given_at": user.consent_at, "policy_version": user.consent_policy_version },
        "sessions": open_sessions.iter().map(|s| serde_json::json!({
            "started_at": s.created_at, "last_seen_at": s.last_seen_at, "expires_at": s.expires_at,
        })).collect::<Vec<_>>(),
        "role_changes": roles.iter().map(|r| serde_json::json!({
            "from": r.old_role, "to": r.new_role, "changed_at": r.changed_at,
        })).collect::<Vec<_>>(),
    });
    // What every other feature holds about the person, section by section.
    let sections = state.personal_data.export(&state.db, me.id).await?;
    if let Some(export) = export.as_object_mut() {
        export.extend(sections);
    }
    let body = serde_json::to_string_pretty(&export).map_err(anyhow::Error::from)?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/json; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"observatory-my-data.json\"",
            ),
            (header::CACHE_CONTROL, "no-store"),
        ],
        body,
    )
        .into_response())
}

#[derive(Template)]
#[template(path = "accounts/delete.html")]
struct DeletePage {
    page: Page,
    errors: FieldErrors,
}

pub async fn show_delete(page: Page, MyAccount(_me): MyAccount) -> Result<Response, AppError> {
    let errors = FieldErrors::new(page.locale);
    render(&DeletePage { page, errors })
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct DeleteForm {
    current_password: String,
}

/// Deletes the account after the password is given again. Sessions, tokens
/// and chosen lines of work go with it; the role audit keeps its entries
/// with the person's id removed.
pub async fn delete_account(
    State(state): State<AppState>,
    page: Page,
    MyAccount(me): MyAccount,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let form: DeleteForm = form.parse()?;
    if !password::verify(form.current_password, Some(me.password_hash.clone())).await {
        let mut errors = FieldErrors::new(page.locale);
        errors.add("current_password", "field-current-password-wrong");
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            render(&DeletePage { page, errors })?,
        )
            .into_response());
    }
    let txn = crate::db::begin_write(&state.db).await?;
    // Every feature erases or anonymises what it holds about the person.
    state.personal_data.erase(&txn, me.id).await?;
    user::Entity::delete_by_id(me.id).exec(&txn).await?;
    txn.commit().await?;
    let mut response = show_notice(page, Notice::AccountDeleted)?;
    response
        .headers_mut()
        .append(header::SET_COOKIE, state.cookies.remove(sessions::COOKIE));
    Ok(response)
}
