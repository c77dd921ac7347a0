//! Editors announce events in three languages, as drafts, published or
//! scheduled; the public finds them only from their time on, upcoming or
//! past, by region, kind and year, each with its page and calendar file,
//! in the iCal and Atom feeds, the sitemap and the search. Each save is a
//! version that can be restored.

use std::time::Duration;

use chrono::{Duration as Span, NaiveDate};
use observatory::web::Role;

use crate::helpers::{Browser, Page, TestApp};

/// An event's form as an editor sends it.
struct Announced<'a> {
    title_en: &'a str,
    title_es: &'a str,
    kind: &'a str,
    countries: &'a [&'a str],
    /// `draft` or `publish` (now).
    publication: &'a str,
    starts_on: String,
    ends_on: String,
    place: &'a str,
    region: &'a str,
}

impl Announced<'_> {
    fn fields(&self, csrf: &str, latest: &str) -> Vec<(String, String)> {
        let mut fields: Vec<(String, String)> = [
            ("csrf", csrf),
            ("latest", latest),
            ("title_en", self.title_en),
            ("summary_en", "Who meets, and why."),
            ("body_en", "The programme, in **Markdown**."),
            ("title_es", self.title_es),
            ("summary_es", ""),
            ("body_es", ""),
            ("title_fr", ""),
            ("summary_fr", ""),
            ("body_fr", ""),
            ("category", self.kind),
            ("publication", self.publication),
            ("publish_date", ""),
            ("publish_time", ""),
            ("starts_on", &self.starts_on),
            ("ends_on", &self.ends_on),
            ("place", self.place),
            ("region", self.region),
        ]
        .into_iter()
        .map(|(name, value)| (name.to_string(), value.to_string()))
        .collect();
        for country in self.countries {
            fields.push(("countries".into(), country.to_string()));
        }
        fields
    }
}

/// A day `days` from today (the server's day).
fn day(days: i64) -> String {
    (chrono::Local::now().date_naive() + Span::days(days))
        .format("%Y-%m-%d")
        .to_string()
}

fn published<'a>(title_en: &'a str, starts_in: i64) -> Announced<'a> {
    Announced {
        title_en,
        title_es: "",
        kind: "conference",
        countries: &["BE"],
        publication: "publish",
        starts_on: day(starts_in),
        ends_on: day(starts_in + 1),
        place: "Palais d'Egmont, Brussels",
        region: "europe",
    }
}

async fn post(editor: &mut Browser, path: &str, fields: &[(String, String)]) -> Page {
    let sent: Vec<(&str, &str)> = fields
        .iter()
        .map(|(name, value)| (name.as_str(), value.as_str()))
        .collect();
    editor.post_form(path, &sent).await
}

/// Announces a new event; its address under `/staff/events/`.
async fn create(editor: &mut Browser, announced: &Announced<'_>) -> String {
    let form = editor.get("/en/staff/events/new").await;
    assert_eq!(form.status, 200, "{}", form.body);
    let fields = announced.fields(&form.hidden_field("csrf"), "0");
    let saved = post(editor, "/en/staff/events/new", &fields).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    saved
        .location()
        .strip_prefix("/en/staff/events/")
        .and_then(|rest| rest.strip_suffix("?saved=true"))
        .expect("the event's form")
        .to_string()
}

async fn update(editor: &mut Browser, slug: &str, announced: &Announced<'_>) -> Page {
    let form = editor.get(&format!("/en/staff/events/{slug}")).await;
    assert_eq!(form.status, 200, "{}", form.body);
    let fields = announced.fields(&form.hidden_field("csrf"), &form.hidden_field("latest"));
    post(editor, &format!("/en/staff/events/{slug}"), &fields).await
}

/// Where the public finds the event `slug`.
async fn public_places(visitor: &mut Browser, slug: &str) -> Vec<&'static str> {
    let mut found = Vec::new();
    for (place, path) in [
        ("upcoming", "/en/events"),
        ("past", "/en/events?when=past"),
        ("calendar", "/en/events/calendar.ics"),
        ("feed", "/en/events/feed"),
        ("sitemap", "/sitemap.xml"),
    ] {
        let page = visitor.get(path).await;
        assert_eq!(page.status, 200, "{path}");
        // Calendar lines are folded at 75 bytes.
        if page
            .body
            .replace("\r\n ", "")
            .contains(&format!("/events/{slug}"))
        {
            found.push(place);
        }
    }
    if visitor.get(&format!("/en/events/{slug}")).await.status == 200 {
        found.push("page");
    }
    if visitor
        .get(&format!("/en/events/{slug}/calendar.ics"))
        .await
        .status
        == 200
    {
        found.push("ics");
    }
    found
}

