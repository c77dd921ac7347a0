//! Pictures: an editor gives a report its cover with what it shows in each
//! language; the public sees it, resized, on the reports page and the
//! library's record, served for caches to keep. A cover without its text is
//! not saved (the picture is kept for the corrected form); image bombs,
//! SVG and pictures of another format are refused with a message; a
//! replaced or removed picture is gone.

use std::io::Cursor;

use image::{DynamicImage, ImageFormat, Rgb, RgbImage};
use observatory::{library::entities::resource, web::Role};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::helpers::{Browser, Page, TestApp};

/// The seeded report the tests give a cover to.
const REPORT: &str = "measures-of-deprivation-of-liberty-for-young-offenders";

const ALT_EN: &str = "A courtyard seen through a barred window";
const ALT_ES: &str = "Un patio visto a través de una ventana con rejas";
const ALT_FR: &str = "Une cour vue à travers une fenêtre à barreaux";

pub fn jpeg(width: u32, height: u32) -> Vec<u8> {
    let picture = RgbImage::from_pixel(width, height, Rgb([40, 80, 120]));
    let mut bytes = Vec::new();
    DynamicImage::ImageRgb8(picture)
        .write_to(&mut Cursor::new(&mut bytes), ImageFormat::Jpeg)
        .unwrap();
    bytes
}

/// A real JPEG whose header claims 60,000 by 60,000 pixels.
fn bomb() -> Vec<u8> {
    let mut bytes = jpeg(16, 16);
    let frame = bytes
        .windows(2)
        .position(|marker| marker == [0xFF, 0xC0])
        .expect("a baseline frame");
    bytes[frame + 5..frame + 9].copy_from_slice(&[0xEA, 0x60, 0xEA, 0x60]);
    bytes
}

async fn report_id(app: &TestApp) -> i32 {
    resource::Entity::find()
        .filter(resource::Column::SeedKey.eq(REPORT))
        .one(&app.state.db)
        .await
        .unwrap()
        .expect("the seeded report")
        .id
}

fn cover_path(id: i32) -> String {
    format!("/en/staff/library/{id}/cover")
}

/// Sends the cover form with `fields` and, when given, a picture.
pub async fn send_cover(
    editor: &mut Browser,
    id: i32,
    fields: &[(&str, &str)],
    picture: Option<(&str, Vec<u8>)>,
) -> Page {
    let path = cover_path(id);
    let form = editor.get(&path).await;
    let (token, version) = (form.hidden_field("csrf"), form.hidden_field("version"));
    let mut sent = vec![("csrf", token.as_str()), ("version", version.as_str())];
    sent.extend_from_slice(fields);
    editor
        .post_files(&path, &sent, ("picture", picture.into_iter().collect()))
        .await
}

pub const ALL_ALTS: [(&str, &str); 3] =
    [("alt_en", ALT_EN), ("alt_es", ALT_ES), ("alt_fr", ALT_FR)];

/// The addresses of the renditions a page's cover offers (`srcset`).
fn renditions(page: &Page) -> Vec<String> {
    let start = page
        .body
        .find("srcset=\"")
        .expect("a cover with renditions")
        + 8;
    let end = page.body[start..].find('"').unwrap() + start;
    page.body[start..end]
        .split(", ")
        .map(|candidate| candidate.split(' ').next().unwrap().to_string())
        .collect()
}

async fn fetch(app: &TestApp, path: &str) -> reqwest::Response {
    reqwest::get(format!("{}{path}", app.address))
        .await
        .unwrap()
}

#[tokio::test]
async fn an_editor_gives_a_report_a_cover_and_the_public_sees_it_in_each_language() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let id = report_id(&app).await;
    let form = editor.get(&cover_path(id)).await;
    assert_eq!(form.status, 200);
    assert!(form.body.contains("name=\"picture\""), "{}", form.body);

    let saved = send_cover(
        &mut editor,
        id,
        &ALL_ALTS,
        Some(("cour.jpg", jpeg(1600, 900))),
    )
    .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    assert_eq!(saved.location(), format!("{}?saved=true", cover_path(id)));
    let shown = editor.get(saved.location()).await;
    assert!(shown.body.contains("The cover has been saved."));

    let mut visitor = app.browser();
    let reports = visitor.get("/en/reports").await;
    assert!(
        reports.body.contains(&format!("alt=\"{ALT_EN}\"")),
        "{}",
        reports.body
    );
    let paths = renditions(&reports);
    assert_eq!(paths.len(), 2, "{paths:?}");
    assert!(paths[0].ends_with("-400.jpg") && paths[1].ends_with("-1200.jpg"));
    assert!(reports.body.contains("width=\"400\" height=\"225\""));
    let spanish = visitor.get("/es/informes").await;
    assert!(spanish.body.contains(&format!("alt=\"{ALT_ES}\"")));
    let record = visitor
        .get(&format!("/fr/bibliotheque/resources/{id}"))
        .await;
    assert!(
        record.body.contains(&format!("alt=\"{ALT_FR}\"")),
        "{}",
        record.body
    );

    // Each rendition: the picture resized, for any cache to keep a year.
    for (path, width) in paths.iter().zip([400, 1200]) {
        let response = fetch(&app, path).await;
        assert_eq!(response.status(), 200);
        assert_eq!(response.headers()["content-type"], "image/jpeg");
        assert_eq!(
            response.headers()["cache-control"],
            "public, max-age=31536000, immutable"
        );
        let picture = image::load_from_memory(&response.bytes().await.unwrap()).unwrap();
        assert_eq!(picture.width(), width);
    }

    // The change is a version of the resource.
    let history = editor.get(&format!("/en/staff/library/{id}/history")).await;
    assert!(history.body.contains("Cover picture"), "{}", history.body);
}

