//! Safeguarding children's details: the sender is warned before sending,
//! what is sent anyway is hidden from everyone but an editor who gives a
//! reason (recorded), sensitive texts go when their retention ends, the
//! export and the report say what happened, and every table is labelled.

use chrono::{Duration, Months, Utc};
use observatory::{
    backup::schema,
    proposals::entities::{message, proposal},
    safeguarding::{
        entities::{detail, log_entry},
        labels,
    },
    web::Role,
};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::{
    accounts::{PASSWORD, log_in, register_and_confirm},
    discussions::start_thread,
    groups::{add_member, create_group},
    helpers::{Page, TestApp},
    scenario::{
        InReview, csrf, proposal_fields, reference_in, started_seconds_ago, state_of, submit,
    },
};

const CHILD: &str = "Lucía Pérez";
const SPANISH: &str = "Acompañamos a Lucía Pérez, de 14 años, durante su proceso en Arequipa con círculos restaurativos.";

async fn stored_by_title(app: &TestApp, title: &str) -> Option<proposal::Model> {
    proposal::Entity::find()
        .filter(proposal::Column::Title.eq(title))
        .one(&app.state.db)
        .await
        .unwrap()
}

async fn log(app: &TestApp, action: &str) -> Vec<log_entry::Model> {
    log_entry::Entity::find()
        .filter(log_entry::Column::Action.eq(action))
        .order_by_asc(log_entry::Column::Id)
        .all(&app.state.db)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_child_named_in_a_proposal_is_flagged_before_sending_and_hidden_once_confirmed() {
    let app = TestApp::spawn().await;
    let mut sender = app.browser();
    let token = csrf(&mut sender, "/es/colaborar").await;
    let started = started_seconds_ago(10);
    let title = "Círculos restaurativos";
    let mut fields = proposal_fields(&token, &started, "lucia@example.org", title);
    fields.retain(|(name, _)| *name != "description");
    fields.push(("description", SPANISH));

    // Warned, in Spanish, with what was found and why; nothing stored.
    let warned = submit(&mut sender, "es", &fields, None).await;
    assert_eq!(warned.status, 200);
    assert!(
        warned
            .body
            .contains("Antes de enviar: datos que pueden identificar")
    );
    assert!(warned.body.contains("«Lucía Pérez»"), "{}", warned.body);
    assert!(warned.body.contains("parece el nombre de un niño o niña"));
    assert_eq!(
        warned.textarea("description"),
        SPANISH,
        "the form comes back filled in"
    );
    assert!(stored_by_title(&app, title).await.is_none());
    let flagged = log(&app, "flagged").await;
    assert_eq!(flagged.len(), 1);
    assert_eq!(
        (flagged[0].kind.as_str(), flagged[0].subject_id),
        ("child-name", None)
    );
    // The same texts sent again unchanged are warned again, and counted once.
    let unchanged = submit(&mut sender, "es", &fields, None).await;
    assert_eq!(unchanged.status, 200);
    assert!(unchanged.body.contains("«Lucía Pérez»"));
    assert_eq!(log(&app, "flagged").await.len(), 1);

    // A confirmation is for the texts it was given with: changed since,
    // they are read again.
    let confirmation = warned.hidden_field("safeguarding_confirmation");
    let restarted = warned.hidden_field("started");
    fields.retain(|(name, _)| *name != "started");
    fields.push(("started", &restarted));
    fields.push(("safeguarding_confirmation", &confirmation));
    let changed = SPANISH.replace("Arequipa", "Arequipa y Cusco");
    let mut with_change = fields.clone();
    with_change.retain(|(name, _)| *name != "description");
    with_change.push(("description", &changed));
    let again = submit(&mut sender, "es", &with_change, None).await;
    assert_eq!(again.status, 200);
    assert!(again.body.contains("«Lucía Pérez»"));
    assert_eq!(
        log(&app, "flagged").await.len(),
        2,
        "other texts count again"
    );
    assert!(stored_by_title(&app, title).await.is_none());

    // Confirmed: sent, with the name hidden and kept apart.
    let sent = submit(&mut sender, "es", &fields, None).await;
    assert_eq!(sent.status, 303, "{}", sent.body);
    let stored = stored_by_title(&app, title).await.unwrap();
    assert!(!stored.description.contains(CHILD));
    assert!(
        stored
            .description
            .starts_with("Acompañamos a [nombre de un niño o niña], de 14 años"),
        "{}",
        stored.description
    );
    let kept = detail::Entity::find().all(&app.state.db).await.unwrap();
    assert_eq!(kept.len(), 1);
    assert_eq!(
        (
            kept[0].subject.as_str(),
            kept[0].subject_id,
            kept[0].field.as_str()
        ),
        ("proposal", stored.id, "description")
    );
    assert_eq!(kept[0].original, CHILD);
    assert_eq!(log(&app, "masked").await.len(), 1);
    assert!(!reference_in(&sent).is_empty());
}

#[tokio::test]
async fn an_adults_age_a_historical_date_and_the_observatorys_own_numbers_pass_without_a_warning() {
    let app = TestApp::spawn().await;
    for (lang, description) in [
        (
            "en",
            "Judge Martin, 54, will train magistrates on the Convention adopted on 20 November 1989; call +32 2 629 88 90.",
        ),
        (
            "es",
            "La jueza María López, de 45 años, coordina desde 2004-2009 la red; escríbanos a oijj@oijj.org.",
        ),
        (
            "fr",
            "Formé à l’École nationale de la magistrature, Paul Durand, 38 ans, anime l’atelier de 2019.",
        ),
    ] {
        let sent = app
            .proposal()
            .in_language(lang)
            .titled(&format!("Sans alerte {lang}"))
            .describing(description)
            .send()
            .await;
        let stored = proposal::Entity::find_by_id(sent.id)
            .one(&app.state.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(stored.description, description, "nothing hidden in {lang}");
    }
    assert!(log(&app, "flagged").await.is_empty());
}

#[tokio::test]
async fn hidden_details_stay_hidden_for_every_role_and_an_editor_sees_one_with_a_recorded_reason() {
    let app = TestApp::spawn().await;
    let InReview {
        mut submitter,
        status_path,
        id,
        mut editor,
        mut evaluator,
        ..
    } = app
        .proposal()
        .in_language("es")
        .by("lucia@example.org")
        .describing(SPANISH)
        .in_review()
        .await;
    let review = format!("/en/staff/proposals/{id}");

    // The evaluator, the submitter and the staff's mails see the mark only.
    let evaluated = evaluator.get(&review).await;
    assert!(evaluated.body.contains("[nombre de un niño o niña]"));
    assert!(!evaluated.body.contains(CHILD));
    assert!(!evaluated.body.contains("/staff/safeguarding/details/"));
    let status = submitter.get(&status_path).await;
    assert!(status.body.contains("[nombre de un niño o niña]"));
    assert!(!status.body.contains(CHILD));
    for mail in app.mail.all().await {
        assert!(!mail.decoded().contains(CHILD), "a mail carried the name");
    }
    assert_eq!(
        evaluator.get("/en/staff/safeguarding").await.status,
        403,
        "evaluators do not read the report"
    );

    // The editor sees that a detail is hidden, and where.
    let reviewed = editor.get(&review).await;
    assert!(!reviewed.body.contains(CHILD));
    assert!(reviewed.body.contains("Hidden details"));
    let hidden = detail::Entity::find()
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    let detail_path = format!("/en/staff/safeguarding/details/{}", hidden.id);
    assert!(reviewed.body.contains(&detail_path));
    assert_eq!(evaluator.get(&detail_path).await.status, 403);

    // Seeing it takes a reason.
    let asked = editor.get(&detail_path).await;
    assert_eq!(asked.status, 200);
    assert!(!asked.body.contains(CHILD));
    assert!(
        asked
            .body
            .contains("Acompañamos a <mark>[nombre de un niño o niña]</mark>, de 14 años"),
        "the mark in context, as stored: {}",
        asked.body
    );
    let token = asked.hidden_field("csrf");
    let refused = editor
        .post_form(&detail_path, &[("csrf", &token), ("reason", "")])
        .await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("Say why you need to see this detail"));
    assert!(!refused.body.contains(CHILD));
    let reason = "Check the age before the decision";
    let shown = editor
        .post_form(&detail_path, &[("csrf", &token), ("reason", reason)])
        .await;
    assert_eq!(shown.status, 200);
    assert!(shown.body.contains(CHILD));
    assert!(
        shown.body.contains("círculos restaurativos"),
        "with its context"
    );

    // On record: who, why; and in the report.
    let revealed = log(&app, "revealed").await;
    assert_eq!(revealed.len(), 1);
    let editor_id = app.user_id("editor@example.org").await;
    assert_eq!(revealed[0].actor_id, Some(editor_id));
    assert_eq!(revealed[0].reason, reason);
    assert_eq!(revealed[0].detail_id, Some(hidden.id));
    let report = editor.get("/en/staff/safeguarding").await;
    assert_eq!(report.status, 200);
    assert!(report.body.contains(reason));
    let month = Utc::now().format("%B %Y").to_string();
    assert!(report.body.contains(&month), "{}", report.body);
    // Flagged 1, hidden 1, shown 1, erased 0.
    assert!(
        report.body.contains(&format!(
            "<th scope=\"row\">{month}</th><td>1</td><td>1</td><td>1</td><td>0</td>"
        )),
        "{}",
        report.body
    );
    let report_fr = editor.get("/fr/staff/safeguarding").await;
    assert!(report_fr.body.contains("Montrés à l’équipe éditoriale"));

    // The editor's own data says what they were shown, and why.
    let data = editor.get("/en/account/data").await;
    let json: serde_json::Value = serde_json::from_str(&data.body).unwrap();
    let seen = &json["safeguarding"]["hidden_details_seen"][0];
    assert_eq!(seen["reason"], reason);
    assert_eq!(seen["what"], "child-name");
    assert!(!data.body.contains(CHILD));
}

#[tokio::test]
async fn a_reply_from_the_sender_is_read_too() {
    let app = TestApp::spawn().await;
    let InReview {
        mut submitter,
        status_path,
        reference,
        id,
        ..
    } = app.proposal().in_review().await;
    let status = submitter.get(&status_path).await;
    let body = "Her school is Lincoln Primary School, and her aunt reads tia.ana@example.com.";
    let mut fields = vec![
        ("csrf", status.hidden_field("csrf")),
        ("token", status.hidden_field("token")),
        ("reference", reference.clone()),
        ("body", body.to_string()),
    ];
    let refs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let warned = submitter
        .post_form("/en/collaborate/status/reply", &refs)
        .await;
    assert_eq!(warned.status, 200);
    assert!(warned.body.contains("“Lincoln Primary School”"));
    assert!(warned.body.contains("“tia.ana@example.com”"));
    assert_eq!(warned.textarea("body"), body);

    fields.push((
        "safeguarding_confirmation",
        warned.hidden_field("safeguarding_confirmation"),
    ));
    let refs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let sent = submitter
        .post_form("/en/collaborate/status/reply", &refs)
        .await;
    assert_eq!(sent.status, 303);
    let stored = message::Entity::find()
        .filter(message::Column::ProposalId.eq(id))
        .order_by_desc(message::Column::Id)
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        stored.body,
        "Her school is [name of a school], and her aunt reads [e-mail address]."
    );
    let kept = detail::Entity::find()
        .filter(detail::Column::Subject.eq("proposal-message"))
        .order_by_asc(detail::Column::Ordinal)
        .all(&app.state.db)
        .await
        .unwrap();
    let originals: Vec<&str> = kept.iter().map(|d| d.original.as_str()).collect();
    assert_eq!(originals, ["Lincoln Primary School", "tia.ana@example.com"]);
    assert!(kept.iter().all(|d| d.subject_id == stored.id));
}

