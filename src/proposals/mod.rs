//! Collaboration proposals: the public form, confirmation and status page
//! for the person proposing; the queue, evaluation, decision, dashboard and
//! lines of work for staff.

mod access;
pub mod attachments;
mod dashboard;
mod decision;
pub mod entities;
mod form;
mod lines;
mod notify;
mod public;
mod queue;
pub mod regions;
mod review;
pub mod state;
mod workflow;

use axum::{
    Router,
    extract::DefaultBodyLimit,
    routing::{get, post},
};

pub use public::{anonymise_submitter, personal_data, purge_expired};
pub use queue::csv_cell;

use crate::app::AppState;

/// Beyond this the request is cut off with the generic "too large" page.
/// Up to it, an oversized attachment is read past (only its start kept) and
/// refused next to its field, with the rest of the form given back.
const FORM_BODY_LIMIT: usize = 4 * attachments::MAX_BYTES;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/collaborate",
            get(public::show_form)
                .post(public::submit)
                .layer(DefaultBodyLimit::max(FORM_BODY_LIMIT)),
        )
        .route("/collaborate/sent", get(public::show_sent))
        .route(
            "/collaborate/confirm",
            get(public::show_confirm).post(public::confirm),
        )
        .route("/collaborate/status", get(public::show_status_by_token))
        .route("/collaborate/status/reply", post(public::reply))
        .route("/collaborate/status/withdraw", post(public::withdraw))
        .route("/account/proposals", get(public::show_mine))
        .route(
            "/account/proposals/{reference}",
            get(public::show_status_for_member),
        )
        .route("/staff/proposals", get(queue::show_queue))
        .route("/staff/proposals.csv", get(queue::export_csv))
        .route("/staff/proposals/{id}", get(review::show))
        .route(
            "/staff/proposals/{id}/files/{file}",
            get(review::download_attachment),
        )
        .route("/staff/proposals/{id}/assign", post(review::assign))
        .route("/staff/proposals/{id}/unassign", post(review::unassign))
        .route(
            "/staff/proposals/{id}/conflict",
            post(review::declare_conflict),
        )
        .route("/staff/proposals/{id}/evaluate", post(review::evaluate))
        .route("/staff/proposals/{id}/comment", post(review::comment))
        .route(
            "/staff/proposals/{id}/message",
            post(review::message_submitter),
        )
        .route(
            "/staff/proposals/{id}/request-information",
            post(review::request_information),
        )
        .route(
            "/staff/proposals/{id}/decide",
            get(decision::show).post(decision::decide),
        )
        .route("/staff/dashboard", get(dashboard::show))
        .route("/staff/lines", get(lines::show).post(lines::create))
        .route("/staff/lines/{id}", post(lines::update))
}
