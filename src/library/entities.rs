//! Database entities of the library: resources, the lines of work each
//! concerns, and the articles of the international standards each cites.

use sea_orm::entity::prelude::*;

use crate::db::Keyed;

/// The five kinds of knowledge the library gathers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum Kind {
    #[sea_orm(string_value = "research")]
    Research,
    #[sea_orm(string_value = "legislation")]
    Legislation,
    /// Legal practice: court decisions.
    #[sea_orm(string_value = "case-law")]
    CaseLaw,
    #[sea_orm(string_value = "programme")]
    Programme,
    #[sea_orm(string_value = "good-practice")]
    GoodPractice,
}

impl Kind {
    /// Programmes and good practices are run by an organisation over a
    /// period, and say whether they were evaluated.
    pub fn is_practice(self) -> bool {
        matches!(self, Kind::Programme | Kind::GoodPractice)
    }
}

/// Where a resource is on its way to the public.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum State {
    #[sea_orm(string_value = "draft")]
    Draft,
    #[sea_orm(string_value = "submitted")]
    Submitted,
    #[sea_orm(string_value = "under-review")]
    UnderReview,
    #[sea_orm(string_value = "returned")]
    Returned,
    #[sea_orm(string_value = "published")]
    Published,
}

impl State {
    /// Whether the member who contributed it may still change it.
    pub fn open_to_contributor(self) -> bool {
        matches!(self, State::Draft | State::Returned)
    }

    /// Whether it waits for the technical committee.
    pub fn awaits_committee(self) -> bool {
        matches!(self, State::Submitted | State::UnderReview)
    }

    /// Where a contribution goes when the committee does `step`; none when
    /// that step does not apply to it.
    pub fn after(self, step: Moderation) -> Option<State> {
        match (self, step) {
            (State::Submitted, Moderation::StartReview) => Some(State::UnderReview),
            (State::Submitted | State::UnderReview, Moderation::Return) => Some(State::Returned),
            (State::Submitted | State::UnderReview, Moderation::Publish) => Some(State::Published),
            _ => None,
        }
    }
}

/// What the technical committee does with a member's contribution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Moderation {
    StartReview,
    /// Back to its contributor, with the committee's reasons.
    Return,
    Publish,
}

impl Moderation {
    pub fn from_key(key: &str) -> Option<Moderation> {
        match key {
            "start-review" => Some(Moderation::StartReview),
            "return" => Some(Moderation::Return),
            "publish" => Some(Moderation::Publish),
            _ => None,
        }
    }
}

/// The ages a resource concerns.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum AgeGroup {
    /// Everyone under 18.
    #[sea_orm(string_value = "minors")]
    Minors,
    #[sea_orm(string_value = "under-14")]
    UnderFourteen,
    #[sea_orm(string_value = "14-17")]
    FourteenToSeventeen,
    /// 18 to 25: many systems extend juvenile measures to them.
    #[sea_orm(string_value = "young-adults")]
    YoungAdults,
}

/// Under what terms a resource may be reused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(24))")]
pub enum Licence {
    #[sea_orm(string_value = "cc-by")]
    CcBy,
    #[sea_orm(string_value = "cc-by-sa")]
    CcBySa,
    #[sea_orm(string_value = "cc-by-nc")]
    CcByNc,
    #[sea_orm(string_value = "cc-by-nc-nd")]
    CcByNcNd,
    #[sea_orm(string_value = "public-domain")]
    PublicDomain,
    #[sea_orm(string_value = "all-rights-reserved")]
    AllRightsReserved,
    #[sea_orm(string_value = "unknown")]
    Unknown,
}

/// What kind of legal instrument a piece of legislation is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum InstrumentKind {
    #[sea_orm(string_value = "constitution")]
    Constitution,
    #[sea_orm(string_value = "code")]
    Code,
    #[sea_orm(string_value = "law")]
    Law,
    #[sea_orm(string_value = "decree")]
    Decree,
    #[sea_orm(string_value = "regulation")]
    Regulation,
    #[sea_orm(string_value = "policy")]
    Policy,
}

impl Keyed for Kind {}
impl Keyed for State {}
impl Keyed for AgeGroup {}
impl Keyed for Licence {}
impl Keyed for InstrumentKind {}

pub mod resource {
    use sea_orm::entity::prelude::*;

    use crate::{i18n::Locale, web::side_by_side::Translated};

