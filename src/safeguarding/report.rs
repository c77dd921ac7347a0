//! The editors' report: by month, how many details were flagged to
//! senders, masked when sent, revealed to editors and erased at the end of
//! their retention, with each reveal's editor and reason.

use askama::Template;
use axum::{extract::State, response::Response};
use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, FromQueryResult, QueryOrder, QuerySelect,
    sea_query::{Alias, Expr, ExprTrait, Query},
};

use super::{entities::log_entry, log::Action};
use crate::{
    state::AppState,
    web::{AppError, Page, page::render},
};

/// How many of the latest reveals the page lists.
const REVEALS_SHOWN: u64 = 50;

/// One month's counts.
pub struct Month {
    pub month: String,
    /// In the order of `Action::ALL`.
    pub counts: [i64; 4],
}

/// A reveal, as the page lists it.
pub struct Reveal {
    pub at: DateTime<Utc>,
    pub editor: String,
    pub subject: String,
    pub kind: String,
    pub reason: String,
}

impl Reveal {
    pub fn kind_key(&self) -> String {
        format!("safeguarding-kind-{}", self.kind)
    }

    pub fn subject_key(&self) -> String {
        format!("safeguarding-subject-{}", self.subject)
    }
}

#[derive(Template)]
#[template(path = "safeguarding/report.html")]
struct ReportPage {
    page: Page,
    months: Vec<Month>,
    reveals: Vec<Reveal>,
    retention_months: u32,
}

impl ReportPage {
    fn actions(&self) -> [&'static str; 4] {
        Action::ALL.map(Action::key)
    }

    fn action_key(&self, action: &str) -> String {
        format!("safeguarding-action-{action}")
    }

    /// "November 2026", "noviembre de 2026".
    fn month_name(&self, month: &Month) -> String {
        let (year, number) = month.month.split_once('-').unwrap_or_default();
        let number = number.trim_start_matches('0');
        self.page.locale.t_args(
            "safeguarding-month-name",
            &[
                ("month", self.page.t(&format!("month-{number}")).into()),
                ("year", year.to_string().into()),
            ],
        )
    }
}

pub async fn show(State(state): State<AppState>, page: Page) -> Result<Response, AppError> {
    render(&ReportPage {
        months: months(&state.db).await?,
        reveals: reveals(&state.db).await?,
        retention_months: state.settings.sensitive_retention_months,
        page,
    })
}

#[derive(FromQueryResult)]
struct Count {
    month: String,
    action: String,
    count: i64,
}

/// Each month with an entry, the newest first.
pub async fn months(db: &impl ConnectionTrait) -> Result<Vec<Month>, DbErr> {
    let counts = log_entry::Entity::find()
        .select_only()
        .column(log_entry::Column::Month)
        .column(log_entry::Column::Action)
        .column_as(Expr::col(log_entry::Column::Id).count(), "count")
        .group_by(log_entry::Column::Month)
        .group_by(log_entry::Column::Action)
        .order_by_desc(log_entry::Column::Month)
        .into_model::<Count>()
        .all(db)
        .await?;
    let mut months: Vec<Month> = Vec::new();
    for count in counts {
        let Some(index) = Action::ALL.iter().position(|a| a.key() == count.action) else {
            continue;
        };
        if months.last().is_none_or(|last| last.month != count.month) {
            months.push(Month {
                month: count.month.clone(),
                counts: [0; 4],
            });
        }
        if let Some(month) = months.last_mut() {
            month.counts[index] += count.count;
        }
    }
    Ok(months)
}

#[derive(FromQueryResult)]
struct RevealRow {
    at: DateTime<Utc>,
    full_name: Option<String>,
    subject: String,
    kind: String,
    reason: String,
}

/// The latest reveals, with the editor's name (none once their account
/// is gone).
async fn reveals(db: &impl ConnectionTrait) -> Result<Vec<Reveal>, DbErr> {
    let users = Alias::new("users");
    let select = Query::select()
        .columns([
            log_entry::Column::At,
            log_entry::Column::Subject,
            log_entry::Column::Kind,
            log_entry::Column::Reason,
        ])
        .expr_as(
            Expr::col((users.clone(), Alias::new("full_name"))),
            Alias::new("full_name"),
        )
        .from(log_entry::Entity)
        .left_join(
            users.clone(),
            Expr::col((users, Alias::new("id")))
                .equals((log_entry::Entity, log_entry::Column::ActorId)),
        )
        .and_where(log_entry::Column::Action.eq(Action::Revealed.key()))
        .order_by(
            (log_entry::Entity, log_entry::Column::Id),
            sea_orm::Order::Desc,
        )
        .limit(REVEALS_SHOWN)
        .to_owned();
    let rows = RevealRow::find_by_statement(db.get_database_backend().build(&select))
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|row| Reveal {
            at: row.at,
            editor: row.full_name.unwrap_or_default(),
            subject: row.subject,
            kind: row.kind,
            reason: row.reason,
        })
        .collect())
}
