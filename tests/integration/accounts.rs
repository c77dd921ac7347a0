//! Accounts: the whole life of an account, bad input, throttling, account
//! enumeration, sessions, roles and CSRF, with mail over real SMTP.

use crate::{
    helpers::{Browser, Page, TestApp, at, strip_tokens},
    smtp_sink::SmtpSink,
};

pub const PASSWORD: &str = "river stone lantern meadow";

/// The path and query of an absolute link from a mail.
pub fn path_of(link: &str) -> String {
    let after_scheme = link.split_once("://").map_or(link, |(_, rest)| rest);
    after_scheme
        .find('/')
        .map_or("/".into(), |i| after_scheme[i..].to_string())
}

/// A complete, valid registration for an individual.
pub fn registration<'a>(email: &'a str, csrf: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("csrf", csrf),
        ("full_name", "Ana Pérez"),
        ("email", email),
        ("password", PASSWORD),
        ("consent", "yes"),
    ]
}

/// Registers and confirms an account in `lang`, then logs in with it.
pub async fn register_and_confirm(app: &TestApp, browser: &mut Browser, email: &str, lang: &str) {
    register_and_confirm_by(&app.mail, browser, email, lang).await;
}

/// The same, wherever the site is, with its mail arriving at `mail`.
pub async fn register_and_confirm_by(
    mail: &SmtpSink,
    browser: &mut Browser,
    email: &str,
    lang: &str,
) {
    let csrf = browser
        .get(&format!("/{lang}/register"))
        .await
        .hidden_field("csrf");
    let answer = browser
        .post_form(&format!("/{lang}/register"), &registration(email, &csrf))
        .await;
    assert_eq!(answer.status, 303, "registration accepted: {}", answer.body);
    let mail = mail.wait_for_text(email, "/account/confirm?token=").await;
    let confirm_page = browser
        .get(&path_of(&mail.link_containing("/account/confirm?token=")))
        .await;
    assert_eq!(confirm_page.status, 200);
    let token = confirm_page.hidden_field("token");
    let csrf = confirm_page.hidden_field("csrf");
    let confirmed = browser
        .post_form(
            &format!("/{lang}/account/confirm"),
            &[("csrf", &csrf), ("token", &token)],
        )
        .await;
    assert_eq!(
        confirmed.location(),
        format!("/{lang}/login?confirmed=true"),
        "confirming does not sign in: the password does"
    );
    let signed_in = log_in(browser, lang, email, PASSWORD).await;
    assert_eq!(signed_in.status, 303, "{}", signed_in.body);
}

pub async fn log_in(browser: &mut Browser, lang: &str, email: &str, password: &str) -> Page {
    let csrf = browser
        .get(&format!("/{lang}/login"))
        .await
        .hidden_field("csrf");
    browser
        .post_form(
            &format!("/{lang}/login"),
            &[("csrf", &csrf), ("email", email), ("password", password)],
        )
        .await
}

async fn csrf_of(browser: &mut Browser, path: &str) -> String {
    browser.get(&at(path)).await.hidden_field("csrf")
}

