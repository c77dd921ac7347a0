//! The defects a code review found, each reproduced: refused forms that
//! stored files, unthrottled mails to an address's owner, staff deletion
//! wiping the record of evaluations, comments on proposals staff cannot
//! see, unbounded lists, mail jobs keeping links, and file names losing
//! their letters.

use observatory::{
    jobs::job,
    proposals::entities::{assignment, attachment, evaluation, proposal},
    web::Role,
};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, Statement};

use crate::{
    accounts::{PASSWORD, registration},
    helpers::TestApp,
    scenario::{PDF, csrf, proposal_fields, started_seconds_ago, submit},
};

#[tokio::test]
async fn refused_forms_store_no_file() {
    let app = TestApp::spawn_with(&[("OBSERVATORY_SUBMISSIONS_PER_HOUR", "1")]).await;
    let mut browser = app.browser();
    let big = vec![b'%'; 3 * 1024 * 1024];
    let mut pdf = PDF.to_vec();
    pdf.extend_from_slice(&big);
    for attempt in 0..3 {
        let token = csrf(&mut browser, "/en/collaborate").await;
        let too_fast = started_seconds_ago(0);
        let title = format!("Too fast {attempt}");
        let fields = proposal_fields(&token, &too_fast, "quick@example.org", &title);
        let refused = submit(&mut browser, "en", &fields, Some(("plan.pdf", pdf.clone()))).await;
        assert_eq!(refused.status, 429, "refused as sent too fast");
    }
    // One accepted proposal uses up the hour's budget; the next is refused.
    let token = csrf(&mut browser, "/en/collaborate").await;
    let started = started_seconds_ago(10);
    let fields = proposal_fields(&token, &started, "slow@example.org", "Accepted");
    assert_eq!(submit(&mut browser, "en", &fields, None).await.status, 303);
    let token = csrf(&mut browser, "/en/collaborate").await;
    let started = started_seconds_ago(10);
    let fields = proposal_fields(&token, &started, "slow@example.org", "Over the limit");
    let limited = submit(&mut browser, "en", &fields, Some(("plan.pdf", pdf))).await;
    assert_eq!(limited.status, 429);

    assert!(app.stored_uploads().await.is_empty(), "no file stored");
    let stored = attachment::Entity::find()
        .count(&app.state.db)
        .await
        .unwrap();
    assert_eq!(stored, 0, "no attachment row");
}

#[tokio::test]
async fn registering_a_taken_address_warns_its_owner_a_few_times_only() {
    let app = TestApp::spawn().await;
    let mut owner = app.browser();
    crate::accounts::register_and_confirm(&app, &mut owner, "taken@example.org", "en").await;
    let mut stranger = app.browser();
    for _ in 0..8 {
        let token = csrf(&mut stranger, "/en/register").await;
        let answer = stranger
            .post_form("/en/register", &registration("taken@example.org", &token))
            .await;
        assert_eq!(answer.status, 303, "the same answer every time");
        assert_eq!(answer.location(), "/en/register/sent");
    }
    app.wait_for_jobs().await;
    let warnings = app
        .mail
        .messages_to("taken@example.org")
        .await
        .into_iter()
        .filter(|m| m.decoded().contains("/en/password-reset"))
        .count();
    assert_eq!(warnings, 3, "three warnings an hour, not eight");
}

