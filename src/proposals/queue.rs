//! The staff queue: filters, text search, sorting, paging and counts per
//! state; the same filters export the list as CSV.

use std::borrow::Cow;

use askama::Template;
use axum::{
    extract::{Query, State as AxumState},
    http::header,
    response::{IntoResponse, Response},
};
use chrono::{Datelike, NaiveDate};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, Select,
    sea_query::{Expr, ExprTrait, Func, Query as SqlQuery},
};
use serde::Deserialize;

use super::{
    access,
    entities::{assignment, proposal, proposal_line},
    form::COLLABORATION_KINDS,
    state::State,
    view::ProposalView,
};
use crate::{
    geography::{self, Region},
    lines_of_work::{self, LineOption},
    people::{
        directory::{self, Person},
        profile::WORKING_LANGUAGES,
    },
    state::AppState,
    web::{AppError, CurrentUser, Page, RequireUser, Role, page::render},
};

const PAGE_SIZE: u64 = 25;
const CSV_LIMIT: u64 = 10_000;

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct QueueFilter {
    pub state: String,
    pub line: String,
    pub region: String,
    pub language: String,
    pub kind: String,
    pub evaluator: String,
    pub from: String,
    pub to: String,
    pub q: String,
    pub sort: String,
    pub page: u64,
}

impl QueueFilter {
    /// The query string for the same filters (for paging and export links).
    pub fn query_string(&self, page: u64) -> String {
        let pairs = [
            ("state", self.state.as_str()),
            ("line", &self.line),
            ("region", &self.region),
            ("language", &self.language),
            ("kind", &self.kind),
            ("evaluator", &self.evaluator),
            ("from", &self.from),
            ("to", &self.to),
            ("q", &self.q),
            ("sort", &self.sort),
        ];
        let mut query: Vec<(&str, String)> = pairs
            .iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(k, v)| (*k, v.to_string()))
            .collect();
        if page > 1 {
            query.push(("page", page.to_string()));
        }
        serde_html_form::to_string(query).unwrap_or_default()
    }
}

/// A day of a four-digit year, as date fields send it. chrono also reads
/// signed years of up to six digits, which PostgreSQL cannot compare with
/// its timestamps (they start in 4713 BC) and SQLite compares as text.
fn parse_date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .ok()
        .filter(|date| (1..=9999).contains(&date.year()))
}

/// The proposals `me` may see that match `filter`, without paging.
pub fn filtered(
    me: &CurrentUser,
    filter: &QueueFilter,
    lines: &[LineOption],
) -> Select<proposal::Entity> {
    let mut query = proposal::Entity::find().filter(proposal::Column::State.ne(State::Unconfirmed));
    if let Some(visible) = access::visible_to(me) {
        query = query.filter(visible);
    }
    if let Some(state) = State::from_key(&filter.state) {
        query = query.filter(proposal::Column::State.eq(state));
    }
    if let Some(line) = lines.iter().find(|l| l.slug == filter.line) {
        let with_line = SqlQuery::select()
            .column(proposal_line::Column::ProposalId)
            .from(proposal_line::Entity)
            .and_where(Expr::col(proposal_line::Column::LineId).eq(line.id))
            .to_owned();
        query = query
            .filter(Expr::col((proposal::Entity, proposal::Column::Id)).in_subquery(with_line));
    }
    if let Some(region) = Region::WORLD.into_iter().find(|r| r.key() == filter.region) {
        query = query.filter(proposal::Column::CountryCode.is_in(geography::countries_in(region)));
    }
    if let Some(language) = WORKING_LANGUAGES.iter().find(|l| **l == filter.language) {
        query = query.filter(proposal::Column::WorkingLanguages.like(format!("%{language}%")));
    }
    if let Some(kind) = COLLABORATION_KINDS.iter().find(|k| **k == filter.kind) {
        query = query.filter(proposal::Column::CollaborationKind.eq(*kind));
    }
    if let Ok(evaluator) = filter.evaluator.parse::<i32>() {
        let assigned = SqlQuery::select()
            .column(assignment::Column::ProposalId)
            .from(assignment::Entity)
            .and_where(Expr::col(assignment::Column::EvaluatorId).eq(evaluator))
            .and_where(Expr::col(assignment::Column::ConflictAt).is_null())
            .to_owned();
        query =
            query.filter(Expr::col((proposal::Entity, proposal::Column::Id)).in_subquery(assigned));
    }
    if let Some(from) = parse_date(&filter.from) {
        query = query.filter(
            proposal::Column::CreatedAt.gte(from.and_hms_opt(0, 0, 0).expect("midnight").and_utc()),
        );
    }
    if let Some(to) = parse_date(&filter.to) {
        query = query.filter(
            proposal::Column::CreatedAt.lte(to.and_hms_opt(23, 59, 59).expect("valid").and_utc()),
        );
    }
    let text = filter.q.trim();
    if !text.is_empty() {
        let pattern = crate::db::contains(text);
        let mut any = Condition::any();
        for column in [
            proposal::Column::Title,
            proposal::Column::Description,
            proposal::Column::FullName,
            proposal::Column::OrganisationName,
            proposal::Column::Reference,
            proposal::Column::Specialisation,
        ] {
            any = any.add(Func::lower(Expr::col((proposal::Entity, column))).like(pattern.clone()));
        }
        query = query.filter(any);
    }
    match filter.sort.as_str() {
        "oldest" => query.order_by_asc(proposal::Column::Id),
        "title" => query
            .order_by_asc(proposal::Column::Title)
            .order_by_asc(proposal::Column::Id),
        _ => query.order_by_desc(proposal::Column::Id),
    }
}