#[tokio::test]
async fn a_closed_proposals_sensitive_texts_are_erased_when_their_retention_ends() {
    let app = TestApp::spawn().await;
    let InReview {
        mut submitter,
        status_path,
        reference,
        id,
        ..
    } = app
        .proposal()
        .in_language("es")
        .titled("Círculos en Arequipa")
        .describing(SPANISH)
        .in_review()
        .await;
    let open = app
        .proposal()
        .by("open@example.org")
        .titled("Still open")
        .send()
        .await;
    let status = submitter.get(&status_path).await;
    let fields = [
        ("csrf", status.hidden_field("csrf")),
        ("token", status.hidden_field("token")),
        ("reference", reference.clone()),
    ];
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let withdrawn = submitter
        .post_form("/es/colaborar/status/withdraw", &fields)
        .await;
    assert_eq!(withdrawn.status, 303);
    assert_eq!(state_of(&app, &reference).await, "withdrawn");

    // Within the period (24 months by default), nothing goes.
    let erase = |at| observatory::proposals::retention::erase_due(&app.state, at);
    let almost = Utc::now().checked_add_months(Months::new(24)).unwrap() - Duration::days(1);
    assert_eq!(erase(almost).await.unwrap(), 0);

    // Past it, the closed proposal's texts go, with its hidden detail.
    let past = Utc::now().checked_add_months(Months::new(24)).unwrap() + Duration::days(1);
    assert_eq!(erase(past).await.unwrap(), 1);
    assert_eq!(erase(past).await.unwrap(), 0, "erased once");
    let erased = proposal::Entity::find_by_id(id)
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    let mark = "[borrado al terminar su plazo de conservación]";
    assert_eq!(erased.description, mark);
    assert_eq!(erased.title, mark);
    assert_eq!(erased.specialisation, mark);
    assert!(erased.sensitive_erased_at.is_some());
    assert_eq!(erased.full_name, "Lucía Gómez", "the facts stay on record");
    let thread = message::Entity::find()
        .filter(message::Column::ProposalId.eq(id))
        .all(&app.state.db)
        .await
        .unwrap();
    assert!(thread.iter().all(|m| m.body == mark));
    assert!(
        detail::Entity::find()
            .all(&app.state.db)
            .await
            .unwrap()
            .is_empty()
    );
    let erasures = log(&app, "erased").await;
    assert!(
        erasures.iter().any(|e| e.subject == "proposal"
            && e.subject_id == Some(id)
            && e.field == "description")
    );

    // The open proposal keeps its texts.
    let kept = proposal::Entity::find_by_id(open.id)
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(kept.title, "Still open");
    assert!(kept.sensitive_erased_at.is_none());
}

