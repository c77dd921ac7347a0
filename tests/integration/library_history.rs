//! A resource's history: each save a version (who, when, which fields),
//! compared with the resource now, and brought back as a new version; the
//! seeded reports' first state kept before their first change; only
//! editors see it.

use observatory::web::Role;
use sea_orm::{ConnectionTrait, Statement, TransactionTrait};

use crate::{
    helpers::{Browser, TestApp},
    library::{chilean, write_resource},
    scenario::csrf,
};

/// The full name an account was registered with.
async fn name_of(app: &TestApp, email: &str) -> String {
    let db = &app.state.db;
    let row = db
        .query_one_raw(Statement::from_string(
            db.get_database_backend(),
            format!("SELECT full_name FROM users WHERE email = '{email}'"),
        ))
        .await
        .expect("query")
        .expect("the account");
    row.try_get("", "full_name").expect("a name")
}

async fn edit(editor: &mut Browser, id: i32, fields: &[(&str, &str)]) {
    let path = format!("/en/staff/library/{id}");
    let form = editor.get(&path).await;
    let token = form.hidden_field("csrf");
    let version = form.hidden_field("version");
    let mut sent = vec![("csrf", token.as_str()), ("version", version.as_str())];
    sent.extend_from_slice(fields);
    let saved = editor.post_form(&path, &sent).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
}

async fn restore(editor: &mut Browser, id: i32, number: i32) -> u16 {
    let version = format!("/en/staff/library/{id}/history/{number}");
    let shown = editor.get(&version).await;
    let (token, latest) = (shown.hidden_field("csrf"), shown.hidden_field("latest"));
    let restored = editor
        .post_form(
            &format!("{version}/restore"),
            &[("csrf", &token), ("latest", &latest)],
        )
        .await;
    restored.status.as_u16()
}

#[tokio::test]
async fn each_save_is_a_version_that_can_be_compared_and_brought_back() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let first = chilean("Mediación penal juvenil en Chile", &[("state", "draft")]);
    let id = write_resource(&mut editor, "research", &first).await;
    let second = chilean(
        "Mediación penal juvenil en Chile: balance",
        &[("tags", "mediación, víctimas, balance")],
    );
    edit(&mut editor, id, &second).await;

    let history = editor.get(&format!("/en/staff/library/{id}/history")).await;
    assert_eq!(history.status, 200);
    let body = &history.body;
    assert!(
        body.contains("Version 2") && body.contains("Version 1"),
        "{body}"
    );
    assert!(body.contains(&name_of(&app, "editor@example.org").await));
    assert!(body.contains("Created") && body.contains("Edited"));
    assert!(body.contains("State, Subjects, Title (Spanish)"), "{body}");

    // The first version beside the resource now: only what differs.
    let version = editor
        .get(&format!("/en/staff/library/{id}/history/1"))
        .await;
    assert!(
        version
            .body
            .contains("Mediación penal juvenil en Chile: balance")
    );
    assert!(
        version.body.contains("<td>Draft</td><td>Published</td>"),
        "{}",
        version.body
    );
    assert!(
        !version.body.contains("Authors or organisation"),
        "the same"
    );

    assert_eq!(restore(&mut editor, id, 1).await, 303);
    let page = app
        .browser()
        .get(&format!("/es/biblioteca/resources/{id}"))
        .await;
    // The texts came back; the state stayed: it is still published.
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Mediación penal juvenil en Chile<"));
    assert!(!page.body.contains("balance"));
    let history = editor
        .get(&format!("/en/staff/library/{id}/history?restored=1"))
        .await;
    assert!(history.body.contains("Version 1 has been restored"));
    assert!(history.body.contains("Restored from version 1"));
    assert!(history.body.contains("Version 3"));
    // Restoring what is already there changes nothing.
    let same = editor
        .get(&format!("/en/staff/library/{id}/history/3"))
        .await;
    assert!(same.body.contains("nothing to bring back"));
    // Version 1, a draft, now differs only by its state, which a restore
    // leaves alone.
    let only_state = editor
        .get(&format!("/en/staff/library/{id}/history/1"))
        .await;
    assert!(
        only_state
            .body
            .contains("Only its state or its documents differ"),
        "{}",
        only_state.body
    );
    assert!(!only_state.body.contains("Restore this version"));
}

#[tokio::test]
async fn a_restore_after_someone_elses_save_is_refused() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let mut other = app.staff("other@example.org", &[Role::Editor]).await;
    let id = write_resource(&mut editor, "research", &chilean("Primer título", &[])).await;
    edit(&mut editor, id, &chilean("Segundo título", &[])).await;
    // The editor reads version 1; meanwhile another editor saves.
    let shown = editor
        .get(&format!("/en/staff/library/{id}/history/1"))
        .await;
    let (token, latest) = (shown.hidden_field("csrf"), shown.hidden_field("latest"));
    edit(&mut other, id, &chilean("Tercer título", &[])).await;
    let refused = editor
        .post_form(
            &format!("/en/staff/library/{id}/history/1/restore"),
            &[("csrf", &token), ("latest", &latest)],
        )
        .await;
    assert_eq!(refused.status, 409);
    let page = app
        .browser()
        .get(&format!("/es/biblioteca/resources/{id}"))
        .await;
    assert!(page.body.contains("Tercer título"));
}

