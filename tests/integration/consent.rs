//! Cookie consent really governs cookies: nothing optional before a choice,
//! the choice is kept and can be changed, and forms need their CSRF token.

use crate::helpers::{Browser, TestApp};

const BANNER: &str = "class=\"consent-banner\"";

async fn first_visit(browser: &mut Browser, path: &str) -> crate::helpers::Page {
    let page = browser.get(path).await;
    assert_eq!(page.status, 200);
    page
}

#[tokio::test]
async fn first_visit_sets_only_the_security_cookie_and_shows_the_banner() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser();
    let page = first_visit(&mut browser, "/fr/rapports").await;
    assert!(page.body.contains(BANNER));
    assert_eq!(page.set_cookie_names(), vec!["obs_csrf"]);
    // Reading more pages without choosing sets nothing else.
    let again = browser.get("/es").await;
    assert!(again.set_cookie_names().is_empty());
    assert!(!browser.cookies.contains_key("obs_lang"));
}

#[tokio::test]
async fn accepting_all_keeps_the_choice_and_remembers_the_language() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser();
    let page = first_visit(&mut browser, "/fr/rapports").await;
    let csrf = page.hidden_field("csrf");
    let answer = browser
        .post_form(
            "/fr/cookie-settings",
            &[
                ("csrf", &csrf),
                ("choice", "accept"),
                ("return_to", "/fr/rapports"),
            ],
        )
        .await;
    assert_eq!(answer.status, 303);
    assert_eq!(answer.location(), "/fr/rapports");
    assert_eq!(
        browser.cookies.get("obs_consent").map(String::as_str),
        Some("v1.p1.a1")
    );
    assert_eq!(
        browser.cookies.get("obs_lang").map(String::as_str),
        Some("fr")
    );

    let after = browser.get("/fr/rapports").await;
    assert!(!after.body.contains(BANNER), "banner gone once chosen");

    // Reading in Spanish now updates the remembered language, and `/`
    // follows it rather than the browser's language.
    browser.get("/es/quienes-somos").await;
    assert_eq!(
        browser.cookies.get("obs_lang").map(String::as_str),
        Some("es")
    );
    browser.accept_language = Some("fr".into());
    assert_eq!(browser.get("/").await.location(), "/es");
}

#[tokio::test]
async fn rejecting_sets_no_optional_cookie_and_withdraws_earlier_consent() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser();
    let csrf = first_visit(&mut browser, "/en").await.hidden_field("csrf");
    browser
        .post_form(
            "/en/cookie-settings",
            &[("csrf", &csrf), ("choice", "accept")],
        )
        .await;
    assert!(browser.cookies.contains_key("obs_lang"));

    let answer = browser
        .post_form(
            "/en/cookie-settings",
            &[("csrf", &csrf), ("choice", "reject"), ("return_to", "/en")],
        )
        .await;
    assert_eq!(answer.status, 303);
    let removal = answer
        .set_cookies()
        .into_iter()
        .find(|(name, _, _)| name == "obs_lang")
        .expect("obs_lang removed");
    assert!(removal.2.contains("Max-Age=0"));
    assert_eq!(
        browser.cookies.get("obs_consent").map(String::as_str),
        Some("v1.p0.a0")
    );
    assert!(!browser.cookies.contains_key("obs_lang"));

    let later = browser.get("/fr").await;
    assert!(!later.body.contains(BANNER));
    assert!(
        later.set_cookie_names().is_empty(),
        "no language cookie after rejection"
    );
}

#[tokio::test]
async fn settings_page_saves_individual_categories() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser();
    let settings = first_visit(&mut browser, "/es/cookie-settings").await;
    assert!(
        !settings.body.contains(BANNER),
        "no banner over the settings themselves"
    );
    assert!(settings.body.contains("Estrictamente necesarias"));
    assert!(settings.body.contains("obs_lang"));
    let csrf = settings.hidden_field("csrf");
    let answer = browser
        .post_form(
            "/es/cookie-settings",
            &[("csrf", &csrf), ("choice", "save"), ("preferences", "on")],
        )
        .await;
    assert_eq!(answer.location(), "/es/cookie-settings?saved=true");
    assert_eq!(
        browser.cookies.get("obs_consent").map(String::as_str),
        Some("v1.p1.a0")
    );
    let shown = browser.get(answer.location()).await;
    assert!(shown.body.contains("Hemos guardado su elección"));
    assert!(
        shown
            .body
            .contains("name=\"preferences\" value=\"on\" checked")
    );
    assert!(
        !shown
            .body
            .contains("name=\"analytics\" value=\"on\" checked")
    );
}

#[tokio::test]
async fn consent_form_without_a_valid_token_is_refused() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser();
    first_visit(&mut browser, "/fr").await;
    let forged = browser
        .post_form(
            "/fr/cookie-settings",
            &[("csrf", "0000"), ("choice", "accept")],
        )
        .await;
    assert_eq!(forged.status, 403);
    assert!(forged.body.contains("Formulaire expiré"));
    let missing = browser
        .post_form("/fr/cookie-settings", &[("choice", "accept")])
        .await;
    assert_eq!(missing.status, 403);
    assert!(
        !browser.cookies.contains_key("obs_consent"),
        "nothing stored"
    );

    // A token from another visitor's cookie does not work either.
    let mut other = app.browser();
    let other_token = first_visit(&mut other, "/fr").await.hidden_field("csrf");
    let stolen = browser
        .post_form(
            "/fr/cookie-settings",
            &[("csrf", &other_token), ("choice", "accept")],
        )
        .await;
    assert_eq!(stolen.status, 403);
}

#[tokio::test]
async fn return_address_cannot_leave_the_site() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser();
    let csrf = first_visit(&mut browser, "/en").await.hidden_field("csrf");
    let answer = browser
        .post_form(
            "/en/cookie-settings",
            &[
                ("csrf", &csrf),
                ("choice", "reject"),
                ("return_to", "//evil.example/"),
            ],
        )
        .await;
    assert_eq!(answer.location(), "/en/cookie-settings?saved=true");
}

#[tokio::test]
async fn consenting_on_a_page_reached_by_a_link_keeps_the_link() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser();
    let page = first_visit(&mut browser, "/en/password-reset/new?token=abc123").await;
    assert!(
        page.body
            .contains("name=\"return_to\" value=\"/en/password-reset/new?token=abc123\""),
        "the banner sends the visitor back to the same link"
    );
    assert!(
        page.body
            .contains("href=\"/es/password-reset/new?token=abc123\" hreflang=\"es\""),
        "the language switcher keeps the link's token"
    );
    let answer = browser
        .post_form(
            "/en/cookie-settings",
            &[
                ("csrf", &page.hidden_field("csrf")),
                ("choice", "accept"),
                ("return_to", "/en/password-reset/new?token=abc123"),
            ],
        )
        .await;
    assert_eq!(answer.location(), "/en/password-reset/new?token=abc123");
}

#[tokio::test]
async fn unknown_choice_is_a_bad_request() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser();
    let csrf = first_visit(&mut browser, "/en").await.hidden_field("csrf");
    let answer = browser
        .post_form(
            "/en/cookie-settings",
            &[("csrf", &csrf), ("choice", "everything")],
        )
        .await;
    assert_eq!(answer.status, 400);
    assert!(answer.body.contains("Request not understood"));
}
