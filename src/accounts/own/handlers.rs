//! The pages of a person's own account.

use crate::web::form::SavedQuery;
use askama::Template;
use axum::{
    extract::{Query, State},
    http::{StatusCode, header},
    response::{IntoResponse, Redirect, Response},
};
use serde::Deserialize;

use super::services;
use crate::{
    accounts::{
        admin,
        me::MyAccount,
        notice::{Notice, show_notice},
        password,
        recovery::check_new_password,
        sessions,
        tokens::{self, Purpose},
    },
    lines_of_work,
    people::{
        directory::{self, ProposalAlerts},
        profile::{ProfileChoices, ProfileInput},
    },
    state::AppState,
    time_zones,
    web::{
        AppError, ClientIp, Page, Role, Roles,
        csrf::CheckedForm,
        form::{FieldErrors, TokenField, normalize_email},
        page::render,
    },
};

/// A refused form: the page again, with its errors, as 422.
fn refused(page: &impl Template) -> Result<Response, AppError> {
    Ok((StatusCode::UNPROCESSABLE_ENTITY, render(page)?).into_response())
}

fn saved(page: &Page) -> Response {
    Redirect::to(&page.link("/account?saved=true")).into_response()
}

#[derive(Template)]
#[template(path = "accounts/profile.html")]
struct ProfilePage {
    page: Page,
    email: String,
    roles: Roles,
    /// How an editor hears of new proposals (`ProposalAlerts`' key).
    proposal_alerts: String,
    /// The zone they read times in (an IANA name).
    time_zone: String,
    profile: ProfileInput,
    errors: FieldErrors,
    choices: ProfileChoices,
    saved: bool,
}

