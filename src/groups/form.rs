//! The form staff fill in to create or change a group, and its checks.

use serde::Deserialize;

use super::entities::{Keyed, Stage, Visibility, working_group};
use crate::{
    lines_of_work::LineOption,
    web::form::{FieldErrors, TextBounds},
};

const NAME: TextBounds = TextBounds { min: 1, max: 200 };
const DESCRIPTION: TextBounds = TextBounds { min: 1, max: 4000 };
const ORGANISATION: TextBounds = TextBounds { min: 0, max: 200 };

/// The group's fields as typed, kept as text to be shown again.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct GroupInput {
    pub name: String,
    pub description: String,
    /// A line of work's slug, or empty for none in particular.
    pub line: String,
    pub coordinating_organisation: String,
    pub visibility: String,
    pub stage: String,
}

/// A group's fields that passed the checks.
pub struct ValidGroup {
    pub name: String,
    pub description: String,
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
            name: group.name.clone(),
            description: group.description.clone(),
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

    /// Checks every field against the lines of work offered, recording a
    /// message per problem.
    pub fn validate(&self, lines: &[LineOption], errors: &mut FieldErrors) -> Option<ValidGroup> {
        let name = errors.checked_text("name", &self.name, NAME, "groups-name-missing");
        let description = errors.checked_text(
            "description",
            &self.description,
            DESCRIPTION,
            "groups-description-missing",
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
            name: name?,
            description: description?,
            line_id: line_id?,
            coordinating_organisation: organisation.filter(|text| !text.is_empty()),
            visibility: visibility?,
            stage: stage?,
        })
    }
}
