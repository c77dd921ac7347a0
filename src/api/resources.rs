//! `/api/v1/resources`: the published resources, found with the search's
//! engine and filters, and `/api/v1/resources/{id}`: one of them.

use std::collections::BTreeMap;

use axum::{
    Extension, Json,
    extract::{Path, Query, State, rejection::QueryRejection},
};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::{ApiError, Problem};
use crate::{
    db::Keyed,
    geography::{COUNTRY_CODES, Region},
    i18n::Locale,
    index_changes::Subject,
    library::{
        self, Detailed,
        entities::{Kind, resource},
        standards,
    },
    lines_of_work::{self, LineOption},
    search::{self, Request, Search, article_key},
    state::AppState,
    web::page::localized_path,
};

/// Resources per page unless asked otherwise, and the most a page holds.
const PER_PAGE: u32 = 20;
const MAX_PER_PAGE: u32 = 100;
/// How deep paging goes: further results need narrower filters.
const MAX_DEPTH: u32 = 10_000;

/// The filters of the list: those of the site's search page.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(default)]
pub struct ListParams {
    /// Words to find, in any of the three languages: "quoted words" together,
    /// -word left out; only the first 200 characters count.
    q: Option<String>,
    /// The kind of resource.
    kind: Option<String>,
    /// A region of the world.
    region: Option<String>,
    /// A country, by its ISO 3166-1 alpha-2 code.
    country: Option<String>,
    /// A line of work, by its slug (see /api/v1/lines-of-work).
    line: Option<String>,
    /// The year the resource was issued.
    #[param(value_type = Option<i32>, minimum = 1000, maximum = 9999)]
    year: Option<String>,
    /// A language the resource is written in.
    lang: Option<String>,
    /// An article of an international standard it cites (see /api/v1/articles).
    article: Option<String>,
    /// By relevance to the words (the default), or newest first.
    sort: Option<String>,
    /// The page, from 1.
    #[param(value_type = Option<i32>, minimum = 1)]
    page: Option<String>,
    /// Resources per page, 20 unless asked; at most 100. Only the first
    /// 10,000 results are listed (later pages are empty): narrow the filters
    /// to reach the others.
    #[param(value_type = Option<i32>, minimum = 1, maximum = 100)]
    per_page: Option<String>,
}

/// A page of resources.
#[derive(Serialize, ToSchema)]
pub struct ResourceList {
    /// How many resources match.
    total: u64,
    page: u32,
    per_page: u32,
    /// How many pages the matches fill.
    pages: u32,
    items: Vec<Resource>,
    /// For each filter, the values the matches have and how many have each,
    /// most first.
    facets: BTreeMap<String, Vec<FacetValue>>,
}

#[derive(Serialize, ToSchema)]
pub struct FacetValue {
    value: String,
    count: u64,
}

/// A text in each language it is written in.
#[derive(Serialize, ToSchema)]
pub struct Translations {
    #[serde(skip_serializing_if = "Option::is_none")]
    en: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    es: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    fr: Option<String>,
}

impl Translations {
    pub fn of(text: impl Fn(Locale) -> String) -> Translations {
        let present = |locale| Some(text(locale)).filter(|text| !text.trim().is_empty());
        Translations {
            en: present(Locale::En),
            es: present(Locale::Es),
            fr: present(Locale::Fr),
        }
    }
}

/// A published resource of the library.
#[derive(Serialize, ToSchema)]
pub struct Resource {
    id: i32,
    /// research, legislation, case-law, programme or good-practice.
    kind: String,
    /// Its page on the site, in each language.
    pages: Translations,
    /// The language it was first written in.
    original_language: String,
    title: Translations,
    summary: Translations,
    authors: String,
    /// When it was issued: a year, a month (YYYY-MM) or a day (YYYY-MM-DD).
    issued: String,
    year: Option<i32>,
    /// ISO 3166-1 alpha-2, when it concerns one country.
    country: Option<String>,
    region: String,
    tags: Vec<String>,
    age_group: String,
    /// Where to read it, when it is elsewhere.
    link: Option<String>,
    /// Its documents, to download.
    files: Vec<FileLink>,
    source: String,
    licence: String,
    /// Slugs of the lines of work it concerns.
    lines_of_work: Vec<String>,
    /// The articles of international standards it cites (`crc-40`).
    cites: Vec<String>,
    /// Legislation only.
    #[serde(skip_serializing_if = "Option::is_none")]
    legislation: Option<Legislation>,
    /// Legal practice (case law) only.
    #[serde(skip_serializing_if = "Option::is_none")]
    case: Option<Case>,
    /// Programmes and good practices only.
    #[serde(skip_serializing_if = "Option::is_none")]
    practice: Option<Practice>,
    /// When it was published, RFC 3339.
    published_at: Option<String>,
}

