//! The open-data API (`/api/v1/…`), read-only: the library's published
//! resources with the search's filters (`resources`), the articles of the
//! international standards and the lines of work (`reference`), as JSON,
//! described by an OpenAPI 3.1 document generated from this code
//! (`document`). Any site may read it from a browser (CORS is open for
//! GET); each client may make `OBSERVATORY_API_REQUESTS_PER_MINUTE`
//! requests a minute, counted in the database so the limit holds across
//! instances.

mod document;
mod reference;
mod resources;

use std::time::Duration;

use axum::{
    Json, Router,
    extract::{Request, State},
    http::{HeaderValue, Method, StatusCode, header},
    middleware::{self, Next},
    response::{IntoResponse, Response},
    routing::get,
};
use serde::Serialize;
use tower_http::{
    catch_panic::CatchPanicLayer,
    cors::{Any, CorsLayer},
};
use utoipa::ToSchema;

use crate::{
    state::AppState,
    throttle::{self, Limit},
    web::ClientIp,
};

/// Where the API lives; a later, incompatible version gets `/api/v2`.
pub const BASE: &str = "/api/v1";

/// How long an answer may take: less than the site's own limit on every
/// request (whose answer is an empty 503), so the API's JSON comes first.
const ANSWER_WITHIN: Duration = Duration::from_secs(20);

/// How long browsers may keep a preflight's answer.
const PREFLIGHT_MAX_AGE: Duration = Duration::from_secs(24 * 60 * 60);

pub fn routes(state: &AppState) -> Router<AppState> {
    let api = Router::new()
        .route("/resources", get(resources::list))
        .route("/resources/{id}", get(resources::one))
        .route("/articles", get(reference::articles))
        .route("/lines-of-work", get(reference::lines_of_work))
        .route("/openapi.json", get(document::openapi_json))
        .fallback(|| async { ApiError::NotFound })
        .method_not_allowed_fallback(|| async { ApiError::MethodNotAllowed })
        .route_layer(middleware::from_fn_with_state(state.clone(), per_client));
    // Outside the failures' answers, so a browser on another site can read
    // those too.
    let cors = CorsLayer::new()
        .allow_origin(Any)
        .allow_methods([Method::GET, Method::HEAD])
        .expose_headers([header::RETRY_AFTER])
        .max_age(PREFLIGHT_MAX_AGE);
    Router::new().nest(BASE, failures_in_json(api).layer(cors))
}

/// What went wrong, as JSON: `{"error": "…"}`.
#[derive(Debug)]
pub enum ApiError {
    /// A parameter the API cannot use, and why.
    BadRequest(String),
    NotFound,
    /// Anything but GET and HEAD (and a browser's CORS preflight).
    MethodNotAllowed,
    /// Over the client's limit: ask again after this many seconds.
    TooManyRequests(u64),
    /// No answer within `ANSWER_WITHIN`.
    TooSlow,
    Internal(anyhow::Error),
}

/// The body of every error.
#[derive(Serialize, ToSchema)]
pub struct Problem {
    /// What went wrong, in English.
    pub error: String,
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, error, header) = match self {
            ApiError::BadRequest(why) => (StatusCode::BAD_REQUEST, why, None),
            ApiError::NotFound => (
                StatusCode::NOT_FOUND,
                "no such thing here".to_string(),
                None,
            ),
            ApiError::MethodNotAllowed => (
                StatusCode::METHOD_NOT_ALLOWED,
                "the API only reads: GET or HEAD".to_string(),
                Some((header::ALLOW, HeaderValue::from_static("GET, HEAD"))),
            ),
            ApiError::TooManyRequests(seconds) => (
                StatusCode::TOO_MANY_REQUESTS,
                format!("too many requests: try again in {seconds} s"),
                Some((header::RETRY_AFTER, HeaderValue::from(seconds))),
            ),
            ApiError::TooSlow => (
                StatusCode::SERVICE_UNAVAILABLE,
                "the server is too busy to answer now; try again in a minute".to_string(),
                Some((header::RETRY_AFTER, HeaderValue::from_static("60"))),
            ),
            ApiError::Internal(error) => {
                tracing::error!(error = %error, "the API could not answer");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "the server could not answer; try again later".to_string(),
                    None,
                )
            }
        };
        let mut response = (status, Json(Problem { error })).into_response();
        if let Some((name, value)) = header {
            response.headers_mut().insert(name, value);
        }
        response
    }
}

