//! What the index holds: each published resource of the library, each of
//! the site's pages and each news item and event the public may read, read from the
//! database as one entry. Nothing unpublished (or scheduled for later)
//! ever becomes an entry.

use std::collections::HashMap;

use chrono::Datelike;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use tantivy::TantivyDocument;

use super::schema::Fields;
use crate::{
    content::{self, Kind as ContentKind, agreements::agreement, publication, queries::Item},
    councils::meeting,
    db::Keyed,
    i18n::Locale,
    index_changes::Subject,
    library::entities::{State, citation, resource, resource_line},
    lines_of_work,
    web::side_by_side::Translated,
};

/// The kind an entry of one of the site's pages has.
pub const PAGE: &str = "page";
/// The kind of a news item's entry.
pub const NEWS: &str = "news";
/// The kind of an event's entry.
pub const EVENT: &str = "event";
/// The kind of a cooperation agreement's entry.
pub const AGREEMENT: &str = "agreement";
/// The kind of a Continental Council meeting's entry.
pub const MEETING: &str = "meeting";

/// Where pages' ties start: above any resource number.
const PAGES_AFTER: u64 = 1 << 40;
/// Where agreements' and meetings' ties start: after news and events.
const RECORDS_AFTER: u64 = PAGES_AFTER / 4 * 3;

/// One entry of the index, in every language it is written in.
pub struct Entry {
    pub key: String,
    pub kind: String,
    /// Title and text per language (`Locale::ALL` order), empty where none.
    pub texts: [(String, String); 3],
    pub names: String,
    pub region: Option<String>,
    pub country: Option<String>,
    pub lines: Vec<String>,
    pub year: Option<i32>,
    pub articles: Vec<String>,
    pub date: u64,
    /// Its place among entries that rank equal (see `Fields::tie`).
    pub tie: u64,
}

impl Entry {
    pub fn document(&self, fields: &Fields) -> TantivyDocument {
        let mut document = TantivyDocument::default();
        document.add_text(fields.key, &self.key);
        document.add_text(fields.kind, &self.kind);
        for (locale, (title, body)) in Locale::ALL.into_iter().zip(&self.texts) {
            if title.is_empty() && body.is_empty() {
                continue;
            }
            document.add_text(fields.title(locale), title);
            document.add_text(fields.body(locale), body);
            document.add_text(fields.languages, locale.code());
        }
        document.add_text(fields.names, &self.names);
        for (field, value) in [
            (fields.region, &self.region),
            (fields.country, &self.country),
        ] {
            if let Some(value) = value {
                document.add_text(field, value);
            }
        }
        for line in &self.lines {
            document.add_text(fields.lines, line);
        }
        if let Some(year) = self.year {
            document.add_text(fields.year, year.to_string());
        }
        for article in &self.articles {
            document.add_text(fields.articles, article);
        }
        document.add_u64(fields.date, self.date);
        document.add_u64(fields.tie, self.tie);
        document
    }
}

/// How many entries a full build writes: for its progress bar.
pub async fn count(db: &impl ConnectionTrait) -> Result<u64, DbErr> {
    let resources = resource::Entity::find()
        .filter(resource::Column::State.eq(State::Published))
        .count(db)
        .await?;
    let mut dated = 0;
    for kind in publication::DATED {
        dated += publication::published_slugs(db, kind).await?.len() as u64;
    }
    let agreements = agreement::Entity::find().count(db).await?;
    let meetings = meeting::Entity::find().count(db).await?;
    Ok(resources + content::SITEMAP_PATHS.len() as u64 + dated + agreements + meetings)
}

/// Up to `limit` published resources numbered after `after`, by number,
/// and the last one's number (none when there were no more).
pub async fn resources_after(
    db: &impl ConnectionTrait,
    after: i32,
    limit: u64,
) -> Result<(Vec<Entry>, Option<i32>), DbErr> {
    let found = resource::Entity::find()
        .filter(resource::Column::State.eq(State::Published))
        .filter(resource::Column::Id.gt(after))
        .order_by_asc(resource::Column::Id)
        .limit(limit)
        .all(db)
        .await?;
    let last = found.last().map(|resource| resource.id);
    Ok((entries_of(db, found).await?, last))
}

