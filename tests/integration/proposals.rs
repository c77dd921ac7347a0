//! Collaboration proposals: the whole loop anonymous and signed in, bad
//! input, spam defences, expiry, the state machine, the access matrix, CSV
//! and the mails, in the submitter's language.

use observatory::{
    accounts::admin::set_roles,
    proposals::entities::{attachment, event, proposal},
    web::{Role, Roles},
};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::{
    accounts::{PASSWORD, log_in, path_of, register_and_confirm},
    helpers::{TestApp, at},
    scenario::{
        InReview, PDF, Sent, assign, csrf, proposal_fields, proposal_id, started_seconds_ago,
        state_of, submit,
    },
};

#[tokio::test]
async fn the_whole_loop_for_an_anonymous_proposal() {
    let app = TestApp::spawn().await;
    let email = "lucia@horizonte.example";

    // Sent in Spanish: every mail to the submitter is in Spanish.
    let Sent {
        mut submitter,
        reference,
        status_path,
        ..
    } = app
        .proposal()
        .in_language("es")
        .by(email)
        .titled("Círculos restaurativos")
        .with_file("plan.pdf", PDF)
        .send()
        .await;
    assert!(
        reference.starts_with("COL-2026-") || reference.starts_with("COL-20"),
        "{reference}"
    );
    let confirm_mail = app.mail.messages_to(email).await.remove(0);
    assert!(confirm_mail.decoded().contains("Hola, Lucía Gómez:"));
    let received = app.mail.wait_for_count(email, 2).await.pop().unwrap();
    assert!(
        received.decoded().contains(&reference),
        "acknowledgement names the reference"
    );
    let status = submitter.get(&status_path).await;
    assert_eq!(status.status, 200);
    assert!(status.body.contains("Recibida"), "state in Spanish");
    assert!(status.body.contains(&reference));
    let stored = proposal::Entity::find()
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.state.key(), "submitted");
    assert_eq!(
        attachment::Entity::find()
            .filter(attachment::Column::ProposalId.eq(stored.id))
            .count(&app.state.db)
            .await
            .unwrap(),
        1
    );

    // An editor assigns an evaluator.
    let mut editor = app
        .staff("editor@example.org", &[Role::Evaluator, Role::Editor])
        .await;
    let mut evaluator = app.staff("evaluator@example.org", &[Role::Evaluator]).await;
    let queue = editor.get("/en/staff/proposals").await;
    assert!(queue.body.contains(&reference));
    assert!(
        queue
            .body
            .contains("<span class=\"badge\">1 waiting</span>"),
        "the staff navigation counts the proposal nobody has taken up"
    );
    let id = stored.id;
    let review = editor.get(&format!("/en/staff/proposals/{id}")).await;
    assert!(review.body.contains("Fundación Horizonte"));
    assert!(review.body.contains("plan.pdf"));
    let evaluator_id = review
        .body
        .split("<option value=\"")
        .filter_map(|chunk| chunk.split_once("\">"))
        .find(|(_, label)| label.starts_with("Ana Pérez (Evaluator)<"))
        .map(|(id, _)| id.to_string())
        .expect("evaluator offered");
    let token = review.hidden_field("csrf");
    editor
        .post_form(
            &format!("/en/staff/proposals/{id}/assign"),
            &[("csrf", &token), ("evaluator_id", &evaluator_id)],
        )
        .await;
    assert_eq!(state_of(&app, &reference).await, "in-review");
    let taken_up = editor.get("/en/staff/dashboard").await;
    assert!(!taken_up.body.contains("class=\"badge\""));
    let assigned = app
        .mail
        .wait_for_count("evaluator@example.org", 2)
        .await
        .remove(1);
    assert!(assigned.decoded().contains("has been assigned to you"));
    assert!(
        assigned
            .link_containing("/en/staff/proposals/")
            .contains(&id.to_string())
    );

    // The evaluator finds it, downloads the file and evaluates.
    assert!(
        evaluator
            .get("/en/staff/proposals")
            .await
            .body
            .contains(&reference)
    );
    let file_id = attachment::Entity::find()
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap()
        .id;
    let file = evaluator
        .get(&format!("/en/staff/proposals/{id}/files/{file_id}"))
        .await;
    assert_eq!(file.headers["content-type"], "application/pdf");
    let line_id = observatory::lines_of_work::entities::line_of_work::Entity::find()
        .filter(
            observatory::lines_of_work::entities::line_of_work::Column::Slug
                .eq("restorative-justice"),
        )
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap()
        .id
        .to_string();
    let token = csrf(&mut evaluator, &format!("/en/staff/proposals/{id}")).await;
    let proposal_score = format!("proposal-{line_id}");
    let profile_score = format!("profile-{line_id}");
    let incomplete = evaluator
        .post_form(
            &format!("/en/staff/proposals/{id}/evaluate"),
            &[("csrf", &token), ("recommendation", "working-group")],
        )
        .await;
    assert_eq!(incomplete.status, 422);
    assert!(
        incomplete
            .body
            .contains("Give both scores for every line of work.")
    );
    evaluator
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
    let seen = editor.get(&format!("/en/staff/proposals/{id}")).await;
    assert!(seen.body.contains("Strong local practice."));
    assert!(seen.body.contains("<td>4</td><td>3</td>"));

    // The editor asks for more information; the submitter answers.
    let token = seen.hidden_field("csrf");
    editor
        .post_form(
            &format!("/en/staff/proposals/{id}/write"),
            &[
                ("csrf", &token),
                ("kind", "note"),
                ("body", "Internal: check references."),
            ],
        )
        .await;
    editor
        .post_form(
            &format!("/en/staff/proposals/{id}/write"),
            &[
                ("csrf", &token),
                ("kind", "question"),
                ("body", "¿Cuántos jóvenes participan cada año?"),
            ],
        )
        .await;
    assert_eq!(state_of(&app, &reference).await, "awaiting-information");
    let question = app.mail.wait_for_count(email, 3).await.pop().unwrap();
    assert!(
        question
            .decoded()
            .contains("¿Cuántos jóvenes participan cada año?")
    );
    let status = submitter.get(&status_path).await;
    assert!(
        status
            .body
            .contains("¿Cuántos jóvenes participan cada año?")
    );
    assert!(
        !status.body.contains("Internal: check references."),
        "internal comments stay internal"
    );
    let reply_csrf = status.hidden_field("csrf");
    let status_token = status.hidden_field("token");
    // The private page shows back what was sent, dates written out.
    assert!(status.body.contains("Lo que nos envió"));
    assert!(status.body.contains(&at("/es/collaborate/status")));
    assert!(status.body.contains("Justicia restaurativa"));
    assert!(status.body.contains(" de 20"), "a long date in Spanish");
    let replied = submitter
        .post_form(
            "/es/collaborate/status/reply",
            &[
                ("csrf", &reply_csrf),
                ("token", &status_token),
                ("reference", &reference),
                ("body", "Unos cuarenta al año."),
            ],
        )
        .await;
    assert_eq!(state_of(&app, &reference).await, "in-review");
    let after = submitter.get(replied.location()).await;
    assert!(
        after
            .body
            .contains("Su mensaje se ha enviado al equipo del Observatorio.")
    );
    assert!(after.body.contains("Unos cuarenta al año."));
    // The staff in the conversation hear of the answer, in their language.
    // (The evaluator was also told of the assignment.)
    for (staff, mails) in [("editor@example.org", 2), ("evaluator@example.org", 3)] {
        let told = app.mail.wait_for_count(staff, mails).await.pop().unwrap();
        assert!(told.decoded().contains("Unos cuarenta al año."), "{staff}");
        assert!(
            told.decoded().contains("has written on the thread"),
            "{staff}"
        );
    }

    // The editor decides: invitation to a new working group, reply edited.
    let prepared = editor.get(&format!("/en/staff/proposals/{id}/decide?decision=working-group&new_group_name=Restorative+justice+network")).await;
    assert!(
        prepared.body.contains("Le agradecemos su propuesta"),
        "reply prepared in Spanish"
    );
    let reply = "Estimada Lucía: le invitamos al grupo de trabajo Restorative justice network.";
    let token = prepared.hidden_field("csrf");
    let decision = [
        ("csrf", token.as_str()),
        ("decision", "working-group"),
        ("group_id", ""),
        ("new_group_name", "Restorative justice network"),
        ("new_group_line", "restorative-justice"),
        (
            "new_group_description",
            "Practitioners of restorative justice.",
        ),
        ("reply", reply),
    ];
    let decided = editor
        .post_form(&format!("/en/staff/proposals/{id}/decide"), &decision)
        .await;
    assert_eq!(decided.status, 303);
    let twice = editor
        .post_form(&format!("/en/staff/proposals/{id}/decide"), &decision)
        .await;
    assert_eq!(twice.status, 409, "no reply twice");
    let decision_mail = app.mail.wait_for_count(email, 4).await.pop().unwrap();
    assert!(decision_mail.decoded().contains(reply));
    let status = submitter.get(&status_path).await;
    assert!(status.body.contains(reply));
    assert!(status.body.contains("Respondida"));
    assert!(
        !status.body.contains(&at("/es/collaborate/status/withdraw")),
        "a decided proposal can no longer be withdrawn"
    );
    // The submitter answers the decision on the same thread, without reopening it.
    let answered = submitter
        .post_form(
            "/es/collaborate/status/reply",
            &[
                ("csrf", &status.hidden_field("csrf")),
                ("token", &status.hidden_field("token")),
                ("reference", &reference),
                ("body", "Acepto con mucho gusto la invitación."),
            ],
        )
        .await;
    assert_eq!(answered.status, 303);
    assert_eq!(state_of(&app, &reference).await, "decided");
    let seen = editor.get(&format!("/en/staff/proposals/{id}")).await;
    assert!(seen.body.contains("Acepto con mucho gusto la invitación."));
    let told = app
        .mail
        .wait_for_count("editor@example.org", 3)
        .await
        .pop()
        .unwrap();
    assert!(
        told.decoded()
            .contains("Acepto con mucho gusto la invitación.")
    );

    // Staff carry on the conversation without reopening the proposal; an
    // empty message comes back with an error and nothing is sent.
    let token = seen.hidden_field("csrf");
    let empty = editor
        .post_form(
            &format!("/en/staff/proposals/{id}/write"),
            &[("csrf", &token), ("kind", "message"), ("body", "   ")],
        )
        .await;
    assert_eq!(empty.status, 422);
    assert!(empty.body.contains("Write a message."));
    let no_kind = editor
        .post_form(
            &format!("/en/staff/proposals/{id}/write"),
            &[("csrf", &token), ("body", "Kept while the kind is chosen.")],
        )
        .await;
    assert_eq!(no_kind.status, 422);
    assert!(
        no_kind
            .body
            .contains("Choose whether this is an internal note, a question or a message.")
    );
    assert!(
        no_kind
            .body
            .contains(">Kept while the kind is chosen.</textarea>")
    );
    let long = "x".repeat(10_001);
    let too_long = editor
        .post_form(
            &format!("/en/staff/proposals/{id}/write"),
            &[("csrf", &token), ("kind", "message"), ("body", &long)],
        )
        .await;
    assert!(
        too_long.body.contains(&long),
        "the refused text comes back to be shortened"
    );
    let sent = editor
        .post_form(
            &format!("/en/staff/proposals/{id}/write"),
            &[
                ("csrf", &token),
                ("kind", "message"),
                ("body", "Le enviaremos el calendario."),
            ],
        )
        .await;
    assert_eq!(sent.status, 303);
    assert_eq!(state_of(&app, &reference).await, "decided");
    let message_mail = app.mail.wait_for_count(email, 5).await.pop().unwrap();
    assert!(
        message_mail
            .decoded()
            .contains("Le enviaremos el calendario.")
    );
    assert!(
        submitter
            .get(&status_path)
            .await
            .body
            .contains("Le enviaremos el calendario.")
    );
    let stored = proposal::Entity::find_by_id(id)
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.decision.as_deref(), Some("working-group"));
    assert!(stored.group_id.is_some(), "invitation recorded");

    // The audit trail shows every step.
    let events = event::Entity::find()
        .filter(event::Column::ProposalId.eq(id))
        .all(&app.state.db)
        .await
        .unwrap();
    let steps: Vec<(Option<String>, String)> = events
        .iter()
        .map(|e| (e.from_state.map(|s| s.to_string()), e.to_state.to_string()))
        .collect();
    assert_eq!(
        steps,
        vec![
            (None, "unconfirmed".into()),
            (Some("unconfirmed".into()), "submitted".into()),
            (Some("submitted".into()), "in-review".into()),
            (Some("in-review".into()), "awaiting-information".into()),
            (Some("awaiting-information".into()), "in-review".into()),
            (Some("in-review".into()), "decided".into()),
            // The offer that goes with the invitation.
            (None, "decided".into()),
        ]
    );
    let history = editor.get(&format!("/en/staff/proposals/{id}")).await;
    assert!(history.body.contains("Offer sent (version 1)"));
    assert!(history.body.contains("Decision: Invite to a working group"));
    assert!(
        history.body.contains("Assigned to "),
        "audit notes read in the staff language"
    );
    let en_francais = editor.get(&format!("/fr/staff/proposals/{id}")).await;
    assert!(
        en_francais
            .body
            .contains("Décision : Inviter dans un groupe de travail")
    );
}

