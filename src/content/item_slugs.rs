//! News items and events have an address in each language, made from
//! their title in that language (`/en/news/agreement-with-peru`,
//! `/es/noticias/acuerdo-con-peru`). An address is made the first time a
//! title in its language is saved and kept after, so that links already
//! shared do not break when a title is corrected. The English address is
//! the item's own slug; the others are kept beside its translations, under
//! the field `slug`. Any of an item's addresses finds it, and a reader
//! who follows one in another language is sent to their language's.

use std::collections::HashMap;

use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter,
    sea_query::Query,
};

use axum::response::{IntoResponse, Redirect, Response};

use super::{Kind, content_item, content_translation, publication, queries::Item};
use crate::{
    i18n::Locale,
    web::{Page, sitemap::Addresses, slugs},
};

/// The field the addresses in Spanish and French are kept under.
pub const FIELD: &str = "slug";

/// Words the sections' own addresses use (`/news/feed`, `/staff/news/new`).
const RESERVED: [&str; 2] = ["feed", "new"];

impl Item {
    /// The last part of the item's address in the language it was read in.
    pub fn own_slug(&self) -> &str {
        match self.text(FIELD) {
            "" => &self.slug,
            own => own,
        }
    }
}

/// Whether an item's address in any language is `slug`.
pub fn at(slug: &str) -> Condition {
    Condition::any()
        .add(content_item::Column::Slug.eq(slug))
        .add(
            content_item::Column::Id.in_subquery(
                Query::select()
                    .column(content_translation::Column::ItemId)
                    .from(content_translation::Entity)
                    .and_where(content_translation::Column::Field.eq(FIELD))
                    .and_where(content_translation::Column::Value.eq(slug))
                    .to_owned(),
            ),
        )
}

/// The ids of the items of `kind`, as a subquery.
fn of_kind(kind: Kind) -> sea_orm::sea_query::SelectStatement {
    Query::select()
        .column(content_item::Column::Id)
        .from(content_item::Entity)
        .and_where(content_item::Column::Kind.eq(kind))
        .to_owned()
}

/// Every address an item of `kind` other than `except` has, in any
/// language: a new one must differ from all, so that it finds one item.
async fn taken(
    db: &impl ConnectionTrait,
    kind: Kind,
    except: Option<i32>,
) -> Result<Vec<String>, DbErr> {
    let items = content_item::Entity::find()
        .filter(content_item::Column::Kind.eq(kind))
        .all(db)
        .await?;
    let translated = content_translation::Entity::find()
        .filter(content_translation::Column::Field.eq(FIELD))
        .filter(content_translation::Column::ItemId.in_subquery(of_kind(kind)))
        .filter(content_translation::Column::ItemId.ne(except.unwrap_or(0)))
        .all(db)
        .await?;
    Ok(items
        .into_iter()
        .filter(|item| Some(item.id) != except)
        .map(|item| item.slug)
        .chain(translated.into_iter().map(|row| row.value))
        .collect())
}

/// An address made from `title` that none of `taken` is (numbered when
/// one is), and no section's own word.
fn unique(title: &str, taken: &[String]) -> String {
    let base = match slugs::from_title(title) {
        reserved if RESERVED.contains(&reserved.as_str()) => format!("{reserved}-item"),
        base => base,
    };
    (1..)
        .map(|n| match n {
            1 => base.clone(),
            n => format!("{base}-{n}"),
        })
        .find(|candidate| !taken.contains(candidate))
        .unwrap_or(base)
}

/// The English address of a new item of `kind`, from its English title.
pub async fn for_new_item(
    db: &impl ConnectionTrait,
    kind: Kind,
    title: &str,
) -> Result<String, DbErr> {
    Ok(unique(title, &taken(db, kind, None).await?))
}

