//! The library's international standards: each instrument's page lists
//! its articles with their short titles, in each language at its own
//! address; an unknown instrument is not found.

use crate::helpers::TestApp;

#[tokio::test]
async fn the_standards_are_listed_and_read_in_three_languages() {
    let app = TestApp::spawn().await;
    let mut visitor = app.browser();

    let home = visitor.get("/en/library").await;
    assert_eq!(home.status, 200);
    assert!(home.body.contains("International standards"));
    for name in [
        "Convention on the Rights of the Child",
        "(the Beijing Rules)",
        "(the Riyadh Guidelines)",
        "(the Havana Rules)",
        "(the Tokyo Rules)",
    ] {
        assert!(home.body.contains(name), "{name}");
    }
    assert!(
        home.body
            .contains("href=\"/en/library/standards/havana-rules\"")
    );
    let menu = visitor.get("/en/about").await;
    assert!(
        menu.body.contains("href=\"/en/library\""),
        "in the main menu"
    );

    let convention = visitor.get("/es/biblioteca/standards/crc").await;
    assert_eq!(convention.status, 200);
    assert!(
        convention
            .body
            .contains("Convención sobre los Derechos del Niño")
    );
    assert!(convention.body.contains("id=\"article-40\""));
    assert!(convention.body.contains("Artículo 40"));
    assert!(
        convention
            .body
            .contains("El derecho del niño a ser escuchado")
    );
    let rules = visitor
        .get("/fr/bibliotheque/standards/beijing-rules")
        .await;
    assert!(rules.body.contains("Règle 11"));
    assert!(rules.body.contains("Déjudiciarisation"));
    // The English address under another language leads to its own.
    let moved = visitor.get("/fr/library/standards/crc").await;
    assert_eq!(moved.status, 308);
    assert_eq!(moved.location(), "/fr/bibliotheque/standards/crc");

    assert_eq!(
        visitor.get("/en/library/standards/nowhere").await.status,
        404
    );
}
