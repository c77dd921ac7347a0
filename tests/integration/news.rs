//! Editors write the news in three languages, keep it as a draft, publish
//! it or schedule it; the public reads it only from its time on: in the
//! list and its filters, its page, the home page, the feed, the sitemap
//! and the search. Each save is a version that can be restored.

use std::time::Duration;

use chrono::{Duration as Span, Utc};
use observatory::web::Role;

use crate::helpers::{Browser, Page, TestApp};

/// A news item's form as an editor sends it.
struct Written<'a> {
    title_en: &'a str,
    title_es: &'a str,
    title_fr: &'a str,
    body_en: &'a str,
    category: &'a str,
    countries: &'a [&'a str],
    /// `draft`, or `publish` with the date and time (UTC, the editor's
    /// zone) or none for now.
    publication: &'a str,
    at: Option<chrono::DateTime<Utc>>,
}

impl Written<'_> {
    fn fields(&self, csrf: &str, latest: &str) -> Vec<(String, String)> {
        let at = |format: &str| {
            self.at
                .map(|at| at.format(format).to_string())
                .unwrap_or_default()
        };
        let mut fields: Vec<(String, String)> = [
            ("csrf", csrf),
            ("latest", latest),
            ("title_en", self.title_en),
            ("summary_en", "The English lead."),
            ("body_en", self.body_en),
            ("title_es", self.title_es),
            ("summary_es", ""),
            ("body_es", ""),
            ("title_fr", self.title_fr),
            ("summary_fr", ""),
            ("body_fr", ""),
            ("category", self.category),
            ("publication", self.publication),
        ]
        .into_iter()
        .map(|(name, value)| (name.to_string(), value.to_string()))
        .collect();
        fields.push(("publish_date".into(), at("%Y-%m-%d")));
        fields.push(("publish_time".into(), at("%H:%M:%S")));
        for country in self.countries {
            fields.push(("countries".into(), country.to_string()));
        }
        fields
    }
}

fn draft<'a>(title_en: &'a str) -> Written<'a> {
    Written {
        title_en,
        title_es: "",
        title_fr: "",
        body_en: "What happened, in **Markdown**.",
        category: "cooperation",
        countries: &["PE"],
        publication: "draft",
        at: None,
    }
}

async fn post(editor: &mut Browser, path: &str, fields: &[(String, String)]) -> Page {
    let sent: Vec<(&str, &str)> = fields
        .iter()
        .map(|(name, value)| (name.as_str(), value.as_str()))
        .collect();
    editor.post_form(path, &sent).await
}

/// Writes a new item; its address under `/staff/news/`.
async fn create(editor: &mut Browser, written: &Written<'_>) -> String {
    let form = editor.get("/en/staff/news/new").await;
    assert_eq!(form.status, 200, "{}", form.body);
    let fields = written.fields(&form.hidden_field("csrf"), "0");
    let saved = post(editor, "/en/staff/news/new", &fields).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let location = saved.location();
    location
        .strip_prefix("/en/staff/news/")
        .and_then(|rest| rest.strip_suffix("?saved=true"))
        .expect("the item's form")
        .to_string()
}

/// Changes an item through its form.
async fn update(editor: &mut Browser, slug: &str, written: &Written<'_>) -> Page {
    let form = editor.get(&format!("/en/staff/news/{slug}")).await;
    assert_eq!(form.status, 200, "{}", form.body);
    let fields = written.fields(&form.hidden_field("csrf"), &form.hidden_field("latest"));
    post(editor, &format!("/en/staff/news/{slug}"), &fields).await
}

/// What the public finds of `text` at every place news shows.
async fn public_places(visitor: &mut Browser, slug: &str, text: &str) -> Vec<&'static str> {
    let mut found = Vec::new();
    for (place, path) in [
        ("list", "/en/news".to_string()),
        ("home", "/en".to_string()),
        ("feed", "/en/news/feed".to_string()),
        ("sitemap", "/sitemap.xml".to_string()),
    ] {
        let page = visitor.get(&path).await;
        assert_eq!(page.status, 200, "{path}");
        if page.body.contains(text) || page.body.contains(&format!("/news/{slug}")) {
            found.push(place);
        }
    }
    if visitor.get(&format!("/en/news/{slug}")).await.status == 200 {
        found.push("page");
    }
    found
}

