//! The main menu, which editors arrange at `/staff/menu`: each entry a page
//! of the site by its English path (shown at each language's own address)
//! with its label in three languages, in the editors' order. A new site
//! starts with the observatory's sections. The call to collaborate stays
//! at the menu's end: it is the site's purpose, not a section. The menu is
//! kept with the site facts (`web::site`) and read again when content
//! changes; each save is a version of the menu, and a save over a newer
//! one is refused.

use std::collections::HashMap;

use askama::Template;
use axum::{
    Router,
    extract::{Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
    routing::get,
};
use sea_orm::{ActiveValue::Set, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryOrder};
use serde::Serialize;
use serde_json::{Map, Value};

use crate::{
    i18n::Locale,
    state::AppState,
    versions,
    web::{
        AppError, Page,
        csrf::CheckedForm,
        form::{FieldErrors, SavedQuery, TextBounds},
        page::{is_site_address, render},
        page_cache, rows,
        site::MenuLink,
    },
};

pub mod menu_entry {
    use sea_orm::entity::prelude::*;

    /// An entry of the main menu.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "menu_entries")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub position: i32,
        /// The page's English path: `/about`.
        pub path: String,
        pub label_en: String,
        pub label_es: String,
        pub label_fr: String,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// The menu a new site starts with: its sections, by their labels' keys.
const FIRST_MENU: [(&str, &str); 9] = [
    ("/", "nav-home"),
    ("/about", "nav-about"),
    ("/technical-cooperation", "nav-cooperation"),
    ("/collaboration-networks", "nav-networks"),
    ("/reports", "nav-reports"),
    ("/news", "nav-news"),
    ("/events", "nav-events"),
    ("/library", "nav-library"),
    ("/contact", "nav-contact"),
];

/// The most entries the menu holds: more would not fit a screen's width.
const MOST_ENTRIES: usize = 12;

const LABEL: TextBounds = TextBounds { min: 0, max: 40 };

/// What a menu's versions are filed under.
const SUBJECT: &str = "menu";

/// Writes the first menu on a site that has none.
pub async fn seed(db: &impl ConnectionTrait) -> Result<(), DbErr> {
    if menu_entry::Entity::find().count(db).await? > 0 {
        return Ok(());
    }
    let entries = FIRST_MENU.iter().zip(1..).map(|((path, key), position)| {
        let [en, es, fr] = Locale::ALL.map(|locale| locale.t(key));
        menu_entry::ActiveModel {
            position: Set(position),
            path: Set(path.to_string()),
            label_en: Set(en),
            label_es: Set(es),
            label_fr: Set(fr),
            ..Default::default()
        }
    });
    menu_entry::Entity::insert_many(entries)
        .exec_without_returning(db)
        .await?;
    Ok(())
}

async fn entries(db: &impl ConnectionTrait) -> Result<Vec<menu_entry::Model>, DbErr> {
    menu_entry::Entity::find()
        .order_by_asc(menu_entry::Column::Position)
        .order_by_asc(menu_entry::Column::Id)
        .all(db)
        .await
}

/// The menu in every language, for the site facts.
pub async fn links(db: &impl ConnectionTrait) -> Result<HashMap<Locale, Vec<MenuLink>>, DbErr> {
    let entries = entries(db).await?;
    Ok(Locale::ALL
        .into_iter()
        .map(|locale| {
            let links = entries
                .iter()
                .map(|entry| {
                    let (label, label_lang) =
                        locale.pick([&entry.label_en, &entry.label_es, &entry.label_fr]);
                    MenuLink {
                        path: entry.path.clone(),
                        label: label.to_string(),
                        label_lang,
                    }
                })
                .collect();
            (locale, links)
        })
        .collect())
}

pub fn editor_routes() -> Router<AppState> {
    Router::new().route("/menu", get(show).post(save))
}

/// One row of the form: an entry, or a blank one to add.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Row {
    pub position: String,
    pub path: String,
    pub label_en: String,
    pub label_es: String,
    pub label_fr: String,
}

impl Row {
    fn of(entry: &menu_entry::Model) -> Row {
        Row {
            position: entry.position.to_string(),
            path: entry.path.clone(),
            label_en: entry.label_en.clone(),
            label_es: entry.label_es.clone(),
            label_fr: entry.label_fr.clone(),
        }
    }

    fn is_blank(&self) -> bool {
        [&self.path, &self.label_en, &self.label_es, &self.label_fr]
            .iter()
            .all(|text| text.trim().is_empty())
    }

    /// The position and the path: (field's name, label's key, value, input
    /// type), for `row`.
    pub fn place_fields(
        &self,
        row: &usize,
    ) -> [(&'static str, &'static str, &str, &'static str); 2] {
        let name = |field| rows::name(field, *row);
        [
            (name("position"), "menu-position", &self.position, "number"),
            (name("path"), "menu-path", &self.path, "text"),
        ]
    }

    /// The labels in the form's order, with their fields' names in `row`.
    pub fn labels(&self, row: &usize) -> [(Locale, &'static str, &str); 3] {
        let name = |field| rows::name(field, *row);
        [
            (Locale::En, name("label_en"), &self.label_en),
            (Locale::Es, name("label_es"), &self.label_es),
            (Locale::Fr, name("label_fr"), &self.label_fr),
        ]
    }
}

#[derive(Template)]
#[template(path = "content/staff_menu.html")]
struct MenuPage {
    page: Page,
    rows: Vec<Row>,
    errors: FieldErrors,
    latest: i32,
    saved: bool,
}

async fn show(
    State(state): State<AppState>,
    page: Page,
    Query(query): Query<SavedQuery>,
) -> Result<Response, AppError> {
    let entries = entries(&state.db).await?;
    render(&MenuPage {
        errors: FieldErrors::new(page.locale),
        page,
        rows: rows::with_blanks(entries.iter().map(Row::of), MOST_ENTRIES),
        latest: versions::latest_number(&state.db, SUBJECT).await?,
        saved: query.saved,
    })
}

/// The rows as sent, in the form's order.
fn sent_rows(fields: &HashMap<String, String>) -> Vec<Row> {
    (0..MOST_ENTRIES)
        .map(|row| {
            let field = |name| rows::sent(fields, name, row);
            Row {
                position: field("position"),
                path: field("path"),
                label_en: field("label_en"),
                label_es: field("label_es"),
                label_fr: field("label_fr"),
            }
        })
        .collect()
}

async fn save(
    State(state): State<AppState>,
    page: Page,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let fields: HashMap<String, String> = form.parse()?;
    let rows = sent_rows(&fields);
    let read = rows::version_read(&fields)?;
    let mut errors = FieldErrors::new(page.locale);
    let checked = check(&rows, &mut errors);
    let Some(checked) = checked.filter(|_| errors.is_empty()) else {
        let shown = MenuPage {
            page,
            rows,
            errors,
            latest: read,
            saved: false,
        };
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&shown)?).into_response());
    };
    let txn = state.begin_write().await?;
    menu_entry::Entity::delete_many().exec(&txn).await?;
    let stored = checked
        .iter()
        .zip(1..)
        .map(|(row, position)| menu_entry::ActiveModel {
            position: Set(position),
            path: Set(row.path.clone()),
            label_en: Set(row.label_en.clone()),
            label_es: Set(row.label_es.clone()),
            label_fr: Set(row.label_fr.clone()),
            ..Default::default()
        });
    menu_entry::Entity::insert_many(stored)
        .exec_without_returning(&txn)
        .await?;
    let author = page.user_id();
    versions::record_over(&txn, SUBJECT, read, (author, "edited"), snapshot(&checked)).await?;
    page_cache::commit_change(&state, txn).await?;
    Ok(Redirect::to(&format!("{}?saved=true", page.link("/staff/menu"))).into_response())
}