#[tokio::test]
async fn the_whole_life_of_an_account() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser();
    let email = "ana.perez@example.org";

    // Register in Spanish: the confirmation mail is in Spanish.
    let csrf = csrf_of(&mut browser, "/es/register").await;
    let answer = browser
        .post_form("/es/register", &registration(email, &csrf))
        .await;
    assert_eq!(answer.location(), "/es/register/sent");
    assert!(
        browser
            .get("/es/register/sent")
            .await
            .body
            .contains("Revise su correo")
    );
    let mail = app.mail.wait_for(email).await;
    assert!(
        mail.decoded().contains("Hola, Ana Pérez:"),
        "{}",
        mail.decoded()
    );
    assert!(mail.decoded().contains("Confirmar mi dirección"));

    // Not yet confirmed: the right password is refused, with the reason.
    let early = log_in(&mut browser, "es", email, PASSWORD).await;
    assert_eq!(early.status, 403);
    assert!(early.body.contains("Debe confirmar su dirección de correo"));

    let link = mail.link_containing("/es/account/confirm?token=");
    let confirm_page = browser.get(&path_of(&link)).await;
    let (token, csrf) = (
        confirm_page.hidden_field("token"),
        confirm_page.hidden_field("csrf"),
    );
    let confirmed = browser
        .post_form("/es/account/confirm", &[("csrf", &csrf), ("token", &token)])
        .await;
    // Confirming says what comes next: logging in with her password.
    assert_eq!(confirmed.location(), "/es/login?confirmed=true");
    let next = browser.get(confirmed.location()).await;
    assert!(next.body.contains("Su dirección de correo está confirmada"));
    assert_eq!(
        browser.get("/es/account").await.status,
        303,
        "not signed in"
    );
    // The link is single use.
    let again = browser
        .post_form("/es/account/confirm", &[("csrf", &csrf), ("token", &token)])
        .await;
    assert!(again.body.contains("Este enlace ya no funciona"));
    let signed_in = log_in(&mut browser, "es", email, PASSWORD).await;
    assert_eq!(signed_in.location(), "/es/account");
    let welcome = browser.get("/es/account").await;
    assert!(welcome.body.contains(email));
    assert!(welcome.body.contains("Su perfil aún no está completo"));
    let csrf = welcome.hidden_field("csrf");

    // She completes her profile.
    let completed = browser
        .post_form(
            "/es/account",
            &[
                ("csrf", &csrf),
                ("account_type", "individual"),
                ("full_name", "Ana Pérez"),
                ("country", "CL"),
                ("languages", "es"),
                ("languages", "en"),
                ("lines", "restorative-justice"),
            ],
        )
        .await;
    assert_eq!(completed.location(), "/es/account?saved=true");
    let profile = browser.get("/es/account").await;
    assert!(!profile.body.contains("Su perfil aún no está completo"));
    assert!(profile.body.contains(
        "value=\"restorative-justice\" aria-describedby=\"lines-restorative-justice-text\" checked"
    ));

    // Change the password; the old one stops working.
    let csrf = csrf_of(&mut browser, "/es/account/password").await;
    let new_password = "quiet harbour copper violin";
    let changed = browser
        .post_form(
            "/es/account/password",
            &[
                ("csrf", &csrf),
                ("current_password", PASSWORD),
                ("password", new_password),
                ("password_again", new_password),
            ],
        )
        .await;
    assert_eq!(changed.location(), "/es/account?saved=true");
    assert_eq!(
        browser.get("/es/account").await.status,
        200,
        "still signed in after the change"
    );
    app.mail.wait_for_count(email, 2).await;

    // Log out, forget the password, reset it from the mail.
    let csrf = csrf_of(&mut browser, "/es/account").await;
    browser.post_form("/es/logout", &[("csrf", &csrf)]).await;
    assert_eq!(browser.get("/es/account").await.status, 303, "signed out");
    assert_eq!(
        log_in(&mut browser, "es", email, PASSWORD).await.status,
        401
    );
    let csrf = csrf_of(&mut browser, "/es/password-reset").await;
    let requested = browser
        .post_form("/es/password-reset", &[("csrf", &csrf), ("email", email)])
        .await;
    assert!(requested.body.contains("Revise su correo"));
    let reset_mail = app.mail.wait_for_count(email, 3).await.pop().unwrap();
    let reset_page = browser
        .get(&path_of(
            &reset_mail.link_containing("/password-reset/new?token="),
        ))
        .await;
    let (token, csrf) = (
        reset_page.hidden_field("token"),
        reset_page.hidden_field("csrf"),
    );
    let final_password = "amber kettle orchard signal";
    let reset = browser
        .post_form(
            "/es/password-reset/new",
            &[
                ("csrf", &csrf),
                ("token", &token),
                ("password", final_password),
                ("password_again", final_password),
            ],
        )
        .await;
    assert_eq!(reset.location(), "/es/login?reset=true");
    assert_eq!(
        log_in(&mut browser, "es", email, new_password).await.status,
        401
    );
    assert_eq!(
        log_in(&mut browser, "es", email, final_password)
            .await
            .status,
        303
    );

    // Download everything stored about me.
    let data = browser.get("/es/account/data").await;
    assert_eq!(data.status, 200);
    assert!(
        data.headers["content-disposition"]
            .to_str()
            .unwrap()
            .contains("attachment")
    );
    let json: serde_json::Value = serde_json::from_str(&data.body).unwrap();
    assert_eq!(json["account"]["email"], email);
    assert_eq!(json["account"]["country"], "CL");
    assert_eq!(json["privacy_consent"]["policy_version"], "2");
    assert!(
        json["account"]["lines_of_work"]
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l == "restorative-justice")
    );
    assert!(
        !data.body.contains("argon2"),
        "no password hash in the export"
    );

    // Delete: the wrong password is refused, the right one deletes.
    let csrf = csrf_of(&mut browser, "/es/account/delete").await;
    let refused = browser
        .post_form(
            "/es/account/delete",
            &[("csrf", &csrf), ("current_password", "wrong password here")],
        )
        .await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("Su contraseña actual no es correcta"));
    let deleted = browser
        .post_form(
            "/es/account/delete",
            &[("csrf", &csrf), ("current_password", final_password)],
        )
        .await;
    assert!(deleted.body.contains("Su cuenta ha sido eliminada"));
    assert_eq!(
        log_in(&mut browser, "es", email, final_password)
            .await
            .status,
        401
    );
    use sea_orm::{EntityTrait, PaginatorTrait};
    let users = observatory::accounts::entities::user::Entity::find()
        .count(&app.state.db)
        .await
        .unwrap();
    assert_eq!(users, 0);
}

