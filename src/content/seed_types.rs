//! Shapes of the observatory's seeded facts. The data itself lives in
//! `seed_data.rs`; `seed.rs` writes it to the database idempotently.

use crate::geography::Region;

/// One piece of text in the three site languages.
pub struct Text {
    pub en: &'static str,
    pub es: &'static str,
    pub fr: &'static str,
}

/// An editorial page. `summary` is the lead shown under the title, and the
/// body does not repeat it. `body` holds paragraphs separated by a blank
/// line, in Markdown (`web::markdown`): "- " starts a list item, "## " a heading.
pub struct SeedPage {
    pub slug: &'static str,
    pub title: Text,
    pub summary: Text,
    pub body: Text,
}

/// A report the observatory produced.
pub struct SeedReport {
    pub slug: &'static str,
    pub title: Text,
    /// What the report addresses, going no further than its title.
    pub summary: Text,
}

/// A public or private institution the observatory signed a bilateral
/// collaboration agreement with.
pub struct SeedPartner {
    pub slug: &'static str,
    /// ISO 3166-1 alpha-2, or None for a multilateral body.
    pub country_code: Option<&'static str>,
    pub region: Region,
    pub name: Text,
    pub description: Text,
}

/// An international forum where the observatory holds a status.
pub struct SeedForum {
    pub slug: &'static str,
    pub name: Text,
    pub status: Text,
}

pub struct SeedProgramme {
    pub slug: &'static str,
    pub period: &'static str,
    pub name: Text,
    pub description: Text,
}

/// One of the Continental Councils for Juvenile Justice (2009–2020).
pub struct SeedCouncil {
    pub slug: &'static str,
    pub region: Region,
    pub name: Text,
    pub description: Text,
}

/// A technical-cooperation tool or mechanism.
pub struct SeedInstrument {
    pub slug: &'static str,
    pub text: Text,
}
