//! Every page and every mail, in English, Spanish and French, has all its
//! texts: a message id built at run time (`proposal-state-{…}`,
//! `country-{…}`, an audit phrase…) that no locale file defines shows up as
//! Fluent's "Unknown localization key", and a message missing an argument
//! as `{$…}`. The locale files are compared with each other by a unit test;
//! this one looks at what people actually receive.

use base64::Engine;
use observatory::web::Role;

use crate::{
    accounts::{PASSWORD, path_of, register_and_confirm, registration},
    helpers::{Browser, Page, TestApp, at},
    pages::PAGES,
    scenario::{PDF, csrf, proposal_fields, proposal_id, started_seconds_ago, submit},
};

/// Everything read during the walk, to check at the end.
#[derive(Default)]
struct Seen(Vec<(String, String)>);

impl Seen {
    async fn get(&mut self, browser: &mut Browser, path: &str) -> Page {
        let page = browser.get(&at(path)).await;
        self.0.push((format!("GET {path}"), page.body.clone()));
        page
    }

    async fn post(&mut self, browser: &mut Browser, path: &str, fields: &[(&str, &str)]) -> Page {
        let page = browser.post_form(path, fields).await;
        self.0.push((format!("POST {path}"), page.body.clone()));
        page
    }

    fn untranslated(&self) -> Vec<String> {
        self.0
            .iter()
            .filter(|(_, text)| is_untranslated(text))
            .map(|(what, text)| format!("{what}: {}", excerpt(text)))
            .collect()
    }
}

fn is_untranslated(text: &str) -> bool {
    text.contains("Unknown localization key") || text.contains("{$") || text.contains("{ $")
}

fn excerpt(text: &str) -> String {
    let at = text
        .find("Unknown localization key")
        .or_else(|| text.find("{$"))
        .or_else(|| text.find("{ $"))
        .unwrap_or(0);
    text[at..].chars().take(120).collect()
}

/// A mail's subject and body as a reader sees them: the folded subject
/// joined, its RFC 2047 words and the quoted-printable body decoded.
fn readable(mail: &crate::smtp_sink::Received) -> String {
    let mut lines = mail
        .data
        .lines()
        .skip_while(|line| !line.starts_with("Subject: "));
    let mut subject = lines.next().unwrap_or_default()["Subject: ".len()..].to_string();
    for folded in lines.take_while(|line| line.starts_with([' ', '\t'])) {
        subject.push_str(folded);
    }
    let words: Vec<String> = subject.split_whitespace().map(decode_word).collect();
    format!("{}\n{}", words.join(" "), mail.decoded())
}

/// One RFC 2047 encoded word (`=?utf-8?b?…?=`), or the word as it is.
fn decode_word(word: &str) -> String {
    let encoded = word
        .strip_prefix("=?utf-8?b?")
        .or_else(|| word.strip_prefix("=?UTF-8?B?"))
        .and_then(|rest| rest.strip_suffix("?="));
    match encoded {
        Some(encoded) => {
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(encoded)
                .unwrap_or_default();
            String::from_utf8_lossy(&bytes).into_owned()
        }
        None => word.to_string(),
    }
}

/// The public pages, and the account forms a visitor can open.
const FORMS: [&str; 4] = [
    "/login",
    "/password-reset",
    "/account/confirm/resend",
    "/register",
];