/// Registration asks only what taking part needs (a name, an address, a
/// password, consent); the rest of a profile is asked, and checked, on the
/// profile page. Every field comes back filled, but the password.
#[tokio::test]
async fn registration_asks_only_what_taking_part_needs_and_every_field_is_checked() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser();
    let form = browser.get("/fr/register").await;
    for later in ["account_type", "country", "languages", "lines", "sector"] {
        let field = format!("name=\"{later}\"");
        assert!(!form.body.contains(&field), "{later} is asked later");
    }
    let csrf = form.hidden_field("csrf");
    let answer = browser
        .post_form(
            "/fr/register",
            &[
                ("csrf", &csrf),
                ("full_name", " "),
                ("email", "jean.martin@"),
                ("password", "password1234"),
            ],
        )
        .await;
    assert_eq!(answer.status, 422);
    for message in [
        "Indiquez votre nom complet.",
        "Indiquez une adresse électronique de la forme nom@exemple.org.",
        "Ce mot de passe est trop courant",
        "vous devez accepter la politique de confidentialité",
    ] {
        assert!(answer.body.contains(message), "missing message: {message}");
    }
    assert!(
        answer.body.contains("value=\"jean.martin@\""),
        "e-mail kept"
    );
    assert!(
        !answer.body.contains("password1234"),
        "the password is never sent back"
    );
    assert!(answer.body.contains("aria-invalid=\"true\""));
    let short = browser
        .post_form(
            "/fr/register",
            &[
                ("csrf", &csrf),
                ("full_name", "Jean Martin"),
                ("password", "court"),
                ("consent", "yes"),
            ],
        )
        .await;
    assert!(short.body.contains("Utilisez au moins 12 caractères."));
    assert!(short.body.contains("value=\"Jean Martin\""), "name kept");
    assert!(!short.body.contains("Indiquez votre nom complet."));
    use sea_orm::{EntityTrait, PaginatorTrait};
    assert_eq!(
        observatory::accounts::entities::user::Entity::find()
            .count(&app.state.db)
            .await
            .unwrap(),
        0
    );

    // The rest is checked where it is asked: on the profile page.
    register_and_confirm(&app, &mut browser, "jean@example.org", "fr").await;
    let csrf = csrf_of(&mut browser, "/fr/account").await;
    let refused = browser
        .post_form(
            "/fr/account",
            &[
                ("csrf", &csrf),
                ("account_type", "entity"),
                ("full_name", "Jean Martin"),
                ("organisation_name", ""),
                ("sector", "astrology"),
                ("country", "XX"),
                ("languages", "kl"),
                ("lines", "no-such-line"),
            ],
        )
        .await;
    assert_eq!(refused.status, 422);
    for message in [
        "Indiquez le nom de votre organisation.",
        "Choisissez le secteur de votre organisation.",
        "Choisissez un pays dans la liste.",
        "Choisissez au moins une langue de travail dans la liste.",
        "Choisissez au moins un domaine de spécialisation dans la liste.",
    ] {
        assert!(refused.body.contains(message), "missing message: {message}");
    }
    assert!(
        refused.body.contains("value=\"entity\" checked"),
        "account type kept"
    );
}

