//! The bulletin's rows: subscribers, issues, and who each issue was queued
//! for.

use sea_orm::entity::prelude::*;

/// Where a subscription stands. Only `Confirmed` addresses are mailed an
/// issue; the others keep their row so a bounce or complaint is
/// remembered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(20))")]
pub enum State {
    /// Asked for; the confirmation mail is out.
    #[sea_orm(string_value = "pending")]
    Pending,
    #[sea_orm(string_value = "confirmed")]
    Confirmed,
    #[sea_orm(string_value = "unsubscribed")]
    Unsubscribed,
    /// Mail to it came back undelivered.
    #[sea_orm(string_value = "bounced")]
    Bounced,
    /// Its owner reported the bulletin as unwanted.
    #[sea_orm(string_value = "complained")]
    Complained,
}

impl State {
    pub fn key(self) -> &'static str {
        match self {
            State::Pending => "pending",
            State::Confirmed => "confirmed",
            State::Unsubscribed => "unsubscribed",
            State::Bounced => "bounced",
            State::Complained => "complained",
        }
    }
}

pub mod subscriber {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "newsletter_subscribers")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub email: String,
        /// The language the bulletin is written to them in.
        pub locale: String,
        /// `Topic` keys, separated by commas.
        pub topics: String,
        pub state: super::State,
        /// When the subscription was last asked for: a confirmation link
        /// names it, so an older link does not confirm a newer request.
        pub requested_at: DateTimeUtc,
        pub confirmed_at: Option<DateTimeUtc>,
        /// When it stopped (unsubscribed, bounced, complained).
        pub ended_at: Option<DateTimeUtc>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod issue {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "newsletter_issues")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        /// A few words before the contents, in each language (plain text,
        /// paragraphs separated by a blank line).
        #[sea_orm(column_type = "Text")]
        pub intro_en: String,
        #[sea_orm(column_type = "Text")]
        pub intro_es: String,
        #[sea_orm(column_type = "Text")]
        pub intro_fr: String,
        /// The news items it presents: slugs, separated by commas.
        #[sea_orm(column_type = "Text")]
        pub news: String,
        /// The library resources it presents: ids, separated by commas.
        #[sea_orm(column_type = "Text")]
        pub resources: String,
        /// The events it presents: slugs, separated by commas.
        #[sea_orm(column_type = "Text")]
        pub events: String,
        pub created_at: DateTimeUtc,
        pub author_id: Option<i32>,
        /// When it was sent; none while a draft.
        pub sent_at: Option<DateTimeUtc>,
        /// How many subscribers it was queued for.
        pub recipients: Option<i32>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}

    impl Model {
        pub fn intro(&self, locale: crate::i18n::Locale) -> &str {
            match locale {
                crate::i18n::Locale::En => &self.intro_en,
                crate::i18n::Locale::Es => &self.intro_es,
                crate::i18n::Locale::Fr => &self.intro_fr,
            }
        }

        pub fn news_slugs(&self) -> Vec<String> {
            split(&self.news).map(str::to_string).collect()
        }

        pub fn event_slugs(&self) -> Vec<String> {
            split(&self.events).map(str::to_string).collect()
        }

        pub fn resource_ids(&self) -> Vec<i32> {
            split(&self.resources)
                .filter_map(|id| id.parse().ok())
                .collect()
        }
    }

    fn split(list: &str) -> impl Iterator<Item = &str> {
        list.split(',').filter(|part| !part.is_empty())
    }
}

pub mod delivery {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "newsletter_deliveries")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub issue_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub subscriber_id: i32,
        pub queued_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
