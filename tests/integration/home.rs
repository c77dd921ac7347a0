//! Editors arrange the home page's blocks: reorder them, rename a list,
//! change how many items it shows, add a card and take a block away, in
//! three languages; the home page shows it at once; wrong rows come back
//! with their messages and nothing is stored.

use observatory::web::Role;

use crate::helpers::{Browser, Page, TestApp};

const HOME: &str = "/en/staff/home";

/// The fields of each row of the form.
const FIELDS: [&str; 10] = [
    "position",
    "kind",
    "item_count",
    "path",
    "heading_en",
    "heading_es",
    "heading_fr",
    "text_en",
    "text_es",
    "text_fr",
];

/// What the form shows in `name`, whichever kind of field it is.
fn shown_value(form: &Page, name: &str) -> String {
    if name.starts_with("kind_") {
        form.selected(name)
    } else if name.starts_with("text_") {
        form.textarea(name)
    } else {
        form.input_value(name)
    }
}

/// Sends the form as shown, with `changes` (field, value) made.
async fn send(editor: &mut Browser, changes: &[(&str, &str)]) -> Page {
    let form = editor.get(HOME).await;
    assert_eq!(form.status, 200, "{}", form.body);
    let mut fields: Vec<(String, String)> = vec![
        ("csrf".into(), form.hidden_field("csrf")),
        ("latest".into(), form.hidden_field("latest")),
    ];
    for row in 0..12 {
        for field in FIELDS {
            let name = format!("{field}_{row}");
            let value = changes
                .iter()
                .find(|(changed, _)| *changed == name)
                .map_or_else(|| shown_value(&form, &name), |(_, v)| v.to_string());
            fields.push((name, value));
        }
    }
    let sent: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    editor.post_form(HOME, &sent).await
}

/// The home page's main part, below its title.
fn blocks_of(page: &Page) -> String {
    let start = page.body.find("</section>").expect("the hero");
    let end = page.body.find("</main>").expect("the main part");
    page.body[start..end].to_string()
}

#[tokio::test]
async fn an_editor_arranges_the_home_page_and_visitors_see_it_at_once() {
    let app = TestApp::spawn().await;
    let mut visitor = app.browser();
    let before = blocks_of(&visitor.get("/en").await);
    let figures = before.find("class=\"figures\"").expect("the figures");
    let cards = before.find("Explore our reports").expect("the cards");
    let news = before.find("Latest news").expect("the news");
    assert!(figures < cards && cards < news, "{before}");

    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let form = editor.get(HOME).await;
    assert_eq!(form.selected("kind_0"), "figures");
    assert_eq!(form.selected("kind_5"), "news");
    assert_eq!(form.input_value("path_2"), "/reports");
    let saved = send(
        &mut editor,
        &[
            // The news first, renamed, with one item only.
            ("position_5", "1"),
            ("item_count_5", "1"),
            ("heading_en_5", "From the observatory"),
            ("heading_es_5", "Desde el observatorio"),
            // The figures go.
            ("kind_0", "remove"),
            // A card to the library, last, without a French title.
            ("position_8", "40"),
            ("kind_8", "card"),
            ("path_8", "/library"),
            ("heading_en_8", "Search the library"),
            ("heading_es_8", "Buscar en la biblioteca"),
            ("text_en_8", "Research, legislation and good practices."),
        ],
    )
    .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let shown = editor.get(saved.location()).await;
    assert!(shown.body.contains("The home page has been saved."));
    assert_eq!(shown.selected("kind_0"), "news");
    assert_eq!(shown.input_value("heading_en_0"), "From the observatory");

    let english = blocks_of(&visitor.get("/en").await);
    assert!(!english.contains("class=\"figures\""), "{english}");
    let news = english.find("From the observatory").expect("renamed");
    let cards = english.find("Explore our reports").unwrap();
    let library = english.find("href=\"/en/library\">Search the library</a>");
    assert!(news < cards && cards < library.expect("added"), "{english}");
    assert!(english.contains("Research, legislation and good practices."));
    let news_list = &english[news..english[news..].find("</ul>").unwrap() + news];
    assert_eq!(news_list.matches("<li>").count(), 1, "one news item");

    let spanish = blocks_of(&visitor.get("/es").await);
    assert!(spanish.contains("Desde el observatorio"), "{spanish}");
    assert!(spanish.contains("href=\"/es/biblioteca\">Buscar en la biblioteca</a>"));
    // Without a French title, the French card reads the English, marked.
    let french = blocks_of(&visitor.get("/fr").await);
    assert!(
        french.contains("href=\"/fr/bibliotheque\" lang=\"en\">Search the library</a>"),
        "{french}"
    );
    assert!(french.contains("Les dernières actualités") || french.contains("actualités"));
}

#[tokio::test]
async fn wrong_rows_come_back_with_their_messages_and_nothing_is_stored() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let refused = send(
        &mut editor,
        &[
            ("path_1", "https://example.org/"),
            ("heading_en_2", ""),
            ("kind_4", "news"),
            ("item_count_6", "50"),
            ("heading_en_9", "A heading without a kind"),
        ],
    )
    .await;
    assert_eq!(refused.status, 422);
    for message in [
        "Give the address of a page of this site",
        "Give the card’s title in English.",
        "This is shown by another block already",
        "Give how many items the list shows as a whole number from 1 to 10.",
        "Choose what this block shows",
    ] {
        assert!(refused.body.contains(message), "{message}");
    }
    assert_eq!(refused.input_value("path_1"), "https://example.org/");
    assert_eq!(
        refused.input_value("heading_en_9"),
        "A heading without a kind"
    );
    assert_eq!(refused.selected("kind_4"), "news");

    // In Spanish, the messages are Spanish.
    let mut spanish = editor;
    let form = spanish.get("/es/staff/home").await;
    let mut fields: Vec<(String, String)> = vec![
        ("csrf".into(), form.hidden_field("csrf")),
        ("latest".into(), form.hidden_field("latest")),
    ];
    fields.push(("kind_0".into(), "card".into()));
    fields.push(("path_0".into(), "/library".into()));
    let sent: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let refused = spanish.post_form("/es/staff/home", &sent).await;
    assert_eq!(refused.status, 422);
    assert!(
        refused
            .body
            .contains("Indique el título de la tarjeta en inglés.")
    );

    let home = app.browser().get("/en").await;
    assert!(
        home.body.contains("class=\"figures\""),
        "nothing was stored"
    );
    assert!(!home.body.contains("example.org/\""));

    let mut evaluator = app.staff("evaluator@example.org", &[Role::Evaluator]).await;
    let closed = evaluator.get(HOME).await;
    assert!(
        closed.status == 403 || closed.status == 404,
        "{}",
        closed.status
    );
}

#[tokio::test]
async fn a_form_filled_before_another_save_is_refused() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let stale = editor.get(HOME).await;
    let saved = send(&mut editor, &[("heading_en_5", "Newest")]).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let late = editor
        .post_form(
            HOME,
            &[
                ("csrf", stale.hidden_field("csrf").as_str()),
                ("latest", stale.hidden_field("latest").as_str()),
                ("kind_0", "text"),
            ],
        )
        .await;
    assert_eq!(late.status, 409);
    let home = app.browser().get("/en").await;
    assert!(home.body.contains("Newest") && home.body.contains("class=\"figures\""));
}
