//! Per-field validation messages for forms. Messages are already in the
//! visitor's language; templates show them next to each field and in a
//! summary at the top of the form.

use crate::i18n::Locale;

/// A form's own wording for messages it shares with other forms: pairs of
/// (shared message id, this form's message id). The proposal form asks for
/// the same profile as registration, but must not say "to register…".
pub type OwnWords = &'static [(&'static str, &'static str)];

/// The message ids of the error summary's heading, shared and per form.
const SUMMARY_HEADING: &str = "form-has-errors";

#[derive(Debug, Default)]
pub struct FieldErrors {
    locale: Option<Locale>,
    own_words: OwnWords,
    /// In the order found, which is the form's order: validators check
    /// fields top to bottom, so the summary lists them as the form does.
    messages: Vec<(&'static str, String)>,
}

impl FieldErrors {
    pub fn new(locale: Locale) -> Self {
        FieldErrors {
            locale: Some(locale),
            ..FieldErrors::default()
        }
    }

    /// Errors of a form that words some shared messages its own way.
    pub fn in_own_words(locale: Locale, own_words: OwnWords) -> Self {
        FieldErrors {
            own_words,
            ..FieldErrors::new(locale)
        }
    }

    pub fn locale(&self) -> Locale {
        self.locale.unwrap_or(Locale::En)
    }

    /// The id this form uses for the message `id`.
    fn worded(&self, id: &str) -> String {
        self.own_words
            .iter()
            .find(|(shared, _)| *shared == id)
            .map_or(id, |(_, own)| own)
            .to_string()
    }

    /// Records the message `key` (from the locale files) against `field`;
    /// the first problem found for a field is the one shown.
    pub fn add(&mut self, field: &'static str, key: &str) {
        let message = self.message(key);
        self.add_text(field, message);
    }

    /// The message `key` in the form's language and words, to be recorded
    /// with more said around it (`add_text`).
    pub fn message(&self, key: &str) -> String {
        self.locale().t(&self.worded(key))
    }

    /// Records an already translated message.
    pub fn add_text(&mut self, field: &'static str, message: String) {
        if !self.has(field) {
            self.messages.push((field, message));
        }
    }

    pub fn is_empty(&self) -> bool {
        self.messages.is_empty()
    }

    pub fn has(&self, field: &str) -> bool {
        self.messages.iter().any(|(name, _)| *name == field)
    }

    pub fn get(&self, field: &str) -> &str {
        self.messages
            .iter()
            .find(|(name, _)| *name == field)
            .map_or("", |(_, message)| message.as_str())
    }

    /// (field, message) pairs for the summary at the top of the form.
    pub fn all(&self) -> Vec<(&'static str, &str)> {
        self.messages
            .iter()
            .map(|(field, message)| (*field, message.as_str()))
            .collect()
    }