#[tokio::test]
async fn an_announced_event_is_public_only_once_published_and_in_every_place() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let mut visitor = app.browser();
    let draft = Announced {
        publication: "draft",
        title_es: "Foro europeo sobre los derechos del niño",
        ..published("European Forum on the Rights of the Child", 20)
    };
    let slug = create(&mut editor, &draft).await;
    assert_eq!(slug, "european-forum-on-the-rights-of-the-child");
    let form = editor.get(&format!("/en/staff/events/{slug}")).await;
    assert!(form.body.contains("This item is a draft"));
    assert!(
        form.body
            .contains("value=\"Palais d&#39;Egmont, Brussels\""),
        "{}",
        form.body
    );
    assert!(editor.get("/en/staff/events").await.body.contains("Draft"));
    let nowhere: Vec<&str> = Vec::new();
    assert_eq!(public_places(&mut visitor, &slug).await, nowhere);

    let saved = update(
        &mut editor,
        &slug,
        &Announced {
            publication: "publish",
            starts_on: draft.starts_on.clone(),
            ends_on: draft.ends_on.clone(),
            ..draft
        },
    )
    .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    assert_eq!(
        public_places(&mut visitor, &slug).await,
        ["upcoming", "calendar", "feed", "sitemap", "page", "ics"]
    );
    let page = visitor.get(&format!("/en/events/{slug}")).await;
    let first = NaiveDate::parse_from_str(&day(20), "%Y-%m-%d").unwrap();
    let weekday = first.format("%A").to_string();
    assert!(page.body.contains(&weekday), "{}", page.body);
    for shown in [
        "Palais d&#39;Egmont, Brussels, Belgium",
        "Conference",
        "Europe",
        "Add to my calendar",
    ] {
        assert!(page.body.contains(shown), "{shown}: {}", page.body);
    }
    assert!(!page.body.contains("This event has taken place"));

    let ics = visitor
        .get(&format!("/en/events/{slug}/calendar.ics"))
        .await;
    assert!(ics.header("content-type").starts_with("text/calendar"));
    let start = format!("DTSTART;VALUE=DATE:{}", day(20).replace('-', ""));
    let end = format!("DTEND;VALUE=DATE:{}", day(22).replace('-', ""));
    for line in [
        "BEGIN:VEVENT",
        "SUMMARY:European Forum on the Rights of the Child",
        "LOCATION:Palais d'Egmont\\, Brussels\\, Belgium",
        start.as_str(),
        end.as_str(),
    ] {
        assert!(
            ics.body.contains(&format!("{line}\r\n")),
            "{line}: {}",
            ics.body
        );
    }
    // In Spanish, under the Spanish address, with its Spanish title.
    let moved = visitor.get(&format!("/es/eventos/{slug}")).await;
    let spanish_address = "/es/eventos/foro-europeo-sobre-los-derechos-del-nino";
    assert_eq!(
        (moved.status.as_u16(), moved.location()),
        (308, spanish_address)
    );
    let spanish = visitor.get(spanish_address).await;
    assert_eq!(spanish.status, 200);
    assert!(
        spanish
            .body
            .contains("Foro europeo sobre los derechos del niño")
    );
    assert!(spanish.body.contains("Conferencia") && spanish.body.contains("Bélgica"));
    let spanish_ics = visitor
        .get(&format!("/es/eventos/{slug}/calendar.ics"))
        .await;
    assert!(
        spanish_ics
            .body
            .contains("SUMMARY:Foro europeo sobre los derechos del niño")
    );

    // Found by the search, once every instance followed the change.
    let started = std::time::Instant::now();
    while !visitor
        .get("/en/search?q=Forum+Rights+Child")
        .await
        .body
        .contains(&format!("/en/events/{slug}"))
    {
        assert!(started.elapsed() < Duration::from_secs(5), "never found");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    // Withdrawn: a draft again, gone from every public place.
    assert_eq!(update(&mut editor, &slug, &draft).await.status, 303);
    assert_eq!(public_places(&mut visitor, &slug).await, nowhere);
}

