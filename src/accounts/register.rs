//! Registration and e-mail confirmation.

use askama::Template;
use axum::{
    extract::{Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait,
    QueryFilter,
};
use serde::Deserialize;

use super::{
    entities::user,
    mailed_link::{self, Holder, Outcome},
    mails::{self, AccountMail},
    notice::{Notice, show_link_button, show_notice},
    password, profile,
    tokens::{self, Purpose},
};
use crate::{
    i18n::Locale,
    mail,
    people::profile::{Profile, check_full_name},
    state::AppState,
    web::{
        AppError, ClientIp, Page,
        consent::PRIVACY_POLICY_VERSION,
        csrf::CheckedForm,
        form::{FieldErrors, TokenField, normalize_email},
        page::render,
    },
};

/// The registration form: only what taking part needs. The rest of a
/// profile is completed later, on the profile page.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RegistrationForm {
    pub full_name: String,
    pub email: String,
    pub password: String,
    pub consent: Option<String>,
}

#[derive(Template)]
#[template(path = "accounts/register.html")]
struct RegisterPage {
    page: Page,
    full_name: String,
    email: String,
    consent: bool,
    errors: FieldErrors,
}

pub async fn show_register(page: Page) -> Result<Response, AppError> {
    let errors = FieldErrors::new(page.locale);
    render(&RegisterPage {
        page,
        full_name: String::new(),
        email: String::new(),
        consent: false,
        errors,
    })
}

pub async fn register(
    State(state): State<AppState>,
    client: ClientIp,
    page: Page,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let typed: RegistrationForm = form.parse()?;
    let mut errors = FieldErrors::new(page.locale);
    let full_name = check_full_name(&typed.full_name, &mut errors);
    let email = normalize_email(&typed.email);
    if email.is_none() {
        errors.add("email", "field-email-invalid");
    }
    if let Err(problem) = password::check(&typed.password) {
        errors.add("password", problem.message_key());
    }
    if typed.consent.is_none() {
        errors.add("consent", "field-consent-missing");
    }
    let (Some(email), true) = (email, errors.is_empty()) else {
        let page = RegisterPage {
            page,
            full_name: typed.full_name,
            email: typed.email,
            consent: typed.consent.is_some(),
            errors,
        };
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response());
    };
    let registration = Registration {
        email,
        password: typed.password,
        profile: Profile::starting(full_name, page.locale),
        locale: page.locale,
        client: client.0,
    };
    create_account(&state, registration).await?;
    Ok(Redirect::to(&page.link("/register/sent")).into_response())
}

/// A checked registration form.
struct Registration {
    email: String,
    password: String,
    profile: Profile,
    locale: Locale,
    client: std::net::IpAddr,
}

/// Creates the account and mails its confirmation link; for an address that
/// already has an account, mails its owner instead (a few times an hour at
/// most, so the form cannot flood a mailbox). The caller answers the same
/// either way, so the form does not reveal who has an account.
async fn create_account(state: &AppState, registration: Registration) -> Result<(), AppError> {
    let Registration {
        email,
        password,
        profile,
        locale,
        client,
    } = registration;
    let password_hash = password::hash(password).await?;
    let txn = state.begin_write().await?;
    let existing = user::Entity::find()
        .filter(user::Column::Email.eq(&email))
        .one(&txn)
        .await?;
    if let Some(existing) = existing {
        if crate::throttle::allow_requested_mail(&txn, &email, client).await? {
            let locale = Locale::from_code(&existing.locale).unwrap_or(locale);
            let link = state.absolute_url(&format!("/{}/password-reset", locale.code()));
            let kind = AccountMail::AlreadyRegistered;
            let message = mails::compose(locale, kind, &email, &existing.full_name, &link)?;
            mail::queue(&txn, &message).await?;
        }
    } else {
        let unconfirmed = NewAccount {
            email: email.clone(),
            password_hash,
            profile,
            locale,
        };
        let account = insert_account(&txn, unconfirmed, None).await?;
        let kind = mailed_link::CONFIRM_EMAIL;
        mailed_link::send(state, &txn, &account, kind, kind.purpose.lifetime(), locale).await?;
    }
    txn.commit().await?;
    state.jobs_wakeup.notify();
    Ok(())
}

