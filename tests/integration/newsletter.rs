//! The bulletin's subscription: anyone subscribes from a page's footer (or
//! the bulletin's page, choosing language and topics), receives nothing
//! but a confirmation until they confirm, and leaves by the signed link,
//! from the page's button or in one click from their mail program;
//! editors record bounces and complaints.

use observatory::web::Role;
use sea_orm::ConnectionTrait;

use crate::{
    accounts::path_of,
    helpers::{Browser, Page, TestApp, at},
    scenario::started_seconds_ago,
};

/// Sends the footer's form of `lang`'s home page.
async fn subscribe_from_footer(visitor: &mut Browser, lang: &str, email: &str) -> Page {
    let home = visitor.get(&format!("/{lang}")).await;
    let csrf = home.hidden_field("csrf");
    let started = started_seconds_ago(10);
    let fields = [
        ("csrf", csrf.as_str()),
        ("started", started.as_str()),
        ("language", lang),
        ("topics", "news"),
        ("topics", "events"),
        ("topics", "library"),
        ("website", ""),
        ("email", email),
    ];
    visitor
        .post_form(&format!("/{lang}/newsletter"), &fields)
        .await
}

/// The state the editors' page gives `email`.
async fn standing_of(editor: &mut Browser, email: &str) -> String {
    let list = editor.get("/en/staff/newsletter/subscribers").await;
    assert_eq!(list.status, 200, "{}", list.body);
    let row = list.body.split("<tr>").find(|row| row.contains(email));
    let row = row.unwrap_or_else(|| panic!("{email} not listed"));
    row.split("<td>")
        .nth(3)
        .and_then(|cell| cell.split("</td>").next())
        .unwrap_or_default()
        .to_string()
}

#[tokio::test]
async fn a_visitor_subscribes_from_the_footer_confirms_and_leaves_by_the_link() {
    let app = TestApp::spawn().await;
    let mut visitor = app.browser();
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let sent = subscribe_from_footer(&mut visitor, "es", "ana@example.org").await;
    assert_eq!(sent.status, 303, "{}", sent.body);
    assert_eq!(sent.location(), "/es/boletin/check");
    assert!(
        visitor
            .get("/es/boletin/check")
            .await
            .body
            .contains("Revise su correo")
    );
    assert_eq!(
        standing_of(&mut editor, "ana@example.org").await,
        "Waiting for confirmation"
    );

    let mail = app.mail.wait_for("ana@example.org").await;
    // Encoded for the header: its ASCII words read as written.
    assert!(
        mail.subject().starts_with("Confirme su "),
        "{}",
        mail.subject()
    );
    let link = path_of(&mail.link_containing("/confirm?t="));
    // Opening the link confirms nothing (mail scanners open links).
    let opened = visitor.get(&link).await;
    let opened = if opened.status == 308 {
        visitor.get(opened.location()).await
    } else {
        opened
    };
    assert_eq!(opened.status, 200);
    assert!(opened.body.contains("Confirmar mi suscripción"));
    assert_eq!(
        standing_of(&mut editor, "ana@example.org").await,
        "Waiting for confirmation"
    );
    let token = opened.hidden_field("t");
    let confirmed = visitor
        .post_form(
            "/es/newsletter/confirm",
            &[("csrf", &opened.hidden_field("csrf")), ("t", &token)],
        )
        .await;
    assert_eq!(confirmed.status, 200);
    assert!(confirmed.body.contains("Ya está suscrito"));
    assert_eq!(
        standing_of(&mut editor, "ana@example.org").await,
        "Confirmed"
    );

    // Asking again changes nothing and says how to leave, by a link that
    // works in one click from a mail program: no cookie, no form token.
    let again = subscribe_from_footer(&mut visitor, "es", "ana@example.org").await;
    assert_eq!(again.status, 303);
    let reminder = app
        .mail
        .wait_for_subject("ana@example.org", "Ya recibe el ")
        .await;
    let unsubscribe = reminder.link_containing("/unsubscribe?t=");
    let one_click = reqwest::Client::new()
        .post(&unsubscribe)
        .header("content-type", "application/x-www-form-urlencoded")
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .expect("posted");
    assert_eq!(one_click.status(), 200);
    assert_eq!(
        standing_of(&mut editor, "ana@example.org").await,
        "Unsubscribed"
    );
    // The old confirmation link does not bring the address back.
    let old = visitor
        .post_form(
            "/es/newsletter/confirm",
            &[("csrf", &opened.hidden_field("csrf")), ("t", &token)],
        )
        .await;
    assert_eq!(old.status, 404);
    assert_eq!(
        standing_of(&mut editor, "ana@example.org").await,
        "Unsubscribed"
    );
}

