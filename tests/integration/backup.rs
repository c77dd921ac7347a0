//! Backups, restores and copies of a whole site (`observatory backup`,
//! `restore`, `copy`, and the server's scheduled backups), on the suite's
//! database and, for copies, the other one too.

use std::{path::Path, time::Duration};

use observatory::{
    accounts::entities::user,
    app,
    backup::{self, FileMove, Progress},
    proposals::entities::{attachment, message, proposal},
    storage::{Key, Storage},
    web::{Role, Roles},
};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};

use crate::{
    binary,
    helpers::{
        Browser, TestApp, fresh_database_url, fresh_postgres_database,
        insert_account_with_old_role, migrate,
    },
    scenario::{InReview, PDF, csrf, proposal_fields, reference_in, started_seconds_ago, submit},
};

/// Submissions and uploads are not limited here: the tests send many.
const UNLIMITED: &[(&str, &str)] = &[
    ("OBSERVATORY_SUBMISSIONS_PER_HOUR", "100000"),
    ("OBSERVATORY_UPLOADS_PER_HOUR", "100000"),
    ("OBSERVATORY_FORMS_PER_HOUR", "100000"),
];

/// A site with a proposal in review, a file, staff accounts and a reply.
async fn a_site_with_a_proposal() -> (TestApp, InReview) {
    let app = TestApp::spawn_with(UNLIMITED).await;
    let mut review = app
        .proposal()
        .by("kept@example.org")
        .titled("Diversion programmes in Dakar")
        .with_file("plan.pdf", PDF)
        .in_review()
        .await;
    let id = review.id;
    let page = review
        .editor
        .get(&format!("/en/staff/proposals/{id}"))
        .await;
    let written = review
        .editor
        .post_form(
            &format!("/en/staff/proposals/{id}/write"),
            &[
                ("csrf", &page.hidden_field("csrf")),
                ("kind", "message"),
                ("body", "We would like to hear more about the mentors."),
            ],
        )
        .await;
    assert_eq!(written.status, 303);
    (app, review)
}

/// Sends one proposal with the PDF; its reference when the site
/// acknowledged it.
async fn propose(browser: &mut Browser, number: usize) -> Option<String> {
    let token = csrf(browser, "/en/collaborate").await;
    let started = started_seconds_ago(10);
    let email = format!("sender{number}@example.org");
    let title = format!("Proposal number {number}");
    let fields = proposal_fields(&token, &started, &email, &title);
    let sent = submit(browser, "en", &fields, Some(("plan.pdf", PDF.to_vec()))).await;
    (sent.status == 303).then(|| reference_in(&sent))
}

/// A new, empty site to restore or copy into: its database URL, and a data
/// directory for its files.
async fn an_empty_site() -> (String, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    (fresh_database_url(dir.path()).await, dir)
}

async fn restore_into(
    archive: &Path,
    database_url: &str,
    dir: &Path,
    replace: bool,
) -> anyhow::Result<backup::Landed> {
    let db = observatory::db::connect(database_url).await?;
    let storage = Storage::in_directory(dir);
    let restored = backup::restore(
        &db,
        &storage,
        archive,
        replace,
        app::seed,
        &mut Progress::silent(),
    )
    .await;
    db.close().await?;
    restored
}

async fn references(db: &DatabaseConnection) -> Vec<String> {
    proposal::Entity::find()
        .order_by_asc(proposal::Column::Id)
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|proposal| proposal.reference)
        .collect()
}

/// What the editor of `review` finds of it on `site` (a restored or copied
/// one), signed in with the session the original site gave: the proposal,
/// its reply, and the file, byte for byte.
async fn the_editor_finds_the_proposal_on(site: &TestApp, review: &InReview) {
    let mut editor = site.browser();
    editor.cookies = review.editor.cookies.clone();
    let page = editor
        .get(&format!("/en/staff/proposals/{}", review.id))
        .await;
    assert_eq!(page.status, 200, "the session came along: {}", page.body);
    assert!(page.body.contains("Diversion programmes in Dakar"));
    assert!(page.body.contains("hear more about the mentors"));
    let file = attachment::Entity::find()
        .filter(attachment::Column::ProposalId.eq(review.id))
        .one(&site.state.db)
        .await
        .unwrap()
        .expect("the attachment's row");
    let download = editor
        .get(&format!(
            "/en/staff/proposals/{}/files/{}",
            review.id, file.id
        ))
        .await;
    assert_eq!(download.status, 200);
    assert_eq!(download.body.as_bytes(), PDF, "the same bytes");
}