#[tokio::test]
async fn registering_an_existing_address_reveals_nothing_and_warns_the_owner() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser();
    let email = "owner@example.org";
    register_and_confirm(&app, &mut browser, email, "en").await;
    let csrf = csrf_of(&mut browser, "/en/register").await;
    let mut form = registration(email, &csrf);
    form[1] = ("full_name", "Someone Else");
    let answer = browser.post_form("/en/register", &form).await;
    assert_eq!(
        answer.location(),
        "/en/register/sent",
        "same answer as a new address"
    );
    let warning = app.mail.wait_for_count(email, 2).await.pop().unwrap();
    assert_eq!(
        warning.subject(),
        "Someone tried to register with your address"
    );
    // The owner's password still works; nothing was overwritten.
    assert_eq!(
        log_in(&mut browser, "en", email, PASSWORD).await.status,
        303
    );
}

#[tokio::test]
async fn login_answers_the_same_for_unknown_addresses_and_wrong_passwords() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser();
    register_and_confirm(&app, &mut browser, "known@example.org", "en").await;
    let wrong = log_in(
        &mut browser,
        "en",
        "known@example.org",
        "not the right password",
    )
    .await;
    let unknown = log_in(
        &mut browser,
        "en",
        "nobody@example.org",
        "not the right password",
    )
    .await;
    assert_eq!(wrong.status, unknown.status);
    assert!(
        wrong
            .body
            .contains("The e-mail address or the password is not correct.")
    );
    assert!(
        unknown
            .body
            .contains("The e-mail address or the password is not correct.")
    );
    assert!(
        wrong.body.contains("value=\"known@example.org\""),
        "address kept in the form"
    );

    let csrf = csrf_of(&mut browser, "/en/password-reset").await;
    let for_known = browser
        .post_form(
            "/en/password-reset",
            &[("csrf", &csrf), ("email", "known@example.org")],
        )
        .await;
    let for_unknown = browser
        .post_form(
            "/en/password-reset",
            &[("csrf", &csrf), ("email", "nobody@example.org")],
        )
        .await;
    assert_eq!(for_known.status, for_unknown.status);
    assert_eq!(
        strip_tokens(&for_known.body),
        strip_tokens(&for_unknown.body)
    );
    app.mail.wait_for_count("known@example.org", 2).await;
    assert!(app.mail.messages_to("nobody@example.org").await.is_empty());
}

#[tokio::test]
async fn reset_requests_cannot_flood_a_mailbox() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser();
    register_and_confirm(&app, &mut browser, "flooded@example.org", "en").await;
    let csrf = csrf_of(&mut browser, "/en/password-reset").await;
    let mut answers = Vec::new();
    for _ in 0..6 {
        let answer = browser
            .post_form(
                "/en/password-reset",
                &[("csrf", &csrf), ("email", "flooded@example.org")],
            )
            .await;
        answers.push((answer.status, strip_tokens(&answer.body)));
    }
    assert!(
        answers.windows(2).all(|pair| pair[0] == pair[1]),
        "every request gets the same answer"
    );
    // The confirmation mail, then three reset links, and no more.
    app.mail.wait_for_count("flooded@example.org", 4).await;
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    assert_eq!(app.mail.messages_to("flooded@example.org").await.len(), 4);
}

/// Page text without the per-request CSRF token.
#[tokio::test]
async fn repeated_failures_lock_the_account_for_a_while() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser();
    let email = "target@example.org";
    register_and_confirm(&app, &mut browser, email, "en").await;
    for _ in 0..5 {
        assert_eq!(
            log_in(&mut browser, "en", email, "guess guess guess")
                .await
                .status,
            401
        );
    }
    let locked = log_in(&mut browser, "en", email, PASSWORD).await;
    assert_eq!(locked.status, 429, "even the right password waits");
    assert!(locked.body.contains("Too many failed attempts"));
    assert!(locked.body.contains("15 minutes"));
    // The lock is in the database: another instance sees it too.
    let other = app.another_instance().await;
    let mut elsewhere = other.browser();
    assert_eq!(
        log_in(&mut elsewhere, "en", email, PASSWORD).await.status,
        429
    );
}

