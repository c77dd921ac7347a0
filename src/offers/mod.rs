//! Offers: what the organisation offers a person once it has decided on
//! their proposal — a place in a working group, in a given role, or an
//! individual action — with the expected commitment and dates, and the
//! person's answer: accept, decline, or suggest other terms. Staff revise
//! an offer and send it again until it is accepted.
//!
//! The terms are checked in `terms` and the answers in `answers`, stored
//! in `store` (an accepted place in a group is a membership at once), and
//! shown by `view`. The proposals feature sends offers with its decisions
//! and takes the answers on the proposal's private page; editors also
//! invite members directly (`invite`), who answer on their account
//! (`mine`), with the mails of `notify`.

pub mod answers;
pub mod entities;
mod invite;
mod mine;
mod notify;
mod personal_data;
pub mod store;
pub mod terms;
pub mod view;

use axum::{
    Router,
    routing::{get, post},
};

pub use personal_data::Offers as PersonalData;

use crate::web::FeatureRoutes;

/// Members answer their invitations; editors send them.
pub fn routes() -> FeatureRoutes {
    let public = Router::new()
        .route("/account/invitations", get(mine::list))
        .route("/account/invitations/{id}", get(mine::show))
        .route("/account/invitations/{id}/accept", post(mine::accept))
        .route("/account/invitations/{id}/decline", post(mine::decline))
        .route("/account/invitations/{id}/counter", post(mine::counter));
    let editor = Router::new()
        .route("/groups/{id}/invite", get(invite::show))
        .route(
            "/groups/{id}/invite/{user_id}",
            get(invite::show_person).post(invite::send),
        );
    FeatureRoutes {
        public,
        editor,
        ..FeatureRoutes::default()
    }
}