#[tokio::test]
async fn the_bulletin_s_page_lets_one_choose_and_says_what_is_wrong() {
    let app = TestApp::spawn().await;
    let mut visitor = app.browser();
    let form = visitor.get("/en/newsletter").await;
    assert_eq!(form.status, 200);
    let csrf = form.hidden_field("csrf");
    let started = started_seconds_ago(10);
    let wrong = visitor
        .post_form(
            "/en/newsletter",
            &[
                ("csrf", csrf.as_str()),
                ("started", started.as_str()),
                ("email", "ana at example"),
                ("language", "fr"),
            ],
        )
        .await;
    assert_eq!(wrong.status, 422);
    assert!(
        wrong
            .body
            .contains("Enter your e-mail address in the form name@example.org.")
    );
    assert!(wrong.body.contains("Choose at least one of the topics."));
    assert!(
        wrong.body.contains("value=\"ana at example\""),
        "kept as typed"
    );
    assert!(
        wrong
            .body
            .contains("<option value=\"fr\" lang=\"fr\" selected>")
    );
    // Sent as soon as shown: a robot, or someone to ask again.
    let quick = visitor
        .post_form(
            "/en/newsletter",
            &[
                ("csrf", csrf.as_str()),
                ("started", form.hidden_field("started").as_str()),
                ("email", "ana@example.org"),
                ("language", "fr"),
                ("topics", "library"),
            ],
        )
        .await;
    assert_eq!(quick.status, 429);
    assert!(quick.body.contains("The form was sent too quickly"));
    // Chosen language and topic: the confirmation is in French.
    let chosen = visitor
        .post_form(
            "/en/newsletter",
            &[
                ("csrf", csrf.as_str()),
                ("started", started_seconds_ago(10).as_str()),
                ("email", "ana@example.org"),
                ("language", "fr"),
                ("topics", "library"),
            ],
        )
        .await;
    assert_eq!(chosen.status, 303);
    let mail = app.mail.wait_for("ana@example.org").await;
    assert_eq!(mail.subject(), "Confirmez votre abonnement au bulletin");
}

#[tokio::test]
async fn a_bounced_or_complaining_address_is_recorded_by_editors() {
    let app = TestApp::spawn().await;
    let mut visitor = app.browser();
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    subscribe_from_footer(&mut visitor, "en", "gone@example.org").await;
    let list = editor.get("/en/staff/newsletter/subscribers").await;
    let csrf = list.hidden_field("csrf");
    let unknown = editor
        .post_form(
            "/en/staff/newsletter/subscribers/stop",
            &[
                ("csrf", csrf.as_str()),
                ("email", "nobody@example.org"),
                ("reason", "bounced"),
            ],
        )
        .await;
    assert_eq!(unknown.status, 422);
    assert!(unknown.body.contains("No subscriber has this address."));
    let stopped = editor
        .post_form(
            "/en/staff/newsletter/subscribers/stop",
            &[
                ("csrf", csrf.as_str()),
                ("email", "Gone@Example.org"),
                ("reason", "bounced"),
            ],
        )
        .await;
    assert_eq!(stopped.status, 303);
    let shown = editor.get(stopped.location()).await;
    assert!(
        shown
            .body
            .contains("gone@example.org is recorded as bounced"),
        "{}",
        shown.body
    );
    assert_eq!(
        standing_of(&mut editor, "gone@example.org").await,
        "Bounced"
    );
    // Members and visitors cannot.
    let mut member = app.staff("member@example.org", &[]).await;
    assert_eq!(
        member.get("/en/staff/newsletter/subscribers").await.status,
        403
    );
}

