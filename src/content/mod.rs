//! Editorial content: the observatory's pages and the structured facts they
//! show (reports, agreements, forums, councils…), stored per language.

pub mod content_item;
pub mod content_translation;
mod pages;
pub mod queries;
pub mod seed;
mod seed_data;
mod seed_types;

pub use pages::routes;
pub use queries::site_facts;

/// What a content item is. Stored as `key()`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Page,
    Report,
    Partner,
    Forum,
    Programme,
    Council,
    Instrument,
    Office,
}

impl Kind {
    pub fn key(self) -> &'static str {
        match self {
            Kind::Page => "page",
            Kind::Report => "report",
            Kind::Partner => "partner",
            Kind::Forum => "forum",
            Kind::Programme => "programme",
            Kind::Council => "council",
            Kind::Instrument => "instrument",
            Kind::Office => "office",
        }
    }
}
