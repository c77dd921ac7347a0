//! The form staff fill in to create or change a group, and its checks.

use serde::Deserialize;

use super::entities::{Keyed, Stage, Visibility, working_group};
use crate::{
    i18n::Locale,
    lines_of_work::LineOption,
    web::form::{FieldErrors, TextBounds},
};

/// Each language's name and description may be left empty, as long as one
/// language has both.
const NAME_OR_NONE: TextBounds = TextBounds { min: 0, max: 200 };
const DESCRIPTION_OR_NONE: TextBounds = TextBounds { min: 0, max: 4000 };
const ORGANISATION: TextBounds = TextBounds { min: 0, max: 200 };

/// The group's fields as typed, kept as text to be shown again. Its name
/// and description come in each language, side by side.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct GroupInput {
    pub name_en: String,
    pub description_en: String,
    pub name_es: String,
    pub description_es: String,
    pub name_fr: String,
    pub description_fr: String,
    /// A line of work's slug, or empty for none in particular.
    pub line: String,
    pub coordinating_organisation: String,
    pub visibility: String,
    pub stage: String,
}

/// One language's name and description in the form.
pub struct LanguageTexts<'a> {
    pub locale: Locale,
    pub name_field: &'static str,
    pub name: &'a str,
    pub description_field: &'static str,
    pub description: &'a str,
}

/// A group's fields that passed the checks.
pub struct ValidGroup {
    /// Name and description per language, in the order of `Locale::ALL`;
    /// empty where not written.
    pub texts: [(String, String); 3],
    pub line_id: Option<i32>,
    pub coordinating_organisation: Option<String>,
    pub visibility: Visibility,
    pub stage: Stage,
}

impl GroupInput {
    /// A new group's form: private and forming until staff say otherwise.
    pub fn blank() -> GroupInput {
        GroupInput {
            visibility: Visibility::Private.key(),
            stage: Stage::Forming.key(),
            ..GroupInput::default()
        }
    }

    /// A stored group's form.
    pub fn of(group: &working_group::Model, lines: &[LineOption]) -> GroupInput {
        GroupInput {
            name_en: group.name_en.clone(),
            description_en: group.description_en.clone(),
            name_es: group.name_es.clone(),
            description_es: group.description_es.clone(),
            name_fr: group.name_fr.clone(),
            description_fr: group.description_fr.clone(),
            line: lines
                .iter()
                .find(|line| Some(line.id) == group.line_id)
                .map(|line| line.slug.clone())
                .unwrap_or_default(),
            coordinating_organisation: group.coordinating_organisation.clone().unwrap_or_default(),
            visibility: group.visibility.key(),
            stage: group.stage.key(),
        }
    }

    /// The typed name and description of each language, with the names
    /// of their fields, in the order of `Locale::ALL`.
    pub fn languages(&self) -> [LanguageTexts<'_>; 3] {
        let texts = |locale, (name_field, name), (description_field, description)| LanguageTexts {
            locale,
            name_field,
            name,
            description_field,
            description,
        };
        [
            texts(
                Locale::En,
                ("name_en", &self.name_en),
                ("description_en", &self.description_en),
            ),
            texts(
                Locale::Es,
                ("name_es", &self.name_es),
                ("description_es", &self.description_es),
            ),
            texts(
                Locale::Fr,
                ("name_fr", &self.name_fr),
                ("description_fr", &self.description_fr),
            ),
        ]
    }

    /// Each language's name and description: a description needs its name
    /// (a name alone will do: groups made from a decision start so), and
    /// at least one language has a name.
    fn texts(&self, errors: &mut FieldErrors) -> Option<[(String, String); 3]> {
        let mut texts: [(String, String); 3] = Default::default();
        let mut complete = false;
        let mut valid = true;
        for (slot, typed) in texts.iter_mut().zip(self.languages()) {
            let (name_field, description_field) = (typed.name_field, typed.description_field);
            let name = errors.checked_text(name_field, typed.name, NAME_OR_NONE, "");
            let description = errors.checked_text(
                description_field,
                typed.description,
                DESCRIPTION_OR_NONE,
                "",
            );
            let (Some(name), Some(description)) = (name, description) else {
                valid = false;
                continue;
            };
            if name.is_empty() && !description.is_empty() {
                errors.add(name_field, "groups-name-missing");
                valid = false;
            }
            complete |= !name.is_empty();
            *slot = (name, description);
        }
        if !complete && valid {
            errors.add("name_en", "groups-texts-missing");
            valid = false;
        }
        valid.then_some(texts)
    }

    /// Checks every field against the lines of work offered, recording a
    /// message per problem.
    pub fn validate(&self, lines: &[LineOption], errors: &mut FieldErrors) -> Option<ValidGroup> {
        let texts = self.texts(errors);
        let line_id = if self.line.is_empty() {
            Some(None)
        } else {
            let found = lines.iter().find(|line| line.slug == self.line);
            if found.is_none() {
                errors.add("line", "groups-line-unknown");
            }
            found.map(|line| Some(line.id))
        };
        let organisation = errors.checked_text(
            "coordinating_organisation",
            &self.coordinating_organisation,
            ORGANISATION,
            "",
        );
        let visibility = Visibility::from_key(&self.visibility);
        if visibility.is_none() {
            errors.add("visibility", "groups-choice-unknown");
        }
        let stage = Stage::from_key(&self.stage);
        if stage.is_none() {
            errors.add("stage", "groups-choice-unknown");
        }
        Some(ValidGroup {
            texts: texts?,
            line_id: line_id?,
            coordinating_organisation: organisation.filter(|text| !text.is_empty()),
            visibility: visibility?,
            stage: stage?,
        })
    }
}