#[tokio::test]
async fn a_draft_is_seen_by_editors_only_and_published_news_everywhere() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let mut visitor = app.browser();
    let slug = create(
        &mut editor,
        &draft("Agreement signed with Peru’s Ministry of Justice"),
    )
    .await;
    assert_eq!(slug, "agreement-signed-with-peru-s-ministry-of-justice");

    let form = editor
        .get(&format!("/en/staff/news/{slug}?saved=true"))
        .await;
    assert!(form.body.contains("The news item has been saved."));
    assert!(form.body.contains("This item is a draft"));
    let list = editor.get("/en/staff/news").await;
    assert!(list.body.contains("Draft"), "{}", list.body);
    let nowhere: Vec<&str> = Vec::new();
    assert_eq!(
        public_places(&mut visitor, &slug, "Peru’s Ministry").await,
        nowhere
    );
    assert_eq!(visitor.get(&format!("/en/news/{slug}")).await.status, 404);

    // Published now, with its Spanish and French titles.
    let published = Written {
        title_es: "Acuerdo firmado con el Ministerio de Justicia del Perú",
        title_fr: "Accord signé avec le ministère de la Justice du Pérou",
        publication: "publish",
        ..draft("Agreement signed with Peru’s Ministry of Justice")
    };
    let saved = update(&mut editor, &slug, &published).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    assert_eq!(
        public_places(&mut visitor, &slug, "Peru’s Ministry").await,
        ["list", "home", "feed", "sitemap", "page"]
    );
    // The English address in Spanish leads to the Spanish one.
    let moved = visitor.get(&format!("/es/noticias/{slug}")).await;
    assert_eq!(moved.status, 308);
    let spanish_address = "/es/noticias/acuerdo-firmado-con-el-ministerio-de-justicia-del-peru";
    assert_eq!(moved.location(), spanish_address);
    let spanish = visitor.get(spanish_address).await;
    assert_eq!(spanish.status, 200);
    assert!(
        spanish
            .body
            .contains("Acuerdo firmado con el Ministerio de Justicia del Perú")
    );
    // No Spanish body yet: the English shows, marked as English.
    assert!(
        spanish
            .body
            .contains("<div lang=\"en\"><p>What happened, in <strong>Markdown</strong>.</p>")
    );
    assert!(spanish.body.contains("Cooperación técnica"));
    assert!(spanish.body.contains("Perú"));

    // Withdrawn: a draft again, gone from every public place.
    let saved = update(
        &mut editor,
        &slug,
        &draft("Agreement signed with Peru’s Ministry of Justice"),
    )
    .await;
    assert_eq!(saved.status, 303);
    assert_eq!(
        public_places(&mut visitor, &slug, "Peru’s Ministry").await,
        nowhere
    );
}

#[tokio::test]
async fn scheduled_news_appears_on_time_even_on_kept_pages_and_in_the_search() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let mut visitor = app.browser();
    let due = Utc::now() + Span::seconds(3);
    let scheduled = Written {
        publication: "publish",
        at: Some(due),
        ..draft("Juvenile justice reform week in Lima")
    };
    let slug = create(&mut editor, &scheduled).await;
    let form = editor.get(&format!("/en/staff/news/{slug}")).await;
    assert!(
        form.body.contains("This item is scheduled"),
        "{}",
        form.body
    );
    // Seen before its time (and kept for anonymous visitors): nothing.
    let nowhere: Vec<&str> = Vec::new();
    assert_eq!(
        public_places(&mut visitor, &slug, "reform week in Lima").await,
        nowhere
    );
    assert!(
        !visitor
            .get("/en/search?q=reform+week+Lima")
            .await
            .body
            .contains(&slug)
    );

    let wait = (due - Utc::now()).to_std().unwrap_or_default();
    tokio::time::sleep(wait + Duration::from_millis(200)).await;
    assert_eq!(
        public_places(&mut visitor, &slug, "reform week in Lima").await,
        ["list", "home", "feed", "sitemap", "page"]
    );
    // Each instance announces what became due to the search.
    let announced = observatory::content::publication::announce_due(
        &app.state,
        (due - Span::minutes(1), Utc::now()),
    )
    .await
    .expect("announced");
    assert_eq!(announced, 1);
    let started = std::time::Instant::now();
    while !visitor
        .get("/en/search?q=reform+week+Lima")
        .await
        .body
        .contains(&format!("/en/news/{slug}"))
    {
        assert!(started.elapsed() < Duration::from_secs(5), "never found");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn the_list_filters_by_category_and_country_and_pages() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let mut visitor = app.browser();
    let base = Utc::now() - Span::days(30);
    for n in 0..12 {
        let title = format!("Numbered news {n:02}");
        let written = Written {
            category: if n % 3 == 0 {
                "publications"
            } else {
                "network"
            },
            countries: if n % 4 == 0 { &["CL", "FR"] } else { &["FR"] },
            publication: "publish",
            at: Some(base + Span::days(n)),
            ..draft(&title)
        };
        create(&mut editor, &written).await;
    }
    let first = visitor.get("/en/news").await;
    assert!(
        first.body.contains("13 news items"),
        "the seeded one too: {}",
        first.body
    );
    // Newest first, ten a page.
    let newest = first.body.find("Numbered news 11").expect("the newest");
    let older = first.body.find("Numbered news 10").expect("the next");
    assert!(newest < older);
    assert!(!first.body.contains("Numbered news 01"));
    let second = visitor.get("/en/news?page=2").await;
    assert!(second.body.contains("Numbered news 01") && second.body.contains("Numbered news 00"));
    assert_eq!(visitor.get("/en/news?page=3").await.status, 404);
    // Counts beside each filter, and the filters themselves.
    assert!(
        first.body.contains("Publications</a> (4)"),
        "{}",
        first.body
    );
    assert!(first.body.contains("Chile</a> (3)"));
    let chile = visitor.get("/en/news?country=CL").await;
    assert!(chile.body.contains("3 news items"));
    assert!(chile.body.contains("Numbered news 08") && !chile.body.contains("Numbered news 07"));
    let publications = visitor.get("/en/news?category=publications").await;
    assert!(publications.body.contains("4 news items"));
    // An item's related news share its category or a country.
    let item = visitor.get("/en/news/numbered-news-03").await;
    let start = item.body.find("Related news").expect("related");
    let end = item.body[start..]
        .find("</aside>")
        .expect("the aside's end")
        + start;
    let related = &item.body[start..end];
    assert_eq!(related.matches("<h3>").count(), 3, "{related}");
    assert!(!related.contains("Numbered news 03"), "not itself");
}