impl From<sea_orm::DbErr> for ApiError {
    fn from(error: sea_orm::DbErr) -> Self {
        ApiError::Internal(error.into())
    }
}

/// What goes wrong beyond the handlers (too long an answer, a panic)
/// answers in JSON too, before the site's layers answer with a page.
fn failures_in_json<S: Clone + Send + Sync + 'static>(api: Router<S>) -> Router<S> {
    api.layer(middleware::from_fn(within_time))
        .layer(CatchPanicLayer::custom(|_| {
            ApiError::Internal(anyhow::anyhow!("a handler panicked")).into_response()
        }))
}

/// The handler's answer, or a JSON 503 when it takes too long.
async fn within_time(request: Request, next: Next) -> Response {
    match tokio::time::timeout(ANSWER_WITHIN, next.run(request)).await {
        Ok(answer) => answer,
        Err(_) => ApiError::TooSlow.into_response(),
    }
}

/// Who a client is, for its limit: its IPv4 address, or its IPv6 network
/// (a /64, which one machine may hold whole and draw new addresses from).
fn client_key(client: std::net::IpAddr) -> String {
    match client {
        std::net::IpAddr::V4(address) => address.to_string(),
        std::net::IpAddr::V6(address) => {
            let [a, b, c, d, ..] = address.segments();
            format!("{a:x}:{b:x}:{c:x}:{d:x}::/64")
        }
    }
}

/// Counts the request against its client's budget for the minute.
async fn per_client(
    State(state): State<AppState>,
    ClientIp(client): ClientIp,
    request: Request,
    next: Next,
) -> Result<Response, ApiError> {
    let limit = Limit {
        max: state.settings.api_requests_per_minute,
        window_minutes: 1,
        lock_minutes: 1,
    };
    let key = format!("api-from:{}", client_key(client));
    if let Some(until) = throttle::take(&state.bookkeeping(), &key, limit).await? {
        let seconds = (until - chrono::Utc::now()).num_seconds().max(1);
        return Err(ApiError::TooManyRequests(seconds.unsigned_abs()));
    }
    let mut response = next.run(request).await;
    // Public data, the same for everyone: shared caches may keep it a
    // minute (not a failure, which the next request may not meet).
    if response.status().is_success() {
        response.headers_mut().insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("public, max-age=60"),
        );
    }
    Ok(response)
}

#[cfg(test)]
mod tests {
    use axum::body::Body;
    use tower::ServiceExt;

    use super::*;

    async fn answer_of(handler: axum::routing::MethodRouter) -> (StatusCode, String, String) {
        let api = failures_in_json(Router::new().route("/", handler));
        let answer = api
            .oneshot(Request::new(Body::empty()))
            .await
            .expect("an answer");
        let status = answer.status();
        let content_type = answer.headers()[header::CONTENT_TYPE]
            .to_str()
            .unwrap_or_default()
            .to_string();
        let body = axum::body::to_bytes(answer.into_body(), 1024)
            .await
            .expect("a body");
        (status, content_type, String::from_utf8_lossy(&body).into())
    }

    #[tokio::test]
    async fn a_panic_answers_in_json() {
        async fn hostile() -> StatusCode {
            panic!("a request that breaks a handler")
        }
        let (status, content_type, body) = answer_of(get(hostile)).await;
        assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
        assert_eq!(content_type, "application/json");
        assert_eq!(
            body,
            r#"{"error":"the server could not answer; try again later"}"#
        );
    }

    #[tokio::test(start_paused = true)]
    async fn too_long_an_answer_is_a_json_503() {
        let (status, content_type, body) = answer_of(get(|| async {
            tokio::time::sleep(ANSWER_WITHIN * 2).await;
        }))
        .await;
        assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(content_type, "application/json");
        assert!(body.contains("too busy"), "{body}");
    }
}
