//! Public pages kept in memory for anonymous visitors: every visitor still
//! gets their own form values, nothing signed-in is ever kept or shown to
//! someone else, and a change made on any instance reaches every instance.

use observatory::{config::SecretKey, lines_of_work::entities::line_of_work_translation};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};

use crate::{
    accounts::{PASSWORD, log_in, register_and_confirm},
    helpers::{SHARED_SECRET, TestApp},
    scenario::{proposal_fields, started_seconds_ago, submit},
};
use observatory::web::Role;

const BANNER: &str = "class=\"consent-banner\"";

#[tokio::test]
async fn a_kept_form_gives_every_visitor_their_own_token_and_start() {
    let app = TestApp::spawn().await;
    let mut first = app.browser();
    let rendered = first.get("/en/collaborate").await;
    let mut second = app.browser();
    let kept = second.get("/en/collaborate").await;
    assert_eq!(kept.status, 200);

    let (first_token, second_token) = (rendered.hidden_field("csrf"), kept.hidden_field("csrf"));
    let (first_start, second_start) = (
        rendered.hidden_field("started"),
        kept.hidden_field("started"),
    );
    assert_ne!(first_token, second_token);
    assert_ne!(first_start, second_start);
    // Apart from those values, it is the same page.
    assert_eq!(
        rendered
            .body
            .replace(&first_token, "TOKEN")
            .replace(&first_start, "START"),
        kept.body
            .replace(&second_token, "TOKEN")
            .replace(&second_start, "START"),
    );
    // The start value is the site's own, signed for this form.
    let (shown, signature) = second_start.rsplit_once('.').unwrap();
    assert!(SecretKey::from_text(SHARED_SECRET).verify("form-started", shown, signature));

    // The kept page's token is the second visitor's own: it sends the form.
    let started = started_seconds_ago(30);
    let email = "kept@example.org";
    let fields = proposal_fields(&second_token, &started, email, "Sent from a kept page");
    assert_eq!(submit(&mut second, "en", &fields, None).await.status, 303);
    // The first visitor's token is not.
    let started = started_seconds_ago(30);
    let fields = proposal_fields(&first_token, &started, email, "Sent with another's token");
    assert_eq!(submit(&mut second, "en", &fields, None).await.status, 403);
}

#[tokio::test]
async fn signed_in_pages_are_never_kept_nor_shown_to_others() {
    let app = TestApp::spawn().await;
    let mut anonymous = app.browser();
    assert_eq!(anonymous.get("/en/about").await.status, 200);
    let mut member = app.browser();
    register_and_confirm(&app, &mut member, "zoe@example.org", "en").await;
    log_in(&mut member, "en", "zoe@example.org", PASSWORD).await;
    let signed_in = member.get("/en/about").await;
    assert!(signed_in.body.contains("action=\"/en/logout\""));

    let after = app.browser().get("/en/about").await;
    assert!(!after.body.contains("action=\"/en/logout\""));
    assert!(!after.body.contains("zoe@example.org"));
}

#[tokio::test]
async fn the_cookie_banner_follows_each_visitors_choice() {
    let app = TestApp::spawn().await;
    let mut undecided = app.browser();
    assert!(undecided.get("/en/reports").await.body.contains(BANNER));
    let mut decided = app.browser();
    let token = decided.get("/en/reports").await.hidden_field("csrf");
    decided
        .post_form(
            "/en/cookie-settings",
            &[
                ("csrf", &token),
                ("choice", "accept"),
                ("return_to", "/en/reports"),
            ],
        )
        .await;
    assert!(decided.cookies.contains_key("obs_consent"));
    assert!(!decided.get("/en/reports").await.body.contains(BANNER));
    assert!(app.browser().get("/en/reports").await.body.contains(BANNER));
}

/// Renames a line of work's English name straight in the database, as no
/// page of the site would: only a page read again from the database shows
/// it.
async fn rename_behind_the_sites_back(app: &TestApp, from: &str, to: &str) {
    line_of_work_translation::Entity::update_many()
        .col_expr(line_of_work_translation::Column::Name, Expr::value(to))
        .filter(line_of_work_translation::Column::Name.eq(from))
        .exec(&app.state.db)
        .await
        .unwrap();
}

#[tokio::test]
async fn a_warm_page_is_served_from_memory_until_an_edit_on_any_instance() {
    let app = TestApp::spawn().await;
    let other = app.another_instance().await;
    let form = "/en/collaborate";
    assert!(app.browser().get(form).await.body.contains("Research"));
    rename_behind_the_sites_back(&app, "Research", "Zetetic inquiry").await;
    // Served from memory: the database is not read again.
    let warm = app.browser().get(form).await;
    assert!(warm.body.contains("Research"));
    assert!(!warm.body.contains("Zetetic inquiry"));

    // An editor on the other instance renames another line.
    let mut editor = other
        .staff("editor@example.org", &[Role::Evaluator, Role::Editor])
        .await;
    let token = editor.get("/en/staff/lines").await.hidden_field("csrf");
    let line = line_of_work_translation::Entity::find()
        .filter(line_of_work_translation::Column::Lang.eq("en"))
        .filter(line_of_work_translation::Column::Name.eq("Zetetic inquiry"))
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    let saved = editor
        .post_form(
            &format!("/en/staff/lines/{}", line.line_id),
            &[
                ("csrf", &token),
                ("position", "1"),
                ("active", "on"),
                ("name_en", "Research and evidence"),
                ("name_es", "Investigación y evidencia"),
                ("name_fr", "Recherche et données probantes"),
            ],
        )
        .await;
    assert_eq!(saved.status, 303);
    // The editor's instance shows it at once.
    let there = other.browser().get(form).await;
    assert!(there.body.contains("Research and evidence"));
    // This one, once it has seen the change counter move (every second).
    let mut seen = false;
    for _ in 0..50 {
        if app
            .browser()
            .get(form)
            .await
            .body
            .contains("Research and evidence")
        {
            seen = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    assert!(seen, "the edit never reached the other instance's pages");
}
