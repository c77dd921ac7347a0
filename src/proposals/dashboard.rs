//! The staff dashboard: proposals per state, line of work, region and month,
//! drawn as server-rendered SVG bar charts, each with its numbers in a table.

use std::collections::BTreeMap;

use askama::Template;
use axum::{extract::State as AxumState, response::Response};
use chrono::{Datelike, Months, NaiveDate, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, QueryFilter, QuerySelect, QueryTrait,
    Select, sea_query::Expr,
};

use super::suggestions;
use super::{
    access,
    entities::{proposal, proposal_line},
    queue::counts_per_state,
    state::State,
};
use crate::{
    geography::{self, Region},
    lines_of_work,
    state::AppState,
    web::{AppError, CurrentUser, Page, RequireUser, page::render},
};

const MONTHS_SHOWN: u32 = 12;
/// Chart geometry, in SVG units: labels on the left (wide enough for the
/// longest region or line name), then the bars, then room for the figure.
const CHART_WIDTH: f64 = 570.0;
const BAR_START: f64 = 300.0;
const BAR_AREA: f64 = CHART_WIDTH - BAR_START - 50.0;

pub struct Bar {
    pub label: String,
    pub value: i64,
    /// Bar length in SVG units, proportional to the largest value.
    pub width: f64,
    /// Vertical position of the bar.
    pub y: usize,
}

pub struct Chart {
    pub id: &'static str,
    pub title: String,
    pub bars: Vec<Bar>,
    pub height: usize,
}

impl Chart {
    fn new(id: &'static str, title: String, data: Vec<(String, i64)>) -> Chart {
        let largest = data.iter().map(|(_, v)| *v).max().unwrap_or(0).max(1) as f64;
        let bars: Vec<Bar> = data
            .into_iter()
            .enumerate()
            .map(|(i, (label, value))| Bar {
                label,
                value,
                width: (value as f64 / largest * BAR_AREA).round(),
                y: i * 28 + 4,
            })
            .collect();
        let height = bars.len() * 28 + 8;
        Chart {
            id,
            title,
            bars,
            height,
        }
    }

    pub fn width(&self) -> f64 {
        CHART_WIDTH
    }

    pub fn bar_start(&self) -> f64 {
        BAR_START
    }

    pub fn total(&self) -> i64 {
        self.bars.iter().map(|b| b.value).sum()
    }
}

#[derive(Template)]
#[template(path = "proposals/dashboard.html")]
struct DashboardPage {
    page: Page,
    charts: Vec<Chart>,
}

pub async fn show(
    AxumState(state): AxumState<AppState>,
    page: Page,
    RequireUser(me): RequireUser,
) -> Result<Response, AppError> {
    let db = &state.db;
    let per_state = counts_per_state(db, &me)
        .await?
        .into_iter()
        .map(|(s, n)| (page.label("proposal-state", s), n))
        .collect();
    let chosen = counts_per_line(db, &me).await?;
    let per_line = lines_of_work::all(db, page.locale)
        .await?
        .into_iter()
        .map(|l| (l.name, chosen.get(&l.id).copied().unwrap_or(0)))
        .collect();
    let per_country = counts_per_country(db, &me).await?;
    let per_region = Region::WORLD
        .into_iter()
        .map(|r| {
            let in_region = per_country
                .iter()
                .filter(|(country, _)| geography::region_of(country) == r)
                .map(|(_, n)| n)
                .sum();
            (page.region(r.key()), in_region)
        })
        .collect();
    let per_month = counts_per_month(db, &me)
        .await?
        .into_iter()
        .map(|(month, n)| {
            let name = page.t(&format!("month-{}", month.month()));
            (format!("{name} {}", month.year()), n)
        })
        .collect();
    let uptake = suggestions::uptake(db).await?;
    let accepted = uptake
        .by_kind
        .iter()
        .map(|(kind, n)| {
            (
                page.t(&format!("dashboard-suggestion-kind-{kind}")),
                *n as i64,
            )
        })
        .collect();
    let accepted_title = format!(
        "{} · {}",
        page.t("dashboard-suggestions"),
        page.t_count("dashboard-suggestions-proposals", uptake.proposals)
    );
    let charts = vec![
        Chart::new("by-state", page.t("dashboard-by-state"), per_state),
        Chart::new("by-line", page.t("dashboard-by-line"), per_line),
        Chart::new("by-region", page.t("dashboard-by-region"), per_region),
        Chart::new("by-month", page.t("dashboard-by-month"), per_month),
        Chart::new("suggestions", accepted_title, accepted),
    ];
    render(&DashboardPage { page, charts })
}