    /// The summary's heading, in the form's words.
    pub fn heading(&self) -> String {
        self.locale().t(&self.worded(SUMMARY_HEADING))
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
    /// The trimmed text with every line break a plain `\n` (as HTML
    /// normalises them: CRLF, then a lone CR), or the one bound it misses.
    /// Counted once plain: browsers send each line break of a text area as
    /// two characters, while the person sees (and we keep) one.
    pub fn check(self, value: &str) -> Result<String, TextProblem> {
        let kept = value.trim().replace("\r\n", "\n").replace('\r', "\n");
        let count = kept.chars().count();
        if count < self.min {
            Err(TextProblem::TooShort)
        } else if count > self.max {
            Err(TextProblem::TooLong {
                max: self.max,
                count,
            })
        } else {
            Ok(kept)
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
                let message = self.locale().t_args(
                    &self.worded("field-too-long"),
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

impl FieldErrors {
    /// The day typed in a date field (`YYYY-MM-DD`, as date inputs send
    /// it): none when left empty, or none with `invalid_key` recorded.
    pub fn optional_date(
        &mut self,
        field: &'static str,
        typed: &str,
        invalid_key: &str,
    ) -> Option<chrono::NaiveDate> {
        let typed = typed.trim();
        if typed.is_empty() {
            return None;
        }
        let parsed = chrono::NaiveDate::parse_from_str(typed, "%Y-%m-%d").ok();
        if parsed.is_none() {
            self.add(field, invalid_key);
        }
        parsed
    }
}

/// A day as the site stores it: `YYYY-MM-DD` text.
pub fn stored_day(day: Option<chrono::NaiveDate>) -> Option<String> {
    day.map(|d| d.format("%Y-%m-%d").to_string())
}

/// A day stored as `YYYY-MM-DD` text, read back; none when it is not one.
pub fn day_of_stored(text: &str) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

/// `?saved=true`, which a form's page gets after a save, to say so.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct SavedQuery {
    pub saved: bool,
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
    fn line_breaks_count_as_one_character_as_people_see_them() {
        let bounds = TextBounds { min: 4, max: 5 };
        assert_eq!(bounds.check("a\r\nb"), Err(TextProblem::TooShort));
        assert_eq!(bounds.check("ab\r\ncd").as_deref(), Ok("ab\ncd"));
        assert_eq!(bounds.check("a\r\r\nbc").as_deref(), Ok("a\n\nbc"));
    }

    #[test]
    fn first_problem_of_a_field_is_kept() {
        let mut errors = FieldErrors::new(Locale::En);
        errors.add_text("email", "first".into());
        errors.add_text("email", "second".into());
        assert_eq!(errors.get("email"), "first");
        assert!(errors.into_result().is_err());
    }

    mod properties {
        use proptest::prelude::*;

        use super::super::*;

        /// Text as people type it: letters, spaces, Windows and Unix line
        /// breaks, and now and then any character at all.
        fn typed_text() -> impl Strategy<Value = String> {
            let piece = prop_oneof![
                4 => "[a-zA-Zé ]{1,4}",
                1 => Just("\r\n".to_string()),
                1 => prop::sample::select(vec!["\n", "\r", "\t", " "]).prop_map(String::from),
                1 => any::<char>().prop_map(String::from),
            ];
            prop::collection::vec(piece, 0..20).prop_map(|pieces| pieces.concat())
        }

        /// Addresses people write, with odd cases and spaces around, and
        /// anything else.
        fn email_like() -> impl Strategy<Value = String> {
            prop_oneof![
                " {0,2}[A-Za-z0-9._%+-]{1,20}@[A-Za-z0-9-]{1,12}(\\.[A-Za-z]{2,6}){1,2} {0,2}",
                "[A-Za-z@. ,;<>()\\[\\]\"\\\\]{0,30}",
                any::<String>(),
            ]
        }

        /// How many characters a person sees in `text`, trimmed: a line
        /// break is one, however it was sent.
        fn plain_count(text: &str) -> usize {
            text.trim().chars().count() - text.trim().matches("\r\n").count()
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(2000))]

            /// The kept text is what the limits were checked on.
            #[test]
            fn kept_text_is_within_its_bounds(
                text in typed_text(),
                min in 0usize..12,
                extra in 0usize..12,
            ) {
                let bounds = TextBounds { min, max: min + extra };
                match bounds.check(&text) {
                    Ok(kept) => {
                        let count = kept.chars().count();
                        prop_assert!(min <= count && count <= bounds.max, "{count} in {bounds:?}");
                        prop_assert!(!kept.contains('\r'));
                        prop_assert_eq!(kept.trim(), kept.as_str());
                    }
                    Err(TextProblem::TooShort) => {
                        prop_assert!(plain_count(&text) < min);
                    }
                    Err(TextProblem::TooLong { max, count }) => {
                        prop_assert_eq!(max, bounds.max);
                        prop_assert!(count > max);
                        prop_assert_eq!(count, plain_count(&text));
                    }
                }
            }

            /// An accepted address is lower case, trimmed, accepted again
            /// as it is, and one that mail can be sent to.
            #[test]
            fn a_normalized_address_is_stable_and_mailable(typed in email_like()) {
                if let Some(email) = normalize_email(&typed) {
                    prop_assert_eq!(normalize_email(&email), Some(email.clone()));
                    prop_assert_eq!(email.to_lowercase(), email.as_str());
                    prop_assert_eq!(email.trim(), email.as_str());
                    prop_assert!(email.parse::<lettre::Address>().is_ok());
                    prop_assert_eq!(email.matches('@').count(), 1);
                    if typed.is_ascii() {
                        prop_assert_eq!(normalize_email(&typed.to_uppercase()), Some(email));
                    }
                }
            }
        }
    }
}