    /// One resource of the library, its title and summary in each language
    /// it exists in (empty where not), with the facts of its kind (empty
    /// for other kinds).
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "library_resources")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub kind: super::Kind,
        pub state: super::State,
        /// The language it was first written in.
        pub original_language: String,
        pub title_en: String,
        pub title_es: String,
        pub title_fr: String,
        #[sea_orm(column_type = "Text")]
        pub summary_en: String,
        #[sea_orm(column_type = "Text")]
        pub summary_es: String,
        #[sea_orm(column_type = "Text")]
        pub summary_fr: String,
        /// Its authors, or the organisation that made it.
        pub authors: String,
        /// When it appeared: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; empty when
        /// not known (the seeded reports).
        pub issued: String,
        pub year: Option<i32>,
        /// ISO 3166-1 alpha-2; none for a resource about no one country.
        pub country: Option<String>,
        /// The region's key (`geography::Region::key`).
        pub region: String,
        /// Thematic tags, separated by commas.
        pub tags: String,
        pub age_group: super::AgeGroup,
        pub link: Option<String>,
        pub source: String,
        pub licence: super::Licence,
        pub jurisdiction: Option<String>,
        pub instrument_kind: Option<super::InstrumentKind>,
        pub adopted_on: Option<String>,
        pub in_force_from: Option<String>,
        pub in_force_until: Option<String>,
        /// The legislation this text amends.
        pub amends_id: Option<i32>,
        pub court: Option<String>,
        pub case_number: Option<String>,
        pub decided_on: Option<String>,
        #[sea_orm(column_type = "Text", nullable)]
        pub outcome: Option<String>,
        pub organisation: Option<String>,
        pub period_from: Option<i32>,
        pub period_until: Option<i32>,
        pub evaluation_available: Option<bool>,
        #[sea_orm(column_type = "Text", nullable)]
        pub results: Option<String>,
        pub contact: Option<String>,
        pub contributor_id: Option<i32>,
        /// Set on resources the binary seeds, so seeding twice adds nothing.
        #[sea_orm(unique)]
        pub seed_key: Option<String>,
        #[sea_orm(column_type = "Text", nullable)]
        pub return_reason: Option<String>,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
        pub published_at: Option<DateTimeUtc>,
        /// Its cover (`crate::images`), with what it shows said in each
        /// language its title is written in.
        pub cover_image_id: Option<i32>,
        #[sea_orm(column_type = "Text")]
        pub cover_alt_en: String,
        #[sea_orm(column_type = "Text")]
        pub cover_alt_es: String,
        #[sea_orm(column_type = "Text")]
        pub cover_alt_fr: String,
    }

    impl ActiveModelBehavior for ActiveModel {}

    impl Translated for Model {
        fn texts(&self, locale: Locale) -> (&str, &str) {
            match locale {
                Locale::En => (&self.title_en, &self.summary_en),
                Locale::Es => (&self.title_es, &self.summary_es),
                Locale::Fr => (&self.title_fr, &self.summary_fr),
            }
        }
    }

    impl Model {
        /// What the cover shows, said in `locale`.
        pub fn cover_alt(&self, locale: Locale) -> &str {
            match locale {
                Locale::En => &self.cover_alt_en,
                Locale::Es => &self.cover_alt_es,
                Locale::Fr => &self.cover_alt_fr,
            }
        }

        /// What the cover shows, for a reader of `locale`: in the language
        /// the title is shown in, else in the first it was said in (a title
        /// translated after the cover was saved has no text of its own
        /// yet), with that language, to mark it.
        pub fn cover_alt_for(&self, locale: impl std::borrow::Borrow<Locale>) -> (Locale, &str) {
            std::iter::once(self.shown_language(locale))
                .chain(Locale::ALL)
                .map(|language| (language, self.cover_alt(language)))
                .find(|(_, alt)| !alt.is_empty())
                .unwrap_or((Locale::En, ""))
        }

        pub fn tag_list(&self) -> Vec<&str> {
            self.tags
                .split(',')
                .map(str::trim)
                .filter(|tag| !tag.is_empty())
                .collect()
        }
    }
}

pub mod resource_line {
    use sea_orm::entity::prelude::*;

    /// A line of work a resource concerns.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "library_resource_lines")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub resource_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub line_id: i32,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod citation {
    use sea_orm::entity::prelude::*;

    /// An article of an international instrument a resource cites.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "library_citations")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub resource_id: i32,
        /// `standards::Instrument::key`.
        #[sea_orm(primary_key, auto_increment = false)]
        pub instrument: String,
        #[sea_orm(primary_key, auto_increment = false)]
        pub article: String,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod file {
    use sea_orm::entity::prelude::*;

    /// A document of a resource (PDF or office), stored under a
    /// server-chosen name outside any public path; `resource_id` is None
    /// while the form it came with is being corrected.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "library_files")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub resource_id: Option<i32>,
        pub stored_name: String,
        pub original_name: String,
        pub content_type: String,
        pub size_bytes: i64,
        pub uploaded_by: Option<i32>,
        pub created_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}

    impl Model {
        /// How the file is described beside its link: format and size.
        pub fn described(&self) -> String {
            let size = crate::uploads::size_in_kib(self.size_bytes);
            match crate::uploads::format_name(&self.content_type) {
                "" => format!("{size} KiB"),
                format => format!("{format}, {size} KiB"),
            }
        }
    }
}
