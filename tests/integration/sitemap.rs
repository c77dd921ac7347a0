//! `/sitemap.xml` lists every public page in each language with its
//! alternates, publicly listed groups included and private ones not;
//! `/robots.txt` names it.

use observatory::web::Role;

use crate::{groups::create_group, helpers::TestApp};

#[tokio::test]
async fn the_sitemap_lists_public_pages_in_every_language() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let listed = create_group(&mut editor, "Restorative schools", "public").await;
    let private = create_group(&mut editor, "Quiet circle", "private").await;

    let mut visitor = app.browser();
    let sitemap = visitor.get("/sitemap.xml").await;
    assert_eq!(sitemap.status, 200);
    assert!(
        sitemap.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/xml")
    );
    let xml = &sitemap.body;
    let base = app.state.settings.base_url.as_str().trim_end_matches('/');
    for path in [
        "/en",
        "/es/quienes-somos",
        "/fr/collaborer",
        "/es/biblioteca/standards/crc",
        &format!("/fr/groupes/{listed}"),
    ] {
        assert!(xml.contains(&format!("<loc>{base}{path}</loc>")), "{path}");
    }
    assert!(xml.contains(&format!(
        "hreflang=\"es\" href=\"{base}/es/grupos/{listed}\""
    )));
    assert!(!xml.contains(&format!("/groups/{private}<")));
    assert!(!xml.contains(&format!("/grupos/{private}<")));
    assert!(!xml.contains("/account"), "no private page");
    assert_eq!(xml.matches("<url>").count(), xml.matches("</url>").count());

    let robots = visitor.get("/robots.txt").await;
    assert!(
        robots
            .body
            .contains(&format!("Sitemap: {base}/sitemap.xml"))
    );
}
