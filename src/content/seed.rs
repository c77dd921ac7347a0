//! The observatory's facts and page texts, as this binary ships them:
//! written when missing, and brought up to date on items nobody has edited
//! (`edited_at` is empty), so a site made by an older version gets the
//! newer copy. A second start changes nothing, and an item a person has
//! edited is never overwritten.

use std::collections::HashMap;

use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

use super::{
    Kind, content_item, content_translation,
    queries::HEAD_OFFICE_SLUG,
    seed_data::{self, HEAD_OFFICE},
    seed_types::Text,
};
use crate::{
    geography::Region,
    i18n::Locale,
    index_changes::{self, Subject},
};

pub use seed_data::REPORTS;

/// A field's value: translated, or the same in every language.
enum Value {
    Translated(&'static Text),
    Same(&'static str),
}

impl Value {
    fn in_locale(&self, locale: Locale) -> &'static str {
        match self {
            Value::Translated(text) => match locale {
                Locale::En => text.en,
                Locale::Es => text.es,
                Locale::Fr => text.fr,
            },
            Value::Same(value) => value,
        }
    }
}

struct SeedItem {
    kind: Kind,
    slug: &'static str,
    region: Option<Region>,
    country_code: Option<&'static str>,
    fields: Vec<(&'static str, Value)>,
}

impl SeedItem {
    fn new(kind: Kind, slug: &'static str, fields: Vec<(&'static str, Value)>) -> Self {
        SeedItem {
            kind,
            slug,
            region: None,
            country_code: None,
            fields,
        }
    }

    fn in_region(mut self, region: Region, country_code: Option<&'static str>) -> Self {
        self.region = Some(region);
        self.country_code = country_code;
        self
    }
}

use Value::{Same, Translated as T};

fn catalogue() -> Vec<SeedItem> {
    let mut items = Vec::new();
    items.extend(seed_data::PAGES.iter().map(|p| {
        SeedItem::new(
            Kind::Page,
            p.slug,
            vec![
                ("title", T(&p.title)),
                ("summary", T(&p.summary)),
                ("body", T(&p.body)),
            ],
        )
    }));
    items.extend(seed_data::REPORTS.iter().map(|r| {
        SeedItem::new(
            Kind::Report,
            r.slug,
            vec![("title", T(&r.title)), ("summary", T(&r.summary))],
        )
    }));
    items.extend(seed_data::PARTNERS.iter().map(|p| {
        SeedItem::new(
            Kind::Partner,
            p.slug,
            vec![("name", T(&p.name)), ("description", T(&p.description))],
        )
        .in_region(p.region, p.country_code)
    }));
    items.extend(seed_data::FORUMS.iter().map(|f| {
        SeedItem::new(
            Kind::Forum,
            f.slug,
            vec![("name", T(&f.name)), ("status", T(&f.status))],
        )
    }));
    items.extend(seed_data::PROGRAMMES.iter().map(|p| {
        SeedItem::new(
            Kind::Programme,
            p.slug,
            vec![
                ("name", T(&p.name)),
                ("description", T(&p.description)),
                ("period", Same(p.period)),
            ],
        )
    }));
    items.extend(seed_data::COUNCILS.iter().map(|c| {
        SeedItem::new(
            Kind::Council,
            c.slug,
            vec![("name", T(&c.name)), ("description", T(&c.description))],
        )
        .in_region(c.region, None)
    }));
    items.extend(
        seed_data::INSTRUMENTS
            .iter()
            .map(|i| SeedItem::new(Kind::Instrument, i.slug, vec![("text", T(&i.text))])),
    );
    items.push(SeedItem::new(
        Kind::Office,
        HEAD_OFFICE_SLUG,
        vec![
            ("legal_name", T(&HEAD_OFFICE.legal_name)),
            ("street", Same(HEAD_OFFICE.street)),
            ("postcode", Same(HEAD_OFFICE.postcode)),
            ("city", T(&HEAD_OFFICE.city)),
            ("country", T(&HEAD_OFFICE.country)),
            ("phone", Same(HEAD_OFFICE.phone)),
            ("fax", Same(HEAD_OFFICE.fax)),
            ("email", Same(HEAD_OFFICE.email)),
        ],
    ));
    items
}

/// Inserts every catalogue item that is not in the database yet, and
/// brings the text of those nobody has edited up to this binary's copy.
/// Returns how many items were inserted or brought up to date.
pub async fn seed(db: &impl ConnectionTrait) -> Result<usize, DbErr> {
    let existing: HashMap<(Kind, String), content_item::Model> = content_item::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|item| ((item.kind, item.slug.clone()), item))
        .collect();
    let mut inserted = 0;
    let mut refreshed = 0;
    let mut position_of_kind = HashMap::<Kind, i32>::new();
    for item in catalogue() {
        let position = position_of_kind.entry(item.kind).or_default();
        *position += 1;
        let changed = match existing.get(&(item.kind, item.slug.to_string())) {
            None => {
                insert_item(db, &item, *position).await?;
                inserted += 1;
                true
            }
            Some(stored) if stored.edited_at.is_none() => {
                let refreshed_now = refresh_item(db, &item, stored.id).await?;
                refreshed += usize::from(refreshed_now);
                refreshed_now
            }
            Some(_) => false,
        };
        if changed && item.kind == Kind::Page {
            index_changes::record(db, &Subject::Page(item.slug.to_string())).await?;
        }
    }
    if inserted > 0 || refreshed > 0 {
        tracing::info!(inserted, refreshed, "seeded content");
        crate::web::page_cache::record_change(db).await?;
    }
    Ok(inserted + refreshed)
}

