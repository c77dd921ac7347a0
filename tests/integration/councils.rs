//! The Continental Councils' archive: editors record each meeting of a
//! council with its documents from the library; the public reads the
//! archive by council and year, each meeting's published documents only.

use observatory::{
    library::entities::{State as ResourceState, resource},
    web::Role,
};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};

use crate::helpers::{Browser, Page, TestApp};

pub const NEW: &str = "/en/staff/councils/new";

/// The number of the seeded report `slug` in the library.
async fn report(app: &TestApp, slug: &str) -> resource::Model {
    resource::Entity::find()
        .filter(resource::Column::SeedKey.eq(slug))
        .one(&app.state.db)
        .await
        .unwrap()
        .expect("a seeded report")
}

/// Sends the meeting form at `path` with `fields` over a blank meeting.
pub async fn send(editor: &mut Browser, path: &str, fields: &[(&str, &str)]) -> Page {
    let form = editor.get(path).await;
    assert_eq!(form.status, 200, "{}", form.body);
    let (csrf, latest) = (form.hidden_field("csrf"), form.hidden_field("latest"));
    let mut sent = vec![("csrf", csrf.as_str()), ("latest", latest.as_str())];
    sent.extend_from_slice(fields);
    editor.post_form(path, &sent).await
}

pub fn asia_pacific(documents: &str) -> Vec<(&str, &str)> {
    vec![
        ("council", "asia-pacific-council"),
        ("edition", "2"),
        ("starts_on", "2016-11-14"),
        ("ends_on", "2016-11-16"),
        ("place", "Bangkok"),
        ("country", "TH"),
        (
            "participants",
            "Department of Juvenile Observation and Protection\nJudges of the juvenile courts",
        ),
        (
            "summary_en",
            "The council compared diversion schemes across the region.",
        ),
        (
            "summary_es",
            "El consejo comparó los programas de remisión de la región.",
        ),
        ("summary_fr", ""),
        ("documents", documents),
    ]
}

#[tokio::test]
async fn editors_record_meetings_and_the_public_reads_the_archive_by_council_and_year() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let voice = report(
        &app,
        "a-voice-for-the-future-of-juvenile-justice-in-asia-pacific",
    )
    .await;
    let draft = report(&app, "save-money-protect-society-realise-youth-potential").await;
    let mut unpublished: resource::ActiveModel = draft.clone().into();
    unpublished.state = Set(ResourceState::Draft);
    unpublished.update(&app.state.db).await.unwrap();

    let empty = app.browser().get("/en/councils").await;
    assert_eq!(empty.status, 200);
    assert!(
        empty
            .body
            .contains("No meeting has been recorded in the archive yet.")
    );

    let documents = format!("{}, {}", voice.id, draft.id);
    let saved = send(&mut editor, NEW, &asia_pacific(&documents)).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let european = [
        ("council", "european-council"),
        ("edition", "1"),
        ("starts_on", "2009-03-05"),
        ("place", "Rome"),
        (
            "summary_en",
            "The first European council set its working methods.",
        ),
    ];
    assert_eq!(send(&mut editor, NEW, &european).await.status, 303);

    let mut visitor = app.browser();
    let archive = visitor.get("/en/councils").await;
    assert!(
        archive.body.contains("2 meetings shown"),
        "{}",
        archive.body
    );
    assert!(archive.body.contains("Edition 2"));
    assert!(
        archive
            .body
            .contains("Monday 14 November 2016 to Wednesday 16 November 2016")
    );
    assert!(archive.body.contains("Bangkok (Thailand)"));
    assert!(archive.body.contains("Judges of the juvenile courts"));
    assert!(
        archive
            .body
            .contains(&format!("/en/library/resources/{}", voice.id))
    );
    assert!(
        !archive
            .body
            .contains(&format!("/en/library/resources/{}\"", draft.id)),
        "an unpublished document is not shown"
    );
    // Newest first; a meeting of one day shows its day alone.
    let bangkok = archive.body.find("Bangkok").unwrap();
    let rome = archive.body.find("Rome").unwrap();
    assert!(bangkok < rome);
    assert!(archive.body.contains("Thursday 5 March 2009</time>"));

    let narrowed = visitor.get("/en/councils?year=2009").await;
    assert!(narrowed.body.contains("One meeting shown"));
    assert!(!narrowed.body.contains("Bangkok"));
    let by_council = visitor
        .get("/en/councils?council=asia-pacific-council")
        .await;
    assert!(by_council.body.contains("Bangkok") && !by_council.body.contains("Rome"));
    assert!(archive.body.contains("(1)"), "counts per council and year");

    // Spanish at its own address; the French falls back to the English.
    let spanish = visitor.get("/es/consejos").await;
    assert!(
        spanish
            .body
            .contains("El consejo comparó los programas de remisión")
    );
    let french = visitor.get("/fr/conseils").await;
    assert!(
        french
            .body
            .contains("<p lang=\"en\">The council compared diversion schemes")
    );

    // The networks page leads to it, and the sitemap lists it.
    let networks = visitor.get("/en/collaboration-networks").await;
    assert!(networks.body.contains("href=\"/en/councils\""));
    let sitemap = visitor.get("/sitemap.xml").await;
    assert!(sitemap.body.contains("/es/consejos"), "{}", sitemap.body);
}

