//! Reading content in one language, falling back to English for any field
//! not yet translated.

use std::collections::HashMap;

use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder,
};

use super::{Kind, content_item, content_translation};
use crate::{
    i18n::Locale,
    web::site::{Office, SiteFacts, SiteFactsFuture},
};

const FALLBACK: Locale = Locale::En;

/// A content item with its text fields in the requested language.
#[derive(Clone, Debug, Default)]
pub struct Item {
    pub slug: String,
    pub region: Option<String>,
    pub country_code: Option<String>,
    fields: HashMap<String, String>,
    /// The fields shown in English because the language asked for has no
    /// text of its own for them.
    in_english: std::collections::HashSet<String>,
}

impl Item {
    /// The field's text, or an empty string when it has none.
    pub fn text(&self, field: &str) -> &str {
        self.fields.get(field).map_or("", String::as_str)
    }

    /// The language of the field's text when it is not the one asked for
    /// (its English, for want of a translation), to be marked as such.
    pub fn fallback_language(&self, field: &str) -> Option<&'static str> {
        self.in_english.contains(field).then_some(FALLBACK.code())
    }
}

/// All items of a kind, in their editorial order.
pub async fn items(
    db: &impl ConnectionTrait,
    kind: Kind,
    locale: Locale,
) -> Result<Vec<Item>, DbErr> {
    let rows = content_item::Entity::find()
        .filter(content_item::Column::Kind.eq(kind))
        .order_by_asc(content_item::Column::Position)
        .all(db)
        .await?;
    with_texts(db, rows, locale).await
}

/// One item of a kind by slug.
pub async fn item(
    db: &impl ConnectionTrait,
    kind: Kind,
    slug: &str,
    locale: Locale,
) -> Result<Option<Item>, DbErr> {
    let row = content_item::Entity::find()
        .filter(content_item::Column::Kind.eq(kind))
        .filter(content_item::Column::Slug.eq(slug))
        .one(db)
        .await?;
    Ok(with_texts(db, row.into_iter().collect(), locale)
        .await?
        .pop())
}

pub(super) async fn with_texts(
    db: &impl ConnectionTrait,
    rows: Vec<content_item::Model>,
    locale: Locale,
) -> Result<Vec<Item>, DbErr> {
    let ids: Vec<i32> = rows.iter().map(|row| row.id).collect();
    let translations = content_translation::Entity::find()
        .filter(content_translation::Column::ItemId.is_in(ids))
        .filter(content_translation::Column::Lang.is_in([locale.code(), FALLBACK.code()]))
        .all(db)
        .await?;
    let mut texts: HashMap<i32, Item> = HashMap::new();
    for translation in translations {
        let item = texts.entry(translation.item_id).or_default();
        // The requested language wins over the fallback, whatever the order.
        if translation.lang == locale.code() {
            item.in_english.remove(&translation.field);
            item.fields.insert(translation.field, translation.value);
        } else if !item.fields.contains_key(&translation.field) {
            item.in_english.insert(translation.field.clone());
            item.fields.insert(translation.field, translation.value);
        }
    }
    Ok(rows
        .into_iter()
        .map(|row| {
            let texts = texts.remove(&row.id).unwrap_or_default();
            Item {
                fields: texts.fields,
                in_english: texts.in_english,
                slug: row.slug,
                region: row.region,
                country_code: row.country_code,
            }
        })
        .collect())
}

pub const HEAD_OFFICE_SLUG: &str = "head-office";

/// The site facts every page shows, in every language: their loader,
/// given to `AppState::with_site_facts`.
pub fn site_facts(db: DatabaseConnection) -> SiteFactsFuture {
    Box::pin(async move {
        let mut offices = HashMap::new();
        for locale in Locale::ALL {
            let item = item(&db, Kind::Office, HEAD_OFFICE_SLUG, locale)
                .await?
                .unwrap_or_default();
            offices.insert(locale, office_of(&item));
        }
        let menus = super::menu::links(&db).await?;
        Ok(SiteFacts { offices, menus })
    })
}

fn office_of(item: &Item) -> Office {
    let text = |field: &str| item.text(field).to_string();
    Office {
        legal_name: text("legal_name"),
        street: text("street"),
        postcode: text("postcode"),
        city: text("city"),
        country: text("country"),
        phone: text("phone"),
        fax: text("fax"),
        email: text("email"),
    }
}

/// The item's own text in each language it is written in, without the
/// English fallback: what the search indexes for that language.
pub async fn in_each_language(
    db: &impl ConnectionTrait,
    kind: Kind,
    slug: &str,
) -> Result<Vec<(Locale, Item)>, DbErr> {
    let Some(row) = content_item::Entity::find()
        .filter(content_item::Column::Kind.eq(kind))
        .filter(content_item::Column::Slug.eq(slug))
        .one(db)
        .await?
    else {
        return Ok(Vec::new());
    };
    let translations = content_translation::Entity::find()
        .filter(content_translation::Column::ItemId.eq(row.id))
        .all(db)
        .await?;
    Ok(Locale::ALL
        .into_iter()
        .filter_map(|locale| {
            let fields: HashMap<String, String> = translations
                .iter()
                .filter(|translation| translation.lang == locale.code())
                .map(|translation| (translation.field.clone(), translation.value.clone()))
                .collect();
            // A language counts once its title is written: a picture's
            // text or an address alone does not make it one.
            let titled = ["title", "name"]
                .iter()
                .any(|field| fields.get(*field).is_some_and(|text| !text.is_empty()));
            titled.then(|| {
                let item = Item {
                    slug: row.slug.clone(),
                    region: row.region.clone(),
                    country_code: row.country_code.clone(),
                    fields,
                    in_english: Default::default(),
                };
                (locale, item)
            })
        })
        .collect())
}
