//! The person's answer forms, as typed and checked: the same on a
//! proposal's page and on a member's list of invitations.

use sea_orm::DbErr;
use serde::Deserialize;

use super::{
    entities::{Status, offer},
    store::{Answer, Counter},
    terms::{period, role},
};
use crate::{
    groups::entities::Keyed,
    i18n::Locale,
    safeguarding::{Field, Masked, Screened, Subject, masking::Warning, screen},
    state::AppState,
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
    /// Sent by "Send with these details hidden" (`safeguarding::Scan`).
    pub safeguarding_confirmation: String,
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

/// The answer form a warning about a child's details is about: the box
/// that confirms it goes in that form. None for a page warned about
/// something else (a reply on a proposal's thread), or not at all.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Warned {
    #[default]
    None,
    Counter,
    Decline,
}

impl Warned {
    pub fn any(&self) -> bool {
        *self != Warned::None
    }

    pub fn is_counter(&self) -> bool {
        *self == Warned::Counter
    }

    pub fn is_decline(&self) -> bool {
        *self == Warned::Decline
    }
}

/// An answer's words read for a child's details before they are sent, as
/// a proposal is: the warning (and the form it is about), or the answer
/// with its words as they are stored and the details hidden in them.
pub async fn screened(
    state: &AppState,
    answer: Answer,
    (sender, confirmation): (Option<&str>, &str),
    locale: Locale,
) -> Result<Result<(Answer, Option<Masked>), (Warning, Warned)>, DbErr> {
    let Some((words, label)) = answer.words() else {
        return Ok(Ok((answer, None)));
    };
    let texts = [Field {
        name: "answer_message",
        label,
        text: words,
    }];
    let sender = (sender, confirmation);
    match screen(state, &texts, sender, Subject::Offer, locale).await? {
        Screened::Warn(warning) => {
            let warned = match answer {
                Answer::Counter(_) => Warned::Counter,
                _ => Warned::Decline,
            };
            Ok(Err((warning, warned)))
        }
        Screened::Send(masked) => {
            let words = masked.text("answer_message");
            Ok(Ok((answer.with_words(words), Some(masked))))
        }
    }
}
