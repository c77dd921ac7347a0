//! The public collaboration form: what it asks, how each answer is checked,
//! and the spam defences that need no JavaScript and no third party.

use chrono::Utc;
use serde::Deserialize;

use crate::{
    config::SecretKey,
    lines_of_work::LineOption,
    people::profile::{Profile, ProfileInput},
    web::form::{FieldErrors, OwnWords, TextBounds, normalize_email},
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
/// People take longer than this to fill in the form; scripts do not.
const MIN_FILL_SECONDS: i64 = 3;

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

    pub fn is_spam_trap_filled(&self) -> bool {
        !self.website.trim().is_empty()
    }

    /// Whether the form was shown at least a few seconds ago by this site.
    pub fn filled_by_a_person(&self, key: &SecretKey) -> bool {
        self.shown_at(key)
            .is_some_and(|shown_at| Utc::now().timestamp() - shown_at >= MIN_FILL_SECONDS)
    }

    /// The "shown at" value for the form sent back with errors: the original
    /// one when this site signed it, so that a person who corrects one field
    /// quickly is not taken for a robot.
    pub fn started_for_correction(&self, key: &SecretKey) -> String {
        match self.shown_at(key) {
            Some(_) => self.started.clone(),
            None => started_now(key),
        }
    }

    /// When this site showed the form, if the signed value is genuine.
    fn shown_at(&self, key: &SecretKey) -> Option<i64> {
        let (seconds, _) = self.signed_parts(key)?;
        seconds.parse::<i64>().ok()
    }

    /// The form's single-use key, if the signed value is genuine: a form
    /// sent twice is recognised by it and makes one proposal.
    pub fn form_key(&self, key: &SecretKey) -> Option<String> {
        self.signed_parts(key).map(|(_, nonce)| nonce.to_string())
    }

    /// `seconds.nonce` when this site signed them.
    fn signed_parts(&self, key: &SecretKey) -> Option<(&str, &str)> {
        let (shown, signature) = self.started.rsplit_once('.')?;
        let (seconds, nonce) = shown.split_once('.')?;
        key.verify("form-started", shown, signature)
            .then_some((seconds, nonce))
    }
}

/// The signed "shown at" value for a new form, with a random nonce that
/// makes each form's key unique.
pub fn started_now(key: &SecretKey) -> String {
    let shown = format!(
        "{}.{}",
        Utc::now().timestamp(),
        crate::config::random_hex(16)
    );
    let signature = key.sign("form-started", &shown);
    format!("{shown}.{signature}")
}

/// What the signed reference to a kept attachment is for
/// (`uploads::kept_token`).
pub const KEPT_ATTACHMENT: &str = "kept-attachment";

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn key() -> SecretKey {
        SecretKey::from_text("a key of at least thirty-two characters")
    }

    fn with_started(started: &str) -> ProposalInput {
        ProposalInput {
            started: started.to_string(),
            ..ProposalInput::default()
        }
    }

    /// `text` with the character at `at` replaced by another one that may
    /// appear in these tokens.
    fn changed_at(text: &str, at: usize, pick: usize) -> String {
        const ALPHABET: &[u8] = b"0123456789abcdef.-x";
        let at = at % text.len();
        let mut bytes = text.as_bytes().to_vec();
        let mut replacement = ALPHABET[pick % ALPHABET.len()];
        if replacement == bytes[at] {
            replacement = ALPHABET[(pick + 1) % ALPHABET.len()];
        }
        bytes[at] = replacement;
        String::from_utf8(bytes).expect("ASCII")
    }

    #[test]
    fn a_form_just_shown_is_genuine_but_too_quick() {
        let form = with_started(&started_now(&key()));
        assert!(form.form_key(&key()).is_some());
        assert!(!form.filled_by_a_person(&key()));
        assert_eq!(form.started_for_correction(&key()), form.started);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// Any change to the signed "shown at" value makes it not ours: no
        /// form key, no person, and a fresh value for the corrected form.
        #[test]
        fn a_changed_start_value_is_not_ours(at in any::<usize>(), pick in any::<usize>()) {
            let genuine = started_now(&key());
            let form = with_started(&changed_at(&genuine, at, pick));
            prop_assert_eq!(form.form_key(&key()), None);
            prop_assert!(!form.filled_by_a_person(&key()));
            prop_assert_ne!(form.started_for_correction(&key()), form.started);
        }

        #[test]
        fn any_start_value_is_read_without_panic(started in "[0-9a-f.-]{0,80}|\\PC{0,80}") {
            let form = with_started(&started);
            prop_assert_eq!(form.form_key(&key()), None);
            prop_assert!(!form.filled_by_a_person(&key()));
        }

        #[test]
        fn a_kept_attachment_token_names_its_file_only(
            id in any::<i32>(),
            at in any::<usize>(),
            pick in any::<usize>(),
            typed in "[0-9a-f.-]{0,80}|\\PC{0,80}",
        ) {
            use crate::uploads::{kept_id, kept_token};
            let token = kept_token(&key(), KEPT_ATTACHMENT, id);
            prop_assert_eq!(kept_id(&key(), KEPT_ATTACHMENT, &token), Some(id));
            prop_assert_eq!(kept_id(&key(), KEPT_ATTACHMENT, &changed_at(&token, at, pick)), None);
            prop_assert_eq!(kept_id(&key(), KEPT_ATTACHMENT, &typed), None);
            prop_assert_eq!(kept_id(&key(), "kept-library-file", &token), None);
        }
    }
}
