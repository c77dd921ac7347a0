//! Every request is carried through to its end, even when its visitor goes
//! away or the request's time runs out. Dropping a handler half way could
//! drop a write transaction while one of its statements was running: the
//! database library then cannot queue its rollback, the connection goes
//! back to the pool still inside the transaction, and the next statements
//! on it hold their row locks forever (seen under load on PostgreSQL as a
//! job worker blocked behind a connection "idle in transaction"). Running
//! the handler as a task of its own means that only the waiting for its
//! answer is abandoned, never the work.

use axum::{
    extract::{Request, State},
    http::StatusCode,
    middleware::Next,
    response::{IntoResponse, Response},
};
use tracing::Instrument;

use super::page_cache;
use crate::state::AppState;

/// A request that a kept page answers does no database work, so it is
/// answered in place: a task of its own would cost about a tenth of the
/// CPU such an answer takes (`bench/run.sh`). Should the page be
/// forgotten in between, its route answers instead: the routes of kept
/// pages only read, and a read dropped half way leaves nothing behind.
pub async fn run_to_the_end_unless_kept(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    if page_cache::answers_at_once(&state, &request) {
        return next.run(request).await;
    }
    run_to_the_end(request, next).await
}

pub async fn run_to_the_end(request: Request, next: Next) -> Response {
    let handling = tokio::spawn(next.run(request).in_current_span());
    match handling.await {
        Ok(response) => response,
        Err(failure) => match failure.try_into_panic() {
            // Raised again here, for the panic page's layer.
            Ok(panic) => std::panic::resume_unwind(panic),
            // Only a runtime shutting down cancels the task.
            Err(_) => StatusCode::SERVICE_UNAVAILABLE.into_response(),
        },
    }
}

#[cfg(test)]
mod tests {
    use std::{
        sync::{Arc, Mutex},
        time::Duration,
    };

    use axum::{Router, body::Body, middleware, routing::get};
    use tokio::sync::oneshot;
    use tower::ServiceExt;

    use super::*;

    #[tokio::test]
    async fn a_request_whose_visitor_left_is_still_carried_to_its_end() {
        let (finished, heard) = oneshot::channel();
        let finished = Arc::new(Mutex::new(Some(finished)));
        let slow = move || async move {
            tokio::time::sleep(Duration::from_millis(100)).await;
            let finished = finished.lock().unwrap().take().expect("called once");
            finished.send(()).expect("the test listens");
            "done"
        };
        let app = Router::new()
            .route("/", get(slow))
            .layer(middleware::from_fn(run_to_the_end));
        let request = Request::get("/").body(Body::empty()).unwrap();
        // The visitor gives up long before the answer.
        let waited = tokio::time::timeout(Duration::from_millis(10), app.oneshot(request)).await;
        assert!(waited.is_err(), "the answer came too early for this test");
        tokio::time::timeout(Duration::from_secs(10), heard)
            .await
            .expect("the handler finished although nobody waited")
            .expect("the handler sent its signal");
    }
}
