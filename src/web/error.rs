//! One error type for handlers. Its response carries a marker that the
//! `localize_errors` middleware turns into a full page in the visitor's
//! language, so handlers never build error pages themselves.

use askama::Template;
use axum::{
    extract::{FromRequestParts, Request, State},
    http::StatusCode,
    middleware::Next,
    response::{IntoResponse, Response},
};

use super::Page;
use crate::{
    state::AppState,
    storage::{Key, StorageError},
};

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("malformed request")]
    BadRequest,
    #[error("request body too large")]
    TooLarge,
    #[error("CSRF token missing or invalid")]
    CsrfRejected,
    /// A field, path or query held NUL or other control characters, or
    /// bytes that are not UTF-8.
    #[error("text input that cannot be accepted")]
    UnacceptableText,
    /// This client sent more forms than the site accepts for now.
    #[error("too many requests")]
    TooManyRequests,
    #[error("the signed-in person's role does not allow this")]
    Forbidden,
    /// The request came too late: the thing changed state meanwhile (a
    /// double click, or a decision on a withdrawn proposal).
    #[error("the change no longer applies")]
    Conflict,
    /// A file the database records is not in the file storage (lost, or
    /// restored from a backup older than the database).
    #[error("stored file missing: {0}")]
    FileMissing(Key),
    /// Anonymous visitor on a members' page: sent to log in, then back.
    #[error("sign-in required")]
    LoginRequired { login_url: String },
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<sea_orm::DbErr> for AppError {
    /// A write refused for a row that must be unique lost a race with
    /// another request writing the same (two saves of one form, say): the
    /// writer is asked to reload. Logged as an error too, in case it was
    /// not a race but a mistake.
    fn from(error: sea_orm::DbErr) -> Self {
        if let Some(sea_orm::SqlErr::UniqueConstraintViolation(what)) = error.sql_err() {
            tracing::error!(%what, "a unique row was written twice: a race, or a mistake");
            return AppError::Conflict;
        }
        AppError::Internal(error.into())
    }
}

impl From<StorageError> for AppError {
    fn from(error: StorageError) -> Self {
        match error {
            StorageError::Missing(key) => AppError::FileMissing(key),
            other => AppError::Internal(other.into()),
        }
    }
}

/// Which error page to show; set on the response by `AppError`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorPage {
    NotFound,
    BadRequest,
    UnacceptableText,
    TooLarge,
    Expired,
    TooMany,
    NotAllowed,
    Conflict,
    FileMissing,
    Internal,
}

