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

/// What is wrong with a free-text field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextProblem {
    /// Shorter than the field's minimum (for most fields: empty).
    TooShort,
    TooLong {
        max: usize,
        count: usize,
    },
}

/// The length a free-text field accepts, in characters, once trimmed.
/// Control characters never reach a form: `text_input` refuses them.
#[derive(Clone, Copy, Debug)]
pub struct TextBounds {
    pub min: usize,
    pub max: usize,
}

impl TextBounds {
    /// The trimmed text with Windows line breaks made plain, or the one
    /// bound it misses.
    pub fn check(self, value: &str) -> Result<String, TextProblem> {
        let trimmed = value.trim();
        let count = trimmed.chars().count();
        if count < self.min {
            Err(TextProblem::TooShort)
        } else if count > self.max {
            Err(TextProblem::TooLong {
                max: self.max,
                count,
            })
        } else {
            Ok(trimmed.replace("\r\n", "\n"))
        }
    }
}

impl FieldErrors {
    /// Records the message for the bound a text missed: the field's own
    /// `too_short_key` (which says what to write), or the shared message
    /// naming the limit and the length sent.
    pub fn add_text_problem(
        &mut self,
        field: &'static str,
        problem: TextProblem,
        too_short_key: &str,
    ) {
        match problem {
            TextProblem::TooShort => self.add(field, too_short_key),
            TextProblem::TooLong { max, count } => {
                let locale = self.locale.unwrap_or(Locale::En);
                let message = locale.t_args(
                    "field-too-long",
                    &[("max", max.into()), ("count", count.into())],
                );
                self.add_text(field, message);
            }
        }
    }

    /// The checked text of a field, or `None` with its problem recorded.
    pub fn checked_text(
        &mut self,
        field: &'static str,
        value: &str,
        bounds: TextBounds,
        too_short_key: &str,
    ) -> Option<String> {
        bounds
            .check(value)
            .map_err(|problem| self.add_text_problem(field, problem, too_short_key))
            .ok()
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
    fn each_bound_of_a_text_has_its_own_message() {
        let bounds = TextBounds { min: 30, max: 100 };
        assert_eq!(bounds.check("  short  "), Err(TextProblem::TooShort));
        assert_eq!(
            bounds.check(&"x".repeat(101)),
            Err(TextProblem::TooLong {
                max: 100,
                count: 101
            })
        );
        assert_eq!(
            bounds
                .check(&format!(" {}\r\nend ", "y".repeat(30)))
                .as_deref(),
            Ok(format!("{}\nend", "y".repeat(30)).as_str())
        );
        let mut errors = FieldErrors::new(Locale::En);
        errors.add_text_problem(
            "text",
            bounds.check(&"x".repeat(101)).unwrap_err(),
            "unused",
        );
        assert!(errors.get("text").contains("100"), "{}", errors.get("text"));
        assert!(errors.get("text").contains("101"), "{}", errors.get("text"));
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
