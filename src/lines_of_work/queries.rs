//! Reading the lines of work in one language, as forms and staff pages show them.

use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};

use super::entities::{line_of_work, line_of_work_translation};
use crate::{i18n::Locale, state::AppState};

/// A line of work as shown in a form, in one language.
#[derive(Clone, Debug)]
pub struct LineOption {
    pub id: i32,
    pub slug: String,
    pub name: String,
    pub description: String,
}

/// Active lines in editorial order, named in `locale` (English when a
/// translation is missing): what the forms offer. Kept in memory until
/// content changes (editing a line is such a change), since every form
/// and every submission reads them.
pub async fn active(state: &AppState, locale: Locale) -> Result<Vec<LineOption>, DbErr> {
    kept(state, locale, true).await
}

/// Every line, retired ones included, kept in memory like `active`: the
/// library's and the search's public pages name them on every view.
pub async fn every(state: &AppState, locale: Locale) -> Result<Vec<LineOption>, DbErr> {
    kept(state, locale, false).await
}

async fn kept(
    state: &AppState,
    locale: Locale,
    only_active: bool,
) -> Result<Vec<LineOption>, DbErr> {
    let which = if only_active { "active" } else { "every" };
    let name = format!("{which}-line-of-work:{}", locale.code());
    let lines = state
        .pages
        .derived(&name, || named(&state.db, locale, only_active))
        .await?;
    Ok(lines.as_ref().clone())
}

/// Every line, retired ones included, in editorial order: what staff see
/// on earlier proposals, in the queue's filter and in the dashboard.
pub async fn all(db: &impl ConnectionTrait, locale: Locale) -> Result<Vec<LineOption>, DbErr> {
    named(db, locale, false).await
}

async fn named(
    db: &impl ConnectionTrait,
    locale: Locale,
    only_active: bool,
) -> Result<Vec<LineOption>, DbErr> {
    let mut query = line_of_work::Entity::find().order_by_asc(line_of_work::Column::Position);
    if only_active {
        query = query.filter(line_of_work::Column::Active.eq(true));
    }
    let lines = query.all(db).await?;
    let translations = line_of_work_translation::Entity::find()
        .filter(line_of_work_translation::Column::LineId.is_in(lines.iter().map(|l| l.id)))
        .filter(line_of_work_translation::Column::Lang.is_in([locale.code(), "en"]))
        .all(db)
        .await?;
    Ok(lines
        .into_iter()
        .map(|line| {
            let text = translations
                .iter()
                .filter(|t| t.line_id == line.id)
                .max_by_key(|t| t.lang == locale.code());
            LineOption {
                id: line.id,
                slug: line.slug,
                name: text.map(|t| t.name.clone()).unwrap_or_default(),
                description: text.map(|t| t.description.clone()).unwrap_or_default(),
            }
        })
        .collect())
}
