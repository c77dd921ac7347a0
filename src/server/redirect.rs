//! The plain-HTTP listener of a server that speaks TLS itself: every request
//! is sent to the same path on the https base URL.

use axum::{
    Router,
    extract::State,
    http::{Method, StatusCode, Uri, header},
    response::{IntoResponse, Response},
};
use url::Url;

/// Answers everything with a redirect to `base_url`, whatever host the
/// request names, so the listener cannot send anyone elsewhere.
pub fn router(base_url: Url) -> Router {
    Router::new()
        .fallback(redirect_to_https)
        .with_state(base_url)
}

/// 301 for GET and HEAD; 308 for the rest, which tells the client to repeat
/// the method and body (a 301 lets it turn a POST into a GET).
async fn redirect_to_https(State(base_url): State<Url>, method: Method, uri: Uri) -> Response {
    let mut target = base_url;
    target.set_path(uri.path());
    target.set_query(uri.query());
    let status = if method == Method::GET || method == Method::HEAD {
        StatusCode::MOVED_PERMANENTLY
    } else {
        StatusCode::PERMANENT_REDIRECT
    };
    (status, [(header::LOCATION, target.to_string())]).into_response()
}
