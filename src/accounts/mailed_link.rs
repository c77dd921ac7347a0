//! The links accounts receive by e-mail — to confirm an address, to choose
//! a new password, to sign in — and the "mail me a link" forms that ask for
//! them again.

use askama::Template;
use axum::{
    http::StatusCode,
    response::{IntoResponse, Response},
};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use super::{
    entities::user,
    mails::{self, AccountMail},
    tokens::{self, Purpose},
};
use crate::{
    i18n::Locale,
    mail,
    state::AppState,
    web::{AppError, form::FieldErrors, form::normalize_email, page::render},
};

/// One kind of mailed link: what its token allows, the page it opens and
/// the mail that carries it.
#[derive(Clone, Copy)]
pub struct LinkKind {
    pub purpose: Purpose,
    pub path: &'static str,
    pub mail: AccountMail,
}

pub const CONFIRM_EMAIL: LinkKind = LinkKind {
    purpose: Purpose::ConfirmEmail,
    path: "/account/confirm",
    mail: AccountMail::Confirm,
};

pub const RESET_PASSWORD: LinkKind = LinkKind {
    purpose: Purpose::ResetPassword,
    path: "/password-reset/new",
    mail: AccountMail::ResetPassword,
};

pub const SIGN_IN: LinkKind = LinkKind {
    purpose: Purpose::SignIn,
    path: "/login/link/use",
    mail: AccountMail::SignInLink,
};

/// Queues `kind`'s link for `account`, in the account's language (or
/// `fallback` when it has none we know); returns the link.
pub async fn send(
    state: &AppState,
    db: &impl ConnectionTrait,
    account: &user::Model,
    kind: LinkKind,
    lifetime: chrono::Duration,
    fallback: Locale,
) -> Result<String, AppError> {
    let raw = tokens::issue(db, account.id, kind.purpose, None, lifetime).await?;
    let locale = Locale::from_code(&account.locale).unwrap_or(fallback);
    let link = state.absolute_url(&format!("/{}{}?token={raw}", locale.code(), kind.path));
    let message = mails::compose(locale, kind.mail, &account.email, &account.full_name, &link)?;
    mail::queue(db, &message).await?;
    Ok(link)
}

/// Which accounts a "mail me a link" form serves.
#[derive(Clone, Copy)]
pub enum Holder {
    Any,
    Confirmed,
    Unconfirmed,
}

/// A "mail me a link" request, as typed into its form.
pub struct Request<'a> {
    pub state: &'a AppState,
    pub client: std::net::IpAddr,
    pub typed: &'a str,
    pub holder: Holder,
    pub kind: LinkKind,
    pub locale: Locale,
}

/// What became of a request: the caller answers the same whether or not a
/// link went out, so the form tells nobody which addresses have accounts.
pub enum Outcome {
    /// The typed text is not an address; the form comes back with this.
    NotAnAddress(FieldErrors),
    Answered,
}

/// Mails a fresh link to the account at the typed address when there is
/// one the request serves, and when neither the client nor the address has
/// used up its allowance of requested mails.
pub async fn request(request: Request<'_>) -> Result<Outcome, AppError> {
    let Some(email) = normalize_email(request.typed) else {
        let mut errors = FieldErrors::new(request.locale);
        errors.add("email", "field-email-invalid");
        return Ok(Outcome::NotAnAddress(errors));
    };
    let state = request.state;
    let txn = state.begin_write().await?;
    let allowed = crate::throttle::allow_requested_mail(&txn, &email, request.client).await?;
    let mut query = user::Entity::find().filter(user::Column::Email.eq(&email));
    query = match request.holder {
        Holder::Any => query,
        Holder::Confirmed => query.filter(user::Column::EmailVerifiedAt.is_not_null()),
        Holder::Unconfirmed => query.filter(user::Column::EmailVerifiedAt.is_null()),
    };
    if let Some(account) = query.one(&txn).await?.filter(|_| allowed) {
        let kind = request.kind;
        // Only the newest link works, so an older mail cannot be replayed.
        tokens::revoke_all(&txn, account.id, kind.purpose).await?;
        let lifetime = kind.purpose.lifetime();
        send(state, &txn, &account, kind, lifetime, request.locale).await?;
    }
    txn.commit().await?;
    state.jobs_wakeup.notify();
    Ok(Outcome::Answered)
}

/// The request form again, with what was typed and why it was refused.
pub fn refuse(form_page: &impl Template) -> Result<Response, AppError> {
    Ok((StatusCode::UNPROCESSABLE_ENTITY, render(form_page)?).into_response())
}
