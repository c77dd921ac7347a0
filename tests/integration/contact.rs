//! Anyone writes to the head office from the contact page: the message is
//! mailed to the office's address through the job queue (answering it
//! answers the sender) and acknowledged to the sender in their language;
//! wrong input comes back with its messages and the file kept; bots and
//! floods are refused.

use sea_orm::{ConnectionTrait, Statement};

use crate::{
    helpers::{Browser, Page, TestApp},
    scenario::{PDF, started_seconds_ago},
};

const OFFICE: &str = "oijj@oijj.org";

struct Message<'a> {
    name: &'a str,
    email: &'a str,
    subject: &'a str,
    message: &'a str,
    consent: bool,
}

const COMPLETE: Message<'static> = Message {
    name: "Lucía Fernández",
    email: "lucia@example.org",
    subject: "Training for our juvenile court",
    message: "We would like to know whether the observatory runs training for judges in Peru.",
    consent: true,
};

/// Sends the contact form from `lang`'s contact page, as a person would:
/// its token, a start some seconds ago, the file if any.
async fn send(
    visitor: &mut Browser,
    lang: &str,
    message: &Message<'_>,
    extra: &[(&str, &str)],
    file: Option<(&str, Vec<u8>)>,
) -> Page {
    let path = if lang == "es" {
        "/es/contacto"
    } else {
        "/en/contact"
    };
    let form = visitor.get(path).await;
    assert_eq!(form.status, 200);
    let csrf = form.hidden_field("csrf");
    let started = started_seconds_ago(10);
    let mut fields = vec![
        ("csrf", csrf.as_str()),
        ("started", started.as_str()),
        ("name", message.name),
        ("email", message.email),
        ("subject", message.subject),
        ("message", message.message),
    ];
    if message.consent {
        fields.push(("consent", "yes"));
    }
    fields.extend_from_slice(extra);
    visitor.post_multipart(path, &fields, file).await
}

async fn stored_messages(app: &TestApp) -> i64 {
    let db = &app.state.db;
    let row = db
        .query_one_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT COUNT(*) AS n FROM contact_messages WHERE sent_at IS NOT NULL".to_string(),
        ))
        .await
        .expect("query")
        .expect("a count");
    row.try_get("", "n").expect("a number")
}

#[tokio::test]
async fn a_message_reaches_the_head_office_and_the_sender_is_answered_in_their_language() {
    let app = TestApp::spawn().await;
    let mut visitor = app.browser();
    let spanish = Message {
        email: "lucia.es@example.org",
        ..COMPLETE
    };
    let sent = send(
        &mut visitor,
        "es",
        &spanish,
        &[],
        Some(("programa.pdf", PDF.to_vec())),
    )
    .await;
    assert_eq!(sent.status, 303, "{}", sent.body);
    assert_eq!(sent.location(), "/es/contacto/sent");
    let thanks = visitor.get("/es/contacto/sent").await;
    assert!(thanks.body.contains("Su mensaje se ha enviado"));

    let office = app.mail.wait_for(OFFICE).await;
    assert_eq!(
        office.subject(),
        "Contact page: Training for our juvenile court"
    );
    assert_eq!(office.header("Reply-To"), "lucia.es@example.org");
    let text = office.decoded();
    assert!(
        text.contains(
            "Lucía Fernández (lucia.es@example.org) wrote through the contact page, in Español."
        ),
        "{text}"
    );
    assert!(text.contains("runs training for judges in Peru"));
    // The document: a link for signed-in editors, not an attachment.
    let link = office.link_containing("/staff/messages/");
    let path = link
        .split_once("127.0.0.1")
        .map(|(_, rest)| {
            rest.split_once('/')
                .map(|(_, p)| format!("/{p}"))
                .unwrap_or_default()
        })
        .unwrap_or_default();
    assert!(path.ends_with("/file"), "{path}");
    assert_ne!(visitor.get(&path).await.status, 200, "not for visitors");
    let mut editor = app
        .staff("editor@example.org", &[observatory::web::Role::Editor])
        .await;
    let file = editor.get(&path).await;
    assert_eq!(file.status, 200);
    assert_eq!(file.header("content-type"), "application/pdf");
    assert!(file.header("content-disposition").contains("programa.pdf"));
    // Editors also find it on the site, should a mail go astray.
    let messages = editor.get("/en/staff/messages").await;
    assert_eq!(messages.status, 200);
    assert!(messages.body.contains("Training for our juvenile court"));
    assert!(messages.body.contains("<span lang=\"es\">Español</span>"));
    assert!(messages.body.contains("programa.pdf"));
    assert_ne!(visitor.get("/en/staff/messages").await.status, 200);

    let acknowledged = app.mail.wait_for("lucia.es@example.org").await;
    assert_eq!(acknowledged.subject(), "Hemos recibido su mensaje");
    let text = acknowledged.decoded();
    assert!(text.contains("Hola, lucia.es@example.org:"), "{text}");
    assert!(
        !text.contains("judges") && !text.contains("Lucía"),
        "nothing the sender typed is mailed back"
    );
    assert_eq!(stored_messages(&app).await, 1);
}

