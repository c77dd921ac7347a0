//! The library's public pages: its home, the list of resources with its
//! filters, each resource with its citation, the instruments with the
//! resources citing each article.

use askama::Template;
use axum::{
    extract::{Path, Query, State},
    http::header,
    response::{IntoResponse, Response},
};

use super::{
    catalogue::{self, Count, Detailed, Filters, FromCountry, Listing},
    cite::{Apa, Citation},
    entities::{State as ResourceState, file, resource},
    files, standards,
};
use crate::{
    db::Keyed,
    i18n::Locale,
    images::{self, image},
    lines_of_work::{self, LineOption},
    state::AppState,
    uploads,
    web::{AppError, Page, page::render, side_by_side::Translated},
};

/// How many of the newest resources the library's home shows.
const LATEST: u64 = 6;

#[derive(Template)]
#[template(path = "library/home.html")]
struct HomePage {
    page: Page,
    kinds: Vec<Count>,
    latest: Vec<resource::Model>,
    instruments: &'static [standards::Instrument],
}

pub async fn home(State(state): State<AppState>, page: Page) -> Result<Response, AppError> {
    render(&HomePage {
        kinds: catalogue::kind_counts(&state.db).await?,
        latest: catalogue::latest(&state.db, None, LATEST).await?,
        page,
        instruments: standards::all(),
    })
}

#[derive(Template)]
#[template(path = "library/list.html")]
struct ListPage {
    page: Page,
    filters: Filters,
    listing: Listing,
    lines: Vec<LineOption>,
}

impl ListPage {
    fn line_name(&self, slug: &str) -> String {
        self.lines
            .iter()
            .find(|line| line.slug == slug)
            .map_or_else(|| slug.to_string(), |line| line.name.clone())
    }

    /// What a chosen value of a filter is called, for the list of what
    /// the visitor narrowed to.
    fn chosen(&self) -> Vec<(&'static str, String)> {
        let page = &self.page;
        let filters = &self.filters;
        [
            (
                "kind",
                &filters.kind,
                page.label("library-kind", &filters.kind),
            ),
            (
                "region",
                &filters.region,
                page.label("library-region", &filters.region),
            ),
            ("country", &filters.country, page.country(&filters.country)),
            ("line", &filters.line, self.line_name(&filters.line)),
            ("year", &filters.year, filters.year.clone()),
        ]
        .into_iter()
        .filter(|(_, value, _)| !value.is_empty())
        .map(|(name, _, label)| (name, label))
        .collect()
    }
}

pub async fn list(
    State(state): State<AppState>,
    page: Page,
    Query(filters): Query<Filters>,
) -> Result<Response, AppError> {
    let lines = lines_of_work::every(&state, page.locale).await?;
    let listing = catalogue::browse(&state.db, &filters, &lines).await?;
    render(&ListPage {
        page,
        filters,
        listing,
        lines,
    })
}

#[derive(Template)]
#[template(path = "library/resource.html")]
struct ResourcePage {
    page: Page,
    view: ResourceView,
    related: Vec<resource::Model>,
}

/// A resource as its public page shows it: stored, or an editor's unsaved
/// text in the preview of their form (`library/_resource.html`).
pub struct ResourceView {
    pub detailed: Detailed,
    pub lines: Vec<LineOption>,
    pub apa: Apa,
    /// The resource this text amends, when it is public.
    pub amends: Option<resource::Model>,
    pub files: Vec<file::Model>,
    pub cover: Option<image::Model>,
}

impl ResourceView {
    /// The view of `detailed` with its `files` for a reader of `page`, its
    /// address `address`.
    pub async fn new(
        state: &AppState,
        page: &Page,
        (detailed, files): (Detailed, Vec<file::Model>),
        address: String,
    ) -> Result<ResourceView, AppError> {
        let amends = match detailed.resource.amends_id {
            Some(id) => catalogue::published(&state.db, id).await?,
            None => None,
        };
        let apa = Citation::new(&detailed.resource, page.locale, address).apa();
        let cover = match detailed.resource.cover_image_id {
            Some(id) => images::find(&state.db, id).await?,
            None => None,
        };
        Ok(ResourceView {
            cover,
            lines: lines_of_work::every(state, page.locale).await?,
            detailed,
            apa,
            amends,
            files,
        })
    }

    /// Where the public downloads `file`: only a published resource's own
    /// file (a preview lists files not saved yet, without a link).
    pub fn file_path(&self, file: &file::Model) -> Option<String> {
        let resource = self.resource();
        (resource.state == ResourceState::Published && file.resource_id == Some(resource.id))
            .then(|| files::public_file_path(resource.id, file.id))
    }

