//! Shared HTTP plumbing: cookies, CSRF, consent, the page context every
//! template receives, security headers and error pages.

pub mod consent;
pub mod cookies;
pub mod csrf;
pub mod error;
pub mod form;
pub mod headers;
pub mod page;

pub use error::AppError;
pub use page::Page;
