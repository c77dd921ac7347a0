//! Editors change the site's pages from the browser: the three languages
//! side by side, Markdown that cannot carry markup, a preview, each save a
//! version; visitors see the change at once; the list says which
//! translation is missing or older than the English.

use observatory::web::Role;
use sea_orm::{ConnectionTrait, Statement};

use crate::helpers::{Browser, Page, TestApp, strip_tokens};

const FIELDS: [&str; 9] = [
    "title_en",
    "summary_en",
    "body_en",
    "title_es",
    "summary_es",
    "body_es",
    "title_fr",
    "summary_fr",
    "body_fr",
];

/// The page's form as the editor finds it: every field's value, and the
/// hidden ones.
async fn form_of(editor: &mut Browser, slug: &str) -> (Page, Vec<(String, String)>) {
    let form = editor.get(&format!("/en/staff/pages/{slug}")).await;
    assert_eq!(form.status, 200, "{}", form.body);
    let mut fields = vec![
        ("csrf".to_string(), form.hidden_field("csrf")),
        ("latest".to_string(), form.hidden_field("latest")),
    ];
    for name in FIELDS {
        let value = if name.starts_with("title") {
            form.input_value(name)
        } else {
            form.textarea(name)
        };
        fields.push((name.to_string(), value));
    }
    (form, fields)
}

fn set(fields: &mut [(String, String)], name: &str, value: &str) {
    let field = fields
        .iter_mut()
        .find(|(field, _)| field == name)
        .expect("a field of the form");
    field.1 = value.to_string();
}

async fn send(editor: &mut Browser, slug: &str, fields: &[(String, String)]) -> Page {
    let sent: Vec<(&str, &str)> = fields
        .iter()
        .map(|(name, value)| (name.as_str(), value.as_str()))
        .collect();
    editor
        .post_form(&format!("/en/staff/pages/{slug}"), &sent)
        .await
}

/// The list's row of a page: its cells' text, tags dropped.
async fn row_of(editor: &mut Browser, title: &str) -> String {
    let list = editor.get("/en/staff/pages").await;
    assert_eq!(list.status, 200);
    let start = list.body.find(title).expect("the page in the list");
    let end = list.body[start..].find("</tr>").expect("the row's end") + start;
    list.body[start..end].to_string()
}

/// A public page's text, at its address in the page's language, without
/// its forms' per-visit values.
async fn read(visitor: &mut Browser, path: &str) -> String {
    let mut answer = visitor.get(path).await;
    if answer.status == 308 {
        let moved = answer.location().to_string();
        answer = visitor.get(&moved).await;
    }
    strip_tokens(&answer.body)
}

async fn versions_of(app: &TestApp, subject: &str) -> i64 {
    let db = &app.state.db;
    let row = db
        .query_one_raw(Statement::from_string(
            db.get_database_backend(),
            format!("SELECT COUNT(*) AS n FROM versions WHERE subject = '{subject}'"),
        ))
        .await
        .expect("query")
        .expect("a count");
    row.try_get("", "n").expect("a number")
}

#[tokio::test]
async fn an_editor_changes_a_page_and_visitors_read_it_at_once() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let mut visitor = app.browser();
    let spanish_before = read(&mut visitor, "/es/about").await;
    let row = row_of(&mut editor, "Who we are and what we do").await;
    assert_eq!(row.matches("Up to date").count(), 2, "{row}");

    // The English body in Markdown, with what must not become markup.
    let (_, mut fields) = form_of(&mut editor, "about").await;
    set(
        &mut fields,
        "body_en",
        "The observatory **advises governments**.\r\n\r\n- first\r\n- second\r\n\r\n\
         <script>alert(1)</script>\r\n\r\nSee [a trap](javascript:alert(1)).",
    );
    let saved = send(&mut editor, "about", &fields).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    assert_eq!(saved.location(), "/en/staff/pages/about?saved=true");
    let page = read(&mut visitor, "/en/about").await;
    assert!(page.contains("<strong>advises governments</strong>"));
    assert!(page.contains("<li>second</li>"));
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(page.contains("See a trap."), "the link's words stay");
    assert!(!page.contains("javascript:"));
    assert_eq!(read(&mut visitor, "/es/about").await, spanish_before);
    // The seeded texts were kept first, then the change.
    assert_eq!(versions_of(&app, "page:about").await, 2);

    // The translations are now older than the English.
    let row = row_of(&mut editor, "Who we are and what we do").await;
    assert_eq!(row.matches("Older than the English").count(), 2, "{row}");

    // The Spanish brought up to date; the French left out, so its
    // readers get the English.
    let (_, mut fields) = form_of(&mut editor, "about").await;
    set(
        &mut fields,
        "body_es",
        "El observatorio **asesora a los gobiernos**.",
    );
    for name in ["title_fr", "summary_fr", "body_fr"] {
        set(&mut fields, name, "");
    }
    assert_eq!(send(&mut editor, "about", &fields).await.status, 303);
    assert!(
        read(&mut visitor, "/es/about")
            .await
            .contains("<strong>asesora a los gobiernos</strong>")
    );
    let french = read(&mut visitor, "/fr/about").await;
    assert!(french.contains("Who we are and what we do"));
    assert!(french.contains("<strong>advises governments</strong>"));
    let row = row_of(&mut editor, "Who we are and what we do").await;
    assert!(
        row.contains("Up to date") && row.contains("Not translated"),
        "{row}"
    );
    assert_eq!(versions_of(&app, "page:about").await, 3);
}

