//! The public archive (`/{lang}/councils`): every meeting of the councils,
//! the newest first, each with its council, edition, days, place, who took
//! part, what it did and its documents (those the library has published);
//! narrowed by council and by year, with how many each holds.

use askama::Template;
use axum::{
    extract::{Query, State},
    response::Response,
};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde::Deserialize;

use super::{all_meetings, documents_of, meeting, staff};
use crate::{
    library::{self, entities::resource},
    state::AppState,
    web::{AppError, Page, page::render, pager, side_by_side::Translated},
};

/// `?council=&year=`.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Filters {
    council: String,
    year: String,
}

impl Filters {
    fn with(&self, name: &str, value: &str) -> String {
        let pairs = vec![
            ("council", self.council.as_str()),
            ("year", self.year.as_str()),
        ];
        pager::with_changed(pairs, name, value)
    }

    fn narrowed(&self) -> bool {
        !(self.council.is_empty() && self.year.is_empty())
    }

    fn keeps(&self, meeting: &meeting::Model) -> bool {
        (self.council.is_empty() || meeting.council_slug == self.council)
            && (self.year.is_empty() || meeting.year().to_string() == self.year)
    }
}

/// A meeting as the archive shows it.
pub struct Listed {
    pub meeting: meeting::Model,
    pub council: String,
    /// Its published documents, in the editors' order.
    pub documents: Vec<resource::Model>,
}

#[derive(Template)]
#[template(path = "councils/archive.html")]
struct ArchivePage {
    page: Page,
    filters: Filters,
    shown: Vec<Listed>,
    total: usize,
    councils: Vec<(String, String, usize)>,
    years: Vec<(i32, usize)>,
}

impl ArchivePage {
    fn document_path(&self, document: &resource::Model) -> String {
        library::path_of(document.id)
    }
}

pub async fn archive(
    State(state): State<AppState>,
    page: Page,
    Query(filters): Query<Filters>,
) -> Result<Response, AppError> {
    let names = staff::councils(&state.db, &page).await?;
    let all = all_meetings(&state.db).await?;
    let count = |keep: &dyn Fn(&meeting::Model) -> bool| all.iter().filter(|m| keep(m)).count();
    let councils = names
        .iter()
        .map(|(slug, name)| {
            let held = count(&|m| m.council_slug == *slug);
            (slug.clone(), name.clone(), held)
        })
        .filter(|(_, _, held)| *held > 0)
        .collect();
    let mut years: Vec<i32> = all.iter().map(meeting::Model::year).collect();
    years.dedup();
    let years = years
        .into_iter()
        .map(|year| (year, count(&|m| m.year() == year)))
        .collect();
    let total = all.len();
    let kept: Vec<meeting::Model> = all.into_iter().filter(|m| filters.keeps(m)).collect();
    let shown = with_documents(&state, kept, &names).await?;
    render(&ArchivePage {
        page,
        filters,
        shown,
        total,
        councils,
        years,
    })
}

/// Each meeting with its council's name and its published documents: two
/// queries for the whole page.
async fn with_documents(
    state: &AppState,
    meetings: Vec<meeting::Model>,
    names: &[(String, String)],
) -> Result<Vec<Listed>, AppError> {
    let documents = documents_of(&state.db, meetings.iter().map(|m| m.id)).await?;
    let published = resource::Entity::find()
        .filter(resource::Column::Id.is_in(documents.iter().map(|d| d.resource_id)))
        .filter(resource::Column::State.eq(library::entities::State::Published))
        .all(&state.db)
        .await?;
    Ok(meetings
        .into_iter()
        .map(|meeting| {
            let own = documents
                .iter()
                .filter(|d| d.meeting_id == meeting.id)
                .filter_map(|d| published.iter().find(|r| r.id == d.resource_id).cloned())
                .collect();
            Listed {
                council: staff::council_name(names, &meeting.council_slug),
                meeting,
                documents: own,
            }
        })
        .collect())
}
