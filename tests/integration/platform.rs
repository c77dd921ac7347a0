//! Platform behaviour: language negotiation, headers, health, assets,
//! limits, seeding and settings.

use crate::helpers::{TestApp, insert_account_with_old_role, migrate, settings_for};
use observatory::content;

#[tokio::test]
async fn root_redirects_by_cookie_then_browser_language_then_english() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser();
    let plain = browser.get("/").await;
    assert_eq!(plain.status, 303);
    assert_eq!(plain.location(), "/en");

    browser.accept_language = Some("de-DE,fr;q=0.8,es;q=0.5".into());
    assert_eq!(browser.get("/").await.location(), "/fr");

    browser.cookies.insert("obs_lang".into(), "es".into());
    assert_eq!(browser.get("/").await.location(), "/es");

    browser.cookies.insert("obs_lang".into(), "xx".into());
    assert_eq!(
        browser.get("/").await.location(),
        "/fr",
        "an unknown remembered language is ignored"
    );

    let slash = browser.get("/fr/").await;
    assert_eq!(slash.status, 308);
    assert_eq!(slash.location(), "/fr");
}

fn assert_security_headers(page: &crate::helpers::Page, what: &str) {
    let header = |name: &str| {
        page.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string()
    };
    let csp = header("content-security-policy");
    for directive in [
        "default-src 'none'",
        "frame-ancestors 'none'",
        "form-action 'self'",
        "base-uri 'none'",
        "style-src 'self'",
        "connect-src 'self'",
    ] {
        assert!(
            csp.contains(directive),
            "{what}: CSP lacks {directive}: {csp}"
        );
    }
    assert_eq!(header("x-content-type-options"), "nosniff", "{what}");
    assert_eq!(header("x-frame-options"), "DENY", "{what}");
    assert_eq!(
        header("cross-origin-resource-policy"),
        "same-origin",
        "{what}"
    );
    assert_eq!(
        header("referrer-policy"),
        "strict-origin-when-cross-origin",
        "{what}"
    );
    assert_eq!(
        header("permissions-policy"),
        "camera=(), microphone=(), geolocation=(), interest-cohort=()",
        "{what}"
    );
    assert_eq!(
        page.headers
            .get_all("content-security-policy")
            .iter()
            .count(),
        1,
        "{what}: one policy, not one per layer"
    );
    assert!(
        page.headers.get("server").is_none(),
        "{what}: no Server header"
    );
}

#[tokio::test]
async fn robots_may_index_public_pages_but_not_staff_admin_or_accounts() {
    let app = TestApp::spawn().await;
    let robots = app.browser().get("/robots.txt").await;
    assert_eq!(robots.status, 200);
    for section in ["/es/staff", "/fr/admin", "/en/account"] {
        assert!(
            robots.body.contains(&format!("Disallow: {section}\n")),
            "{section}"
        );
    }
    assert!(
        !robots.body.contains("Disallow: /\n"),
        "public pages stay open"
    );
}

#[tokio::test]
async fn every_kind_of_response_carries_the_security_headers() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser();
    let home = browser.get("/en").await;
    assert_security_headers(&home, "page");
    assert!(
        home.headers.get("strict-transport-security").is_none(),
        "no HSTS over plain http"
    );
    assert_security_headers(&browser.get("/en/missing").await, "404");
    assert_security_headers(&browser.get("/healthz").await, "health");
    assert_security_headers(&browser.get("/").await, "redirect");
    let css = stylesheet_url(&home.body);
    assert_security_headers(&browser.get(&css).await, "asset");
}

#[tokio::test]
async fn https_deployments_get_hsts_and_host_bound_cookies() {
    let app = TestApp::spawn_with(&[("OBSERVATORY_BASE_URL", "https://observatory.example")]).await;
    let page = app.browser().get("/en").await;
    let hsts = page
        .headers
        .get("strict-transport-security")
        .expect("HSTS over https");
    assert!(hsts.to_str().unwrap().contains("max-age="));
    let (name, _, full) = page.set_cookies().pop().expect("csrf cookie");
    assert_eq!(name, "__Host-obs_csrf");
    assert!(
        full.contains("; Secure") && full.contains("HttpOnly") && full.contains("SameSite=Lax")
    );
    assert!(
        page.body
            .contains("href=\"https://observatory.example/es\""),
        "alternates use the public URL"
    );
}

