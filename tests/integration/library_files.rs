//! A library resource's documents: checked as every upload is, kept while
//! a refused form is corrected, downloaded by the public once the resource
//! is published, and by nobody else before.

use observatory::web::Role;

use crate::{
    accounts::register_and_confirm,
    helpers::{Browser, Page, TestApp},
    library::chilean,
    scenario::{PDF, csrf},
};

/// Sends the editors' form for a new resource of `kind` with `files`.
async fn write_with_files(
    editor: &mut Browser,
    path: &str,
    fields: &[(&str, &str)],
    files: Vec<(&str, Vec<u8>)>,
) -> Page {
    let token = csrf(editor, path).await;
    let mut sent = vec![("csrf", token.as_str())];
    sent.extend_from_slice(fields);
    editor.post_files(path, &sent, ("files", files)).await
}

fn number_of(saved: &Page) -> i32 {
    saved
        .location()
        .trim_start_matches("/en/staff/library/")
        .trim_end_matches("?saved=true")
        .parse()
        .expect("the resource's number")
}

/// The numbers of the files a resource's page links to, in its order.
fn file_links(page: &Page, resource: i32) -> Vec<String> {
    let prefix = format!("/library/resources/{resource}/files/");
    page.body
        .match_indices(&prefix)
        .map(|(at, _)| {
            let rest = &page.body[at + prefix.len()..];
            rest.chars().take_while(char::is_ascii_digit).collect()
        })
        .collect()
}

#[tokio::test]
async fn the_public_downloads_a_published_resources_documents_and_nothing_before() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let fields = chilean("Mediación penal juvenil", &[("state", "draft")]);
    let saved = write_with_files(
        &mut editor,
        "/en/staff/library/new/research",
        &fields,
        vec![("informe final.pdf", PDF.to_vec())],
    )
    .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let id = number_of(&saved);
    let form = editor.get(saved.location()).await;
    assert!(form.body.contains("informe final.pdf"));
    assert!(form.body.contains("PDF, 1 KiB"));
    let file_id = form
        .body
        .split(&format!("/staff/library/{id}/files/"))
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a link to the file on the editors' form")
        .to_string();

    // A draft's file: the editors download it, kept by no cache; the
    // public finds nothing.
    let staff_download = editor
        .get(&format!("/en/staff/library/{id}/files/{file_id}"))
        .await;
    assert_eq!(staff_download.status, 200);
    assert_eq!(staff_download.header("cache-control"), "private, no-store");
    let public_path = format!("/en/library/resources/{id}/files/{file_id}");
    let mut visitor = app.browser();
    assert_eq!(visitor.get(&public_path).await.status, 404);
    assert_eq!(
        visitor
            .get(&format!("/en/staff/library/{id}/files/{file_id}"))
            .await
            .status,
        303,
        "staff's address asks to log in"
    );

    // Published, its page lists the document and anyone downloads it.
    let token = form.hidden_field("csrf");
    let version = form.hidden_field("version");
    let mut publish = chilean("Mediación penal juvenil", &[("state", "published")]);
    publish.extend([("csrf", token.as_str()), ("version", version.as_str())]);
    let published = editor
        .post_form(&format!("/en/staff/library/{id}"), &publish)
        .await;
    assert_eq!(published.status, 303, "{}", published.body);
    let page = visitor.get(&format!("/en/library/resources/{id}")).await;
    assert_eq!(file_links(&page, id), vec![file_id.clone()]);
    assert!(page.body.contains("informe final.pdf"));
    let download = visitor.get(&public_path).await;
    assert_eq!(download.status, 200);
    assert_eq!(download.header("content-type"), "application/pdf");
    assert!(
        download
            .header("content-disposition")
            .contains("filename*=UTF-8''informe%20final.pdf")
    );
    assert_eq!(download.header("cache-control"), "public, max-age=300");
    assert!(download.body.starts_with("%PDF-"));
    assert_eq!(
        visitor
            .get(&format!("/en/library/resources/{id}/files/999999"))
            .await
            .status,
        404
    );
}

