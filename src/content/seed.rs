//! The observatory's facts and page texts, as this binary ships them:
//! written when missing, and brought up to date on items nobody has edited
//! (`edited_at` is empty), so a site made by an older version gets the
//! newer copy. A second start changes nothing, and an item a person has
//! edited is never overwritten.

use std::collections::HashMap;

use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

use super::{
    Kind, content_item, content_translation, item_slugs,
    publication::DATED,
    seed_files::{SeedItem, catalogue},
};
use crate::{
    i18n::Locale,
    index_changes::{self, Subject},
};

/// The observatory's reports, in their editorial order: the library's
/// first resources too.
pub fn reports() -> impl Iterator<Item = &'static SeedItem> {
    catalogue().iter().filter(|item| item.kind == Kind::Report)
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
    for item in catalogue() {
        let changed = match existing.get(&(item.kind, item.slug.clone())) {
            None => {
                insert_item(db, item).await?;
                inserted += 1;
                true
            }
            Some(stored) if stored.edited_at.is_none() => {
                let refreshed_now = refresh_item(db, item, stored.id).await?;
                refreshed += usize::from(refreshed_now);
                refreshed_now
            }
            Some(_) => false,
        };
        let subject = match item.kind {
            Kind::Page => Some(Subject::Page(item.slug.clone())),
            Kind::News => Some(Subject::News(item.slug.clone())),
            _ => None,
        };
        if let Some(subject) = subject.filter(|_| changed) {
            index_changes::record(db, &subject).await?;
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

async fn insert_item(db: &impl ConnectionTrait, item: &SeedItem) -> Result<(), DbErr> {
    let stored = content_item::Entity::insert(content_item::ActiveModel {
        kind: Set(item.kind),
        slug: Set(item.slug.clone()),
        position: Set(item.position),
        region: Set(item.region.map(|r| r.key().to_string())),
        country_code: Set(item.country_code.clone()),
        published_at: Set(item.published_at),
        category: Set(item.category.clone()),
        ..Default::default()
    })
    .exec_with_returning(db)
    .await?;
    let id = stored.id;
    let rows = Locale::ALL.into_iter().flat_map(|locale| {
        item.fields
            .iter()
            .map(move |(field, value)| translation(id, locale, field, value.in_locale(locale)))
    });
    content_translation::Entity::insert_many(rows)
        .exec(db)
        .await?;
    if DATED.contains(&item.kind) {
        let titles = Locale::ALL.map(|locale| item.text("title", locale));
        item_slugs::give(db, &stored, titles).await?;
    }
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

    #[test]
    fn no_sentence_is_said_in_two_items() {
        let catalogue = catalogue();
        for locale in Locale::ALL {
            let mut said_in = HashMap::new();
            for item in catalogue {
                for (_, value) in &item.fields {
                    for sentence in sentences(value.in_locale(locale)) {
                        let here = (item.kind, item.slug.as_str());
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
                let summary = page.text("summary", locale);
                let body = page.text("body", locale);
                for sentence in sentences(summary) {
                    assert!(!body.contains(sentence), "{}: “{sentence}”", page.slug);
                }
            }
        }
    }

    #[test]
    fn every_report_has_a_summary_in_each_language() {
        for report in reports() {
            for locale in Locale::ALL {
                assert!(
                    !report.text("summary", locale).is_empty(),
                    "{}",
                    report.slug
                );
            }
        }
    }
}
