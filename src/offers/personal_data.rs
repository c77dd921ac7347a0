//! What the offers feature holds about a person, for the personal-data
//! registry: the offers made to them and their answers. When the account
//! goes, a direct invitation goes with it; an offer made on a proposal
//! stays with the proposal (anonymised with it), no longer tied to anyone.

use sea_orm::{
    ColumnTrait, DatabaseConnection, DatabaseTransaction, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use serde_json::{Value, json};

use super::entities::offer;
use crate::{
    groups::entities::{Keyed, working_group},
    personal_data::{EXPORT_LANGUAGE, Pending, PersonalData},
    safeguarding,
};

pub struct Offers;

impl PersonalData for Offers {
    fn section(&self) -> &'static str {
        "offers"
    }

    fn export<'a>(&'a self, db: &'a DatabaseConnection, user_id: i32) -> Pending<'a, Value> {
        Box::pin(async move {
            let offers = offer::Entity::find()
                .filter(offer::Column::UserId.eq(user_id))
                .order_by_asc(offer::Column::Id)
                .all(db)
                .await?;
            let groups = working_group::Entity::find()
                .filter(working_group::Column::Id.is_in(offers.iter().filter_map(|o| o.group_id)))
                .all(db)
                .await?;
            let group_name = |id: Option<i32>| {
                groups
                    .iter()
                    .find(|group| Some(group.id) == id)
                    .map(|group| group.name_in(EXPORT_LANGUAGE).to_string())
            };
            Ok(Value::Array(
                offers
                    .into_iter()
                    .map(|offer| {
                        json!({
                            "group": group_name(offer.group_id),
                            "role": offer.role.map(Keyed::key),
                            "action": offer.action,
                            "commitment": offer.commitment,
                            "hours_per_month": offer.hours_per_month,
                            "starts_on": offer.starts_on,
                            "ends_on": offer.ends_on,
                            "message": offer.message,
                            "revision": offer.revision,
                            "status": offer.status.key(),
                            "answer_message": offer.answer_message,
                            "counter_role": offer.counter_role.map(Keyed::key),
                            "counter_starts_on": offer.counter_starts_on,
                            "counter_ends_on": offer.counter_ends_on,
                            "sent_at": offer.sent_at,
                            "answered_at": offer.answered_at,
                        })
                    })
                    .collect(),
            ))
        })
    }

    fn erase<'a>(&'a self, txn: &'a DatabaseTransaction, user_id: i32) -> Pending<'a, ()> {
        Box::pin(async move {
            let invitations = offer::Entity::find()
                .select_only()
                .column(offer::Column::Id)
                .filter(offer::Column::UserId.eq(user_id))
                .filter(offer::Column::ProposalId.is_null());
            let ids: Vec<i32> = invitations.into_tuple().all(txn).await?;
            let subject = safeguarding::Subject::Offer;
            safeguarding::retention::delete_with_details(txn, subject, &ids).await?;
            Ok(())
        })
    }
}