#[tokio::test]
async fn a_seeded_report_keeps_its_first_state_before_its_first_change() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let form = editor.get("/en/staff/library/1").await;
    let title = form
        .body
        .split("name=\"title_en\"")
        .nth(1)
        .and_then(|rest| rest.split("value=\"").nth(1))
        .and_then(|rest| rest.split('"').next())
        .expect("the seeded title")
        .to_string();
    let fields = [
        ("title_en", "A shorter title"),
        ("original_language", "en"),
        ("authors", "IJJO"),
        ("region", "international"),
        ("age_group", "minors"),
        ("licence", "unknown"),
        ("state", "published"),
    ];
    edit(&mut editor, 1, &fields).await;
    let history = editor.get("/en/staff/library/1/history").await;
    assert!(history.body.contains("As it was before the history began"));
    assert!(history.body.contains("The site"));
    assert_eq!(restore(&mut editor, 1, 1).await, 303);
    let page = app.browser().get("/en/library/resources/1").await;
    assert!(page.body.contains(&title), "{title}");
}

#[tokio::test]
async fn only_editors_read_and_restore_versions() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let id = write_resource(&mut editor, "research", &chilean("Informe", &[])).await;
    let mut member = app.staff("member@example.org", &[]).await;
    // A member's draft is theirs: not even its history is the editors'.
    let token = csrf(&mut member, "/en/library/contribute/research").await;
    let mut draft = chilean("Mi borrador", &[("state", "draft")]);
    draft.push(("csrf", &token));
    let kept = member
        .post_form("/en/library/contribute/research", &draft)
        .await;
    assert_eq!(kept.status, 303, "{}", kept.body);
    let draft_id: i32 = kept
        .location()
        .rsplit('/')
        .next()
        .and_then(|tail| tail.split('?').next())
        .and_then(|number| number.parse().ok())
        .expect("the draft's number");
    let draft_history = format!("/en/staff/library/{draft_id}/history");
    assert_eq!(editor.get(&draft_history).await.status, 404);
    let history = format!("/en/staff/library/{id}/history");
    assert_ne!(member.get(&history).await.status, 200);
    let refused = member
        .post_form(&format!("{history}/1/restore"), &[("csrf", "x")])
        .await;
    assert_ne!(refused.status.as_u16(), 303);
    // Without the form's token, not even an editor.
    let forged = editor
        .post_form(&format!("{history}/1/restore"), &[("csrf", "forged")])
        .await;
    assert_eq!(forged.status, 403);
    assert_eq!(editor.get(&format!("{history}/9")).await.status, 404);
}

#[tokio::test]
async fn an_editor_previews_the_public_page_before_saving() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let path = "/en/staff/library/new/case-law";
    let token = csrf(&mut editor, path).await;
    let mut typed = chilean(
        "Fallo sobre la internación provisoria",
        &[
            ("court", "Corte de Apelaciones de Santiago"),
            ("case_number", "Rol 77-2020"),
            ("decided_on", "2020-06-01"),
        ],
    );
    typed.push(("csrf", &token));
    typed.push(("preview", "yes"));
    let preview = editor.post_form(path, &typed).await;
    assert_eq!(preview.status, 200, "{}", preview.body);
    assert!(preview.body.contains("Preview: not saved yet"));
    assert!(
        preview
            .body
            .contains("<h3 lang=\"es\">Fallo sobre la internación provisoria</h3>"),
        "{}",
        preview.body
    );
    assert!(preview.body.contains("Rol 77-2020"));
    // The form comes back as typed, to be saved or changed.
    assert!(
        preview
            .body
            .contains("value=\"Fallo sobre la internación provisoria\"")
    );
    let listed = editor.get("/en/staff/library").await;
    assert!(
        !listed.body.contains("internación provisoria"),
        "nothing saved"
    );
    // A preview of a form with mistakes shows the mistakes instead.
    let mut wrong = typed.clone();
    wrong.retain(|(name, _)| *name != "authors");
    let refused = editor.post_form(path, &wrong).await;
    assert_eq!(refused.status, 422);
    assert!(!refused.body.contains("Preview: not saved yet"));
}

/// Two saves of one resource at the same moment: on PostgreSQL, where they
/// run side by side, the one that loses the race for the next version's
/// number is refused as a conflict (409), and nothing of it is kept; on
/// SQLite, whose writes take turns, the second simply comes after.
#[tokio::test]
async fn a_save_that_loses_a_race_with_another_is_a_conflict_and_keeps_nothing() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let id = write_resource(&mut editor, "research", &chilean("Primera", &[])).await;
    let path = format!("/en/staff/library/{id}");
    let form = editor.get(&path).await;
    let (token, version) = (form.hidden_field("csrf"), form.hidden_field("version"));

    // Another save, in its own transaction, takes version 2 first and
    // commits only once the editor's save is under way.
    let db = &app.state.db;
    let other = db.begin().await.expect("a transaction");
    other
        .execute_raw(Statement::from_string(
            db.get_database_backend(),
            format!(
                "INSERT INTO versions (subject, number, author_id, note, changed, fields, saved_at) \
                 VALUES ('resource:{id}', 2, NULL, 'edited', '', '{{}}', CURRENT_TIMESTAMP)"
            ),
        ))
        .await
        .expect("the other save's version");
    let mut fields = chilean("Segunda", &[]);
    fields.extend([("csrf", token.as_str()), ("version", version.as_str())]);
    let commit_later = async {
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        other.commit().await.expect("the other save commits");
    };
    let (saved, ()) = tokio::join!(editor.post_form(&path, &fields), commit_later);

    let page = app
        .browser()
        .get(&format!("/en/library/resources/{id}"))
        .await;
    match db.get_database_backend() {
        sea_orm::DatabaseBackend::Postgres => {
            assert_eq!(saved.status, 409, "{}", saved.body);
            assert!(saved.body.contains("Someone changed this meanwhile"));
            assert!(page.body.contains("Primera") && !page.body.contains("Segunda"));
        }
        _ => {
            assert_eq!(saved.status, 303, "{}", saved.body);
            assert!(page.body.contains("Segunda"));
        }
    }
}