#[tokio::test]
async fn a_decided_proposals_thread_closes_when_its_texts_are_erased() {
    let app = TestApp::spawn().await;
    let InReview {
        mut submitter,
        status_path,
        reference,
        id,
        ..
    } = app.proposal().in_language("es").in_review().await;
    let before = submitter.get(&status_path).await;
    assert!(before.body.contains("/colaborar/status/reply"));
    // Decided, and its texts erased at the end of their retention.
    proposal::Entity::update_many()
        .col_expr(
            proposal::Column::State,
            sea_orm::sea_query::Expr::value("decided"),
        )
        .col_expr(
            proposal::Column::SensitiveErasedAt,
            sea_orm::sea_query::Expr::value(Utc::now()),
        )
        .filter(proposal::Column::Id.eq(id))
        .exec(&app.state.db)
        .await
        .unwrap();
    let status = submitter.get(&status_path).await;
    assert_eq!(status.status, 200);
    assert!(!status.body.contains("/colaborar/status/reply"));
    let written = [
        ("csrf", before.hidden_field("csrf")),
        ("token", before.hidden_field("token")),
        ("reference", reference.clone()),
        ("body", "Una novedad sobre el proyecto.".to_string()),
    ];
    let written: Vec<(&str, &str)> = written.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let refused = submitter
        .post_form("/es/colaborar/status/reply", &written)
        .await;
    assert_eq!(refused.status, 409);
    let thread = message::Entity::find()
        .filter(message::Column::ProposalId.eq(id))
        .all(&app.state.db)
        .await
        .unwrap();
    assert!(
        thread
            .iter()
            .all(|m| m.body != "Una novedad sobre el proyecto.")
    );
}

