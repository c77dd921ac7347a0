//! The request form: what it asks and how each answer is checked.

use serde::Deserialize;

use super::entities::Area;
use crate::{
    db::Keyed,
    geography::COUNTRY_CODES,
    web::{
        form::{FieldErrors, TextBounds, normalize_email},
        human_check,
    },
};

const INSTITUTION: TextBounds = TextBounds { min: 2, max: 200 };
const TIMEFRAME: TextBounds = TextBounds { min: 2, max: 200 };
const NEED: TextBounds = TextBounds {
    min: 30,
    max: 10_000,
};
const NAME: TextBounds = TextBounds { min: 1, max: 200 };
const ROLE: TextBounds = TextBounds { min: 2, max: 200 };
const PHONE: TextBounds = TextBounds { min: 0, max: 40 };

/// The form as typed, shown again when something is wrong.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct RequestInput {
    pub institution: String,
    pub country: String,
    pub area: String,
    pub timeframe: String,
    pub need: String,
    pub contact_name: String,
    pub contact_role: String,
    pub email: String,
    pub phone: String,
    pub consent: Option<String>,
    /// Signed time the form was shown (`web::human_check`).
    pub started: String,
    /// The spam trap: hidden from people.
    pub website: String,
    /// Sent by "Send with these details hidden" (`safeguarding::Scan`).
    pub safeguarding_confirmation: String,
}

/// A request that passed its checks.
pub struct ValidRequest {
    pub institution: String,
    pub country_code: String,
    pub area: Area,
    pub timeframe: String,
    pub need: String,
    pub contact_name: String,
    pub contact_role: String,
    pub email: String,
    pub phone: String,
}

impl RequestInput {
    pub fn human_check(&self) -> human_check::Sent<'_> {
        human_check::Sent {
            started: &self.started,
            website: &self.website,
        }
    }

    /// The request, or none with each problem next to its field, in the
    /// form's order.
    pub fn validate(&self, errors: &mut FieldErrors) -> Option<ValidRequest> {
        let institution = errors.checked_text(
            "institution",
            &self.institution,
            INSTITUTION,
            "assistance-institution-missing",
        );
        let country = self.country.trim();
        let country_known = COUNTRY_CODES.contains(&country);
        if !country_known {
            errors.add("country", "assistance-country-missing");
        }
        let area = Area::from_key(self.area.trim());
        if area.is_none() {
            errors.add("area", "assistance-area-missing");
        }
        let timeframe = errors.checked_text(
            "timeframe",
            &self.timeframe,
            TIMEFRAME,
            "assistance-timeframe-missing",
        );
        let need = errors.checked_text("need", &self.need, NEED, "assistance-need-short");
        let contact_name = errors.checked_text(
            "contact_name",
            &self.contact_name,
            NAME,
            "assistance-name-missing",
        );
        let contact_role = errors.checked_text(
            "contact_role",
            &self.contact_role,
            ROLE,
            "assistance-role-missing",
        );
        let email = normalize_email(&self.email);
        if email.is_none() {
            errors.add("email", "assistance-email-invalid");
        }
        let phone = errors.checked_text("phone", &self.phone, PHONE, "");
        if self.consent.is_none() {
            errors.add("consent", "assistance-consent-missing");
        }
        let valid = ValidRequest {
            institution: institution?,
            country_code: country_known.then(|| country.to_string())?,
            area: area?,
            timeframe: timeframe?,
            need: need?,
            contact_name: contact_name?,
            contact_role: contact_role?,
            email: email?,
            phone: phone?,
        };
        self.consent.is_some().then_some(valid)
    }

    /// Template helpers.
    pub fn areas(&self) -> Vec<Area> {
        Area::all()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;

    fn problems(input: &RequestInput) -> Vec<&'static str> {
        let mut errors = FieldErrors::new(Locale::En);
        let _ = input.validate(&mut errors);
        errors.all().into_iter().map(|(field, _)| field).collect()
    }

    #[test]
    fn every_field_is_checked_in_the_form_s_order() {
        assert_eq!(
            problems(&RequestInput::default()),
            [
                "institution",
                "country",
                "area",
                "timeframe",
                "need",
                "contact_name",
                "contact_role",
                "email",
                "consent"
            ]
        );
    }

    #[test]
    fn a_complete_request_passes_without_a_phone() {
        let input = RequestInput {
            institution: "Ministerio de Justicia y Derechos Humanos".into(),
            country: "PE".into(),
            area: "training".into(),
            timeframe: "First half of 2027".into(),
            need: "Training for the staff of the juvenile centres in restorative practices.".into(),
            contact_name: "Rosa Quispe".into(),
            contact_role: "Director of juvenile centres".into(),
            email: "Rosa.Quispe@Example.org".into(),
            consent: Some("yes".into()),
            ..RequestInput::default()
        };
        assert!(problems(&input).is_empty());
        let valid = input
            .validate(&mut FieldErrors::new(Locale::En))
            .expect("valid");
        assert_eq!(valid.area, Area::Training);
        assert_eq!(valid.phone, "");
    }
}