#[tokio::test]
async fn a_signed_in_member_finds_the_form_prefilled_and_skips_confirmation() {
    let app = TestApp::spawn().await;
    let mut member = app.browser();
    register_and_confirm(&app, &mut member, "member@example.org", "fr").await;
    log_in(&mut member, "fr", "member@example.org", PASSWORD).await;
    let form = member.get("/fr/collaborer").await;
    assert!(
        form.body.contains("value=\"Ana Pérez\""),
        "name from the profile"
    );
    assert!(
        form.body.contains("member@example.org"),
        "replies go to the account's address"
    );
    let token = form.hidden_field("csrf");
    let started = started_seconds_ago(10);
    let mut fields = proposal_fields(
        &token,
        &started,
        "ignored@example.org",
        "Formation des juges",
    );
    fields.retain(|(k, _)| *k != "email");
    let answer = submit(&mut member, "fr", &fields, None).await;
    assert_eq!(answer.status, 303, "{}", answer.body);
    assert!(answer.location().contains("confirm=false"));
    let mine = member.get("/fr/account/proposals").await;
    assert!(mine.body.contains("Formation des juges"));
    assert!(mine.body.contains("Reçue"));
    let mail = app
        .mail
        .wait_for_count("member@example.org", 2)
        .await
        .pop()
        .unwrap();
    assert!(
        mail.decoded().contains("Bonjour"),
        "acknowledgement in French"
    );
    let stored = proposal::Entity::find()
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.state.key(), "submitted");
    assert_eq!(stored.email, "member@example.org");
}