#[tokio::test]
async fn events_are_upcoming_until_their_last_day_then_past() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let mut visitor = app.browser();
    let later = create(&mut editor, &published("Expert meeting on diversion", 40)).await;
    let soon = create(&mut editor, &published("Training for social workers", 5)).await;
    let ending_today = Announced {
        starts_on: day(-2),
        ends_on: day(0),
        ..published("Regional conference ending today", 0)
    };
    let today = create(&mut editor, &ending_today).await;
    let over = Announced {
        starts_on: day(-400),
        ends_on: day(-399),
        ..published("Council meeting of long ago", 0)
    };
    let long_ago = create(&mut editor, &over).await;

    let upcoming = visitor.get("/en/events").await;
    assert!(
        upcoming.body.contains("3 upcoming events"),
        "{}",
        upcoming.body
    );
    assert!(upcoming.body.contains("Past (1)"));
    // Soonest first; the one ending today is still upcoming.
    let order: Vec<usize> = [&today, &soon, &later]
        .iter()
        .map(|slug| {
            upcoming
                .body
                .find(&format!("/events/{slug}\""))
                .expect(slug)
        })
        .collect();
    assert!(order.windows(2).all(|pair| pair[0] < pair[1]), "{order:?}");
    assert!(!upcoming.body.contains(&format!("/events/{long_ago}\"")));

    // The home page shows the three soonest.
    let home = visitor.get("/en").await;
    assert!(home.body.contains("Upcoming events"));
    for slug in [&today, &soon, &later] {
        assert!(
            home.body.contains(&format!("/en/events/{slug}\"")),
            "{slug}"
        );
    }
    assert!(!home.body.contains(&format!("/events/{long_ago}\"")));

    let past = visitor.get("/en/events?when=past").await;
    assert!(past.body.contains("One past event"), "{}", past.body);
    assert!(past.body.contains(&format!("/events/{long_ago}\"")));
    let page = visitor.get(&format!("/en/events/{long_ago}")).await;
    assert!(page.body.contains("This event has taken place."));
    // The calendar keeps a year of past events, not the whole archive.
    let calendar = visitor.get("/en/events/calendar.ics").await;
    assert_eq!(calendar.body.matches("BEGIN:VEVENT").count(), 3);
    assert!(!calendar.body.contains("Council meeting of long ago"));
    // The forums the observatory belongs to stand beside the events.
    assert!(upcoming.body.contains("International forums"));
    assert!(
        upcoming
            .body
            .contains("United Nations Economic and Social Council (ECOSOC)")
    );
}

#[tokio::test]
async fn the_list_filters_by_region_kind_and_year_and_pages() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let mut visitor = app.browser();
    for n in 0..12_i64 {
        let title = format!("Numbered event {n:02}");
        let announced = Announced {
            region: if n % 3 == 0 {
                "africa"
            } else {
                "latin-america"
            },
            kind: if n % 4 == 0 { "webinar" } else { "training" },
            countries: if n % 3 == 0 { &["SN"] } else { &["PE"] },
            ..published(&title, 3 + n * 40)
        };
        create(&mut editor, &announced).await;
    }
    let first = visitor.get("/en/events").await;
    assert!(first.body.contains("12 upcoming events"));
    assert!(first.body.contains("Numbered event 09") && !first.body.contains("Numbered event 10"));
    let second = visitor.get("/en/events?page=2").await;
    assert!(second.body.contains("Numbered event 10") && second.body.contains("Numbered event 11"));
    assert_eq!(visitor.get("/en/events?page=3").await.status, 404);
    assert!(first.body.contains("Africa</a> (4)"), "{}", first.body);
    assert!(first.body.contains("Latin America</a> (8)"));
    assert!(first.body.contains("Online seminar</a> (3)"));
    let africa = visitor.get("/en/events?region=africa").await;
    assert!(africa.body.contains("4 upcoming events"));
    assert!(
        africa.body.contains("Numbered event 03") && !africa.body.contains("Numbered event 01")
    );
    let webinars = visitor
        .get("/en/events?region=latin-america&kind=webinar")
        .await;
    assert!(
        webinars.body.contains("2 upcoming events"),
        "{}",
        webinars.body
    );
    // Years as their events fall.
    let year = &day(3)[..4];
    let in_year = visitor.get(&format!("/en/events?year={year}")).await;
    assert!(in_year.body.contains("Numbered event 00"));
    assert!(
        !in_year.body.contains("Numbered event 11"),
        "over a year later"
    );
}

#[tokio::test]
async fn wrong_input_comes_back_with_messages_and_nothing_is_stored() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let form = editor.get("/en/staff/events/new").await;
    let wrong = Announced {
        kind: "party",
        region: "atlantis",
        starts_on: day(10),
        ends_on: day(8),
        ..published("A meeting with its days upside down", 10)
    };
    let refused = post(
        &mut editor,
        "/en/staff/events/new",
        &wrong.fields(&form.hidden_field("csrf"), "0"),
    )
    .await;
    assert_eq!(refused.status, 422);
    for message in [
        "Choose a category from the list.",
        "The last day cannot come before the first.",
        "Choose the region of the event.",
    ] {
        assert!(refused.body.contains(message), "{message}");
    }
    assert!(
        refused
            .body
            .contains("value=\"A meeting with its days upside down\"")
    );
    assert!(refused.body.contains(&format!("value=\"{}\"", day(8))));
    let undated = Announced {
        starts_on: String::new(),
        ends_on: "2027-02-30".into(),
        ..published("A meeting without a day", 10)
    };
    let refused = post(
        &mut editor,
        "/en/staff/events/new",
        &undated.fields(&form.hidden_field("csrf"), "0"),
    )
    .await;
    assert_eq!(refused.status, 422);
    assert!(
        refused.body.contains("Give the event&#39;s first day."),
        "{}",
        refused.body
    );
    assert!(
        refused
            .body
            .contains("Give the day as a day of the calendar")
    );
    let list = editor.get("/en/staff/events").await;
    assert!(list.body.contains("No event has been announced yet."));

    // Nobody but editors announces events.
    let mut member = app.staff("member@example.org", &[]).await;
    assert_eq!(member.get("/en/staff/events/new").await.status, 403);
    let form = member.get("/en/account").await;
    let sent = published("Announced by a member", 3).fields(&form.hidden_field("csrf"), "0");
    assert_eq!(
        post(&mut member, "/en/staff/events/new", &sent)
            .await
            .status,
        403
    );
    assert!(!visitor_sees(&app, "Announced by a member").await);
}