#[tokio::test]
async fn wrong_input_comes_back_with_messages_and_nothing_is_stored() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let form = editor.get("/en/staff/news/new").await;
    let wrong = Written {
        title_en: "",
        title_es: "Sin título inglés",
        category: "gossip",
        countries: &["XX"],
        publication: "publish",
        ..draft("")
    };
    let mut fields = wrong.fields(&form.hidden_field("csrf"), "0");
    fields.retain(|(name, _)| name != "publish_date");
    fields.push(("publish_date".into(), "2027-02-30".into()));
    let refused = post(&mut editor, "/en/staff/news/new", &fields).await;
    assert_eq!(refused.status, 422);
    for message in [
        "Give it its English title",
        "Choose a category from the list.",
        "Choose the countries from the list.",
        "Give the date as a day of the calendar",
    ] {
        assert!(refused.body.contains(message), "{message}");
    }
    assert!(
        refused.body.contains("value=\"Sin título inglés\""),
        "the form comes back filled in"
    );
    assert!(
        !editor
            .get("/en/staff/news")
            .await
            .body
            .contains("Sin título")
    );
    // Nobody but editors writes news.
    let mut member = app.staff("member@example.org", &[]).await;
    assert_eq!(member.get("/en/staff/news/new").await.status, 403);
    let form = member.get("/en/account").await;
    let mut fields = draft("Written by a member").fields(&form.hidden_field("csrf"), "0");
    fields.push(("publication".into(), "publish".into()));
    assert_eq!(
        post(&mut member, "/en/staff/news/new", &fields)
            .await
            .status,
        403
    );
    assert!(
        !editor
            .get("/en/staff/news")
            .await
            .body
            .contains("Written by a member")
    );
}

#[tokio::test]
async fn a_news_item_s_versions_bring_back_its_texts_and_facts_but_not_its_publication() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let mut visitor = app.browser();
    let first = Written {
        publication: "publish",
        ..draft("Training for judges in Santiago")
    };
    let slug = create(&mut editor, &first).await;
    let second = Written {
        title_en: "Training for judges and prosecutors in Santiago",
        category: "events",
        countries: &["CL"],
        publication: "publish",
        ..draft("")
    };
    assert_eq!(update(&mut editor, &slug, &second).await.status, 303);
    let history = editor.get(&format!("/en/staff/news/{slug}/history")).await;
    assert_eq!(history.status, 200);
    assert!(history.body.contains("Category"), "{}", history.body);
    let version = editor
        .get(&format!("/en/staff/news/{slug}/history/1"))
        .await;
    assert_eq!(version.status, 200, "{}", version.body);
    let restored = editor
        .post_form(
            &format!("/en/staff/news/{slug}/history/1/restore"),
            &[
                ("csrf", &version.hidden_field("csrf")),
                ("latest", &version.hidden_field("latest")),
            ],
        )
        .await;
    assert_eq!(restored.status, 303, "{}", restored.body);
    let page = visitor.get(&format!("/en/news/{slug}")).await;
    assert_eq!(page.status, 200, "still published");
    assert!(page.body.contains("Training for judges in Santiago"));
    assert!(page.body.contains("Technical cooperation"));
    assert!(page.body.contains("Peru") && !page.body.contains("Chile"));
}