#[tokio::test]
async fn a_refused_form_keeps_its_documents_and_names_the_file_it_refused() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let path = "/en/staff/library/new/research";

    // A form refused for its title keeps the document sent with it.
    let untitled = chilean("", &[]);
    let refused = write_with_files(
        &mut editor,
        path,
        &untitled,
        vec![("annex.pdf", PDF.to_vec())],
    )
    .await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("annex.pdf"));
    assert!(refused.body.contains("kept until you save the form"));
    let kept = refused.hidden_field("kept_files");
    assert!(!kept.is_empty());
    assert_eq!(app.stored_uploads().await.len(), 1);

    // A web page passed off as a PDF is refused by name, beside the field;
    // nothing more is stored, and the kept document stays.
    let mut fields = chilean("Justicia restaurativa", &[]);
    fields.push(("kept_files", &kept));
    let disguised = write_with_files(
        &mut editor,
        path,
        &fields,
        vec![("notes.pdf", b"<html><script>alert(1)</script>".to_vec())],
    )
    .await;
    assert_eq!(disguised.status, 422);
    assert!(disguised.body.contains(
        "notes.pdf: This file is not a PDF or office document. Choose one of those formats."
    ));
    assert!(disguised.body.contains("annex.pdf"));
    assert!(disguised.body.contains("value=\"Justicia restaurativa\""));
    assert_eq!(app.stored_uploads().await.len(), 1);

    // A refused file does not stop the next one: it is checked and kept.
    let mixed = write_with_files(
        &mut editor,
        path,
        &chilean("", &[]),
        vec![
            ("macro.pdf", b"<html></html>".to_vec()),
            ("annex-2.pdf", PDF.to_vec()),
        ],
    )
    .await;
    assert_eq!(mixed.status, 422);
    assert!(mixed.body.contains("macro.pdf: This file is not a PDF"));
    assert!(mixed.body.contains("annex-2.pdf"));
    assert_eq!(app.stored_uploads().await.len(), 2);

    // A token not signed by the site names nothing.
    let mut forged = chilean("Justicia restaurativa", &[]);
    forged.push(("kept_files", "1.0000"));
    let saved = write_with_files(&mut editor, path, &forged, Vec::new()).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let page = editor.get(saved.location()).await;
    assert!(!page.body.contains("annex.pdf"));

    // Sent again with the kept document, the resource has it.
    let saved = write_with_files(&mut editor, path, &fields, Vec::new()).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let id = number_of(&saved);
    let page = app
        .browser()
        .get(&format!("/en/library/resources/{id}"))
        .await;
    assert_eq!(file_links(&page, id).len(), 1);
    assert!(page.body.contains("annex.pdf"));

    // Five at most.
    let six = (0..6).map(|_| ("many.pdf", PDF.to_vec())).collect();
    let too_many = write_with_files(&mut editor, path, &chilean("Seis", &[]), six).await;
    assert_eq!(too_many.status, 422);
    assert!(
        too_many
            .body
            .contains("A resource holds at most five documents.")
    );
}

#[tokio::test]
async fn an_editor_removes_a_document_and_the_history_says_so() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let saved = write_with_files(
        &mut editor,
        "/en/staff/library/new/research",
        &chilean("Mediación penal juvenil", &[]),
        vec![("first.pdf", PDF.to_vec()), ("second.pdf", PDF.to_vec())],
    )
    .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let id = number_of(&saved);
    let mut visitor = app.browser();
    let page = visitor.get(&format!("/en/library/resources/{id}")).await;
    let links = file_links(&page, id);
    assert_eq!(links.len(), 2);
    assert_eq!(app.stored_uploads().await.len(), 2);

    let form = editor.get(&format!("/en/staff/library/{id}")).await;
    let (token, version) = (form.hidden_field("csrf"), form.hidden_field("version"));
    let mut fields = chilean("Mediación penal juvenil", &[]);
    fields.extend([
        ("csrf", token.as_str()),
        ("version", version.as_str()),
        ("remove_files", links[0].as_str()),
    ]);
    let removed = editor
        .post_form(&format!("/en/staff/library/{id}"), &fields)
        .await;
    assert_eq!(removed.status, 303, "{}", removed.body);

    let page = visitor.get(&format!("/en/library/resources/{id}")).await;
    assert_eq!(file_links(&page, id), vec![links[1].clone()]);
    assert!(!page.body.contains("first.pdf"));
    let gone = format!("/en/library/resources/{id}/files/{}", links[0]);
    assert_eq!(visitor.get(&gone).await.status, 404);
    assert_eq!(app.stored_uploads().await.len(), 1, "its bytes deleted");

    let history = editor.get(&format!("/en/staff/library/{id}/history")).await;
    assert!(history.body.contains("Documents"), "{}", history.body);
}

#[tokio::test]
async fn a_members_documents_reach_the_committee_and_no_other_member() {
    let app = TestApp::spawn().await;
    let mut member = app.browser();
    register_and_confirm(&app, &mut member, "lucia@example.org", "en").await;
    let path = "/en/library/contribute/research";
    let token = csrf(&mut member, path).await;
    let mut fields = chilean("Mediación penal juvenil", &[("send", "review")]);
    fields.retain(|(name, _)| *name != "state");
    fields.push(("csrf", &token));
    let sent = member
        .post_files(
            path,
            &fields,
            ("files", vec![("estudio.pdf", PDF.to_vec())]),
        )
        .await;
    assert_eq!(sent.status, 303, "{}", sent.body);
    let mine = sent.location().trim_end_matches("?saved=true").to_string();
    let id: i32 = mine.rsplit('/').next().unwrap().parse().unwrap();

    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let form = editor.get(&format!("/en/staff/library/{id}")).await;
    assert!(form.body.contains("estudio.pdf"));
    let file_id = form
        .body
        .split(&format!("/staff/library/{id}/files/"))
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a link to the file")
        .to_string();
    let own = format!("{mine}/files/{file_id}");
    assert_eq!(member.get(&own).await.status, 200, "her own file");
    let mut other = app.browser();
    register_and_confirm(&app, &mut other, "otro@example.org", "en").await;
    assert_eq!(other.get(&own).await.status, 404);
    let public = format!("/en/library/resources/{id}/files/{file_id}");
    assert_eq!(app.browser().get(&public).await.status, 404);
    assert_eq!(
        editor
            .get(&format!("/en/staff/library/{id}/files/{file_id}"))
            .await
            .status,
        200
    );
}