#[tokio::test]
async fn wrong_input_comes_back_filled_in_with_its_file_kept() {
    let app = TestApp::spawn().await;
    let mut visitor = app.browser();
    let wrong = Message {
        name: "",
        email: "not an address",
        subject: "",
        message: "Hi",
        consent: false,
    };
    let refused = send(
        &mut visitor,
        "en",
        &wrong,
        &[],
        Some(("plan.pdf", PDF.to_vec())),
    )
    .await;
    assert_eq!(refused.status, 422);
    for message in [
        "Tell us your name.",
        "Enter the e-mail address where we can answer you",
        "Give your message a subject.",
        "Write your message: at least a sentence.",
        "To send a message you need to accept the privacy policy.",
    ] {
        assert!(refused.body.contains(message), "{message}");
    }
    assert!(refused.body.contains("value=\"not an address\""));
    assert!(refused.body.contains(">Hi</textarea>"));
    assert!(
        refused
            .body
            .contains("This document is kept with your message:")
    );
    assert!(refused.body.contains("plan.pdf"));
    let kept = refused.hidden_field("kept_file");
    assert_eq!(stored_messages(&app).await, 0);

    // Corrected, without sending the file again: it goes with the message.
    let corrected = send(&mut visitor, "en", &COMPLETE, &[("kept_file", &kept)], None).await;
    assert_eq!(corrected.status, 303, "{}", corrected.body);
    let office = app.mail.wait_for(OFFICE).await;
    assert!(
        office
            .link_containing("/staff/messages/")
            .ends_with("/file")
    );
    assert_eq!(stored_messages(&app).await, 1);

    // A file that is no document is refused next to its field.
    let bad_file = send(
        &mut visitor,
        "en",
        &COMPLETE,
        &[],
        Some(("virus.exe", b"MZ\x90\x00".to_vec())),
    )
    .await;
    assert_eq!(bad_file.status, 422);
    assert!(bad_file.body.contains("id=\"attachment-error\""));
}

#[tokio::test]
async fn bots_and_floods_are_refused_and_a_double_click_sends_once() {
    let app = TestApp::spawn().await;
    let mut visitor = app.browser();
    // The trap filled: answered as sent, nothing kept or mailed.
    let trapped = send(
        &mut visitor,
        "en",
        &COMPLETE,
        &[("website", "http://spam.example")],
        None,
    )
    .await;
    assert_eq!(trapped.status, 303);
    assert_eq!(stored_messages(&app).await, 0);

    // The same form twice makes one message.
    let form = visitor.get("/en/contact").await;
    let csrf = form.hidden_field("csrf");
    let started = started_seconds_ago(10);
    let fields = [
        ("csrf", csrf.as_str()),
        ("started", started.as_str()),
        ("name", COMPLETE.name),
        ("email", COMPLETE.email),
        ("subject", COMPLETE.subject),
        ("message", COMPLETE.message),
        ("consent", "yes"),
    ];
    for _ in 0..2 {
        let sent = visitor.post_multipart("/en/contact", &fields, None).await;
        assert_eq!(sent.status, 303);
    }
    assert_eq!(stored_messages(&app).await, 1);

    // Sent as soon as shown: a robot.
    let fresh = visitor.get("/en/contact").await;
    let quick = [
        ("csrf", csrf.as_str()),
        ("started", &fresh.hidden_field("started")),
        ("name", COMPLETE.name),
        ("email", COMPLETE.email),
        ("subject", COMPLETE.subject),
        ("message", COMPLETE.message),
        ("consent", "yes"),
    ];
    let too_fast = visitor.post_multipart("/en/contact", &quick, None).await;
    assert_eq!(too_fast.status, 429);
    assert!(too_fast.body.contains("The form was sent too quickly"));

    // Five an hour from one address, then a clear refusal.
    for _ in 0..4 {
        assert_eq!(
            send(&mut visitor, "en", &COMPLETE, &[], None).await.status,
            303
        );
    }
    let flood = send(&mut visitor, "en", &COMPLETE, &[], None).await;
    assert_eq!(flood.status, 429);
    assert!(
        flood
            .body
            .contains("Too many messages have been sent from your connection")
    );
    assert_eq!(stored_messages(&app).await, 5);
}

#[tokio::test]
async fn messages_are_deleted_a_year_after_they_were_sent_with_their_document() {
    let app = TestApp::spawn().await;
    let mut visitor = app.browser();
    let sent = send(
        &mut visitor,
        "en",
        &COMPLETE,
        &[],
        Some(("plan.pdf", PDF.to_vec())),
    )
    .await;
    assert_eq!(sent.status, 303);
    send(&mut visitor, "en", &COMPLETE, &[], None).await;
    assert_eq!(stored_messages(&app).await, 2);
    let db = &app.state.db;
    db.execute_raw(Statement::from_string(
        db.get_database_backend(),
        "UPDATE contact_messages SET sent_at = '2020-01-01 00:00:00+00:00' WHERE stored_name IS NOT NULL"
            .to_string(),
    ))
    .await
    .expect("aged");
    let files_before = app.stored_uploads().await.len();
    let purged = observatory::contact::purge_expired(&app.state)
        .await
        .expect("purged");
    assert_eq!(purged, 1);
    assert_eq!(stored_messages(&app).await, 1);
    assert_eq!(
        app.stored_uploads().await.len(),
        files_before - 1,
        "its document too"
    );
}
