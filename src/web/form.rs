//! Per-field validation messages for forms. Messages are already in the
//! visitor's language; templates show them next to each field and in a
//! summary at the top of the form.

use std::collections::BTreeMap;

use crate::i18n::Locale;

#[derive(Debug, Default)]
pub struct FieldErrors {
    locale: Option<Locale>,
    messages: BTreeMap<&'static str, String>,
}

impl FieldErrors {
    pub fn new(locale: Locale) -> Self {
        FieldErrors {
            locale: Some(locale),
            messages: BTreeMap::new(),
        }
    }

    /// Records the message `key` (from the locale files) against `field`;
    /// the first problem found for a field is the one shown.
    pub fn add(&mut self, field: &'static str, key: &str) {
        let locale = self.locale.unwrap_or(Locale::En);
        self.messages.entry(field).or_insert_with(|| locale.t(key));
    }

    /// Records an already translated message.
    pub fn add_text(&mut self, field: &'static str, message: String) {
        self.messages.entry(field).or_insert(message);
    }

    pub fn is_empty(&self) -> bool {
        self.messages.is_empty()
    }

    pub fn has(&self, field: &str) -> bool {
        self.messages.contains_key(field)
    }

    pub fn get(&self, field: &str) -> &str {
        self.messages.get(field).map_or("", String::as_str)
    }

    /// (field, message) pairs for the summary at the top of the form.
    pub fn all(&self) -> Vec<(&'static str, &str)> {
        self.messages
            .iter()
            .map(|(field, message)| (*field, message.as_str()))
            .collect()
    }

    /// Ok when nothing was recorded.
    pub fn into_result(self) -> Result<(), FieldErrors> {
        if self.is_empty() { Ok(()) } else { Err(self) }
    }
}

/// A single-use token from a mailed link, in a query string or a form.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct TokenField {
    pub token: String,
}

/// Checks an e-mail address's shape the way mail systems accept it, and
/// returns it in lower case (addresses are compared case-insensitively).
pub fn normalize_email(value: &str) -> Option<String> {
    let email = value.trim().to_lowercase();
    let (local, domain) = email.split_once('@')?;
    let shape_ok = !local.is_empty()
        && local.len() <= 64
        && email.len() <= 254
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !email
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || "<>()[]\\,;:\"".contains(c))
        && !domain.contains('@');
    (shape_ok && email.parse::<lettre::Address>().is_ok()).then_some(email)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_addresses_are_checked_and_lowercased() {
        assert_eq!(
            normalize_email(" Ana.Perez@Example.ORG ").as_deref(),
            Some("ana.perez@example.org")
        );
        for bad in [
            "",
            "no-at-sign",
            "@example.org",
            "ana@",
            "ana@localhost",
            "a b@example.org",
            "ana@@x.org",
            "<ana@x.org>",
        ] {
            assert_eq!(normalize_email(bad), None, "{bad}");
        }
    }

    #[test]
    fn first_problem_of_a_field_is_kept() {
        let mut errors = FieldErrors::new(Locale::En);
        errors.add_text("email", "first".into());
        errors.add_text("email", "second".into());
        assert_eq!(errors.get("email"), "first");
        assert!(errors.into_result().is_err());
    }
}
