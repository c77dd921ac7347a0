//! Rules enforced once for every route: the client address behind trusted
//! proxies, localized pages for malformed requests, and the role guards in
//! front of the staff and admin sections.

use crate::{
    helpers::TestApp,
    scenario::{csrf, proposal_fields, started_seconds_ago, submit},
};
use observatory::web::Role;

/// One proposal from the browser's client address; the answer's status.
async fn propose_from(app: &TestApp, client: &str, title: &str) -> u16 {
    let mut browser = app.browser();
    browser.forwarded_for = Some(client.to_string());
    let token = csrf(&mut browser, "/en/collaborate").await;
    let started = started_seconds_ago(10);
    let email = format!("{}@example.org", title.replace(' ', "-"));
    let fields = proposal_fields(&token, &started, &email, title);
    submit(&mut browser, "en", &fields, None)
        .await
        .status
        .as_u16()
}

#[tokio::test]
async fn forwarded_addresses_count_only_from_trusted_proxies() {
    // Without trusted proxies anyone can write X-Forwarded-For: it is ignored,
    // so a client cannot escape its limit by inventing addresses.
    let direct = TestApp::spawn_with(&[("OBSERVATORY_SUBMISSIONS_PER_HOUR", "1")]).await;
    assert_eq!(
        propose_from(&direct, "198.51.100.1", "first idea").await,
        303
    );
    assert_eq!(
        propose_from(&direct, "198.51.100.2", "second idea").await,
        429
    );

    // Behind the load balancer every visitor has their own budget: one
    // client's limit does not lock out the others.
    let balanced = TestApp::spawn_with(&[
        ("OBSERVATORY_SUBMISSIONS_PER_HOUR", "1"),
        ("OBSERVATORY_TRUSTED_PROXIES", "127.0.0.1, ::1"),
    ])
    .await;
    assert_eq!(
        propose_from(&balanced, "198.51.100.1", "first idea").await,
        303
    );
    assert_eq!(
        propose_from(&balanced, "198.51.100.1", "again idea").await,
        429
    );
    assert_eq!(
        propose_from(&balanced, "198.51.100.2", "other idea").await,
        303
    );
}

#[tokio::test]
async fn malformed_requests_get_the_localized_error_page() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser();
    let bad_query = browser.get("/fr/collaborer/sent?confirm=peut-etre").await;
    assert_eq!(bad_query.status, 400);
    assert!(
        bad_query.body.contains("<html lang=\"fr\""),
        "{}",
        bad_query.body
    );
    assert!(bad_query.body.contains("Requête incomprise"));

    let mut editor = app
        .staff("editor@example.org", &[Role::Evaluator, Role::Editor])
        .await;
    let bad_path = editor.get("/es/staff/proposals/not-a-number").await;
    assert_eq!(bad_path.status, 400);
    assert!(
        bad_path.body.contains("<html lang=\"es\""),
        "{}",
        bad_path.body
    );

    let wrong_method = browser
        .send(reqwest::Client::new().delete(format!("{}/en/collaborate", app.address)))
        .await;
    assert_eq!(wrong_method.status, 405);
    assert!(wrong_method.body.contains("<html lang=\"en\""));
}

#[tokio::test]
async fn staff_and_admin_sections_are_guarded_at_the_router() {
    let app = TestApp::spawn().await;
    let mut anonymous = app.browser();
    let sent_to_login = anonymous.get("/fr/staff/dashboard").await;
    assert_eq!(sent_to_login.status, 303);
    assert_eq!(
        sent_to_login.location(),
        "/fr/login?next=%2Ffr%2Fstaff%2Fdashboard"
    );
    let mut member = app.staff("member@example.org", &[]).await;
    let mut evaluator = app.staff("evaluator@example.org", &[Role::Evaluator]).await;
    for path in [
        "/en/staff/proposals",
        "/en/staff/proposals.csv",
        "/en/staff/dashboard",
        "/en/staff/lines",
        "/en/admin/users",
    ] {
        assert_eq!(member.get(path).await.status, 403, "{path} for a member");
    }
    assert_eq!(evaluator.get("/en/staff/dashboard").await.status, 200);
    assert_eq!(evaluator.get("/en/staff/lines").await.status, 403);
    assert_eq!(evaluator.get("/en/admin/users").await.status, 403);
    let token = csrf(&mut member, "/en/account").await;
    let refused = member
        .post_form("/en/staff/lines", &[("csrf", &token), ("slug", "anything")])
        .await;
    assert_eq!(refused.status, 403);
}

#[tokio::test]
async fn every_form_counts_against_its_senders_address() {
    let app = TestApp::spawn_with(&[
        ("OBSERVATORY_FORMS_PER_HOUR", "3"),
        ("OBSERVATORY_TRUSTED_PROXIES", "127.0.0.1"),
    ])
    .await;
    let mut busy = app.browser();
    busy.forwarded_for = Some("198.51.100.7".into());
    let token = csrf(&mut busy, "/fr/password-reset").await;
    // Forged posts (from another site, without the token) use up nothing.
    for _ in 0..5 {
        let forged = busy
            .post_form("/fr/password-reset", &[("email", "nobody@example.org")])
            .await;
        assert_eq!(forged.status, 403);
    }
    for _ in 0..3 {
        let sent = busy
            .post_form(
                "/fr/password-reset",
                &[("csrf", &token), ("email", "nobody@example.org")],
            )
            .await;
        assert_ne!(sent.status, 429);
    }
    let refused = busy
        .post_form("/fr/login", &[("csrf", &token), ("email", "a@example.org")])
        .await;
    assert_eq!(refused.status, 429, "a fourth form of any kind");
    assert!(refused.body.contains("<html lang=\"fr\""));
    assert!(refused.body.contains("Trop de formulaires envoyés"));
    // Reading pages is not limited, and other visitors are not affected.
    assert_eq!(busy.get("/fr").await.status, 200);
    let mut other = app.browser();
    other.forwarded_for = Some("198.51.100.8".into());
    let token = csrf(&mut other, "/fr/password-reset").await;
    let sent = other
        .post_form(
            "/fr/password-reset",
            &[("csrf", &token), ("email", "nobody@example.org")],
        )
        .await;
    assert_ne!(sent.status, 429);
}

#[tokio::test]
async fn a_stored_state_or_role_the_code_does_not_know_is_an_error_not_another_one() {
    use sea_orm::{ConnectionTrait, Statement};
    let app = TestApp::spawn().await;
    let sent = app.proposal().by("odd@example.org").send().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let db = &app.state.db;
    let backend = db.get_database_backend();
    db.execute_raw(Statement::from_string(
        backend,
        format!(
            "UPDATE proposals SET state = 'archived' WHERE id = {}",
            sent.id
        ),
    ))
    .await
    .unwrap();
    let page = editor
        .get(&format!("/en/staff/proposals/{}", sent.id))
        .await;
    assert_eq!(page.status, 500, "not shown as some other state");
    assert!(page.body.contains("Something went wrong"));

    db.execute_raw(Statement::from_string(
        backend,
        "UPDATE user_roles SET role = 'superuser' WHERE role = 'editor'".to_string(),
    ))
    .await
    .unwrap();
    let denied = editor.get("/en/staff/dashboard").await;
    assert_ne!(denied.status, 200, "an unknown role is never a staff role");
}