/// A document of a resource.
#[derive(Serialize, ToSchema)]
pub struct FileLink {
    name: String,
    /// `PDF`, `DOCX`, `ODT`…
    format: String,
    content_type: String,
    size_bytes: i64,
    url: String,
}

#[derive(Serialize, ToSchema)]
pub struct Legislation {
    jurisdiction: Option<String>,
    instrument_kind: Option<String>,
    adopted_on: Option<String>,
    in_force_from: Option<String>,
    in_force_until: Option<String>,
    /// The legislation this text amends, by its id.
    amends: Option<i32>,
}

#[derive(Serialize, ToSchema)]
pub struct Case {
    court: Option<String>,
    case_number: Option<String>,
    decided_on: Option<String>,
    outcome: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct Practice {
    organisation: Option<String>,
    period_from: Option<i32>,
    period_until: Option<i32>,
    evaluation_available: Option<bool>,
    results: Option<String>,
    contact: Option<String>,
}

/// Published resources, with the search's filters.
#[utoipa::path(
    get,
    path = "/resources",
    params(ListParams),
    responses(
        (status = 200, description = "A page of resources", body = ResourceList),
        (status = 400, description = "A parameter the API cannot use", body = Problem),
    ),
    tag = "library"
)]
pub async fn list(
    State(state): State<AppState>,
    Extension(search): Extension<Search>,
    params: Result<Query<ListParams>, QueryRejection>,
) -> Result<Json<ResourceList>, ApiError> {
    let Query(params) = params.map_err(|refused| ApiError::BadRequest(refused.body_text()))?;
    let lines = lines_of_work::every(&state, Locale::En).await?;
    let (page, per_page) = paging(&params)?;
    let (offset, listed) = window(page, per_page);
    let request = Request {
        text: params.q.clone().unwrap_or_default(),
        filters: filters(&params, &lines)?,
        by_date: sort_by_date(params.sort.as_deref())?,
        resources_only: true,
        offset,
        limit: listed,
        locale: Locale::En,
    };
    let found = search
        .find(request)
        .await
        .map_err(|error| ApiError::Internal(error.into()))?;
    // `listed` and not the hits' number: past the deepest page, the search
    // still returns its one top result, which is not listed.
    let ids: Vec<i32> = found
        .hits
        .iter()
        .take(listed)
        .filter_map(|hit| match Subject::from_key(&hit.key) {
            Some(Subject::Resource(id)) => Some(id),
            _ => None,
        })
        .collect();
    let items = resources_of(
        &state,
        &lines,
        library::detailed_many(&state.db, &ids).await?,
    )
    .await?;
    let total = found.total as u64;
    Ok(Json(ResourceList {
        total,
        page,
        per_page,
        pages: u32::try_from(total.div_ceil(u64::from(per_page))).unwrap_or(u32::MAX),
        items,
        facets: facets_of(&found),
    }))
}