async fn visitor_sees(app: &TestApp, text: &str) -> bool {
    app.browser().get("/en/events").await.body.contains(text)
}

#[tokio::test]
async fn an_event_s_versions_bring_back_its_days_and_place_but_not_its_publication() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let mut visitor = app.browser();
    let slug = create(&mut editor, &published("Asia-Pacific council meeting", 30)).await;
    let moved = Announced {
        place: "Online",
        region: "international",
        starts_on: day(31),
        ends_on: String::new(),
        ..published("Asia-Pacific council meeting", 30)
    };
    assert_eq!(update(&mut editor, &slug, &moved).await.status, 303);
    let page = visitor.get(&format!("/en/events/{slug}")).await;
    assert!(page.body.contains("International or online"));
    let history = editor
        .get(&format!("/en/staff/events/{slug}/history"))
        .await;
    assert_eq!(history.status, 200);
    assert!(
        history.body.contains("Place") && history.body.contains("Region"),
        "{}",
        history.body
    );
    let version = editor
        .get(&format!("/en/staff/events/{slug}/history/1"))
        .await;
    assert_eq!(version.status, 200, "{}", version.body);
    let restored = editor
        .post_form(
            &format!("/en/staff/events/{slug}/history/1/restore"),
            &[
                ("csrf", &version.hidden_field("csrf")),
                ("latest", &version.hidden_field("latest")),
            ],
        )
        .await;
    assert_eq!(restored.status, 303, "{}", restored.body);
    let page = visitor.get(&format!("/en/events/{slug}")).await;
    assert_eq!(page.status, 200, "still published");
    assert!(page.body.contains("Palais d&#39;Egmont, Brussels"));
    assert!(!page.body.contains("International or online"));
    let ics = visitor
        .get(&format!("/en/events/{slug}/calendar.ics"))
        .await;
    assert!(
        ics.body
            .contains(&format!("DTEND;VALUE=DATE:{}", day(32).replace('-', "")))
    );
}

#[tokio::test]
async fn an_issue_of_the_bulletin_presents_the_upcoming_events_chosen() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let announced = Announced {
        title_es: "Formación para jueces de menores",
        ..published("Training for juvenile judges", 12)
    };
    let slug = create(&mut editor, &announced).await;
    let form = editor.get("/en/staff/newsletter/new").await;
    assert!(
        form.body
            .contains(&format!("name=\"events\" value=\"{slug}\"")),
        "upcoming events are offered: {}",
        form.body
    );
    let csrf = form.hidden_field("csrf");
    let saved = editor
        .post_form(
            "/en/staff/newsletter/new",
            &[
                ("csrf", csrf.as_str()),
                ("intro_en", "What comes next."),
                ("intro_es", "Lo que viene."),
                ("intro_fr", "Ce qui vient."),
                ("events", slug.as_str()),
            ],
        )
        .await;
    assert_eq!(
        saved.status, 303,
        "an issue of events alone: {}",
        saved.body
    );
    let shown = editor.get(saved.location()).await;
    for expected in [
        "Training for juvenile judges",
        "Formación para jueces de menores",
    ] {
        assert!(shown.body.contains(expected), "{expected}: {}", shown.body);
    }
    // The test mail carries the event and its link.
    let issue_path = saved
        .location()
        .split('?')
        .next()
        .unwrap_or_default()
        .to_string();
    let tested = editor
        .post_form(
            &format!("{issue_path}/test"),
            &[("csrf", &shown.hidden_field("csrf"))],
        )
        .await;
    assert_eq!(tested.status, 303);
    let mail = app
        .mail
        .wait_for_text("editor@example.org", "Training for juvenile judges")
        .await;
    assert!(
        mail.link_containing(&format!("/en/events/{slug}"))
            .starts_with("http")
    );
}