#[tokio::test]
async fn a_cover_without_what_it_shows_is_not_saved_and_keeps_its_picture() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let id = report_id(&app).await;
    let partial = [("alt_en", ""), ("alt_es", ALT_ES), ("alt_fr", ALT_FR)];
    let refused = send_cover(
        &mut editor,
        id,
        &partial,
        Some(("cour.jpg", jpeg(800, 600))),
    )
    .await;
    assert_eq!(refused.status, 422);
    assert!(
        refused
            .body
            .contains("English: say what the cover shows in this language.")
    );
    assert_eq!(refused.textarea("alt_es"), ALT_ES);
    assert!(refused.body.contains("The picture you sent, not saved yet"));
    let kept = refused.hidden_field("kept_image");
    let reports = app.browser().get("/en/reports").await;
    assert!(
        !reports.body.contains("class=\"cover\""),
        "nothing shown before the save"
    );

    // Corrected without sending the picture again.
    let mut fields = ALL_ALTS.to_vec();
    fields.push(("kept_image", &kept));
    let saved = send_cover(&mut editor, id, &fields, None).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let reports = app.browser().get("/en/reports").await;
    assert!(reports.body.contains(&format!("alt=\"{ALT_EN}\"")));
    // A picture narrower than the largest width is kept at its own.
    assert_eq!(renditions(&reports).len(), 2);
    assert!(renditions(&reports)[1].ends_with("-800.jpg"));

    // A form naming no picture, for a resource without a cover, is refused.
    let other = resource::Entity::find()
        .filter(resource::Column::SeedKey.ne(REPORT))
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    let refused = send_cover(&mut editor, other.id, &ALL_ALTS, None).await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("Choose a picture for the cover."));
}

#[tokio::test]
async fn image_bombs_svg_and_other_files_are_refused_with_a_message() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let id = report_id(&app).await;
    let svg = br#"<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>"#.to_vec();
    let cases = [
        ("bomb.jpg", bomb(), "more pixels than the site accepts"),
        ("drawing.svg", svg, "is not a PNG or JPEG picture"),
        (
            "report.pdf",
            crate::scenario::PDF.to_vec(),
            "is not a PNG or JPEG picture",
        ),
        (
            "empty.png",
            b"\x89PNG\r\n\x1a\n".to_vec(),
            "damaged or incomplete",
        ),
    ];
    for (name, bytes, message) in cases {
        let refused = send_cover(&mut editor, id, &ALL_ALTS, Some((name, bytes))).await;
        assert_eq!(refused.status, 422, "{name}");
        assert!(refused.body.contains(message), "{name}: {}", refused.body);
        assert_eq!(refused.textarea("alt_fr"), ALT_FR, "the texts come back");
        assert!(!refused.body.contains("name=\"kept_image\""));
    }
    let stored = observatory::images::image::Entity::find()
        .all(&app.state.db)
        .await
        .unwrap();
    assert!(stored.is_empty(), "nothing refused is stored: {stored:?}");
}

#[tokio::test]
async fn a_replaced_or_removed_cover_is_gone_and_only_editors_change_covers() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let id = report_id(&app).await;
    send_cover(&mut editor, id, &ALL_ALTS, Some(("a.jpg", jpeg(600, 800)))).await;
    let first = renditions(&app.browser().get("/en/reports").await);
    let replaced = send_cover(&mut editor, id, &ALL_ALTS, Some(("b.jpg", jpeg(500, 500)))).await;
    assert_eq!(replaced.status, 303);
    let second = renditions(&app.browser().get("/en/reports").await);
    assert_ne!(first, second);
    assert_eq!(fetch(&app, &first[0]).await.status(), 404);
    assert_eq!(fetch(&app, &second[0]).await.status(), 200);

    // Changing only what it shows keeps the picture.
    let new_alt = [
        ("alt_en", "A locked door"),
        ("alt_es", ALT_ES),
        ("alt_fr", ALT_FR),
    ];
    assert_eq!(
        send_cover(&mut editor, id, &new_alt, None).await.status,
        303
    );
    let reports = app.browser().get("/en/reports").await;
    assert!(reports.body.contains("alt=\"A locked door\""));
    assert_eq!(renditions(&reports), second);

    // A form filled before that change is refused: it would bring back
    // what the editor just changed.
    let stale = editor.get(&cover_path(id)).await;
    send_cover(&mut editor, id, &ALL_ALTS, None).await;
    let late = editor
        .post_files(
            &cover_path(id),
            &[
                ("csrf", stale.hidden_field("csrf").as_str()),
                ("version", stale.hidden_field("version").as_str()),
                ("remove", "true"),
            ],
            ("picture", Vec::new()),
        )
        .await;
    assert_eq!(late.status, 409);
    assert_eq!(
        fetch(&app, &second[0]).await.status(),
        200,
        "still the cover"
    );

    let mut evaluator = app.staff("evaluator@example.org", &[Role::Evaluator]).await;
    let refused = evaluator.get(&cover_path(id)).await;
    assert!(
        refused.status == 403 || refused.status == 404,
        "{}",
        refused.status
    );

    let removed = send_cover(&mut editor, id, &[("remove", "true")], None).await;
    assert_eq!(removed.status, 303, "{}", removed.body);
    let reports = app.browser().get("/en/reports").await;
    assert!(!reports.body.contains("class=\"cover\""));
    assert_eq!(fetch(&app, &second[0]).await.status(), 404);
}