#[tokio::test]
async fn every_field_is_checked_and_the_form_and_file_come_back() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser();
    let token = csrf(&mut browser, "/en/collaborate").await;
    let started = started_seconds_ago(10);
    let fields = [
        ("csrf", token.as_str()),
        ("started", started.as_str()),
        ("full_name", "Only a name"),
        ("title", "x".repeat(201).leak() as &str),
    ];
    let empty = submit(
        &mut browser,
        "en",
        &fields,
        Some(("virus.exe", b"MZ\x90\x00 not a document".to_vec())),
    )
    .await;
    assert_eq!(empty.status, 422);
    for message in [
        "Tell us whether you write as an individual or on behalf of an organisation.",
        "Choose the country you work in from the list.",
        "Choose at least one language in which we can work with you.",
        "Choose at least one line of work that your proposal concerns.",
        "Enter the e-mail address where we can answer you, in the form name@example.org.",
        "Describe your specialisation.",
        "Shorten this text to at most 200 characters: it has 201.",
        "Describe your proposal in at least 30 characters.",
        "Choose the kind of collaboration you wish.",
        "This file is not a PDF or office document.",
        "To send your proposal, accept the privacy policy",
    ] {
        assert!(empty.body.contains(message), "missing: {message}");
    }
    assert!(empty.body.contains("value=\"Only a name\""));

    // A valid file is kept while the rest is corrected.
    let mut fields = proposal_fields(&token, &started, "person@example.org", "Kept file");
    fields.retain(|(k, _)| *k != "description");
    let corrected = submit(
        &mut browser,
        "en",
        &fields,
        Some(("informe.pdf", PDF.to_vec())),
    )
    .await;
    assert_eq!(corrected.status, 422);
    assert!(
        corrected
            .body
            .contains("We kept the file you sent: <strong>informe.pdf</strong>")
    );
    let kept = corrected.hidden_field("kept_attachment");
    let started_again = corrected.hidden_field("started");
    let mut fields = proposal_fields(&token, &started_again, "person@example.org", "Kept file");
    fields.push(("kept_attachment", &kept));
    let sent = submit(&mut browser, "en", &fields, None).await;
    assert_eq!(sent.status, 303);
    let stored = proposal::Entity::find()
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    let file = attachment::Entity::find()
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(file.proposal_id, Some(stored.id));
    assert_eq!(file.original_name, "informe.pdf");
    assert_eq!(
        app.stored_uploads().await,
        [file.stored_name.as_str()],
        "stored once, under a server-chosen name"
    );

    // A forged kept-file token is ignored.
    let another_form = started_seconds_ago(10);
    let mut forged = proposal_fields(&token, &another_form, "other@example.org", "Forged");
    forged.push(("kept_attachment", "1.0000"));
    assert_eq!(submit(&mut browser, "en", &forged, None).await.status, 303);
    assert_eq!(
        attachment::Entity::find()
            .count(&app.state.db)
            .await
            .unwrap(),
        1
    );
}

#[tokio::test]
async fn spam_defences_need_no_javascript() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser();
    let token = csrf(&mut browser, "/en/collaborate").await;
    let started = started_seconds_ago(10);

    let mut trapped = proposal_fields(&token, &started, "bot@example.org", "Spam");
    trapped.retain(|(k, _)| *k != "website");
    trapped.push(("website", "http://spam.example"));
    let answer = submit(&mut browser, "en", &trapped, None).await;
    assert_eq!(answer.status, 303, "the bot is told nothing");
    assert_eq!(
        proposal::Entity::find().count(&app.state.db).await.unwrap(),
        0
    );

    let hasty = started_seconds_ago(0);
    let fast = submit(
        &mut browser,
        "en",
        &proposal_fields(&token, &hasty, "fast@example.org", "Too fast"),
        None,
    )
    .await;
    assert!(fast.body.contains("The form was sent too quickly."));
    assert!(
        fast.body.contains("value=\"Too fast\""),
        "form comes back filled"
    );
    assert_eq!(
        fast.hidden_field("started"),
        hasty,
        "the time the form was first shown is kept, so waiting is enough"
    );
    let forged = submit(
        &mut browser,
        "en",
        &proposal_fields(&token, "1.abc", "forged@example.org", "Forged time"),
        None,
    )
    .await;
    assert!(forged.body.contains("The form was sent too quickly."));
    assert_ne!(
        forged.hidden_field("started"),
        "1.abc",
        "a forged time is replaced"
    );
    assert_eq!(
        proposal::Entity::find().count(&app.state.db).await.unwrap(),
        0
    );

    for i in 0..5 {
        let title = format!("Proposal {i}");
        let email = format!("p{i}@example.org");
        assert_eq!(
            submit(
                &mut browser,
                "en",
                &proposal_fields(&token, &started_seconds_ago(10), &email, &title),
                None
            )
            .await
            .status,
            303
        );
    }
    let sixth = submit(
        &mut browser,
        "en",
        &proposal_fields(&token, &started_seconds_ago(10), "p6@example.org", "Sixth"),
        None,
    )
    .await;
    assert_eq!(sixth.status, 429);
    assert!(
        sixth
            .body
            .contains("Too many proposals have been sent from your connection.")
    );
    assert_eq!(
        proposal::Entity::find().count(&app.state.db).await.unwrap(),
        5
    );
}

#[tokio::test]
async fn unconfirmed_proposals_expire_and_are_purged() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser();
    let token = csrf(&mut browser, "/en/collaborate").await;
    let started = started_seconds_ago(10);
    submit(
        &mut browser,
        "en",
        &proposal_fields(&token, &started, "late@example.org", "Never confirmed"),
        Some(("a.pdf", PDF.to_vec())),
    )
    .await;
    let mail = app.mail.wait_for("late@example.org").await;
    use sea_orm::sea_query::Expr;
    proposal::Entity::update_many()
        .col_expr(
            proposal::Column::CreatedAt,
            Expr::value(chrono::Utc::now() - chrono::Duration::days(3)),
        )
        .exec(&app.state.db)
        .await
        .unwrap();
    let expired = browser
        .get(&path_of(
            &mail.link_containing("/en/collaborate/confirm?token="),
        ))
        .await;
    assert!(expired.body.contains("This link no longer works"));
    let stored_name = attachment::Entity::find()
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap()
        .stored_name;
    assert_eq!(app.stored_uploads().await, [stored_name.as_str()]);
    let purged = observatory::proposals::purge_expired(&app.state)
        .await
        .unwrap();
    assert_eq!(purged, 1);
    assert_eq!(
        proposal::Entity::find().count(&app.state.db).await.unwrap(),
        0
    );
    assert!(
        !app.stored_uploads().await.contains(&stored_name),
        "its file is deleted too"
    );
}

