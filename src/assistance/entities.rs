//! Database entities of technical assistance: the requests, and what the
//! staff wrote on each.

use sea_orm::entity::prelude::*;

use crate::db::Keyed;

/// Where a request stands in the staff's queue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(20))")]
pub enum State {
    /// Received, nobody has taken it up yet.
    #[sea_orm(string_value = "new")]
    New,
    #[sea_orm(string_value = "in-progress")]
    InProgress,
    /// The requester has been answered; the staff may still write.
    #[sea_orm(string_value = "answered")]
    Answered,
    #[sea_orm(string_value = "closed")]
    Closed,
}

impl Keyed for State {}

impl State {
    /// The states the queue shows by default: what still needs someone.
    pub const OPEN: [State; 2] = [State::New, State::InProgress];
}

/// The fields of technical cooperation a request may concern: the
/// observatory's instruments (`content/instruments`), or another.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(40))")]
pub enum Area {
    #[sea_orm(string_value = "policy-and-legislative-advice")]
    PolicyAndLegislativeAdvice,
    #[sea_orm(string_value = "training")]
    Training,
    #[sea_orm(string_value = "assessments-and-studies")]
    AssessmentsAndStudies,
    #[sea_orm(string_value = "institutional-exchanges")]
    InstitutionalExchanges,
    #[sea_orm(string_value = "thematic-expert-meetings")]
    ThematicExpertMeetings,
    #[sea_orm(string_value = "other")]
    Other,
}

impl Keyed for Area {}

pub mod request {
    use super::{Area, State};
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "assistance_requests")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub institution: String,
        pub country_code: String,
        pub area: Area,
        pub timeframe: String,
        #[sea_orm(column_type = "Text")]
        pub need: String,
        pub contact_name: String,
        /// The contact's position in the institution.
        pub contact_role: String,
        pub email: String,
        /// Empty when none was given.
        pub phone: String,
        /// The requester's language: replies are mailed in it.
        pub locale: String,
        /// The single-use key of the form (`web::human_check`): sent twice,
        /// it makes one request.
        pub form_key: String,
        pub state: State,
        pub assignee_id: Option<i32>,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod reply {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "assistance_replies")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub request_id: i32,
        pub author_id: Option<i32>,
        /// As it was when written: the account may go.
        pub author_name: String,
        #[sea_orm(column_type = "Text")]
        pub body: String,
        /// A note among the staff, never mailed.
        pub internal: bool,
        pub created_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