/// One published resource.
#[utoipa::path(
    get,
    path = "/resources/{id}",
    params(("id" = i32, Path, description = "The resource's number")),
    responses(
        (status = 200, description = "The resource", body = Resource),
        (status = 404, description = "No published resource has this number", body = Problem),
    ),
    tag = "library"
)]
pub async fn one(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<Resource>, ApiError> {
    let id: i32 = id.parse().map_err(|_| ApiError::NotFound)?;
    let lines = lines_of_work::every(&state, Locale::En).await?;
    let found = library::detailed_many(&state.db, &[id]).await?;
    resources_of(&state, &lines, found)
        .await?
        .pop()
        .map(Json)
        .ok_or(ApiError::NotFound)
}

fn paging(params: &ListParams) -> Result<(u32, u32), ApiError> {
    let number = |name: &str, value: &Option<String>, default: u32, max: u32| match value {
        None => Ok(default),
        Some(text) => text
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|number| (1..=max).contains(number))
            .ok_or_else(|| ApiError::BadRequest(format!("{name}: a number from 1 to {max}"))),
    };
    let per_page = number("per_page", &params.per_page, PER_PAGE, MAX_PER_PAGE)?;
    let page = number("page", &params.page, 1, i32::MAX.unsigned_abs())?;
    Ok((page, per_page))
}

/// Where a page's results start and how many it lists: none past the
/// `MAX_DEPTH`th result.
fn window(page: u32, per_page: u32) -> (usize, usize) {
    let start = (u64::from(page) - 1) * u64::from(per_page);
    let depth = u64::from(MAX_DEPTH);
    let listed = u64::from(per_page).min(depth.saturating_sub(start));
    (start.min(depth) as usize, listed as usize)
}

/// The orders of the list: by relevance (the default), or newest first.
const SORTS: [&str; 2] = ["relevance", "date"];

fn sort_by_date(sort: Option<&str>) -> Result<bool, ApiError> {
    match sort.map(str::trim) {
        None => Ok(false),
        Some(sort) if SORTS.contains(&sort) => Ok(sort == "date"),
        Some(_) => Err(ApiError::BadRequest(format!(
            "sort: {}",
            SORTS.join(" or ")
        ))),
    }
}