/// How many proposals `me` may see in each state.
pub async fn counts_per_state(
    db: &impl ConnectionTrait,
    me: &CurrentUser,
) -> Result<Vec<(State, i64)>, AppError> {
    let mut query = proposal::Entity::find()
        .select_only()
        .column(proposal::Column::State)
        .column_as(proposal::Column::Id.count(), "count")
        .group_by(proposal::Column::State);
    if let Some(visible) = access::visible_to(me) {
        query = query.filter(visible);
    }
    // Read as states: an unknown stored state fails here too.
    let rows: Vec<(State, i64)> = query.into_tuple().all(db).await?;
    Ok(State::ALL
        .into_iter()
        .filter(|s| *s != State::Unconfirmed)
        .map(|s| {
            let count = rows.iter().find(|(k, _)| *k == s).map_or(0, |(_, n)| *n);
            (s, count)
        })
        .collect())
}

#[derive(Template)]
#[template(path = "proposals/queue.html")]
struct QueuePage {
    page: Page,
    filter: QueueFilter,
    proposals: Vec<ProposalView>,
    counts: Vec<(State, i64)>,
    lines: Vec<LineOption>,
    evaluators: Vec<Person>,
    total: u64,
    current_page: u64,
    pages: u64,
}

impl QueuePage {
    fn states(&self) -> Vec<State> {
        State::ALL
            .into_iter()
            .filter(|s| *s != State::Unconfirmed)
            .collect()
    }
    fn regions(&self) -> [Region; 5] {
        Region::WORLD
    }
    fn languages(&self) -> [&'static str; 9] {
        WORKING_LANGUAGES
    }
    fn kinds(&self) -> [&'static str; 3] {
        COLLABORATION_KINDS
    }
    fn page_link(&self, number: &u64) -> String {
        format!(
            "{}?{}",
            self.page.link("/staff/proposals"),
            self.filter.query_string(*number)
        )
    }
    fn export_link(&self) -> String {
        format!(
            "{}?{}",
            self.page.link("/staff/proposals.csv"),
            self.filter.query_string(1)
        )
    }
    fn region_of(&self, code: &str) -> String {
        self.page.region(geography::region_of(code).key())
    }
}

pub async fn show_queue(
    AxumState(state): AxumState<AppState>,
    page: Page,
    RequireUser(me): RequireUser,
    Query(filter): Query<QueueFilter>,
) -> Result<Response, AppError> {
    let lines = lines_of_work::all(&state.db, page.locale).await?;
    let paginator = filtered(&me, &filter, &lines).paginate(&state.db, PAGE_SIZE);
    let totals = paginator.num_items_and_pages().await?;
    let pages = std::cmp::max(totals.number_of_pages, 1);
    let current_page = filter.page.clamp(1, pages);
    let proposals = paginator.fetch_page(current_page - 1).await?;
    let proposals = proposals.into_iter().map(ProposalView::from).collect();
    let counts = counts_per_state(&state.db, &me).await?;
    let evaluators = directory::holding(&state.db, Role::Evaluator).await?;
    render(&QueuePage {
        page,
        filter,
        proposals,
        counts,
        lines,
        evaluators,
        total: totals.number_of_items,
        current_page,
        pages,
    })
}

/// A cell value that spreadsheets will not run as a formula: one starting
/// with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading
/// apostrophe (OWASP's advice against CSV injection).
pub fn spreadsheet_safe(value: &str) -> Cow<'_, str> {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{value}"))
    } else {
        Cow::Borrowed(value)
    }
}

/// A CSV file as spreadsheet programs open it well: a UTF-8 byte-order
/// mark, then each record on a CRLF-ended line with every cell quoted (RFC
/// 4180) and made formula-safe.
fn csv_file<R, C>(records: R) -> csv::Result<Vec<u8>>
where
    R: IntoIterator,
    R::Item: IntoIterator<Item = C>,
    C: AsRef<str>,
{
    let mut writer = csv::WriterBuilder::new()
        .quote_style(csv::QuoteStyle::Always)
        .terminator(csv::Terminator::CRLF)
        .from_writer("\u{feff}".as_bytes().to_vec());
    for record in records {
        writer.write_record(
            record
                .into_iter()
                .map(|cell| spreadsheet_safe(cell.as_ref()).into_owned()),
        )?;
    }
    writer
        .into_inner()
        .map_err(|error| error.into_error().into())
}

