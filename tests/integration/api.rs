//! The open-data API (`/api/v1/…`): published resources with the search's
//! filters, one resource, the standards' articles and the lines of work, as
//! JSON; its OpenAPI document; refusals as JSON; open to other sites;
//! limited per client across instances.

use std::time::{Duration, Instant};

use observatory::web::Role;
use serde_json::Value;

use crate::{
    helpers::{Browser, TestApp},
    library::{chilean, write_resource},
};

async fn json(client: &mut Browser, path: &str) -> (u16, Value) {
    let answer = client.get(path).await;
    let content_type = answer.headers["content-type"].to_str().unwrap_or("");
    assert_eq!(content_type, "application/json", "{path}: {}", answer.body);
    let body = serde_json::from_str(&answer.body).expect("JSON");
    (answer.status.as_u16(), body)
}

/// Lists `path` until its total is `expected` (instances follow the change
/// log every half second; five seconds at most).
async fn list_until(client: &mut Browser, path: &str, expected: u64) -> Value {
    let started = Instant::now();
    loop {
        let (status, list) = json(client, path).await;
        assert_eq!(status, 200, "{list}");
        if list["total"] == expected {
            return list;
        }
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "{path} never had {expected}: {list}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn published_resources_are_listed_with_the_search_filters() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let mut client = app.browser();
    let published = write_resource(
        &mut editor,
        "research",
        &chilean("Mediación penal juvenil en Chile", &[]),
    )
    .await;
    let draft = write_resource(
        &mut editor,
        "research",
        &chilean("Borrador sobre mediación", &[("state", "draft")]),
    )
    .await;

    let list = list_until(&mut client, "/api/v1/resources?q=mediación", 1).await;
    let item = &list["items"][0];
    assert_eq!(item["id"], published);
    assert_eq!(item["kind"], "research");
    assert_eq!(item["title"]["es"], "Mediación penal juvenil en Chile");
    assert!(item["title"].get("en").is_none(), "{item}");
    assert_eq!(item["original_language"], "es");
    assert_eq!(item["country"], "CL");
    assert_eq!(item["lines_of_work"][0], "restorative-justice");
    assert_eq!(item["cites"][0], "crc-40");
    assert!(
        item["pages"]["es"]
            .as_str()
            .is_some_and(|page| page.ends_with(&format!("/es/biblioteca/resources/{published}"))),
        "{item}"
    );
    assert_eq!(list["facets"]["country"][0]["value"], "CL");
    assert_eq!(list["facets"]["lang"][0]["value"], "es");

    // A Spanish word in another form, and filters, as on the search page.
    let filtered = list_until(
        &mut client,
        "/api/v1/resources?q=mediaciones&kind=research&country=CL&article=crc-40&lang=es",
        1,
    )
    .await;
    assert_eq!(filtered["items"][0]["id"], published);
    list_until(
        &mut client,
        "/api/v1/resources?q=mediación&kind=legislation",
        0,
    )
    .await;
    // The site's pages are searched by the site, not listed as resources.
    let (_, everything) = json(&mut client, "/api/v1/resources?per_page=100").await;
    assert!(
        everything["items"]
            .as_array()
            .expect("items")
            .iter()
            .all(|item| item["id"] != draft && item["kind"] != "page"),
        "{everything}"
    );

    let (status, one) = json(&mut client, &format!("/api/v1/resources/{published}")).await;
    assert_eq!(status, 200);
    assert_eq!(one["summary"]["es"], item["summary"]["es"]);
    // A draft is nobody's business but its writers'.
    let (status, refused) = json(&mut client, &format!("/api/v1/resources/{draft}")).await;
    assert_eq!((status, refused["error"].is_string()), (404, true));
}

#[tokio::test]
async fn parameters_the_api_cannot_use_are_refused_by_name() {
    let app = TestApp::spawn().await;
    let mut client = app.browser();
    for (query, parameter) in [
        ("kind=novel", "kind"),
        ("country=XX", "country"),
        ("year=19", "year"),
        ("lang=de", "lang"),
        ("article=crc-999", "article"),
        ("sort=random", "sort"),
        ("page=0", "page"),
        ("per_page=1000", "per_page"),
        ("page=abc", "page"),
    ] {
        let (status, refused) = json(&mut client, &format!("/api/v1/resources?{query}")).await;
        assert_eq!(status, 400, "{query}: {refused}");
        let error = refused["error"].as_str().expect("an error");
        assert!(error.starts_with(parameter), "{query}: {error}");
    }
    let (status, _) = json(&mut client, "/api/v1/resources/abc").await;
    assert_eq!(status, 404);
    let (status, _) = json(&mut client, "/api/v1/nothing-here").await;
    assert_eq!(status, 404);
    // Beyond the 10,000th result, pages are empty rather than slow.
    let (status, deep) = json(&mut client, "/api/v1/resources?page=5000&per_page=100").await;
    assert_eq!(status, 200);
    assert_eq!(deep["items"].as_array().map(Vec::len), Some(0));
    // The API only reads.
    let written = client
        .post_form("/api/v1/resources", &[("title", "x")])
        .await;
    assert_eq!(written.status, 405);
    assert_eq!(written.headers["allow"], "GET, HEAD");
    assert!(written.body.contains("\"error\""), "{}", written.body);
}

#[tokio::test]
async fn articles_and_lines_of_work_come_in_three_languages() {
    let app = TestApp::spawn().await;
    let mut client = app.browser();
    let (status, articles) = json(&mut client, "/api/v1/articles").await;
    assert_eq!(status, 200);
    let article_40 = articles
        .as_array()
        .expect("a list")
        .iter()
        .find(|article| article["key"] == "crc-40")
        .expect("article 40 of the Convention");
    assert_eq!(article_40["instrument"], "crc");
    for language in ["en", "es", "fr"] {
        assert!(
            article_40["title"][language]
                .as_str()
                .is_some_and(|t| !t.is_empty())
        );
    }
    let (_, lines) = json(&mut client, "/api/v1/lines-of-work").await;
    let restorative = lines
        .as_array()
        .expect("a list")
        .iter()
        .find(|line| line["slug"] == "restorative-justice")
        .expect("the restorative justice line");
    assert_ne!(restorative["name"]["es"], restorative["name"]["en"]);
}

#[tokio::test]
async fn the_openapi_document_describes_each_operation_and_the_values_filters_take() {
    let app = TestApp::spawn().await;
    let mut client = app.browser();
    let (status, document) = json(&mut client, "/api/v1/openapi.json").await;
    assert_eq!(status, 200);
    assert!(
        document["openapi"]
            .as_str()
            .is_some_and(|v| v.starts_with("3.1"))
    );
    for path in [
        "/resources",
        "/resources/{id}",
        "/articles",
        "/lines-of-work",
    ] {
        assert!(document["paths"][path]["get"].is_object(), "{path}");
    }
    let parameters = document["paths"]["/resources"]["get"]["parameters"]
        .as_array()
        .expect("parameters");
    let values = |name: &str| -> Vec<String> {
        parameters
            .iter()
            .find(|parameter| parameter["name"] == name)
            .and_then(|parameter| parameter["schema"]["enum"].as_array())
            .map(|values| {
                values
                    .iter()
                    .filter_map(|v| v.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default()
    };
    assert_eq!(
        values("kind"),
        [
            "research",
            "legislation",
            "case-law",
            "programme",
            "good-practice"
        ]
    );
    assert!(values("article").contains(&"crc-40".to_string()));
    assert!(values("line").contains(&"restorative-justice".to_string()));
    assert_eq!(values("lang"), ["en", "es", "fr"]);
    let server = document["servers"][0]["url"].as_str().expect("a server");
    assert!(server.ends_with("/api/v1"), "{server}");
}

#[tokio::test]
async fn other_sites_may_read_it_from_a_browser() {
    let app = TestApp::spawn().await;
    let client = Browser::client().build().expect("a client");
    let base = app.address.clone();
    let preflight = client
        .request(reqwest::Method::OPTIONS, format!("{base}/api/v1/resources"))
        .header("origin", "https://university.example")
        .header("access-control-request-method", "GET")
        .send()
        .await
        .expect("an answer");
    assert!(preflight.status().is_success());
    assert_eq!(preflight.headers()["access-control-allow-origin"], "*");
    let read = client
        .get(format!("{base}/api/v1/articles"))
        .header("origin", "https://university.example")
        .send()
        .await
        .expect("an answer");
    assert_eq!(read.headers()["access-control-allow-origin"], "*");
    assert_eq!(read.headers()["cache-control"], "public, max-age=60");
    // The site's own pages stay closed to other sites' scripts.
    let page = client
        .get(format!("{base}/en/library"))
        .header("origin", "https://university.example")
        .send()
        .await
        .expect("an answer");
    assert!(page.headers().get("access-control-allow-origin").is_none());
}

#[tokio::test]
async fn each_client_is_limited_across_instances() {
    // Behind a trusted proxy, as in production: clients told apart by it.
    let limit = [
        ("OBSERVATORY_API_REQUESTS_PER_MINUTE", "4"),
        ("OBSERVATORY_TRUSTED_PROXIES", "127.0.0.1"),
    ];
    let app = TestApp::spawn_with(&limit).await;
    let other = app.another_instance_with(&limit).await;
    let mut first = app.browser();
    let mut second = other.browser();
    for turn in 0..4 {
        let client = if turn % 2 == 0 {
            &mut first
        } else {
            &mut second
        };
        let (status, _) = json(client, "/api/v1/articles").await;
        assert_eq!(status, 200);
    }
    // The fifth request in the minute, through either instance.
    let (status, refused) = json(&mut second, "/api/v1/articles").await;
    assert_eq!(status, 429, "{refused}");
    let refused = second.get("/api/v1/articles").await;
    let wait: u64 = refused.headers["retry-after"]
        .to_str()
        .ok()
        .and_then(|seconds| seconds.parse().ok())
        .expect("Retry-After in seconds");
    assert!((1..=60).contains(&wait), "{wait}");
    // Another client is not held back by this one.
    let mut elsewhere = app.browser();
    elsewhere.forwarded_for = Some("198.51.100.7".into());
    let (status, _) = json(&mut elsewhere, "/api/v1/articles").await;
    assert_eq!(status, 200);
}
