//! Login limits under attack: concurrent guesses are all counted, a stranger
//! cannot lock the owner out, and the owner of an account attacked from
//! everywhere still gets in with a mailed one-time link.

use tokio::task::JoinSet;

use crate::accounts::{PASSWORD, log_in, path_of, register_and_confirm};
use crate::helpers::TestApp;

/// Load balancer in front: `X-Forwarded-For` names each client.
const BEHIND_PROXY: &[(&str, &str)] = &[("OBSERVATORY_TRUSTED_PROXIES", "127.0.0.1")];

#[tokio::test]
async fn concurrent_guesses_are_counted_before_any_password_is_checked() {
    let app = TestApp::spawn().await;
    let email = "raced@example.org";
    register_and_confirm(&app, &mut app.browser(), email, "en").await;
    let mut first = app.browser();
    let csrf = first.get("/en/login").await.hidden_field("csrf");
    let mut guesses = JoinSet::new();
    for attempt in 0..60 {
        let mut browser = app.browser();
        browser.cookies = first.cookies.clone();
        let csrf = csrf.clone();
        guesses.spawn(async move {
            let password = format!("wrong guess number {attempt}");
            let fields = [
                ("csrf", csrf.as_str()),
                ("email", email),
                ("password", &password),
            ];
            browser.post_form("/en/login", &fields).await.status
        });
    }
    let statuses = guesses.join_all().await;
    let checked = statuses.iter().filter(|status| **status == 401).count();
    let refused = statuses.iter().filter(|status| **status == 429).count();
    assert_eq!(
        (checked, refused),
        (5, 55),
        "five guesses checked, the rest refused: {statuses:?}"
    );
}

#[tokio::test]
async fn a_stranger_guessing_does_not_lock_the_owner_out() {
    let app = TestApp::spawn_with(BEHIND_PROXY).await;
    let email = "owner@example.org";
    register_and_confirm(&app, &mut app.browser(), email, "en").await;
    let mut stranger = app.browser();
    stranger.forwarded_for = Some("203.0.113.9".into());
    for _ in 0..5 {
        let guess = log_in(&mut stranger, "en", email, "a wrong guess here").await;
        assert_eq!(guess.status, 401);
    }
    let refused = log_in(&mut stranger, "en", email, "a wrong guess here").await;
    assert_eq!(refused.status, 429, "the stranger must wait");
    assert_eq!(
        log_in(&mut stranger, "en", email, PASSWORD).await.status,
        429,
        "even a right guess waits on the stranger's connection"
    );

    let mut owner = app.browser();
    owner.forwarded_for = Some("198.51.100.7".into());
    let signed_in = log_in(&mut owner, "en", email, PASSWORD).await;
    assert_eq!(signed_in.status, 303, "the owner signs in from elsewhere");
    assert_eq!(owner.get("/en/account").await.status, 200);
}

