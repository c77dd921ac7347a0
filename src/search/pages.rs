//! `/search?q=…`: the results of a visitor's words, with the same filters
//! as the library's list as query parameters (`kind`, `region`, `country`,
//! `line`, `year`, `lang`, `article`), sorted by relevance or by date.

use askama::Template;
use axum::{
    Extension,
    extract::{Query, State},
    response::Response,
};
use serde::Deserialize;

use super::{
    FILTERS, Request, Results, Search,
    documents::{AGREEMENT, EVENT, MEETING, NEWS, PAGE},
    query::Hit,
};
use crate::{
    content,
    i18n::Locale,
    library::standards,
    lines_of_work::{self, LineOption},
    state::AppState,
    web::{AppError, Page, page::render, pager},
};

/// Results per page.
const PAGE_SIZE: usize = 20;
/// Pages a visitor may go through: results further down need better words.
const MAX_PAGE: u64 = 50;
/// The longest value a filter keeps.
const MAX_VALUE: usize = 80;

/// The query string, as typed or followed. Every value is text, so no
/// address fails to parse: what does not make sense matches nothing.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct Asked {
    pub q: String,
    pub kind: String,
    pub region: String,
    pub country: String,
    pub line: String,
    pub year: String,
    pub lang: String,
    pub article: String,
    pub sort: String,
    pub page: String,
}

impl Asked {
    fn value(&self, parameter: &str) -> &str {
        let value = match parameter {
            "q" => &self.q,
            "kind" => &self.kind,
            "region" => &self.region,
            "country" => &self.country,
            "line" => &self.line,
            "year" => &self.year,
            "lang" => &self.lang,
            "article" => &self.article,
            "sort" => &self.sort,
            _ => "",
        };
        value.trim()
    }

    pub fn page(&self) -> u64 {
        self.page
            .trim()
            .parse::<u64>()
            .unwrap_or(1)
            .clamp(1, MAX_PAGE)
    }

    pub fn by_date(&self) -> bool {
        self.sort == "date"
    }

    /// The filters chosen, as (parameter, value).
    fn chosen(&self) -> Vec<(&'static str, &str)> {
        FILTERS
            .iter()
            .map(|(parameter, _)| (*parameter, self.value(parameter)))
            .filter(|(_, value)| !value.is_empty())
            .collect()
    }

    fn request(&self, locale: Locale) -> Request {
        let filters = FILTERS
            .iter()
            .filter_map(|(parameter, field)| {
                let value = self.value(parameter);
                (!value.is_empty()).then(|| (*field, value.chars().take(MAX_VALUE).collect()))
            })
            .collect();
        Request {
            text: self.q.clone(),
            filters,
            by_date: self.by_date(),
            resources_only: false,
            offset: (self.page() as usize - 1) * PAGE_SIZE,
            limit: PAGE_SIZE,
            locale,
        }
    }

    /// The query string with `parameter` set to `value` (empty to drop
    /// it), on the first page.
    pub fn with(&self, parameter: &str, value: &str) -> String {
        let pairs = ["q", "sort"]
            .into_iter()
            .chain(FILTERS.iter().map(|(parameter, _)| *parameter))
            .map(|name| (name, self.value(name)))
            .collect();
        pager::with_changed(pairs, parameter, value)
    }

    /// The query string of these results on page `number`.
    pub fn on_page(&self, number: impl std::borrow::Borrow<u64>) -> String {
        pager::on_page(&self.with("", ""), *number.borrow())
    }
}

#[derive(Template)]
#[template(path = "search/results.html")]
struct ResultsPage {
    page: Page,
    asked: Asked,
    /// None before anything was asked.
    results: Option<std::sync::Arc<Results>>,
    lines: Vec<LineOption>,
}

/// One facet beside the results: its query parameter, the message of its
/// heading, and its values.
struct FacetGroup {
    parameter: &'static str,
    heading: &'static str,
    choices: Vec<Choice>,
}

/// A facet's value, what it is called, and how many results have it.
struct Choice {
    value: String,
    label: String,
    count: u64,
}

/// The facets shown beside the results, in this order, with their heading.
const FACET_HEADINGS: [(&str, &str, &str); 7] = [
    ("kind", "kind", "library-facet-kind"),
    ("languages", "lang", "search-facet-language"),
    ("region", "region", "library-facet-region"),
    ("country", "country", "search-facet-country"),
    ("lines", "line", "library-facet-line"),
    ("year", "year", "library-facet-year"),
    ("articles", "article", "search-facet-article"),
];