/// An account about to be created, with its password already hashed.
pub struct NewAccount {
    pub email: String,
    pub password_hash: String,
    pub profile: Profile,
    pub locale: Locale,
}

/// Inserts the account, its address confirmed at `verified_at` if already
/// proven, with the person's consent to the current privacy policy.
async fn insert_account(
    db: &impl ConnectionTrait,
    new: NewAccount,
    verified_at: Option<DateTime<Utc>>,
) -> Result<user::Model, DbErr> {
    let now = Utc::now();
    let mut new_user = user::ActiveModel {
        email: Set(new.email),
        email_verified_at: Set(verified_at),
        password_hash: Set(new.password_hash),
        locale: Set(new.locale.code().to_string()),
        consent_at: Set(now),
        consent_policy_version: Set(PRIVACY_POLICY_VERSION.to_string()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    profile::apply(&new.profile, &mut new_user);
    let account = new_user.insert(db).await?;
    profile::save_lines(&new.profile, db, account.id).await?;
    Ok(account)
}

/// Creates an account whose address the caller has already proven (the
/// person followed a link mailed to it), so it needs no confirmation mail.
/// `None` if the address already has an account.
pub async fn create_confirmed_account(
    db: &impl ConnectionTrait,
    new: NewAccount,
) -> Result<Option<i32>, DbErr> {
    if account_exists(db, &new.email).await? {
        return Ok(None);
    }
    let account = insert_account(db, new, Some(Utc::now())).await?;
    Ok(Some(account.id))
}

pub async fn account_exists(db: &impl ConnectionTrait, email: &str) -> Result<bool, DbErr> {
    Ok(user::Entity::find()
        .filter(user::Column::Email.eq(email))
        .one(db)
        .await?
        .is_some())
}

pub async fn show_sent(page: Page) -> Result<Response, AppError> {
    show_notice(page, Notice::RegistrationSent)
}

pub async fn show_confirm(
    State(state): State<AppState>,
    page: Page,
    Query(query): Query<TokenField>,
) -> Result<Response, AppError> {
    let (purpose, token) = (Purpose::ConfirmEmail, query.token);
    show_link_button(
        &state.db,
        page,
        purpose,
        token,
        "confirm",
        "/account/confirm",
    )
    .await
}

/// Confirms the address, then asks the person to log in with the password
/// chosen at registration. Confirming does not sign in: whoever registered
/// an address that is not theirs would otherwise share an account with its
/// owner, who would never need to set a password of their own.
pub async fn confirm(
    State(state): State<AppState>,
    page: Page,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let TokenField { token } = form.parse()?;
    let txn = state.begin_write().await?;
    let Some(used) = tokens::consume(&txn, Purpose::ConfirmEmail, &token).await? else {
        return show_notice(page, Notice::LinkInvalid);
    };
    user::Entity::update_many()
        .col_expr(
            user::Column::EmailVerifiedAt,
            sea_orm::sea_query::Expr::value(Utc::now()),
        )
        .filter(user::Column::Id.eq(used.user_id))
        .filter(user::Column::EmailVerifiedAt.is_null())
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(Redirect::to(&page.link("/login?confirmed=true")).into_response())
}

#[derive(Template)]
#[template(path = "accounts/resend.html")]
struct ResendPage {
    page: Page,
    email: String,
    errors: FieldErrors,
}

pub async fn show_resend(page: Page) -> Result<Response, AppError> {
    let errors = FieldErrors::new(page.locale);
    render(&ResendPage {
        page,
        email: String::new(),
        errors,
    })
}

#[derive(Deserialize)]
struct EmailForm {
    #[serde(default)]
    email: String,
}

/// Sends a new confirmation link to an unconfirmed account; answers the
/// same whether or not one exists.
pub async fn resend(
    State(state): State<AppState>,
    ClientIp(client): ClientIp,
    page: Page,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let EmailForm { email: typed } = form.parse()?;
    let asked = mailed_link::Request {
        state: &state,
        client,
        typed: &typed,
        holder: Holder::Unconfirmed,
        kind: mailed_link::CONFIRM_EMAIL,
        locale: page.locale,
    };
    match mailed_link::request(asked).await? {
        Outcome::NotAnAddress(errors) => mailed_link::refuse(&ResendPage {
            page,
            email: typed,
            errors,
        }),
        Outcome::Answered => show_notice(page, Notice::RegistrationSent),
    }
}