#[tokio::test]
async fn the_data_export_carries_the_hidden_text_and_says_which_fields_are_sensitive() {
    let app = TestApp::spawn().await;
    let mut member = app.browser();
    register_and_confirm(&app, &mut member, "member@example.org", "en").await;
    assert_eq!(
        log_in(&mut member, "en", "member@example.org", PASSWORD)
            .await
            .status,
        303
    );
    let token = csrf(&mut member, "/en/collaborate").await;
    let started = started_seconds_ago(10);
    let mut fields = proposal_fields(&token, &started, "member@example.org", "Mentoring");
    fields.retain(|(name, _)| *name != "description");
    let description = "We mentored Tom Baker, 15, after his release; he was born on 3 May 2011.";
    fields.push(("description", description));
    let warned = submit(&mut member, "en", &fields, None).await;
    let confirmation = warned.hidden_field("safeguarding_confirmation");
    let restarted = warned.hidden_field("started");
    fields.retain(|(name, _)| *name != "started");
    fields.push(("started", &restarted));
    fields.push(("safeguarding_confirmation", &confirmation));
    assert_eq!(submit(&mut member, "en", &fields, None).await.status, 303);

    let data = member.get("/en/account/data").await;
    assert_eq!(data.status, 200);
    assert!(
        !data.body.contains("Tom Baker"),
        "a child's details are not the member's data"
    );
    assert!(!data.body.contains("3 May 2011"));
    let json: serde_json::Value = serde_json::from_str(&data.body).unwrap();
    assert_eq!(
        json["proposals"]["sent"][0]["description"],
        "We mentored [name of a child], 15, after his release; he was born on [date of birth]."
    );
    let sensitive = &json["sensitivity"]["sensitive_fields"]["proposals"];
    assert_eq!(
        sensitive,
        &serde_json::json!(["title", "description", "specialisation"])
    );
    assert_eq!(
        json["sensitivity"]["closed_proposals_sensitive_fields_kept_months"],
        24
    );
}

