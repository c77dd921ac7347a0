//! Editors arrange the main menu: rename, reorder, remove and add entries
//! in three languages; every page shows the new menu at once, on every
//! language's addresses; an address elsewhere is refused.

use observatory::web::Role;

use crate::helpers::{Browser, Page, TestApp};

const MENU: &str = "/en/staff/menu";

/// The main menu's part of a page: its links' addresses and labels.
fn menu_of(page: &Page) -> String {
    let start = page.body.find("class=\"main-nav\"").expect("a main menu");
    let end = page.body[start..].find("</nav>").unwrap() + start;
    page.body[start..end].to_string()
}

/// Sends the menu form as shown, with `changes` (field, value) made.
async fn send(editor: &mut Browser, changes: &[(&str, &str)]) -> Page {
    let form = editor.get(MENU).await;
    assert_eq!(form.status, 200, "{}", form.body);
    let mut fields: Vec<(String, String)> = vec![
        ("csrf".into(), form.hidden_field("csrf")),
        ("latest".into(), form.hidden_field("latest")),
    ];
    for row in 0..12 {
        for field in ["position", "path", "label_en", "label_es", "label_fr"] {
            let name = format!("{field}_{row}");
            let value = changes
                .iter()
                .find(|(changed, _)| *changed == name)
                .map_or_else(|| form.input_value(&name), |(_, value)| value.to_string());
            fields.push((name, value));
        }
    }
    let sent: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    editor.post_form(MENU, &sent).await
}

#[tokio::test]
async fn an_editor_arranges_the_menu_and_every_page_shows_it_at_once() {
    let app = TestApp::spawn().await;
    let mut visitor = app.browser();
    let before = menu_of(&visitor.get("/en/about").await);
    assert!(
        before.contains(">Reports</a>") && before.contains(">Contact</a>"),
        "{before}"
    );

    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let form = editor.get(MENU).await;
    assert_eq!(form.input_value("path_4"), "/reports");
    let saved = send(
        &mut editor,
        &[
            // Reports, renamed, comes first (a tie keeps the rows' order).
            ("position_4", "0"),
            ("label_en_4", "Publications"),
            ("label_es_4", "Publicaciones"),
            ("label_fr_4", ""),
            // Contact goes.
            ("path_8", ""),
            ("label_en_8", ""),
            ("label_es_8", ""),
            ("label_fr_8", ""),
            // The councils' archive comes in, last.
            ("position_9", "50"),
            ("path_9", "/councils"),
            ("label_en_9", "Councils archive"),
            ("label_es_9", "Archivo de los consejos"),
        ],
    )
    .await;
    // Position 0 is refused: positions start at 1.
    assert_eq!(saved.status, 422);
    assert!(
        saved
            .body
            .contains("Give the position as a whole number from 1 to 99.")
    );
    assert_eq!(saved.input_value("label_en_4"), "Publications");

    let saved = send(
        &mut editor,
        &[
            ("position_4", "1"),
            ("position_0", "2"),
            ("label_en_4", "Publications"),
            ("label_es_4", "Publicaciones"),
            ("label_fr_4", ""),
            ("path_8", ""),
            ("label_en_8", ""),
            ("label_es_8", ""),
            ("label_fr_8", ""),
            ("position_9", "50"),
            ("path_9", "/councils"),
            ("label_en_9", "Councils archive"),
            ("label_es_9", "Archivo de los consejos"),
        ],
    )
    .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let shown = editor.get(saved.location()).await;
    assert!(shown.body.contains("The menu has been saved."));

    // Kept pages were forgotten: the visitor's next page has the new menu.
    let english = menu_of(&visitor.get("/en/about").await);
    assert!(!english.contains(">Contact</a>"), "{english}");
    let publications = english.find(">Publications</a>").expect("renamed");
    let home = english.find(">Home</a>").unwrap();
    let councils = english.find("href=\"/en/councils\"").expect("added");
    assert!(publications < home && home < councils, "{english}");
    let spanish = menu_of(&visitor.get("/es/quienes-somos").await);
    assert!(
        spanish.contains("href=\"/es/informes\">Publicaciones</a>"),
        "{spanish}"
    );
    assert!(spanish.contains("href=\"/es/consejos\">Archivo de los consejos</a>"));
    // Without a French label, the French menu reads the English, marked.
    let french = menu_of(&visitor.get("/fr/qui-sommes-nous").await);
    assert!(
        french.contains("href=\"/fr/rapports\" lang=\"en\">Publications</a>"),
        "{french}"
    );
}

#[tokio::test]
async fn an_address_elsewhere_a_stale_form_and_other_roles_are_refused() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    for elsewhere in ["https://example.org/", "//example.org/", "library"] {
        let refused = send(&mut editor, &[("path_1", elsewhere)]).await;
        assert_eq!(refused.status, 422, "{elsewhere}");
        assert!(
            refused
                .body
                .contains("Give the address of a page of this site")
        );
        assert_eq!(refused.input_value("path_1"), elsewhere);
    }
    let menu = menu_of(&app.browser().get("/en").await);
    assert!(!menu.contains("example.org"), "nothing refused was stored");

    let stale = editor.get(MENU).await;
    assert_eq!(
        send(&mut editor, &[("label_en_1", "About us")])
            .await
            .status,
        303
    );
    let late = editor
        .post_form(
            MENU,
            &[
                ("csrf", stale.hidden_field("csrf").as_str()),
                ("latest", stale.hidden_field("latest").as_str()),
                ("path_0", "/"),
                ("label_en_0", "Home only"),
            ],
        )
        .await;
    assert_eq!(late.status, 409);
    assert!(menu_of(&app.browser().get("/en").await).contains(">About us</a>"));

    let mut evaluator = app.staff("evaluator@example.org", &[Role::Evaluator]).await;
    let refused = evaluator.get(MENU).await;
    assert!(
        refused.status == 403 || refused.status == 404,
        "{}",
        refused.status
    );
}
