//! The editors' view of the bulletin's subscribers: how many stand where,
//! the newest, and the record of an address that bounced or complained,
//! after which it is never mailed again (unless its owner subscribes
//! anew and confirms).

use askama::Template;
use axum::{
    extract::{Query, State},
    response::{IntoResponse, Redirect, Response},
};
use chrono::Utc;
use sea_orm::{
    ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, sea_query::Expr,
};
use serde::Deserialize;

use super::entities::{State as Standing, subscriber};
use crate::{
    state::AppState,
    web::{
        AppError, Page,
        csrf::CheckedForm,
        form::{FieldErrors, normalize_email},
        page::render,
    },
};

/// Subscribers listed, newest first.
const LISTED: u64 = 100;

#[derive(Template)]
#[template(path = "newsletter/subscribers.html")]
struct ListPage {
    page: Page,
    counts: Vec<(&'static str, u64)>,
    newest: Vec<subscriber::Model>,
    errors: FieldErrors,
    /// The address just recorded, and how.
    stopped: Option<(String, String)>,
    email: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct StoppedQuery {
    email: String,
    reason: String,
}

async fn list_page(
    state: &AppState,
    page: Page,
    errors: FieldErrors,
) -> Result<ListPage, AppError> {
    let mut counts = Vec::new();
    for standing in [
        Standing::Confirmed,
        Standing::Pending,
        Standing::Unsubscribed,
        Standing::Bounced,
        Standing::Complained,
    ] {
        let count = subscriber::Entity::find()
            .filter(subscriber::Column::State.eq(standing))
            .count(&state.db)
            .await?;
        counts.push((standing.key(), count));
    }
    let newest = subscriber::Entity::find()
        .order_by_desc(subscriber::Column::RequestedAt)
        .limit(LISTED)
        .all(&state.db)
        .await?;
    Ok(ListPage {
        page,
        counts,
        newest,
        errors,
        stopped: None,
        email: String::new(),
    })
}

impl ListPage {
    /// What the page says of the address just recorded.
    fn stopped_message(&self) -> Option<String> {
        let (email, reason) = self.stopped.as_ref()?;
        let key = match reason.as_str() {
            "complained" => "newsletter-stopped-complained",
            _ => "newsletter-stopped-bounced",
        };
        Some(self.page.t_with(key, "email", email))
    }
}

pub async fn list(
    State(state): State<AppState>,
    page: Page,
    Query(query): Query<StoppedQuery>,
) -> Result<Response, AppError> {
    let errors = FieldErrors::new(page.locale);
    let mut shown = list_page(&state, page, errors).await?;
    shown.stopped = (!query.email.is_empty()).then_some((query.email, query.reason));
    render(&shown)
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct StopForm {
    email: String,
    /// `bounced` or `complained`.
    reason: String,
}

/// Records that mail to an address bounced, or that its owner complained.
pub async fn stop(
    State(state): State<AppState>,
    page: Page,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let sent: StopForm = form.parse()?;
    let mut errors = FieldErrors::new(page.locale);
    let reason = match sent.reason.as_str() {
        "bounced" => Some(Standing::Bounced),
        "complained" => Some(Standing::Complained),
        _ => None,
    };
    if reason.is_none() {
        errors.add("reason", "newsletter-reason-missing");
    }
    let email = normalize_email(&sent.email);
    let updated = match (&email, reason) {
        (Some(email), Some(reason)) => {
            subscriber::Entity::update_many()
                .col_expr(subscriber::Column::State, Expr::value(reason))
                .col_expr(subscriber::Column::EndedAt, Expr::value(Some(Utc::now())))
                .filter(subscriber::Column::Email.eq(email.as_str()))
                .exec(&state.db)
                .await?
                .rows_affected
        }
        _ => 0,
    };
    if updated == 0 && reason.is_some() {
        errors.add("email", "newsletter-address-unknown");
    }
    if !errors.is_empty() {
        let mut shown = list_page(&state, page, errors).await?;
        shown.email = sent.email;
        return Ok((
            axum::http::StatusCode::UNPROCESSABLE_ENTITY,
            render(&shown)?,
        )
            .into_response());
    }
    let back = crate::web::pager::query_string(
        [
            ("email", email.as_deref().unwrap_or_default()),
            ("reason", sent.reason.as_str()),
        ]
        .into_iter(),
    );
    Ok(Redirect::to(&page.link(&format!("/staff/newsletter/subscribers{back}"))).into_response())
}
