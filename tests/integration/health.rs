//! What a load balancer asks an instance: `/healthz` names each check and
//! answers 200 only when all pass. (`/readyz` on a stop: see server.rs.)

use axum::extract::State;
use observatory::{app::Server, db::Migrator, health};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use sea_orm_migration::{MigratorTrait, seaql_migrations};

use crate::helpers::{TestApp, fresh_database_url, settings_for};

#[tokio::test]
async fn a_healthy_instance_says_so_check_by_check() {
    let app = TestApp::spawn().await;
    let health = app.browser().get("/healthz").await;
    assert_eq!(health.status, 200);
    assert_eq!(
        health.body,
        "database: ok\nmigrations: ok\njob worker: ok\nready: ok\n"
    );
    assert_eq!(health.headers["cache-control"], "no-store");
    assert_eq!(app.browser().get("/readyz").await.body, "ready: ok\n");
}

#[tokio::test]
async fn an_instance_without_its_database_is_unhealthy() {
    let app = TestApp::spawn().await;
    app.state.db.clone().close().await.unwrap();
    let health = app.browser().get("/healthz").await;
    assert_eq!(health.status, 503);
    assert!(
        health
            .body
            .starts_with("database: unreachable\nmigrations: not checked without the database\n"),
        "{}",
        health.body
    );
}

#[tokio::test]
async fn a_database_without_the_latest_migration_is_unhealthy() {
    let app = TestApp::spawn().await;
    let latest = Migrator::migrations()
        .last()
        .expect("migrations")
        .name()
        .to_string();
    // As after a restore from a backup older than the binary.
    seaql_migrations::Entity::delete_many()
        .filter(seaql_migrations::Column::Version.eq(&latest))
        .exec(&app.state.db)
        .await
        .unwrap();
    let health = app.browser().get("/healthz").await;
    assert_eq!(health.status, 503);
    assert!(
        health
            .body
            .contains(&format!("\nmigrations: 1 pending ({latest})\n")),
        "{}",
        health.body
    );
}

#[tokio::test]
async fn an_instance_whose_job_worker_never_started_is_unhealthy() {
    let dir = tempfile::tempdir().unwrap();
    let database_url = fresh_database_url(dir.path()).await;
    // Built, and so able to answer, but never run: no worker.
    let server = Server::build(settings_for(dir.path(), &database_url, &[]))
        .await
        .unwrap();
    let answer = health::check_health(State(server.state)).await;
    assert_eq!(answer.status(), 503);
    let body = axum::body::to_bytes(answer.into_body(), 4096)
        .await
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&body),
        "database: ok\nmigrations: ok\njob worker: not running\nready: ok\n"
    );
}