#[tokio::test]
async fn sessions_are_renewed_at_login_and_ended_on_the_server() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser();
    let email = "sessions@example.org";
    register_and_confirm(&app, &mut browser, email, "en").await;
    log_in(&mut browser, "en", email, PASSWORD).await;
    let first = browser.cookies["obs_session"].clone();
    log_in(&mut browser, "en", email, PASSWORD).await;
    let second = browser.cookies["obs_session"].clone();
    assert_ne!(first, second, "a new session id at each login");

    // The replaced session no longer works.
    let mut stale = app.browser();
    stale.cookies.insert("obs_session".into(), first);
    assert_eq!(stale.get("/en/account").await.status, 303);

    // A second browser signs in; a password change in the first ends it.
    let mut laptop = app.browser();
    log_in(&mut laptop, "en", email, PASSWORD).await;
    assert_eq!(laptop.get("/en/account").await.status, 200);
    let csrf = csrf_of(&mut browser, "/en/account/password").await;
    let new_password = "granite willow beacon tundra";
    browser
        .post_form(
            "/en/account/password",
            &[
                ("csrf", &csrf),
                ("current_password", PASSWORD),
                ("password", new_password),
                ("password_again", new_password),
            ],
        )
        .await;
    assert_eq!(
        laptop.get("/en/account").await.status,
        303,
        "other sessions ended"
    );
    assert_eq!(
        browser.get("/en/account").await.status,
        200,
        "this one renewed"
    );

    // Logging out destroys the session on the server, not only the cookie.
    let kept = browser.cookies["obs_session"].clone();
    let csrf = csrf_of(&mut browser, "/en/account").await;
    browser.post_form("/en/logout", &[("csrf", &csrf)]).await;
    let mut replay = app.browser();
    replay.cookies.insert("obs_session".into(), kept);
    assert_eq!(replay.get("/en/account").await.status, 303);
}

#[tokio::test]
async fn idle_sessions_expire() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser();
    register_and_confirm(&app, &mut browser, "idle@example.org", "en").await;
    log_in(&mut browser, "en", "idle@example.org", PASSWORD).await;
    use observatory::accounts::entities::session;
    use sea_orm::{EntityTrait, sea_query::Expr};
    session::Entity::update_many()
        .col_expr(
            session::Column::LastSeenAt,
            Expr::value(chrono::Utc::now() - chrono::Duration::hours(2)),
        )
        .exec(&app.state.db)
        .await
        .unwrap();
    let answer = browser.get("/en/account").await;
    assert_eq!(answer.status, 303);
    assert!(answer.location().starts_with("/en/login?next="));
}

#[tokio::test]
async fn after_login_only_this_sites_pages_are_followed() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser();
    register_and_confirm(&app, &mut browser, "next@example.org", "en").await;
    for (next, expected) in [
        ("/en/account/password", "/en/account/password"),
        ("//evil.example/", "/en/account"),
        ("/\t/evil.example", "/en/account"),
        ("https://evil.example/en", "/en/account"),
    ] {
        let csrf = csrf_of(&mut browser, "/en/login").await;
        let answer = browser
            .post_form(
                "/en/login",
                &[
                    ("csrf", &csrf),
                    ("email", "next@example.org"),
                    ("password", PASSWORD),
                    ("next", next),
                ],
            )
            .await;
        assert_eq!(answer.location(), expected, "next = {next:?}");
        let csrf = csrf_of(&mut browser, "/en/account").await;
        browser.post_form("/en/logout", &[("csrf", &csrf)]).await;
    }
}

