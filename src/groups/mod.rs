//! Working groups: the organisation's process ends with "possible actions,
//! either individual or within a working group". Groups are listed
//! publicly or kept private (`public`), and editors create them, set their
//! stage and manage their members (`manage`). Proposals' decisions name a
//! group; this feature uses the lines of work and the people directory.

mod discussions;
pub mod entities;
mod form;
mod joining;
mod manage;
mod notifications;
mod personal_data;
mod public;
pub mod queries;
mod workspace;

use axum::{
    Router,
    routing::{get, post},
};

pub use personal_data::Groups as PersonalData;

use crate::web::{FeatureRoutes, page_cache::keepable};

pub fn routes() -> FeatureRoutes {
    let public = Router::new()
        .route("/groups", get(public::list).layer(keepable()))
        .route("/groups/{id}", get(public::show).layer(keepable()))
        .route("/groups/{id}/join", post(joining::ask))
        .route(
            "/groups/{id}/requests/{user_id}/accept",
            post(joining::accept),
        )
        .route(
            "/groups/{id}/requests/{user_id}/decline",
            post(joining::decline),
        )
        .route(
            "/groups/{id}/discussions",
            get(discussions::list).post(discussions::create),
        )
        .route(
            "/groups/{id}/discussions/{thread}",
            get(discussions::show).post(discussions::reply),
        )
        .route(
            "/groups/{id}/discussions/{thread}/posts/{post}/edit",
            get(discussions::show_edit).post(discussions::edit),
        )
        .route(
            "/groups/{id}/notifications",
            post(discussions::choose_notifications),
        )
        .route(
            "/groups/{id}/notifications/stop",
            get(notifications::show_stop).post(notifications::stop),
        );
    let editor = Router::new()
        .route("/groups", get(manage::list).post(manage::create))
        .route("/groups/{id}", get(manage::show).post(manage::update))
        .route("/groups/{id}/members", post(manage::add_member))
        .route(
            "/groups/{id}/members/{user_id}/remove",
            post(manage::remove_member),
        );
    FeatureRoutes {
        public,
        editor,
        ..FeatureRoutes::default()
    }
}