/// Subscribes `email` from the bulletin's page in `lang` for `topics`, and
/// confirms by the mailed link.
async fn subscribed(app: &TestApp, lang: &str, email: &str, topics: &[&str]) {
    let mut visitor = app.browser();
    let form = visitor.get(&at(&format!("/{lang}/newsletter"))).await;
    let csrf = form.hidden_field("csrf");
    let started = started_seconds_ago(10);
    let mut fields = vec![
        ("csrf", csrf.as_str()),
        ("started", started.as_str()),
        ("email", email),
        ("language", lang),
    ];
    fields.extend(topics.iter().map(|topic| ("topics", *topic)));
    assert_eq!(
        visitor
            .post_form(&format!("/{lang}/newsletter"), &fields)
            .await
            .status,
        303
    );
    let mail = app.mail.wait_for(email).await;
    let opened = visitor
        .get(&path_of(&mail.link_containing("/confirm?t=")))
        .await;
    let opened = if opened.status == 308 {
        visitor.get(opened.location()).await
    } else {
        opened
    };
    let confirmed = visitor
        .post_form(
            &format!("/{lang}/newsletter/confirm"),
            &[
                ("csrf", &opened.hidden_field("csrf")),
                ("t", &opened.hidden_field("t")),
            ],
        )
        .await;
    assert_eq!(confirmed.status, 200, "{}", confirmed.body);
}