#[tokio::test]
async fn closed_proposals_refuse_every_change() {
    let app = TestApp::spawn().await;
    // An evaluator is working on it when the submitter withdraws.
    let InReview {
        mut submitter,
        status_path,
        reference,
        id,
        mut editor,
        mut evaluator,
    } = app
        .proposal()
        .by("withdraw@example.org")
        .titled("To withdraw")
        .with_file("plan.pdf", PDF)
        .in_review()
        .await;

    let status = submitter.get(&status_path).await;
    let fields = [
        ("csrf", status.hidden_field("csrf")),
        ("token", status.hidden_field("token")),
        ("reference", reference.clone()),
    ];
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(
        submitter
            .post_form("/en/collaborate/status/withdraw", &fields)
            .await
            .status,
        303
    );
    assert_eq!(state_of(&app, &reference).await, "withdrawn");
    let told = app
        .mail
        .wait_for_count("evaluator@example.org", 3)
        .await
        .pop()
        .unwrap();
    assert!(told.decoded().contains("has withdrawn the proposal"));

    // The evaluator's form is gone, and posting it anyway changes nothing.
    let detail = evaluator.get(&format!("/en/staff/proposals/{id}")).await;
    assert!(!detail.body.contains("/evaluate\""));
    let token = detail.hidden_field("csrf");
    for (action, field) in [("evaluate", "recommendation"), ("conflict", "reason")] {
        let late = evaluator
            .post_form(
                &format!("/en/staff/proposals/{id}/{action}"),
                &[("csrf", &token), (field, "working-group")],
            )
            .await;
        assert_eq!(late.status, 409, "{action} on a withdrawn proposal");
    }
    assert_eq!(
        submitter
            .post_form("/en/collaborate/status/withdraw", &fields)
            .await
            .status,
        409
    );
    let mut reply = fields.clone();
    reply.push(("body", "Another message"));
    assert_eq!(
        submitter
            .post_form("/en/collaborate/status/reply", &reply)
            .await
            .status,
        409
    );

    let token = csrf(&mut editor, &format!("/en/staff/proposals/{id}")).await;
    let decide = editor
        .post_form(
            &format!("/en/staff/proposals/{id}/decide"),
            &[
                ("csrf", &token),
                ("decision", "not-at-this-time"),
                ("reply", "No."),
            ],
        )
        .await;
    assert_eq!(decide.status, 409, "no decision on a withdrawn proposal");
    let ask = editor
        .post_form(
            &format!("/en/staff/proposals/{id}/write"),
            &[("csrf", &token), ("kind", "question"), ("body", "?")],
        )
        .await;
    assert_eq!(ask.status, 409);
    assert_eq!(
        editor
            .get(&format!("/en/staff/proposals/{id}/decide"))
            .await
            .status,
        409
    );
}

#[tokio::test]
async fn access_is_checked_for_every_role_route_and_proposal() {
    let app = TestApp::spawn().await;
    let Sent {
        reference,
        status_path,
        ..
    } = app
        .proposal()
        .in_language("en")
        .by("owner@example.org")
        .titled("Access matrix")
        .with_file("plan.pdf", PDF)
        .send()
        .await;
    let id = proposal_id(&app, &reference).await;
    let mut editor = app
        .staff("editor@example.org", &[Role::Evaluator, Role::Editor])
        .await;
    let mut admin = app.staff("admin@example.org", &Role::ALL).await;
    let mut assigned = app.staff("assigned@example.org", &[Role::Evaluator]).await;
    let mut unassigned = app
        .staff("unassigned@example.org", &[Role::Evaluator])
        .await;
    let mut conflicted = app
        .staff("conflicted@example.org", &[Role::Evaluator])
        .await;
    let mut member = app.staff("member@example.org", &[]).await;
    let mut anonymous = app.browser();

    for email in ["assigned@example.org", "conflicted@example.org"] {
        assign(&app, &mut editor, id, email).await;
    }
    let token = csrf(&mut conflicted, &format!("/en/staff/proposals/{id}")).await;
    let stepped_back = conflicted
        .post_form(
            &format!("/en/staff/proposals/{id}/conflict"),
            &[("csrf", &token)],
        )
        .await;
    assert_eq!(stepped_back.status, 303);

    let detail = format!("/en/staff/proposals/{id}");
    let staff_pages = [
        "/en/staff/proposals",
        "/en/staff/dashboard",
        "/en/staff/proposals.csv",
        detail.as_str(),
    ];
    for path in staff_pages {
        assert_eq!(
            anonymous.get(path).await.status,
            303,
            "anonymous is sent to log in: {path}"
        );
        assert_eq!(member.get(path).await.status, 403, "member: {path}");
        assert_eq!(editor.get(path).await.status, 200, "editor: {path}");
        assert_eq!(admin.get(path).await.status, 200, "admin: {path}");
    }
    assert_eq!(assigned.get(&detail).await.status, 200);
    assert_eq!(unassigned.get(&detail).await.status, 403);
    assert_eq!(
        conflicted.get(&detail).await.status,
        403,
        "a conflicted evaluator sees nothing"
    );
    assert!(
        !unassigned
            .get("/en/staff/proposals")
            .await
            .body
            .contains(&reference),
        "queue limited to assigned"
    );
    assert!(
        assigned
            .get("/en/staff/proposals")
            .await
            .body
            .contains(&reference)
    );
    assert!(
        !conflicted
            .get("/en/staff/proposals.csv")
            .await
            .body
            .contains(&reference)
    );

    // Evaluators neither assign nor decide; only editors and admins manage lines.
    let token = csrf(&mut assigned, &detail).await;
    assert_eq!(
        assigned
            .post_form(
                &format!("{detail}/assign"),
                &[("csrf", &token), ("evaluator_id", "1")]
            )
            .await
            .status,
        403
    );
    assert_eq!(assigned.get(&format!("{detail}/decide")).await.status, 403);
    assert_eq!(
        assigned
            .post_form(
                &format!("{detail}/decide"),
                &[
                    ("csrf", &token),
                    ("decision", "not-at-this-time"),
                    ("reply", "x")
                ]
            )
            .await
            .status,
        403
    );
    assert_eq!(assigned.get("/en/staff/lines").await.status, 403);
    assert_eq!(editor.get("/en/staff/lines").await.status, 200);
    // Nobody outside the proposal's staff can act on it, whatever the action.
    let actions = [
        ("write", "note"),
        ("write", "message"),
        ("write", "question"),
        ("evaluate", "working-group"),
        ("conflict", "working-group"),
    ];
    for (outsider, name) in [
        (&mut unassigned, "unassigned evaluator"),
        (&mut conflicted, "conflicted evaluator"),
        (&mut member, "member"),
    ] {
        let token = csrf(outsider, "/en").await;
        for (action, value) in actions {
            // Each action's one choice field, and a text for those that take one.
            let answer = outsider
                .post_form(
                    &format!("{detail}/{action}"),
                    &[
                        ("csrf", &token),
                        ("kind", value),
                        ("recommendation", value),
                        ("body", "Hello?"),
                        ("reason", "Hello?"),
                    ],
                )
                .await;
            assert_eq!(answer.status, 403, "{name} posting to {action}");
        }
    }
    let messages = observatory::proposals::entities::message::Entity::find()
        .count(&app.state.db)
        .await
        .unwrap();
    assert_eq!(messages, 0, "no refused action left a message");

    // The submitter's page: the signed link, or the owner's account only.
    assert_eq!(anonymous.get(&status_path).await.status, 200);
    let wrong = status_path.replace("token=", "token=0");
    assert_eq!(anonymous.get(&wrong).await.status, 404);
    let other_reference = status_path.replace(&reference, "COL-2026-99999");
    assert_eq!(anonymous.get(&other_reference).await.status, 404);
    assert_eq!(
        member
            .get(&format!("/en/account/proposals/{reference}"))
            .await
            .status,
        404,
        "another member's proposal"
    );
}