#[tokio::test]
async fn a_deleted_staff_account_leaves_its_evaluations_on_record() {
    let app = TestApp::spawn().await;
    let mut review = app
        .proposal()
        .by("ines@example.org")
        .titled("Restorative circles")
        .in_review()
        .await;
    let id = review.id;
    let line = observatory::lines_of_work::entities::line_of_work::Entity::find()
        .filter(
            observatory::lines_of_work::entities::line_of_work::Column::Slug
                .eq("restorative-justice"),
        )
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    let token = csrf(&mut review.evaluator, &format!("/en/staff/proposals/{id}")).await;
    let (proposal_score, profile_score) = (
        format!("proposal-{}", line.id),
        format!("profile-{}", line.id),
    );
    let evaluated = review
        .evaluator
        .post_form(
            &format!("/en/staff/proposals/{id}/evaluate"),
            &[
                ("csrf", &token),
                (&proposal_score, "4"),
                (&profile_score, "3"),
                ("recommendation", "working-group"),
                ("notes", "Strong local practice."),
            ],
        )
        .await;
    assert_eq!(evaluated.status, 303);
    let token = csrf(&mut review.editor, &format!("/en/staff/proposals/{id}")).await;
    let decided = review
        .editor
        .post_form(
            &format!("/en/staff/proposals/{id}/decide"),
            &[
                ("csrf", &token),
                ("decision", "individual-action"),
                ("reply", "Welcome."),
            ],
        )
        .await;
    assert_eq!(decided.status, 303);

    // Before leaving, the evaluator's data export has what they wrote.
    let data = review.evaluator.get("/en/account/data").await;
    let json: serde_json::Value = serde_json::from_str(&data.body).unwrap();
    let written = &json["proposals"]["evaluations_written"][0];
    assert_eq!(written["notes"], "Strong local practice.");
    assert_eq!(written["proposal"], review.reference.as_str());

    let token = csrf(&mut review.evaluator, "/en/account/delete").await;
    let deleted = review
        .evaluator
        .post_form(
            "/en/account/delete",
            &[("csrf", &token), ("current_password", PASSWORD)],
        )
        .await;
    assert_eq!(deleted.status, 200);

    let kept = evaluation::Entity::find()
        .filter(evaluation::Column::ProposalId.eq(id))
        .all(&app.state.db)
        .await
        .unwrap();
    assert_eq!(kept.len(), 1, "the evaluation stays");
    assert_eq!(kept[0].evaluator_id, None, "without the person");
    assert_eq!(kept[0].recommendation, "working-group");
    let assignments = assignment::Entity::find()
        .filter(assignment::Column::ProposalId.eq(id))
        .count(&app.state.db)
        .await
        .unwrap();
    assert_eq!(assignments, 1, "who was assigned stays on record too");
    let page = review
        .editor
        .get(&format!("/en/staff/proposals/{id}"))
        .await;
    assert!(page.body.contains("Strong local practice."));
    assert!(page.body.contains("(deleted account)"));
}

#[tokio::test]
async fn staff_write_only_on_proposals_they_can_see() {
    let app = TestApp::spawn().await;
    let mut editor = app
        .staff("editor@example.org", &[Role::Evaluator, Role::Editor])
        .await;
    let token = csrf(&mut editor, "/en/staff/proposals").await;
    let missing = editor
        .post_form(
            "/en/staff/proposals/999999/write",
            &[("csrf", &token), ("kind", "note"), ("body", "Hello?")],
        )
        .await;
    assert_eq!(
        missing.status, 404,
        "a missing proposal is not found, not a 500"
    );

    let mut visitor = app.browser();
    let form_token = csrf(&mut visitor, "/en/collaborate").await;
    let started = started_seconds_ago(10);
    let fields = proposal_fields(&form_token, &started, "pending@example.org", "Unconfirmed");
    assert_eq!(submit(&mut visitor, "en", &fields, None).await.status, 303);
    let unconfirmed = proposal::Entity::find()
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    let path = format!("/en/staff/proposals/{}", unconfirmed.id);
    assert_eq!(editor.get(&path).await.status, 404);
    for kind in ["note", "message", "question"] {
        let answer = editor
            .post_form(
                &format!("{path}/write"),
                &[("csrf", &token), ("kind", kind), ("body", "Hello?")],
            )
            .await;
        assert_eq!(answer.status, 404, "a {kind} on an unconfirmed proposal");
    }
    let stored = observatory::proposals::entities::message::Entity::find()
        .count(&app.state.db)
        .await
        .unwrap();
    assert_eq!(stored, 0, "nothing was stored");
}

#[tokio::test]
async fn sent_mail_jobs_keep_no_links() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser();
    let token = csrf(&mut browser, "/en/register").await;
    browser
        .post_form("/en/register", &registration("new@example.org", &token))
        .await;
    let mail = app.mail.wait_for("new@example.org").await;
    let link = mail.link_containing("/account/confirm?token=");
    let token_in_link = link.split("token=").nth(1).unwrap().to_string();
    let jobs: Vec<job::Model> = app.wait_for_jobs().await;
    assert!(!jobs.is_empty());
    for sent in jobs {
        assert!(sent.done_at.is_some());
        assert!(!sent.payload.contains(&token_in_link), "{}", sent.payload);
        assert!(!sent.payload.contains("http"), "{}", sent.payload);
        assert!(
            sent.payload.contains("new@example.org"),
            "the recipient stays"
        );
    }
}

#[tokio::test]
async fn downloaded_files_keep_their_names() {
    let app = TestApp::spawn().await;
    let name = "Plan d'action – été 2026.pdf";
    app.proposal()
        .by("sol@example.org")
        .titled("Named file")
        .with_file(name, PDF)
        .unconfirmed()
        .send()
        .await;
    let file = attachment::Entity::find()
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    let proposal_id = file.proposal_id.unwrap();
    proposal::Entity::update_many()
        .col_expr(
            proposal::Column::State,
            sea_orm::sea_query::Expr::value("submitted"),
        )
        .exec(&app.state.db)
        .await
        .unwrap();
    let mut editor = app
        .staff("editor@example.org", &[Role::Evaluator, Role::Editor])
        .await;
    let download = editor
        .get(&format!(
            "/en/staff/proposals/{proposal_id}/files/{}",
            file.id
        ))
        .await;
    assert_eq!(download.status, 200);
    let disposition = download.headers["content-disposition"].to_str().unwrap();
    assert!(
        disposition
            .contains("filename*=UTF-8''Plan%20d%27action%20%E2%80%93%20%C3%A9t%C3%A9%202026.pdf"),
        "{disposition}"
    );
    assert!(
        disposition.starts_with("attachment; filename=\""),
        "{disposition}"
    );
}

