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
use tower_http::cors::{Any, CorsLayer};
use utoipa::ToSchema;

use crate::{
    state::AppState,
    throttle::{self, Limit},
    web::ClientIp,
};

/// Where the API lives; a later, incompatible version gets `/api/v2`.
pub const BASE: &str = "/api/v1";

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
        .route_layer(middleware::from_fn_with_state(state.clone(), per_client))
        .layer(
            CorsLayer::new()
                .allow_origin(Any)
                .allow_methods([Method::GET, Method::HEAD])
                .expose_headers([header::RETRY_AFTER])
                .max_age(PREFLIGHT_MAX_AGE),
        );
    Router::new().nest(BASE, api)
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