#[tokio::test]
async fn an_issue_reaches_each_confirmed_subscriber_once_in_their_language_and_topics() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    subscribed(&app, "es", "ana@example.org", &["news", "library"]).await;
    subscribed(&app, "fr", "marc@example.org", &["library"]).await;
    subscribed(&app, "en", "amara@example.org", &["news"]).await;
    subscribe_from_footer(&mut app.browser(), "en", "pending@example.org").await;
    subscribed(&app, "en", "gone@example.org", &["news"]).await;
    let list = editor.get("/en/staff/newsletter/subscribers").await;
    editor
        .post_form(
            "/en/staff/newsletter/subscribers/stop",
            &[
                ("csrf", &list.hidden_field("csrf")),
                ("email", "gone@example.org"),
                ("reason", "complained"),
            ],
        )
        .await;

    let issues = editor.get("/en/staff/newsletter").await;
    assert!(
        issues.body.contains("3 confirmed subscribers."),
        "{}",
        issues.body
    );
    // Composed from the seeded news item and one of the library's reports.
    let form = editor.get("/en/staff/newsletter/new").await;
    assert_eq!(form.status, 200, "{}", form.body);
    let resource = form
        .body
        .split("name=\"resources\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a resource offered")
        .to_string();
    let csrf = form.hidden_field("csrf");
    let fields = [
        ("csrf", csrf.as_str()),
        ("intro_en", "This month, the network opens to everyone."),
        ("intro_es", "Este mes, la red se abre a todos."),
        ("intro_fr", "Ce mois-ci, le réseau s’ouvre à tous."),
        ("news", "collaboration-moves-online"),
        ("resources", resource.as_str()),
    ];
    let saved = editor.post_form("/en/staff/newsletter/new", &fields).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let issue_path = saved
        .location()
        .split('?')
        .next()
        .unwrap_or_default()
        .to_string();
    let shown = editor.get(saved.location()).await;
    assert!(
        shown.body.contains("Este mes, la red se abre a todos."),
        "the preview in each language"
    );
    assert!(
        shown
            .body
            .contains("L’observatoire ouvre sa collaboration à tous, en ligne")
    );

    // A test to the editor, then the real sending, pressed twice.
    let csrf = shown.hidden_field("csrf");
    assert_eq!(
        editor
            .post_form(&format!("{issue_path}/test"), &[("csrf", &csrf)])
            .await
            .status,
        303
    );
    let test = app
        .mail
        .wait_for_subject(
            "editor@example.org",
            "[Test] The observatory's bulletin, no.",
        )
        .await;
    assert!(
        test.decoded()
            .contains("This month, the network opens to everyone.")
    );
    for _ in 0..2 {
        let sent = editor
            .post_form(&format!("{issue_path}/send"), &[("csrf", &csrf)])
            .await;
        assert_eq!(sent.status, 303);
    }

    let spanish = app.mail.wait_for("ana@example.org").await;
    let spanish = app
        .mail
        .wait_for_count("ana@example.org", 2)
        .await
        .pop()
        .unwrap_or(spanish);
    let text = spanish.decoded();
    assert!(text.contains("Este mes, la red se abre a todos."), "{text}");
    assert!(text.contains("El observatorio abre su colaboración a todos, en línea"));
    assert!(text.contains("Novedades de la biblioteca"));
    let unsubscribe = spanish.header("List-Unsubscribe");
    assert!(
        unsubscribe.starts_with("<http") && unsubscribe.contains("/es/boletin/unsubscribe?t="),
        "{unsubscribe}"
    );
    assert_eq!(
        spanish.header("List-Unsubscribe-Post"),
        "List-Unsubscribe=One-Click"
    );
    assert!(
        text.contains("Cambiar su idioma o sus temas")
            && text.contains("/es/boletin/preferences?t="),
        "every bulletin leads to the reader's choices"
    );
    let french = app
        .mail
        .wait_for_count("marc@example.org", 2)
        .await
        .pop()
        .expect("the issue")
        .decoded();
    assert!(
        french.contains("Nouveautés de la bibliothèque")
            && !french.contains("Actualités de l’observatoire"),
        "{french}"
    );
    let english = app
        .mail
        .wait_for_count("amara@example.org", 2)
        .await
        .pop()
        .expect("the issue")
        .decoded();
    assert!(
        english.contains("News of the observatory") && !english.contains("New in the library"),
        "{english}"
    );

    // Once each, and never to the unconfirmed or the complaining.
    tokio::time::sleep(std::time::Duration::from_secs(2)).await;
    for (email, mails) in [
        ("ana@example.org", 2),
        ("marc@example.org", 2),
        ("amara@example.org", 2),
        ("pending@example.org", 1),
        ("gone@example.org", 1),
    ] {
        assert_eq!(app.mail.messages_to(email).await.len(), mails, "{email}");
    }
    let listed = editor.get("/en/staff/newsletter").await;
    assert!(
        listed.body.contains("<td>3</td>"),
        "three recipients: {}",
        listed.body
    );

    // The three were queued one after the other, no faster than the bound
    // (the latest mail jobs are the issue's: each at its turn).
    let db = &app.state.db;
    let rows = db
        .query_all_raw(sea_orm::Statement::from_string(
            db.get_database_backend(),
            "SELECT run_at FROM jobs WHERE kind = 'mail' ORDER BY run_at DESC LIMIT 3".to_string(),
        ))
        .await
        .expect("jobs");
    let turns: Vec<chrono::DateTime<chrono::Utc>> = rows
        .iter()
        .map(|row| row.try_get("", "run_at").expect("a time"))
        .collect();
    let bound = chrono::Duration::milliseconds(60_000 / observatory::newsletter::MAILS_PER_MINUTE);
    assert!(
        turns.windows(2).all(|pair| pair[0] - pair[1] >= bound),
        "{turns:?}"
    );

    // One click from the mail program unsubscribes.
    let address = unsubscribe.trim_start_matches('<').trim_end_matches('>');
    let one_click = reqwest::Client::new()
        .post(address)
        .header("content-type", "application/x-www-form-urlencoded")
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .expect("posted");
    assert_eq!(one_click.status(), 200);
    assert_eq!(
        standing_of(&mut editor, "ana@example.org").await,
        "Unsubscribed"
    );

    // The public archive has it, in the reader's language.
    let mut visitor = app.browser();
    let archive = visitor.get("/en/newsletter/archive").await;
    assert!(
        archive
            .body
            .contains("The observatory&#39;s bulletin, no. 1</a>"),
        "{}",
        archive.body
    );
    let spanish = visitor.get("/es/boletin/archive/1").await;
    assert!(spanish.body.contains("Este mes, la red se abre a todos."));
    assert!(
        spanish
            .body
            .contains("El observatorio abre su colaboración a todos, en línea")
    );
}