#[tokio::test]
async fn a_refused_page_keeps_what_was_typed_and_a_preview_saves_nothing() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let (_, mut fields) = form_of(&mut editor, "contact").await;
    set(&mut fields, "title_en", "  ");
    set(&mut fields, "title_es", "");
    set(&mut fields, "body_es", "Un texto sin título.");
    let long = "x".repeat(20_001);
    set(&mut fields, "body_fr", &long);
    let refused = send(&mut editor, "contact", &fields).await;
    assert_eq!(refused.status, 422);
    assert!(
        refused
            .body
            .contains("Give it its English title: the other languages fall back to it.")
    );
    assert!(refused.body.contains("Give this translation its title too"));
    assert!(refused.body.contains("20000"), "the limit is named");
    assert_eq!(refused.textarea("body_es"), "Un texto sin título.");
    assert_eq!(versions_of(&app, "page:contact").await, 0);

    let (_, mut fields) = form_of(&mut editor, "contact").await;
    set(
        &mut fields,
        "summary_en",
        "A lead seen first in the preview.",
    );
    fields.push(("preview".into(), "yes".into()));
    let previewed = send(&mut editor, "contact", &fields).await;
    assert_eq!(previewed.status, 200);
    assert!(previewed.body.contains("class=\"preview\""));
    assert!(previewed.body.contains("A lead seen first in the preview."));
    let public = read(&mut app.browser(), "/en/contact").await;
    assert!(!public.contains("A lead seen first in the preview."));
    assert_eq!(versions_of(&app, "page:contact").await, 0);
}

#[tokio::test]
async fn only_editors_change_pages_and_a_stale_form_changes_nothing() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let (_, fields) = form_of(&mut editor, "privacy").await;
    let mut other = app.staff("other.editor@example.org", &[Role::Editor]).await;
    let (_, mut others) = form_of(&mut other, "privacy").await;
    set(
        &mut others,
        "summary_en",
        "Changed by the other editor first.",
    );
    assert_eq!(send(&mut other, "privacy", &others).await.status, 303);
    // The first editor's form predates that save: refused, not saved over it.
    assert_eq!(send(&mut editor, "privacy", &fields).await.status, 409);
    assert!(
        read(&mut app.browser(), "/en/privacy")
            .await
            .contains("Changed by the other editor first.")
    );

    // A form missing a language's fields (not a browser's) is refused
    // rather than taken to empty that language.
    let (_, mut partial) = form_of(&mut editor, "legal-notice").await;
    partial.retain(|(name, _)| !name.ends_with("_fr"));
    assert_eq!(
        send(&mut editor, "legal-notice", &partial).await.status,
        400
    );
    assert!(
        read(&mut app.browser(), "/fr/legal-notice")
            .await
            .contains("lang=\"fr\"")
    );

    let mut evaluator = app.staff("evaluator@example.org", &[Role::Evaluator]).await;
    assert_eq!(evaluator.get("/en/staff/pages").await.status, 403);
    let anonymous = app.browser().get("/en/staff/pages/privacy").await;
    assert_eq!(anonymous.status, 303, "log in first");
}