#[tokio::test]
async fn every_answer_names_a_request_id_of_our_own() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser();
    let id = |page: &crate::helpers::Page| {
        page.headers
            .get("x-request-id")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string()
    };
    let page = id(&browser.get("/en").await);
    let missing = id(&browser.get("/en/missing").await);
    assert!(!page.is_empty() && !missing.is_empty(), "pages and errors");
    assert_ne!(page, missing, "one id per request");
    let chosen = reqwest::Client::new()
        .get(format!("{}/healthz", app.address))
        .header("x-request-id", "chosen-by-the-client");
    let health = id(&browser.send(chosen).await);
    assert!(
        !health.is_empty() && health != "chosen-by-the-client",
        "a client's id is replaced: {health}"
    );
}

fn stylesheet_url(html: &str) -> String {
    let start = html.find("/assets/style.").expect("stylesheet link");
    let end = html[start..].find('"').unwrap() + start;
    html[start..end].to_string()
}

#[tokio::test]
async fn assets_have_hashed_names_and_long_cache() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser();
    let home = browser.get("/en").await;
    let css = stylesheet_url(&home.body);
    assert!(css.len() > "/assets/style.css".len(), "hashed name: {css}");
    let file = browser.get(&css).await;
    assert_eq!(file.status, 200);
    assert_eq!(file.headers["content-type"], "text/css; charset=utf-8");
    assert!(
        file.headers["cache-control"]
            .to_str()
            .unwrap()
            .contains("immutable")
    );
    assert!(file.body.contains("--brand"));
    assert_eq!(
        browser.get("/assets/style.css").await.status,
        404,
        "unhashed names are not served"
    );
    assert!(file.set_cookie_names().is_empty(), "assets set no cookies");
}

#[tokio::test]
async fn oversized_bodies_are_refused() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser();
    let csrf = browser.get("/en").await.hidden_field("csrf");
    let huge = "x".repeat(200 * 1024);
    let answer = browser
        .post_form(
            "/en/cookie-settings",
            &[("csrf", &csrf), ("choice", "accept"), ("padding", &huge)],
        )
        .await;
    assert_eq!(answer.status, 413);
    assert!(answer.body.contains("Too much data"));
    assert!(!browser.cookies.contains_key("obs_consent"));
}

async fn content_counts(db: &sea_orm::DatabaseConnection) -> (u64, u64) {
    use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
    let items = content::content_item::Entity::find()
        .count(db)
        .await
        .unwrap();
    // A news item's or an event's own addresses in Spanish and French
    // (`content::item_slugs`) are kept beside its texts, not texts.
    let texts = content::content_translation::Entity::find()
        .filter(content::content_translation::Column::Field.ne("slug"))
        .count(db)
        .await
        .unwrap();
    (items, texts)
}