#[tokio::test]
async fn an_account_guessed_at_from_everywhere_lets_its_owner_in_by_a_mailed_link() {
    let app = TestApp::spawn_with(BEHIND_PROXY).await;
    let email = "besieged@example.org";
    register_and_confirm(&app, &mut app.browser(), email, "en").await;
    // Thirty guesses from six addresses, each within its own limit.
    for client in 1..=6 {
        let mut attacker = app.browser();
        attacker.forwarded_for = Some(format!("203.0.113.{client}"));
        for _ in 0..5 {
            let guess = log_in(&mut attacker, "en", email, "a wrong guess here").await;
            assert_eq!(guess.status, 401);
        }
    }
    let mut owner = app.browser();
    owner.forwarded_for = Some("198.51.100.7".into());
    let locked = log_in(&mut owner, "en", email, PASSWORD).await;
    assert_eq!(locked.status, 429, "the password waits: {}", locked.body);
    assert!(
        locked
            .body
            .contains("too many sign-in attempts from several places")
    );
    assert!(locked.body.contains("Send me a sign-in link"));

    let form = owner
        .get("/en/login/link?email=besieged%40example.org")
        .await;
    assert!(form.body.contains("value=\"besieged@example.org\""));
    let csrf = form.hidden_field("csrf");
    let sent = owner
        .post_form("/en/login/link", &[("csrf", &csrf), ("email", email)])
        .await;
    assert_eq!(sent.status, 200);
    assert!(sent.body.contains("Check your e-mail"));
    let mail = app.mail.wait_for_count(email, 2).await.pop().expect("mail");
    assert_eq!(mail.subject(), "Your sign-in link");
    let link = path_of(&mail.link_containing("/login/link/use?token="));

    // Opening the link (as a mail scanner would) signs nobody in.
    let confirm = owner.get(&link).await;
    assert_eq!(confirm.status, 200);
    assert_eq!(owner.get("/en/account").await.status, 303);
    let fields = [
        ("csrf", confirm.hidden_field("csrf")),
        ("token", confirm.hidden_field("token")),
    ];
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let signed_in = owner.post_form("/en/login/link/use", &fields).await;
    assert_eq!(signed_in.location(), "/en/account");
    assert_eq!(owner.get("/en/account").await.status, 200);

    // The link works once.
    let mut thief = app.browser();
    let again = thief.get(&link).await;
    assert!(again.body.contains("This link no longer works"));
}

#[tokio::test]
async fn asking_for_a_link_tells_nothing_about_which_addresses_have_accounts() {
    let app = TestApp::spawn().await;
    register_and_confirm(&app, &mut app.browser(), "known@example.org", "es").await;
    let mut browser = app.browser();
    let mut answers = Vec::new();
    for email in ["known@example.org", "unknown@example.org"] {
        let csrf = browser.get("/es/login/link").await.hidden_field("csrf");
        let answer = browser
            .post_form("/es/login/link", &[("csrf", &csrf), ("email", email)])
            .await;
        answers.push((
            answer.status.as_u16(),
            answer.body.contains("Revise su correo"),
        ));
    }
    assert_eq!(answers, [(200, true), (200, true)]);
    let mail = app.mail.wait_for_count("known@example.org", 2).await.pop();
    assert_eq!(mail.expect("mail").subject(), "Su enlace de acceso");
    assert!(app.mail.messages_to("unknown@example.org").await.is_empty());
}

#[tokio::test]
async fn the_longest_addresses_are_counted_like_any_other() {
    let app = TestApp::spawn_with(BEHIND_PROXY).await;
    let mut browser = app.browser();
    browser.forwarded_for = Some("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff".into());
    let label = "d".repeat(60);
    let longest = format!("{}@{label}.{label}.{label}.org", "a".repeat(64));
    assert!(observatory::web::form::normalize_email(&longest).is_some());
    for typed in [longest, "not an address ".repeat(30)] {
        let answer = log_in(&mut browser, "en", &typed, "a wrong guess here").await;
        assert_eq!(answer.status, 401, "{}", answer.body);
    }
}

#[tokio::test]
async fn raised_limits_let_a_security_probe_reach_every_password_check() {
    let app = TestApp::spawn_with(&[("OBSERVATORY_TEST_RAISE_LIMITS", "1")]).await;
    let email = "probed@example.org";
    register_and_confirm(&app, &mut app.browser(), email, "en").await;
    let mut probe = app.browser();
    // More than the account's limit from anywhere (30), all from one client.
    let mut statuses = Vec::new();
    for _ in 0..31 {
        statuses.push(
            log_in(&mut probe, "en", email, "a wrong guess here")
                .await
                .status,
        );
    }
    assert!(
        statuses.iter().all(|status| *status == 401),
        "every guess checked: {statuses:?}"
    );
    let signed_in = log_in(&mut probe, "en", email, PASSWORD).await;
    assert_eq!(signed_in.status, 303, "the right password still signs in");
}
