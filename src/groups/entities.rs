//! Database entities of the working groups feature.

use sea_orm::entity::prelude::*;

pub use crate::db::Keyed;

/// Who sees a group: the public (listed on `/groups`), or only its members
/// and staff.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(8))")]
pub enum Visibility {
    #[sea_orm(string_value = "public")]
    Public,
    #[sea_orm(string_value = "private")]
    Private,
}

/// Where a group is in its life: gathering members, working, or closed (its
/// page stays, as an archive).
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(8))")]
pub enum Stage {
    #[sea_orm(string_value = "forming")]
    Forming,
    #[sea_orm(string_value = "active")]
    Active,
    #[sea_orm(string_value = "closed")]
    Closed,
}

/// What a member does in a group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum MemberRole {
    #[sea_orm(string_value = "coordinator")]
    Coordinator,
    #[sea_orm(string_value = "member")]
    Member,
    #[sea_orm(string_value = "contributor")]
    Contributor,
    #[sea_orm(string_value = "observer")]
    Observer,
}

/// Whether new posts in the group's discussions reach a member by mail:
/// each one as it is written, or in one mail each morning.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(8))")]
pub enum Notifications {
    #[sea_orm(string_value = "each")]
    Each,
    #[sea_orm(string_value = "daily")]
    Daily,
    #[sea_orm(string_value = "none")]
    Nothing,
}

/// What a member shows the group's other members besides their name and
/// role.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(8))")]
pub enum Shown {
    #[sea_orm(string_value = "name")]
    NameOnly,
    /// Organisation, country, working languages, specialisation.
    #[sea_orm(string_value = "profile")]
    Profile,
    /// The profile and their e-mail address.
    #[sea_orm(string_value = "contact")]
    Contact,
}

impl Keyed for Visibility {}
impl Keyed for Stage {}
impl Keyed for MemberRole {}
impl Keyed for Notifications {}
impl Keyed for Shown {}

pub mod working_group {
    use sea_orm::entity::prelude::*;

    use std::borrow::Borrow;

    use sea_orm::ActiveValue::Set;

    pub use crate::web::side_by_side::Translated;
    use crate::{i18n::Locale, web::side_by_side::Written};

    /// A working group people can be invited to, named and described in
    /// each language it has been written in (empty where not yet).
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "working_groups")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub name_en: String,
        pub name_es: String,
        pub name_fr: String,
        pub line_id: Option<i32>,
        #[sea_orm(column_type = "Text")]
        pub description_en: String,
        #[sea_orm(column_type = "Text")]
        pub description_es: String,
        #[sea_orm(column_type = "Text")]
        pub description_fr: String,
        pub created_at: DateTimeUtc,
        pub visibility: super::Visibility,
        pub stage: super::Stage,
        pub coordinating_organisation: Option<String>,
        #[sea_orm(has_many)]
        pub members: HasMany<super::group_member::Entity>,
    }

    impl ActiveModelBehavior for ActiveModel {}

    impl Model {
        /// The name a reader of `locale` sees (templates pass a
        /// reference, code a value).
        pub fn name_in(&self, locale: impl Borrow<Locale>) -> &str {
            self.heading_in(locale)
        }

        pub fn description_in(&self, locale: impl Borrow<Locale>) -> &str {
            self.body_in(locale)
        }
    }

    impl Translated for Model {
        /// The group's name and description as written in `locale`.
        fn texts(&self, locale: Locale) -> (&str, &str) {
            match locale {
                Locale::En => (&self.name_en, &self.description_en),
                Locale::Es => (&self.name_es, &self.description_es),
                Locale::Fr => (&self.name_fr, &self.description_fr),
            }
        }
    }

    /// A group's texts when it is written in one language only.
    pub fn written_in(locale: Locale, text: (String, String)) -> ActiveModel {
        let mut texts = Written::default();
        if let Some(slot) = Locale::ALL.iter().position(|language| *language == locale) {
            texts[slot] = text;
        }
        with_texts(texts)
    }

    /// A group's texts to store: name and description in each language,
    /// in the order of `Locale::ALL` (empty where not written).
    pub fn with_texts([en, es, fr]: Written) -> ActiveModel {
        ActiveModel {
            name_en: Set(en.0),
            description_en: Set(en.1),
            name_es: Set(es.0),
            description_es: Set(es.1),
            name_fr: Set(fr.0),
            description_fr: Set(fr.1),
            ..Default::default()
        }
    }
}

