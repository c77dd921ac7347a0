//! Collaboration proposals: the public form, confirmation and status page
//! for the person proposing (`submit`, `status`); the queue, evaluation,
//! decision and dashboard for staff (`queue`, `review`, `decision`,
//! `dashboard`). Every change of state goes through `workflow` and the
//! state machine in `state`; every staff route on one proposal loads it
//! through `access::StaffProposal`.

mod access;
pub mod alerts;
pub mod attachments;
mod dashboard;
mod decision;
pub mod entities;
mod form;
pub mod inbox;
mod notify;
mod offer;
mod personal_data;
mod purge;
mod queue;
pub mod retention;
mod review;
pub mod state;
mod status;
mod submit;
pub mod suggestions;
mod view;
mod workflow;

use axum::{
    Router,
    extract::DefaultBodyLimit,
    routing::{get, post},
};

pub use personal_data::Proposals as PersonalData;
pub use purge::purge_expired;
pub use queue::spreadsheet_safe;

use crate::web::{FeatureRoutes, page_cache::keepable};

/// Beyond this the request is cut off with the generic "too large" page.
/// Up to it, an oversized attachment is read past (only its start kept) and
/// refused next to its field, with the rest of the form given back.
const FORM_BODY_LIMIT: usize = 4 * crate::uploads::MAX_BYTES;

/// The collaboration form, the public page of this feature.
pub const FORM_PATH: &str = "/collaborate";

pub fn routes() -> FeatureRoutes {
    let public = Router::new()
        .route(
            FORM_PATH,
            get(submit::handlers::show_form)
                .layer(keepable())
                .post(submit::handlers::submit)
                .layer(DefaultBodyLimit::max(FORM_BODY_LIMIT)),
        )
        .route("/collaborate/sent", get(submit::handlers::show_sent))
        .route(
            "/collaborate/confirm",
            get(submit::handlers::show_confirm).post(submit::handlers::confirm),
        )
        .route(
            "/collaborate/status",
            get(status::handlers::show_status_by_token),
        )
        .route("/collaborate/status/reply", post(status::handlers::reply))
        .route(
            "/collaborate/status/withdraw",
            post(status::handlers::withdraw),
        )
        .route(
            "/collaborate/status/offer/accept",
            post(status::offer::accept),
        )
        .route(
            "/collaborate/status/offer/decline",
            post(status::offer::decline),
        )
        .route(
            "/collaborate/status/offer/counter",
            post(status::offer::counter),
        )
        .route(
            "/collaborate/status/offer/account",
            get(status::offer::show_account).post(status::offer::create_account),
        )
        .route("/account/proposals", get(status::handlers::show_mine))
        .route(
            "/account/proposals/{reference}",
            get(status::handlers::show_status_for_member),
        );
    let staff = Router::new()
        .route("/proposals", get(queue::show_queue))
        .route("/proposals.csv", get(queue::export_csv))
        .route("/proposals/{id}", get(review::handlers::show))
        .route(
            "/proposals/{id}/files/{file}",
            get(review::handlers::download_attachment),
        )
        .route("/proposals/{id}/assign", post(review::handlers::assign))
        .route("/proposals/{id}/unassign", post(review::handlers::unassign))
        .route(
            "/proposals/{id}/conflict",
            post(review::handlers::declare_conflict),
        )
        .route("/proposals/{id}/evaluate", post(review::handlers::evaluate))
        .route("/proposals/{id}/write", post(review::handlers::write))
        .route(
            "/proposals/{id}/decide",
            get(decision::show).post(decision::decide),
        )
        .route("/proposals/{id}/offer", post(offer::revise))
        .route(
            "/proposals/{id}/suggestions",
            post(review::handlers::accept_suggestion),
        )
        .route("/dashboard", get(dashboard::show));
    FeatureRoutes {
        public,
        staff,
        ..FeatureRoutes::default()
    }
}
