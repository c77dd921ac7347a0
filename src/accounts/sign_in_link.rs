//! Signing in with a one-time link sent by e-mail: for the owner of an
//! account that too many attempts from elsewhere have locked, and for
//! anyone who prefers it to typing a password.

use askama::Template;
use axum::{
    extract::{Query, State},
    http::StatusCode,
    response::{IntoResponse, Response},
};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde::Deserialize;

use super::{
    entities::user,
    login,
    mails::{self, AccountMail},
    notice::{Notice, show_link_button, show_notice},
    tokens::{self, Purpose},
};
use crate::{
    i18n::Locale,
    mail,
    state::AppState,
    web::{
        AppError, ClientIp, CurrentUser, Page,
        csrf::CheckedForm,
        form::{FieldErrors, TokenField, normalize_email},
        page::render,
    },
};

#[derive(Template)]
#[template(path = "accounts/sign_in_link.html")]
struct RequestPage {
    page: Page,
    email: String,
    errors: FieldErrors,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct EmailField {
    email: String,
}

/// The form asking for a link; the login page passes the typed address.
pub async fn show_request(
    page: Page,
    Query(query): Query<EmailField>,
) -> Result<Response, AppError> {
    let errors = FieldErrors::new(page.locale);
    render(&RequestPage {
        page,
        email: query.email,
        errors,
    })
}

/// Answers the same whether or not the address has an account; the mails
/// a client and an address can ask for are limited.
pub async fn request(
    State(state): State<AppState>,
    ClientIp(client): ClientIp,
    page: Page,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let EmailField { email: typed } = form.parse()?;
    let Some(email) = normalize_email(&typed) else {
        let mut errors = FieldErrors::new(page.locale);
        errors.add("email", "field-email-invalid");
        let body = render(&RequestPage {
            page,
            email: typed,
            errors,
        })?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, body).into_response());
    };
    let txn = crate::db::begin_write(&state.db).await?;
    let allowed = crate::throttle::allow_requested_mail(&txn, &email, client).await?;
    let confirmed_account = user::Entity::find()
        .filter(user::Column::Email.eq(&email))
        .filter(user::Column::EmailVerifiedAt.is_not_null())
        .one(&txn)
        .await?;
    if let Some(found) = confirmed_account.filter(|_| allowed) {
        let lifetime = Purpose::SignIn.lifetime();
        let raw = tokens::issue(&txn, found.id, Purpose::SignIn, None, lifetime).await?;
        let locale = Locale::from_code(&found.locale).unwrap_or(page.locale);
        let link = state.absolute_url(&format!("/{}/login/link/use?token={raw}", locale.code()));
        let message = mails::compose(
            locale,
            AccountMail::SignInLink,
            &found.email,
            &found.full_name,
            &link,
        )?;
        mail::queue(&txn, &message).await?;
    }
    txn.commit().await?;
    state.jobs_wakeup.notify();
    show_notice(page, Notice::SignInLinkSent)
}

/// Opening the link signs nobody in: a button does.
pub async fn show_use(
    State(state): State<AppState>,
    page: Page,
    Query(query): Query<TokenField>,
) -> Result<Response, AppError> {
    let (purpose, token) = (Purpose::SignIn, query.token);
    show_link_button(
        &state.db,
        page,
        purpose,
        token,
        "sign-in-link-use",
        "/login/link/use",
    )
    .await
}

pub async fn use_link(
    State(state): State<AppState>,
    page: Page,
    signed_in: Option<axum::Extension<CurrentUser>>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let TokenField { token } = form.parse()?;
    let Some(token) = tokens::consume(&state.db, Purpose::SignIn, &token).await? else {
        return show_notice(page, Notice::LinkInvalid);
    };
    login::sign_in(&state, token.user_id, signed_in, &page.link("/account")).await
}