#[tokio::test]
async fn queue_filters_and_a_spreadsheet_safe_export() {
    let app = TestApp::spawn().await;
    let Sent {
        reference: first, ..
    } = app
        .proposal()
        .in_language("en")
        .by("one@example.org")
        .titled("=HYPERLINK(\"http://evil\")")
        .with_file("plan.pdf", PDF)
        .send()
        .await;
    let mut other = app.browser();
    let token = csrf(&mut other, "/fr/collaborate").await;
    let started = started_seconds_ago(10);
    let mut fields = proposal_fields(
        &token,
        &started,
        "two@example.org",
        "Formation des magistrats",
    );
    for field in fields.iter_mut() {
        match field.0 {
            "country" => field.1 = "FR",
            "lines" => field.1 = "training",
            "collaboration_kind" => field.1 = "individual",
            _ => {}
        }
    }
    submit(&mut other, "fr", &fields, None).await;
    let mail = app.mail.wait_for("two@example.org").await;
    let confirm = other
        .get(&path_of(
            &mail.link_containing(&at("/fr/collaborate/confirm?token=")),
        ))
        .await;
    assert!(
        confirm
            .body
            .contains("certains logiciels de messagerie ouvrent d’eux-mêmes les liens"),
        "the page says why a button must be pressed"
    );
    other
        .post_form(
            "/fr/collaborate/confirm",
            &[
                ("csrf", &confirm.hidden_field("csrf")),
                ("token", &confirm.hidden_field("token")),
            ],
        )
        .await;

    let mut editor = app
        .staff("editor@example.org", &[Role::Evaluator, Role::Editor])
        .await;
    let all = editor.get("/en/staff/proposals").await;
    assert!(all.body.contains("2 proposals match."));
    // The region filter offers the world's regions, not groupings of bodies.
    assert!(
        all.body
            .contains("<option value=\"north-america\">North America</option>")
    );
    assert!(!all.body.contains("<option value=\"international\""));
    let europe = editor.get("/en/staff/proposals?region=europe").await;
    assert!(europe.body.contains("Formation des magistrats") && !europe.body.contains(&first));
    let training = editor
        .get("/en/staff/proposals?line=training&kind=individual")
        .await;
    assert!(training.body.contains("One proposal matches."));
    let search = editor.get("/en/staff/proposals?q=MAGISTRATS").await;
    assert!(search.body.contains("Formation des magistrats"));
    let none = editor.get("/en/staff/proposals?state=decided").await;
    assert!(none.body.contains("No proposal matches these filters."));

    let csv = editor.get("/en/staff/proposals.csv").await;
    assert_eq!(csv.headers["content-type"], "text/csv; charset=utf-8");
    assert!(csv.body.starts_with('\u{feff}'), "UTF-8 byte-order mark");
    assert!(csv.body.contains("\"Reference\",\"Received\""));
    assert!(
        csv.body.contains("\"'=HYPERLINK(\"\"http://evil\"\")\""),
        "formula neutralised: {}",
        csv.body
    );
    assert!(csv.body.contains("\"France\"") && csv.body.contains("\"Europe\""));
    let filtered = editor.get("/en/staff/proposals.csv?region=europe").await;
    assert!(!filtered.body.contains("HYPERLINK"));

    let dashboard = editor.get("/en/staff/dashboard").await;
    assert!(dashboard.body.contains("<svg role=\"img\""));
    assert!(
        dashboard
            .body
            .contains("<th scope=\"row\">Received</th><td>2</td>"),
        "numbers in a table"
    );
    // Both were received this month: the database groups them by month.
    let now = chrono::Utc::now();
    let month = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ][chrono::Datelike::month0(&now) as usize];
    let this_month = format!(
        "<th scope=\"row\">{month} {}</th><td>2</td>",
        chrono::Datelike::year(&now)
    );
    assert!(dashboard.body.contains(&this_month), "{this_month}");
}

/// Found by the HTTP property test (`fuzz.rs`) on PostgreSQL, whose
/// timestamps start in 4713 BC: a date filter is a day of a four-digit
/// year, and any other date is ignored like any unreadable one.
#[tokio::test]
async fn dates_of_far_years_in_the_queue_filters_are_ignored() {
    let app = TestApp::spawn().await;
    let mut admin = app.staff("admin@example.org", &Role::ALL).await;
    let Sent { reference, .. } = app.proposal().send().await;
    for query in [
        "from=-5000-01-01",
        "to=-5000-12-31",
        "from=0000-01-01&to=%2B10000-01-01",
    ] {
        let queue = admin.get(&format!("/en/staff/proposals?{query}")).await;
        assert_eq!(queue.status, 200, "{query}");
        assert!(queue.body.contains(&reference), "{query}: not filtered");
        let csv = admin.get(&format!("/en/staff/proposals.csv?{query}")).await;
        assert_eq!(csv.status, 200, "{query}");
        assert!(csv.body.contains(&reference), "{query}: not filtered");
    }
}

#[tokio::test]
async fn a_members_proposals_are_in_their_export_and_anonymised_when_they_leave() {
    let app = TestApp::spawn().await;
    let mut member = app.browser();
    register_and_confirm(&app, &mut member, "leaving@example.org", "en").await;
    log_in(&mut member, "en", "leaving@example.org", PASSWORD).await;
    let token = csrf(&mut member, "/en/collaborate").await;
    let started = started_seconds_ago(10);
    let mut fields = proposal_fields(&token, &started, "", "Kept after I leave");
    fields.retain(|(k, _)| *k != "email");
    assert_eq!(submit(&mut member, "en", &fields, None).await.status, 303);
    let export = member.get("/en/account/data").await;
    let json: serde_json::Value = serde_json::from_str(&export.body).unwrap();
    assert_eq!(json["proposals"]["sent"][0]["title"], "Kept after I leave");
    assert_eq!(
        json["proposals"]["sent"][0]["lines_of_work"][0],
        "restorative-justice"
    );
    assert!(json["proposals"]["sent"][0]["country"].is_string());
    assert!(json["proposals"]["sent"][0]["messages"].is_array());

    let token = csrf(&mut member, "/en/account/delete").await;
    member
        .post_form(
            "/en/account/delete",
            &[("csrf", &token), ("current_password", PASSWORD)],
        )
        .await;
    let kept = proposal::Entity::find()
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(kept.title, "Kept after I leave", "staff keep the proposal");
    assert_eq!(kept.submitter_id, None);
    assert_eq!(kept.full_name, "—");
    assert_eq!(kept.email, "");
}

