//! The safeguarding tables.

pub mod detail {
    use sea_orm::entity::prelude::*;

    /// A detail masked in a text: the text keeps a placeholder at
    /// `position` (bytes), the detail itself is here, and only here.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "safeguarding_details")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        /// `Subject::key`.
        pub subject: String,
        pub subject_id: i32,
        /// The column of the subject's table the text is in.
        pub field: String,
        /// Its place among the field's masked details, from 1.
        pub ordinal: i32,
        /// `detect::Kind::key`.
        pub kind: String,
        pub position: i32,
        #[sea_orm(column_type = "Text")]
        pub original: String,
        pub created_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod log_entry {
    use sea_orm::entity::prelude::*;

    /// One thing flagged, masked, revealed or erased: the report counts
    /// these, and a reveal's entry is its record (who, when, why).
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "safeguarding_log")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        /// `YYYY-MM` (UTC), what the report groups by.
        pub month: String,
        /// `log::Action::key`.
        pub action: String,
        pub subject: String,
        /// None for what was flagged in a form not sent (yet).
        pub subject_id: Option<i32>,
        pub field: String,
        /// `detect::Kind::key`; empty for an erased field.
        pub kind: String,
        pub detail_id: Option<i32>,
        /// Who revealed; none for what the site did itself.
        pub actor_id: Option<i32>,
        #[sea_orm(column_type = "Text")]
        pub reason: String,
        pub at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}
