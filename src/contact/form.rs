//! The contact form: what it asks and how each answer is checked.

use serde::Deserialize;

use crate::web::{
    form::{FieldErrors, TextBounds, normalize_email},
    human_check,
};

const NAME: TextBounds = TextBounds { min: 1, max: 200 };
const SUBJECT: TextBounds = TextBounds { min: 1, max: 200 };
const MESSAGE: TextBounds = TextBounds {
    min: 10,
    max: 10_000,
};

/// What the signed reference to a kept file is for (`uploads::kept_token`).
pub const KEPT_FILE: &str = "kept-contact-file";

/// The form as typed, shown again when something is wrong.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct ContactInput {
    pub name: String,
    pub email: String,
    pub subject: String,
    pub message: String,
    pub consent: Option<String>,
    /// Signed time the form was shown (`web::human_check`).
    pub started: String,
    /// The spam trap: hidden from people.
    pub website: String,
    /// Signed id of a file kept from an earlier attempt.
    pub kept_file: String,
}

/// A message that passed its checks.
pub struct ValidMessage {
    pub name: String,
    pub email: String,
    pub subject: String,
    pub message: String,
}

impl ContactInput {
    pub fn human_check(&self) -> human_check::Sent<'_> {
        human_check::Sent {
            started: &self.started,
            website: &self.website,
        }
    }

    /// The message, or none with each problem next to its field. The
    /// consent, below the file, is checked apart (`check_consent`) so the
    /// summary follows the form's order.
    pub fn validate(&self, errors: &mut FieldErrors) -> Option<ValidMessage> {
        let name = errors.checked_text("name", &self.name, NAME, "contact-name-missing");
        let email = normalize_email(&self.email);
        if email.is_none() {
            errors.add("email", "contact-email-invalid");
        }
        let subject =
            errors.checked_text("subject", &self.subject, SUBJECT, "contact-subject-missing");
        let message =
            errors.checked_text("message", &self.message, MESSAGE, "contact-message-short");
        Some(ValidMessage {
            name: name?,
            email: email?,
            subject: subject?,
            message: message?,
        })
    }

    pub fn check_consent(&self, errors: &mut FieldErrors) {
        if self.consent.is_none() {
            errors.add("consent", "contact-consent-missing");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;

    fn problems(input: &ContactInput) -> Vec<(&'static str, String)> {
        let mut errors = FieldErrors::new(Locale::En);
        let _ = input.validate(&mut errors);
        input.check_consent(&mut errors);
        errors
            .all()
            .into_iter()
            .map(|(field, message)| (field, message.to_string()))
            .collect()
    }

    #[test]
    fn every_field_is_checked_in_the_form_s_order() {
        let fields: Vec<&str> = problems(&ContactInput::default())
            .into_iter()
            .map(|(field, _)| field)
            .collect();
        assert_eq!(fields, ["name", "email", "subject", "message", "consent"]);
    }

    #[test]
    fn a_complete_message_passes() {
        let input = ContactInput {
            name: " Lucía Fernández ".into(),
            email: "Lucia@Example.org".into(),
            subject: "Training request".into(),
            message: "We would like to know more about your training.".into(),
            consent: Some("yes".into()),
            ..ContactInput::default()
        };
        assert!(problems(&input).is_empty());
        let valid = input
            .validate(&mut FieldErrors::new(Locale::En))
            .expect("valid");
        assert_eq!(valid.name, "Lucía Fernández");
    }
}
