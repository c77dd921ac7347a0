//! Signing in with a one-time link sent by e-mail: for the owner of an
//! account that too many attempts from elsewhere have locked, and for
//! anyone who prefers it to typing a password.

use askama::Template;
use axum::{
    extract::{Query, State},
    response::Response,
};
use serde::Deserialize;

use super::{
    login,
    mailed_link::{self, Holder, Outcome},
    notice::{Notice, show_link_button, show_notice},
    tokens::{self, Purpose},
};
use crate::{
    state::AppState,
    web::{
        AppError, ClientIp, CurrentUser, Page,
        csrf::CheckedForm,
        form::{FieldErrors, TokenField},
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

/// Answers the same whether or not the address has an account.
pub async fn request(
    State(state): State<AppState>,
    ClientIp(client): ClientIp,
    page: Page,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let EmailField { email: typed } = form.parse()?;
    let asked = mailed_link::Request {
        state: &state,
        client,
        typed: &typed,
        holder: Holder::Confirmed,
        kind: mailed_link::SIGN_IN,
        locale: page.locale,
    };
    match mailed_link::request(asked).await? {
        Outcome::NotAnAddress(errors) => mailed_link::refuse(&RequestPage {
            page,
            email: typed,
            errors,
        }),
        Outcome::Answered => show_notice(page, Notice::SignInLinkSent),
    }
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