/// A restart seeds nothing twice; it brings the copy of items nobody has
/// edited up to the binary's (a site made by an older version gets the
/// newer text, and fields it lacked), and never touches an edited item.
#[tokio::test]
async fn seeding_again_updates_the_seeds_own_copy_and_keeps_edits() {
    use content::{content_item, content_translation};
    use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};
    let app = TestApp::spawn().await;
    let db = &app.state.db;
    let (items, texts) = content_counts(db).await;
    assert!(items >= 30, "seeded items: {items}");
    assert_eq!(texts % 3, 0, "every text in three languages");
    let titles = content_translation::Entity::find()
        .filter(content_translation::Column::Field.eq("title"))
        .filter(content_translation::Column::Lang.eq("en"))
        .all(db)
        .await
        .unwrap();
    let (edited, outdated) = (&titles[0], &titles[1]);

    // An editor changes one title (and the item says so); another title is
    // an older version's, and a report lacks the summary it now has.
    let mut change: content_translation::ActiveModel = edited.clone().into();
    change.value = Set("Edited by staff".into());
    change.update(db).await.unwrap();
    let mut marked: content_item::ActiveModel = content_item::Entity::find_by_id(edited.item_id)
        .one(db)
        .await
        .unwrap()
        .unwrap()
        .into();
    marked.edited_at = Set(Some(chrono::Utc::now()));
    marked.update(db).await.unwrap();
    let mut older: content_translation::ActiveModel = outdated.clone().into();
    older.value = Set("An older version's title".into());
    older.update(db).await.unwrap();
    let summary = content_translation::Entity::find()
        .filter(content_translation::Column::Field.eq("summary"))
        .filter(content_translation::Column::Lang.eq("fr"))
        .filter(content_translation::Column::ItemId.ne(edited.item_id))
        .one(db)
        .await
        .unwrap()
        .unwrap();
    content_translation::Entity::delete_by_id(summary.id)
        .exec(db)
        .await
        .unwrap();

    observatory::db::prepare(&app.settings, observatory::app::seed)
        .await
        .expect("second start");
    assert_eq!(content_counts(db).await, (items, texts));
    let value_of = |id: i32| async move {
        content_translation::Entity::find_by_id(id)
            .one(db)
            .await
            .unwrap()
            .map(|row| row.value)
    };
    assert_eq!(value_of(edited.id).await.unwrap(), "Edited by staff");
    assert_eq!(value_of(outdated.id).await.unwrap(), outdated.value);
    let restored = content_translation::Entity::find()
        .filter(content_translation::Column::ItemId.eq(summary.item_id))
        .filter(content_translation::Column::Field.eq("summary"))
        .filter(content_translation::Column::Lang.eq("fr"))
        .one(db)
        .await
        .unwrap()
        .expect("the missing field is written");
    assert_eq!(restored.value, summary.value);
    let before = content_counts(db).await;
    observatory::db::prepare(&app.settings, observatory::app::seed)
        .await
        .expect("third start");
    assert_eq!(content_counts(db).await, before, "nothing more to do");
}

#[tokio::test]
async fn bad_settings_stop_the_start_naming_the_variable() {
    let dir = tempfile::tempdir().unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_observatory"))
        .env("OBSERVATORY_DATA_DIR", dir.path())
        .env("OBSERVATORY_LISTEN", "not-an-address")
        .output()
        .expect("binary runs");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("OBSERVATORY_LISTEN"), "{stderr}");
}

#[tokio::test]
async fn migrate_command_prepares_a_database_and_exits() {
    let dir = tempfile::tempdir().unwrap();
    let url = crate::helpers::fresh_database_url(dir.path()).await;
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_observatory"))
        .arg("migrate")
        .env("OBSERVATORY_DATA_DIR", dir.path())
        .env("OBSERVATORY_DATABASE_URL", &url)
        .status()
        .expect("binary runs");
    assert!(status.success());
    let settings = settings_for(dir.path(), &url, &[]);
    let db = observatory::db::connect(&settings.database_url)
        .await
        .unwrap();
    let (items, _) = content_counts(&db).await;
    assert!(items >= 30);
}

#[tokio::test]
async fn sent_mails_and_stale_rate_limits_do_not_stay_for_good() {
    use chrono::{Duration, Utc};
    use observatory::throttle::rate_limit;
    use sea_orm::{ActiveValue::Set, ConnectionTrait, EntityTrait, PaginatorTrait, Statement};
    let app = TestApp::spawn().await;
    let db = &app.state.db;
    let now = Utc::now();
    for (kind, done_at) in [
        ("test-only", Some(now - Duration::days(8))),
        ("test-only", Some(now - Duration::days(1))),
        ("test-only", None),
    ] {
        db.execute_raw(Statement::from_sql_and_values(
            db.get_database_backend(),
            "INSERT INTO jobs (kind, payload, run_at, attempts, done_at, created_at) \
             VALUES ($1, '{}', $2, 1, $3, $2)",
            [kind.into(), now.into(), done_at.into()],
        ))
        .await
        .unwrap();
    }
    for (key, window_started_at, locked_until) in [
        ("old", now - Duration::days(2), None),
        (
            "old-but-locked",
            now - Duration::days(2),
            Some(now + Duration::minutes(5)),
        ),
        ("recent", now - Duration::minutes(5), None),
    ] {
        rate_limit::Entity::insert(rate_limit::ActiveModel {
            key: Set(key.into()),
            hits: Set(1),
            window_started_at: Set(window_started_at),
            locked_until: Set(locked_until),
        })
        .exec_without_returning(db)
        .await
        .unwrap();
    }
    // The app's own maintenance loop may run at the same moment (it starts
    // with the server), so what counts is what is left, not who deleted it.
    observatory::jobs::purge_finished(db).await.unwrap();
    observatory::throttle::purge_stale(db).await.unwrap();
    let jobs_left = db
        .query_one_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT COUNT(*) AS n FROM jobs WHERE kind = 'test-only'",
        ))
        .await
        .unwrap()
        .unwrap()
        .try_get::<i64>("", "n")
        .unwrap();
    assert_eq!(jobs_left, 2, "the recent and the pending job stay");
    assert_eq!(rate_limit::Entity::find().count(db).await.unwrap(), 2);
}

