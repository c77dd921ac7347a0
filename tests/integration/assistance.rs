//! Governments and institutions ask for technical assistance: the request
//! reaches the head office through the job queue (answering it answers the
//! requester) and is acknowledged in the requester's language; wrong input
//! comes back in their language, filled in; bots and floods are refused.
//! The staff take requests up in their own queue: who handles each, its
//! state, replies mailed in the requester's language, notes among
//! themselves.

use observatory::web::Role;
use sea_orm::{ConnectionTrait, Statement};

use crate::{
    helpers::{Browser, Page, TestApp},
    scenario::started_seconds_ago,
};

const OFFICE: &str = "oijj@oijj.org";

struct Request<'a> {
    institution: &'a str,
    country: &'a str,
    area: &'a str,
    timeframe: &'a str,
    need: &'a str,
    contact_name: &'a str,
    contact_role: &'a str,
    email: &'a str,
    consent: bool,
}

const COMPLETE: Request<'static> = Request {
    institution: "Ministerio de Justicia y Derechos Humanos",
    country: "PE",
    area: "training",
    timeframe: "Desde marzo de 2027, durante seis meses",
    need: "Formación en prácticas restaurativas para el personal de los centros juveniles de Lima y Cusco.",
    contact_name: "Rosa Quispe",
    contact_role: "Directora de centros juveniles",
    email: "rosa.quispe@example.org",
    consent: true,
};

/// The form's address in `lang`.
fn form_path(lang: &str) -> &'static str {
    match lang {
        "es" => "/es/asistencia-tecnica",
        "fr" => "/fr/assistance-technique",
        _ => "/en/assistance",
    }
}

/// Sends the form from `lang`'s page as a person would: its token, a start
/// some seconds ago.
async fn send(
    visitor: &mut Browser,
    lang: &str,
    request: &Request<'_>,
    extra: &[(&str, &str)],
) -> Page {
    let form = visitor.get(form_path(lang)).await;
    assert_eq!(form.status, 200);
    let csrf = form.hidden_field("csrf");
    let started = started_seconds_ago(10);
    let mut fields = vec![
        ("csrf", csrf.as_str()),
        ("started", started.as_str()),
        ("institution", request.institution),
        ("country", request.country),
        ("area", request.area),
        ("timeframe", request.timeframe),
        ("need", request.need),
        ("contact_name", request.contact_name),
        ("contact_role", request.contact_role),
        ("email", request.email),
        ("phone", ""),
    ];
    if request.consent {
        fields.push(("consent", "yes"));
    }
    fields.extend_from_slice(extra);
    visitor.post_form(form_path(lang), &fields).await
}

async fn stored_requests(app: &TestApp) -> i64 {
    let db = &app.state.db;
    let row = db
        .query_one_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT COUNT(*) AS n FROM assistance_requests".to_string(),
        ))
        .await
        .expect("query")
        .expect("a count");
    row.try_get("", "n").expect("a number")
}

#[tokio::test]
async fn a_request_reaches_the_head_office_and_is_acknowledged_in_the_requester_s_language() {
    let app = TestApp::spawn().await;
    let mut visitor = app.browser();
    let cooperation = visitor.get("/es/cooperacion-tecnica").await;
    assert!(
        cooperation.body.contains("href=\"/es/asistencia-tecnica\""),
        "the technical cooperation page leads to the form"
    );
    let sent = send(&mut visitor, "es", &COMPLETE, &[]).await;
    assert_eq!(sent.status, 303, "{}", sent.body);
    assert_eq!(sent.location(), "/es/asistencia-tecnica/sent");
    let thanks = visitor.get("/es/asistencia-tecnica/sent").await;
    assert!(thanks.body.contains("Su solicitud se ha enviado"));

    let office = app.mail.wait_for(OFFICE).await;
    // Long subjects are folded: their start is enough.
    assert!(
        office
            .subject()
            .starts_with("Technical assistance request 1: Ministerio de Justicia"),
        "{}",
        office.subject()
    );
    assert_eq!(office.header("Reply-To"), COMPLETE.email);
    let text = office.decoded();
    for expected in [
        "Rosa Quispe (Directora de centros juveniles, Ministerio de Justicia y Derechos Humanos, Peru) asks for technical assistance, in Spanish.",
        "Area: Training",
        "Timeframe: Desde marzo de 2027, durante seis meses",
        "prácticas restaurativas",
    ] {
        assert!(text.contains(expected), "{expected}: {text}");
    }
    assert!(
        office
            .link_containing("/staff/assistance/")
            .ends_with("/en/staff/assistance/1")
    );

    let acknowledged = app.mail.wait_for(COMPLETE.email).await;
    assert!(
        acknowledged
            .subject()
            .starts_with("Hemos recibido su solicitud")
    );
    let text = acknowledged.decoded();
    assert!(text.contains("con el número 1"), "{text}");
    assert!(
        !text.contains("restaurativas") && !text.contains("Rosa"),
        "nothing the requester typed is mailed back"
    );
    assert_eq!(stored_requests(&app).await, 1);
}

