//! `/api/v1/articles` and `/api/v1/lines-of-work`: what resources are tied
//! to, in the three languages.

use axum::{Json, extract::State};
use serde::Serialize;
use utoipa::ToSchema;

use super::{ApiError, resources::Translations};
use crate::{
    i18n::Locale, library::standards, lines_of_work, search::article_key, state::AppState,
};

/// An article (or rule, or paragraph) of an international standard.
#[derive(Serialize, ToSchema)]
pub struct Article {
    /// What resources cite it as, and the `article` filter's value: `crc-40`
    /// (the instrument's key and the number; the editors' form and the CSV
    /// import write `crc:40`).
    key: String,
    /// The instrument: crc, beijing-rules, riyadh-guidelines, havana-rules or
    /// tokyo-rules.
    instrument: String,
    instrument_name: Translations,
    number: String,
    /// The observatory's short title of it.
    title: Translations,
}

/// A line of the observatory's work (a line not yet translated is given in
/// English).
#[derive(Serialize, ToSchema)]
pub struct LineOfWork {
    /// The `line` filter's value.
    slug: String,
    name: Translations,
    description: Translations,
}

/// Every article of the international standards resources can cite.
#[utoipa::path(
    get,
    path = "/articles",
    responses(
        (status = 200, description = "The articles, instrument by instrument", body = [Article]),
    ),
    tag = "reference"
)]
pub async fn articles() -> Json<Vec<Article>> {
    Json(
        standards::all()
            .iter()
            .flat_map(|instrument| {
                instrument.articles().map(|article| Article {
                    key: article_key(&instrument.key, article.number),
                    instrument: instrument.key.clone(),
                    instrument_name: Translations::of(|locale| {
                        instrument.name.get(locale).to_string()
                    }),
                    number: article.number.to_string(),
                    title: Translations::of(|locale| article.title(locale).to_string()),
                })
            })
            .collect(),
    )
}

/// The lines of work, retired ones included (older resources concern them).
#[utoipa::path(
    get,
    path = "/lines-of-work",
    responses(
        (status = 200, description = "The lines of work, in the observatory's order", body = [LineOfWork]),
    ),
    tag = "reference"
)]
pub async fn lines_of_work(
    State(state): State<AppState>,
) -> Result<Json<Vec<LineOfWork>>, ApiError> {
    let mut named = Vec::new();
    for locale in Locale::ALL {
        named.push((locale, lines_of_work::every(&state, locale).await?));
    }
    // Each language's list matched by the line's number, not its place.
    let text = |locale: Locale, id: i32, description: bool| {
        named
            .iter()
            .find(|(language, _)| *language == locale)
            .and_then(|(_, lines)| lines.iter().find(|line| line.id == id))
            .map(|line| {
                if description {
                    line.description.clone()
                } else {
                    line.name.clone()
                }
            })
            .unwrap_or_default()
    };
    let english = named
        .first()
        .map(|(_, lines)| lines.as_slice())
        .unwrap_or(&[]);
    Ok(Json(
        english
            .iter()
            .map(|line| LineOfWork {
                slug: line.slug.clone(),
                name: Translations::of(|locale| text(locale, line.id, false)),
                description: Translations::of(|locale| text(locale, line.id, true)),
            })
            .collect(),
    ))
}
