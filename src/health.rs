//! What a load balancer asks each instance. `/healthz`: can it do its work?
//! Its database answers, the database has every migration this binary
//! knows, its job worker is turning, and it is not stopping; 200 only when
//! all hold. With scheduled backups it also tells how the last one went,
//! for the operator's monitoring: a failed backup is news, but no reason
//! to take the instance out of the balancer. `/readyz`: does it still want
//! requests? 503 from the moment a stop begins. Both answer one line per
//! check and nothing secret: the errors behind a failed check go to the log.

use std::time::Duration;

use axum::{
    extract::State,
    http::{StatusCode, header},
    response::{IntoResponse, Response},
};

use crate::{backup, db, jobs, state::AppState};

/// A check's name and what is wrong, if anything.
type Check = (&'static str, Option<String>);

pub async fn check_health(State(state): State<AppState>) -> Response {
    let database = database_problem(&state).await;
    let migrations = match database {
        // Asking again would only wait for the same dead connection.
        Some(_) => Some("not checked without the database".to_string()),
        None => migrations_problem(&state).await,
    };
    let checks = [
        ("database", database),
        ("migrations", migrations),
        ("job worker", worker_problem(state.jobs_heartbeat.silence())),
        ("ready", stopping_problem(&state)),
    ];
    let notes = match state.settings.backups {
        Some(_) => vec![("backup", last_backup(&state).await)],
        None => Vec::new(),
    };
    answer(&checks, &notes)
}

/// `last 2026-11-26T16:00:00Z ok`, `last … failed (see the log)` or
/// `none finished yet`: the last backup that ended (one that is running
/// tells nothing yet).
async fn last_backup(state: &AppState) -> String {
    let time = |at: chrono::DateTime<chrono::Utc>| at.format("%Y-%m-%dT%H:%M:%SZ").to_string();
    match backup::schedule::last_finished(&state.db).await {
        Ok(Some(run)) => {
            let at = time(run.finished_at.unwrap_or(run.started_at));
            match run.error {
                None => format!("last {at} ok"),
                Some(_) => format!("last {at} failed (see the log)"),
            }
        }
        Ok(None) => "none finished yet".into(),
        Err(error) => {
            tracing::warn!(%error, "health check: cannot read the backups");
            "cannot be read".into()
        }
    }
}

pub async fn check_ready(State(state): State<AppState>) -> Response {
    answer(&[("ready", stopping_problem(&state))], &[])
}

/// 200 when no check has a problem, else 503; one `name: ok` or
/// `name: problem` line per check, then a `name: text` line per note
/// (which never changes the status). Never cached: it is news each time.
fn answer(checks: &[Check], notes: &[(&str, String)]) -> Response {
    let healthy = checks.iter().all(|(_, problem)| problem.is_none());
    let body: String = checks
        .iter()
        .map(|(name, problem)| (*name, problem.as_deref().unwrap_or("ok")))
        .chain(notes.iter().map(|(name, text)| (*name, text.as_str())))
        .map(|(name, text)| format!("{name}: {text}\n"))
        .collect();
    let status = if healthy {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    (status, [(header::CACHE_CONTROL, "no-store")], body).into_response()
}

async fn database_problem(state: &AppState) -> Option<String> {
    let error = state.db.ping().await.err()?;
    tracing::warn!(%error, "health check: database unreachable");
    Some("unreachable".into())
}

async fn migrations_problem(state: &AppState) -> Option<String> {
    match db::pending_migrations(&state.db).await {
        Ok(pending) if pending.is_empty() => None,
        Ok(pending) => {
            tracing::warn!(?pending, "health check: migrations not applied");
            Some(format!(
                "{} pending ({})",
                pending.len(),
                pending.join(", ")
            ))
        }
        Err(error) => {
            tracing::warn!(%error, "health check: cannot read the applied migrations");
            Some("cannot be read".into())
        }
    }
}

/// `silence` is how long since the worker's last heartbeat.
fn worker_problem(silence: Option<Duration>) -> Option<String> {
    match silence {
        None => Some("not running".into()),
        Some(silence) if silence > jobs::HEARTBEAT_LIMIT => {
            Some(format!("silent for {} s", silence.as_secs()))
        }
        Some(_) => None,
    }
}

fn stopping_problem(state: &AppState) -> Option<String> {
    state
        .stopping
        .has_begun()
        .then(|| "no, stopping".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_worker_is_healthy_while_it_beats_within_the_limit() {
        assert_eq!(worker_problem(Some(Duration::ZERO)), None);
        assert_eq!(worker_problem(Some(jobs::HEARTBEAT_LIMIT)), None);
    }

    #[test]
    fn a_worker_that_never_beat_or_fell_silent_is_unhealthy() {
        assert_eq!(worker_problem(None).as_deref(), Some("not running"));
        let silent = jobs::HEARTBEAT_LIMIT + Duration::from_secs(12);
        assert_eq!(
            worker_problem(Some(silent)).as_deref(),
            Some("silent for 42 s")
        );
    }
}