/// The entry of one resource; none when it is not published (or gone).
pub async fn resource(db: &impl ConnectionTrait, id: i32) -> Result<Option<Entry>, DbErr> {
    let found = resource::Entity::find_by_id(id)
        .filter(resource::Column::State.eq(State::Published))
        .all(db)
        .await?;
    Ok(entries_of(db, found).await?.pop())
}

async fn entries_of(
    db: &impl ConnectionTrait,
    resources: Vec<resource::Model>,
) -> Result<Vec<Entry>, DbErr> {
    let ids: Vec<i32> = resources.iter().map(|found| found.id).collect();
    let slugs: HashMap<i32, String> = lines_of_work::all(db, Locale::En)
        .await?
        .into_iter()
        .map(|line| (line.id, line.slug))
        .collect();
    let mut lines: HashMap<i32, Vec<String>> = HashMap::new();
    for link in resource_line::Entity::find()
        .filter(resource_line::Column::ResourceId.is_in(ids.clone()))
        .all(db)
        .await?
    {
        if let Some(slug) = slugs.get(&link.line_id) {
            lines
                .entry(link.resource_id)
                .or_default()
                .push(slug.clone());
        }
    }
    let mut articles: HashMap<i32, Vec<String>> = HashMap::new();
    for cited in citation::Entity::find()
        .filter(citation::Column::ResourceId.is_in(ids))
        .all(db)
        .await?
    {
        articles
            .entry(cited.resource_id)
            .or_default()
            .push(article_key(&cited.instrument, &cited.article));
    }
    Ok(resources
        .into_iter()
        .map(|found| {
            let lines = lines.remove(&found.id).unwrap_or_default();
            let articles = articles.remove(&found.id).unwrap_or_default();
            resource_entry(found, lines, articles)
        })
        .collect())
}

/// An article's facet value: `crc-40`.
pub fn article_key(instrument: &str, article: &str) -> String {
    format!("{instrument}-{article}")
}

fn resource_entry(found: resource::Model, lines: Vec<String>, articles: Vec<String>) -> Entry {
    let original = Locale::from_code(&found.original_language).unwrap_or(Locale::En);
    // Facts of a kind are written once, in the resource's own language.
    let facts: Vec<&str> = [&found.outcome, &found.results]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .collect();
    let texts = Locale::ALL.map(|locale| {
        let (title, summary) = found.texts(locale);
        let mut body = summary.to_string();
        if locale == original {
            for fact in &facts {
                body.push('\n');
                body.push_str(fact);
            }
        }
        (title.to_string(), body)
    });
    let names = [
        Some(&found.authors),
        Some(&found.tags),
        Some(&found.source),
        found.organisation.as_ref(),
        found.court.as_ref(),
        found.case_number.as_ref(),
        found.jurisdiction.as_ref(),
    ]
    .into_iter()
    .flatten()
    .map(String::as_str)
    .collect::<Vec<_>>()
    .join("\n");
    Entry {
        key: Subject::Resource(found.id).key(),
        kind: found.kind.key(),
        texts,
        names,
        region: Some(found.region),
        country: found.country,
        lines,
        year: found.year,
        articles,
        date: sortable_date(&found.issued, found.year),
        tie: u64::try_from(found.id).unwrap_or(0),
    }
}

/// `2019-05-02` as 20190502, `2019-05` as 20190500, a year alone as
/// 20190000; 0 for an unknown date, which sorts last.
fn sortable_date(issued: &str, year: Option<i32>) -> u64 {
    let mut parts = issued.split('-').map(|part| part.parse::<u64>().ok());
    match (
        parts.next().flatten(),
        parts.next().flatten(),
        parts.next().flatten(),
    ) {
        (Some(year), month, day) => year * 10_000 + month.unwrap_or(0) * 100 + day.unwrap_or(0),
        _ => year
            .and_then(|year| u64::try_from(year).ok())
            .map_or(0, |year| year * 10_000),
    }
}

