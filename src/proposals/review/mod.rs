//! A proposal seen by staff: its facts and thread, who evaluates it, the
//! evaluations, internal comments, requests for more information, and the
//! audit trail.
//!
//! `handlers` only extract, call and render; `services` hold one use case
//! each, in one transaction; `page` builds the review page's view model.

pub mod handlers;
pub(super) mod page;
mod services;
