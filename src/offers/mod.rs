//! Offers: what the organisation offers a person once it has decided on
//! their proposal — a place in a working group, in a given role, or an
//! individual action — with the expected commitment and dates, and the
//! person's answer: accept, decline, or suggest other terms. Staff revise
//! an offer and send it again until it is accepted.
//!
//! The terms are checked in `terms`, stored and answered in `store` (an
//! accepted place in a group is a membership at once), and shown by
//! `view`. The proposals feature sends offers with its decisions and takes
//! the answers on the proposal's private page.

pub mod entities;
mod personal_data;
pub mod store;
pub mod terms;
pub mod view;

pub use personal_data::Offers as PersonalData;