#[tokio::test]
async fn retired_lines_follow_up_questions_and_demotions() {
    use observatory::lines_of_work::entities::line_of_work;
    use sea_orm::{ActiveModelTrait, ActiveValue::Set, IntoActiveModel};
    let app = TestApp::spawn().await;
    let InReview {
        reference,
        id,
        mut editor,
        mut evaluator,
        ..
    } = app
        .proposal()
        .by("retired@example.org")
        .titled("Restorative practice in schools")
        .with_file("plan.pdf", PDF)
        .in_review()
        .await;
    let evaluator_id = app.user_id("evaluator@example.org").await;
    let detail = format!("/en/staff/proposals/{id}");

    // The proposal's line of work is retired after it was sent: it stays on
    // the proposal and can still be scored.
    let line = line_of_work::Entity::find()
        .filter(line_of_work::Column::Slug.eq("restorative-justice"))
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    let line_id = line.id;
    let mut retired = line.into_active_model();
    retired.active = Set(false);
    retired.update(&app.state.db).await.unwrap();
    let page = evaluator.get(&detail).await;
    assert!(page.body.contains("Restorative justice"));
    assert!(page.body.contains(&format!("id=\"proposal-{line_id}\"")));

    // A refused evaluation comes back as it was filled in.
    let token = page.hidden_field("csrf");
    let proposal_score = format!("proposal-{line_id}");
    let profile_score = format!("profile-{line_id}");
    let half = evaluator
        .post_form(
            &format!("{detail}/evaluate"),
            &[
                ("csrf", &token),
                (&proposal_score, "3"),
                ("recommendation", "individual-action"),
                ("notes", "Promising, needs a budget."),
            ],
        )
        .await;
    assert_eq!(half.status, 422);
    assert!(
        half.body
            .contains("Give both scores for every line of work.")
    );
    assert!(half.body.contains("Promising, needs a budget."));
    assert!(half.body.contains("value=\"3\" selected"));
    assert!(half.body.contains("value=\"individual-action\" checked"));
    let whole = evaluator
        .post_form(
            &format!("{detail}/evaluate"),
            &[
                ("csrf", &token),
                (&proposal_score, "3"),
                (&profile_score, "4"),
                ("recommendation", "individual-action"),
                ("notes", "Promising, needs a budget."),
            ],
        )
        .await;
    assert_eq!(
        whole.status, 303,
        "a retired line does not block the evaluation"
    );

    // A follow-up question while waiting for the first answer.
    let token = csrf(&mut editor, &detail).await;
    for question in ["What is the budget?", "And the timetable?"] {
        let asked = editor
            .post_form(
                &format!("{detail}/write"),
                &[("csrf", &token), ("kind", "question"), ("body", question)],
            )
            .await;
        assert_eq!(asked.status, 303, "{question}");
    }
    assert_eq!(state_of(&app, &reference).await, "awaiting-information");
    let mail = app
        .mail
        .wait_for_count("retired@example.org", 4)
        .await
        .pop()
        .unwrap();
    assert!(mail.decoded().contains("And the timetable?"));

    // An evaluator who leaves the staff can no longer act on what was assigned.
    set_roles(&app.state.db, evaluator_id, Roles::NONE, None)
        .await
        .unwrap();
    let token = csrf(&mut evaluator, "/en").await;
    let after = evaluator
        .post_form(
            &format!("{detail}/evaluate"),
            &[
                ("csrf", &token),
                (&proposal_score, "1"),
                (&profile_score, "1"),
                ("recommendation", "not-at-this-time"),
            ],
        )
        .await;
    assert_eq!(after.status, 403);
    assert!(after.body.contains("Access not allowed"));
}

#[tokio::test]
async fn a_form_sent_twice_makes_one_proposal() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser();
    let token = csrf(&mut browser, "/en/collaborate").await;
    let started = started_seconds_ago(10);
    let fields = proposal_fields(&token, &started, "twice@example.org", "Sent twice");
    let first = submit(&mut browser, "en", &fields, None).await;
    let second = submit(&mut browser, "en", &fields, None).await;
    assert_eq!(first.status, 303);
    assert_eq!(
        second.location(),
        first.location(),
        "the same reference both times"
    );
    assert_eq!(
        proposal::Entity::find().count(&app.state.db).await.unwrap(),
        1
    );
    let sent = browser.get(first.location()).await;
    assert!(
        sent.body.contains("The link is valid for 48 hours."),
        "the configured lifetime"
    );
    let mail = app
        .mail
        .wait_for_count("twice@example.org", 1)
        .await
        .remove(0);
    assert!(mail.decoded().contains("the link is valid for 48 hours"));
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    assert_eq!(
        app.mail.messages_to("twice@example.org").await.len(),
        1,
        "one confirmation mail"
    );
    // A new form from the same person is a new proposal.
    let new_form = started_seconds_ago(10);
    let again = proposal_fields(&token, &new_form, "twice@example.org", "Sent twice");
    let third = submit(&mut browser, "en", &again, None).await;
    assert_ne!(third.location(), first.location());
    assert_eq!(
        proposal::Entity::find().count(&app.state.db).await.unwrap(),
        2
    );
}

#[tokio::test]
async fn editors_manage_the_lines_of_work() {
    use observatory::lines_of_work::entities::line_of_work;
    let app = TestApp::spawn().await;
    let mut editor = app
        .staff("editor@example.org", &[Role::Evaluator, Role::Editor])
        .await;
    let token = csrf(&mut editor, "/en/staff/lines").await;
    let new_line = |slug: &'static str, name_fr: &'static str| {
        vec![
            ("csrf", token.clone()),
            ("slug", slug.to_string()),
            ("position", "90".to_string()),
            ("name_en", "Child participation".to_string()),
            ("name_es", "Participación infantil".to_string()),
            ("name_fr", name_fr.to_string()),
            (
                "description_en",
                "Listening to children in justice.".to_string(),
            ),
            (
                "description_es",
                "Escuchar a los niños en la justicia.".to_string(),
            ),
            (
                "description_fr",
                "Écouter les enfants dans la justice.".to_string(),
            ),
        ]
    };

    // Refused: a name missing and an identifier already in use; nothing is lost.
    let fields = new_line("research", "");
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let refused = editor.post_form("/en/staff/lines", &pairs).await;
    assert_eq!(refused.status, 422);
    assert!(
        refused
            .body
            .contains("Give the line a name in every language")
    );
    assert!(
        refused
            .body
            .contains("Another line of work already uses this identifier.")
    );
    assert!(refused.body.contains("value=\"Participación infantil\""));
    assert!(refused.body.contains("value=\"research\""));

    let fields = new_line("child-participation", "Participation des enfants");
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let created = editor.post_form("/en/staff/lines", &pairs).await;
    assert_eq!(created.status, 303);
    assert_eq!(created.location(), "/en/staff/lines?saved=true");
    let form = app.browser().get(&at("/es/collaborate")).await;
    assert!(form.body.contains("Participación infantil"));

    // Retiring a line takes it out of the forms; a bad order is refused
    // with the typed names kept.
    let research = line_of_work::Entity::find()
        .filter(line_of_work::Column::Slug.eq("research"))
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    let update = |position: &'static str| {
        vec![
            ("csrf", token.clone()),
            ("position", position.to_string()),
            ("name_en", "Research and data".to_string()),
            ("name_es", "Investigación y datos".to_string()),
            ("name_fr", "Recherche et données".to_string()),
        ]
    };
    let fields = update("first");
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let bad = editor
        .post_form(&format!("/en/staff/lines/{}", research.id), &pairs)
        .await;
    assert_eq!(bad.status, 422);
    assert!(bad.body.contains("The order must be a whole number."));
    assert!(bad.body.contains("value=\"Investigación y datos\""));
    assert!(bad.body.contains("value=\"first\""));
    let fields = update("80");
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let retired = editor
        .post_form(&format!("/en/staff/lines/{}", research.id), &pairs)
        .await;
    assert_eq!(retired.status, 303);
    let form = app.browser().get("/en/collaborate").await;
    assert!(!form.body.contains("Research and data"));
    assert!(form.body.contains("Child participation"));
    let lines = editor.get("/en/staff/lines").await;
    assert!(lines.body.contains("research — retired"));
}