pub mod group_member {
    use sea_orm::entity::prelude::*;

    /// One person's membership of one group.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "group_members")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub group_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: i32,
        pub role: super::MemberRole,
        pub joined_at: DateTimeUtc,
        pub notifications: super::Notifications,
        pub shown: super::Shown,
        #[sea_orm(belongs_to, from = "group_id", to = "id")]
        pub group: HasOne<super::working_group::Entity>,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod join_request {
    use sea_orm::entity::prelude::*;

    /// A member's request to join a publicly listed group, waiting for a
    /// coordinator's answer.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "group_join_requests")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub group_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: i32,
        #[sea_orm(column_type = "Text")]
        pub message: String,
        pub created_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod thread {
    use sea_orm::entity::prelude::*;

    /// A discussion in a group's workspace.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "group_threads")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub group_id: i32,
        pub title: String,
        /// None once the author's account is deleted.
        pub author_id: Option<i32>,
        pub created_at: DateTimeUtc,
        pub last_post_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod post {
    use sea_orm::entity::prelude::*;

    /// A post in a discussion, its text in Markdown as written.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "group_posts")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub thread_id: i32,
        pub author_id: Option<i32>,
        #[sea_orm(column_type = "Text")]
        pub body: String,
        pub created_at: DateTimeUtc,
        pub edited_at: Option<DateTimeUtc>,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod document {
    use sea_orm::entity::prelude::*;

    /// A document of a group; its file is in its versions.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "group_documents")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub group_id: i32,
        pub title: String,
        /// One of the group's outputs: listed on its public page.
        pub is_output: bool,
        pub created_at: DateTimeUtc,
        #[sea_orm(has_many)]
        pub versions: HasMany<super::document_version::Entity>,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod document_version {
    use sea_orm::entity::prelude::*;

    /// One uploaded file of a document; the highest number is current.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "group_document_versions")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub document_id: i32,
        pub version: i32,
        pub stored_name: String,
        pub original_name: String,
        pub content_type: String,
        pub size_bytes: i64,
        pub uploaded_by: Option<i32>,
        pub uploaded_at: DateTimeUtc,
        #[sea_orm(belongs_to, from = "document_id", to = "id")]
        pub document: HasOne<super::document::Entity>,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod meeting {
    use sea_orm::entity::prelude::*;

    /// A meeting of a group, set in `time_zone`; its times are stored in
    /// UTC.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "group_meetings")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub group_id: i32,
        pub title: String,
        pub starts_at: DateTimeUtc,
        pub ends_at: DateTimeUtc,
        /// The IANA zone of the people who hold it.
        pub time_zone: String,
        /// Where it is held; empty when only online.
        pub place: String,
        /// Its online link; empty when only in person.
        pub online_link: String,
        /// In Markdown, as written.
        #[sea_orm(column_type = "Text")]
        pub agenda: String,
        /// In Markdown, once it has been held.
        #[sea_orm(column_type = "Text", nullable)]
        pub minutes: Option<String>,
        /// How long before it the reminder goes; none, no reminder.
        pub remind_before_minutes: Option<i32>,
        pub reminder_due_at: Option<DateTimeUtc>,
        pub reminded_at: Option<DateTimeUtc>,
        /// Counts its changes (and its cancellation): calendars replace an
        /// event they hold by one of a higher revision.
        pub revision: i32,
        pub cancelled_at: Option<DateTimeUtc>,
        pub created_by: Option<i32>,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod calendar_feed {
    use sea_orm::entity::prelude::*;

    /// A person's calendar feed of their groups' meetings. Its address is
    /// signed over `nonce`; a new nonce revokes the old address.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "calendar_feeds")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: i32,
        pub nonce: String,
        pub created_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}