#[tokio::test]
async fn wrong_input_comes_back_in_the_requester_s_language_filled_in() {
    let app = TestApp::spawn().await;
    let mut visitor = app.browser();
    let wrong = Request {
        institution: "",
        country: "XX",
        area: "magic",
        timeframe: "",
        need: "Aide.",
        contact_name: "Amadou Diallo",
        contact_role: "",
        email: "pas une adresse",
        consent: false,
    };
    let refused = send(&mut visitor, "fr", &wrong, &[]).await;
    assert_eq!(refused.status, 422);
    for message in [
        "Indiquez le nom de votre institution.",
        "Choisissez le pays dans la liste.",
        "Choisissez le domaine de l’assistance dans la liste.",
        "Indiquez quand l’assistance serait nécessaire.",
        "Décrivez votre besoin en quelques phrases",
        "Indiquez la fonction de la personne de contact",
        "Saisissez l’adresse électronique où nous pouvons vous répondre",
        "vous devez accepter la politique de confidentialité",
    ] {
        assert!(refused.body.contains(message), "{message}");
    }
    assert!(refused.body.contains("value=\"Amadou Diallo\""));
    assert!(refused.body.contains("value=\"pas une adresse\""));
    assert!(refused.body.contains(">Aide.</textarea>"));
    assert_eq!(stored_requests(&app).await, 0);
    assert!(app.mail.messages_to(OFFICE).await.is_empty());
}

#[tokio::test]
async fn bots_and_floods_are_refused_and_a_double_click_sends_once() {
    let app = TestApp::spawn().await;
    let mut visitor = app.browser();
    let trapped = send(
        &mut visitor,
        "en",
        &COMPLETE,
        &[("website", "http://spam.example")],
    )
    .await;
    assert_eq!(trapped.status, 303, "answered as sent");
    assert_eq!(stored_requests(&app).await, 0);

    // The same form twice makes one request.
    let form = visitor.get("/en/assistance").await;
    let csrf = form.hidden_field("csrf");
    let started = started_seconds_ago(10);
    let fields = [
        ("csrf", csrf.as_str()),
        ("started", started.as_str()),
        ("institution", COMPLETE.institution),
        ("country", COMPLETE.country),
        ("area", COMPLETE.area),
        ("timeframe", COMPLETE.timeframe),
        ("need", COMPLETE.need),
        ("contact_name", COMPLETE.contact_name),
        ("contact_role", COMPLETE.contact_role),
        ("email", COMPLETE.email),
        ("consent", "yes"),
    ];
    for _ in 0..2 {
        assert_eq!(
            visitor.post_form("/en/assistance", &fields).await.status,
            303
        );
    }
    assert_eq!(stored_requests(&app).await, 1);

    // Sent as soon as shown: a robot.
    let fresh = visitor.get("/en/assistance").await;
    let mut quick = fields.to_vec();
    let fresh_started = fresh.hidden_field("started");
    quick[1] = ("started", fresh_started.as_str());
    let too_fast = visitor.post_form("/en/assistance", &quick).await;
    assert_eq!(too_fast.status, 429);
    assert!(too_fast.body.contains("The form was sent too quickly"));

    // Five an hour from one address, then a clear refusal.
    for _ in 0..4 {
        assert_eq!(send(&mut visitor, "en", &COMPLETE, &[]).await.status, 303);
    }
    let flood = send(&mut visitor, "en", &COMPLETE, &[]).await;
    assert_eq!(flood.status, 429);
    assert!(
        flood
            .body
            .contains("Too many requests have been sent from your connection")
    );
    assert_eq!(stored_requests(&app).await, 5);
}