#[tokio::test]
async fn a_group_post_naming_a_child_is_flagged_and_hidden() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let group = create_group(&mut editor, "Community alternatives", "private").await;
    let mut ana = app.browser();
    register_and_confirm(&app, &mut ana, "ana@example.org", "fr").await;
    assert_eq!(
        log_in(&mut ana, "fr", "ana@example.org", PASSWORD)
            .await
            .status,
        303
    );
    assert_eq!(
        add_member(&mut editor, group, "ana@example.org", "member").await,
        303
    );
    let body = "Léa Martin, âgée de 15 ans, habite 14 rue des Lilas.";
    let warned: Page = start_thread(&mut ana, group, "Un suivi", body).await;
    assert_eq!(warned.status, 200);
    assert!(warned.body.contains("“Léa Martin”"));
    assert!(warned.body.contains("“14 rue des Lilas”"));

    let path = format!("/en/groups/{group}/discussions");
    let token = warned.hidden_field("csrf");
    let confirmation = warned.hidden_field("safeguarding_confirmation");
    let sent = ana
        .post_form(
            &path,
            &[
                ("csrf", &token),
                ("title", "Un suivi"),
                ("body", body),
                ("safeguarding_confirmation", &confirmation),
            ],
        )
        .await;
    assert_eq!(sent.status, 303);
    let thread = ana.get(sent.location()).await;
    assert!(!thread.body.contains("Léa Martin"));
    assert!(
        thread
            .body
            .contains("[name of a child], âgée de 15 ans, habite [address].")
    );
    let kept = detail::Entity::find()
        .filter(detail::Column::Subject.eq("group-post"))
        .all(&app.state.db)
        .await
        .unwrap();
    assert_eq!(kept.len(), 2);

    // Editors see that two details are hidden in the thread; members do not.
    let for_editor = editor.get(sent.location()).await;
    assert!(!for_editor.body.contains("Léa Martin"));
    assert_eq!(
        for_editor
            .body
            .matches("/en/staff/safeguarding/details/")
            .count(),
        2
    );
    assert!(!thread.body.contains("/staff/safeguarding/details/"));

    // Ana corrects her post: she deletes the address's mark and writes
    // before the child's. The address goes; the name moves with its mark.
    let post = kept[0].subject_id;
    let edit_path = format!(
        "{}/posts/{post}/edit",
        sent.location().split('#').next().unwrap()
    );
    let edit_page = ana.get(&edit_path).await;
    assert!(
        edit_page
            .body
            .contains("[name of a child], âgée de 15 ans, habite [address].")
    );
    let corrected = "Un suivi : [name of a child], âgée de 15 ans.";
    let token = edit_page.hidden_field("csrf");
    let saved = ana
        .post_form(&edit_path, &[("csrf", &token), ("body", corrected)])
        .await;
    assert_eq!(saved.status, 303);
    let kept = detail::Entity::find()
        .filter(detail::Column::Subject.eq("group-post"))
        .all(&app.state.db)
        .await
        .unwrap();
    assert_eq!(kept.len(), 1);
    assert_eq!((kept[0].kind.as_str(), kept[0].ordinal), ("child-name", 1));
    assert_eq!(kept[0].position, 11);
    let context = editor
        .get(&format!("/en/staff/safeguarding/details/{}", kept[0].id))
        .await;
    assert!(context.body.contains("Un suivi : "));
    assert!(!context.body.contains("habite"));

    // A new detail in a correction is hidden beside the kept one.
    let phoned = "Un suivi : [name of a child], âgée de 15 ans, joignable au 06 12 34 56 78.";
    let warned = ana
        .post_form(&edit_path, &[("csrf", &token), ("body", phoned)])
        .await;
    assert_eq!(warned.status, 200);
    assert!(warned.body.contains("“06 12 34 56 78”"));
    let confirmation = warned.hidden_field("safeguarding_confirmation");
    let saved = ana
        .post_form(
            &edit_path,
            &[
                ("csrf", &token),
                ("body", phoned),
                ("safeguarding_confirmation", &confirmation),
            ],
        )
        .await;
    assert_eq!(saved.status, 303);
    let kept = detail::Entity::find()
        .filter(detail::Column::Subject.eq("group-post"))
        .order_by_asc(detail::Column::Ordinal)
        .all(&app.state.db)
        .await
        .unwrap();
    let kinds: Vec<(&str, i32)> = (kept.iter())
        .map(|detail| (detail.kind.as_str(), detail.ordinal))
        .collect();
    assert_eq!(kinds, [("child-name", 1), ("phone", 2)]);
    assert_eq!(kept[0].original, "Léa Martin");
}

