//! The public collaboration form: what it asks, how each answer is checked,
//! and the spam defences that need no JavaScript and no third party.

use serde::Deserialize;

use crate::{
    lines_of_work::LineOption,
    people::profile::{Profile, ProfileInput},
    safeguarding::{Field, Masked},
    web::{
        form::{FieldErrors, OwnWords, TextBounds, normalize_email},
        human_check,
    },
};

pub const COLLABORATION_KINDS: [&str; 3] = ["individual", "working-group", "either"];
const TITLE: TextBounds = TextBounds { min: 1, max: 200 };
const DESCRIPTION: TextBounds = TextBounds {
    min: 30,
    max: 10_000,
};
/// Free text such as a specialisation or a message.
pub const LONG_TEXT: TextBounds = TextBounds {
    min: 1,
    max: 10_000,
};

/// The proposal part of the form, as typed.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct ProposalInput {
    pub email: String,
    pub specialisation: String,
    pub title: String,
    pub description: String,
    pub collaboration_kind: String,
    pub consent: Option<String>,
    /// Signed time the form was shown.
    pub started: String,
    /// Honeypot: hidden from people, filled by bots.
    pub website: String,
    /// Signed id of a file kept from an earlier attempt.
    pub kept_attachment: String,
    /// Sent by "Send with these details hidden" (`safeguarding::Scan`).
    pub safeguarding_confirmation: String,
}

/// A proposal that passed validation.
pub struct ValidProposal {
    pub profile: Profile,
    pub email: String,
    pub specialisation: String,
    pub title: String,
    pub description: String,
    pub collaboration_kind: &'static str,
}

/// The proposal form's own words for what it shares with registration:
/// it is not a registration, and it asks for lines of work, not areas of
/// specialisation.
pub const OWN_WORDS: OwnWords = &[
    ("form-has-errors", "proposal-has-errors"),
    // The file is optional here: the messages also offer to send none.
    ("upload-too-large", "proposal-attachment-too-large"),
    ("upload-empty", "proposal-attachment-empty"),
    ("upload-type", "proposal-attachment-type"),
    ("upload-damaged", "proposal-attachment-damaged"),
    ("upload-active", "proposal-attachment-active"),
    ("upload-protected", "proposal-attachment-protected"),
    ("upload-overpacked", "proposal-attachment-overpacked"),
    (
        "field-account-type-missing",
        "proposal-account-type-missing",
    ),
    ("field-name-missing", "proposal-name-missing"),
    ("field-name-invalid", "proposal-name-invalid"),
    (
        "field-organisation-missing",
        "proposal-organisation-missing",
    ),
    ("field-sector-missing", "proposal-sector-missing"),
    ("field-country-missing", "proposal-country-missing"),
    ("field-languages-missing", "proposal-languages-missing"),
    ("field-lines-missing", "proposal-lines-missing"),
    ("field-email-invalid", "proposal-email-invalid"),
    ("field-too-long", "proposal-too-long"),
    ("field-consent-missing", "proposal-consent-missing"),
];

impl ProposalInput {
    /// Checks every field. `account_email` is the signed-in member's
    /// address, used instead of the typed one.
    pub fn validate(
        &self,
        profile: &ProfileInput,
        lines: &[LineOption],
        account_email: Option<&str>,
        errors: &mut FieldErrors,
    ) -> Option<ValidProposal> {
        let profile = profile.validate(lines, errors);
        let email = match account_email {
            Some(email) => Some(email.to_string()),
            None => normalize_email(&self.email),
        };
        if email.is_none() {
            errors.add("email", "field-email-invalid");
        }
        let specialisation = errors.checked_text(
            "specialisation",
            &self.specialisation,
            LONG_TEXT,
            "proposal-specialisation-missing",
        );
        let title = errors.checked_text("title", &self.title, TITLE, "proposal-title-missing");
        let description = errors.checked_text(
            "description",
            &self.description,
            DESCRIPTION,
            "proposal-description-length",
        );
        let collaboration_kind = COLLABORATION_KINDS
            .iter()
            .copied()
            .find(|k| *k == self.collaboration_kind);
        if collaboration_kind.is_none() {
            errors.add("collaboration_kind", "proposal-kind-missing");
        }
        if !errors.is_empty() {
            return None;
        }
        Some(ValidProposal {
            profile: profile?,
            email: email?,
            specialisation: specialisation?,
            title: title?,
            description: description?,
            collaboration_kind: collaboration_kind?,
        })
    }

    /// The last field of the form, checked after the attachment above it
    /// so that the error summary follows the form's order.
    pub fn check_consent(&self, errors: &mut FieldErrors) {
        if self.consent.is_none() {
            errors.add("consent", "field-consent-missing");
        }
    }

    /// The form's spam defences as sent (`web::human_check`).
    pub fn human_check(&self) -> human_check::Sent<'_> {
        human_check::Sent {
            started: &self.started,
            website: &self.website,
        }
    }
}

impl ValidProposal {
    /// The texts read for a child's details before the proposal is sent,
    /// with the messages that label them in the form.
    pub fn texts(&self) -> [Field<'_>; 3] {
        [
            Field {
                name: "specialisation",
                label: "proposal-specialisation",
                text: &self.specialisation,
            },
            Field {
                name: "title",
                label: "proposal-title",
                text: &self.title,
            },
            Field {
                name: "description",
                label: "proposal-description",
                text: &self.description,
            },
        ]
    }

    /// The texts as they are stored: with the details the sender
    /// confirmed hidden.
    pub fn masked(self, masked: &Masked) -> ValidProposal {
        ValidProposal {
            specialisation: masked.text("specialisation"),
            title: masked.text("title"),
            description: masked.text("description"),
            ..self
        }
    }
}

/// What the signed reference to a kept attachment is for
/// (`uploads::kept_token`).
pub const KEPT_ATTACHMENT: &str = "kept-attachment";
