//! Database entities of the accounts feature.

pub mod user {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "users")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        #[sea_orm(unique)]
        pub email: String,
        pub email_verified_at: Option<DateTimeUtc>,
        pub password_hash: String,
        pub full_name: String,
        pub account_type: String,
        pub organisation_name: Option<String>,
        pub sector: Option<String>,
        pub country_code: String,
        /// Language codes separated by commas, e.g. "en,fr".
        pub working_languages: String,
        pub locale: String,
        pub consent_at: DateTimeUtc,
        pub consent_policy_version: String,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
        /// How an editor hears of new proposals (`ProposalAlerts`' keys).
        pub proposal_alerts: String,
        /// What they specialise in, in their own words.
        #[sea_orm(column_type = "Text")]
        pub specialisation: String,
        /// The IANA zone they read times in (`time_zones`).
        pub time_zone: String,
        #[sea_orm(has_many)]
        pub roles: HasMany<super::user_role::Entity>,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// One staff role held by one account (see `web::roles`).
pub mod user_role {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "user_roles")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub role: crate::web::Role,
        #[sea_orm(belongs_to, from = "user_id", to = "id")]
        pub user: HasOne<super::user::Entity>,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod session {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "sessions")]
    pub struct Model {
        /// SHA-256 of the cookie value: a leaked table opens no session.
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: String,
        pub user_id: i32,
        pub created_at: DateTimeUtc,
        pub last_seen_at: DateTimeUtc,
        pub expires_at: DateTimeUtc,
        #[sea_orm(belongs_to, from = "user_id", to = "id")]
        pub user: HasOne<super::user::Entity>,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod account_token {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "account_tokens")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub user_id: i32,
        pub purpose: String,
        #[sea_orm(unique)]
        pub token_hash: String,
        pub new_email: Option<String>,
        pub expires_at: DateTimeUtc,
        pub used_at: Option<DateTimeUtc>,
        pub created_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod role_change {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "role_changes")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub user_id: Option<i32>,
        pub changed_by_id: Option<i32>,
        pub old_role: String,
        pub new_role: String,
        pub changed_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}
