//! Working groups: the organisation's process ends with "possible actions,
//! either individual or within a working group". Groups are listed
//! publicly or kept private (`public`), and editors create them, set their
//! stage and manage their members (`manage`). Proposals' decisions name a
//! group; this feature uses the lines of work and the people directory.

mod discussions;
mod documents;
pub mod entities;
mod form;
mod joining;
mod manage;
mod meetings;
mod members;
mod notifications;
mod personal_data;
mod public;
pub mod queries;
mod workspace;

use axum::{
    Router,
    extract::DefaultBodyLimit,
    routing::{get, post},
};

pub use meetings::send_due_reminders;
pub use notifications::send_daily_digest;
pub use personal_data::Groups as PersonalData;

use crate::web::{FeatureRoutes, page_cache::keepable};

/// A document's form: its title and one file, which may be a little over
/// the limit (refused next to its field, the rest of the form kept).
const UPLOAD_BODY_LIMIT: usize = 2 * crate::uploads::MAX_BYTES;

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
            "/groups/{id}/documents",
            get(documents::list)
                .post(documents::create)
                .layer(DefaultBodyLimit::max(UPLOAD_BODY_LIMIT)),
        )
        .route("/groups/{id}/documents/{document}", get(documents::show))
        .route(
            "/groups/{id}/documents/{document}/versions",
            post(documents::add).layer(DefaultBodyLimit::max(UPLOAD_BODY_LIMIT)),
        )
        .route(
            "/groups/{id}/documents/{document}/versions/{version}/file",
            get(documents::download),
        )
        .route(
            "/groups/{id}/documents/{document}/output",
            post(documents::mark_output),
        )
        .route(
            "/groups/{id}/outputs/{document}",
            get(documents::download_output),
        )
        .route("/groups/{id}/members", get(members::list))
        .route("/groups/{id}/members/shown", post(members::choose_shown))
        .route(
            "/groups/{id}/members/{user_id}/role",
            post(members::change_role),
        )
        .route(
            "/groups/{id}/members/{user_id}/remove",
            post(members::remove),
        )
        .route(
            "/groups/{id}/meetings",
            get(meetings::list).post(meetings::create),
        )
        .route("/groups/{id}/meetings/{meeting}", get(meetings::show))
        .route(
            "/groups/{id}/meetings/{meeting}/edit",
            get(meetings::show_edit).post(meetings::edit),
        )
        .route(
            "/groups/{id}/meetings/{meeting}/minutes",
            post(meetings::save_minutes),
        )
        .route(
            "/groups/{id}/meetings/{meeting}/cancel",
            post(meetings::cancel),
        )
        .route(
            "/groups/{id}/meetings/{meeting}/calendar",
            get(meetings::download),
        )
        .route(
            "/groups/calendar",
            get(meetings::show_feed).post(meetings::change_feed),
        )
        .route("/groups/calendar/{file}", get(meetings::serve_feed))
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
