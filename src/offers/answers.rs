//! The person's answer forms, as typed and checked: the same on a
//! proposal's page and on a member's list of invitations.

use serde::Deserialize;

use super::{
    entities::{Status, offer},
    store::{Answer, Counter},
    terms::{period, role},
};
use crate::{
    groups::entities::Keyed,
    web::{
        AppError,
        form::{FieldErrors, TextBounds},
    },
};

const REASON: TextBounds = TextBounds { min: 0, max: 2_000 };
const COUNTER_MESSAGE: TextBounds = TextBounds { min: 1, max: 2_000 };

/// The decline and counter forms, as typed.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct AnswerInput {
    pub decline_reason: String,
    pub counter_role: String,
    pub counter_starts_on: String,
    pub counter_ends_on: String,
    pub counter_message: String,
}

/// The version of the offer the person saw when they answered.
#[derive(Clone, Copy, Debug, Default, Deserialize)]
#[serde(default)]
pub struct Seen {
    pub revision: i32,
}

impl Seen {
    /// The offer must still wait for an answer, in the version the person
    /// saw: answering twice, or answering an offer revised since the page
    /// was opened, is a conflict.
    pub fn check(self, current: &offer::Model) -> Result<(), AppError> {
        if current.status != Status::Sent || current.revision != self.revision {
            return Err(AppError::Conflict);
        }
        Ok(())
    }
}

/// The answer a page was sent back after (`?answered=…`), to say it
/// arrived; anything else in the address says nothing.
pub fn answered_notice(typed: &str) -> String {
    Status::from_key(typed)
        .filter(|status| *status != Status::Sent)
        .map(Keyed::key)
        .unwrap_or_default()
}

impl AnswerInput {
    /// A decline, with its reason if one was given.
    pub fn decline(&self, errors: &mut FieldErrors) -> Option<Answer> {
        errors
            .checked_text("decline_reason", &self.decline_reason, REASON, "")
            .map(|reason| Answer::Decline { reason })
    }

    /// Other terms: a role (for a place in a group; none keeps the one
    /// offered), dates, and a message saying why, which is required.
    pub fn counter(&self, current: &offer::Model, errors: &mut FieldErrors) -> Option<Answer> {
        let role = if current.group_id.is_some() && !self.counter_role.is_empty() {
            role(&self.counter_role, "counter_role", errors)
        } else {
            None
        };
        let (starts_on, ends_on) = period(
            (&self.counter_starts_on, &self.counter_ends_on),
            ("counter_starts_on", "counter_ends_on"),
            errors,
        );
        let message = errors.checked_text(
            "counter_message",
            &self.counter_message,
            COUNTER_MESSAGE,
            "offer-counter-message-missing",
        );
        if !errors.is_empty() {
            return None;
        }
        Some(Answer::Counter(Counter {
            role,
            starts_on,
            ends_on,
            message: message?,
        }))
    }
}