#[tokio::test]
async fn admin_pages_check_roles_on_the_server() {
    let app = TestApp::spawn().await;
    let mut anonymous = app.browser();
    let redirect = anonymous.get("/en/admin/users").await;
    assert_eq!(redirect.status, 303);
    assert_eq!(redirect.location(), "/en/login?next=%2Fen%2Fadmin%2Fusers");

    let mut member = app.browser();
    register_and_confirm(&app, &mut member, "member@example.org", "en").await;
    log_in(&mut member, "en", "member@example.org", PASSWORD).await;
    let forbidden = member.get("/en/admin/users").await;
    assert_eq!(forbidden.status, 403);
    assert!(forbidden.body.contains("Access not allowed"));
    let csrf = csrf_of(&mut member, "/en/account").await;
    let member_id = app.user_id("member@example.org").await;
    let attempt = member
        .post_form(
            &format!("/en/admin/users/{member_id}/roles"),
            &[("csrf", &csrf), ("roles", "admin")],
        )
        .await;
    assert_eq!(attempt.status, 403, "a member cannot promote themselves");

    let mut admin = app.browser();
    register_and_confirm(&app, &mut admin, "admin@example.org", "en").await;
    let admin_id = app.user_id("admin@example.org").await;
    observatory::accounts::admin::set_roles(
        &app.state.db,
        admin_id,
        observatory::web::Role::Admin.into(),
        None,
    )
    .await
    .unwrap();
    log_in(&mut admin, "en", "admin@example.org", PASSWORD).await;
    register_and_confirm(&app, &mut app.browser(), "ana_lopez@example.org", "en").await;
    let literal = admin.get("/en/admin/users?q=ana_lopez").await;
    assert!(
        literal.body.contains("ana_lopez@example.org"),
        "_ is searched as itself"
    );
    let wildcard = admin.get("/en/admin/users?q=ana%25lopez").await;
    assert!(
        !wildcard.body.contains("ana_lopez@example.org"),
        "% is not a wildcard"
    );
    let list = admin.get("/en/admin/users?q=MEMBER").await;
    assert_eq!(list.status, 200);
    assert!(list.body.contains("member@example.org"));
    assert!(
        !list.body.contains("<td>admin@example.org</td>"),
        "search filters"
    );
    let csrf = list.hidden_field("csrf");
    let changed = admin
        .post_form(
            &format!("/en/admin/users/{member_id}/roles"),
            &[
                ("csrf", &csrf),
                ("q", "MEMBER"),
                ("roles", "evaluator"),
                ("roles", "editor"),
            ],
        )
        .await;
    assert_eq!(
        changed.location(),
        "/en/admin/users?q=MEMBER&changed=true",
        "back to the same search"
    );
    let log = admin.get(changed.location()).await;
    assert!(log.body.contains("The roles have been saved"));
    assert!(
        log.body.contains("Member → Evaluator, Editor"),
        "both roles held, the change recorded and shown"
    );
    assert!(
        log.body.contains("admin@example.org&#62;</td>"),
        "who made the change: {}",
        log.body
    );
    let member_page = member.get("/en/account").await;
    assert!(member_page.body.contains("Evaluator, Editor"));
    assert!(
        member.get("/en/staff/lines").await.status == 200,
        "the editor's pages open"
    );

    // The only admin cannot give the role up, nor delete the account.
    let self_demotion = admin
        .post_form(
            &format!("/en/admin/users/{admin_id}/roles"),
            &[("csrf", &csrf), ("roles", "evaluator")],
        )
        .await;
    let refused = admin.get(self_demotion.location()).await;
    assert!(
        refused
            .body
            .contains("the site must keep at least one administrator"),
        "{}",
        refused.body
    );
    let delete_page = admin.get("/en/account/delete").await;
    assert!(delete_page.body.contains("only administrator"));
    assert!(!delete_page.body.contains("current_password"));
    let deleted = admin
        .post_form(
            "/en/account/delete",
            &[("csrf", &csrf), ("current_password", PASSWORD)],
        )
        .await;
    assert_eq!(deleted.status, 422);
    assert_eq!(app.user_id("admin@example.org").await, admin_id, "kept");

    // With a second admin, the first may step down.
    admin
        .post_form(
            &format!("/en/admin/users/{member_id}/roles"),
            &[("csrf", &csrf), ("roles", "admin")],
        )
        .await;
    let stepped_down = admin
        .post_form(
            &format!("/en/admin/users/{admin_id}/roles"),
            &[("csrf", &csrf), ("roles", "evaluator")],
        )
        .await;
    assert!(stepped_down.location().ends_with("changed=true"));
    assert_eq!(admin.get("/en/admin/users").await.status, 403);

    use observatory::accounts::entities::role_change;
    use sea_orm::EntityTrait;
    let changes = role_change::Entity::find()
        .all(&app.state.db)
        .await
        .unwrap();
    let recorded: Vec<(Option<i32>, &str, &str)> = changes
        .iter()
        .map(|c| (c.changed_by_id, c.old_role.as_str(), c.new_role.as_str()))
        .collect();
    assert_eq!(
        recorded,
        [
            (None, "", "admin"),
            (Some(admin_id), "", "evaluator,editor"),
            (Some(admin_id), "evaluator,editor", "admin"),
            (Some(admin_id), "admin", "evaluator"),
        ],
        "the set-up, then the admin's changes; the refused ones left no trace"
    );
}