/// Gives `item` an address in each language whose title it now has and
/// that has none yet (`titles` in the order of `Locale::ALL`). A title the
/// same as the English one keeps the English address.
pub async fn give(
    txn: &impl ConnectionTrait,
    item: &content_item::Model,
    titles: [&str; 3],
) -> Result<(), DbErr> {
    let have: Vec<String> = content_translation::Entity::find()
        .filter(content_translation::Column::ItemId.eq(item.id))
        .filter(content_translation::Column::Field.eq(FIELD))
        .all(txn)
        .await?
        .into_iter()
        .map(|row| row.lang)
        .collect();
    let wanting: Vec<(Locale, &str)> = Locale::ALL
        .into_iter()
        .zip(titles)
        .filter(|(locale, title)| {
            *locale != Locale::En
                && !title.trim().is_empty()
                && !have.contains(&locale.code().into())
        })
        .collect();
    if wanting.is_empty() {
        return Ok(());
    }
    let mut taken = taken(txn, item.kind, Some(item.id)).await?;
    for (locale, title) in wanting {
        let slug = unique(title, &taken);
        if slug == item.slug {
            continue;
        }
        taken.push(slug.clone());
        content_translation::Entity::insert(content_translation::ActiveModel {
            item_id: Set(item.id),
            lang: Set(locale.code().to_string()),
            field: Set(FIELD.to_string()),
            value: Set(slug),
            ..Default::default()
        })
        .exec_without_returning(txn)
        .await?;
    }
    Ok(())
}

/// The last part of the address in each language (in the order of
/// `Locale::ALL`) of every item of `kind`, or of the one whose English
/// slug is `only`, by their English slugs.
async fn in_each_language(
    db: &impl ConnectionTrait,
    kind: Kind,
    only: Option<&str>,
) -> Result<HashMap<String, [String; 3]>, DbErr> {
    let mut items = content_item::Entity::find().filter(content_item::Column::Kind.eq(kind));
    if let Some(slug) = only {
        items = items.filter(content_item::Column::Slug.eq(slug));
    }
    let items = items.all(db).await?;
    let mut translated =
        content_translation::Entity::find().filter(content_translation::Column::Field.eq(FIELD));
    translated = match only {
        Some(_) => translated
            .filter(content_translation::Column::ItemId.is_in(items.iter().map(|item| item.id))),
        None => translated.filter(content_translation::Column::ItemId.in_subquery(of_kind(kind))),
    };
    let translated = translated.all(db).await?;
    let mut slugs: HashMap<i32, [String; 3]> = items
        .iter()
        .map(|item| (item.id, [(); 3].map(|_| item.slug.clone())))
        .collect();
    for row in translated {
        let index = Locale::ALL
            .iter()
            .position(|locale| locale.code() == row.lang);
        if let (Some(index), Some(slugs)) = (index, slugs.get_mut(&row.item_id)) {
            slugs[index] = row.value;
        }
    }
    Ok(items
        .into_iter()
        .filter_map(|item| Some((item.slug, slugs.remove(&item.id)?)))
        .collect())
}

/// The list `list` (`/news`) and every published item of `kind` at its
/// address in each language, for the sitemap.
pub async fn sitemap_addresses(
    db: &impl ConnectionTrait,
    kind: Kind,
    list: &str,
) -> Result<Vec<Addresses>, DbErr> {
    let published = publication::published_slugs(db, kind).await?;
    let mut each = in_each_language(db, kind, None).await?;
    let items = published.into_iter().map(|slug| {
        let slugs = each
            .remove(&slug)
            .unwrap_or_else(|| [(); 3].map(|_| slug.clone()));
        Addresses(slugs.map(|slug| format!("{list}/{slug}")))
    });
    Ok(std::iter::once(Addresses::from(list))
        .chain(items)
        .collect())
}

/// The page of `item` of `kind`, read at `asked` under `list` (`/news`):
/// with its addresses in each language for the language switcher and
/// `hreflang`, or, when `asked` is its address in another language, a
/// permanent redirect to the reader's.
pub async fn place(
    db: &impl ConnectionTrait,
    (kind, list): (Kind, &str),
    item: &Item,
    (asked, page): (&str, Page),
) -> Result<Result<Page, Response>, DbErr> {
    let own = item.own_slug();
    if own != asked {
        let address = page.link_keeping_query(&format!("{list}/{own}"));
        return Ok(Err(Redirect::permanent(&address).into_response()));
    }
    let slugs = in_each_language(db, kind, Some(&item.slug))
        .await?
        .remove(&item.slug)
        .unwrap_or_else(|| [(); 3].map(|_| item.slug.clone()));
    Ok(Ok(page.with_alternate_paths(
        slugs.map(|slug| format!("{list}/{slug}")),
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_is_made_from_the_title_and_never_taken_twice() {
        let taken = ["acuerdo-con-peru".to_string(), "feed-item".to_string()];
        assert_eq!(unique("Acuerdo con Perú", &taken), "acuerdo-con-peru-2");
        assert_eq!(
            unique("Accord avec le Pérou", &taken),
            "accord-avec-le-perou"
        );
        assert_eq!(unique("Feed", &taken), "feed-item-2");
    }
}
