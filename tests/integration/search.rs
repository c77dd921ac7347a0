//! Search (`/{lang}/search`): words found in any of the three languages,
//! in their other forms and with a typo; excerpts with the words marked;
//! counts beside the results; only what is published; every instance on one
//! database finds what one of them published; the same answers on SQLite
//! and on PostgreSQL.

use std::time::{Duration, Instant};

use observatory::web::Role;

use crate::{
    helpers::{Browser, TestApp, fresh_postgres_database},
    library::{chilean, write_resource},
};

/// The results part of a search page: what must be the same on every
/// database and instance.
fn results_of(body: &str) -> &str {
    let Some(start) = body.find("role=\"status\"") else {
        return "";
    };
    let end = body[start..]
        .find("</main>")
        .map_or(body.len(), |end| start + end);
    &body[start..end]
}

async fn search(visitor: &mut Browser, path: &str, words: &str) -> String {
    let address = format!(
        "{path}?q={}",
        percent_encoding::utf8_percent_encode(words, percent_encoding::NON_ALPHANUMERIC)
    );
    let found = visitor.get(&address).await;
    assert_eq!(found.status, 200, "{address}: {}", found.body);
    found.body
}

/// Searches until `words` find `expected` (at most five seconds: instances
/// follow the change log every half second); how long it took.
async fn wait_until_found(visitor: &mut Browser, words: &str, expected: &str) -> Duration {
    let started = Instant::now();
    loop {
        if search(visitor, "/en/search", words)
            .await
            .contains(expected)
        {
            return started.elapsed();
        }
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "{words:?} never found {expected:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn words_are_found_in_their_other_forms_in_every_language_and_with_a_typo() {
    let app = TestApp::spawn().await;
    let mut visitor = app.browser();

    // The seeded reports: a Spanish plural finds the singular, marked.
    let found = search(&mut visitor, "/es/search", "detenciones").await;
    assert!(found.contains("<mark>detención</mark>"), "{found}");
    assert!(found.contains("/es/biblioteca/resources/"), "{found}");
    let found = search(&mut visitor, "/fr/search", "enfant").await;
    assert!(found.contains("<mark>enfants</mark>"), "{found}");
    // Two letters off in a long word, one in a shorter one.
    let exact = search(&mut visitor, "/en/search", "reintegration").await;
    let typo = search(&mut visitor, "/en/search", "reintegartion").await;
    assert!(
        exact.contains("social reintegration of young offenders"),
        "{exact}"
    );
    assert!(
        typo.contains("social reintegration of young offenders"),
        "{typo}"
    );
    // Stop words of any language are not required of the others.
    let with_stop_words = search(&mut visitor, "/en/search", "la reintegration des").await;
    assert!(with_stop_words.contains("social reintegration of young offenders"));
    // A word to leave out, and words to find together.
    let without = search(&mut visitor, "/en/search", "reintegration -recidivism").await;
    assert!(
        !without.contains("social reintegration of young offenders"),
        "{without}"
    );
    let together = search(&mut visitor, "/en/search", "\"social reintegration\"").await;
    assert!(together.contains("social reintegration of young offenders"));
    let apart = search(&mut visitor, "/en/search", "\"reintegration social\"").await;
    assert!(!apart.contains("social reintegration of young offenders"));

    // A resource written only in Spanish is found from the English page,
    // its title and excerpt marked as Spanish.
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    write_resource(
        &mut editor,
        "research",
        &chilean("Mediación penal juvenil en Chile", &[]),
    )
    .await;
    let found = wait_until_found(&mut visitor, "mediaciones", "Mediación penal juvenil").await;
    assert!(found < Duration::from_secs(5));
    let page = search(&mut visitor, "/en/search", "mediaciones").await;
    assert!(
        page.contains("lang=\"es\">Mediación penal juvenil en Chile</a>"),
        "{page}"
    );
    assert!(page.contains("<p class=\"excerpt\" lang=\"es\">"), "{page}");
}

#[tokio::test]
async fn any_shape_of_query_gets_an_answer() {
    let app = TestApp::spawn().await;
    let mut visitor = app.browser();
    let long = "justice ".repeat(500);
    for words in [
        "\"",
        "\"\"\"",
        "-",
        "--justice",
        "AND OR NOT",
        "title:justice",
        "justice~2 *",
        "(((",
        "\\",
        "<script>alert(1)</script>",
        long.as_str(),
        "de la des the",
    ] {
        let page = search(&mut visitor, "/en/search", words).await;
        assert!(!page.contains("<script>alert"), "{words}");
    }
    // Words no text could hold find nothing; leaving a word out keeps
    // everything else.
    for words in ["((", "\" -", "de la des the"] {
        let page = search(&mut visitor, "/en/search", words).await;
        assert!(page.contains("Nothing found"), "{words}: {page}");
    }
    let all_but = search(&mut visitor, "/en/search", "-recidivism").await;
    assert!(all_but.contains(" results<"), "{all_but}");
    assert!(!all_but.contains("social reintegration of young offenders"));
    // Filters and pages out of range are answered too.
    for address in [
        "/en/search?q=justice&page=9999",
        "/en/search?q=justice&page=abc",
        "/en/search?kind=nonsense&year=x&article=%22",
        "/en/search?q=%01%02justice",
    ] {
        let page = visitor.get(address).await;
        assert!(
            page.status == 200 || page.status == 400,
            "{address}: {}",
            page.status
        );
    }
}

#[tokio::test]
async fn counts_beside_the_results_narrow_them() {
    let app = TestApp::spawn().await;
    let mut visitor = app.browser();
    let all = visitor.get("/en/search?kind=research").await.body;
    assert!(all.contains("5 results"), "{all}");
    assert!(all.contains(">Research</a> (5)"), "{all}");
    assert!(all.contains(">English</a> (5)"), "{all}");
    let narrowed = visitor
        .get("/en/search?kind=research&region=asia-pacific")
        .await
        .body;
    assert!(narrowed.contains("One result"), "{narrowed}");
    // The pages of the site are found too, and counted apart.
    let pages = search(&mut visitor, "/en/search", "cookies").await;
    assert!(pages.contains(">Page of the site</a>"), "{pages}");
}

#[tokio::test]
async fn only_what_is_published_is_found_and_every_instance_finds_it() {
    let app = TestApp::spawn().await;
    let other = app.another_instance().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let mut visitor = other.browser();

    write_resource(
        &mut editor,
        "research",
        &chilean(
            "Borrador sobre zanahorias judiciales",
            &[("state", "draft")],
        ),
    )
    .await;
    // Asked before it exists: the answer kept for these words must not
    // outlive the index it was found in.
    let before = search(&mut visitor, "/en/search", "tribunales Atacama").await;
    assert!(before.contains("Nothing found"), "{before}");
    write_resource(
        &mut editor,
        "research",
        &chilean(
            "Informe publicado sobre tribunales juveniles de Atacama",
            &[],
        ),
    )
    .await;
    // Published through the first instance, found through the second.
    wait_until_found(&mut visitor, "tribunales Atacama", "Informe publicado").await;
    // Changes are applied in order: the draft written before was seen, and
    // left out.
    let draft = search(&mut visitor, "/en/search", "zanahorias").await;
    assert!(!draft.contains("Borrador"), "{draft}");
    assert!(draft.contains("Nothing found"));
}

#[tokio::test]
async fn sqlite_and_postgresql_give_the_same_results() {
    let server = std::env::var("OBSERVATORY_TEST_PG")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".into());
    let sqlite_dir = tempfile::tempdir().unwrap();
    let sqlite_url = format!(
        "sqlite://{}?mode=rwc",
        sqlite_dir.path().join("same.db").display()
    );
    let sites = [
        TestApp::spawn_on(sqlite_url, sqlite_dir).await,
        TestApp::spawn_on(
            fresh_postgres_database(&server).await,
            tempfile::tempdir().unwrap(),
        )
        .await,
    ];
    let mut pages = Vec::new();
    for site in &sites {
        let mut editor = site.staff("editor@example.org", &[Role::Editor]).await;
        for title in [
            "Mediación penal juvenil",
            "Justicia juvenil restaurativa",
            "Tribunales de menores",
        ] {
            write_resource(&mut editor, "research", &chilean(title, &[])).await;
        }
        let mut visitor = site.browser();
        wait_until_found(&mut visitor, "tribunales menores", "Tribunales de menores").await;
        let mut answers = Vec::new();
        for (path, words) in [
            ("/es/search", "justicia juvenil"),
            ("/en/search", "juvenile justice"),
            ("/fr/search", "la liberté des jeunes"),
            ("/en/search", "recidivsm"),
            ("/en/search", "mediation"),
            ("/es/search", "\"justicia juvenil\""),
        ] {
            answers.push(results_of(&search(&mut visitor, path, words).await).to_string());
        }
        let sorted = visitor.get("/en/search?q=juvenil&sort=date").await.body;
        answers.push(results_of(&sorted).to_string());
        pages.push(answers);
    }
    for answer in &pages[0] {
        assert!(answer.contains("result"), "{answer}");
    }
    assert_eq!(pages[0], pages[1]);
}

#[tokio::test]
async fn agreements_and_council_meetings_are_found_and_lead_to_their_place() {
    let app = TestApp::spawn().await;
    let mut editor = app
        .staff("editor@example.org", &[observatory::web::Role::Editor])
        .await;
    let agreement = crate::agreements::record(&mut editor, &crate::agreements::peru()).await;
    let id = agreement
        .rsplit('/')
        .next()
        .expect("the agreement's number");
    let saved = crate::councils::send(
        &mut editor,
        crate::councils::NEW,
        &crate::councils::asia_pacific(""),
    )
    .await;
    assert_eq!(saved.status, 303, "{}", saved.body);

    let mut visitor = app.browser();
    let registry = format!("/en/agreements#agreement-{id}");
    wait_until_found(&mut visitor, "Arequipa restorative", &registry).await;
    let found = search(&mut visitor, "/en/search", "Arequipa restorative").await;
    assert!(results_of(&found).contains("Cooperation agreement"));
    // The Spanish subject is found in Spanish, and leads to the Spanish registry.
    let spanish = search(&mut visitor, "/es/search", "restaurativa Cusco").await;
    assert!(
        results_of(&spanish).contains(&format!("/es/acuerdos#agreement-{id}")),
        "{spanish}"
    );
    assert!(results_of(&spanish).contains("Acuerdo de cooperación"));
    let registry = visitor.get("/en/agreements").await;
    assert!(registry.body.contains(&format!("id=\"agreement-{id}\"")));

    wait_until_found(&mut visitor, "diversion schemes", "/en/councils#meeting-").await;
    let found = search(&mut visitor, "/en/search", "diversion schemes").await;
    assert!(results_of(&found).contains("Continental Council meeting"));
    assert!(results_of(&found).contains("Bangkok"));
}