/// An anonymous visitor: every public page, the error pages, and forms
/// sent wrong.
async fn visit_as_visitor(app: &TestApp, lang: &str, seen: &mut Seen) {
    let mut visitor = app.browser();
    for path in PAGES.iter().chain(&FORMS) {
        let path = path.trim_end_matches('/');
        seen.get(&mut visitor, &format!("/{lang}{path}")).await;
    }
    seen.get(&mut visitor, &format!("/{lang}/no-such-page"))
        .await;
    seen.get(
        &mut visitor,
        &format!("/{lang}/collaborate/sent?confirm=maybe"),
    )
    .await;
    seen.get(
        &mut visitor,
        &format!("/{lang}/collaborate/confirm?token=unknown"),
    )
    .await;
    seen.get(
        &mut visitor,
        &format!("/{lang}/password-reset/new?token=unknown"),
    )
    .await;
    let token = csrf(&mut visitor, &format!("/{lang}/register")).await;
    let empty = [("csrf", token.as_str())];
    for form in [
        "/register",
        "/login",
        "/password-reset",
        "/account/confirm/resend",
    ] {
        seen.post(&mut visitor, &format!("/{lang}{form}"), &empty)
            .await;
    }
    seen.post(
        &mut visitor,
        &format!("/{lang}/register"),
        &[("csrf", "forged")],
    )
    .await;
    let refused = visitor
        .post_multipart(&format!("/{lang}/collaborate"), &empty, None)
        .await;
    seen.0
        .push(("POST collaborate (empty)".into(), refused.body));
}

/// A proposal sent in `lang` and taken through every state by staff, with
/// every staff page seen in `lang` along the way.
async fn walk_a_proposal(
    app: &TestApp,
    lang: &str,
    editor: &mut Browser,
    evaluator: &mut Browser,
    evaluator_email: &str,
    seen: &mut Seen,
) {
    let mut submitter = app.browser();
    let token = csrf(&mut submitter, &format!("/{lang}/collaborate")).await;
    let started = started_seconds_ago(10);
    let email = format!("sender-{lang}@example.org");
    let title = format!("Proposal in {lang}");
    let fields = proposal_fields(&token, &started, &email, &title);
    let sent = submit(
        &mut submitter,
        lang,
        &fields,
        Some(("plan.pdf", PDF.to_vec())),
    )
    .await;
    seen.get(&mut submitter, sent.location()).await;
    let mail = app.mail.wait_for(&email).await;
    let confirm = seen
        .get(
            &mut submitter,
            &path_of(&mail.link_containing(&at(&format!("/{lang}/collaborate/confirm?token=")))),
        )
        .await;
    let (confirm_token, form_csrf) = (confirm.hidden_field("token"), confirm.hidden_field("csrf"));
    let confirmed = submitter
        .post_form(
            &format!("/{lang}/collaborate/confirm"),
            &[("csrf", &form_csrf), ("token", &confirm_token)],
        )
        .await;
    let status_path = confirmed.location().to_string();
    let reference = status_path
        .split("reference=")
        .nth(1)
        .unwrap()
        .split('&')
        .next()
        .unwrap()
        .to_string();
    let id = proposal_id(app, &reference).await;
    let staff_page = format!("/{lang}/staff/proposals/{id}");

    let token = csrf(editor, &staff_page).await;
    let evaluator_id = app.user_id(evaluator_email).await.to_string();
    editor
        .post_form(
            &format!("{staff_page}/assign"),
            &[("csrf", &token), ("evaluator_id", &evaluator_id)],
        )
        .await;
    seen.get(evaluator, &staff_page).await;
    let token = csrf(evaluator, &staff_page).await;
    seen.post(
        evaluator,
        &format!("{staff_page}/evaluate"),
        &[("csrf", &token)],
    )
    .await;
    seen.post(editor, &format!("{staff_page}/write"), &[("csrf", &token)])
        .await;
    let token = csrf(editor, &staff_page).await;
    editor
        .post_form(
            &format!("{staff_page}/write"),
            &[
                ("csrf", &token),
                ("kind", "note"),
                ("body", "Internal note."),
            ],
        )
        .await;
    editor
        .post_form(
            &format!("{staff_page}/write"),
            &[
                ("csrf", &token),
                ("kind", "question"),
                ("body", "Which cities?"),
            ],
        )
        .await;
    let status = seen.get(&mut submitter, &status_path).await;
    let (reply_csrf, access_token) = (status.hidden_field("csrf"), status.hidden_field("token"));
    let access = [
        ("csrf", reply_csrf.as_str()),
        ("reference", reference.as_str()),
        ("token", access_token.as_str()),
    ];
    seen.post(
        &mut submitter,
        &format!("/{lang}/collaborate/status/reply"),
        &access,
    )
    .await;
    let mut reply = access.to_vec();
    reply.push(("body", "Lima and Cusco."));
    submitter
        .post_form(&format!("/{lang}/collaborate/status/reply"), &reply)
        .await;
    seen.get(editor, &staff_page).await;
    seen.get(
        editor,
        &format!("{staff_page}/decide?decision=working-group"),
    )
    .await;
    seen.get(
        editor,
        &format!("{staff_page}/decide?decision=individual-action"),
    )
    .await;
    seen.post(editor, &format!("{staff_page}/decide"), &[("csrf", &token)])
        .await;
    editor
        .post_form(
            &format!("{staff_page}/decide"),
            &[
                ("csrf", &token),
                ("decision", "working-group"),
                ("new_group_name", "Restorative circles"),
                ("new_group_line", "restorative-justice"),
                ("reply", "Welcome to the group."),
            ],
        )
        .await;
    let twice = seen
        .post(
            editor,
            &format!("{staff_page}/decide"),
            &[
                ("csrf", &token),
                ("decision", "not-at-this-time"),
                ("reply", "No."),
            ],
        )
        .await;
    assert_eq!(twice.status, 409);
    editor
        .post_form(
            &format!("{staff_page}/write"),
            &[
                ("csrf", &token),
                ("kind", "message"),
                ("body", "Next steps."),
            ],
        )
        .await;
    seen.get(editor, &staff_page).await;
    seen.get(&mut submitter, &status_path).await;

    // A second proposal, withdrawn by its sender.
    let token = csrf(&mut submitter, &format!("/{lang}/collaborate")).await;
    let started = started_seconds_ago(10);
    let other = format!("Withdrawn in {lang}");
    let fields = proposal_fields(&token, &started, &email, &other);
    submit(&mut submitter, lang, &fields, None).await;
    let mail = app.mail.wait_for_count(&email, 6).await.pop().unwrap();
    let confirm = submitter
        .get(&path_of(&mail.link_containing(&at(&format!(
            "/{lang}/collaborate/confirm?token="
        )))))
        .await;
    let confirmed = submitter
        .post_form(
            &format!("/{lang}/collaborate/confirm"),
            &[
                ("csrf", &confirm.hidden_field("csrf")),
                ("token", &confirm.hidden_field("token")),
            ],
        )
        .await;
    let status_path = confirmed.location().to_string();
    let status = submitter.get(&status_path).await;
    let reference = status_path
        .split("reference=")
        .nth(1)
        .unwrap()
        .split('&')
        .next()
        .unwrap();
    let id = proposal_id(app, reference).await;
    let token = csrf(editor, &format!("/{lang}/staff/proposals/{id}")).await;
    editor
        .post_form(
            &format!("/{lang}/staff/proposals/{id}/assign"),
            &[("csrf", &token), ("evaluator_id", &evaluator_id)],
        )
        .await;
    submitter
        .post_form(
            &format!("/{lang}/collaborate/status/withdraw"),
            &[
                ("csrf", &status.hidden_field("csrf")),
                ("reference", reference),
                ("token", &status.hidden_field("token")),
            ],
        )
        .await;
    seen.get(editor, &format!("/{lang}/staff/proposals/{id}"))
        .await;
}

