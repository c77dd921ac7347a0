//! Every form sent to the site counts against its sender's address:
//! beyond `OBSERVATORY_FORMS_PER_HOUR` posts in an hour, an address gets
//! the "too many forms" page for a while. This is the floor under every
//! form that stores data or sends mail; forms that need tighter limits
//! (login, password reset, proposals) add their own.

use axum::{
    extract::{FromRequestParts, Request, State},
    http::Method,
    middleware::Next,
    response::{IntoResponse, Response},
};

use super::{AppError, ClientIp};
use crate::{
    state::AppState,
    throttle::{self, Limit},
};

/// How long an address that sent too many forms waits.
const LOCK_MINUTES: i64 = 15;

pub async fn limit_posts(State(state): State<AppState>, request: Request, next: Next) -> Response {
    if request.method() != Method::POST {
        return next.run(request).await;
    }
    let (mut parts, body) = request.into_parts();
    let client = match ClientIp::from_request_parts(&mut parts, &state).await {
        Ok(ClientIp(client)) => client,
        Err(error) => return error.into_response(),
    };
    let key = format!("forms-from:{client}");
    let limit = Limit {
        max: state.settings.forms_per_hour,
        window_minutes: 60,
        lock_minutes: LOCK_MINUTES,
    };
    match throttle::locked_until(&state.db, &[&key]).await {
        Ok(Some(_)) => return AppError::TooManyRequests.into_response(),
        Ok(None) => {}
        Err(error) => return AppError::from(error).into_response(),
    }
    if let Err(error) = throttle::record(&state.db, &[(&key, limit)]).await {
        return AppError::from(error).into_response();
    }
    next.run(Request::from_parts(parts, body)).await
}
