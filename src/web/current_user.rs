//! Who is signed in, as every feature and template sees it: the account's
//! id, name, address and roles, never its password hash. The accounts
//! feature's session layer puts a `CurrentUser` in each signed-in request.

use axum::{
    extract::{FromRequestParts, OriginalUri, Request},
    http::request::Parts,
    middleware::Next,
    response::{IntoResponse, Response},
};

use super::{AppError, roles::Roles};
use crate::{i18n::Locale, state::AppState};

#[derive(Clone, Debug)]
pub struct CurrentUser {
    pub id: i32,
    pub full_name: String,
    pub email: String,
    /// Whether the address has been confirmed.
    pub email_verified: bool,
    pub roles: Roles,
    /// The zone they read times in.
    pub time_zone: crate::time_zones::Tz,
    /// The hashed id of the session, to end it at logout.
    pub session_id: String,
}

impl CurrentUser {
    /// The confirmed address, if it is confirmed.
    pub fn verified_email(&self) -> Option<&str> {
        self.email_verified.then_some(self.email.as_str())
    }
}

/// A handler argument that only exists for signed-in people; anonymous
/// visitors are sent to log in and brought back afterwards.
pub struct RequireUser(pub CurrentUser);

impl FromRequestParts<AppState> for RequireUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        match parts.extensions.get::<CurrentUser>() {
            Some(user) => Ok(RequireUser(user.clone())),
            None => Err(login_required(parts, state)),
        }
    }
}

/// Sends an anonymous visitor to log in, then back to this page.
fn login_required(parts: &Parts, state: &AppState) -> AppError {
    let here = parts.extensions.get::<OriginalUri>().map_or_else(
        || parts.uri.to_string(),
        |original| {
            original
                .path_and_query()
                .map_or("/".into(), ToString::to_string)
        },
    );
    let locale = parts
        .extensions
        .get::<Locale>()
        .copied()
        .unwrap_or_else(|| super::page::preferred_locale(parts, state));
    let next: String = url::form_urlencoded::byte_serialize(here.as_bytes()).collect();
    AppError::LoginRequired {
        login_url: format!("/{}/login?next={next}", locale.code()),
    }
}

/// The router-level guard of the staff and admin sections: a request gets
/// past it only from someone signed in whose roles `allowed` accepts,
/// whatever the handler behind it does.
pub async fn require_roles(
    allowed: fn(Roles) -> bool,
    state: AppState,
    request: Request,
    next: Next,
) -> Response {
    let (parts, body) = request.into_parts();
    match parts.extensions.get::<CurrentUser>() {
        Some(user) if allowed(user.roles) => next.run(Request::from_parts(parts, body)).await,
        Some(_) => AppError::Forbidden.into_response(),
        None => login_required(&parts, &state).into_response(),
    }
}