#[tokio::test]
async fn every_table_is_labelled_and_every_labelled_column_exists() {
    let app = TestApp::spawn().await;
    let tables = schema::tables(&app.state.db).await.unwrap();
    for table in &tables {
        let listed = labels::TABLES
            .iter()
            .find(|labels| labels.table == table.name)
            .unwrap_or_else(|| panic!("the table {} has no sensitivity label", table.name));
        for (column, label) in listed.except {
            assert!(
                table.column_names().any(|name| name == *column),
                "{}.{column} is labelled but does not exist",
                table.name
            );
            assert_ne!(
                *label, listed.usual,
                "{}.{column} repeats its table's label",
                table.name
            );
        }
    }
    for listed in labels::TABLES {
        assert!(
            tables.iter().any(|table| table.name == listed.table),
            "{} is labelled but is not a table",
            listed.table
        );
    }
    assert_eq!(
        labels::of("proposals", "description"),
        Some(labels::Sensitivity::Sensitive)
    );
    assert_eq!(
        labels::of("proposals", "email"),
        Some(labels::Sensitivity::Personal)
    );
}

#[tokio::test]
async fn a_library_contribution_naming_a_child_is_flagged_hidden_and_listed_for_editors() {
    let app = TestApp::spawn().await;
    let mut member = app.browser();
    register_and_confirm(&app, &mut member, "lucia@example.org", "es").await;
    let path = "/es/biblioteca/contribute/research";
    let token = csrf(&mut member, path).await;
    let summary = "Sigue a Camila Rojas, que tiene 16 años, durante la mediación en Valparaíso.";
    let mut fields = crate::library::contribution("Mediación en Valparaíso", "review");
    fields.retain(|(name, _)| *name != "summary_es");
    fields.push(("summary_es", summary));
    fields.push(("csrf", &token));

    let warned = member.post_form(path, &fields).await;
    assert_eq!(warned.status, 200);
    assert!(warned.body.contains("«Camila Rojas»"));
    assert_eq!(
        warned.textarea("summary_es"),
        summary,
        "the form comes back filled in"
    );
    let confirmation = warned.hidden_field("safeguarding_confirmation");
    fields.push(("safeguarding_confirmation", &confirmation));
    let sent = member.post_form(path, &fields).await;
    assert_eq!(sent.status, 303, "{}", sent.body);
    let id: i32 = sent
        .location()
        .trim_end_matches("?saved=true")
        .rsplit('/')
        .next()
        .unwrap()
        .parse()
        .unwrap();

    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let staff_page = editor.get(&format!("/en/staff/library/{id}")).await;
    assert!(!staff_page.body.contains("Camila Rojas"));
    assert!(
        staff_page
            .body
            .contains("[nombre de un niño o niña], que tiene 16 años")
    );
    assert!(staff_page.body.contains("Hidden details"));
    assert!(staff_page.body.contains("/en/staff/safeguarding/details/"));
}

