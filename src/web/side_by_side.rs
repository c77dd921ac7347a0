//! Texts written side by side in the site's three languages: per language a
//! heading (a name, a title) and a body (a description, a summary), either
//! empty until someone translates it. Groups and library resources are
//! written this way; this module checks such forms and picks the language
//! a reader is shown.

use std::borrow::Borrow;

use crate::{
    i18n::Locale,
    web::form::{FieldErrors, TextBounds},
};

/// A heading and a body per language, in the order of `Locale::ALL`; empty
/// where not written.
pub type Written = [(String, String); 3];

/// One language's texts in a form, with the names of their fields.
pub struct LanguageTexts<'a> {
    pub locale: Locale,
    pub heading_field: &'static str,
    pub heading: &'a str,
    pub body_field: &'static str,
    pub body: &'a str,
}

/// How a form names its texts' fields, how long they may be, and the
/// messages of its two rules: a body needs its heading, and at least one
/// language has a heading.
pub struct SideBySide {
    /// (heading, body) field names, in the order of `Locale::ALL`.
    pub fields: [(&'static str, &'static str); 3],
    pub heading: TextBounds,
    pub body: TextBounds,
    pub heading_missing: &'static str,
    pub none_written: &'static str,
}

impl SideBySide {
    /// The typed (heading, body) of each language, given in the order of
    /// `Locale::ALL`, with their fields.
    pub fn languages<'a>(&self, typed: [(&'a str, &'a str); 3]) -> [LanguageTexts<'a>; 3] {
        let mut slots = Locale::ALL.into_iter().zip(self.fields).zip(typed);
        std::array::from_fn(|_| {
            let ((locale, (heading_field, body_field)), (heading, body)) =
                slots.next().expect("three languages");
            LanguageTexts {
                locale,
                heading_field,
                heading,
                body_field,
                body,
            }
        })
    }

    /// Checks each language's texts, recording a message per problem.
    pub fn check(&self, typed: [(&str, &str); 3], errors: &mut FieldErrors) -> Option<Written> {
        let mut written = Written::default();
        let mut any_heading = false;
        let mut valid = true;
        for (slot, texts) in written.iter_mut().zip(self.languages(typed)) {
            let heading = errors.checked_text(texts.heading_field, texts.heading, self.heading, "");
            let body = errors.checked_text(texts.body_field, texts.body, self.body, "");
            let (Some(heading), Some(body)) = (heading, body) else {
                valid = false;
                continue;
            };
            if heading.is_empty() && !body.is_empty() {
                errors.add(texts.heading_field, self.heading_missing);
                valid = false;
            }
            any_heading |= !heading.is_empty();
            *slot = (heading, body);
        }
        if !any_heading && valid {
            errors.add(self.fields[0].0, self.none_written);
            valid = false;
        }
        valid.then_some(written)
    }
}

/// Something written side by side: what a reader of each language sees.
pub trait Translated {
    /// The heading and body as written in `locale` (empty if not yet).
    fn texts(&self, locale: Locale) -> (&str, &str);

    /// The language a reader of `locale` reads it in: theirs when it has
    /// been written in it, else the first it has.
    fn shown_language(&self, locale: impl Borrow<Locale>) -> Locale {
        let locale = *locale.borrow();
        std::iter::once(locale)
            .chain(Locale::ALL)
            .find(|language| !self.texts(*language).0.is_empty())
            .unwrap_or(locale)
    }

    /// The heading a reader of `locale` sees (templates pass a reference,
    /// code a value).
    fn heading_in(&self, locale: impl Borrow<Locale>) -> &str {
        self.texts(self.shown_language(locale)).0
    }

    fn body_in(&self, locale: impl Borrow<Locale>) -> &str {
        self.texts(self.shown_language(locale)).1
    }

    /// The languages it is written in.
    fn written_languages(&self) -> Vec<Locale> {
        Locale::ALL
            .into_iter()
            .filter(|language| !self.texts(*language).0.is_empty())
            .collect()
    }

    /// The languages it has not been written in yet.
    fn missing_languages(&self) -> Vec<Locale> {
        Locale::ALL
            .into_iter()
            .filter(|language| self.texts(*language).0.is_empty())
            .collect()
    }
}
