//! Working groups: editors create them and manage their members; the public
//! sees the listed ones; a private group exists only for its members and
//! staff (others get "not found", so its name does not leak).

use observatory::web::Role;

use crate::{
    accounts::register_and_confirm,
    helpers::{Browser, TestApp, at},
    scenario::{PDF, csrf},
};

/// Creates a group from the staff page; returns its id.
pub async fn create_group(editor: &mut Browser, name: &str, visibility: &str) -> i32 {
    let token = csrf(editor, "/en/staff/groups").await;
    let created = editor
        .post_form(
            "/en/staff/groups",
            &[
                ("csrf", &token),
                ("name_en", name),
                (
                    "description_en",
                    "Restorative practice in schools and courts.",
                ),
                ("line", "restorative-justice"),
                ("coordinating_organisation", "Fundación Horizonte"),
                ("visibility", visibility),
                ("stage", "active"),
            ],
        )
        .await;
    assert_eq!(created.status, 303, "{}", created.body);
    let location = created.location();
    assert!(location.ends_with("?saved=true"), "{location}");
    location
        .trim_start_matches("/en/staff/groups/")
        .trim_end_matches("?saved=true")
        .parse()
        .expect("the new group's id")
}

/// Someone who registers in `lang` and whom `editor` adds to `group` with
/// `role`; signed in.
pub async fn new_member(
    (app, editor): (&TestApp, &mut Browser),
    group: i32,
    (email, lang, role): (&str, &str, &str),
) -> Browser {
    let mut browser = app.browser();
    register_and_confirm(app, &mut browser, email, lang).await;
    assert_eq!(add_member(editor, group, email, role).await, 303);
    browser
}

pub async fn add_member(editor: &mut Browser, group: i32, email: &str, role: &str) -> u16 {
    let token = csrf(editor, &format!("/en/staff/groups/{group}")).await;
    editor
        .post_form(
            &format!("/en/staff/groups/{group}/members"),
            &[("csrf", &token), ("email", email), ("role", role)],
        )
        .await
        .status
        .as_u16()
}

#[tokio::test]
async fn the_public_sees_listed_groups_and_a_private_one_only_its_members_and_staff() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let listed = create_group(&mut editor, "Restorative schools", "public").await;
    let private = create_group(&mut editor, "Quiet circle", "private").await;

    let mut visitor = app.browser();
    let list = visitor.get("/en/groups").await;
    assert_eq!(list.status, 200);
    assert!(list.body.contains("Restorative schools"));
    assert!(list.body.contains("Fundación Horizonte"));
    assert!(list.body.contains("No members yet"));
    assert!(
        !list.body.contains("Quiet circle"),
        "private groups are not listed"
    );
    let spanish = visitor.get(&at("/es/groups")).await;
    assert!(spanish.body.contains("Grupos de trabajo"));
    assert!(
        spanish.body.contains("Justicia restaurativa"),
        "the line in Spanish"
    );
    assert_eq!(
        visitor.get(&format!("/en/groups/{listed}")).await.status,
        200
    );
    assert_eq!(
        visitor.get(&format!("/en/groups/{private}")).await.status,
        404
    );
    assert_eq!(visitor.get("/en/groups/999999").await.status, 404);

    // A member added by an editor sees the private group and who is in it;
    // another member does not, even by its address.
    let mut ana = app.browser();
    register_and_confirm(&app, &mut ana, "ana@example.org", "en").await;
    let mut other = app.browser();
    register_and_confirm(&app, &mut other, "other@example.org", "en").await;
    assert_eq!(
        add_member(&mut editor, private, "ana@example.org", "coordinator").await,
        303
    );
    assert_eq!(
        add_member(&mut editor, listed, "ana@example.org", "member").await,
        303
    );
    let inside = ana.get(&format!("/en/groups/{private}")).await;
    assert_eq!(inside.status, 200);
    assert!(inside.body.contains("Ana Pérez — Coordinator"));
    assert!(inside.body.contains("not listed publicly"));
    assert_eq!(
        other.get(&format!("/en/groups/{private}")).await.status,
        404
    );
    let public_page = visitor.get(&format!("/en/groups/{listed}")).await;
    assert!(
        public_page.body.contains("One member"),
        "the count is public"
    );
    assert!(!public_page.body.contains("Ana Pérez"), "the names are not");
    assert!(visitor.get("/en/groups").await.body.contains("One member"));

    // Her memberships are part of her data.
    let data = ana.get("/en/account/data").await;
    let export: serde_json::Value = serde_json::from_str(&data.body).unwrap();
    let memberships = export["working_groups"]["memberships"].as_array().unwrap();
    assert!(
        memberships
            .iter()
            .any(|m| m["group"] == "Quiet circle" && m["role"] == "coordinator"),
        "{memberships:?}"
    );

    // Removed, she loses access at once.
    let page = editor.get(&format!("/en/staff/groups/{private}")).await;
    let token = page.hidden_field("csrf");
    let ana_id = app.user_id("ana@example.org").await;
    let removed = editor
        .post_form(
            &format!("/en/staff/groups/{private}/members/{ana_id}/remove"),
            &[("csrf", &token)],
        )
        .await;
    assert_eq!(removed.status, 303);
    assert_eq!(ana.get(&format!("/en/groups/{private}")).await.status, 404);

    // Staff see every group; only editors manage them.
    let mut evaluator = app.staff("evaluator@example.org", &[Role::Evaluator]).await;
    assert_eq!(
        evaluator.get(&format!("/en/groups/{private}")).await.status,
        200
    );
    assert_eq!(evaluator.get("/en/staff/groups").await.status, 403);
    let token = csrf(&mut ana, "/en/account").await;
    let attempt = ana
        .post_form(
            &format!("/en/staff/groups/{private}/members"),
            &[
                ("csrf", &token),
                ("email", "ana@example.org"),
                ("role", "coordinator"),
            ],
        )
        .await;
    assert_eq!(attempt.status, 403, "a member cannot add herself");
}

