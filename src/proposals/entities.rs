//! Database entities of the proposals feature.

pub mod proposal {
    use sea_orm::entity::prelude::*;

    /// A collaboration proposal and the profile of whoever sent it.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "proposals")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        #[sea_orm(unique)]
        pub reference: String,
        pub state: crate::proposals::state::State,
        pub submitter_id: Option<i32>,
        pub account_type: String,
        pub full_name: String,
        pub organisation_name: Option<String>,
        pub sector: Option<String>,
        pub country_code: String,
        pub email: String,
        pub locale: String,
        pub working_languages: String,
        #[sea_orm(column_type = "Text")]
        pub specialisation: String,
        pub title: String,
        #[sea_orm(column_type = "Text")]
        pub description: String,
        pub collaboration_kind: String,
        pub consent_at: DateTimeUtc,
        pub consent_policy_version: String,
        pub confirm_token_hash: Option<String>,
        pub decision: Option<String>,
        pub group_id: Option<i32>,
        pub created_at: DateTimeUtc,
        pub confirmed_at: Option<DateTimeUtc>,
        pub updated_at: DateTimeUtc,
        /// The single-use key of the form that created it (see `web::human_check`).
        #[sea_orm(unique)]
        pub form_key: Option<String>,
        /// When its sensitive texts were erased, at the end of their
        /// retention (`proposals::retention`).
        pub sensitive_erased_at: Option<DateTimeUtc>,
    }

    impl ActiveModelBehavior for ActiveModel {}

    impl Model {
        /// Whether its thread takes new messages: as its state allows
        /// (`State::accepts_messages`), until its texts were erased. The
        /// erasure ends the conversation, so nothing written later outlives
        /// the retention period.
        pub fn accepts_messages(&self) -> bool {
            self.state.accepts_messages() && self.sensitive_erased_at.is_none()
        }
    }
}

pub mod proposal_line {
    use sea_orm::entity::prelude::*;

    /// A line of work a proposal concerns.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "proposal_lines")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub proposal_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub line_id: i32,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod attachment {
    use sea_orm::entity::prelude::*;

    /// An uploaded document, stored under a server-chosen name outside any public path; `proposal_id` is None while the form is being corrected.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "proposal_attachments")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub proposal_id: Option<i32>,
        #[sea_orm(unique)]
        pub stored_name: String,
        pub original_name: String,
        pub content_type: String,
        pub size_bytes: i64,
        pub created_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod message {
    use sea_orm::entity::prelude::*;

    /// A message on a proposal's thread; internal ones are for staff only.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "proposal_messages")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub proposal_id: i32,
        pub author_id: Option<i32>,
        pub author_role: String,
        pub internal: bool,
        #[sea_orm(column_type = "Text")]
        pub body: String,
        pub created_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod assignment {
    use sea_orm::entity::prelude::*;

    /// An evaluator assigned to a proposal; `conflict_at` once they declare a conflict of interest.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "proposal_assignments")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub proposal_id: i32,
        /// None once the evaluator's account is deleted: the row stays on record.
        pub evaluator_id: Option<i32>,
        pub assigned_by_id: Option<i32>,
        pub assigned_at: DateTimeUtc,
        pub conflict_at: Option<DateTimeUtc>,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod evaluation {
    use sea_orm::entity::prelude::*;

    /// One evaluator's assessment; `scores` is JSON: line id → fit of proposal and of profile.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "proposal_evaluations")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub proposal_id: i32,
        /// None once the evaluator's account is deleted: the row stays on record.
        pub evaluator_id: Option<i32>,
        pub recommendation: String,
        #[sea_orm(column_type = "Text")]
        pub scores: String,
        #[sea_orm(column_type = "Text")]
        pub notes: String,
        pub updated_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod event {
    use sea_orm::entity::prelude::*;

    /// The audit trail: who moved a proposal from which state to which.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "proposal_events")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub proposal_id: i32,
        pub actor_id: Option<i32>,
        pub from_state: Option<crate::proposals::state::State>,
        pub to_state: crate::proposals::state::State,
        pub note: String,
        pub created_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}
