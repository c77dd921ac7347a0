//! An offer as a page or a mail shows it, in the reader's language.

use sea_orm::{ConnectionTrait, EntityTrait};

use super::entities::{Status, offer};
use crate::{
    groups::entities::{Keyed, working_group},
    i18n::Locale,
    web::AppError,
};

pub struct OfferView {
    pub offer: offer::Model,
    /// The group offered, if it is a place in a group.
    pub group: Option<working_group::Model>,
    /// The dates, written out in the reader's language ("" when open).
    pub starts_on: String,
    pub ends_on: String,
    pub counter_starts_on: String,
    pub counter_ends_on: String,
}

impl OfferView {
    pub async fn of(
        db: &impl ConnectionTrait,
        offer: offer::Model,
        locale: Locale,
    ) -> Result<OfferView, AppError> {
        let group = match offer.group_id {
            Some(id) => working_group::Entity::find_by_id(id).one(db).await?,
            None => None,
        };
        Ok(OfferView::with_group(offer, group, locale))
    }

    /// The same with its group already read (for a list of offers).
    pub fn with_group(
        offer: offer::Model,
        group: Option<working_group::Model>,
        locale: Locale,
    ) -> OfferView {
        let written = |day: &Option<String>| {
            day.as_deref()
                .map(|day| locale.long_stored_date(day))
                .unwrap_or_default()
        };
        OfferView {
            starts_on: written(&offer.starts_on),
            ends_on: written(&offer.ends_on),
            counter_starts_on: written(&offer.counter_starts_on),
            counter_ends_on: written(&offer.counter_ends_on),
            group,
            offer,
        }
    }

    /// Waiting for the person's answer.
    pub fn awaits_answer(&self) -> bool {
        self.offer.status == Status::Sent
    }

    /// The group the person joined by accepting.
    pub fn joined_group(&self) -> Option<&working_group::Model> {
        self.group
            .as_ref()
            .filter(|_| self.offer.status == Status::Accepted)
    }

    /// Staff may still change it: anything but an accepted offer.
    pub fn can_be_revised(&self) -> bool {
        self.offer.status != Status::Accepted
    }

    /// Which sending this is: 1 for the first, then one more per revision.
    pub fn revision_number(&self) -> u64 {
        u64::try_from(self.offer.revision).unwrap_or(1)
    }

    pub fn status_key(&self) -> String {
        self.offer.status.key()
    }

    pub fn role_key(&self) -> String {
        self.offer.role.map(Keyed::key).unwrap_or_default()
    }

    pub fn counter_role_key(&self) -> String {
        self.offer.counter_role.map(Keyed::key).unwrap_or_default()
    }

    /// The group's name in `locale`, if the offer is for a group.
    pub fn group_name(&self, locale: impl std::borrow::Borrow<Locale>) -> &str {
        let locale = *locale.borrow();
        self.group
            .as_ref()
            .map_or("", |group| group.name_in(locale))
    }

    /// The terms as plain paragraphs, for a mail in `locale`, ending with
    /// where to answer: a proposal's page, or the invitation's own.
    pub fn summary(&self, locale: Locale) -> String {
        let line = |key: &str, value: String| locale.t_args(key, &[("value", value.into())]);
        let offer = &self.offer;
        let mut lines = Vec::new();
        if let Some(group) = &self.group {
            lines.push(line(
                "offer-summary-group",
                group.name_in(locale).to_string(),
            ));
            let role = locale.t(&format!("group-role-{}", self.role_key()));
            lines.push(line("offer-summary-role", role));
        }
        if let Some(action) = &offer.action {
            lines.push(line("offer-summary-action", action.clone()));
        }
        if !offer.commitment.is_empty() {
            lines.push(line("offer-summary-commitment", offer.commitment.clone()));
        }
        if let Some(hours) = offer.hours_per_month {
            lines.push(line("offer-summary-hours", hours.to_string()));
        }
        if !self.starts_on.is_empty() {
            lines.push(line("offer-summary-starts", self.starts_on.clone()));
        }
        if !self.ends_on.is_empty() {
            lines.push(line("offer-summary-ends", self.ends_on.clone()));
        }
        lines.push(locale.t(if offer.proposal_id.is_some() {
            "offer-summary-answer"
        } else {
            "offer-summary-answer-invitation"
        }));
        lines.join("\n\n")
    }
}
