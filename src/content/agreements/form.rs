//! An agreement's form: what it asks and how each answer is checked.

use chrono::{Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use super::agreement;
use crate::web::form::{FieldErrors, TextBounds};

const SUBJECT: TextBounds = TextBounds { min: 0, max: 2000 };
const SIGNATORIES: TextBounds = TextBounds { min: 0, max: 500 };
/// Fifty years: longer is a typing slip.
const LONGEST_MONTHS: i32 = 600;

/// The last day of an agreement of `months` signed on `signed`.
pub fn first_end(signed: NaiveDate, months: i32) -> Option<NaiveDate> {
    signed
        .checked_add_months(Months::new(u32::try_from(months).ok()?))?
        .checked_sub_days(Days::new(1))
}

/// The form as typed; also what a version keeps.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct AgreementInput {
    pub partner: String,
    pub subject_en: String,
    pub subject_es: String,
    pub subject_fr: String,
    pub signatories: String,
    /// `YYYY-MM-DD`.
    pub signed_on: String,
    /// Whole months; empty for an agreement without an end.
    pub duration_months: String,
    /// `YYYY-MM-DD`, once renewed.
    pub renewed_until: String,
}

/// An agreement that passed its checks, ready to store.
pub struct Checked {
    pub partner_slug: String,
    pub subjects: [String; 3],
    pub signatories: String,
    pub signed_on: String,
    pub duration_months: Option<i32>,
    pub renewed_until: Option<String>,
}

impl AgreementInput {
    pub fn of(stored: &agreement::Model) -> AgreementInput {
        AgreementInput {
            partner: stored.partner_slug.clone(),
            subject_en: stored.subject_en.clone(),
            subject_es: stored.subject_es.clone(),
            subject_fr: stored.subject_fr.clone(),
            signatories: stored.signatories.clone(),
            signed_on: stored.signed_on.clone(),
            duration_months: stored
                .duration_months
                .map(|months| months.to_string())
                .unwrap_or_default(),
            renewed_until: stored.renewed_until.clone().unwrap_or_default(),
        }
    }

    /// The agreement, or none with each problem next to its field, in the
    /// form's order. `partners` are the partners' slugs.
    pub fn check(&self, errors: &mut FieldErrors, partners: &[String]) -> Option<Checked> {
        let partner = self.partner.trim();
        let partner_known = partners.iter().any(|known| known == partner);
        if !partner_known {
            errors.add("partner", "agreements-partner-missing");
        }
        let subject_en = errors.checked_text(
            "subject_en",
            &self.subject_en,
            SUBJECT,
            "agreements-subject-missing",
        );
        if subject_en.as_deref() == Some("") {
            errors.add("subject_en", "agreements-subject-missing");
        }
        let subject_es = errors.checked_text("subject_es", &self.subject_es, SUBJECT, "");
        let subject_fr = errors.checked_text("subject_fr", &self.subject_fr, SUBJECT, "");
        let signatories = errors.checked_text("signatories", &self.signatories, SIGNATORIES, "");
        let signed_on = match self.signed_on.trim() {
            "" => {
                errors.add("signed_on", "agreements-signed-missing");
                None
            }
            typed => errors.optional_date("signed_on", typed, "agreements-date-invalid"),
        };
        let duration_months = match self.duration_months.trim() {
            "" => Some(None),
            typed => match typed.parse::<i32>() {
                Ok(months) if (1..=LONGEST_MONTHS).contains(&months) => Some(Some(months)),
                _ => {
                    errors.add("duration_months", "agreements-duration-invalid");
                    None
                }
            },
        };
        let renewed_until = errors.optional_date(
            "renewed_until",
            &self.renewed_until,
            "agreements-date-invalid",
        );
        // A renewal takes an agreement beyond its first end: it needs one.
        let first_end = match (signed_on, duration_months) {
            (Some(signed), Some(Some(months))) => first_end(signed, months),
            _ => None,
        };
        let renewal_after = match (renewed_until, duration_months, first_end) {
            (Some(_), Some(None), _) => {
                errors.add("renewed_until", "agreements-renewal-without-end");
                false
            }
            (Some(renewed), _, end) if end.or(signed_on).is_some_and(|end| renewed <= end) => {
                errors.add("renewed_until", "agreements-renewal-before");
                false
            }
            _ => true,
        };
        let day = |day: NaiveDate| day.format("%Y-%m-%d").to_string();
        let renewal_given = !self.renewed_until.trim().is_empty();
        let checked = Checked {
            partner_slug: partner_known.then(|| partner.to_string())?,
            subjects: [subject_en?, subject_es?, subject_fr?],
            signatories: signatories?,
            signed_on: day(signed_on?),
            duration_months: duration_months?,
            renewed_until: match (renewal_given, renewed_until) {
                (false, _) => None,
                (true, Some(renewed)) => Some(day(renewed)),
                (true, None) => return None,
            },
        };
        (renewal_after && !checked.subjects[0].is_empty()).then_some(checked)
    }

    /// The subjects in the form's order, with their fields' names.
    pub fn subjects(&self) -> [(crate::i18n::Locale, &'static str, &str); 3] {
        use crate::i18n::Locale;
        [
            (Locale::En, "subject_en", &self.subject_en),
            (Locale::Es, "subject_es", &self.subject_es),
            (Locale::Fr, "subject_fr", &self.subject_fr),
        ]
    }
}