#[tokio::test]
async fn a_group_form_with_mistakes_comes_back_filled_with_each_problem() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let token = csrf(&mut editor, "/fr/staff/groups").await;
    let refused = editor
        .post_form(
            "/fr/staff/groups",
            &[
                ("csrf", &token),
                ("name_fr", " "),
                ("description_fr", "Des cercles restauratifs."),
                ("line", "no-such-line"),
                ("coordinating_organisation", &"x".repeat(201)),
                ("visibility", "secret"),
                ("stage", "active"),
            ],
        )
        .await;
    assert_eq!(refused.status, 422);
    for message in [
        "Donnez un nom au groupe.",
        "Choisissez un axe de travail dans la liste.",
        "Choisissez l’une des options proposées.",
        "200",
    ] {
        assert!(refused.body.contains(message), "missing: {message}");
    }
    assert!(refused.body.contains("Des cercles restauratifs."), "kept");
    assert!(refused.body.contains("value=\"active\" checked"), "kept");
    assert!(!refused.body.contains("<td><a href"), "nothing was created");

    let group = create_group(&mut editor, "Circles", "private").await;
    let token = csrf(&mut editor, &format!("/fr/staff/groups/{group}")).await;
    let unknown = editor
        .post_form(
            &format!("/fr/staff/groups/{group}/members"),
            &[
                ("csrf", &token),
                ("email", "nobody@example.org"),
                ("role", "member"),
            ],
        )
        .await;
    assert_eq!(unknown.status, 422);
    assert!(
        unknown
            .body
            .contains("Aucun compte confirmé n’utilise cette adresse.")
    );
    assert!(unknown.body.contains("value=\"nobody@example.org\""));
    let renamed = editor
        .post_form(
            &format!("/fr/staff/groups/{group}"),
            &[
                ("csrf", &token),
                ("name_en", "Circles"),
                ("description_en", "Circles in schools."),
                ("name_fr", "Cercles restauratifs"),
                ("description_fr", "Des cercles dans les écoles."),
                ("line", ""),
                ("visibility", "public"),
                ("stage", "closed"),
            ],
        )
        .await;
    assert_eq!(renamed.status, 303);
    // Each language reads its own text; one not written yet shows another.
    let list = app.browser().get(&at("/fr/groups")).await;
    assert!(list.body.contains("Cercles restauratifs"));
    assert!(list.body.contains("Des cercles dans les écoles."));
    assert!(list.body.contains("Clos (archives)"));
    let list = app.browser().get(&at("/en/groups")).await;
    assert!(list.body.contains("Circles in schools."));
    assert!(!list.body.contains("Cercles restauratifs"));
    let list = app.browser().get(&at("/es/groups")).await;
    assert!(list.body.contains("Circles in schools."));
    let staff_list = editor.get("/en/staff/groups").await;
    assert!(
        staff_list
            .body
            .contains("Missing: <span lang=\"es\">Español</span>")
    );

    // A description without its name, or nothing at all, is refused.
    let token = csrf(&mut editor, &format!("/en/staff/groups/{group}")).await;
    let half = editor
        .post_form(
            &format!("/en/staff/groups/{group}"),
            &[
                ("csrf", &token),
                ("description_es", "Círculos en las escuelas."),
                ("visibility", "public"),
                ("stage", "closed"),
            ],
        )
        .await;
    assert_eq!(half.status, 422);
    assert!(half.body.contains("Give the group a name."));
    assert!(half.body.contains("Círculos en las escuelas."));
    let empty = editor
        .post_form(
            &format!("/en/staff/groups/{group}"),
            &[
                ("csrf", &token),
                ("visibility", "public"),
                ("stage", "closed"),
            ],
        )
        .await;
    assert_eq!(empty.status, 422);
    assert!(
        empty
            .body
            .contains("Give the group a name in at least one language.")
    );
}