#[tokio::test]
async fn the_staff_take_a_request_up_reply_in_the_requester_s_language_and_keep_notes() {
    let app = TestApp::spawn().await;
    let mut visitor = app.browser();
    assert_eq!(send(&mut visitor, "es", &COMPLETE, &[]).await.status, 303);
    app.mail.wait_for(COMPLETE.email).await;
    let mut evaluator = app.staff("evaluator@example.org", &[Role::Evaluator]).await;
    let _editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let mut member = app.staff("member@example.org", &[]).await;
    assert_eq!(member.get("/en/staff/assistance").await.status, 403);
    assert_ne!(visitor.get("/en/staff/assistance/1").await.status, 200);

    let queue = evaluator.get("/en/staff/assistance").await;
    assert_eq!(queue.status, 200);
    assert!(
        queue
            .body
            .contains("Ministerio de Justicia y Derechos Humanos")
    );
    assert!(queue.body.contains("New (1)"));
    let request = evaluator.get("/en/staff/assistance/1").await;
    assert!(request.body.contains("Desde marzo de 2027"));
    assert!(
        request
            .body
            .contains("<p class=\"message-text\" lang=\"es\">Formación en prácticas"),
        "{}",
        request.body
    );

    // Given to the editor, in progress: the editor hears of it.
    let editor_id = app.user_id("editor@example.org").await.to_string();
    let csrf = request.hidden_field("csrf");
    let handled = evaluator
        .post_form(
            "/en/staff/assistance/1/handling",
            &[
                ("csrf", &csrf),
                ("seen", &request.hidden_field("seen")),
                ("state", "in-progress"),
                ("assignee", &editor_id),
            ],
        )
        .await;
    assert_eq!(handled.status, 303);
    let assigned = app
        .mail
        .wait_for_subject(
            "editor@example.org",
            "Technical assistance request 1 is yours",
        )
        .await;
    assert!(
        assigned
            .link_containing("/staff/assistance/1")
            .ends_with("/en/staff/assistance/1")
    );
    let mine = evaluator.get("/en/staff/assistance?state=&mine=yes").await;
    assert!(
        mine.body.contains("No request here."),
        "not the evaluator's"
    );

    // An empty reply is refused; a note stays among the staff.
    let refused = evaluator
        .post_form(
            "/en/staff/assistance/1/replies",
            &[("csrf", &csrf), ("body", " "), ("kind", "reply")],
        )
        .await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("Write the text first."));
    // Nothing is mailed unless the writer said so.
    let unsaid = evaluator
        .post_form(
            "/en/staff/assistance/1/replies",
            &[("csrf", &csrf), ("body", "Who reads this?")],
        )
        .await;
    assert_eq!(unsaid.status, 422);
    assert!(unsaid.body.contains("Say who reads it"));
    assert!(unsaid.body.contains(">Who reads this?</textarea>"));
    let noted = evaluator
        .post_form(
            "/en/staff/assistance/1/replies",
            &[
                ("csrf", &csrf),
                ("body", "Ask the Lima office who trains there."),
                ("kind", "note"),
            ],
        )
        .await;
    assert_eq!(noted.status, 303);

    // A reply is mailed in the requester's language; the request is answered.
    let reply = "Estimada Sra. Quispe: podemos organizar la formación en abril de 2027.";
    let replied = evaluator
        .post_form(
            "/en/staff/assistance/1/replies",
            &[("csrf", &csrf), ("body", reply), ("kind", "reply")],
        )
        .await;
    assert_eq!(replied.status, 303);
    let mailed = app.mail.wait_for_count(COMPLETE.email, 2).await;
    let answer = &mailed[1];
    assert!(
        answer.subject().starts_with("Su solicitud de asistencia"),
        "{}",
        answer.subject()
    );
    assert_eq!(answer.header("Reply-To"), OFFICE);
    let text = answer.decoded();
    assert!(text.contains(reply), "{text}");
    assert!(!text.contains("Lima office"), "notes are never mailed");
    let page = evaluator.get("/en/staff/assistance/1?done=reply").await;
    assert!(
        page.body
            .contains("The reply has been mailed to the requester.")
    );
    assert!(page.body.contains("Ask the Lima office who trains there."));
    assert!(page.body.contains("note among the staff"));
    assert!(
        page.body
            .contains("<option value=\"answered\" selected>Answered</option>")
    );
    let open = evaluator.get("/en/staff/assistance").await;
    assert!(
        open.body.contains("No request here."),
        "answered is not open"
    );
    let answered = evaluator.get("/en/staff/assistance?state=answered").await;
    assert!(answered.body.contains("Ministerio de Justicia"));
    // A handling form filled before the reply cannot undo it.
    let stale = evaluator
        .post_form(
            "/en/staff/assistance/1/handling",
            &[
                ("csrf", &csrf),
                ("seen", &request.hidden_field("seen")),
                ("state", "in-progress"),
                ("assignee", &editor_id),
            ],
        )
        .await;
    assert_eq!(stale.status, 409);
    assert!(
        evaluator
            .get("/en/staff/assistance?state=answered")
            .await
            .body
            .contains("Ministerio de Justicia")
    );
}

