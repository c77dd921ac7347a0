//! Atom feeds (RFC 4287): what a feature publishes, newest first, for feed
//! readers. Features fill a `Feed`; this module writes it.

use askama::Template;
use axum::{
    http::header,
    response::{IntoResponse, Response},
};
use chrono::{DateTime, Utc};

use super::AppError;

/// A feed: its address is its id.
#[derive(Template)]
#[template(path = "web/atom.xml")]
pub struct Feed {
    /// The feed's language.
    pub lang: &'static str,
    pub title: String,
    /// The feed's own absolute address.
    pub address: String,
    /// The page it follows, absolute.
    pub page: String,
    pub entries: Vec<Entry>,
}

pub struct Entry {
    /// Its page's absolute address, which is also its id.
    pub address: String,
    pub title: String,
    pub summary: String,
    /// The language its text is in, which may differ from the feed's.
    pub lang: &'static str,
    pub author: String,
    pub category: String,
    pub published: DateTime<Utc>,
    pub updated: DateTime<Utc>,
}

impl Feed {
    /// When it last changed: its newest entry's change, or never.
    fn updated(&self) -> String {
        self.entries
            .iter()
            .map(|entry| entry.updated)
            .max()
            .unwrap_or(DateTime::UNIX_EPOCH)
            .to_rfc3339()
    }
}

pub fn response(feed: &Feed) -> Result<Response, AppError> {
    let xml = feed.render().map_err(|e| AppError::Internal(e.into()))?;
    Ok((
        [(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")],
        xml,
    )
        .into_response())
}