#[tokio::test]
async fn preparing_a_decision_asks_for_the_group_and_keeps_an_edited_reply() {
    let app = TestApp::spawn().await;
    let Sent { reference, .. } = app
        .proposal()
        .in_language("en")
        .by("group@example.org")
        .titled("Mentoring programme")
        .with_file("plan.pdf", PDF)
        .send()
        .await;
    let id = proposal_id(&app, &reference).await;
    let mut editor = app
        .staff("editor@example.org", &[Role::Evaluator, Role::Editor])
        .await;
    let decide = format!("/en/staff/proposals/{id}/decide?decision=working-group");

    let no_group = editor.get(&decide).await;
    assert!(
        no_group
            .body
            .contains("Choose a working group or describe a new one.")
    );
    assert!(
        !no_group.body.contains("name=\"reply\""),
        "no reply before the group"
    );

    let first = editor
        .get(&format!("{decide}&new_group_name=Mentors"))
        .await;
    let prepared = first.textarea("reply");
    assert!(prepared.contains("\"Mentors\""), "{prepared}");

    // Still as prepared: choosing another group prepares it again.
    let query = |reply: &str, group: &str| {
        serde_html_form::to_string([
            ("decision", "working-group"),
            ("new_group_name", group),
            ("reply", reply),
            ("reply_for", "working-group"),
            ("reply_group", "Mentors"),
        ])
        .unwrap()
    };
    let regrouped = editor
        .get(&format!(
            "/en/staff/proposals/{id}/decide?{}",
            query(&prepared, "Peer mentors")
        ))
        .await;
    assert!(regrouped.textarea("reply").contains("\"Peer mentors\""));

    // Edited by the editor: kept, whatever else changes.
    let edited = format!("{prepared}\nWe meet every second Tuesday.");
    let kept = editor
        .get(&format!(
            "/en/staff/proposals/{id}/decide?{}",
            query(&edited, "Peer mentors")
        ))
        .await;
    assert!(
        kept.textarea("reply")
            .contains("We meet every second Tuesday.")
    );
}

#[tokio::test]
async fn an_oversized_attachment_is_refused_next_to_its_field() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser();
    let token = csrf(&mut browser, "/en/collaborate").await;
    let started = started_seconds_ago(10);
    let fields = proposal_fields(&token, &started, "big@example.org", "A large annex");
    let mut large = PDF.to_vec();
    large.resize(6 * 1024 * 1024, b' ');
    let refused = submit(&mut browser, "en", &fields, Some(("annex.pdf", large))).await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("The file is larger than 5 MB."));
    assert!(
        refused.body.contains("value=\"A large annex\""),
        "the form comes back"
    );
    assert_eq!(
        proposal::Entity::find().count(&app.state.db).await.unwrap(),
        0
    );
    let mut huge = PDF.to_vec();
    huge.resize(30 * 1024 * 1024, b' ');
    let cut_off = submit(&mut browser, "en", &fields, Some(("huge.pdf", huge))).await;
    assert_eq!(cut_off.status, 413);
}

#[tokio::test]
async fn a_pdf_carrying_a_web_page_is_refused_next_to_its_field_and_not_stored() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser();
    let page = b"<html><body><script>alert(document.cookie)</script></body></html>\n";
    // A web page behind a PDF's first bytes, and one after a real PDF.
    let disguised = [&b"%PDF-1.7\n"[..], page].concat();
    let appended = [PDF, page].concat();
    let cases = [
        (
            "en",
            disguised,
            "This file is damaged or incomplete, and cannot be read.",
        ),
        (
            "es",
            appended,
            "Este documento contiene scripts, macros, programas, archivos adjuntos o una página web",
        ),
    ];
    for (lang, file, message) in cases {
        let token = csrf(&mut browser, &format!("/{lang}/collaborate")).await;
        let started = started_seconds_ago(10);
        let fields = proposal_fields(&token, &started, "page@example.org", "A page inside");
        let refused = submit(&mut browser, lang, &fields, Some(("plan.pdf", file))).await;
        assert_eq!(refused.status, 422);
        let next_to_the_field =
            format!("<p class=\"field-error\" id=\"attachment-error\">{message}");
        assert!(refused.body.contains(&next_to_the_field), "{lang}");
        assert!(
            refused.body.contains("value=\"A page inside\""),
            "the form comes back"
        );
    }
    let db = &app.state.db;
    assert_eq!(attachment::Entity::find().count(db).await.unwrap(), 0);
    assert_eq!(proposal::Entity::find().count(db).await.unwrap(), 0);
    assert!(app.stored_uploads().await.is_empty(), "no file stored");
}

#[tokio::test]
async fn an_editor_takes_an_evaluator_off_a_proposal() {
    let app = TestApp::spawn().await;
    let InReview {
        id,
        mut editor,
        mut evaluator,
        ..
    } = app
        .proposal()
        .by("unassign@example.org")
        .titled("Youth courts handbook")
        .with_file("plan.pdf", PDF)
        .in_review()
        .await;
    let evaluator_id = app.user_id("evaluator@example.org").await.to_string();
    let detail = format!("/en/staff/proposals/{id}");
    assert_eq!(evaluator.get(&detail).await.status, 200);

    // Only editors and admins remove evaluators.
    let token = csrf(&mut evaluator, &detail).await;
    let refused = evaluator
        .post_form(
            &format!("{detail}/unassign"),
            &[("csrf", &token), ("evaluator_id", &evaluator_id)],
        )
        .await;
    assert_eq!(refused.status, 403);

    let page = editor.get(&detail).await;
    assert!(page.body.contains("/unassign\""));
    let removed = editor
        .post_form(
            &format!("{detail}/unassign"),
            &[
                ("csrf", &page.hidden_field("csrf")),
                ("evaluator_id", &evaluator_id),
            ],
        )
        .await;
    assert_eq!(removed.status, 303);
    assert_eq!(evaluator.get(&detail).await.status, 403, "no longer theirs");
    let history = editor.get(&detail).await;
    assert!(history.body.contains("No longer assigned: Ana Pérez"));
    assert!(history.body.contains("Nobody is assigned yet."));
}

/// The texts inside `open`…`close` elements of `html` whose opening tag
/// starts with `open` (e.g. `<p class="field-error"`), tags stripped.
fn texts_of(html: &str, open: &str, close: &str) -> Vec<String> {
    html.match_indices(open)
        .filter_map(|(start, _)| {
            let rest = &html[start..];
            let body = &rest[rest.find('>')? + 1..];
            Some(body[..body.find(close)?].to_string())
        })
        .collect()
}

/// Every message of a proposals locale file, as a visitor reads it.
fn proposal_messages(locale: observatory::i18n::Locale, too_long: (usize, usize)) -> Vec<String> {
    let file = format!(
        "{}/locales/{}/proposals.ftl",
        env!("CARGO_MANIFEST_DIR"),
        locale.code()
    );
    let source = std::fs::read_to_string(file).unwrap();
    let (max, count) = too_long;
    source
        .lines()
        .filter_map(|line| line.split_once(" = ").map(|(id, _)| id.trim()))
        .filter(|id| id.starts_with("proposal-"))
        .map(|id| match id {
            "proposal-too-long" => {
                locale.t_args(id, &[("max", max.into()), ("count", count.into())])
            }
            _ => locale.t(id),
        })
        .collect()
}