/// A member asks to join a listed group; its coordinator is told by mail,
/// answers on the group's page, and the member is told in turn and finds
/// herself among the members. Private and closed groups take no requests.
#[tokio::test]
async fn a_member_asks_to_join_and_a_coordinator_answers() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let listed = create_group(&mut editor, "Restorative schools", "public").await;
    let private = create_group(&mut editor, "Quiet circle", "private").await;
    let mut coordinator = app.browser();
    register_and_confirm(&app, &mut coordinator, "coord@example.org", "en").await;
    assert_eq!(
        add_member(&mut editor, listed, "coord@example.org", "coordinator").await,
        303
    );
    let mut ana = app.browser();
    register_and_confirm(&app, &mut ana, "ana@example.org", "es").await;

    let group_page = format!("/en/groups/{listed}");
    let page = ana.get(&group_page).await;
    assert!(page.body.contains("Ask to join this group"));
    let token = page.hidden_field("csrf");
    let join = format!("/en/groups/{listed}/join");
    let too_long = "x".repeat(1001);
    let refused = ana
        .post_form(&join, &[("csrf", &token), ("message", &too_long)])
        .await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("1000"), "the limit is named");
    assert!(refused.body.contains(&too_long), "the text comes back");
    let asked = ana
        .post_form(
            &join,
            &[("csrf", &token), ("message", "I run circles in Lima.")],
        )
        .await;
    assert_eq!(asked.location(), format!("{group_page}?done=asked"));
    let waiting = ana.get(asked.location()).await;
    assert!(waiting.body.contains("Your request has been sent"));
    assert!(
        waiting
            .body
            .contains("the coordinators have not answered yet")
    );

    let told = app
        .mail
        .wait_for_count("coord@example.org", 2)
        .await
        .pop()
        .unwrap();
    assert!(told.subject().ends_with("asks to join Restorative schools"));
    assert!(told.decoded().contains("I run circles in Lima."));
    let seen = coordinator.get(&group_page).await;
    assert!(seen.body.contains("Requests to join"));
    assert!(seen.body.contains("I run circles in Lima."));
    let ana_id = app.user_id("ana@example.org").await;
    let accept = format!("/en/groups/{listed}/requests/{ana_id}/accept");
    let token = seen.hidden_field("csrf");
    let accepted = coordinator.post_form(&accept, &[("csrf", &token)]).await;
    assert_eq!(accepted.location(), format!("{group_page}?done=answered"));
    let again = coordinator.post_form(&accept, &[("csrf", &token)]).await;
    assert_eq!(again.status, 409, "answered already");
    let welcome = app
        .mail
        .wait_for_count("ana@example.org", 2)
        .await
        .pop()
        .unwrap();
    assert_eq!(
        welcome.subject(),
        "Le damos la bienvenida a Restorative schools"
    );
    let inside = ana.get(&group_page).await;
    assert!(inside.body.contains("Ana Pérez — Member"));
    assert!(!inside.body.contains("Ask to join this group"));

    // A member who does not coordinate answers nothing; private and closed
    // groups take no requests.
    let token = csrf(&mut ana, "/en/account").await;
    let decline = format!("/en/groups/{listed}/requests/{ana_id}/decline");
    assert_eq!(
        ana.post_form(&decline, &[("csrf", &token)]).await.status,
        403
    );
    let mut outsider = app.browser();
    register_and_confirm(&app, &mut outsider, "out@example.org", "en").await;
    let token = csrf(&mut outsider, "/en/account").await;
    let private_join = format!("/en/groups/{private}/join");
    let hidden = outsider.post_form(&private_join, &[("csrf", &token)]).await;
    assert_eq!(hidden.status, 404);
    let private_answer = format!("/en/groups/{private}/requests/{ana_id}/accept");
    let unknown = outsider
        .post_form(&private_answer, &[("csrf", &token)])
        .await;
    assert_eq!(
        unknown.status, 404,
        "a private group is not revealed by its requests"
    );
}

