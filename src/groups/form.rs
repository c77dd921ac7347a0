//! The form staff fill in to create or change a group, and its checks.

use serde::Deserialize;

use super::entities::{Keyed, Stage, Visibility, working_group};
use crate::{
    lines_of_work::LineOption,
    web::{
        form::{FieldErrors, TextBounds},
        side_by_side::{LanguageTexts, SideBySide, Written},
    },
};

/// Each language's name and description may be left empty: a description
/// needs its name (a name alone will do: groups made from a decision start
/// so), and at least one language has a name.
const TEXTS: SideBySide = SideBySide {
    fields: [
        ("name_en", "description_en"),
        ("name_es", "description_es"),
        ("name_fr", "description_fr"),
    ],
    heading: TextBounds { min: 0, max: 200 },
    body: TextBounds { min: 0, max: 4000 },
    heading_missing: "groups-name-missing",
    none_written: "groups-texts-missing",
};
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

/// A group's fields that passed the checks.
pub struct ValidGroup {
    pub texts: Written,
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
        TEXTS.languages([
            (&self.name_en, &self.description_en),
            (&self.name_es, &self.description_es),
            (&self.name_fr, &self.description_fr),
        ])
    }

    /// Checks every field against the lines of work offered, recording a
    /// message per problem.
    pub fn validate(&self, lines: &[LineOption], errors: &mut FieldErrors) -> Option<ValidGroup> {
        let texts = TEXTS.check(
            self.languages().map(|texts| (texts.heading, texts.body)),
            errors,
        );
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