#[tokio::test]
async fn a_backup_taken_during_submissions_restores_everything_acknowledged_before_it() {
    let (app, review) = a_site_with_a_proposal().await;
    let sending = {
        let mut browser = app.browser();
        tokio::spawn(async move {
            let mut acknowledged = Vec::new();
            for number in 0..30 {
                if let Some(reference) = propose(&mut browser, number).await {
                    acknowledged.push((std::time::Instant::now(), reference));
                }
            }
            acknowledged
        })
    };
    // Let a few land, then back up while the rest arrive.
    while references(&app.state.db).await.len() < 6 {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let archive = tempfile::tempdir().unwrap();
    let out = archive.path().join("site.zip");
    let started = std::time::Instant::now();
    let written = backup::create(
        &app.state.db,
        &app.state.storage,
        &out,
        &mut Progress::silent(),
    )
    .await
    .unwrap();
    let acknowledged = sending.await.unwrap();
    assert_eq!(acknowledged.len(), 30, "every proposal was acknowledged");
    assert!(written.bytes > 0 && out.exists());
    assert!(
        !archive.path().join("site.zip.partial").exists(),
        "no partial file left"
    );

    let (url, dir) = an_empty_site().await;
    let landed = restore_into(&out, &url, dir.path(), false).await.unwrap();
    assert_eq!(landed.tables, written.manifest.tables);
    let restored = TestApp::spawn_on(url, dir).await;
    let kept = references(&restored.state.db).await;
    for (at, reference) in &acknowledged {
        if *at < started {
            assert!(
                kept.contains(reference),
                "{reference} was acknowledged first"
            );
        }
    }
    assert!(kept.contains(&review.reference));
    let before = references(&app.state.db).await;
    assert!(
        kept.iter().all(|reference| before.contains(reference)),
        "nothing invented"
    );

    // Every account, message and file restored is the original's.
    let accounts = |db: &DatabaseConnection| {
        let db = db.clone();
        async move {
            let mut all: Vec<(String, String)> = user::Entity::find()
                .all(&db)
                .await
                .unwrap()
                .into_iter()
                .map(|user| (user.email, user.password_hash))
                .collect();
            all.sort();
            all
        }
    };
    assert_eq!(
        accounts(&restored.state.db).await,
        accounts(&app.state.db).await
    );
    let messages = |db: &DatabaseConnection| {
        let db = db.clone();
        async move {
            message::Entity::find()
                .filter(message::Column::ProposalId.eq(review.id))
                .all(&db)
                .await
                .unwrap()
                .into_iter()
                .map(|message| message.body)
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(
        messages(&restored.state.db).await,
        messages(&app.state.db).await
    );
    let files = attachment::Entity::find()
        .all(&restored.state.db)
        .await
        .unwrap();
    assert!(
        files.len() >= 6,
        "{} files for {} proposals",
        files.len(),
        kept.len()
    );
    for file in files {
        let key = Key::parse(&format!("uploads/{}", file.stored_name)).unwrap();
        let original = app.state.storage.get(&key).await.unwrap();
        assert_eq!(restored.state.storage.get(&key).await.unwrap(), original);
    }
    the_editor_finds_the_proposal_on(&restored, &review).await;
}

/// Rewrites the archive at `from` to `to`, changing the entry `name` with
/// `change`.
fn rewritten(from: &Path, to: &Path, name: &str, change: impl Fn(Vec<u8>) -> Vec<u8>) {
    use std::io::{Read, Write};
    let mut source = zip::ZipArchive::new(std::fs::File::open(from).unwrap()).unwrap();
    let mut target = zip::ZipWriter::new(std::fs::File::create(to).unwrap());
    for index in 0..source.len() {
        let mut entry = source.by_index(index).unwrap();
        let entry_name = entry.name().unwrap().to_string();
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).unwrap();
        if entry_name == name {
            bytes = change(bytes);
        }
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        target.start_file(entry_name, options).unwrap();
        target.write_all(&bytes).unwrap();
    }
    target.finish().unwrap();
}

#[tokio::test]
async fn a_damaged_archive_a_newer_one_and_a_full_target_are_refused_with_their_reasons() {
    let (app, _review) = a_site_with_a_proposal().await;
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.zip");
    backup::create(
        &app.state.db,
        &app.state.storage,
        &good,
        &mut Progress::silent(),
    )
    .await
    .unwrap();

    let damaged = dir.path().join("damaged.zip");
    rewritten(&good, &damaged, "tables/proposals.jsonl", |bytes| {
        String::from_utf8(bytes)
            .unwrap()
            .replace("Dakar", "Dakkar")
            .into_bytes()
    });
    let (url, target_dir) = an_empty_site().await;
    let refused = restore_into(&damaged, &url, target_dir.path(), false)
        .await
        .unwrap_err();
    let message = format!("{refused:#}");
    assert!(
        message.contains("table proposals does not match the manifest")
            && message.contains("damaged"),
        "{message}"
    );
    let lost_file = dir.path().join("lost-file.zip");
    rewritten(
        &good,
        &lost_file,
        "tables/proposal_attachments.jsonl",
        |b| b,
    );
    let manifest = backup::verify(&lost_file).unwrap();
    let file_entry = format!("files/{}", manifest.files[0].key);
    let truncated = dir.path().join("truncated.zip");
    rewritten(&good, &truncated, &file_entry, |bytes| bytes[..10].to_vec());
    let refused = backup::verify(&truncated).unwrap_err().to_string();
    assert!(refused.contains("does not match its checksum"), "{refused}");
    let truncated_text = truncated.display().to_string();
    let told = binary::command(&["verify", &truncated_text], &[])
        .output()
        .await
        .unwrap();
    let said = String::from_utf8_lossy(&told.stderr);
    assert!(!told.status.success(), "{said}");
    assert!(said.contains("damaged"), "{said}");

    let newer = dir.path().join("newer.zip");
    rewritten(&good, &newer, "manifest.json", |bytes| {
        let mut manifest: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        manifest["migrations"]
            .as_array_mut()
            .unwrap()
            .push("m0099_from_a_later_version".into());
        serde_json::to_vec(&manifest).unwrap()
    });
    let refused = restore_into(&newer, &url, target_dir.path(), false)
        .await
        .unwrap_err();
    let message = format!("{refused:#}");
    assert!(
        message.contains("schema is newer") && message.contains("m0099_from_a_later_version"),
        "{message}"
    );
    let db = observatory::db::connect(&url).await.unwrap();
    assert!(
        proposal::Entity::find().all(&db).await.is_err(),
        "the refused archives left no table behind"
    );

    // An archive of an older version (before role sets, m0010), made from a
    // site of that version: restored as it was, then migrated.
    let (old_url, old_dir) = an_empty_site().await;
    let old_site = observatory::db::connect(&old_url).await.unwrap();
    migrate(&old_site, Some(9)).await;
    let editor = insert_account_with_old_role(&old_site, "editor").await;
    let older = dir.path().join("older.zip");
    let old_files = Storage::in_directory(old_dir.path());
    backup::create(&old_site, &old_files, &older, &mut Progress::silent())
        .await
        .unwrap();
    let (older_url, older_dir) = an_empty_site().await;
    restore_into(&older, &older_url, older_dir.path(), false)
        .await
        .unwrap();
    let migrated = observatory::db::connect(&older_url).await.unwrap();
    assert!(
        observatory::db::pending_migrations(&migrated)
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        observatory::accounts::admin::roles_of(&migrated, editor)
            .await
            .unwrap(),
        Roles::of([Role::Evaluator, Role::Editor]),
        "the old editor keeps the powers the role had"
    );

    // The target now gets the good archive; a second restore finds it full.
    restore_into(&good, &url, target_dir.path(), false)
        .await
        .unwrap();
    let refused = restore_into(&good, &url, target_dir.path(), false)
        .await
        .unwrap_err()
        .to_string();
    assert!(
        refused.contains("already holds a site") && refused.contains("--replace"),
        "{refused}"
    );
    let replaced = restore_into(&good, &url, target_dir.path(), true)
        .await
        .unwrap();
    assert!(replaced.rows() > 0);
    assert_eq!(
        references(&db).await,
        references(&app.state.db).await,
        "replaced, not added to"
    );
}

#[tokio::test]
async fn a_backup_killed_half_way_leaves_the_previous_one_whole_and_the_next_succeeds() {
    let app = TestApp::spawn_with_files_in_data_dir().await;
    // Enough stored bytes that the backup is still writing when it is killed.
    for number in 0..60 {
        let key = Key::parse(&format!("uploads/bulk{number}")).unwrap();
        let bytes = vec![u8::try_from(number).unwrap(); 1_000_000];
        app.state.storage.put(&key, bytes).await.unwrap();
    }
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("nightly.zip");
    let out_text = out.display().to_string();
    let data_dir = app.data_dir().display().to_string();
    let settings = [
        ("OBSERVATORY_DATABASE_URL", app.database_url.as_str()),
        ("OBSERVATORY_DATA_DIR", data_dir.as_str()),
    ];
    let first = binary::command(&["backup", "--out", &out_text], &settings)
        .output()
        .await
        .unwrap();
    assert!(first.status.success(), "{first:?}");
    let previous = backup::verify(&out).unwrap();
    assert_eq!(previous.files.len(), 60);

    let mut killed = binary::command(&["backup", "--out", &out_text], &settings)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let partial = dir.path().join("nightly.zip.partial");
    while !partial.exists() {
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
    killed.start_kill().unwrap();
    let status = killed.wait().await.unwrap();
    assert!(!status.success(), "killed before it finished: {status}");
    let after_kill = backup::verify(&out).unwrap();
    assert_eq!(
        after_kill.created_at, previous.created_at,
        "the previous one, whole"
    );

    let next = binary::command(&["backup", "--out", &out_text], &settings)
        .output()
        .await
        .unwrap();
    assert!(next.status.success(), "{next:?}");
    let stdout = String::from_utf8_lossy(&next.stdout);
    assert!(stdout.contains("60 files"), "{stdout}");
    assert!(backup::verify(&out).unwrap().created_at > previous.created_at);
    assert!(
        !partial.exists(),
        "the next backup took the partial's place"
    );
}

/// A fresh database of the other kind than the suite's: PostgreSQL (the
/// server of `OBSERVATORY_TEST_PG`) for a SQLite run, SQLite for a
/// PostgreSQL run.
async fn a_database_of_the_other_kind(dir: &Path) -> String {
    if std::env::var("OBSERVATORY_TEST_DATABASE_URL").is_ok_and(|url| !url.is_empty()) {
        return format!("sqlite://{}?mode=rwc", dir.join("copy.db").display());
    }
    let server = std::env::var("OBSERVATORY_TEST_PG")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".into());
    fresh_postgres_database(&server).await
}

#[tokio::test]
async fn a_site_copied_to_the_other_database_and_back_is_the_same_site() {
    let (app, review) = a_site_with_a_proposal().await;
    let there_dir = tempfile::tempdir().unwrap();
    let there_url = a_database_of_the_other_kind(there_dir.path()).await;
    let there = observatory::db::connect(&there_url).await.unwrap();
    let there_files = Storage::in_directory(there_dir.path());
    let files = FileMove {
        from: &app.state.storage,
        to: &there_files,
    };
    let copied = backup::copy(
        &app.state.db,
        &there,
        Some(files),
        false,
        app::seed,
        &mut Progress::silent(),
    )
    .await
    .unwrap();
    assert_eq!(copied.files, 1);
    assert_ne!(
        there.get_database_backend(),
        app.state.db.get_database_backend()
    );

    // And back, into a new database of the suite's kind.
    let (back_url, back_dir) = an_empty_site().await;
    let back = observatory::db::connect(&back_url).await.unwrap();
    let returned = backup::copy(
        &there,
        &back,
        None,
        false,
        app::seed,
        &mut Progress::silent(),
    )
    .await
    .unwrap();
    assert_eq!(
        returned.tables, copied.tables,
        "every table has the same rows and checksum on both databases"
    );
    there.close().await.unwrap();
    back.close().await.unwrap();

    let site_there = TestApp::spawn_on(there_url, there_dir).await;
    the_editor_finds_the_proposal_on(&site_there, &review).await;
    // A new proposal there gets a new id, after the copied ones.
    let added = site_there
        .proposal()
        .by("after-the-move@example.org")
        .send()
        .await;
    assert!(added.id > review.id);
    drop(back_dir);
}

/// The archives in `folder`, oldest first (their names hold their time).
fn archives_in(folder: &std::path::Path) -> Vec<String> {
    let mut archives: Vec<String> = std::fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".zip"))
        .collect();
    archives.sort();
    archives
}

#[tokio::test]
async fn scheduled_backups_make_one_archive_per_period_across_instances_and_keep_the_newest() {
    let folder = tempfile::tempdir().unwrap();
    let folder_text = folder.path().display().to_string();
    let schedule = [
        ("OBSERVATORY_BACKUP_DIR", folder_text.as_str()),
        ("OBSERVATORY_BACKUP_EVERY", "1s"),
        ("OBSERVATORY_BACKUP_KEEP", "2"),
    ];
    let first = TestApp::spawn_with(&schedule).await;
    let _second = first.another_instance_with(&schedule).await;
    tokio::time::sleep(Duration::from_millis(4500)).await;

    let runs = backup::schedule::recent(&first.state.db, 100)
        .await
        .unwrap();
    assert!(runs.len() >= 3, "{runs:?}");
    let mut periods: Vec<i64> = runs.iter().map(|run| run.period).collect();
    periods.dedup();
    assert_eq!(periods.len(), runs.len(), "one backup per period");
    let finished: Vec<_> = runs
        .iter()
        .filter(|run| run.finished_at.is_some())
        .collect();
    assert!(finished.len() >= 2);
    assert!(finished.iter().all(|run| run.error.is_none()), "{runs:?}");
    // Backups go on every second: one may have just been named, its
    // older ones not yet pruned. The folder settles at the newest two.
    let mut archives = Vec::new();
    for _ in 0..50 {
        archives = archives_in(folder.path());
        if archives.len() <= 2 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(
        (1..=2).contains(&archives.len()),
        "the newest two kept: {archives:?}"
    );
    let newest = folder.path().join(archives.last().unwrap());
    assert!(backup::verify(&newest).is_ok());

    let health = first.browser().get("/healthz").await;
    assert_eq!(health.status, 200);
    assert!(health.body.contains("backup: last "), "{}", health.body);

    // Admins see each run on their page; editors do not get in.
    let mut admin = first.staff("admin@example.org", &Role::ALL).await;
    let page = admin.get("/fr/admin/backups").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Écrite et vérifiée"), "{}", page.body);
    assert!(page.body.contains(archives.last().unwrap().as_str()));
    assert!(page.body.contains(&folder_text));
    let mut editor = first
        .staff("editor@example.org", &[Role::Evaluator, Role::Editor])
        .await;
    let refused = editor.get("/en/admin/backups").await;
    assert_ne!(refused.status, 200);
    assert!(!refused.body.contains(&folder_text));
}

#[tokio::test]
async fn the_backups_page_says_how_to_turn_them_on_when_they_are_off() {
    let app = TestApp::spawn().await;
    let mut admin = app.staff("admin@example.org", &Role::ALL).await;
    let page = admin.get("/es/admin/backups").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("OBSERVATORY_BACKUP_DIR"));
    assert!(
        page.body
            .contains("Todavía no se ha hecho ninguna copia programada.")
    );
    let health = app.browser().get("/healthz").await;
    assert!(!health.body.contains("backup:"), "{}", health.body);
}