impl ResultsPage {
    fn pages(&self) -> u64 {
        let total = self.results.as_ref().map_or(0, |results| results.total) as u64;
        total.div_ceil(PAGE_SIZE as u64).clamp(1, MAX_PAGE)
    }

    fn pager(&self) -> Vec<u64> {
        pager::numbers(self.asked.page(), self.pages())
    }

    /// Each facet with results, in the order of `FACET_HEADINGS`.
    fn facets(&self) -> Vec<FacetGroup> {
        let Some(results) = &self.results else {
            return Vec::new();
        };
        FACET_HEADINGS
            .iter()
            .filter_map(|(facet, parameter, heading)| {
                let mut choices: Vec<Choice> = results
                    .facets
                    .get(facet)?
                    .iter()
                    .map(|(value, count)| Choice {
                        label: self.label(parameter, value),
                        value: value.clone(),
                        count: *count,
                    })
                    .collect();
                if *facet == "year" {
                    choices.sort_by(|a, b| b.value.cmp(&a.value));
                }
                (!choices.is_empty()).then_some(FacetGroup {
                    parameter,
                    heading,
                    choices,
                })
            })
            .collect()
    }

    /// What a facet's value is called in the reader's language.
    fn label(&self, parameter: &str, value: &str) -> String {
        let page = &self.page;
        match parameter {
            "kind" if value == PAGE => page.t("search-kind-page"),
            "kind" if value == NEWS => page.t("search-kind-news"),
            "kind" if value == EVENT => page.t("search-kind-event"),
            "kind" if value == AGREEMENT => page.t("search-kind-agreement"),
            "kind" if value == MEETING => page.t("search-kind-meeting"),
            "kind" => page.label("library-kind", value),
            "region" => page.label("library-region", value),
            "country" => page.country(value),
            "line" => self
                .lines
                .iter()
                .find(|line| line.slug == value)
                .map_or_else(|| value.to_string(), |line| line.name.clone()),
            "lang" => Locale::from_code(value).map_or_else(
                || value.to_string(),
                |locale| locale.native_name().to_string(),
            ),
            "article" => article_label(value, page.locale),
            _ => value.to_string(),
        }
    }

    /// The chosen filters, as (parameter, label).
    fn chosen(&self) -> Vec<(&'static str, String)> {
        self.asked
            .chosen()
            .into_iter()
            .map(|(parameter, value)| (parameter, self.label(parameter, value)))
            .collect()
    }

    fn link_of(&self, hit: &Hit) -> String {
        let path = match hit.key.split_once(':') {
            Some(("resource", id)) => format!("/library/resources/{id}"),
            Some(("page", slug)) => content::path_of_page(slug).unwrap_or("/").to_string(),
            Some(("news", slug)) => format!("/news/{slug}"),
            Some(("event", slug)) => format!("/events/{slug}"),
            Some(("agreement", id)) => format!("/agreements#agreement-{id}"),
            Some(("meeting", id)) => format!("/councils#meeting-{id}"),
            _ => "/".to_string(),
        };
        self.page.link(&path)
    }

    fn kind_of(&self, hit: &Hit) -> String {
        self.label("kind", &hit.kind)
    }

    fn place_of(&self, hit: &Hit) -> String {
        match (&hit.country, &hit.region) {
            (Some(country), _) => self.page.country(country),
            (None, Some(region)) => self.page.label("library-region", region),
            (None, None) => String::new(),
        }
    }
}

/// `crc-40` as "Convention on the Rights of the Child, article 40".
fn article_label(value: &str, locale: Locale) -> String {
    let Some((key, number)) = value.rsplit_once('-') else {
        return value.to_string();
    };
    let Some(instrument) = standards::find(key) else {
        return value.to_string();
    };
    format!(
        "{}, {} {number}",
        instrument.name.get(locale),
        instrument.word.get(locale)
    )
}

pub async fn search(
    State(state): State<AppState>,
    Extension(search): Extension<Search>,
    page: Page,
    Query(asked): Query<Asked>,
) -> Result<Response, AppError> {
    let asked_anything = !asked.q.trim().is_empty() || !asked.chosen().is_empty();
    let results = if asked_anything {
        let results = search
            .find(asked.request(page.locale))
            .await
            .map_err(|error| AppError::Internal(error.into()))?;
        Some(results)
    } else {
        None
    };
    render(&ResultsPage {
        lines: lines_of_work::every(&state, page.locale).await?,
        page,
        asked,
        results,
    })
}
