//! What the groups feature holds about a person, for the personal-data
//! registry: the groups they belong to and their role in each, which go
//! when the account does.

use sea_orm::{ColumnTrait, DatabaseConnection, DatabaseTransaction, EntityTrait, QueryFilter};
use serde_json::{Value, json};

use super::entities::{Keyed, group_member, working_group};
use crate::personal_data::{Pending, PersonalData};

pub struct Groups;

impl PersonalData for Groups {
    fn section(&self) -> &'static str {
        "working_groups"
    }

    fn export<'a>(&'a self, db: &'a DatabaseConnection, user_id: i32) -> Pending<'a, Value> {
        Box::pin(async move {
            let memberships = group_member::Entity::find()
                .filter(group_member::Column::UserId.eq(user_id))
                .find_also_related(working_group::Entity)
                .all(db)
                .await?;
            Ok(Value::Array(
                memberships
                    .into_iter()
                    .map(|(membership, group)| {
                        json!({
                            "group": group.map(|group| group.name),
                            "role": membership.role.key(),
                            "joined_at": membership.joined_at,
                        })
                    })
                    .collect(),
            ))
        })
    }

    fn erase<'a>(&'a self, txn: &'a DatabaseTransaction, user_id: i32) -> Pending<'a, ()> {
        Box::pin(async move {
            group_member::Entity::delete_many()
                .filter(group_member::Column::UserId.eq(user_id))
                .exec(txn)
                .await?;
            Ok(())
        })
    }
}