/// The site's pages the visitor can open, each as an entry.
pub async fn pages(db: &impl ConnectionTrait) -> Result<Vec<Entry>, DbErr> {
    let mut entries = Vec::new();
    for path in content::SITEMAP_PATHS {
        let slug = if path == "/" { "home" } else { &path[1..] };
        if let Some(entry) = page(db, slug).await? {
            entries.push(entry);
        }
    }
    Ok(entries)
}

/// The entry of the page stored under `slug`; none when the site does not
/// show it.
pub async fn page(db: &impl ConnectionTrait, slug: &str) -> Result<Option<Entry>, DbErr> {
    if content::path_of_page(slug).is_none() {
        return Ok(None);
    }
    let Some(texts) = written_texts(db, ContentKind::Page, slug).await? else {
        return Ok(None);
    };
    Ok(Some(Entry {
        key: Subject::Page(slug.to_string()).key(),
        kind: PAGE.to_string(),
        texts,
        names: String::new(),
        region: None,
        country: None,
        lines: Vec::new(),
        year: None,
        articles: Vec::new(),
        date: 0,
        // After every resource, in the order of the site's pages.
        tie: PAGES_AFTER
            + content::SITEMAP_PATHS
                .iter()
                .position(|path| Some(*path) == content::path_of_page(slug))
                .unwrap_or(0) as u64,
    }))
}

/// A content item's title and text (its lead, then its body without its
/// Markdown) in each language it is written in; none when it has none.
async fn written_texts(
    db: &impl ConnectionTrait,
    kind: ContentKind,
    slug: &str,
) -> Result<Option<[(String, String); 3]>, DbErr> {
    let written = content::queries::in_each_language(db, kind, slug).await?;
    if written.is_empty() {
        return Ok(None);
    }
    Ok(Some(Locale::ALL.map(|locale| {
        written
            .iter()
            .find(|(language, _)| *language == locale)
            .map(|(_, item)| {
                let body = format!(
                    "{}\n{}",
                    item.text("summary"),
                    crate::web::markdown::to_text(item.text("body"))
                );
                (item.text("title").to_string(), body)
            })
            .unwrap_or_default()
    })))
}

/// The entry of the news item or event under `slug`, while the public may
/// read it. An event is dated by its first day, a news item by its
/// publication.
pub async fn dated(
    db: &impl ConnectionTrait,
    kind: ContentKind,
    slug: &str,
) -> Result<Option<Entry>, DbErr> {
    let Some(published) = publication::published_facts(db, kind, slug).await? else {
        return Ok(None);
    };
    let Some(texts) = written_texts(db, kind, slug).await? else {
        return Ok(None);
    };
    let country = published.countries.first().cloned();
    let region = published.row.region.clone().or_else(|| {
        country
            .as_deref()
            .map(|code| crate::geography::region_of(code).key().to_string())
    });
    let day = published
        .row
        .starts_on
        .as_deref()
        .and_then(crate::web::form::day_of_stored)
        .unwrap_or_else(|| published.published_at().date_naive());
    Ok(Some(Entry {
        key: publication::subject(kind, slug).key(),
        kind: if kind == ContentKind::Event {
            EVENT
        } else {
            NEWS
        }
        .to_string(),
        texts,
        names: String::new(),
        region,
        country,
        lines: Vec::new(),
        year: Some(day.year()),
        articles: Vec::new(),
        date: sortable_date(&day.to_string(), Some(day.year())),
        tie: PAGES_AFTER / 2 + u64::try_from(published.row.id).unwrap_or(0),
    }))
}

/// Every news item and event the public may read, each as an entry.
pub async fn all_dated(db: &impl ConnectionTrait) -> Result<Vec<Entry>, DbErr> {
    let mut entries = Vec::new();
    for kind in publication::DATED {
        for slug in publication::published_slugs(db, kind).await? {
            entries.extend(dated(db, kind, &slug).await?);
        }
    }
    Ok(entries)
}

/// An item's texts in each language it is written in (the partner an
/// agreement is with, the council a meeting belongs to), by slug.
async fn item_in_each_language(
    db: &impl ConnectionTrait,
    kind: ContentKind,
    slug: &str,
) -> Result<[Option<Item>; 3], DbErr> {
    let mut written = content::queries::in_each_language(db, kind, slug).await?;
    Ok(Locale::ALL.map(|locale| {
        let at = written
            .iter()
            .position(|(language, _)| *language == locale)?;
        Some(written.swap_remove(at).1)
    }))
}