/// The confirmed proposals `me` may see, as a query to count from.
fn visible(me: &CurrentUser) -> Select<proposal::Entity> {
    let mut query = proposal::Entity::find().filter(proposal::Column::State.ne(State::Unconfirmed));
    if let Some(condition) = access::visible_to(me) {
        query = query.filter(condition);
    }
    query
}

/// Proposals per line of work (a proposal counts once for each of its lines).
/// Counted by the database, whatever the number of proposals.
async fn counts_per_line(
    db: &impl ConnectionTrait,
    me: &CurrentUser,
) -> Result<BTreeMap<i32, i64>, AppError> {
    let ids = visible(me)
        .select_only()
        .column(proposal::Column::Id)
        .into_query();
    let rows: Vec<(i32, i64)> = proposal_line::Entity::find()
        .select_only()
        .column(proposal_line::Column::LineId)
        .column_as(proposal_line::Column::ProposalId.count(), "count")
        .filter(proposal_line::Column::ProposalId.in_subquery(ids))
        .group_by(proposal_line::Column::LineId)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().collect())
}

/// Proposals per country code.
async fn counts_per_country(
    db: &impl ConnectionTrait,
    me: &CurrentUser,
) -> Result<Vec<(String, i64)>, AppError> {
    Ok(visible(me)
        .select_only()
        .column(proposal::Column::CountryCode)
        .column_as(proposal::Column::Id.count(), "count")
        .group_by(proposal::Column::CountryCode)
        .into_tuple()
        .all(db)
        .await?)
}

/// Proposals received in each of the last `MONTHS_SHOWN` months (UTC),
/// oldest first, months without any included.
async fn counts_per_month(
    db: &impl ConnectionTrait,
    me: &CurrentUser,
) -> Result<Vec<(NaiveDate, i64)>, AppError> {
    let this_month = Utc::now().date_naive().with_day(1).expect("first of month");
    let first = this_month
        .checked_sub_months(Months::new(MONTHS_SHOWN - 1))
        .unwrap_or(this_month);
    // "YYYY-MM" of the time of receipt: each database has its own way.
    let month = match db.get_database_backend() {
        DbBackend::Postgres => {
            Expr::cust("to_char(proposals.created_at AT TIME ZONE 'UTC', 'YYYY-MM')")
        }
        _ => Expr::cust("substr(proposals.created_at, 1, 7)"),
    };
    let since = first.and_hms_opt(0, 0, 0).expect("midnight").and_utc();
    let rows: Vec<(String, i64)> = visible(me)
        .select_only()
        .column_as(month.clone(), "month")
        .column_as(proposal::Column::Id.count(), "count")
        .filter(proposal::Column::CreatedAt.gte(since))
        .group_by(month)
        .into_tuple()
        .all(db)
        .await?;
    Ok((0..MONTHS_SHOWN)
        .rev()
        .filter_map(|back| this_month.checked_sub_months(Months::new(back)))
        .map(|month| {
            let key = month.format("%Y-%m").to_string();
            let n = rows.iter().find(|(k, _)| *k == key).map_or(0, |(_, n)| *n);
            (month, n)
        })
        .collect())
}