/// Every kind of person on every page of a private group: members and
/// staff get in, everyone else learns nothing (404), anonymous visitors are
/// asked to log in where logging in could help, and only editors run the
/// group from the staff pages.
#[tokio::test]
async fn who_sees_what_of_a_private_group() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let group = create_group(&mut editor, "Quiet circle", "private").await;
    let other = create_group(&mut editor, "Other circle", "private").await;
    let mut people = Vec::new();
    for (email, group, role) in [
        ("coordinator@example.org", group, "coordinator"),
        ("member@example.org", group, "member"),
        ("elsewhere@example.org", other, "member"),
    ] {
        let mut browser = app.browser();
        register_and_confirm(&app, &mut browser, email, "en").await;
        assert_eq!(add_member(&mut editor, group, email, role).await, 303);
        people.push(browser);
    }
    let [mut coordinator, member, elsewhere] = people.try_into().ok().unwrap();
    let thread =
        crate::discussions::start_thread(&mut coordinator, group, "Agenda", "Monday.").await;
    let thread = thread.location().split('#').next().unwrap().to_string();
    let document =
        crate::documents::share(&mut coordinator, group, "Notes", ("notes.pdf", PDF)).await;
    let document = document.location().to_string();
    let meeting = crate::meetings::schedule(
        &mut coordinator,
        group,
        &crate::meetings::a_meeting("Monday call"),
    )
    .await;
    let meeting = meeting.location().to_string();
    let evaluator = app.staff("evaluator@example.org", &[Role::Evaluator]).await;
    let admin = app.staff("admin@example.org", &[Role::Admin]).await;

    let inside = [
        format!("/en/groups/{group}"),
        format!("/en/groups/{group}/discussions"),
        thread,
        format!("/en/groups/{group}/documents"),
        document.clone(),
        format!("{document}/versions/1/file"),
        format!("/en/groups/{group}/members"),
        format!("/en/groups/{group}/meetings"),
        meeting.clone(),
        format!("{meeting}/calendar"),
    ];
    // Only its coordinators and editors change a meeting.
    let coordinating = format!("{meeting}/edit");
    let staff_pages = [
        format!("/en/staff/groups/{group}"),
        format!("/en/staff/groups/{group}/invite"),
    ];
    // (who, what they get inside the group, on its staff pages, and on a
    // meeting's edit page)
    let mut cases = [
        ("anonymous", app.browser(), 303, 303, 303),
        ("member of another group", elsewhere, 404, 403, 404),
        ("member", member, 200, 403, 403),
        ("coordinator", coordinator, 200, 403, 200),
        ("evaluator", evaluator, 200, 403, 403),
        ("admin", admin, 200, 403, 403),
        ("editor", editor, 200, 200, 200),
    ];
    for (who, browser, inside_status, staff_status, coordinating_status) in &mut cases {
        assert_eq!(
            browser.get(&coordinating).await.status,
            *coordinating_status,
            "{who} on {coordinating}"
        );
        for path in &inside {
            let expected = match (*who, path.ends_with(&format!("/groups/{group}"))) {
                // The group's own page is public in form: a private group's
                // is "not found" rather than "log in".
                ("anonymous", true) => 404,
                _ => *inside_status,
            };
            assert_eq!(browser.get(path).await.status, expected, "{who} on {path}");
        }
        for path in &staff_pages {
            assert_eq!(
                browser.get(path).await.status,
                *staff_status,
                "{who} on {path}"
            );
        }
    }
}