/// Staff-wide pages in `lang`.
async fn visit_staff_pages(lang: &str, admin: &mut Browser, seen: &mut Seen) {
    for path in [
        "/staff/proposals",
        "/staff/proposals?state=decided&region=latin-america&line=restorative-justice",
        "/staff/dashboard",
        "/staff/lines",
        "/admin/users",
        "/admin/users?q=example",
    ] {
        seen.get(admin, &format!("/{lang}{path}")).await;
    }
    let token = csrf(admin, &format!("/{lang}/staff/lines")).await;
    seen.post(admin, &format!("/{lang}/staff/lines"), &[("csrf", &token)])
        .await;
}

/// A member's own pages in `lang`, and the mails their changes send.
async fn visit_as_member(app: &TestApp, lang: &str, seen: &mut Seen) {
    let email = format!("member-{lang}@example.org");
    let mut member = app.browser();
    register_and_confirm(app, &mut member, &email, lang).await;
    crate::accounts::log_in(&mut member, lang, &email, PASSWORD).await;
    for path in [
        "/account",
        "/account/password",
        "/account/email",
        "/account/delete",
        "/account/proposals",
        "/collaborate",
    ] {
        seen.get(&mut member, &format!("/{lang}{path}")).await;
    }
    let token = csrf(&mut member, &format!("/{lang}/account")).await;
    for form in [
        "/account",
        "/account/password",
        "/account/email",
        "/account/delete",
    ] {
        seen.post(&mut member, &format!("/{lang}{form}"), &[("csrf", &token)])
            .await;
    }
    let new_password = "a different long passphrase";
    member
        .post_form(
            &format!("/{lang}/account/password"),
            &[
                ("csrf", &token),
                ("current_password", PASSWORD),
                ("password", new_password),
                ("password_again", new_password),
            ],
        )
        .await;
    let token = csrf(&mut member, &format!("/{lang}/account/email")).await;
    let moved = format!("moved-{lang}@example.org");
    seen.post(
        &mut member,
        &format!("/{lang}/account/email"),
        &[
            ("csrf", &token),
            ("email", &moved),
            ("current_password", new_password),
        ],
    )
    .await;
    let mail = app.mail.wait_for(&moved).await;
    let confirm = seen
        .get(
            &mut member,
            &path_of(&mail.link_containing("/account/email/confirm?token=")),
        )
        .await;
    member
        .post_form(
            &format!("/{lang}/account/email/confirm"),
            &[
                ("csrf", &confirm.hidden_field("csrf")),
                ("token", &confirm.hidden_field("token")),
            ],
        )
        .await;
    // Someone registers with the address again; its owner is warned.
    let mut stranger = app.browser();
    let token = csrf(&mut stranger, &format!("/{lang}/register")).await;
    stranger
        .post_form(&format!("/{lang}/register"), &registration(&moved, &token))
        .await;
    let token = csrf(&mut stranger, &format!("/{lang}/password-reset")).await;
    seen.post(
        &mut stranger,
        &format!("/{lang}/password-reset"),
        &[("csrf", &token), ("email", &moved)],
    )
    .await;
}