/// A site from before role sets keeps every account's powers: each old
/// role becomes the roles it included.
#[tokio::test]
async fn upgrading_turns_each_nested_role_into_the_roles_it_included() {
    use observatory::{
        accounts::admin::roles_of,
        web::{Role, Roles},
    };

    let dir = tempfile::tempdir().unwrap();
    let url = crate::helpers::fresh_database_url(dir.path()).await;
    let db = observatory::db::connect(&url).await.unwrap();
    migrate(&db, Some(9)).await;
    let mut ids = Vec::new();
    for role in ["member", "evaluator", "editor", "admin"] {
        ids.push(insert_account_with_old_role(&db, role).await);
    }
    migrate(&db, None).await;
    let expected = [
        ("member", Roles::NONE),
        ("evaluator", Roles::of([Role::Evaluator])),
        ("editor", Roles::of([Role::Evaluator, Role::Editor])),
        ("admin", Roles::of(Role::ALL)),
    ];
    for ((old, now), id) in expected.into_iter().zip(ids) {
        assert_eq!(roles_of(&db, id).await.unwrap(), now, "{old}");
    }
}

/// A site created before the staff-records migration keeps its assignments
/// and evaluations through it, and from then on they outlive the account.
#[tokio::test]
async fn upgrading_keeps_evaluations_and_they_outlive_the_evaluator() {
    use chrono::Utc;
    use observatory::{
        accounts::entities::user,
        proposals::{
            entities::{assignment, evaluation, proposal},
            state::State,
        },
    };
    use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};

    let dir = tempfile::tempdir().unwrap();
    let url = crate::helpers::fresh_database_url(dir.path()).await;
    let db = observatory::db::connect(&url).await.unwrap();
    migrate(&db, Some(5)).await;
    let now = Utc::now();
    let evaluator = user::Entity::insert(user::ActiveModel {
        email: Set("eva@example.org".into()),
        email_verified_at: Set(Some(now)),
        password_hash: Set(String::new()),
        full_name: Set("Eva Luna".into()),
        account_type: Set("individual".into()),
        country_code: Set("BE".into()),
        working_languages: Set("en".into()),
        locale: Set("en".into()),
        consent_at: Set(now),
        consent_policy_version: Set("2".into()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    })
    .exec(&db)
    .await
    .unwrap()
    .last_insert_id;
    let proposal_id = proposal::Entity::insert(proposal::ActiveModel {
        reference: Set("COL-2026-00001".into()),
        state: Set(State::InReview),
        account_type: Set("individual".into()),
        full_name: Set("Ana".into()),
        country_code: Set("CL".into()),
        email: Set("ana@example.org".into()),
        locale: Set("es".into()),
        working_languages: Set("es".into()),
        specialisation: Set("Mediation".into()),
        title: Set("Circles".into()),
        description: Set("Restorative circles.".into()),
        collaboration_kind: Set("working-group".into()),
        consent_at: Set(now),
        consent_policy_version: Set("2".into()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    })
    .exec(&db)
    .await
    .unwrap()
    .last_insert_id;
    assignment::Entity::insert(assignment::ActiveModel {
        proposal_id: Set(proposal_id),
        evaluator_id: Set(Some(evaluator)),
        assigned_at: Set(now),
        ..Default::default()
    })
    .exec(&db)
    .await
    .unwrap();
    evaluation::Entity::insert(evaluation::ActiveModel {
        proposal_id: Set(proposal_id),
        evaluator_id: Set(Some(evaluator)),
        recommendation: Set("working-group".into()),
        scores: Set("{}".into()),
        notes: Set("Kept.".into()),
        updated_at: Set(now),
        ..Default::default()
    })
    .exec(&db)
    .await
    .unwrap();

    migrate(&db, None).await;
    let kept = evaluation::Entity::find().all(&db).await.unwrap();
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].notes, "Kept.");
    assert_eq!(
        kept[0].evaluator_id,
        Some(evaluator),
        "rows come through as they were"
    );
    let twice = assignment::Entity::insert(assignment::ActiveModel {
        proposal_id: Set(proposal_id),
        evaluator_id: Set(Some(evaluator)),
        assigned_at: Set(now),
        ..Default::default()
    })
    .exec(&db)
    .await;
    assert!(twice.is_err(), "one assignment per evaluator, as before");

    user::Entity::delete_by_id(evaluator)
        .exec(&db)
        .await
        .unwrap();
    let kept = evaluation::Entity::find()
        .filter(evaluation::Column::ProposalId.eq(proposal_id))
        .one(&db)
        .await
        .unwrap()
        .expect("the evaluation outlives the account");
    assert_eq!(kept.evaluator_id, None);
    let assigned = assignment::Entity::find().one(&db).await.unwrap().unwrap();
    assert_eq!(assigned.evaluator_id, None);
}