#[tokio::test]
async fn a_pages_history_lists_each_save_and_brings_an_earlier_one_back() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let (_, mut fields) = form_of(&mut editor, "cookies").await;
    let first_lead = fields[3].1.clone();
    set(&mut fields, "summary_en", "A shorter lead about cookies.");
    assert_eq!(send(&mut editor, "cookies", &fields).await.status, 303);

    let history = editor.get("/en/staff/pages/cookies/history").await;
    assert_eq!(history.status, 200);
    assert!(history.body.contains("Version 2") && history.body.contains("Version 1"));
    assert!(history.body.contains("Lead (English)"), "{}", history.body);
    assert!(history.body.contains("As it was before the history began"));

    // Version 1, the seeded text, beside the page now.
    let version = editor.get("/en/staff/pages/cookies/history/1").await;
    assert!(version.body.contains("A shorter lead about cookies."));
    assert!(version.body.contains(&first_lead.replace('\'', "&#39;")));
    let (token, latest) = (version.hidden_field("csrf"), version.hidden_field("latest"));
    let restored = editor
        .post_form(
            "/en/staff/pages/cookies/history/1/restore",
            &[("csrf", &token), ("latest", &latest)],
        )
        .await;
    assert_eq!(restored.status, 303, "{}", restored.body);
    assert_eq!(
        restored.location(),
        "/en/staff/pages/cookies/history?restored=1"
    );
    let page = read(&mut app.browser(), "/en/cookies").await;
    assert!(!page.contains("A shorter lead about cookies."));
    let history = editor.get(restored.location()).await;
    assert!(history.body.contains("Restored from version 1"));
    assert!(history.body.contains("Version 1 has been restored"));

    // A restore from a page shown before that one is refused.
    let stale = editor
        .post_form(
            "/en/staff/pages/cookies/history/2/restore",
            &[("csrf", &token), ("latest", &latest)],
        )
        .await;
    assert_eq!(stale.status, 409);
}

/// The fields of a fact's form as the editor finds them: its translated
/// fields (textareas) in each language, and its shared ones.
async fn fact_form(
    editor: &mut Browser,
    path: &str,
    (translated, shared): (&[&str], &[&str]),
) -> Vec<(String, String)> {
    let form = editor.get(path).await;
    assert_eq!(form.status, 200, "{}", form.body);
    let mut fields = vec![
        ("csrf".to_string(), form.hidden_field("csrf")),
        ("latest".to_string(), form.hidden_field("latest")),
    ];
    for field in translated {
        for lang in ["en", "es", "fr"] {
            let name = format!("{field}_{lang}");
            fields.push((name.clone(), form.textarea(&name)));
        }
    }
    for field in shared {
        fields.push((field.to_string(), form.input_value(field)));
    }
    fields
}

const PARTNER: (&[&str], &[&str]) = (&["name", "description"], &[]);
const OFFICE: (&[&str], &[&str]) = (
    &["legal_name", "city", "country"],
    &["street", "postcode", "phone", "fax", "email"],
);

#[tokio::test]
async fn an_editor_changes_a_partner_and_the_head_office_and_visitors_see_it() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let mut visitor = app.browser();
    let list = editor.get("/en/staff/content").await;
    assert_eq!(list.status, 200);
    assert!(list.body.contains("Head office") && list.body.contains("Partners"));

    let path = "/en/staff/content/partners/comjib";
    let mut fields = fact_form(&mut editor, path, PARTNER).await;
    set(
        &mut fields,
        "description_es",
        "Conferencia de ministros de justicia de los países iberoamericanos, socia del observatorio.",
    );
    let sent: Vec<(&str, &str)> = fields
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect();
    let saved = editor.post_form(path, &sent).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let page = read(&mut visitor, "/es/technical-cooperation").await;
    assert!(
        page.contains("socia del observatorio."),
        "visitors see it at once"
    );
    assert_eq!(
        versions_of(&app, "partners:comjib").await,
        2,
        "the seeded texts, then the change"
    );

    let office = "/en/staff/content/office/head-office";
    let mut fields = fact_form(&mut editor, office, OFFICE).await;
    set(&mut fields, "phone", "+32 2 000 00 00");
    let sent: Vec<(&str, &str)> = fields
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect();
    assert_eq!(editor.post_form(office, &sent).await.status, 303);
    for lang in ["en", "es", "fr"] {
        let home = read(&mut visitor, &format!("/{lang}")).await;
        assert!(
            home.contains("+32 2 000 00 00"),
            "{lang}: the footer's phone"
        );
    }

    // The English name is needed; the form comes back as typed.
    let mut fields = fact_form(&mut editor, path, PARTNER).await;
    set(&mut fields, "name_en", "");
    set(&mut fields, "name_fr", "Conférence des ministres");
    let sent: Vec<(&str, &str)> = fields
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect();
    let refused = editor.post_form(path, &sent).await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("Give it its English title"));
    assert!(refused.body.contains("Conférence des ministres</textarea>"));
    // Only editors.
    let mut member = app.staff("member@example.org", &[]).await;
    assert_eq!(member.get(path).await.status, 403);
    assert_eq!(member.post_form(path, &sent).await.status, 403);
}
