//! Accounts: registration with e-mail confirmation, login and logout,
//! password recovery, profile, roles, and each person's own data.

pub mod admin;
pub mod cli;
pub mod entities;
mod login;
mod mailed_link;
mod mails;
mod me;
mod notice;
mod own;
pub mod password;
mod profile;
mod recovery;
mod register;
pub mod sessions;
mod sign_in_link;
pub mod tokens;

use axum::{
    Router,
    routing::{get, post},
};

pub use login::sign_in;
pub use register::{NewAccount, account_exists, create_confirmed_account};

use crate::web::{FeatureRoutes, page_cache::keepable};

pub fn routes() -> FeatureRoutes {
    let public = Router::new()
        .route(
            "/register",
            get(register::show_register)
                .layer(keepable())
                .post(register::register),
        )
        .route("/register/sent", get(register::show_sent))
        .route(
            "/account/confirm",
            get(register::show_confirm).post(register::confirm),
        )
        .route(
            "/account/confirm/resend",
            get(register::show_resend).post(register::resend),
        )
        .route(
            "/login",
            get(login::show_login).layer(keepable()).post(login::login),
        )
        .route("/logout", post(login::logout))
        .route(
            "/login/link",
            get(sign_in_link::show_request).post(sign_in_link::request),
        )
        .route(
            "/login/link/use",
            get(sign_in_link::show_use).post(sign_in_link::use_link),
        )
        .route(
            "/password-reset",
            get(recovery::show_request).post(recovery::request),
        )
        .route(
            "/password-reset/new",
            get(recovery::show_new_password).post(recovery::set_new_password),
        )
        .route(
            "/account",
            get(own::handlers::show_profile).post(own::handlers::save_profile),
        )
        .route(
            "/account/password",
            get(own::handlers::show_change_password).post(own::handlers::change_password),
        )
        .route(
            "/account/email",
            get(own::handlers::show_change_email).post(own::handlers::change_email),
        )
        .route(
            "/account/email/confirm",
            get(own::handlers::show_confirm_email_change).post(own::handlers::confirm_email_change),
        )
        .route("/account/alerts", post(own::handlers::save_alerts))
        .route("/account/time-zone", post(own::handlers::save_time_zone))
        .route("/account/data", get(own::handlers::download_data))
        .route(
            "/account/delete",
            get(own::handlers::show_delete).post(own::handlers::delete_account),
        );
    let admin = Router::new()
        .route("/users", get(admin::show_users))
        .route("/users/{id}/roles", post(admin::change_roles));
    FeatureRoutes {
        public,
        admin,
        ..FeatureRoutes::default()
    }
}
