//! The organisation's lines of work: the taxonomy people choose their
//! specialisation from, proposals are filed and evaluated under, and
//! editors maintain (names and descriptions in every language, order,
//! retirement). Accounts and proposals use it; it uses neither.

mod editing;
pub mod entities;
mod queries;
mod seed;

use axum::{
    Router,
    routing::{get, post},
};

pub use queries::{LineOption, active, all, every};
pub use seed::seed;

use crate::web::FeatureRoutes;

/// The editors' page, under `/staff` behind the editors' guard.
pub fn routes() -> FeatureRoutes {
    let editor = Router::new()
        .route("/lines", get(editing::show).post(editing::create))
        .route("/lines/{id}", post(editing::update));
    FeatureRoutes {
        editor,
        ..FeatureRoutes::default()
    }
}
