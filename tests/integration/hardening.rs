//! What probing the platform as an attacker found, kept fixed: text that is
//! not text, limits with one message per bound, caching of static files and
//! private pages, forms sent from other sites, and who may read the data
//! directory.

use observatory::web::Role;
use sea_orm::{EntityTrait, PaginatorTrait};

use crate::accounts::{PASSWORD, log_in, register_and_confirm};
use crate::helpers::{Page, TestApp};
use crate::scenario::{csrf, proposal_fields, started_seconds_ago, submit};

const URLENCODED: (&str, &str) = ("content-type", "application/x-www-form-urlencoded");

fn is_refused_text(page: &Page) -> bool {
    page.status == 400 && page.body.contains("Text that cannot be accepted")
}

#[tokio::test]
async fn nul_bytes_and_control_characters_get_one_clear_answer_everywhere() {
    let app = TestApp::spawn().await;
    let mut admin = app.staff("admin@example.org", &Role::ALL).await;
    let sent = app.proposal().by("member@example.org").send().await;

    let csrf = admin.get("/en/login").await.hidden_field("csrf");
    let login = format!("csrf={csrf}&email=admin%00%40example.org&password=x");
    let answer = admin
        .post_raw("/en/login", &[URLENCODED], login.into_bytes())
        .await;
    assert!(
        is_refused_text(&answer),
        "login: {} {}",
        answer.status,
        answer.body
    );

    for path in [
        "/en/staff/proposals?q=a%00b".to_string(),
        "/en/staff/proposals.csv?q=%00".to_string(),
        "/en/staff/proposals?q=%1B%5B2J".to_string(),
        "/en/admin/users?q=%00".to_string(),
        format!(
            "/en/collaborate/status?reference={}%00&token=x",
            sent.reference
        ),
        "/en/account/proposals/P%00".to_string(),
    ] {
        let answer = admin.get(&path).await;
        assert!(
            is_refused_text(&answer),
            "{path}: {} {}",
            answer.status,
            answer.body
        );
    }
    let spanish = admin.get("/es/staff/proposals?q=%00").await;
    assert!(spanish.body.contains("Texto que no se puede aceptar"));
    // Ordinary searches still work.
    assert_eq!(
        admin.get("/en/staff/proposals?q=caf%C3%A9").await.status,
        200
    );
}

#[tokio::test]
async fn invalid_utf8_is_refused_and_nothing_is_stored() {
    use observatory::accounts::entities::user;
    let app = TestApp::spawn().await;
    let mut browser = app.browser();
    let token = browser.get("/en/register").await.hidden_field("csrf");
    let form = format!(
        "csrf={token}&account_type=individual&full_name=Ana%FFP%E9rez&country=CL\
         &languages=es&lines=research&email=ana%40example.org\
         &password=river+stone+lantern+meadow&consent=yes"
    );
    let answer = browser
        .post_raw("/en/register", &[URLENCODED], form.into_bytes())
        .await;
    assert!(
        is_refused_text(&answer),
        "{} {}",
        answer.status,
        answer.body
    );
    assert_eq!(user::Entity::find().count(&app.state.db).await.unwrap(), 0);

    // In a form with a file too: the text is read as sent, not "repaired".
    let token = csrf(&mut browser, "/en/collaborate").await;
    let started = started_seconds_ago(10);
    let mut fields = proposal_fields(&token, &started, "lucia@example.org", "Circles");
    fields.retain(|(name, _)| *name != "title");
    fields.push(("title", "Círculos\u{0}restaurativos"));
    let answer = submit(&mut browser, "en", &fields, None).await;
    assert!(
        is_refused_text(&answer),
        "{} {}",
        answer.status,
        answer.body
    );
    let stored = observatory::proposals::entities::proposal::Entity::find()
        .count(&app.state.db)
        .await
        .unwrap();
    assert_eq!(stored, 0);
}

#[tokio::test]
async fn a_description_over_the_limit_is_told_the_limit_not_the_minimum() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser();
    let token = csrf(&mut browser, "/en/collaborate").await;
    let started = started_seconds_ago(10);
    let long = "a".repeat(10_001);
    let mut fields = proposal_fields(&token, &started, "lucia@example.org", "Circles");
    fields.retain(|(name, _)| *name != "description");
    fields.push(("description", &long));
    let answer = submit(&mut browser, "en", &fields, None).await;
    assert_eq!(answer.status, 422);
    assert!(
        answer
            .body
            .contains("Shorten this text to at most 10000 characters: it has 10001.")
    );
    assert!(!answer.body.contains("at least 30 characters."));
    assert!(
        answer.body.contains(&format!(">{long}</textarea>")),
        "the text comes back"
    );
}