#[tokio::test]
async fn a_new_site_starts_with_the_seeded_news_in_three_languages() {
    let app = TestApp::spawn().await;
    let mut visitor = app.browser();
    let item = visitor.get("/en/news/collaboration-moves-online").await;
    assert_eq!(item.status, 200);
    assert!(
        item.body
            .contains("The observatory opens its collaboration to everyone, online")
    );
    assert!(
        item.body
            .contains("<time datetime=\"2020-10-21T00:00:00+00:00\">")
    );
    assert!(
        item.body
            .contains("<a href=\"/en/collaborate\">Propose a collaboration</a>")
    );
    let moved = visitor
        .get("/fr/actualites/collaboration-moves-online")
        .await;
    assert_eq!(moved.status, 308, "the French item has its own address");
    let french = visitor.get(moved.location()).await;
    assert!(
        moved
            .location()
            .starts_with("/fr/actualites/l-observatoire-ouvre")
    );
    assert!(
        french
            .body
            .contains("L’observatoire ouvre sa collaboration à tous, en ligne")
    );
    assert!(french.body.contains("Réseau de collaboration"));
    let home = visitor.get("/es").await;
    assert!(
        home.body
            .contains("El observatorio abre su colaboración a todos, en línea")
    );
}

#[tokio::test]
async fn each_language_has_its_own_address_kept_when_a_title_changes() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let mut visitor = app.browser();
    let written = Written {
        title_es: "Jornada sobre justicia restaurativa",
        title_fr: "Journée sur la justice réparatrice",
        publication: "publish",
        ..draft("A day on restorative justice")
    };
    let slug = create(&mut editor, &written).await;
    assert_eq!(slug, "a-day-on-restorative-justice");
    let spanish = "/es/noticias/jornada-sobre-justicia-restaurativa";
    let french = "/fr/actualites/journee-sur-la-justice-reparatrice";

    // Each language's page names the others at their own addresses.
    let page = visitor.get(spanish).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains("Jornada sobre justicia restaurativa"));
    for address in ["/en/news/a-day-on-restorative-justice", spanish, french] {
        assert!(
            page.body.contains(&format!("{address}\"")),
            "{address} in the switcher and hreflang"
        );
    }
    let list = visitor.get("/fr/actualites").await;
    assert!(list.body.contains(&format!("href=\"{french}\"")));
    let sitemap = visitor.get("/sitemap.xml").await;
    assert!(sitemap.body.contains(&format!("{french}</loc>")));
    assert!(sitemap.body.contains("hreflang=\"es\" href=\"http"));
    assert!(sitemap.body.contains(spanish));
    // Another language's address leads to the reader's.
    let moved = visitor
        .get("/fr/actualites/jornada-sobre-justicia-restaurativa")
        .await;
    assert_eq!((moved.status.as_u16(), moved.location()), (308, french));

    // A corrected title keeps the address links already point to.
    let corrected = Written {
        title_es: "Jornada de estudio sobre justicia restaurativa",
        ..written
    };
    assert_eq!(update(&mut editor, &slug, &corrected).await.status, 303);
    let page = visitor.get(spanish).await;
    assert_eq!(page.status, 200);
    assert!(
        page.body
            .contains("Jornada de estudio sobre justicia restaurativa")
    );

    // Another item with the same Spanish title gets an address of its own.
    let same = Written {
        title_es: "Jornada sobre justicia restaurativa",
        ..draft("A second day on restorative justice")
    };
    let second = Written {
        publication: "publish",
        ..same
    };
    create(&mut editor, &second).await;
    let page = visitor
        .get("/es/noticias/jornada-sobre-justicia-restaurativa-2")
        .await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("A second day") || page.body.contains("Jornada sobre"));
    let first = visitor.get(spanish).await;
    assert!(
        first.body.contains("Jornada de estudio"),
        "the first keeps its address"
    );
}