    pub fn resource(&self) -> &resource::Model {
        &self.detailed.resource
    }

    pub fn line_names(&self) -> Vec<&LineOption> {
        self.lines
            .iter()
            .filter(|line| self.detailed.line_ids.contains(&line.id))
            .collect()
    }

    /// Each cited article with its instrument, as a link's parts.
    pub fn cited(&self) -> Vec<(&'static standards::Instrument, standards::Article<'static>)> {
        self.detailed
            .citations
            .iter()
            .filter_map(|(key, number)| {
                let instrument = standards::find(key)?;
                let article = instrument.articles().find(|a| a.number == number)?;
                Some((instrument, article))
            })
            .collect()
    }

    /// The title and summary in each language it is written in besides
    /// the one shown to a reader of `locale`.
    pub fn other_languages(
        &self,
        locale: impl std::borrow::Borrow<Locale>,
    ) -> Vec<(Locale, &str, &str)> {
        let resource = self.resource();
        let shown = resource.shown_language(*locale.borrow());
        resource
            .written_languages()
            .into_iter()
            .filter(|language| *language != shown)
            .map(|language| {
                let (title, summary) = resource.texts(language);
                (language, title, summary)
            })
            .collect()
    }
}

/// The address of a resource's page.
pub fn path_of(id: i32) -> String {
    format!("/library/resources/{id}")
}

async fn published_resource(state: &AppState, id: &str) -> Result<resource::Model, AppError> {
    let id: i32 = id.parse().map_err(|_| AppError::NotFound)?;
    catalogue::published(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)
}

pub async fn show(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let found = published_resource(&state, &id).await?;
    let detailed = catalogue::detailed(&state.db, found).await?;
    let related = catalogue::related(&state.db, &detailed).await?;
    let address = state.absolute_url(&page.link(&path_of(detailed.resource.id)));
    let files = files::of_resource(&state.db, detailed.resource.id).await?;
    let view = ResourceView::new(&state, &page, (detailed, files), address).await?;
    render(&ResourcePage {
        page,
        view,
        related,
    })
}

/// A published resource's file, for anyone.
pub async fn download(
    State(state): State<AppState>,
    Path((id, file_id)): Path<(String, i32)>,
) -> Result<Response, AppError> {
    let found = published_resource(&state, &id).await?;
    files::send(&state, (found.id, file_id), true).await
}

fn citation<'a>(state: &AppState, page: &Page, resource: &'a resource::Model) -> Citation<'a> {
    let address = state.absolute_url(&page.link(&path_of(resource.id)));
    Citation::new(resource, page.locale, address)
}

/// The resource's citation as a BibTeX file.
pub async fn bibtex(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let found = published_resource(&state, &id).await?;
    let text = citation(&state, &page, &found).bibtex();
    Ok(citation_file(
        text,
        "application/x-bibtex",
        &format!("resource-{}.bib", found.id),
    ))
}

/// The resource's citation as an RIS file.
pub async fn ris(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let found = published_resource(&state, &id).await?;
    let text = citation(&state, &page, &found).ris();
    Ok(citation_file(
        text,
        "application/x-research-info-systems",
        &format!("resource-{}.ris", found.id),
    ))
}

fn citation_file(text: String, content_type: &'static str, name: &str) -> Response {
    (
        [
            (
                header::CONTENT_TYPE,
                format!("{content_type}; charset=utf-8"),
            ),
            (
                header::CONTENT_DISPOSITION,
                uploads::content_disposition(name),
            ),
        ],
        text,
    )
        .into_response()
}

#[derive(Template)]
#[template(path = "library/instrument.html")]
struct InstrumentPage {
    page: Page,
    instrument: &'static standards::Instrument,
    citing: std::collections::HashMap<String, Vec<FromCountry>>,
}

impl InstrumentPage {
    fn citing(&self, number: &str) -> &[FromCountry] {
        self.citing.get(number).map_or(&[], Vec::as_slice)
    }
}

pub async fn instrument(
    State(state): State<AppState>,
    page: Page,
    Path(key): Path<String>,
) -> Result<Response, AppError> {
    let instrument = standards::find(&key).ok_or(AppError::NotFound)?;
    let citing = catalogue::citing(&state.db, &instrument.key).await?;
    render(&InstrumentPage {
        page,
        instrument,
        citing,
    })
}