/// Members see each other's name and role, and what each agreed to show
/// besides; coordinators change roles and take members out, and a group
/// keeps at least one coordinator.
#[tokio::test]
async fn members_show_what_they_agreed_to_and_coordinators_manage_them() {
    use observatory::accounts::entities::user;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};

    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let group = create_group(&mut editor, "Quiet circle", "private").await;
    let staff = (&app, &mut editor);
    let mut ana = new_member(staff, group, ("ana@example.org", "en", "coordinator")).await;
    let staff = (&app, &mut editor);
    let mut ben = new_member(staff, group, ("ben@example.org", "en", "member")).await;
    let mut outsider = app.browser();
    register_and_confirm(&app, &mut outsider, "carla@example.org", "en").await;
    user::Entity::update_many()
        .col_expr(
            user::Column::OrganisationName,
            Expr::value("Fundación Horizonte"),
        )
        .col_expr(user::Column::CountryCode, Expr::value("PE"))
        .filter(user::Column::Email.eq("ben@example.org"))
        .exec(&app.state.db)
        .await
        .unwrap();
    let members = format!("/en/groups/{group}/members");
    let ben_id = app.user_id("ben@example.org").await;
    let ana_id = app.user_id("ana@example.org").await;

    // By default, a name and a role only.
    let page = ana.get(&members).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("— Member"));
    assert!(!page.body.contains("Fundación Horizonte"));
    assert!(!page.body.contains("ben@example.org"));
    assert_eq!(outsider.get(&members).await.status, 404);

    // Ben agrees to show his profile and address.
    let token = csrf(&mut ben, &members).await;
    let chosen = ben
        .post_form(
            &format!("{members}/shown"),
            &[("csrf", &token), ("shown", "contact")],
        )
        .await;
    assert_eq!(chosen.status, 303);
    let page = ana.get(&members).await;
    assert!(page.body.contains("Fundación Horizonte"));
    assert!(page.body.contains("Peru"));
    assert!(page.body.contains("mailto:ben@example.org"));

    // Ben manages nobody; Ana, the coordinator, does.
    assert!(!ben.get(&members).await.body.contains("Change the role"));
    let role_path = format!("{members}/{ana_id}/role");
    let tried = ben
        .post_form(&role_path, &[("csrf", &token), ("role", "observer")])
        .await;
    assert_eq!(tried.status, 403);
    let token = csrf(&mut ana, &members).await;
    let changed = ana
        .post_form(
            &format!("{members}/{ben_id}/role"),
            &[("csrf", &token), ("role", "contributor")],
        )
        .await;
    assert_eq!(changed.status, 303);
    assert!(ana.get(&members).await.body.contains("— Contributor"));

    // The only coordinator stays one, and in the group.
    let kept = ana
        .post_form(&role_path, &[("csrf", &token), ("role", "member")])
        .await;
    assert!(kept.location().ends_with("done=last-coordinator"));
    let page = ana.get(kept.location()).await;
    assert!(page.body.contains("A group keeps at least one coordinator"));
    assert!(page.body.contains("— Coordinator"));
    let stays = ana
        .post_form(&format!("{members}/{ana_id}/remove"), &[("csrf", &token)])
        .await;
    assert!(stays.location().ends_with("done=last-coordinator"));

    // Taken out, Ben loses access at once.
    let removed = ana
        .post_form(&format!("{members}/{ben_id}/remove"), &[("csrf", &token)])
        .await;
    assert_eq!(removed.status, 303);
    assert_eq!(ben.get(&members).await.status, 404);
    assert!(!ana.get(&members).await.body.contains("ben@example.org"));
}