#[tokio::test]
async fn static_files_set_no_cookie_and_private_pages_are_never_stored() {
    let app = TestApp::spawn().await;
    let mut visitor = app.browser();
    let home = visitor.get("/en").await;
    assert_eq!(cache_control(&home), "private, no-cache");
    let start = home.body.find("/assets/style.").expect("stylesheet link");
    let end = home.body[start..].find('"').expect("end of link") + start;
    let mut first_visit = app.browser();
    let stylesheet = first_visit.get(&home.body[start..end]).await;
    assert_eq!(stylesheet.status, 200);
    assert!(cache_control(&stylesheet).contains("immutable"));
    assert!(
        stylesheet.set_cookie_names().is_empty(),
        "no cookie with a shared file"
    );
    assert!(
        first_visit
            .get("/healthz")
            .await
            .set_cookie_names()
            .is_empty()
    );

    let mut admin = app.staff("admin@example.org", &Role::ALL).await;
    for path in [
        "/en/account",
        "/en/staff/proposals",
        "/en/admin/users",
        "/en",
    ] {
        let page = admin.get(path).await;
        assert_eq!(page.status, 200, "{path}");
        assert_eq!(cache_control(&page), "no-store", "{path}");
    }
}

fn cache_control(page: &Page) -> &str {
    page.headers
        .get("cache-control")
        .and_then(|value| value.to_str().ok())
        .unwrap_or("")
}

#[tokio::test]
async fn forms_sent_from_another_site_are_refused_even_with_a_valid_token() {
    let app = TestApp::spawn().await;
    let email = "origin@example.org";
    register_and_confirm(&app, &mut app.browser(), email, "en").await;
    let mut browser = app.browser();
    let token = browser.get("/en/login").await.hidden_field("csrf");
    let form = || {
        format!(
            "csrf={token}&email=origin%40example.org&password={}",
            PASSWORD.replace(' ', "+")
        )
    };
    let own_origin = app.address.trim_end_matches('/').to_string();
    for headers in [
        vec![URLENCODED, ("origin", "http://evil.example")],
        vec![
            URLENCODED,
            ("sec-fetch-site", "cross-site"),
            ("origin", "http://evil.example"),
        ],
        vec![URLENCODED, ("sec-fetch-site", "same-site")],
    ] {
        let answer = browser
            .post_raw("/en/login", &headers, form().into_bytes())
            .await;
        assert_eq!(answer.status, 403, "{headers:?}");
        assert!(answer.body.contains("could not be accepted"));
    }
    let same = [
        URLENCODED,
        ("origin", own_origin.as_str()),
        ("sec-fetch-site", "same-origin"),
    ];
    let answer = browser
        .post_raw("/en/login", &same, form().into_bytes())
        .await;
    assert_eq!(answer.status, 303, "the site's own form goes through");
    assert_eq!(
        log_in(&mut app.browser(), "en", email, PASSWORD)
            .await
            .status,
        303
    );
}

#[cfg(unix)]
#[tokio::test]
async fn the_data_directory_and_everything_in_it_are_for_the_site_only() {
    use std::os::unix::fs::PermissionsExt;
    let app = TestApp::spawn_with_files_in_data_dir().await;
    app.proposal()
        .by("files@example.org")
        .with_file("plan.pdf", crate::scenario::PDF)
        .send()
        .await;
    let mut seen = 0;
    let mut pending = vec![app.data_dir().to_path_buf()];
    while let Some(path) = pending.pop() {
        let metadata = std::fs::metadata(&path).unwrap();
        let mode = metadata.permissions().mode() & 0o777;
        if metadata.is_dir() {
            assert_eq!(mode, 0o700, "{}", path.display());
            pending.extend(
                std::fs::read_dir(&path)
                    .unwrap()
                    .map(|entry| entry.unwrap().path()),
            );
        } else {
            assert_eq!(mode, 0o600, "{}", path.display());
            seen += 1;
        }
    }
    assert!(seen >= 1, "the upload at least");
}