/// The spreadsheet's columns, by the message naming each.
const CSV_COLUMNS: [&str; 12] = [
    "csv-reference",
    "csv-received",
    "csv-state",
    "csv-title",
    "csv-name",
    "csv-organisation",
    "csv-country",
    "csv-region",
    "csv-languages",
    "csv-kind",
    "csv-lines",
    "csv-email",
];

/// One proposal as a row of the spreadsheet, in the page's language.
fn csv_row(
    page: &Page,
    p: &proposal::Model,
    chosen: &[proposal_line::Model],
    lines: &[LineOption],
) -> [String; 12] {
    let line_names: Vec<&str> = chosen
        .iter()
        .filter(|c| c.proposal_id == p.id)
        .filter_map(|c| lines.iter().find(|l| l.id == c.line_id))
        .map(|l| l.name.as_str())
        .collect();
    [
        p.reference.clone(),
        p.created_at.format("%Y-%m-%d").to_string(),
        page.label("proposal-state", p.state),
        p.title.clone(),
        p.full_name.clone(),
        p.organisation_name.clone().unwrap_or_default(),
        page.country(&p.country_code),
        page.region(geography::region_of(&p.country_code).key()),
        p.working_languages.clone(),
        page.label("proposal-kind", &p.collaboration_kind),
        line_names.join("; "),
        p.email.clone(),
    ]
}

pub async fn export_csv(
    AxumState(state): AxumState<AppState>,
    page: Page,
    RequireUser(me): RequireUser,
    Query(filter): Query<QueueFilter>,
) -> Result<Response, AppError> {
    let lines = lines_of_work::all(&state.db, page.locale).await?;
    let proposals = filtered(&me, &filter, &lines)
        .limit(CSV_LIMIT)
        .all(&state.db)
        .await?;
    let chosen = proposal_line::Entity::find()
        .filter(proposal_line::Column::ProposalId.is_in(proposals.iter().map(|p| p.id)))
        .all(&state.db)
        .await?;
    let header = CSV_COLUMNS.map(|key| page.t(key));
    let rows = proposals.iter().map(|p| csv_row(&page, p, &chosen, &lines));
    let body = csv_file(std::iter::once(header).chain(rows)).map_err(anyhow::Error::from)?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"proposals.csv\"",
            ),
            (header::CACHE_CONTROL, "no-store"),
        ],
        body,
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_and_quotes_doubled() {
        let line = |cells: &[&str]| String::from_utf8(csv_file([cells]).unwrap()).unwrap();
        assert_eq!(
            line(&["=HYPERLINK(\"x\")"]),
            "\u{feff}\"'=HYPERLINK(\"\"x\"\")\"\r\n"
        );
        assert_eq!(
            line(&["+1", "@SUM(A1)"]),
            "\u{feff}\"'+1\",\"'@SUM(A1)\"\r\n"
        );
        assert_eq!(
            line(&["-2", "\tx", "\rx"]),
            "\u{feff}\"'-2\",\"'\tx\",\"'\rx\"\r\n"
        );
        assert_eq!(line(&["Plain, text"]), "\u{feff}\"Plain, text\"\r\n");
        assert_eq!(
            line(&["two\nlines", "", "a=b"]),
            "\u{feff}\"two\nlines\",\"\",\"a=b\"\r\n"
        );
        assert_eq!(spreadsheet_safe("=1+1"), "'=1+1");
        assert_eq!(spreadsheet_safe("1+1"), "1+1");
    }

    mod properties {
        use proptest::prelude::*;

        use super::super::*;

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(2000))]

            /// A date filter is a day of a four-digit year, which both
            /// databases compare with their timestamps, or no filter.
            #[test]
            fn a_date_filter_is_a_day_both_databases_store(
                text in "[+-]?[0-9]{1,7}-[0-9]{1,2}-[0-9]{1,2}|\\PC{0,20}",
            ) {
                if let Some(date) = parse_date(&text) {
                    prop_assert!((1..=9999).contains(&date.year()), "{date}");
                }
            }

            #[test]
            fn every_day_of_four_digit_years_is_read_back(days in 0i32..3_652_059) {
                let date = NaiveDate::from_num_days_from_ce_opt(days + 1).expect("in range");
                prop_assert_eq!(parse_date(&date.format("%Y-%m-%d").to_string()), Some(date));
            }
        }
    }

    #[test]
    fn every_record_is_a_line_after_one_byte_order_mark() {
        let file = csv_file([["a", "b"], ["c", "d"]]).unwrap();
        assert_eq!(
            String::from_utf8(file).unwrap(),
            "\u{feff}\"a\",\"b\"\r\n\"c\",\"d\"\r\n"
        );
    }
}
