//! Access checks: who must be signed in, and which role a page needs.

use axum::{
    extract::{FromRequestParts, OriginalUri},
    http::request::Parts,
};

use super::{roles::Role, sessions::SignedIn};
use crate::{app::AppState, web::AppError};

/// A handler argument that only exists for signed-in people; anonymous
/// visitors are sent to log in and brought back afterwards.
pub struct RequireUser(pub SignedIn);

impl FromRequestParts<AppState> for RequireUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        if let Some(signed_in) = parts.extensions.get::<SignedIn>() {
            return Ok(RequireUser(signed_in.clone()));
        }
        let here = parts.extensions.get::<OriginalUri>().map_or_else(
            || parts.uri.to_string(),
            |original| {
                original
                    .path_and_query()
                    .map_or("/".into(), ToString::to_string)
            },
        );
        let locale = crate::web::page::preferred_locale(parts, state);
        let locale = parts
            .extensions
            .get::<crate::i18n::Locale>()
            .copied()
            .unwrap_or(locale);
        let next: String = url::form_urlencoded::byte_serialize(here.as_bytes()).collect();
        Err(AppError::LoginRequired {
            login_url: format!("/{}/login?next={next}", locale.code()),
        })
    }
}

impl RequireUser {
    /// Refuses (403) unless the person has at least `role`.
    pub fn at_least(&self, role: Role) -> Result<(), AppError> {
        if self.0.role() >= role {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        }
    }
}
