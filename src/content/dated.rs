//! The editors' pages of a dated section (news, events), the same for
//! each: the list, drafts and scheduled items first; a new item's form;
//! each item's form; and their versions (`history`). The form itself is
//! the pages' (`editing`), with the section's facts.

use askama::Template;
use axum::{
    Router,
    extract::{DefaultBodyLimit, Path, Query, State},
    response::Response,
    routing::get,
};
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use super::{
    content_item,
    editing::{FORM_BODY_LIMIT, Section, form_page, show_item, stored_texts_of, submit},
    history, picture,
    publication::Publication,
};
use crate::{
    state::AppState,
    web::{AppError, Page, csrf::CheckedForm, form::SavedQuery, page::render},
};

/// The section's pages, under its staff path (the staff router is nested
/// under `/staff`).
pub fn editor_routes(section: &'static Section) -> Router<AppState> {
    let relative = section.staff_path.trim_start_matches("/staff");
    let limit = || DefaultBodyLimit::max(FORM_BODY_LIMIT);
    Router::new()
        .route(relative, get(move |state, page| list(state, page, section)))
        .route(
            &format!("{relative}/new"),
            get(move |State(state): State<AppState>, page| async move {
                render(&form_page(&state, page, section, None).await?)
            })
            .post(move |State(state), page, form: CheckedForm| {
                submit(state, page, (section, None), form)
            })
            .layer(limit()),
        )
        .route(
            &format!("{relative}/{{slug}}"),
            get(
                move |State(state),
                      page,
                      Path(slug): Path<String>,
                      Query(query): Query<SavedQuery>| async move {
                    show_item(state, page, section, &slug, query).await
                },
            )
            .post(
                move |State(state), page, Path(slug): Path<String>, form: CheckedForm| async move {
                    submit(state, page, (section, Some(&slug)), form).await
                },
            )
            .layer(limit()),
        )
        .merge(history::routes(section))
        .merge(picture::routes(section, relative))
}

/// One item in the editors' list.
struct Listed {
    slug: String,
    title: String,
    publication: Publication,
    published_at: Option<DateTime<Utc>>,
    edited_at: Option<DateTime<Utc>>,
    /// An event's first and last days.
    days: Option<(String, String)>,
}

#[derive(Template)]
#[template(path = "content/staff_dated.html")]
struct ListPage {
    page: Page,
    section: &'static Section,
    items: Vec<Listed>,
}

impl ListPage {
    /// The section's own message: `new` gives `news-new`.
    fn says(&self, what: &str) -> String {
        self.page.t(&format!("{}-{what}", self.section.messages))
    }
}

/// Every item of the section, drafts and scheduled ones first, then the
/// newest.
async fn list(
    State(state): State<AppState>,
    page: Page,
    section: &'static Section,
) -> Result<Response, AppError> {
    let rows = content_item::Entity::find()
        .filter(content_item::Column::Kind.eq(section.kind))
        .order_by_desc(content_item::Column::PublishedAt)
        .order_by_desc(content_item::Column::Id)
        .all(&state.db)
        .await?;
    let ids: Vec<i32> = rows.iter().map(|row| row.id).collect();
    let mut texts = stored_texts_of(&state.db, &ids).await?;
    let now = Utc::now();
    let mut items: Vec<Listed> = rows
        .into_iter()
        .map(|row| {
            let texts = texts.remove(&row.id).unwrap_or_default();
            Listed {
                title: texts.title_in(page.locale).to_string(),
                publication: Publication::of(row.published_at, now),
                published_at: row.published_at,
                edited_at: row.edited_at,
                days: row.starts_on.map(|first| {
                    let last = row.ends_on.unwrap_or_else(|| first.clone());
                    (first, last)
                }),
                slug: row.slug,
            }
        })
        .collect();
    // Not yet public first: what still needs an editor.
    items.sort_by_key(|item| item.publication == Publication::Published);
    render(&ListPage {
        page,
        section,
        items,
    })
}
