//! Every form sent to the site counts against its sender's address: beyond
//! `OBSERVATORY_FORMS_PER_HOUR` in an hour, an address gets the "too many
//! forms" page for a while. This is the floor under every form that stores
//! data or sends mail; forms that need tighter limits (login, password
//! reset, proposals) add their own.
//!
//! Counted by the CSRF-checked form extractors, once the token is known to
//! be right: a page on another site cannot make visitors' browsers use up
//! an address's budget with forged posts.

use std::net::IpAddr;

use super::AppError;
use crate::{
    state::AppState,
    throttle::{self, Limit},
};

/// How long an address that sent too many forms waits.
const LOCK_MINUTES: i64 = 15;

/// Counts one form from `client`, or refuses it when the address is over
/// its budget.
pub async fn count(state: &AppState, client: IpAddr) -> Result<(), AppError> {
    let key = format!("forms-from:{client}");
    let limit = Limit {
        max: state.settings.forms_per_hour,
        window_minutes: 60,
        lock_minutes: LOCK_MINUTES,
    };
    match throttle::take(&state.bookkeeping(), &key, limit).await? {
        Some(_) => Err(AppError::TooManyRequests),
        None => Ok(()),
    }
}