impl ErrorPage {
    fn status(self) -> StatusCode {
        match self {
            ErrorPage::NotFound | ErrorPage::FileMissing => StatusCode::NOT_FOUND,
            ErrorPage::BadRequest | ErrorPage::UnacceptableText => StatusCode::BAD_REQUEST,
            ErrorPage::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ErrorPage::Expired | ErrorPage::NotAllowed => StatusCode::FORBIDDEN,
            ErrorPage::TooMany => StatusCode::TOO_MANY_REQUESTS,
            ErrorPage::Conflict => StatusCode::CONFLICT,
            ErrorPage::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The prefix of this page's messages in the locale files.
    fn key(self) -> &'static str {
        match self {
            ErrorPage::NotFound => "error-not-found",
            ErrorPage::BadRequest => "error-bad-request",
            ErrorPage::UnacceptableText => "error-unacceptable-text",
            ErrorPage::TooLarge => "error-too-large",
            ErrorPage::Expired => "error-forbidden",
            ErrorPage::TooMany => "error-too-many",
            ErrorPage::NotAllowed => "error-not-allowed",
            ErrorPage::Conflict => "error-conflict",
            ErrorPage::FileMissing => "error-file-missing",
            ErrorPage::Internal => "error-internal",
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let page = match &self {
            AppError::NotFound => ErrorPage::NotFound,
            AppError::BadRequest => ErrorPage::BadRequest,
            AppError::UnacceptableText => ErrorPage::UnacceptableText,
            AppError::TooLarge => ErrorPage::TooLarge,
            AppError::CsrfRejected => ErrorPage::Expired,
            AppError::TooManyRequests => ErrorPage::TooMany,
            AppError::Forbidden => ErrorPage::NotAllowed,
            AppError::Conflict => ErrorPage::Conflict,
            AppError::FileMissing(key) => {
                // Not the visitor's doing: the administrators must restore it.
                tracing::error!(%key, "a recorded file is missing from the file storage");
                ErrorPage::FileMissing
            }
            AppError::LoginRequired { login_url } => {
                return axum::response::Redirect::to(login_url).into_response();
            }
            AppError::Internal(error) => {
                tracing::error!(error = format!("{error:#}"), "request failed");
                ErrorPage::Internal
            }
        };
        error_response(page)
    }
}

fn error_response(page: ErrorPage) -> Response {
    let mut response = page.status().into_response();
    response.extensions_mut().insert(page);
    response
}

/// The site's fallback: any unknown path.
pub async fn not_found() -> AppError {
    AppError::NotFound
}

#[derive(Template)]
#[template(path = "web/error.html")]
struct ErrorTemplate {
    page: Page,
    key: &'static str,
}

impl ErrorTemplate {
    fn message(&self, part: &str) -> String {
        self.page.t(&format!("{}-{part}", self.key))
    }
}

/// Replaces marked error responses with a page in the visitor's language.
pub async fn localize_errors(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let (parts, body) = request.into_parts();
    let mut context = parts.clone();
    let response = next.run(Request::from_parts(parts, body)).await;
    let Some(kind) = error_page_of(&response) else {
        return response;
    };
    // Keep the status the refusal had (a 405 stays a 405, a 415 a 415).
    let status = response.status();
    let html = match Page::from_request_parts(&mut context, &state).await {
        Ok(page) => ErrorTemplate {
            page,
            key: kind.key(),
        }
        .render()
        .ok(),
        Err(_) => None,
    };
    let html = html.unwrap_or_else(|| {
        // The database or a template failed too: a plain, trilingual page.
        FALLBACK_ERROR.to_string()
    });
    let mut page = (status, axum::response::Html(html)).into_response();
    // A 405 still says which methods the address takes.
    if let Some(allow) = response.headers().get(axum::http::header::ALLOW) {
        page.headers_mut()
            .insert(axum::http::header::ALLOW, allow.clone());
    }
    page
}

/// The error page a response stands for: the one `AppError` marked, or,
/// for axum's own rejections (a path id that is not a number, a malformed
/// query or form, a wrong method), the page matching their status, so no
/// visitor ever gets a bare plain-text error whatever extractor refused.
fn error_page_of(response: &Response) -> Option<ErrorPage> {
    if let Some(kind) = response.extensions().get::<ErrorPage>() {
        return Some(*kind);
    }
    let is_html = response
        .headers()
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.starts_with("text/html"));
    if is_html {
        return None;
    }
    match response.status() {
        StatusCode::NOT_FOUND | StatusCode::METHOD_NOT_ALLOWED => Some(ErrorPage::NotFound),
        StatusCode::PAYLOAD_TOO_LARGE => Some(ErrorPage::TooLarge),
        status if status.is_client_error() && status != StatusCode::UNAUTHORIZED => {
            Some(ErrorPage::BadRequest)
        }
        _ => None,
    }
}

/// Shown when even the error page cannot be built (for instance when the
/// database is down). Also used for panics.
pub const FALLBACK_ERROR: &str = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
<title>Service unavailable</title></head><body><main>\
<h1>Something went wrong</h1><p>Please try again in a few minutes.</p>\
<p lang=\"es\">Algo ha fallado. Vuelva a intentarlo dentro de unos minutos.</p>\
<p lang=\"fr\">Une erreur est survenue. Veuillez réessayer dans quelques minutes.</p>\
</main></body></html>";

/// Turns a panic in a handler into the fallback page instead of a dropped
/// connection.
pub fn panic_page(_panic: Box<dyn std::any::Any + Send + 'static>) -> Response {
    tracing::error!("handler panicked");
    (
        StatusCode::INTERNAL_SERVER_ERROR,
        axum::response::Html(FALLBACK_ERROR),
    )
        .into_response()
}
