//! The person who proposed: their proposal's private status page with the
//! thread, their replies, withdrawal, and a member's list of proposals.
//!
//! `access` proves the proposal is theirs, `services` hold the use cases,
//! `handlers` only extract, call and render.

mod access;
pub mod handlers;
pub mod offer;
mod services;

use crate::{i18n::Locale, state::AppState, web::page::localized_path};

/// The private status page of a proposal: a link signed with the site's key,
/// so it can be sent again in every mail without storing a secret.
pub fn link(state: &AppState, locale: Locale, reference: &str) -> String {
    let token = state.settings.secret_key.sign(access::PURPOSE, reference);
    localized_path(
        locale,
        &format!("/collaborate/status?reference={reference}&token={token}"),
    )
}