/// Writes the catalogue's text of `item` where the stored one differs or
/// is missing; returns whether anything changed.
async fn refresh_item(
    db: &impl ConnectionTrait,
    item: &SeedItem,
    item_id: i32,
) -> Result<bool, DbErr> {
    let stored: HashMap<(String, String), content_translation::Model> =
        content_translation::Entity::find()
            .filter(content_translation::Column::ItemId.eq(item_id))
            .all(db)
            .await?
            .into_iter()
            .map(|row| ((row.lang.clone(), row.field.clone()), row))
            .collect();
    let mut changed = false;
    for locale in Locale::ALL {
        for (field, value) in &item.fields {
            let text = value.in_locale(locale);
            match stored.get(&(locale.code().to_string(), field.to_string())) {
                Some(row) if row.value == text => {}
                Some(row) => {
                    content_translation::Entity::update(content_translation::ActiveModel {
                        id: Set(row.id),
                        value: Set(text.to_string()),
                        ..Default::default()
                    })
                    .exec(db)
                    .await?;
                    changed = true;
                }
                None => {
                    content_translation::Entity::insert(translation(item_id, locale, field, text))
                        .exec(db)
                        .await?;
                    changed = true;
                }
            }
        }
    }
    Ok(changed)
}

fn translation(
    item_id: i32,
    locale: Locale,
    field: &str,
    text: &str,
) -> content_translation::ActiveModel {
    content_translation::ActiveModel {
        item_id: Set(item_id),
        lang: Set(locale.code().to_string()),
        field: Set(field.to_string()),
        value: Set(text.to_string()),
        ..Default::default()
    }
}

async fn insert_item(
    db: &impl ConnectionTrait,
    item: &SeedItem,
    position: i32,
) -> Result<(), DbErr> {
    let id = content_item::Entity::insert(content_item::ActiveModel {
        kind: Set(item.kind),
        slug: Set(item.slug.to_string()),
        position: Set(position),
        region: Set(item.region.map(|r| r.key().to_string())),
        country_code: Set(item.country_code.map(str::to_string)),
        ..Default::default()
    })
    .exec(db)
    .await?
    .last_insert_id;
    let rows = Locale::ALL.into_iter().flat_map(|locale| {
        item.fields
            .iter()
            .map(move |(field, value)| translation(id, locale, field, value.in_locale(locale)))
    });
    content_translation::Entity::insert_many(rows)
        .exec(db)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A text's sentences, leaving out short fragments such as headings.
    fn sentences(text: &str) -> impl Iterator<Item = &str> {
        text.lines()
            .flat_map(|line| line.split(". "))
            .map(|sentence| sentence.trim().trim_end_matches('.'))
            .filter(|sentence| sentence.chars().count() > 30)
    }

    fn field<'a>(item: &'a SeedItem, name: &str) -> Option<&'a Value> {
        item.fields
            .iter()
            .find(|(field, _)| *field == name)
            .map(|(_, value)| value)
    }

    #[test]
    fn no_sentence_is_said_in_two_items() {
        let catalogue = catalogue();
        for locale in Locale::ALL {
            let mut said_in = HashMap::new();
            for item in &catalogue {
                for (_, value) in &item.fields {
                    for sentence in sentences(value.in_locale(locale)) {
                        let here = (item.kind, item.slug);
                        if let Some(other) = said_in.insert(sentence, here) {
                            assert_eq!(other, here, "{locale:?}: “{sentence}” said twice");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn a_page_body_does_not_restate_its_summary() {
        for page in catalogue().iter().filter(|item| item.kind == Kind::Page) {
            for locale in Locale::ALL {
                let summary = field(page, "summary").unwrap().in_locale(locale);
                let body = field(page, "body").unwrap().in_locale(locale);
                for sentence in sentences(summary) {
                    assert!(!body.contains(sentence), "{}: “{sentence}”", page.slug);
                }
            }
        }
    }

    #[test]
    fn every_report_has_a_summary_in_each_language() {
        for report in catalogue().iter().filter(|item| item.kind == Kind::Report) {
            let summary = field(report, "summary").expect(report.slug);
            for locale in Locale::ALL {
                assert!(!summary.in_locale(locale).is_empty(), "{}", report.slug);
            }
        }
    }
}
