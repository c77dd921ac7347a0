//! Database entity of the offers feature.

use sea_orm::entity::prelude::*;

/// Where an offer stands: waiting for the person's answer, or answered.
/// A revision by staff sends it again (back to `Sent`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum Status {
    #[sea_orm(string_value = "sent")]
    Sent,
    #[sea_orm(string_value = "accepted")]
    Accepted,
    #[sea_orm(string_value = "declined")]
    Declined,
    /// The person suggested other terms; staff revise or leave it there.
    #[sea_orm(string_value = "countered")]
    Countered,
}

impl crate::db::Keyed for Status {}

pub mod offer {
    use sea_orm::entity::prelude::*;

    use crate::groups::entities::MemberRole;

    /// An offer to one person: a role in a working group (`group_id`) or an
    /// individual action (`action`), with its terms and the answer.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "offers")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        /// The proposal it answers; none for a direct invitation.
        pub proposal_id: Option<i32>,
        /// The person, once they have an account.
        pub user_id: Option<i32>,
        pub group_id: Option<i32>,
        pub action: Option<String>,
        pub role: Option<MemberRole>,
        #[sea_orm(column_type = "Text")]
        pub commitment: String,
        pub hours_per_month: Option<i32>,
        /// ISO dates (`YYYY-MM-DD`).
        pub starts_on: Option<String>,
        pub ends_on: Option<String>,
        /// The personal message sent with this revision.
        #[sea_orm(column_type = "Text")]
        pub message: String,
        pub revision: i32,
        pub status: super::Status,
        /// The reason given with a decline, or the message with a counter.
        #[sea_orm(column_type = "Text")]
        pub answer_message: String,
        pub counter_role: Option<MemberRole>,
        pub counter_starts_on: Option<String>,
        pub counter_ends_on: Option<String>,
        /// The member of staff who sent this revision.
        pub sent_by: Option<i32>,
        pub sent_at: DateTimeUtc,
        pub answered_at: Option<DateTimeUtc>,
    }

    impl ActiveModelBehavior for ActiveModel {}
}
