//! Search (`/search`): the library's published resources and the site's
//! pages, in English, Spanish and French, with tantivy. Each instance keeps
//! its own index in its data directory (`index`), derived from the database
//! (`documents`) and kept up to date by following the change log
//! (`crate::index_changes`); a visitor's words become a query across the
//! three languages (`query`), shown with excerpts and counts (`pages`).

mod answers;
mod documents;
mod index;
pub mod likeness;
mod pages;
pub mod query;
mod schema;

use std::{sync::Arc, time::Duration};

use axum::{Router, routing::get};
use sea_orm::DatabaseConnection;

use self::{answers::Answers, index::SearchIndex};
use crate::{config::Settings, progress::Progress, state::AppState};

pub use documents::article_key;
pub use query::{Request, Results};

/// Each filter's query parameter (on the search page and in the API) and
/// the index field it narrows.
pub const FILTERS: [(&str, &str); 7] = [
    ("kind", "kind"),
    ("region", "region"),
    ("country", "country"),
    ("line", "lines"),
    ("year", "year"),
    ("lang", "languages"),
    ("article", "articles"),
];

/// How often each instance reads the change log: a change made through
/// any instance is found on every one within about this long.
pub const FOLLOW_INTERVAL: Duration = Duration::from_millis(500);

/// The search of a running site, given to handlers as an extension.
#[derive(Clone)]
pub struct Search {
    index: Arc<SearchIndex>,
    /// Searches running at once: one per core. More only share the same
    /// cores, each with its own threads' memory.
    running: Arc<tokio::sync::Semaphore>,
    answers: Arc<Answers>,
}

#[derive(Debug, thiserror::Error)]
#[error("the search failed: {0}")]
pub struct SearchFailed(String);

impl Search {
    /// Opens this instance's index under the data directory and brings it up
    /// to date: a full build the first time, or when its format changed.
    pub async fn open(settings: &Settings, db: &DatabaseConnection) -> anyhow::Result<Search> {
        let index = SearchIndex::open(&settings.data_dir)?;
        index.catch_up(db, &mut Progress::silent()).await?;
        let cores = std::thread::available_parallelism().map_or(2, std::num::NonZero::get);
        Ok(Search {
            index,
            running: Arc::new(tokio::sync::Semaphore::new(cores)),
            answers: Arc::new(Answers::new()),
        })
    }

    /// The answer to `request`: kept from an earlier search in the same
    /// index, or found off the async threads (a search is CPU work).
    pub async fn find(&self, mut request: Request) -> Result<Arc<Results>, SearchFailed> {
        // Only the first characters count: the rest would only make the
        // kept answer's key longer, and alike requests miss each other.
        request.text = request.text.chars().take(query::MAX_CHARS).collect();
        let searcher = self.index.reader.searcher();
        let generation = searcher.generation().generation_id();
        if let Some(answer) = self.answers.get(generation, &request) {
            return Ok(answer);
        }
        let _turn = self
            .running
            .acquire()
            .await
            .map_err(|error| SearchFailed(error.to_string()))?;
        let index = self.index.clone();
        let asked = request.clone();
        let answer =
            tokio::task::spawn_blocking(move || query::run(&searcher, &index.fields, &asked))
                .await
                .map_err(|error| SearchFailed(error.to_string()))?
                .map_err(|error| SearchFailed(error.to_string()))?;
        let answer = Arc::new(answer);
        self.answers.keep(generation, request, answer.clone());
        Ok(answer)
    }

    /// The library's resources most like `text`, with the words they share
    /// (`likeness::resources_like`), found off the async threads.
    pub async fn resources_like(
        &self,
        text: &str,
        most: usize,
    ) -> Result<Vec<likeness::LikeResource>, SearchFailed> {
        let searcher = self.index.reader.searcher();
        let index = self.index.clone();
        let text = text.to_string();
        let _turn = self
            .running
            .acquire()
            .await
            .map_err(|error| SearchFailed(error.to_string()))?;
        tokio::task::spawn_blocking(move || {
            likeness::resources_like(&searcher, &index.fields, &text, most)
        })
        .await
        .map_err(|error| SearchFailed(error.to_string()))?
        .map_err(|error| SearchFailed(error.to_string()))
    }

    /// Applies the change log's changes since the last turn. The checks
    /// for a rebuild (`catch_up`) ran when the index was opened; each turn
    /// then costs one query.
    async fn follow_changes(&self, db: &DatabaseConnection) -> anyhow::Result<()> {
        while self.index.follow(db).await? {}
        Ok(())
    }
}

/// Follows the change log until the server stops.
pub async fn follow(
    search: Search,
    db: DatabaseConnection,
    mut stop: tokio::sync::watch::Receiver<bool>,
) {
    loop {
        if let Err(error) = search.follow_changes(&db).await {
            // The index stays as it was; the next turn tries again.
            tracing::warn!(%error, "could not bring the search index up to date");
        }
        tokio::select! {
            _ = stop.changed() => break,
            () = tokio::time::sleep(FOLLOW_INTERVAL) => {}
        }
    }
}

/// `observatory reindex`: asks running instances to rebuild their indexes,
/// and rebuilds, with a progress bar, those of the data directory that no
/// running instance holds.
pub async fn reindex(settings: &Settings, db: &DatabaseConnection) -> anyhow::Result<()> {
    crate::index_changes::record(db, &crate::index_changes::Subject::Everything).await?;
    for index in SearchIndex::idle(&settings.data_dir)? {
        index.rebuild(db, &mut Progress::on_stderr()).await?;
    }
    Ok(())
}

pub fn routes() -> Router<AppState> {
    Router::new().route("/search", get(pages::search))
}