#[tokio::test]
async fn closed_requests_are_deleted_after_two_years() {
    let app = TestApp::spawn().await;
    let mut visitor = app.browser();
    for _ in 0..2 {
        assert_eq!(send(&mut visitor, "en", &COMPLETE, &[]).await.status, 303);
    }
    let db = &app.state.db;
    db.execute_raw(Statement::from_string(
        db.get_database_backend(),
        "UPDATE assistance_requests SET state = 'closed', updated_at = '2020-01-01 00:00:00+00:00' WHERE id = 1"
            .to_string(),
    ))
    .await
    .expect("aged");
    let purged = observatory::assistance::purge_expired(&app.state)
        .await
        .expect("purged");
    assert_eq!(purged, 1);
    assert_eq!(stored_requests(&app).await, 1);
}

#[tokio::test]
async fn a_child_named_in_a_request_is_flagged_and_reaches_the_office_hidden() {
    let app = TestApp::spawn().await;
    let mut visitor = app.browser();
    let naming = Request {
        need: "Queremos revisar el caso de un niño de 12 años llamado Pablo, expediente nº 1234-2020, antes de formar al personal.",
        ..COMPLETE
    };
    let warned = send(&mut visitor, "es", &naming, &[]).await;
    assert_eq!(warned.status, 200);
    assert!(warned.body.contains("«Pablo»"), "{}", warned.body);
    assert!(warned.body.contains("«1234-2020»"));
    assert!(
        warned.body.contains(naming.need),
        "the form comes back filled in"
    );
    assert_eq!(stored_requests(&app).await, 0);

    let confirmation = warned.hidden_field("safeguarding_confirmation");
    let sent = send(
        &mut visitor,
        "es",
        &naming,
        &[("safeguarding_confirmation", &confirmation)],
    )
    .await;
    assert_eq!(sent.status, 303, "{}", sent.body);
    let office = app.mail.wait_for(OFFICE).await.decoded();
    assert!(!office.contains("Pablo"), "{office}");
    assert!(office.contains("[nombre de un niño o niña]"), "{office}");
    assert!(!office.contains("1234-2020"));

    // Editors see that two details are hidden; evaluators do not.
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let for_editor = editor.get("/en/staff/assistance/1").await;
    assert!(!for_editor.body.contains("Pablo"));
    assert_eq!(
        (for_editor.body)
            .matches("/en/staff/safeguarding/details/")
            .count(),
        2
    );
    let mut evaluator = app.staff("evaluator@example.org", &[Role::Evaluator]).await;
    let for_evaluator = evaluator.get("/en/staff/assistance/1").await;
    assert_eq!(for_evaluator.status, 200);
    assert!(!for_evaluator.body.contains("/staff/safeguarding/details/"));
}
