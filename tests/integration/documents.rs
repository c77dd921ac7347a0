//! A group's documents: members and staff share them, with versions, as
//! hardened as proposal attachments; only they download them, except the
//! outputs of a listed group, which anyone downloads from its public page.

use observatory::web::Role;

use crate::{
    accounts::register_and_confirm,
    groups::{add_member, create_group},
    helpers::{Browser, Page, TestApp},
    scenario::{PDF, csrf},
};

pub async fn share(browser: &mut Browser, group: i32, title: &str, file: (&str, &[u8])) -> Page {
    let path = format!("/en/groups/{group}/documents");
    let token = csrf(browser, &path).await;
    browser
        .post_multipart(
            &path,
            &[("csrf", &token), ("title", title)],
            Some((file.0, file.1.to_vec())),
        )
        .await
}

#[tokio::test]
async fn members_share_versions_and_outputs_reach_the_public() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let group = create_group(&mut editor, "Restorative schools", "public").await;
    let mut ana = app.browser();
    register_and_confirm(&app, &mut ana, "ana@example.org", "en").await;
    let mut ben = app.browser();
    register_and_confirm(&app, &mut ben, "ben@example.org", "en").await;
    let mut outsider = app.browser();
    register_and_confirm(&app, &mut outsider, "carla@example.org", "en").await;
    assert_eq!(
        add_member(&mut editor, group, "ana@example.org", "coordinator").await,
        303
    );
    assert_eq!(
        add_member(&mut editor, group, "ben@example.org", "member").await,
        303
    );

    // A web page passed off as a PDF is refused next to its field, with the
    // title kept; nothing is stored.
    let disguised = share(
        &mut ben,
        group,
        "Guide",
        ("guide.pdf", b"<html><script>x</script>"),
    )
    .await;
    assert_eq!(disguised.status, 422);
    assert!(
        disguised
            .body
            .contains("This file is not a PDF or office document. Choose one of those formats.")
    );
    assert!(disguised.body.contains("value=\"Guide\""));
    assert!(app.stored_uploads().await.is_empty());
    let untitled = share(&mut ben, group, "", ("guide.pdf", PDF)).await;
    assert!(untitled.body.contains("Give the document a title."));

    let shared = share(&mut ben, group, "Guide for schools", ("guide.pdf", PDF)).await;
    assert_eq!(shared.status, 303, "{}", shared.body);
    let document_path = shared.location().to_string();
    let page = ana.get(&document_path).await;
    assert!(page.body.contains("guide.pdf"));
    assert!(page.body.contains("current version"));
    let file_path = format!("{document_path}/versions/1/file");
    let download = ana.get(&file_path).await;
    assert_eq!(download.status, 200);
    assert!(download.body.starts_with("%PDF-"));

    // A second version becomes current; the first stays downloadable.
    let token = page.hidden_field("csrf");
    let second = ana
        .post_multipart(
            &format!("{document_path}/versions"),
            &[("csrf", &token)],
            Some(("guide-v2.pdf", PDF.to_vec())),
        )
        .await;
    assert_eq!(second.status, 303, "{}", second.body);
    let list = ben.get(&format!("/en/groups/{group}/documents")).await;
    assert!(list.body.contains("version 2"));
    assert!(list.body.contains("guide-v2.pdf"));
    assert_eq!(ben.get(&file_path).await.status, 200);

    // Outsiders, anonymous visitors: nothing.
    assert_eq!(outsider.get(&document_path).await.status, 404);
    assert_eq!(outsider.get(&file_path).await.status, 404);
    assert_eq!(
        app.browser().get(&file_path).await.status,
        303,
        "log in first"
    );
    let document_id: i32 = document_path.rsplit('/').next().unwrap().parse().unwrap();
    let output_path = format!("/en/groups/{group}/outputs/{document_id}");
    assert_eq!(
        app.browser().get(&output_path).await.status,
        404,
        "not an output yet"
    );

    // Only coordinators and editors mark outputs; then anyone downloads it.
    let ben_page = ben.get(&document_path).await;
    assert!(!ben_page.body.contains("Mark as an output of the group"));
    let tried = ben
        .post_form(
            &format!("{document_path}/output"),
            &[("csrf", &ben_page.hidden_field("csrf")), ("output", "true")],
        )
        .await;
    assert_eq!(tried.status, 403);
    let marked = ana
        .post_form(
            &format!("{document_path}/output"),
            &[("csrf", &token), ("output", "true")],
        )
        .await;
    assert_eq!(marked.status, 303);
    let mut visitor = app.browser();
    let public = visitor.get(&format!("/en/groups/{group}")).await;
    assert!(public.body.contains("Outputs of the group"));
    assert!(public.body.contains("Guide for schools"));
    let output = visitor.get(&output_path).await;
    assert_eq!(output.status, 200);
    assert!(output.body.starts_with("%PDF-"));

    // Ben's upload is in his data.
    let export = ben.get("/en/account/data").await;
    let data: serde_json::Value = serde_json::from_str(&export.body).unwrap();
    let uploaded = data["working_groups"]["documents_uploaded"]
        .as_array()
        .unwrap();
    assert_eq!(uploaded.len(), 1);
    assert_eq!(uploaded[0]["document"], "Guide for schools");
}