/// Applies migrations up to `steps` (all when None) as the server does: in
/// one transaction on one connection.
/// Mail queued before the delivery-record migration gets a key of its own
/// through it, so its Message-ID is unique like any other's.
#[tokio::test]
async fn upgrading_gives_each_queued_mail_its_own_key() {
    use observatory::jobs::job;
    use sea_orm::{ConnectionTrait, EntityTrait, Statement};

    let dir = tempfile::tempdir().unwrap();
    let url = crate::helpers::fresh_database_url(dir.path()).await;
    let db = observatory::db::connect(&url).await.unwrap();
    migrate(&db, Some(6)).await;
    for _ in 0..2 {
        db.execute_raw(Statement::from_sql_and_values(
            db.get_database_backend(),
            "INSERT INTO jobs (kind, payload, run_at, attempts, created_at) \
             VALUES ('mail', '{}', $1, 0, $1)",
            [chrono::Utc::now().into()],
        ))
        .await
        .unwrap();
    }
    migrate(&db, None).await;

    let keys: std::collections::BTreeSet<String> = job::Entity::find()
        .all(&db)
        .await
        .unwrap()
        .into_iter()
        .map(|queued| queued.idempotency_key)
        .collect();
    assert_eq!(keys.len(), 2, "two different keys: {keys:?}");
    assert!(keys.iter().all(|key| key.len() >= 16), "{keys:?}");
}

/// `PRAGMA synchronous` as `db` sees it: 1 is NORMAL, 2 is FULL.
async fn synchronous_level(db: &impl sea_orm::ConnectionTrait) -> i64 {
    let found = db
        .query_one_raw(sea_orm::Statement::from_string(
            db.get_database_backend(),
            "PRAGMA synchronous",
        ))
        .await
        .unwrap()
        .expect("a level");
    found.try_get_by_index(0).unwrap()
}

#[tokio::test]
async fn on_sqlite_only_bookkeeping_commits_without_a_disk_sync() {
    let app = TestApp::spawn().await;
    if app.state.db.get_database_backend() != sea_orm::DbBackend::Sqlite {
        return; // PostgreSQL syncs every commit.
    }
    const NORMAL: i64 = 1;
    const FULL: i64 = 2;
    let writer = &app.state.writes;
    assert_eq!(synchronous_level(writer).await, FULL);
    let txn = app.state.begin_write().await.unwrap();
    assert_eq!(synchronous_level(&txn).await, FULL, "a proposal's commit");
    txn.commit().await.unwrap();
    assert_eq!(
        synchronous_level(&app.state.bookkeeping()).await,
        NORMAL,
        "a counter's statement, on the same connection"
    );
    assert_eq!(
        synchronous_level(writer).await,
        FULL,
        "the writer is back to FULL once the statement returned it"
    );
    assert_eq!(synchronous_level(&app.state.db).await, FULL, "the readers");
}
