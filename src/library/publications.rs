//! The observatory's publications (`/reports`): its reports in the order
//! and words the editors give them (content items of kind `report`), each
//! with what the library keeps of it — cover, year, the languages it is
//! written in, its documents to download — and a link to its record. The
//! library holds a report as the resource seeded under the report's slug
//! (`seed`); a report whose resource is not published shows its text alone.

use askama::Template;
use axum::{extract::State, response::Response};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use super::{
    entities::{State as ResourceState, file, resource},
    files,
};
use crate::{
    content::{self, Article, Kind, queries::Item},
    i18n::Locale,
    images::{self, image},
    state::AppState,
    web::{AppError, Page, page::render, side_by_side::Translated},
};

/// A report as its publications page shows it.
pub struct Publication {
    pub report: Item,
    pub resource: Option<resource::Model>,
    pub cover: Option<image::Model>,
    pub files: Vec<file::Model>,
}

impl Publication {
    /// Where the public downloads one of its documents.
    pub fn file_path(&self, file: &file::Model) -> String {
        files::public_file_path(file.resource_id.unwrap_or_default(), file.id)
    }

    /// The languages it is written in, by their own names.
    pub fn languages(&self) -> Vec<Locale> {
        self.resource
            .as_ref()
            .map(|resource| resource.written_languages())
            .unwrap_or_default()
    }
}

#[derive(Template)]
#[template(path = "library/reports.html")]
struct ReportsPage {
    page: Page,
    article: Article,
    publications: Vec<Publication>,
}

pub async fn show(State(state): State<AppState>, page: Page) -> Result<Response, AppError> {
    let article = content::page_article(&state.db, &page, "reports").await?;
    let reports = content::queries::items(&state.db, Kind::Report, page.locale).await?;
    let publications = publications(&state, reports).await?;
    render(&ReportsPage {
        page,
        article,
        publications,
    })
}

/// Each report with its published resource, cover and documents: three
/// queries for the whole page.
async fn publications(state: &AppState, reports: Vec<Item>) -> Result<Vec<Publication>, AppError> {
    let resources = resource::Entity::find()
        .filter(resource::Column::SeedKey.is_in(reports.iter().map(|r| r.slug.clone())))
        .filter(resource::Column::State.eq(ResourceState::Published))
        .all(&state.db)
        .await?;
    let ids: Vec<i32> = resources.iter().map(|r| r.id).collect();
    let mut documents = files::files_of_many(&state.db, &ids).await?;
    let covers =
        images::find_many(&state.db, resources.iter().filter_map(|r| r.cover_image_id)).await?;
    Ok(reports
        .into_iter()
        .map(|report| {
            let resource = resources
                .iter()
                .find(|r| r.seed_key.as_deref() == Some(report.slug.as_str()))
                .cloned();
            let id = resource.as_ref().map(|r| r.id);
            let files = documents
                .extract_if(.., |file| {
                    file.resource_id.is_some() && file.resource_id == id
                })
                .collect();
            let cover = resource
                .as_ref()
                .and_then(|r| r.cover_image_id)
                .and_then(|cover| covers.iter().find(|image| image.id == cover).cloned());
            Publication {
                report,
                resource,
                cover,
                files,
            }
        })
        .collect())
}