#[tokio::test]
async fn every_page_and_mail_is_translated_in_every_language() {
    // The walk sends more proposals than one address may in an hour.
    let app = TestApp::spawn_with(&[("OBSERVATORY_SUBMISSIONS_PER_HOUR", "100")]).await;
    let mut seen = Seen::default();
    let mut admin = app.staff("admin@example.org", &Role::ALL).await;
    for lang in ["en", "es", "fr"] {
        let evaluator_email = format!("evaluator-{lang}@example.org");
        let mut evaluator = app.browser();
        register_and_confirm(&app, &mut evaluator, &evaluator_email, lang).await;
        let id = app.user_id(&evaluator_email).await;
        observatory::accounts::admin::set_roles(&app.state.db, id, Role::Evaluator.into(), None)
            .await
            .unwrap();
        crate::accounts::log_in(&mut evaluator, lang, &evaluator_email, PASSWORD).await;
        visit_as_visitor(&app, lang, &mut seen).await;
        walk_a_proposal(
            &app,
            lang,
            &mut admin,
            &mut evaluator,
            &evaluator_email,
            &mut seen,
        )
        .await;
        visit_staff_pages(lang, &mut admin, &mut seen).await;
        visit_as_member(&app, lang, &mut seen).await;
    }
    app.wait_for_jobs().await;
    let mails = app.mail.all().await;
    assert!(
        mails.len() >= 40,
        "the walk sends every kind of mail: {}",
        mails.len()
    );
    let mut untranslated = seen.untranslated();
    untranslated.extend(
        mails
            .iter()
            .map(readable)
            .filter(|text| is_untranslated(text))
            .map(|text| format!("mail: {}", excerpt(&text))),
    );
    assert!(seen.0.len() > 150, "the walk saw {} pages", seen.0.len());
    assert!(untranslated.is_empty(), "untranslated: {untranslated:#?}");
}