#[tokio::test]
async fn requests_never_confirmed_and_addresses_that_left_are_deleted_in_time() {
    let app = TestApp::spawn().await;
    let mut visitor = app.browser();
    for email in [
        "late@example.org",
        "left@example.org",
        "bounced@example.org",
        "fresh@example.org",
    ] {
        subscribe_from_footer(&mut visitor, "en", email).await;
    }
    let db = &app.state.db;
    let run = |sql: &str| {
        db.execute_raw(sea_orm::Statement::from_string(
            db.get_database_backend(),
            sql.to_string(),
        ))
    };
    let long_ago = "'2020-01-01 00:00:00+00:00'";
    run(&format!("UPDATE newsletter_subscribers SET requested_at = {long_ago} WHERE email = 'late@example.org'")).await.unwrap();
    run(&format!("UPDATE newsletter_subscribers SET state = 'unsubscribed', ended_at = {long_ago} WHERE email = 'left@example.org'")).await.unwrap();
    run(&format!("UPDATE newsletter_subscribers SET state = 'bounced', ended_at = {long_ago} WHERE email = 'bounced@example.org'")).await.unwrap();
    let purged = observatory::newsletter::purge_expired(db)
        .await
        .expect("purged");
    assert_eq!(purged, 2);
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let list = editor.get("/en/staff/newsletter/subscribers").await;
    assert!(!list.body.contains("late@example.org") && !list.body.contains("left@example.org"));
    assert!(
        list.body.contains("bounced@example.org"),
        "kept, so it is never mailed again"
    );
    assert!(list.body.contains("fresh@example.org"));
}

#[tokio::test]
async fn a_subscriber_changes_the_bulletin_s_language_and_topics_by_its_link() {
    use observatory::{i18n::Locale, newsletter};
    let app = TestApp::spawn().await;
    subscribed(&app, "en", "amara@example.org", &["news"]).await;
    let id: i32 = app
        .state
        .db
        .query_one_raw(sea_orm::Statement::from_string(
            app.state.db.get_database_backend(),
            "SELECT id FROM newsletter_subscribers WHERE email = 'amara@example.org'",
        ))
        .await
        .unwrap()
        .unwrap()
        .try_get("", "id")
        .unwrap();
    let link = path_of(&newsletter::preferences_url(&app.state, Locale::En, id));
    let mut reader = app.browser();
    let page = reader.get(&link).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains("amara@example.org"));
    assert!(page.body.contains("value=\"news\" checked"));
    assert!(!page.body.contains("value=\"events\" checked"));
    let token = page.hidden_field("t");
    let csrf = page.hidden_field("csrf");
    let action = format!("/en/newsletter/preferences?t={token}");

    // No topic at all is refused, and nothing changes.
    let refused = reader
        .post_form(
            &action,
            &[("csrf", &csrf), ("t", &token), ("language", "fr")],
        )
        .await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("Choose at least one of the topics."));

    let saved = reader
        .post_form(
            &action,
            &[
                ("csrf", &csrf),
                ("t", &token),
                ("language", "fr"),
                ("topics", "events"),
                ("topics", "library"),
            ],
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    assert!(saved.location().starts_with("/fr/bulletin/preferences?t="));
    let shown = reader.get(saved.location()).await;
    assert!(
        shown.body.contains("Vos choix ont été enregistrés"),
        "{}",
        shown.body
    );
    assert!(shown.body.contains("value=\"library\" checked"));
    let stored = app
        .state
        .db
        .query_one_raw(sea_orm::Statement::from_string(
            app.state.db.get_database_backend(),
            format!("SELECT locale, topics FROM newsletter_subscribers WHERE id = {id}"),
        ))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.try_get::<String>("", "locale").unwrap(), "fr");
    assert_eq!(
        stored.try_get::<String>("", "topics").unwrap(),
        "events,library"
    );

    // A link not signed by the site opens nothing.
    let forged = reader
        .get(&format!("/en/newsletter/preferences?t={id}.forged"))
        .await;
    assert_eq!(forged.status, 404);
}
