//! Uploaded files in the storage every instance shares: the data directory
//! by default, the S3-compatible bucket when `OBSERVATORY_TEST_S3_ENDPOINT`
//! is set (scripts/test.sh runs the PostgreSQL pass that way, as the
//! scale-out set-up is).

use observatory::{config::FileStorage, proposals::entities::attachment, uploads};
use sea_orm::EntityTrait;

use crate::{
    helpers::TestApp,
    scenario::{InReview, PDF},
};

async fn the_attachment(app: &TestApp) -> attachment::Model {
    attachment::Entity::find()
        .one(&app.state.db)
        .await
        .unwrap()
        .expect("an attachment row")
}

#[tokio::test]
async fn a_file_sent_through_one_instance_is_downloaded_through_another() {
    let first = TestApp::spawn().await;
    let second = first.instance_on_another_machine().await;
    let InReview { id, evaluator, .. } = first
        .proposal()
        .by("two-machines@example.org")
        .with_file("plan.pdf", PDF)
        .in_review()
        .await;
    let file = the_attachment(&second).await;
    assert_eq!(
        second.stored_uploads().await,
        [file.stored_name.as_str()],
        "the file is in the shared storage, under its stored name"
    );
    if let FileStorage::S3(_) = first.settings.file_storage {
        assert!(
            !first.data_dir().join("uploads").exists(),
            "nothing kept on the receiving instance's disk"
        );
    }

    // The evaluator's next request lands on the other instance.
    let mut evaluator_there = second.browser();
    evaluator_there.cookies = evaluator.cookies.clone();
    let download = evaluator_there
        .get(&format!("/en/staff/proposals/{id}/files/{}", file.id))
        .await;
    assert_eq!(download.status, 200);
    assert_eq!(download.headers["content-type"], "application/pdf");
    assert_eq!(
        download.body,
        String::from_utf8_lossy(PDF),
        "the same bytes"
    );
}

#[tokio::test]
async fn a_file_lost_from_the_storage_shows_a_page_that_says_so() {
    let app = TestApp::spawn().await;
    let InReview {
        id, mut evaluator, ..
    } = app
        .proposal()
        .by("lost-file@example.org")
        .with_file("plan.pdf", PDF)
        .in_review()
        .await;
    let file = the_attachment(&app).await;
    uploads::remove(&app.state.storage, &file.stored_name).await;
    assert!(app.stored_uploads().await.is_empty());

    let cases = [
        ("en", "File not available", "no longer holds it"),
        ("es", "Archivo no disponible", "ya no lo conserva"),
        ("fr", "Fichier indisponible", "ne le contient plus"),
    ];
    for (lang, title, text) in cases {
        let page = evaluator
            .get(&format!("/{lang}/staff/proposals/{id}/files/{}", file.id))
            .await;
        assert_eq!(page.status, 404, "{lang}");
        assert!(page.body.contains(title), "{lang}: {}", page.body);
        assert!(page.body.contains(text), "{lang}");
    }
    let review = evaluator.get(&format!("/en/staff/proposals/{id}")).await;
    assert_eq!(review.status, 200, "the proposal itself still opens");
}