#[tokio::test]
async fn account_forms_refuse_posts_without_a_valid_token() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser();
    browser.get("/en/login").await;
    let login = browser
        .post_form(
            "/en/login",
            &[
                ("csrf", "forged"),
                ("email", "a@example.org"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(login.status, 403);
    let register = browser
        .post_form("/en/register", &registration("b@example.org", "forged"))
        .await;
    assert_eq!(register.status, 403);
    let logout = browser.post_form("/en/logout", &[]).await;
    assert_eq!(logout.status, 403);
}

#[tokio::test]
async fn create_admin_prints_a_link_that_sets_the_password() {
    let app = TestApp::spawn().await;
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_observatory"))
        .args(["create-admin", "--email", "Chief@Example.org"])
        .env("OBSERVATORY_DATA_DIR", app.settings.data_dir.as_os_str())
        .env("OBSERVATORY_DATABASE_URL", &app.database_url)
        .env("OBSERVATORY_BASE_URL", &app.address)
        .env("OBSERVATORY_SECRET_KEY", crate::helpers::SHARED_SECRET)
        .output()
        .expect("binary runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let printed = String::from_utf8_lossy(&output.stdout);
    let link = printed
        .lines()
        .find(|l| l.starts_with("http"))
        .expect("a link is printed")
        .to_string();
    let mut browser = app.browser();
    let form = browser.get(&path_of(&link)).await;
    let (token, csrf) = (form.hidden_field("token"), form.hidden_field("csrf"));
    let password = "northern lights over tallinn";
    browser
        .post_form(
            "/en/password-reset/new",
            &[
                ("csrf", &csrf),
                ("token", &token),
                ("password", password),
                ("password_again", password),
            ],
        )
        .await;
    assert_eq!(
        log_in(&mut browser, "en", "chief@example.org", password)
            .await
            .status,
        303
    );
    assert_eq!(browser.get("/en/admin/users").await.status, 200);
}

#[tokio::test]
async fn two_instances_share_sessions_and_send_each_mail_once() {
    let app = TestApp::spawn().await;
    let other = app.another_instance().await;
    let mut browser = app.browser();
    register_and_confirm(&app, &mut browser, "shared@example.org", "en").await;
    log_in(&mut browser, "en", "shared@example.org", PASSWORD).await;
    // The same browser, now routed to the other instance.
    let mut moved = other.browser();
    moved.cookies = browser.cookies.clone();
    let page = moved.get("/en/account").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("shared@example.org"));

    // Twenty mails queued through both instances, with both workers
    // competing for the jobs: each is sent once.
    for i in 0..20 {
        let instance = if i % 2 == 0 { &app } else { &other };
        let outgoing = observatory::mail::compose(
            observatory::i18n::Locale::En,
            "mail-proposal-message",
            "shared@example.org",
            "Shared",
            &format!("{}/en/?token={i}", app.address),
            &[
                ("reference", "COL-2026-00001".into()),
                ("message", format!("Message {i}").into()),
            ],
        )
        .unwrap();
        observatory::mail::queue(&instance.state.db, &outgoing)
            .await
            .unwrap();
        instance.state.jobs_wakeup.notify();
    }
    // The confirmation mail plus the twenty.
    app.mail.wait_for_count("shared@example.org", 21).await;
    tokio::time::sleep(std::time::Duration::from_secs(3)).await;
    let all = app.mail.messages_to("shared@example.org").await;
    assert_eq!(all.len(), 21, "each queued mail is sent exactly once");
    let mut links: Vec<String> = all
        .iter()
        .skip(1)
        .map(|m| m.link_containing("token="))
        .collect();
    links.sort();
    links.dedup();
    assert_eq!(links.len(), 20, "twenty different messages");
}
