//! Every public page, in each language, shows the observatory's content.

use crate::helpers::{TestApp, at};

/// Every public page, by its path in a language section.
pub const PAGES: [&str; 13] = [
    "/",
    "/about",
    "/technical-cooperation",
    "/collaboration-networks",
    "/reports",
    "/groups",
    "/contact",
    "/privacy",
    "/cookies",
    "/legal-notice",
    "/cookie-settings",
    "/collaborate",
    "/register",
];

/// Words of the navigation that prove which language a page is in.
const NAV_WORD: [(&str, &str); 3] = [
    ("en", "Technical cooperation"),
    ("es", "Cooperación técnica"),
    ("fr", "Coopération technique"),
];

#[tokio::test]
async fn every_page_renders_in_each_language() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser();
    for (lang, nav_word) in NAV_WORD {
        for path in PAGES {
            let url = if path == "/" {
                format!("/{lang}")
            } else {
                format!("/{lang}{path}")
            };
            let page = browser.get(&at(&url)).await;
            assert_eq!(page.status, 200, "/{lang}{path}");
            assert!(
                page.body.contains(&format!("<html lang=\"{lang}\">")),
                "/{lang}{path} lang"
            );
            assert!(
                page.body.contains(nav_word),
                "/{lang}{path} navigation in {lang}"
            );
            assert!(
                page.body.contains("oijj@oijj.org"),
                "/{lang}{path} footer contact"
            );
            assert!(page.body.contains("<h1"), "/{lang}{path} has a heading");
        }
    }
}

#[tokio::test]
async fn reports_page_lists_the_five_reports_in_order() {
    let app = TestApp::spawn().await;
    let page = app.browser().get("/en/reports").await;
    let titles = [
        "Save money, protect society and realise youth potential",
        "A voice for the future of juvenile justice in Asia-Pacific",
        "The evaluation of the implementation of international standards",
        "Measures of deprivation of liberty for young offenders",
        "The social reintegration of young offenders as a key against recidivism",
    ];
    let positions: Vec<usize> = titles
        .iter()
        .map(|t| {
            page.body
                .find(t)
                .unwrap_or_else(|| panic!("missing report {t}"))
        })
        .collect();
    assert!(
        positions.windows(2).all(|w| w[0] < w[1]),
        "reports out of order"
    );
}

#[tokio::test]
async fn technical_cooperation_groups_agreements_by_region() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser();
    let page = browser.get("/en/technical-cooperation").await;
    for fact in [
        "Miskolc",
        "ILANUD",
        "Ortega y Gasset",
        "Cádiz",
        "SENAF",
        "COMJIB",
        "Thailand",
        "EUROsociAL II",
    ] {
        assert!(page.body.contains(fact), "missing {fact}");
    }
    let europe = page.body.find("<h3>Europe</h3>").expect("Europe heading");
    let latin = page
        .body
        .find("<h3>Latin America</h3>")
        .expect("Latin America heading");
    let asia = page
        .body
        .find("<h3>Asia-Pacific</h3>")
        .expect("Asia-Pacific heading");
    let miskolc = page.body.find("Miskolc").unwrap();
    assert!(
        europe < miskolc && miskolc < asia.min(latin),
        "Miskolc listed under Europe"
    );

    let spanish = browser.get("/es/cooperacion-tecnica").await;
    assert!(spanish.body.contains("<h3>América Latina</h3>"));
    assert!(
        spanish.body.contains("(Hungría)"),
        "country names are translated"
    );
}

#[tokio::test]
async fn about_page_shows_the_international_forums() {
    let app = TestApp::spawn().await;
    let page = app.browser().get("/fr/qui-sommes-nous").await;
    for fact in ["ECOSOC", "UNESCO"] {
        assert!(page.body.contains(fact), "missing {fact}");
    }
}

#[tokio::test]
async fn networks_page_keeps_the_councils_archive_and_invites_to_collaborate() {
    let app = TestApp::spawn().await;
    let page = app.browser().get("/en/collaboration-networks").await;
    assert!(page.body.contains("2009–2020"));
    assert!(page.body.contains("href=\"/en/collaborate\""));
    let form = app.browser().get("/en/collaborate").await;
    assert!(form.body.contains("<h1>Propose a collaboration</h1>"));
}

#[tokio::test]
async fn contact_page_gives_the_head_office() {
    let app = TestApp::spawn().await;
    let page = app.browser().get("/es/contacto").await;
    assert!(page.body.contains("Campenhout"));
    assert!(page.body.contains("1050"));
    assert!(page.body.contains("href=\"tel:+3226298890\""));
    assert!(page.body.contains("Bruselas"));
}

#[tokio::test]
async fn header_shows_today_in_the_page_language() {
    let app = TestApp::spawn().await;
    let today = chrono::Local::now().date_naive();
    for locale in observatory::i18n::Locale::ALL {
        let page = app.browser().get(&format!("/{}", locale.code())).await;
        assert!(
            page.body.contains(&locale.long_date(today)),
            "{}",
            locale.code()
        );
    }
}

#[tokio::test]
async fn language_switcher_and_alternates_keep_the_current_page() {
    let app = TestApp::spawn().await;
    let page = app.browser().get("/fr/rapports").await;
    assert!(
        page.body
            .contains("href=\"/es/informes\" hreflang=\"es\" lang=\"es\"")
    );
    assert!(
        page.body
            .contains("href=\"/en/reports\" hreflang=\"en\" lang=\"en\"")
    );
    assert!(
        page.body
            .contains("href=\"/fr/rapports\" hreflang=\"fr\" lang=\"fr\" aria-current=\"true\"")
    );
    let alternate = format!(
        "<link rel=\"alternate\" hreflang=\"es\" href=\"{}/es/informes\">",
        app.address
    );
    assert!(
        page.body.contains(&alternate),
        "absolute hreflang alternates"
    );
}

#[tokio::test]
async fn english_addresses_under_another_language_lead_to_its_own() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser();
    let english = browser.get("/fr/technical-cooperation?x=1").await;
    assert_eq!(english.status, 308);
    assert_eq!(english.location(), "/fr/cooperation-technique?x=1");
    let page = browser.get("/fr/cooperation-technique").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("<h1>Coopération technique</h1>"));
    assert!(
        page.body
            .contains("href=\"/fr/cooperation-technique\" aria-current=\"page\"")
    );
    // The Spanish address is not a French one.
    let mixed = browser.get("/fr/cooperacion-tecnica").await;
    assert_eq!(mixed.status, 404);
}

#[tokio::test]
async fn unknown_pages_are_localized_404s() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser();
    let english = browser.get("/en/no-such-page").await;
    assert_eq!(english.status, 404);
    assert!(english.body.contains("Page not found"));
    let spanish = browser.get("/es/no-such-page").await;
    assert_eq!(spanish.status, 404);
    assert!(spanish.body.contains("Página no encontrada"));

    browser.accept_language = Some("fr-FR,fr;q=0.9".into());
    let unknown_language = browser.get("/de/about").await;
    assert_eq!(unknown_language.status, 404);
    assert!(
        unknown_language.body.contains("Page introuvable"),
        "404 in the visitor's language"
    );
}
