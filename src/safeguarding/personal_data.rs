//! What safeguarding holds about a person: the hidden details an editor
//! was shown, with when and why (exported to them); their account's
//! deletion keeps each record without the person, as the audit of role
//! changes does.

use sea_orm::{
    ColumnTrait, DatabaseConnection, DatabaseTransaction, EntityTrait, QueryFilter, QueryOrder,
    sea_query::Expr,
};
use serde_json::{Value, json};

use super::{entities::log_entry, log::Action};
use crate::personal_data::{Pending, PersonalData};

pub struct Safeguarding;

impl PersonalData for Safeguarding {
    fn section(&self) -> &'static str {
        "safeguarding"
    }

    fn export<'a>(&'a self, db: &'a DatabaseConnection, user_id: i32) -> Pending<'a, Value> {
        Box::pin(async move {
            let seen = log_entry::Entity::find()
                .filter(log_entry::Column::ActorId.eq(user_id))
                .filter(log_entry::Column::Action.eq(Action::Revealed.key()))
                .order_by_asc(log_entry::Column::Id)
                .all(db)
                .await?;
            let seen: Vec<Value> = seen
                .iter()
                .map(|entry| {
                    json!({
                        "at": entry.at, "what": entry.kind, "in": entry.subject,
                        "reason": entry.reason,
                    })
                })
                .collect();
            Ok(json!({ "hidden_details_seen": seen }))
        })
    }

    fn erase<'a>(&'a self, txn: &'a DatabaseTransaction, user_id: i32) -> Pending<'a, ()> {
        Box::pin(async move {
            log_entry::Entity::update_many()
                .col_expr(log_entry::Column::ActorId, Expr::value(Option::<i32>::None))
                .filter(log_entry::Column::ActorId.eq(user_id))
                .exec(txn)
                .await?;
            Ok(())
        })
    }
}