#[tokio::test]
async fn the_proposal_form_speaks_in_its_own_words_in_the_forms_order() {
    use observatory::i18n::Locale;
    let app = TestApp::spawn().await;
    let long_specialisation = "x".repeat(10_001);
    for locale in Locale::ALL {
        let lang = locale.code();
        let mut browser = app.browser();
        let form = browser.get(&at(&format!("/{lang}/collaborate"))).await;
        assert!(
            form.body.contains(&locale.t("form-required-note")),
            "{lang}: the form says which fields are required"
        );
        let token = form.hidden_field("csrf");
        let hasty = started_seconds_ago(0);
        // Everything wrong at once, sent too quickly as well.
        let wrong = [
            ("csrf", token.as_str()),
            ("started", hasty.as_str()),
            ("account_type", "entity"),
            ("email", "not-an-address"),
            ("specialisation", long_specialisation.as_str()),
            ("description", "Too short."),
        ];
        let answer = submit(&mut browser, lang, &wrong, None).await;
        assert_eq!(answer.status, 422);
        let summary = texts_of(&answer.body, "<div class=\"error-summary\"", "</div>");
        assert_eq!(summary.len(), 1, "one summary, no 'too quickly' besides");
        let links: Vec<String> = texts_of(&summary[0], "<a href=\"#", "</a>");
        let fields: Vec<&str> = summary[0]
            .match_indices("<a href=\"#")
            .map(|(at, marker)| {
                let rest = &summary[0][at + marker.len()..];
                &rest[..rest.find('"').unwrap()]
            })
            .collect();
        assert_eq!(
            fields,
            [
                "full_name",
                "organisation_name",
                "sector",
                "country",
                "languages",
                "lines",
                "email",
                "specialisation",
                "title",
                "description",
                "collaboration_kind",
                "consent"
            ],
            "the summary follows the form, top to bottom"
        );
        let own = proposal_messages(locale, (10_000, 10_001));
        let heading = texts_of(&summary[0], "<h2", "</h2>");
        let field_errors = texts_of(&answer.body, "<p class=\"field-error\"", "</p>");
        assert_eq!(field_errors.len(), links.len());
        for text in heading.iter().chain(&links).chain(&field_errors) {
            assert!(
                own.contains(text),
                "{lang}: \"{text}\" is not one of the proposal form's own messages"
            );
        }
        assert!(!answer.body.contains(&locale.t("proposal-too-fast")));
        // With every field right, being too quick is the one thing said.
        let fast = submit(
            &mut browser,
            lang,
            &proposal_fields(&token, &hasty, "fast@example.org", "Fast"),
            None,
        )
        .await;
        assert!(fast.body.contains(&locale.t("proposal-too-fast")));
    }
}

/// Editors hear of new proposals as each chose on their account page: a
/// mail for each one as it reaches staff, one summary in the morning, or
/// none; people who are not editors hear nothing. The summary goes once,
/// however many instances try to send it.
#[tokio::test]
async fn editors_hear_of_new_proposals_as_each_chose() {
    use observatory::proposals::alerts::send_daily_digest;

    let app = TestApp::spawn().await;
    app.staff("each@example.org", &[Role::Editor]).await;
    let mut daily = app.staff("daily@example.org", &[Role::Editor]).await;
    let mut never = app.staff("never@example.org", &[Role::Editor]).await;
    let mut evaluator = app.staff("evaluator@example.org", &[Role::Evaluator]).await;
    for (browser, how) in [(&mut daily, "daily"), (&mut never, "never")] {
        let token = csrf(browser, "/en/account").await;
        let fields = [("csrf", token.as_str()), ("proposal_alerts", how)];
        let saved = browser.post_form("/en/account/alerts", &fields).await;
        assert_eq!(saved.location(), "/en/account?saved=true");
        let page = browser.get("/en/account").await;
        assert!(page.body.contains(&format!("value=\"{how}\" checked")));
    }
    let token = csrf(&mut evaluator, "/en/account").await;
    assert!(
        !evaluator
            .get("/en/account")
            .await
            .body
            .contains("proposal_alerts")
    );
    let refused = evaluator
        .post_form(
            "/en/account/alerts",
            &[("csrf", &token), ("proposal_alerts", "each")],
        )
        .await;
    assert_eq!(refused.status, 403, "only editors choose alerts");

    let everyone = [
        "each@example.org",
        "daily@example.org",
        "never@example.org",
        "evaluator@example.org",
    ];
    let mut before = Vec::new();
    for address in everyone {
        before.push(app.mail.messages_to(address).await.len());
    }
    let sent = app
        .proposal()
        .titled("Restorative circles in schools")
        .send()
        .await;
    let alert = app
        .mail
        .wait_for_count("each@example.org", before[0] + 1)
        .await
        .pop()
        .unwrap();
    assert!(
        alert.subject().contains(&sent.reference),
        "{}",
        alert.subject()
    );
    assert!(alert.decoded().contains("Restorative circles in schools"));
    assert!(
        alert
            .link_containing("/staff/proposals/")
            .ends_with(&format!("/en/staff/proposals/{}", sent.id))
    );
    app.wait_for_jobs().await;
    let quiet = &everyone[1..];
    for (address, count) in quiet.iter().zip(&before[1..]) {
        let now = app.mail.messages_to(address).await.len();
        assert_eq!(now, *count, "{address} hears nothing at once");
    }

    // The next morning's summary, after the proposal arrived.
    let morning = crate::helpers::next_digest_morning();
    let other = app.another_instance().await;
    let (first, second) = tokio::join!(
        send_daily_digest(&app.state, morning),
        send_daily_digest(&other.state, morning)
    );
    assert_eq!(
        first.unwrap() + second.unwrap(),
        1,
        "one instance lists the one proposal"
    );
    let digest = app
        .mail
        .wait_for_count("daily@example.org", before[1] + 1)
        .await
        .pop()
        .unwrap();
    assert_eq!(digest.subject(), "One new proposal since yesterday");
    assert!(digest.decoded().contains(&sent.reference));
    assert!(digest.decoded().contains("Restorative circles in schools"));
    assert!(
        digest
            .link_containing("/staff/proposals")
            .ends_with("/en/staff/proposals?state=submitted")
    );
    let later = morning + chrono::Duration::hours(3);
    assert_eq!(send_daily_digest(&app.state, later).await.unwrap(), 0);
    let next_morning = morning + chrono::Duration::days(1);
    assert_eq!(
        send_daily_digest(&app.state, next_morning).await.unwrap(),
        0,
        "nothing new: no summary"
    );
    app.wait_for_jobs().await;
    assert_eq!(
        app.mail.messages_to("daily@example.org").await.len(),
        before[1] + 1,
        "one summary in all"
    );
    for (address, count) in
        [everyone[0], everyone[2], everyone[3]]
            .iter()
            .zip([before[0] + 1, before[2], before[3]])
    {
        let now = app.mail.messages_to(address).await.len();
        assert_eq!(now, count, "{address} gets no summary");
    }
}

/// Roles are separate: an admin holding no other role manages accounts but
/// opens no proposal; an editor who does not evaluate runs the proposals but
/// is not among the people a proposal can be assigned to.
#[tokio::test]
async fn each_role_opens_its_own_part_of_the_workspace() {
    let app = TestApp::spawn().await;
    let sent = app.proposal().send().await;
    let detail = format!("/en/staff/proposals/{}", sent.id);

    let mut admin = app.staff("admin-only@example.org", &[Role::Admin]).await;
    assert_eq!(admin.get("/en/admin/users").await.status, 200);
    assert_eq!(admin.get("/en/staff/proposals").await.status, 403);
    assert_eq!(admin.get(&detail).await.status, 403);
    let home = admin.get("/en").await;
    assert!(
        home.body.contains("href=\"/en/admin/users\""),
        "the workspace link leads to the admin's own pages"
    );

    let mut editor = app.staff("editor-only@example.org", &[Role::Editor]).await;
    app.staff("evaluator@example.org", &[Role::Evaluator]).await;
    let editor_id = app.user_id("editor-only@example.org").await;
    let evaluator_id = app.user_id("evaluator@example.org").await;
    let review = editor.get(&detail).await;
    assert_eq!(review.status, 200);
    assert!(
        review
            .body
            .contains(&format!("<option value=\"{evaluator_id}\">"))
    );
    assert!(
        !review
            .body
            .contains(&format!("<option value=\"{editor_id}\">"))
    );
    let refused = assign(&app, &mut editor, sent.id, "editor-only@example.org").await;
    assert_eq!(refused.status, 400, "an editor who does not evaluate");
    assert_eq!(editor.get("/en/admin/users").await.status, 403);
    let assigned = assign(&app, &mut editor, sent.id, "evaluator@example.org").await;
    assert_eq!(assigned.status, 303);
}