/// Copies the one proposal there is into `count` more, by SQL, in `state`.
async fn clone_proposals(app: &TestApp, count: u32, state: &str) {
    let db = &app.state.db;
    let columns = "state, submitter_id, account_type, full_name, organisation_name, sector, \
        country_code, email, locale, working_languages, specialisation, title, description, \
        collaboration_kind, consent_at, consent_policy_version, decision, group_id, \
        created_at, confirmed_at, updated_at";
    let copied = columns.replacen("state,", "", 1);
    let sql = format!(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {count}) \
         INSERT INTO proposals (reference, {columns}) \
         SELECT 'BULK-' || n.i, '{state}', {copied} FROM proposals p, n \
         WHERE p.reference NOT LIKE 'BULK-%'"
    );
    db.execute_raw(Statement::from_string(db.get_database_backend(), sql))
        .await
        .unwrap();
}

#[tokio::test]
async fn the_dashboard_and_the_purge_cope_with_many_proposals() {
    let app = TestApp::spawn().await;
    app.proposal()
        .by("many@example.org")
        .titled("The first of many")
        .unconfirmed()
        .send()
        .await;
    // More than either database accepts as parameters of one query.
    clone_proposals(&app, 70_000, "submitted").await;
    let mut editor = app
        .staff("editor@example.org", &[Role::Evaluator, Role::Editor])
        .await;
    let dashboard = editor.get("/en/staff/dashboard").await;
    assert_eq!(dashboard.status, 200, "{}", dashboard.body);
    assert!(
        dashboard.body.contains("70000"),
        "every proposal is counted"
    );

    proposal::Entity::update_many()
        .col_expr(
            proposal::Column::State,
            sea_orm::sea_query::Expr::value("unconfirmed"),
        )
        .col_expr(
            proposal::Column::CreatedAt,
            sea_orm::sea_query::Expr::value(chrono::Utc::now() - chrono::Duration::days(3)),
        )
        .exec(&app.state.db)
        .await
        .unwrap();
    let purged = observatory::proposals::purge_expired(&app.state)
        .await
        .unwrap();
    assert_eq!(purged, 70_001);
    assert_eq!(
        proposal::Entity::find().count(&app.state.db).await.unwrap(),
        0
    );
}

#[tokio::test]
async fn forms_sent_back_for_correction_store_a_bounded_number_of_files() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser();
    for attempt in 0..21 {
        let token = csrf(&mut browser, "/en/collaborate").await;
        let started = started_seconds_ago(10);
        // No title: refused for its fields, so the file would be kept.
        let fields: Vec<_> = proposal_fields(&token, &started, "files@example.org", "")
            .into_iter()
            .filter(|(name, _)| *name != "title")
            .collect();
        let answer = submit(
            &mut browser,
            "en",
            &fields,
            Some(("plan.pdf", PDF.to_vec())),
        )
        .await;
        assert_eq!(answer.status, 422);
        let refused_file = answer.body.contains("Too many files have been sent");
        assert_eq!(refused_file, attempt == 20, "attempt {attempt}");
    }
    assert_eq!(
        app.stored_uploads().await.len(),
        20,
        "twenty files an hour from one address"
    );
}

#[tokio::test]
async fn address_change_mails_to_one_address_are_throttled() {
    let app = TestApp::spawn().await;
    let mut member = app.browser();
    crate::accounts::register_and_confirm(&app, &mut member, "mover@example.org", "en").await;
    crate::accounts::log_in(&mut member, "en", "mover@example.org", PASSWORD).await;
    for _ in 0..5 {
        let token = csrf(&mut member, "/en/account/email").await;
        let answer = member
            .post_form(
                "/en/account/email",
                &[
                    ("csrf", &token),
                    ("email", "stranger@example.org"),
                    ("current_password", PASSWORD),
                ],
            )
            .await;
        assert_eq!(answer.status, 200, "the same answer every time");
    }
    app.wait_for_jobs().await;
    let sent = app.mail.messages_to("stranger@example.org").await.len();
    assert_eq!(sent, 3, "three links an hour, not five");
}