/// The entries the form keeps, in their new order (by position, then as
/// listed), or none with each problem next to its field. Blank rows are
/// left out; a menu keeps one entry at least.
fn check(rows: &[Row], errors: &mut FieldErrors) -> Option<Vec<Row>> {
    let mut kept: Vec<(i32, usize, Row)> = Vec::new();
    for (index, row) in rows.iter().enumerate().filter(|(_, row)| !row.is_blank()) {
        let name = |field| rows::name(field, index);
        let position = rows::position(&row.position, index, errors);
        let path = row.path.trim();
        if !is_site_address(path) {
            errors.add(name("path"), "menu-path-invalid");
        }
        let label_en = match row.label_en.trim() {
            "" => {
                errors.add(name("label_en"), "menu-label-missing");
                None
            }
            typed => errors.checked_text(name("label_en"), typed, LABEL, ""),
        };
        let label_es = errors.checked_text(name("label_es"), &row.label_es, LABEL, "");
        let label_fr = errors.checked_text(name("label_fr"), &row.label_fr, LABEL, "");
        if let (Some(position), Some(label_en), Some(label_es), Some(label_fr)) =
            (position, label_en, label_es, label_fr)
        {
            let row = Row {
                position: position.to_string(),
                path: path.to_string(),
                label_en,
                label_es,
                label_fr,
            };
            kept.push((position, index, row));
        }
    }
    if kept.is_empty() && errors.is_empty() {
        errors.add(rows::name("path", 0), "menu-empty");
        return None;
    }
    Some(rows::ordered(kept))
}

/// What a version keeps of the menu: its entries in order.
fn snapshot(rows: &[Row]) -> Map<String, Value> {
    let entries: Vec<Value> = rows
        .iter()
        .map(|row| {
            let labels = [&row.label_en, &row.label_es, &row.label_fr];
            let labels: Vec<&str> = labels.iter().map(|l| l.as_str()).collect();
            Value::from(format!("{} — {}", row.path, labels.join(" / ")))
        })
        .collect();
    Map::from_iter([("entries".to_string(), Value::Array(entries))])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(position: &str, path: &str, label: &str) -> Row {
        Row {
            position: position.into(),
            path: path.into(),
            label_en: label.into(),
            ..Row::default()
        }
    }

    #[test]
    fn entries_are_ordered_by_position_and_blank_rows_left_out() {
        let rows = [
            row("2", "/about", "Who we are"),
            Row::default(),
            row("1", "/", "Home"),
        ];
        let mut errors = FieldErrors::new(Locale::En);
        let kept = check(&rows, &mut errors).unwrap();
        assert!(errors.is_empty());
        let paths: Vec<&str> = kept.iter().map(|row| row.path.as_str()).collect();
        assert_eq!(paths, ["/", "/about"]);
    }

    #[test]
    fn an_address_elsewhere_or_a_missing_label_is_refused() {
        let rows = [
            row("1", "https://example.org/", "Elsewhere"),
            row("2", "//example.org", "Elsewhere"),
            row("3", "/library", ""),
        ];
        let mut errors = FieldErrors::new(Locale::En);
        check(&rows, &mut errors);
        assert!(errors.has("path_0") && errors.has("path_1") && errors.has("label_en_2"));
        let mut errors = FieldErrors::new(Locale::En);
        assert!(check(&[Row::default()], &mut errors).is_none());
        assert!(errors.has("path_0"), "an empty menu is refused");
    }
}
