//! A group's discussions: only its members and staff read and write them,
//! Markdown cannot carry markup, posts are mailed to those who chose so
//! (with a link that stops them), and a closed group is a read-only archive.

use chrono::{Duration, Utc};
use observatory::{groups::entities::post, web::Role};
use sea_orm::{EntityTrait, QueryOrder, sea_query::Expr};

use crate::{
    accounts::path_of,
    accounts::register_and_confirm,
    groups::{add_member, create_group, new_member},
    helpers::{Browser, TestApp},
    scenario::csrf,
};

pub async fn start_thread(
    browser: &mut Browser,
    group: i32,
    title: &str,
    body: &str,
) -> crate::helpers::Page {
    let path = format!("/en/groups/{group}/discussions");
    let token = csrf(browser, &path).await;
    browser
        .post_form(&path, &[("csrf", &token), ("title", title), ("body", body)])
        .await
}

async fn reply(browser: &mut Browser, thread_path: &str, body: &str) -> crate::helpers::Page {
    let token = browser.get(thread_path).await.hidden_field("csrf");
    browser
        .post_form(thread_path, &[("csrf", &token), ("body", body)])
        .await
}

#[tokio::test]
async fn members_discuss_and_nobody_else_sees_anything() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let group = create_group(&mut editor, "Quiet circle", "private").await;
    let mut ana = app.browser();
    register_and_confirm(&app, &mut ana, "ana@example.org", "en").await;
    let mut ben = app.browser();
    register_and_confirm(&app, &mut ben, "ben@example.org", "es").await;
    let mut outsider = app.browser();
    register_and_confirm(&app, &mut outsider, "carla@example.org", "en").await;
    assert_eq!(
        add_member(&mut editor, group, "ana@example.org", "coordinator").await,
        303
    );
    assert_eq!(
        add_member(&mut editor, group, "ben@example.org", "member").await,
        303
    );
    let discussions = format!("/en/groups/{group}/discussions");

    // Who gets in: members and staff; others learn nothing.
    assert_eq!(
        app.browser().get(&discussions).await.status,
        303,
        "log in first"
    );
    assert_eq!(outsider.get(&discussions).await.status, 404);
    let mut evaluator = app.staff("evaluator@example.org", &[Role::Evaluator]).await;
    assert_eq!(evaluator.get(&discussions).await.status, 200);
    let group_page = ana.get(&format!("/en/groups/{group}")).await;
    assert!(group_page.body.contains("Discussions of the group"));

    // A subject is required; the text comes back.
    let refused = start_thread(&mut ana, group, " ", "Our first **meeting**.").await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("Give the discussion a subject."));
    assert!(refused.body.contains("Our first **meeting**."));

    let body = "Our first **meeting** is on Monday.\n\n<script>alert('x')</script>\n\n[agenda](javascript:alert(1))";
    let opened = start_thread(&mut ana, group, "First meeting", body).await;
    assert_eq!(opened.status, 303);
    let thread_path = opened.location().split('#').next().unwrap().to_string();
    let thread = ana.get(&thread_path).await;
    assert!(thread.body.contains("<strong>meeting</strong>"));
    assert!(thread.body.contains("&lt;script&gt;"));
    assert!(!thread.body.contains("<script>alert"));
    assert!(!thread.body.contains("javascript:"));
    assert_eq!(outsider.get(&thread_path).await.status, 404);

    // Ben hears of it in Spanish, with a link to stop; Ana, who wrote it, does not.
    let mail = app
        .mail
        .wait_for_subject("ben@example.org", "Quiet circle: First meeting")
        .await;
    assert!(mail.decoded().contains("ha escrito en la discusión"));
    let stop = mail.link_containing("/notifications/stop?");
    assert!(
        !app.mail
            .messages_to("ana@example.org")
            .await
            .iter()
            .any(|m| m.subject().contains("First meeting"))
    );

    // Ben replies and corrects his reply; Ana hears of it, and cannot edit it.
    let replied = reply(&mut ben, &thread_path, "I will be there.").await;
    assert_eq!(replied.status, 303);
    app.mail
        .wait_for_subject("ana@example.org", "Quiet circle: First meeting")
        .await;
    let newest = post::Entity::find()
        .order_by_desc(post::Column::Id)
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    let edit_path = format!("{thread_path}/posts/{}/edit", newest.id);
    assert_eq!(ana.get(&edit_path).await.status, 403);
    let edit_page = ben.get(&edit_path).await;
    assert_eq!(edit_page.status, 200);
    let edited = ben
        .post_form(
            &edit_path,
            &[
                ("csrf", &edit_page.hidden_field("csrf")),
                ("body", "I will be there at nine."),
            ],
        )
        .await;
    assert_eq!(edited.status, 303);
    let thread = ana.get(&thread_path).await;
    assert!(thread.body.contains("I will be there at nine."));
    assert!(thread.body.contains("edited"));
    // After the window, the post stays as it is.
    post::Entity::update_many()
        .col_expr(
            post::Column::CreatedAt,
            Expr::value(Utc::now() - Duration::minutes(31)),
        )
        .exec(&app.state.db)
        .await
        .unwrap();
    assert_eq!(ben.get(&edit_path).await.status, 403);

    // The stop link, from the mail: a forged one does nothing.
    let stop_path = path_of(&stop);
    let forged = stop_path.replace("signature=", "signature=00");
    assert_eq!(app.browser().get(&forged).await.status, 404);
    let mut mailbox = app.browser();
    let page = mailbox.get(&stop_path).await;
    assert_eq!(page.status, 200);
    let stopped = mailbox
        .post_form(
            &format!("/es/groups/{group}/notifications/stop"),
            &[
                ("csrf", &page.hidden_field("csrf")),
                ("user", &page.hidden_field("user")),
                ("signature", &page.hidden_field("signature")),
            ],
        )
        .await;
    assert_eq!(stopped.status, 303);
    let before = app.mail.messages_to("ben@example.org").await.len();
    assert_eq!(
        reply(&mut ana, &thread_path, "See you all.").await.status,
        303
    );
    app.wait_for_jobs().await;
    assert_eq!(
        app.mail.messages_to("ben@example.org").await.len(),
        before,
        "no more mails for Ben"
    );

    // Ana's posts are in her data.
    let export = ana.get("/en/account/data").await;
    let data: serde_json::Value = serde_json::from_str(&export.body).unwrap();
    let posts = data["working_groups"]["posts"].as_array().unwrap();
    assert_eq!(posts.len(), 2, "{posts:?}");
    assert_eq!(posts[0]["discussion"], "First meeting");

    // A member taken out of the group loses access at once.
    let ben_id = app.user_id("ben@example.org").await;
    let token = csrf(&mut editor, &format!("/en/staff/groups/{group}")).await;
    let removed = editor
        .post_form(
            &format!("/en/staff/groups/{group}/members/{ben_id}/remove"),
            &[("csrf", &token)],
        )
        .await;
    assert_eq!(removed.status, 303);
    assert_eq!(ben.get(&thread_path).await.status, 404);
    let staff_list = editor.get("/en/staff/groups").await;
    assert!(
        staff_list.body.contains("one new member, 3 posts"),
        "the last 30 days' activity"
    );

    // Closed, the group's discussions are an archive.
    let token = csrf(&mut editor, &format!("/en/staff/groups/{group}")).await;
    let closed = editor
        .post_form(
            &format!("/en/staff/groups/{group}"),
            &[
                ("csrf", &token),
                ("name_en", "Quiet circle"),
                (
                    "description_en",
                    "Restorative practice in schools and courts.",
                ),
                ("line", "restorative-justice"),
                ("coordinating_organisation", "Fundación Horizonte"),
                ("visibility", "private"),
                ("stage", "closed"),
            ],
        )
        .await;
    assert_eq!(closed.status, 303);
    let archive = ana.get(&thread_path).await;
    assert!(archive.body.contains("kept as an archive"));
    assert!(archive.body.contains("See you all."));
    assert!(!archive.body.contains("Send the reply"));
    // (The form is gone; the page of mail choices still has a token.)
    let token = csrf(&mut ana, &discussions).await;
    let late = ana
        .post_form(&thread_path, &[("csrf", &token), ("body", "Too late?")])
        .await;
    assert_eq!(late.status, 409);
}

