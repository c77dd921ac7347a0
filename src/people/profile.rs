//! The facts a person gives about themselves, at registration, on their
//! profile page and on the collaboration form: who they are, where, in
//! which languages and on which lines of work. The form's fields and their
//! checks, shared by the accounts and proposals features.

use std::collections::BTreeSet;

use serde::Deserialize;

use crate::geography::COUNTRY_CODES;
use crate::{
    i18n::Locale,
    lines_of_work::LineOption,
    web::form::{FieldErrors, TextBounds},
};

pub const ACCOUNT_TYPES: [&str; 2] = ["individual", "entity"];
pub const SECTORS: [&str; 6] = [
    "academia",
    "ngo",
    "public-administration",
    "judiciary",
    "international-organisation",
    "other",
];
pub const WORKING_LANGUAGES: [&str; 9] = ["en", "es", "fr", "pt", "it", "de", "ar", "ru", "zh"];
const MAX_NAME_CHARS: usize = 200;
const SPECIALISATION: TextBounds = TextBounds {
    min: 0,
    max: 10_000,
};

/// The profile part of a form, as typed: kept as text so it can be shown
/// again exactly when something is wrong.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct ProfileInput {
    pub account_type: String,
    pub full_name: String,
    pub organisation_name: String,
    pub sector: String,
    pub country: String,
    pub languages: Vec<String>,
    pub lines: Vec<String>,
    pub specialisation: String,
}

/// A profile that passed validation.
pub struct Profile {
    pub account_type: &'static str,
    pub full_name: String,
    pub organisation_name: Option<String>,
    pub sector: Option<&'static str>,
    pub country_code: &'static str,
    pub languages: Vec<&'static str>,
    pub line_ids: Vec<i32>,
    pub specialisation: String,
}

fn known<const N: usize>(options: &[&'static str; N], value: &str) -> Option<&'static str> {
    options.iter().copied().find(|option| *option == value)
}

impl ProfileInput {
    /// Checks every field, recording a message per problem in `errors`.
    pub fn validate(&self, lines: &[LineOption], errors: &mut FieldErrors) -> Option<Profile> {
        let account_type = known(&ACCOUNT_TYPES, &self.account_type);
        if account_type.is_none() {
            errors.add("account_type", "field-account-type-missing");
        }
        let full_name = check_full_name(&self.full_name, errors);
        let is_entity = account_type == Some("entity");
        let organisation = self.organisation_name.trim().to_string();
        if is_entity && organisation.is_empty() {
            errors.add("organisation_name", "field-organisation-missing");
        } else if !is_usable_name(&organisation) {
            errors.add("organisation_name", "field-name-invalid");
        }
        let sector = known(&SECTORS, &self.sector);
        if is_entity && sector.is_none() {
            errors.add("sector", "field-sector-missing");
        }
        let country_code = COUNTRY_CODES
            .iter()
            .copied()
            .find(|code| *code == self.country);
        if country_code.is_none() {
            errors.add("country", "field-country-missing");
        }
        let languages: BTreeSet<&'static str> = self
            .languages
            .iter()
            .filter_map(|l| known(&WORKING_LANGUAGES, l))
            .collect();
        if languages.is_empty() || languages.len() != self.languages.len() {
            errors.add("languages", "field-languages-missing");
        }
        let line_ids: BTreeSet<i32> = self
            .lines
            .iter()
            .filter_map(|slug| {
                lines
                    .iter()
                    .find(|line| &line.slug == slug)
                    .map(|line| line.id)
            })
            .collect();
        if line_ids.is_empty() || line_ids.len() != self.lines.len() {
            errors.add("lines", "field-lines-missing");
        }
        if !errors.is_empty() {
            return None;
        }
        Some(Profile {
            // Checked apart (`validate_with_specialisation`): the
            // collaboration form has this field too, in its own place.
            specialisation: self.specialisation.trim().to_string(),
            account_type: account_type?,
            full_name,
            organisation_name: (is_entity && !organisation.is_empty()).then_some(organisation),
            sector: if is_entity { sector } else { None },
            country_code: country_code?,
            languages: languages.into_iter().collect(),
            line_ids: line_ids.into_iter().collect(),
        })
    }

    /// The profile page's check: the profile, then the specialisation,
    /// which is optional there.
    pub fn validate_with_specialisation(
        &self,
        lines: &[LineOption],
        errors: &mut FieldErrors,
    ) -> Option<Profile> {
        let profile = self.validate(lines, errors);
        let specialisation =
            errors.checked_text("specialisation", &self.specialisation, SPECIALISATION, "");
        Some(Profile {
            specialisation: specialisation?,
            ..profile?
        })
    }

    pub fn has_language(&self, code: &str) -> bool {
        self.languages.iter().any(|l| l == code)
    }

    pub fn has_line(&self, slug: &str) -> bool {
        self.lines.iter().any(|l| l == slug)
    }
}

/// The full name as typed, trimmed; a missing or unusable one is recorded
/// in `errors`.
pub fn check_full_name(typed: &str, errors: &mut FieldErrors) -> String {
    let full_name = typed.trim().to_string();
    if full_name.is_empty() {
        errors.add("full_name", "field-name-missing");
    } else if !is_usable_name(&full_name) {
        errors.add("full_name", "field-name-invalid");
    }
    full_name
}

fn is_usable_name(name: &str) -> bool {
    name.chars().count() <= MAX_NAME_CHARS && !name.chars().any(char::is_control)
}

impl Profile {
    /// What a new account starts with: its name, the language it registered
    /// in, and nothing it was not asked for. The person completes the rest
    /// on their profile page (or on the collaboration form) when they wish.
    pub fn starting(full_name: String, locale: Locale) -> Profile {
        Profile {
            account_type: "individual",
            full_name,
            organisation_name: None,
            sector: None,
            country_code: "",
            languages: vec![locale.code()],
            line_ids: Vec::new(),
            specialisation: String::new(),
        }
    }
}

/// Everything the profile fields template needs besides the input.
pub struct ProfileChoices {
    pub lines: Vec<LineOption>,
    /// The message naming the lines of work: a person's specialisation in
    /// the profile, the lines of interest on a proposal.
    pub lines_legend: &'static str,
}

impl ProfileChoices {
    pub fn new(lines: Vec<LineOption>) -> ProfileChoices {
        ProfileChoices {
            lines,
            lines_legend: "field-lines",
        }
    }

    /// The same choices, with the lines of work asked as lines of interest.
    pub fn for_proposal(lines: Vec<LineOption>) -> ProfileChoices {
        ProfileChoices {
            lines_legend: "proposal-lines",
            ..ProfileChoices::new(lines)
        }
    }

    pub fn account_types(&self) -> [&'static str; 2] {
        ACCOUNT_TYPES
    }

    pub fn sectors(&self) -> [&'static str; 6] {
        SECTORS
    }

    pub fn languages(&self) -> [&'static str; 9] {
        WORKING_LANGUAGES
    }
}