impl ProfilePage {
    fn alert_choices(&self) -> [ProposalAlerts; 3] {
        ProposalAlerts::ALL
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct TimeZoneForm {
    time_zone: String,
}

/// Anyone chooses the zone the site shows them times in.
pub async fn save_time_zone(
    State(state): State<AppState>,
    page: Page,
    MyAccount(me): MyAccount,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let TimeZoneForm { time_zone } = form.parse()?;
    // Offered as a list: anything else was not sent by the form.
    let zone = time_zones::parse(&time_zone).ok_or(AppError::BadRequest)?;
    services::save_time_zone(&state, me.id, zone).await?;
    Ok(saved(&page))
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct AlertsForm {
    proposal_alerts: String,
}

/// An editor chooses how they hear of new proposals.
pub async fn save_alerts(
    State(state): State<AppState>,
    page: Page,
    MyAccount(me): MyAccount,
    form: CheckedForm,
) -> Result<Response, AppError> {
    if !page.can(Role::Editor.key()) {
        return Err(AppError::Forbidden);
    }
    let AlertsForm { proposal_alerts } = form.parse()?;
    let how = ProposalAlerts::from_key(&proposal_alerts).ok_or(AppError::BadRequest)?;
    services::save_alerts(&state, me.id, how).await?;
    Ok(saved(&page))
}

pub async fn show_profile(
    State(state): State<AppState>,
    page: Page,
    MyAccount(me): MyAccount,
    Query(query): Query<SavedQuery>,
) -> Result<Response, AppError> {
    let lines = lines_of_work::active(&state, page.locale).await?;
    // The account row was read with the session: only its lines are read.
    let stored = directory::StoredProfile {
        account_type: me.account_type,
        full_name: me.full_name,
        organisation_name: me.organisation_name,
        sector: me.sector,
        country_code: me.country_code,
        working_languages: me.working_languages,
        specialisation: me.specialisation,
    };
    let profile = directory::profile_of(&state.db, me.id, stored, &lines).await?;
    render(&ProfilePage {
        choices: ProfileChoices::new(lines),
        errors: FieldErrors::new(page.locale),
        email: me.email,
        roles: page.user.as_ref().map_or(Roles::NONE, |user| user.roles),
        proposal_alerts: me.proposal_alerts,
        time_zone: me.time_zone,
        profile,
        saved: query.saved,
        page,
    })
}

pub async fn save_profile(
    State(state): State<AppState>,
    page: Page,
    MyAccount(me): MyAccount,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let input: ProfileInput = form.parse()?;
    let lines = lines_of_work::active(&state, page.locale).await?;
    let mut errors = FieldErrors::new(page.locale);
    let Some(profile) = input.validate_with_specialisation(&lines, &mut errors) else {
        return refused(&ProfilePage {
            choices: ProfileChoices::new(lines),
            email: me.email,
            roles: page.user.as_ref().map_or(Roles::NONE, |user| user.roles),
            proposal_alerts: me.proposal_alerts,
            time_zone: me.time_zone,
            profile: input,
            errors,
            saved: false,
            page,
        });
    };
    services::save_profile(&state, me, &profile, page.locale).await?;
    Ok(saved(&page))
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
        return refused(&ChangePasswordPage { page, errors });
    }
    let raw = services::change_password(&state, me, form.password).await?;
    let mut response = saved(&page);
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

pub async fn change_email(
    State(state): State<AppState>,
    ClientIp(client): ClientIp,
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
        return refused(&ChangeEmailPage {
            page,
            current: me.email,
            email: form.email,
            errors,
        });
    };
    services::request_email_change(&state, &me, &email, page.locale, client).await?;
    show_notice(page, Notice::EmailChangeSent)
}

#[derive(Template)]
#[template(path = "accounts/confirm_email_change.html")]
struct ConfirmEmailChangePage {
    page: Page,
    token: String,
    new_email: String,
}

/// The link in the mail opens a page with a button: mail scanners that
/// follow links must not use up the token.
pub async fn show_confirm_email_change(
    State(state): State<AppState>,
    page: Page,
    Query(query): Query<TokenField>,
) -> Result<Response, AppError> {
    let Some(token) = tokens::find_valid(&state.db, Purpose::ChangeEmail, &query.token).await?
    else {
        return show_notice(page, Notice::LinkInvalid);
    };
    render(&ConfirmEmailChangePage {
        page,
        token: query.token,
        new_email: token.new_email.unwrap_or_default(),
    })
}

pub async fn confirm_email_change(
    State(state): State<AppState>,
    page: Page,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let TokenField { token } = form.parse()?;
    if services::confirm_email_change(&state, &token).await? {
        Ok(saved(&page))
    } else {
        show_notice(page, Notice::LinkInvalid)
    }
}

/// Everything stored about the person, as a JSON download.
pub async fn download_data(
    State(state): State<AppState>,
    MyAccount(me): MyAccount,
) -> Result<Response, AppError> {
    let export = services::export(&state, &me).await?;
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
    /// The site's only administrator cannot leave it without one.
    last_admin: bool,
}

pub async fn show_delete(
    State(state): State<AppState>,
    page: Page,
    MyAccount(me): MyAccount,
) -> Result<Response, AppError> {
    let errors = FieldErrors::new(page.locale);
    let last_admin = admin::is_last_admin(&state.db, me.id).await?;
    render(&DeletePage {
        page,
        errors,
        last_admin,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct DeleteForm {
    current_password: String,
}

/// Deletes the account after the password is given again.
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
        let last_admin = admin::is_last_admin(&state.db, me.id).await?;
        return refused(&DeletePage {
            page,
            errors,
            last_admin,
        });
    }
    if !services::delete(&state, me.id).await? {
        let errors = FieldErrors::new(page.locale);
        return refused(&DeletePage {
            page,
            errors,
            last_admin: true,
        });
    }
    let mut response = show_notice(page, Notice::AccountDeleted)?;
    response
        .headers_mut()
        .append(header::SET_COOKIE, state.cookies.remove(sessions::COOKIE));
    Ok(response)
}
