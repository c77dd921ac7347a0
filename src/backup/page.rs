//! The admins' page of backups (`/{lang}/admin/backups`): how the server
//! backs the site up, and how each recent scheduled backup went.

use askama::Template;
use axum::{extract::State, response::Response, routing::get};

use super::schedule::{self, backup_run};
use crate::{
    state::AppState,
    web::{AppError, FeatureRoutes, Page, page::render},
};

const SHOWN: u64 = 30;

pub fn routes() -> FeatureRoutes {
    FeatureRoutes {
        admin: axum::Router::new().route("/backups", get(show_backups)),
        ..FeatureRoutes::default()
    }
}

/// The schedule as the settings give it.
struct ScheduleShown {
    dir: String,
    every: String,
    keep: usize,
}

/// One scheduled backup as the page lists it.
struct RunShown {
    started: String,
    outcome: Outcome,
    file: String,
    size: String,
}

enum Outcome {
    Written,
    Failed(String),
    Running,
}

#[derive(Template)]
#[template(path = "backup/runs.html")]
struct BackupsPage {
    page: Page,
    schedule: Option<ScheduleShown>,
    runs: Vec<RunShown>,
}

pub async fn show_backups(State(state): State<AppState>, page: Page) -> Result<Response, AppError> {
    let schedule = state.settings.backups.as_ref().map(|b| ScheduleShown {
        dir: b.dir.display().to_string(),
        every: period_text(b.every),
        keep: b.keep,
    });
    let runs = schedule::recent(&state.db, SHOWN)
        .await?
        .into_iter()
        .map(shown)
        .collect();
    render(&BackupsPage {
        page,
        schedule,
        runs,
    })
}

fn shown(run: backup_run::Model) -> RunShown {
    let outcome = match (run.finished_at, run.error) {
        (None, _) => Outcome::Running,
        (Some(_), Some(error)) => Outcome::Failed(error),
        (Some(_), None) => Outcome::Written,
    };
    RunShown {
        started: run.started_at.format("%Y-%m-%d %H:%M:%S UTC").to_string(),
        outcome,
        file: run.file.unwrap_or_default(),
        size: run
            .bytes
            .and_then(|bytes| u64::try_from(bytes).ok())
            .map(super::megabytes)
            .unwrap_or_default(),
    }
}

/// `6h`, `1d`, `90s`: as the setting is written.
fn period_text(every: std::time::Duration) -> String {
    let seconds = every.as_secs();
    [(86_400, "d"), (3600, "h"), (60, "m")]
        .into_iter()
        .find(|(unit, _)| seconds.is_multiple_of(*unit))
        .map_or_else(
            || format!("{seconds}s"),
            |(unit, name)| format!("{}{name}", seconds / unit),
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_are_shown_as_they_are_set() {
        let text = |seconds| period_text(std::time::Duration::from_secs(seconds));
        assert_eq!(text(86_400), "1d");
        assert_eq!(text(6 * 3600), "6h");
        assert_eq!(text(90 * 60), "90m");
        assert_eq!(text(90), "90s");
    }
}
