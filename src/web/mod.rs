//! Shared HTTP plumbing: cookies, CSRF, consent, the page context every
//! template receives, security headers and error pages.

pub mod atom;
pub mod client_ip;
pub mod consent;
pub mod cookies;
pub mod csrf;
pub mod current_user;
pub mod error;
pub mod form;
pub mod form_limit;
pub mod headers;
pub mod human_check;
pub mod ical;
pub mod markdown;
pub mod options;
pub mod page;
pub mod page_cache;
pub mod pager;
pub mod record_form;
pub mod robots;
pub mod roles;
pub mod routes;
pub mod rows;
pub mod side_by_side;
pub mod site;
pub mod sitemap;
pub mod slugs;
pub mod text_input;
pub mod unabandoned;

pub use client_ip::ClientIp;
pub use current_user::{CurrentUser, RequireUser};
pub use error::AppError;
pub use page::Page;
pub use roles::{Role, Roles};
pub use routes::FeatureRoutes;