/// A member who chose the digest hears nothing at once, then gets one mail
/// in the morning with the others' posts of all their groups, each group
/// with its stop link; the digest goes once, however many instances try.
#[tokio::test]
async fn the_morning_digest_gathers_the_posts_of_every_group_once() {
    use observatory::groups::send_daily_digest;

    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let first = create_group(&mut editor, "Quiet circle", "private").await;
    let second = create_group(&mut editor, "Courts and schools", "public").await;
    let staff = (&app, &mut editor);
    let mut ana = new_member(staff, first, ("ana@example.org", "en", "member")).await;
    let staff = (&app, &mut editor);
    let mut ben = new_member(staff, first, ("ben@example.org", "fr", "member")).await;
    for email in ["ana@example.org", "ben@example.org"] {
        assert_eq!(add_member(&mut editor, second, email, "member").await, 303);
    }
    for group in [first, second] {
        let path = format!("/fr/groupes/{group}/discussions");
        let token = csrf(&mut ben, &path).await;
        let chosen = ben
            .post_form(
                &format!("/fr/groupes/{group}/notifications"),
                &[("csrf", &token), ("notifications", "daily")],
            )
            .await;
        assert_eq!(chosen.status, 303);
    }
    let page = ben.get(&format!("/fr/groupes/{first}/discussions")).await;
    assert!(page.body.contains("value=\"daily\" checked"));
    assert!(
        page.body.contains("M&#39;envoyer un courriel chaque matin")
            || page.body.contains("M'envoyer un courriel chaque matin")
    );

    let before = app.mail.messages_to("ben@example.org").await.len();
    assert_eq!(
        start_thread(&mut ana, first, "Agenda", "Shall we meet **on Monday**?")
            .await
            .status,
        303
    );
    assert_eq!(
        start_thread(&mut ana, second, "Pilot schools", "Three schools said yes.")
            .await
            .status,
        303
    );
    assert_eq!(
        start_thread(&mut ben, second, "My own thread", "Ben's own words.")
            .await
            .status,
        303
    );
    app.wait_for_jobs().await;
    assert_eq!(
        app.mail.messages_to("ben@example.org").await.len(),
        before,
        "nothing at once"
    );

    let morning = crate::helpers::next_digest_morning();
    let other = app.another_instance().await;
    let (here, there) = tokio::join!(
        send_daily_digest(&app.state, morning),
        send_daily_digest(&other.state, morning)
    );
    assert_eq!(
        here.unwrap() + there.unwrap(),
        1,
        "Ben alone chose the digest"
    );
    let digest = app
        .mail
        .wait_for_count("ben@example.org", before + 1)
        .await
        .pop()
        .unwrap();
    let text = digest.decoded();
    assert!(text.contains("Shall we meet **on Monday**?"), "{text}");
    assert!(text.contains("Three schools said yes."));
    assert!(!text.contains("Ben's own words."), "not his own posts");
    assert!(text.contains("── Quiet circle ──"));
    assert!(text.contains("── Courts and schools ──"));
    for group in [first, second] {
        let stop = format!("/fr/groupes/{group}/notifications/stop?");
        assert!(text.contains(&stop), "a stop link per group");
    }
    assert_eq!(
        send_daily_digest(&app.state, morning + Duration::hours(2))
            .await
            .unwrap(),
        0
    );
    app.wait_for_jobs().await;
    assert_eq!(
        app.mail.messages_to("ben@example.org").await.len(),
        before + 1
    );
}
