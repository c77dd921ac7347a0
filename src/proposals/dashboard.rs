//! The staff dashboard: proposals per state, line of work, region and month,
//! drawn as server-rendered SVG bar charts, each with its numbers in a table.

use std::collections::BTreeMap;

use askama::Template;
use axum::{extract::State as AxumState, response::Response};
use chrono::{Datelike, Months, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect};

use super::{
    access,
    entities::{proposal, proposal_line},
    queue::counts_per_state,
    regions,
    state::State,
};
use crate::web::RequireUser;
use crate::{
    accounts::lines_of_work,
    content::Region,
    state::AppState,
    web::{AppError, Page, page::render},
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
    let mut visible =
        proposal::Entity::find().filter(proposal::Column::State.ne(State::Unconfirmed.key()));
    if let Some(condition) = access::visible_to(&me) {
        visible = visible.filter(condition);
    }
    let rows: Vec<(i32, String, chrono::DateTime<Utc>)> = visible
        .select_only()
        .column(proposal::Column::Id)
        .column(proposal::Column::CountryCode)
        .column(proposal::Column::CreatedAt)
        .into_tuple()
        .all(&state.db)
        .await?;

    let per_state = counts_per_state(&state.db, &me)
        .await?
        .into_iter()
        .map(|(s, n)| (page.label("proposal-state", s.key()), n))
        .collect();

    let lines = lines_of_work::all(&state.db, page.locale).await?;
    let chosen = proposal_line::Entity::find()
        .filter(proposal_line::Column::ProposalId.is_in(rows.iter().map(|r| r.0)))
        .all(&state.db)
        .await?;
    let per_line = lines
        .iter()
        .map(|l| {
            (
                l.name.clone(),
                chosen.iter().filter(|c| c.line_id == l.id).count() as i64,
            )
        })
        .collect();

    let per_region = Region::ALL
        .into_iter()
        .map(|r| {
            (
                page.region(r.key()),
                rows.iter()
                    .filter(|row| regions::region_of(&row.1) == r)
                    .count() as i64,
            )
        })
        .collect();

    let this_month = Utc::now().date_naive().with_day(1).expect("first of month");
    let mut months: BTreeMap<chrono::NaiveDate, i64> = (0..MONTHS_SHOWN)
        .filter_map(|back| this_month.checked_sub_months(Months::new(back)))
        .map(|month| (month, 0))
        .collect();
    for (_, _, created) in &rows {
        if let Some(count) =
            months.get_mut(&created.date_naive().with_day(1).expect("first of month"))
        {
            *count += 1;
        }
    }
    let per_month = months
        .into_iter()
        .map(|(month, n)| {
            (
                format!(
                    "{} {}",
                    page.t(&format!("month-{}", month.month())),
                    month.year()
                ),
                n,
            )
        })
        .collect();

    let charts = vec![
        Chart::new("by-state", page.t("dashboard-by-state"), per_state),
        Chart::new("by-line", page.t("dashboard-by-line"), per_line),
        Chart::new("by-region", page.t("dashboard-by-region"), per_region),
        Chart::new("by-month", page.t("dashboard-by-month"), per_month),
    ];
    render(&DashboardPage { page, charts })
}