/// An entry's title in each language: the item's name there, else its
/// English one.
fn names(written: &[Option<Item>; 3], field: &str) -> [String; 3] {
    let english = written[0].as_ref().map_or("", |item| item.text(field));
    written
        .each_ref()
        .map(|item| match item.as_ref().map(|item| item.text(field)) {
            Some(own) if !own.is_empty() => own.to_string(),
            _ => english.to_string(),
        })
}

/// The entry of an agreement: under its partner's name, in each language
/// its subject is written in.
pub async fn agreement(db: &impl ConnectionTrait, id: i32) -> Result<Option<Entry>, DbErr> {
    let Some(found) = agreement::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    let partner = item_in_each_language(db, ContentKind::Partner, &found.partner_slug).await?;
    let names = names(&partner, "name");
    let subjects = [&found.subject_en, &found.subject_es, &found.subject_fr];
    let texts = std::array::from_fn(|at| match subjects[at].as_str() {
        "" => Default::default(),
        subject => (
            names[at].clone(),
            format!("{subject}\n{}", found.signatories),
        ),
    });
    let english = partner[0].as_ref();
    let year = found.signed().map(|day| day.year());
    Ok(Some(Entry {
        key: Subject::Agreement(id).key(),
        kind: AGREEMENT.to_string(),
        texts,
        names: found.signatories.clone(),
        region: english.and_then(|partner| partner.region.clone()),
        country: english.and_then(|partner| partner.country_code.clone()),
        lines: Vec::new(),
        year,
        articles: Vec::new(),
        date: sortable_date(&found.signed_on, year),
        tie: RECORDS_AFTER + u64::try_from(id).unwrap_or(0),
    }))
}

/// The entry of a council meeting: under its council's name and edition,
/// in each language what it did is written in.
pub async fn meeting(db: &impl ConnectionTrait, id: i32) -> Result<Option<Entry>, DbErr> {
    let Some(found) = meeting::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    let council = item_in_each_language(db, ContentKind::Council, &found.council_slug).await?;
    let names = names(&council, "name");
    let summaries = [&found.summary_en, &found.summary_es, &found.summary_fr];
    let texts = std::array::from_fn(|at| match summaries[at].as_str() {
        "" => Default::default(),
        summary => (
            format!("{} ({}, {})", names[at], found.place, found.year()),
            format!("{summary}\n{}", found.participants),
        ),
    });
    let region = council[0]
        .as_ref()
        .and_then(|council| council.region.clone());
    Ok(Some(Entry {
        key: Subject::Meeting(id).key(),
        kind: MEETING.to_string(),
        texts,
        names: found.participants.clone(),
        region,
        country: found.country_code.clone(),
        lines: Vec::new(),
        year: Some(found.year()),
        articles: Vec::new(),
        date: sortable_date(&found.starts_on, Some(found.year())),
        tie: RECORDS_AFTER + (1 << 32) + u64::try_from(id).unwrap_or(0),
    }))
}

/// Every agreement and council meeting, each as an entry.
pub async fn all_records(db: &impl ConnectionTrait) -> Result<Vec<Entry>, DbErr> {
    let mut entries = Vec::new();
    for id in agreement::Entity::find()
        .all(db)
        .await?
        .iter()
        .map(|a| a.id)
    {
        entries.extend(agreement(db, id).await?);
    }
    for id in meeting::Entity::find().all(db).await?.iter().map(|m| m.id) {
        entries.extend(meeting(db, id).await?);
    }
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use super::sortable_date;

    #[test]
    fn dates_sort_by_what_is_known_of_them() {
        assert_eq!(sortable_date("2019-05-02", Some(2019)), 20_190_502);
        assert_eq!(sortable_date("2019-05", Some(2019)), 20_190_500);
        assert_eq!(sortable_date("", Some(2012)), 20_120_000);
        assert_eq!(sortable_date("", None), 0);
    }
}
