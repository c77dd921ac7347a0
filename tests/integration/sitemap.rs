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

#[tokio::test]
async fn a_library_too_large_for_one_sitemap_is_listed_in_parts() {
    let app = TestApp::spawn().await;
    // 17,000 resources, each in three languages: more than the 50,000
    // addresses one file may list.
    observatory::library::seed_demo(
        &app.state.db,
        17_000,
        &mut observatory::progress::Progress::silent(),
    )
    .await
    .expect("made-up resources");
    let base = app.state.settings.base_url.as_str().trim_end_matches('/');
    let mut crawler = app.browser();
    let index = crawler.get("/sitemap.xml").await;
    assert!(
        index.body.contains("<sitemapindex"),
        "{}",
        &index.body[..200]
    );
    let parts: Vec<String> = index
        .body
        .split("<loc>")
        .skip(1)
        .filter_map(|rest| rest.split("</loc>").next())
        .map(|address| address.trim_start_matches(base).to_string())
        .collect();
    assert_eq!(parts, ["/sitemaps/1.xml", "/sitemaps/2.xml"]);
    let mut listed = 0;
    for part in &parts {
        let file = crawler.get(part).await;
        assert_eq!(file.status, 200);
        let addresses = file.body.matches("<url>").count();
        assert!(addresses <= 50_000, "{part}: {addresses}");
        listed += addresses;
    }
    let second = crawler.get("/sitemaps/2.xml").await.body;
    // The last made-up resource, in Spanish, with its French alternate.
    assert!(second.contains(&format!(
        "<loc>{base}/es/biblioteca/resources/1016999</loc>"
    )));
    assert!(second.contains(&format!(
        "hreflang=\"fr\" href=\"{base}/fr/bibliotheque/resources/1016999\""
    )));
    // Every page of the site and every resource, in three languages.
    assert!(listed > 3 * 17_000, "{listed}");
    assert_eq!(crawler.get("/sitemaps/3.xml").await.status, 404);
}