#[tokio::test]
async fn a_title_near_its_limit_is_stored_once_masked_and_a_purged_proposal_takes_its_details() {
    let app = TestApp::spawn().await;
    // 200 characters as typed, the most a title takes; longer once "Tom
    // Baker" is replaced by its mark.
    let title = format!("Tom Baker, 14, {}", "y".repeat(185));
    let sent = app.proposal().titled(&title).unconfirmed().send().await;
    let stored = proposal::Entity::find_by_id(sent.id)
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    assert!(stored.title.starts_with("[name of a child], 14, "));
    assert!(stored.title.chars().count() > 200);
    assert_eq!(
        detail::Entity::find()
            .all(&app.state.db)
            .await
            .unwrap()
            .len(),
        1
    );

    // Never confirmed, it is purged, and the child's detail with it.
    let long_ago = Utc::now() - Duration::days(3);
    proposal::Entity::update_many()
        .col_expr(
            proposal::Column::CreatedAt,
            sea_orm::sea_query::Expr::value(long_ago),
        )
        .filter(proposal::Column::Id.eq(sent.id))
        .exec(&app.state.db)
        .await
        .unwrap();
    assert_eq!(
        observatory::proposals::purge_expired(&app.state)
            .await
            .unwrap(),
        1
    );
    assert!(
        detail::Entity::find()
            .all(&app.state.db)
            .await
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn a_cases_outcome_is_read_and_a_corrected_draft_drops_the_detail_whose_mark_went() {
    let app = TestApp::spawn().await;
    let mut member = app.browser();
    register_and_confirm(&app, &mut member, "lucia@example.org", "es").await;
    let path = "/es/biblioteca/contribute/case-law";
    let token = csrf(&mut member, path).await;
    let outcome = "El juzgado sustituyó la internación de Diego Soto, de 15 años, por una medida en libertad.";
    let mut fields = crate::library::contribution("Sentencia sobre la internación", "draft");
    fields.extend([
        ("court", "Corte Suprema de Chile"),
        ("case_number", "Rol 1234-2019"),
        ("decided_on", "2019-08-21"),
        ("outcome", outcome),
        ("csrf", &token),
    ]);
    let warned = member.post_form(path, &fields).await;
    assert_eq!(warned.status, 200);
    assert!(warned.body.contains("«Diego Soto»"), "{}", warned.body);
    let confirmation = warned.hidden_field("safeguarding_confirmation");
    fields.push(("safeguarding_confirmation", &confirmation));
    let kept = member.post_form(path, &fields).await;
    assert_eq!(kept.status, 303, "{}", kept.body);
    let mine = kept.location().trim_end_matches("?saved=true").to_string();
    let details = || async {
        detail::Entity::find()
            .filter(detail::Column::Subject.eq("contribution"))
            .all(&app.state.db)
            .await
            .unwrap()
    };
    let hidden = details().await;
    assert_eq!(hidden.len(), 1);
    assert_eq!(
        (hidden[0].field.as_str(), hidden[0].original.as_str()),
        ("outcome", "Diego Soto")
    );

    // She corrects her draft and takes the child out altogether.
    let draft = member.get(&mine).await;
    assert!(
        draft
            .textarea("outcome")
            .contains("[nombre de un niño o niña], de 15 años")
    );
    let token = draft.hidden_field("csrf");
    let corrected = "El juzgado sustituyó la internación por una medida en libertad.";
    fields.retain(|(name, _)| !["outcome", "csrf", "safeguarding_confirmation"].contains(name));
    fields.extend([("outcome", corrected), ("csrf", &token)]);
    let saved = member.post_form(&mine, &fields).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    assert!(details().await.is_empty(), "its detail went with its mark");
}

#[tokio::test]
async fn a_meetings_agenda_and_minutes_are_read_and_hidden_details_listed_for_editors() {
    use observatory::groups::entities::meeting;
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let group = create_group(&mut editor, "Diversion in Asia", "private").await;
    let staff = (&app, &mut editor);
    let mut ana =
        crate::groups::new_member(staff, group, ("ana@example.org", "en", "coordinator")).await;
    let staff = (&app, &mut editor);
    let mut ben =
        crate::groups::new_member(staff, group, ("ben@example.org", "en", "member")).await;

    let agenda = "1. The case of Tom Baker, 14, and his school, Lincoln Primary School.";
    let mut fields = crate::meetings::a_meeting("Case review");
    fields.retain(|(name, _)| *name != "agenda");
    fields.push(("agenda", agenda.to_string()));
    let warned = crate::meetings::schedule(&mut ana, group, &fields).await;
    assert_eq!(warned.status, 200);
    assert!(warned.body.contains("“Tom Baker”"), "{}", warned.body);
    assert!(warned.body.contains("“Lincoln Primary School”"));
    assert_eq!(
        warned.textarea("agenda"),
        agenda,
        "the form comes back filled in"
    );
    assert!(
        meeting::Entity::find()
            .all(&app.state.db)
            .await
            .unwrap()
            .is_empty()
    );
    fields.push((
        "safeguarding_confirmation",
        warned.hidden_field("safeguarding_confirmation"),
    ));
    let scheduled = crate::meetings::schedule(&mut ana, group, &fields).await;
    assert_eq!(scheduled.status, 303, "{}", scheduled.body);
    let meeting_path = scheduled.location().to_string();
    let stored = meeting::Entity::find()
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        stored.agenda,
        "1. The case of [name of a child], 14, and his school, [name of a school]."
    );

    // Held, its minutes are read too.
    meeting::Entity::update_many()
        .col_expr(
            meeting::Column::StartsAt,
            sea_orm::sea_query::Expr::value(Utc::now() - Duration::hours(2)),
        )
        .col_expr(
            meeting::Column::EndsAt,
            sea_orm::sea_query::Expr::value(Utc::now() - Duration::hours(1)),
        )
        .exec(&app.state.db)
        .await
        .unwrap();
    let minutes = "His mother can be reached on +44 20 7946 0958.";
    let token = csrf(&mut ana, &meeting_path).await;
    let minutes_path = format!("{meeting_path}/minutes");
    let warned = ana
        .post_form(&minutes_path, &[("csrf", &token), ("minutes", minutes)])
        .await;
    assert_eq!(warned.status, 200);
    assert!(
        warned.body.contains("“+44 20 7946 0958”"),
        "{}",
        warned.body
    );
    let confirmation = warned.hidden_field("safeguarding_confirmation");
    let written = ana
        .post_form(
            &minutes_path,
            &[
                ("csrf", &token),
                ("minutes", minutes),
                ("safeguarding_confirmation", &confirmation),
            ],
        )
        .await;
    assert_eq!(written.status, 303);

    // Members read the marks; editors see the three details are hidden.
    let for_member = ben.get(&meeting_path).await;
    assert!(
        for_member.body.contains("[telephone number]"),
        "{}",
        for_member.body
    );
    assert!(!for_member.body.contains("7946"));
    assert!(!for_member.body.contains("/staff/safeguarding/details/"));
    let for_editor = editor.get(&meeting_path).await;
    assert!(!for_editor.body.contains("Tom Baker"));
    assert_eq!(
        (for_editor.body)
            .matches("/en/staff/safeguarding/details/")
            .count(),
        3
    );
}
