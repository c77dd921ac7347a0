//! The terms of an offer as staff write them (and as a person counters
//! them): checked here, once, for the decision form and for a revision.

use chrono::NaiveDate;
use serde::Deserialize;

use super::entities::offer;
use crate::{
    groups::entities::{Keyed, MemberRole},
    web::form::{FieldErrors, TextBounds},
};

const ACTION: TextBounds = TextBounds { min: 1, max: 200 };
const COMMITMENT: TextBounds = TextBounds { min: 0, max: 2_000 };
/// More than this is not a commitment alongside one's work: a typing slip.
const MAX_HOURS_PER_MONTH: i32 = 200;

/// The offer's fields, as typed in the form.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct TermsInput {
    pub role: String,
    pub action: String,
    pub commitment: String,
    pub hours_per_month: String,
    pub starts_on: String,
    pub ends_on: String,
}

/// What is offered: a role in a group (the group is chosen apart, as a
/// decision may create it), or an individual action.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Offered {
    Role(MemberRole),
    Action(String),
}

/// Checked terms.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Terms {
    pub offered: Offered,
    pub commitment: String,
    pub hours_per_month: Option<i32>,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
}

impl TermsInput {
    /// The form's starting values: a member's place in the group, or the
    /// proposal itself as the action.
    pub fn starting(action: &str) -> TermsInput {
        TermsInput {
            role: MemberRole::Member.key(),
            action: action.to_string(),
            ..TermsInput::default()
        }
    }

    /// The form filled with an offer's current terms.
    pub fn of(offer: &offer::Model) -> TermsInput {
        TermsInput {
            role: offer.role.map(Keyed::key).unwrap_or_default(),
            action: offer.action.clone().unwrap_or_default(),
            commitment: offer.commitment.clone(),
            hours_per_month: offer
                .hours_per_month
                .map(|h| h.to_string())
                .unwrap_or_default(),
            starts_on: offer.starts_on.clone().unwrap_or_default(),
            ends_on: offer.ends_on.clone().unwrap_or_default(),
        }
    }

    /// The form for a revision: the offer's terms, with the role and dates
    /// the person suggested in their place, if they did.
    pub fn revising(offer: &offer::Model) -> TermsInput {
        let mut terms = TermsInput::of(offer);
        if let Some(role) = offer.counter_role {
            terms.role = role.key();
        }
        if let Some(day) = &offer.counter_starts_on {
            terms.starts_on = day.clone();
        }
        if let Some(day) = &offer.counter_ends_on {
            terms.ends_on = day.clone();
        }
        terms
    }

    /// The terms of a place in a group (`in_group`) or of an individual
    /// action, or `None` with every problem recorded against its field.
    pub fn validate(&self, in_group: bool, errors: &mut FieldErrors) -> Option<Terms> {
        let offered = if in_group {
            role(&self.role, "role", errors).map(Offered::Role)
        } else {
            errors
                .checked_text("action", &self.action, ACTION, "offer-action-missing")
                .map(Offered::Action)
        };
        let commitment = errors.checked_text("commitment", &self.commitment, COMMITMENT, "");
        let hours_per_month = hours(&self.hours_per_month, errors);
        let (starts_on, ends_on) = period(
            (&self.starts_on, &self.ends_on),
            ("starts_on", "ends_on"),
            errors,
        );
        if !errors.is_empty() {
            return None;
        }
        Some(Terms {
            offered: offered?,
            commitment: commitment?,
            hours_per_month,
            starts_on,
            ends_on,
        })
    }
}

/// A role typed in a form, recorded as a problem of `field` if unknown.
pub fn role(typed: &str, field: &'static str, errors: &mut FieldErrors) -> Option<MemberRole> {
    let role = MemberRole::from_key(typed);
    if role.is_none() {
        errors.add(field, "offer-role-missing");
    }
    role
}

fn hours(typed: &str, errors: &mut FieldErrors) -> Option<i32> {
    let typed = typed.trim();
    if typed.is_empty() {
        return None;
    }
    match typed.parse::<i32>() {
        Ok(hours) if (1..=MAX_HOURS_PER_MONTH).contains(&hours) => Some(hours),
        _ => {
            errors.add("hours_per_month", "offer-hours-invalid");
            None
        }
    }
}

/// Optional start and end dates (`YYYY-MM-DD`, as date fields send them);
/// an end before the start is refused against the end's field.
pub fn period(
    (starts, ends): (&str, &str),
    (start_field, end_field): (&'static str, &'static str),
    errors: &mut FieldErrors,
) -> (Option<NaiveDate>, Option<NaiveDate>) {
    let starts_on = errors.optional_date(start_field, starts, "offer-date-invalid");
    let ends_on = errors.optional_date(end_field, ends, "offer-date-invalid");
    if let (Some(start), Some(end)) = (starts_on, ends_on)
        && end < start
    {
        errors.add(end_field, "offer-ends-before-start");
    }
    (starts_on, ends_on)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{i18n::Locale, web::form::stored_day};

    fn check(input: &TermsInput, in_group: bool) -> Result<Terms, Vec<&'static str>> {
        let mut errors = FieldErrors::new(Locale::En);
        input
            .validate(in_group, &mut errors)
            .ok_or_else(|| errors.all().into_iter().map(|(field, _)| field).collect())
    }

    #[test]
    fn a_group_offer_needs_a_known_role() {
        let input = TermsInput {
            role: "chair".into(),
            ..TermsInput::default()
        };
        assert_eq!(check(&input, true), Err(vec!["role"]));
        let terms = check(&TermsInput::starting("x"), true).unwrap();
        assert_eq!(terms.offered, Offered::Role(MemberRole::Member));
    }

    #[test]
    fn an_individual_action_needs_its_name() {
        assert_eq!(
            check(&TermsInput::starting("  "), false),
            Err(vec!["action"])
        );
        let terms = check(&TermsInput::starting(" Review the report "), false).unwrap();
        assert_eq!(terms.offered, Offered::Action("Review the report".into()));
    }

    #[test]
    fn hours_and_dates_are_checked() {
        let input = TermsInput {
            hours_per_month: "900".into(),
            starts_on: "2027-03-01".into(),
            ends_on: "2027-02-01".into(),
            ..TermsInput::starting("x")
        };
        assert_eq!(
            check(&input, false),
            Err(vec!["hours_per_month", "ends_on"])
        );
        let input = TermsInput {
            starts_on: "1 March".into(),
            ..TermsInput::starting("x")
        };
        assert_eq!(check(&input, false), Err(vec!["starts_on"]));
        let input = TermsInput {
            hours_per_month: " 6 ".into(),
            starts_on: "2027-03-01".into(),
            ..TermsInput::starting("x")
        };
        let terms = check(&input, false).unwrap();
        assert_eq!(terms.hours_per_month, Some(6));
        assert_eq!(stored_day(terms.starts_on).as_deref(), Some("2027-03-01"));
        assert_eq!(terms.ends_on, None);
    }
}