/// The seeded news item the tests give a picture to, in three languages.
const NEWS: &str = "collaboration-moves-online";

/// Sends the picture form at `path` with `fields` and, when given, a JPEG.
async fn send_picture(
    editor: &mut Browser,
    path: &str,
    fields: &[(&str, &str)],
    picture: Option<Vec<u8>>,
) -> Page {
    let form = editor.get(path).await;
    assert_eq!(form.status, 200, "{}", form.body);
    let (token, version) = (form.hidden_field("csrf"), form.hidden_field("version"));
    let mut sent = vec![("csrf", token.as_str()), ("version", version.as_str())];
    sent.extend_from_slice(fields);
    let files = picture
        .map(|bytes| ("meeting.jpg", bytes))
        .into_iter()
        .collect();
    editor.post_files(path, &sent, ("picture", files)).await
}

#[tokio::test]
async fn a_news_item_gets_a_picture_said_in_each_language_of_its_title() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let item = editor.get(&format!("/en/staff/news/{NEWS}")).await;
    let path = format!("/en/staff/news/{NEWS}/picture");
    assert!(
        item.body.contains(&format!("href=\"{path}\"")),
        "a link to it"
    );
    // Without the French, the picture is kept for the corrected form.
    let refused = send_picture(
        &mut editor,
        &path,
        &[("alt_en", ALT_EN), ("alt_es", ALT_ES)],
        Some(jpeg(1600, 900)),
    )
    .await;
    assert_eq!(refused.status, 422);
    assert!(
        refused
            .body
            .contains("French: say what the picture shows in this language.")
    );
    assert_eq!(refused.textarea("alt_es"), ALT_ES);
    let kept = refused.hidden_field("kept_image");
    assert!(!kept.is_empty(), "the picture is kept");
    let public = app.browser().get(&format!("/en/news/{NEWS}")).await;
    assert!(
        !public.body.contains("<figure class=\"picture\">"),
        "nothing saved"
    );

    let mut fields = ALL_ALTS.to_vec();
    fields.push(("kept_image", &kept));
    let saved = send_picture(&mut editor, &path, &fields, None).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let shown = editor.get(saved.location()).await;
    assert!(shown.body.contains("The picture has been saved."));

    let mut visitor = app.browser();
    let english = visitor.get(&format!("/en/news/{NEWS}")).await;
    assert!(english.body.contains("<figure class=\"picture\">"));
    assert!(english.body.contains(&format!("alt=\"{ALT_EN}\"")));
    let rendition = renditions(&english)[0].clone();
    assert_eq!(fetch(&app, &rendition).await.status(), 200);
    let moved = visitor.get(&format!("/fr/actualites/{NEWS}")).await;
    let french = visitor.get(moved.location()).await;
    assert!(
        french.body.contains(&format!("alt=\"{ALT_FR}\"")),
        "{}",
        french.body
    );
    let list = visitor.get("/es/noticias").await;
    assert!(
        list.body.contains(&format!("alt=\"{ALT_ES}\"")),
        "beside it in the list"
    );

    // The change is a version of the item, named as such.
    let history = editor.get(&format!("/en/staff/news/{NEWS}/history")).await;
    assert!(history.body.contains("Picture changed"), "{}", history.body);
    // Its newest version is what is there now, picture and all.
    let newest = history
        .body
        .split(&format!("/en/staff/news/{NEWS}/history/"))
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a version's link")
        .to_string();
    let version = editor
        .get(&format!("/en/staff/news/{NEWS}/history/{newest}"))
        .await;
    assert!(
        version.body.contains("there is nothing to bring back"),
        "{}",
        version.body
    );

    // Taken away: gone from the page, and its files deleted.
    let removed = send_picture(&mut editor, &path, &[("remove", "true")], None).await;
    assert_eq!(removed.status, 303, "{}", removed.body);
    let english = visitor.get(&format!("/en/news/{NEWS}")).await;
    assert!(!english.body.contains("<figure class=\"picture\">"));
    assert_eq!(fetch(&app, &rendition).await.status(), 404);
}