#[tokio::test]
async fn a_refused_meeting_says_why_next_to_each_field_and_keeps_what_was_typed() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let refused = send(&mut editor, NEW, &[("summary_es", "Sólo en español")]).await;
    assert_eq!(refused.status, 422);
    for message in [
        "Choose the council that met.",
        "Give the edition as a whole number from 1 to 99.",
        "Give the meeting&#39;s first day.",
        "Give the city where the council met.",
        "Say in English what the meeting did.",
    ] {
        assert!(
            refused.body.contains(message),
            "{message}: {}",
            refused.body
        );
    }
    assert_eq!(refused.textarea("summary_es"), "Sólo en español");

    let mut wrong = asia_pacific("12345, 1");
    wrong.retain(|(name, _)| *name != "ends_on");
    wrong.push(("ends_on", "2016-11-01"));
    let refused = send(&mut editor, NEW, &wrong).await;
    assert_eq!(refused.status, 422);
    assert!(
        refused
            .body
            .contains("The last day cannot come before the first.")
    );
    assert_eq!(refused.input_value("place"), "Bangkok");

    let refused = send(&mut editor, NEW, &asia_pacific("12345, 1")).await;
    assert_eq!(refused.status, 422);
    assert!(
        refused
            .body
            .contains("The library has no resource numbered 12345.")
    );
    assert_eq!(refused.input_value("documents"), "12345, 1");

    assert_eq!(send(&mut editor, NEW, &asia_pacific("")).await.status, 303);
    let twice = send(&mut editor, NEW, &asia_pacific("")).await;
    assert_eq!(twice.status, 422);
    assert!(
        twice
            .body
            .contains("This council already has a meeting of this edition.")
    );
}

#[tokio::test]
async fn each_save_is_a_version_a_stale_form_is_refused_and_only_editors_keep_the_archive() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let saved = send(&mut editor, NEW, &asia_pacific("")).await;
    let path = saved.location().split('?').next().unwrap().to_string();
    let stale = editor.get(&path).await;

    let mut changed = asia_pacific("");
    changed.retain(|(name, _)| *name != "place");
    changed.push(("place", "Chiang Mai"));
    let edited = send(&mut editor, &path, &changed).await;
    assert_eq!(edited.status, 303, "{}", edited.body);
    let shown = editor.get(edited.location()).await;
    assert!(shown.body.contains("The meeting has been saved."));
    assert_eq!(shown.input_value("place"), "Chiang Mai");
    assert_eq!(shown.hidden_field("latest"), "2", "created, then edited");

    // A form read before that save is refused, and changes nothing.
    let mut sent = vec![
        ("csrf", stale.hidden_field("csrf")),
        ("latest", stale.hidden_field("latest")),
    ];
    sent.extend(
        asia_pacific("")
            .into_iter()
            .map(|(k, v)| (k, v.to_string())),
    );
    let fields: Vec<(&str, &str)> = sent.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let late = editor.post_form(&path, &fields).await;
    assert_eq!(late.status, 409);
    assert!(
        app.browser()
            .get("/en/councils")
            .await
            .body
            .contains("Chiang Mai")
    );

    let mut evaluator = app.staff("evaluator@example.org", &[Role::Evaluator]).await;
    let refused = evaluator.get("/en/staff/councils").await;
    assert!(
        refused.status == 403 || refused.status == 404,
        "{}",
        refused.status
    );
}