/// The values each filter accepts, as the API's document lists them.
pub fn choices(parameter: &str, lines: &[LineOption]) -> Vec<String> {
    match parameter {
        "kind" => Kind::all().into_iter().map(Kind::key).collect(),
        "region" => Region::ALL
            .iter()
            .map(|region| region.key().to_string())
            .collect(),
        "country" => COUNTRY_CODES.iter().map(ToString::to_string).collect(),
        "line" => lines.iter().map(|line| line.slug.clone()).collect(),
        "lang" => Locale::ALL
            .iter()
            .map(|locale| locale.code().to_string())
            .collect(),
        "sort" => SORTS.iter().map(ToString::to_string).collect(),
        "article" => standards::all()
            .iter()
            .flat_map(|instrument| {
                instrument
                    .articles()
                    .map(|article| article_key(&instrument.key, article.number))
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// The search's filters of the parameters given; a value no resource
/// could have is refused, naming the parameter.
fn filters(
    params: &ListParams,
    lines: &[LineOption],
) -> Result<Vec<(&'static str, String)>, ApiError> {
    let given = |parameter: &str| match parameter {
        "kind" => &params.kind,
        "region" => &params.region,
        "country" => &params.country,
        "line" => &params.line,
        "year" => &params.year,
        "lang" => &params.lang,
        "article" => &params.article,
        _ => &None,
    };
    let mut found = Vec::new();
    for (parameter, field) in search::FILTERS {
        let Some(value) = given(parameter).as_deref().map(str::trim) else {
            continue;
        };
        let known = if parameter == "year" {
            value
                .parse::<i32>()
                .is_ok_and(|year| (1000..=9999).contains(&year))
        } else {
            choices(parameter, lines)
                .iter()
                .any(|choice| choice == value)
        };
        if !known {
            let why = if parameter == "year" {
                "a year of four digits"
            } else {
                "not one of the values the API's document lists"
            };
            return Err(ApiError::BadRequest(format!("{parameter}: {why}")));
        }
        found.push((field, value.to_string()));
    }
    Ok(found)
}

fn facets_of(found: &search::Results) -> BTreeMap<String, Vec<FacetValue>> {
    search::FILTERS
        .iter()
        .filter_map(|(parameter, field)| {
            let values = found.facets.get(field)?;
            Some((
                parameter.to_string(),
                values
                    .iter()
                    .map(|(value, count)| FacetValue {
                        value: value.clone(),
                        count: *count,
                    })
                    .collect(),
            ))
        })
        .collect()
}

/// The resources as the API gives them; a text they amend is named only
/// when it is published too.
async fn resources_of(
    state: &AppState,
    lines: &[LineOption],
    found: Vec<Detailed>,
) -> Result<Vec<Resource>, ApiError> {
    let amended: Vec<i32> = found
        .iter()
        .filter_map(|detailed| detailed.resource.amends_id)
        .collect();
    let public = library::published_among(&state.db, Some(&amended)).await?;
    let ids: Vec<i32> = found.iter().map(|detailed| detailed.resource.id).collect();
    let files = library::files_of_many(&state.db, &ids).await?;
    Ok(found
        .into_iter()
        .map(|detailed| {
            let id = detailed.resource.id;
            let mut resource = resource_of(state, lines, detailed);
            if let Some(legislation) = &mut resource.legislation {
                legislation.amends = legislation.amends.filter(|id| public.contains(id));
            }
            resource.files = files
                .iter()
                .filter(|file| file.resource_id == Some(id))
                .map(|file| FileLink {
                    name: file.original_name.clone(),
                    format: crate::uploads::format_name(&file.content_type).to_string(),
                    content_type: file.content_type.clone(),
                    size_bytes: file.size_bytes,
                    url: state.absolute_url(&localized_path(
                        Locale::En,
                        &library::public_file_path(id, file.id),
                    )),
                })
                .collect();
            resource
        })
        .collect())
}

fn resource_of(state: &AppState, lines: &[LineOption], detailed: Detailed) -> Resource {
    let Detailed {
        resource: found,
        line_ids,
        citations,
    } = detailed;
    let texts = |locale| {
        use crate::web::side_by_side::Translated;
        let (title, summary) = found.texts(locale);
        (title.to_string(), summary.to_string())
    };
    let path = library::path_of(found.id);
    let written_in = |locale| !texts(locale).0.trim().is_empty();
    Resource {
        id: found.id,
        kind: found.kind.key(),
        pages: Translations::of(|locale| {
            if written_in(locale) || locale.code() == found.original_language {
                state.absolute_url(&localized_path(locale, &path))
            } else {
                String::new()
            }
        }),
        original_language: found.original_language.clone(),
        title: Translations::of(|locale| texts(locale).0),
        summary: Translations::of(|locale| texts(locale).1),
        authors: found.authors.clone(),
        issued: found.issued.clone(),
        year: found.year,
        country: found.country.clone(),
        region: found.region.clone(),
        tags: found.tag_list().into_iter().map(String::from).collect(),
        age_group: found.age_group.key(),
        link: found.link.clone(),
        files: Vec::new(),
        source: found.source.clone(),
        licence: found.licence.key(),
        lines_of_work: lines
            .iter()
            .filter(|line| line_ids.contains(&line.id))
            .map(|line| line.slug.clone())
            .collect(),
        cites: citations
            .iter()
            .map(|(instrument, article)| article_key(instrument, article))
            .collect(),
        legislation: (found.kind == Kind::Legislation).then(|| legislation_of(&found)),
        case: (found.kind == Kind::CaseLaw).then(|| Case {
            court: found.court.clone(),
            case_number: found.case_number.clone(),
            decided_on: found.decided_on.clone(),
            outcome: found.outcome.clone(),
        }),
        practice: found.kind.is_practice().then(|| Practice {
            organisation: found.organisation.clone(),
            period_from: found.period_from,
            period_until: found.period_until,
            evaluation_available: found.evaluation_available,
            results: found.results.clone(),
            contact: found.contact.clone(),
        }),
        published_at: found.published_at.map(|at| at.to_rfc3339()),
    }
}

fn legislation_of(found: &resource::Model) -> Legislation {
    Legislation {
        jurisdiction: found.jurisdiction.clone(),
        instrument_kind: found.instrument_kind.map(Keyed::key),
        adopted_on: found.adopted_on.clone(),
        in_force_from: found.in_force_from.clone(),
        in_force_until: found.in_force_until.clone(),
        amends: found.amends_id,
    }
}
