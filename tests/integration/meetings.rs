//! A group's meetings: coordinators schedule them in a time zone, members
//! read each time in the meeting's zone and their own, download them as
//! iCalendar files (read back here with an iCalendar parser), subscribe to
//! a per-person feed whose secret address can be revoked, and are mailed
//! when a meeting is scheduled, moved or cancelled, and reminded once.

use chrono::{Duration, NaiveDate, Utc};
use icalendar::{Calendar, CalendarComponent, Component, Event};
use observatory::{
    groups::{entities::meeting, send_due_reminders},
    web::Role,
};
use sea_orm::{EntityTrait, sea_query::Expr};

use crate::{
    accounts::{PASSWORD, path_of, register_and_confirm},
    groups::{create_group, new_member},
    helpers::{Browser, Page, TestApp},
    scenario::csrf,
};

/// A day a month from now: the meeting is to come whenever the test runs.
fn a_month_ahead() -> NaiveDate {
    (Utc::now() + Duration::days(30)).date_naive()
}

/// The fields of a meeting a month from now, online, titled `title`.
pub fn a_meeting(title: &'static str) -> Vec<(&'static str, String)> {
    let day = a_month_ahead().format("%Y-%m-%d").to_string();
    [
        ("title", title.to_string()),
        ("date", day),
        ("starts", "10:00".into()),
        ("ends", "11:00".into()),
        ("time_zone", "UTC".into()),
        ("place", String::new()),
        ("online_link", "https://meet.example.org/call".into()),
        ("agenda", String::new()),
        ("reminder", "60".into()),
    ]
    .into()
}

pub async fn schedule(
    browser: &mut Browser,
    group: i32,
    fields: &[(&str, impl AsRef<str>)],
) -> Page {
    let path = format!("/en/groups/{group}/meetings");
    let token = csrf(browser, &path).await;
    let mut form = vec![("csrf", token.as_str())];
    form.extend(fields.iter().map(|(name, value)| (*name, value.as_ref())));
    browser.post_form(&path, &form).await
}

async fn choose_time_zone(browser: &mut Browser, zone: &str) {
    let token = csrf(browser, "/en/account").await;
    let saved = browser
        .post_form(
            "/en/account/time-zone",
            &[("csrf", &token), ("time_zone", zone)],
        )
        .await;
    assert_eq!(saved.status, 303);
}

/// The events of an iCalendar text, which must parse.
fn events(text: &str) -> Vec<Event> {
    let calendar: Calendar = text.parse().expect("valid iCalendar");
    calendar
        .components
        .into_iter()
        .filter_map(|component| match component {
            CalendarComponent::Event(event) => Some(event),
            _ => None,
        })
        .collect()
}

/// The path of the feed address the calendar page shows.
fn feed_address(page: &Page) -> String {
    let marker = "id=\"feed-url\" value=\"";
    let start = page.body.find(marker).expect("a feed address") + marker.len();
    let end = page.body[start..].find('"').expect("closing quote") + start;
    path_of(&page.body[start..end])
}

fn property(event: &Event, name: &str) -> String {
    event.property_value(name).unwrap_or_default().to_string()
}

#[tokio::test]
async fn a_meeting_is_scheduled_shown_in_each_zone_and_reaches_calendars() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let group = create_group(&mut editor, "Diversion in Asia", "private").await;
    let staff = (&app, &mut editor);
    let mut ana = new_member(staff, group, ("ana@example.org", "en", "coordinator")).await;
    let staff = (&app, &mut editor);
    let mut ben = new_member(staff, group, ("ben@example.org", "es", "member")).await;
    let mut outsider = app.browser();
    register_and_confirm(&app, &mut outsider, "carla@example.org", "en").await;
    choose_time_zone(&mut ana, "Asia/Tokyo").await;
    choose_time_zone(&mut ben, "America/Bogota").await;
    let day = a_month_ahead().format("%Y-%m-%d").to_string();
    let meetings = format!("/en/groups/{group}/meetings");

    // Only coordinators and editors schedule.
    let ben_list = ben.get(&meetings).await;
    assert_eq!(ben_list.status, 200);
    assert!(!ben_list.body.contains("Schedule a meeting"));
    let fields = [
        ("title", "Diversion programmes: first review"),
        ("date", day.as_str()),
        ("starts", "20:00"),
        ("ends", "21:30"),
        ("time_zone", "Asia/Tokyo"),
        ("place", ""),
        ("online_link", "https://meet.example.org/diversion"),
        ("agenda", "1. **Programmes** found\n2. Next steps"),
        ("reminder", "1440"),
    ];
    assert_eq!(schedule(&mut ben, group, &fields).await.status, 403);
    assert_eq!(schedule(&mut outsider, group, &fields).await.status, 404);

    // Mistakes are named next to their fields, and the form comes back.
    let mut wrong = fields;
    wrong[3] = ("ends", "19:00");
    wrong[6] = ("online_link", "javascript:alert(1)");
    let refused = schedule(&mut ana, group, &wrong).await;
    assert_eq!(refused.status, 422);
    assert!(
        refused
            .body
            .contains("The meeting must end after it starts, on the same day.")
    );
    assert!(
        refused
            .body
            .contains("Give a web address that starts with https:// or http://.")
    );
    assert!(
        refused
            .body
            .contains("value=\"Diversion programmes: first review\"")
    );
    assert!(
        meeting::Entity::find()
            .all(&app.state.db)
            .await
            .unwrap()
            .is_empty()
    );

    let scheduled = schedule(&mut ana, group, &fields).await;
    assert_eq!(scheduled.status, 303, "{}", scheduled.body);
    let meeting_path = scheduled.location().to_string();
    let stored = meeting::Entity::find()
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    // 20:00 in Tokyo (UTC+9) is 11:00 UTC and 06:00 in Bogotá (UTC-5).
    assert_eq!(stored.starts_at.format("%H:%M").to_string(), "11:00");
    assert_eq!(stored.time_zone, "Asia/Tokyo");

    // Ben, in Bogotá, reads both times, in Spanish, on the page and by mail.
    let es_path = meeting_path.replacen("/en/groups/", "/es/grupos/", 1);
    let page = ben.get(&es_path).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Su hora"));
    assert!(
        page.body.contains("06:00–07:30 (America/Bogota)"),
        "{}",
        page.body
    );
    assert!(page.body.contains("20:00–21:30 (Asia/Tokyo)"));
    assert!(page.body.contains("<strong>Programmes</strong>"));
    let mail = app
        .mail
        .wait_for_subject("ben@example.org", "Diversion in Asia: nueva")
        .await;
    let text = mail.decoded();
    assert!(text.contains("06:00–07:30 (America/Bogota)"), "{text}");
    assert!(text.contains("20:00–21:30 (Asia/Tokyo)"));
    assert!(text.contains("https://meet.example.org/diversion"));
    // Ana, in the meeting's zone, sees one time, and scheduled it: no mail.
    let ana_page = ana.get(&meeting_path).await;
    assert!(!ana_page.body.contains("Your time"));
    assert!(
        !app.mail
            .messages_to("ana@example.org")
            .await
            .iter()
            .any(|m| m.subject().contains("new meeting"))
    );

    // The meeting's file, for members and staff only.
    let file = ben.get(&format!("{es_path}/calendar")).await;
    assert_eq!(file.status, 200);
    assert!(
        file.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/calendar")
    );
    assert!(
        file.headers["content-disposition"]
            .to_str()
            .unwrap()
            .contains("attachment")
    );
    let read = events(&file.body);
    assert_eq!(read.len(), 1);
    let event = &read[0];
    assert_eq!(
        event.get_summary(),
        Some("Diversion programmes: first review · Diversion in Asia")
    );
    let compact_day = day.replace('-', "");
    assert_eq!(property(event, "DTSTART"), format!("{compact_day}T110000Z"));
    assert_eq!(property(event, "DTEND"), format!("{compact_day}T123000Z"));
    assert_eq!(
        property(event, "LOCATION"),
        "https://meet.example.org/diversion"
    );
    assert_eq!(property(event, "SEQUENCE"), "0");
    assert!(property(event, "DESCRIPTION").contains("(Asia/Tokyo)"));
    assert_eq!(
        outsider
            .get(&format!("{meeting_path}/calendar"))
            .await
            .status,
        404
    );
    assert_eq!(
        app.browser()
            .get(&format!("{meeting_path}/calendar"))
            .await
            .status,
        303
    );
    let mut evaluator = app.staff("evaluator@example.org", &[Role::Evaluator]).await;
    assert_eq!(
        evaluator
            .get(&format!("{meeting_path}/calendar"))
            .await
            .status,
        200
    );

    // Moved an hour later: the members hear of it, calendars update it.
    let edit_path = format!("{meeting_path}/edit");
    assert_eq!(ben.get(&edit_path).await.status, 403);
    let edit_page = ana.get(&edit_path).await;
    assert!(edit_page.body.contains("value=\"20:00\""));
    let mut moved: Vec<(&str, &str)> = fields.to_vec();
    moved[2] = ("starts", "21:00");
    moved[3] = ("ends", "22:00");
    let token = edit_page.hidden_field("csrf");
    moved.push(("csrf", &token));
    assert_eq!(ana.post_form(&edit_path, &moved).await.status, 303);
    app.mail
        .wait_for_text("ben@example.org", "ha cambiado")
        .await;
    let file = ben.get(&format!("{es_path}/calendar")).await;
    let event = &events(&file.body)[0];
    assert_eq!(property(event, "DTSTART"), format!("{compact_day}T120000Z"));
    assert_eq!(property(event, "SEQUENCE"), "1");

    // Minutes wait for the meeting to begin.
    let minutes_path = format!("{meeting_path}/minutes");
    let token = csrf(&mut ana, &meeting_path).await;
    let early = ana
        .post_form(&minutes_path, &[("csrf", &token), ("minutes", "Too early")])
        .await;
    assert_eq!(early.status, 409);

    // The reminder goes a day before, once, however many instances look.
    let other = app.another_instance().await;
    let now = stored.starts_at - Duration::hours(12);
    let (here, there) = tokio::join!(
        send_due_reminders(&app.state, now),
        send_due_reminders(&other.state, now)
    );
    assert_eq!(here.unwrap() + there.unwrap(), 1);
    assert_eq!(send_due_reminders(&app.state, now).await.unwrap(), 0);
    let reminder = app
        .mail
        .wait_for_subject("ana@example.org", "Reminder: Diversion programmes")
        .await;
    assert!(reminder.decoded().contains("21:00–22:00 (Asia/Tokyo)"));
    app.mail
        .wait_for_subject("ben@example.org", "Recordatorio")
        .await;
    app.wait_for_jobs().await;
    let reminders = app
        .mail
        .all()
        .await
        .iter()
        .filter(|m| m.subject().contains("Reminder") || m.subject().contains("Recordatorio"))
        .count();
    assert_eq!(reminders, 2, "one per member");

    // Held: the minutes are written and shown, in safe Markdown.
    meeting::Entity::update_many()
        .col_expr(
            meeting::Column::StartsAt,
            Expr::value(Utc::now() - Duration::hours(2)),
        )
        .col_expr(
            meeting::Column::EndsAt,
            Expr::value(Utc::now() - Duration::hours(1)),
        )
        .exec(&app.state.db)
        .await
        .unwrap();
    let token = csrf(&mut ana, &meeting_path).await;
    let empty = ana
        .post_form(&minutes_path, &[("csrf", &token), ("minutes", " ")])
        .await;
    assert_eq!(empty.status, 422);
    assert!(empty.body.contains("Write the minutes."));
    let written = ana
        .post_form(
            &minutes_path,
            &[
                ("csrf", &token),
                ("minutes", "Agreed: *three* pilots.<script>x</script>"),
            ],
        )
        .await;
    assert_eq!(written.status, 303);
    let page = ben.get(&es_path).await;
    assert!(page.body.contains("<em>three</em> pilots"));
    let too_late = ana
        .post_form(&format!("{meeting_path}/cancel"), &[("csrf", &token)])
        .await;
    assert_eq!(too_late.status, 409, "a meeting held is not called off");
    assert!(!page.body.contains("<script>x"));
    let list = ben.get(&meetings).await;
    assert!(list.body.contains("Past meetings"));

    // Ana's meetings are in her data; deleting her account leaves them to
    // the group, their author unknown.
    let export = ana.get("/en/account/data").await;
    let data: serde_json::Value = serde_json::from_str(&export.body).unwrap();
    assert_eq!(data["account"]["time_zone"], "Asia/Tokyo");
    let scheduled = &data["working_groups"]["meetings_scheduled"];
    assert_eq!(scheduled[0]["title"], "Diversion programmes: first review");
    let token = csrf(&mut ana, "/en/account/delete").await;
    let deleted = ana
        .post_form(
            "/en/account/delete",
            &[("csrf", &token), ("current_password", PASSWORD)],
        )
        .await;
    assert_eq!(deleted.status, 200);
    let kept = meeting::Entity::find()
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(kept.created_by, None);
    assert_eq!(ben.get(&es_path).await.status, 200);
}

#[tokio::test]
async fn the_calendar_feed_shows_only_its_owners_meetings_and_can_be_revoked() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let group = create_group(&mut editor, "Legal aid network", "private").await;
    let hidden = create_group(&mut editor, "Another circle", "private").await;
    let staff = (&app, &mut editor);
    let mut ana = new_member(staff, group, ("ana@example.org", "fr", "member")).await;
    let staff = (&app, &mut editor);
    new_member(staff, hidden, ("ben@example.org", "en", "member")).await;
    let day = a_month_ahead().format("%Y-%m-%d").to_string();
    let meeting = |title: &'static str| {
        [
            ("title", title),
            ("date", ""),
            ("starts", "09:00"),
            ("ends", "10:00"),
            ("time_zone", "Europe/Brussels"),
            ("place", "Rue Mercelis 50, Brussels"),
            ("online_link", ""),
            ("agenda", ""),
            ("reminder", "0"),
        ]
    };
    for (on, title) in [
        (group, "Legal aid: planning"),
        (hidden, "Another circle: plans"),
    ] {
        let mut fields = meeting(title);
        fields[1] = ("date", &day);
        assert_eq!(schedule(&mut editor, on, &fields).await.status, 303);
    }

    // No feed until asked for.
    let page = ana.get("/fr/groupes/calendar").await;
    assert!(page.body.contains("Legal aid: planning"));
    assert!(!page.body.contains("Another circle"));
    assert!(!page.body.contains("id=\"feed-url\""));
    let token = page.hidden_field("csrf");
    let made = ana
        .post_form(
            "/fr/groupes/calendar",
            &[("csrf", &token), ("action", "new")],
        )
        .await;
    assert_eq!(made.status, 303);
    let page = ana.get("/fr/groupes/calendar").await;
    let feed_path = feed_address(&page);

    // Anyone with the address reads Ana's meetings, and only hers.
    let feed = app.browser().get(&feed_path).await;
    assert_eq!(feed.status, 200);
    let read = events(&feed.body);
    assert_eq!(read.len(), 1);
    let location = property(&read[0], "LOCATION");
    assert!(location.starts_with("Rue Mercelis 50") && location.ends_with("Brussels"));
    assert!(feed.body.contains("X-WR-CALNAME:Groupes de travail"));
    // The signature is for Ana's id only; a forged one opens nothing.
    let ben_id = app.user_id("ben@example.org").await;
    let ana_id = app.user_id("ana@example.org").await;
    let borrowed = feed_path.replace(&format!("/{ana_id}-"), &format!("/{ben_id}-"));
    assert_eq!(app.browser().get(&borrowed).await.status, 404);
    let forged = feed_path.replace(".ics", "00.ics");
    assert_eq!(app.browser().get(&forged).await.status, 404);

    // A new address revokes the old one at once.
    let token = page.hidden_field("csrf");
    ana.post_form(
        "/fr/groupes/calendar",
        &[("csrf", &token), ("action", "new")],
    )
    .await;
    assert_eq!(app.browser().get(&feed_path).await.status, 404);
    let renewed_path = feed_address(&ana.get("/fr/groupes/calendar").await);
    assert_ne!(renewed_path, feed_path);
    let export = ana.get("/fr/account/data").await;
    let data: serde_json::Value = serde_json::from_str(&export.body).unwrap();
    assert!(data["working_groups"]["calendar_feed_made_at"].is_string());
    assert!(
        !export.body.contains(&renewed_path),
        "the secret address is not exported"
    );
    assert_eq!(app.browser().get(&renewed_path).await.status, 200);

    // Out of the group, out of the feed.
    let token = csrf(&mut editor, &format!("/en/staff/groups/{group}")).await;
    editor
        .post_form(
            &format!("/en/staff/groups/{group}/members/{ana_id}/remove"),
            &[("csrf", &token)],
        )
        .await;
    let feed = app.browser().get(&renewed_path).await;
    assert!(events(&feed.body).is_empty());

    // Turned off, the address is gone.
    let token = csrf(&mut ana, "/fr/groupes/calendar").await;
    ana.post_form(
        "/fr/groupes/calendar",
        &[("csrf", &token), ("action", "off")],
    )
    .await;
    assert_eq!(app.browser().get(&renewed_path).await.status, 404);
}

#[tokio::test]
async fn a_cancelled_meeting_leaves_calendars_and_a_closed_group_schedules_nothing() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let group = create_group(&mut editor, "Probation practice", "public").await;
    let staff = (&app, &mut editor);
    let mut ana = new_member(staff, group, ("ana@example.org", "en", "member")).await;
    let day = a_month_ahead().format("%Y-%m-%d").to_string();
    let fields = [
        ("title", "Probation: case review"),
        ("date", day.as_str()),
        ("starts", "10:00"),
        ("ends", "11:00"),
        ("time_zone", "UTC"),
        ("place", "Head office"),
        ("online_link", ""),
        ("agenda", ""),
        ("reminder", "60"),
    ];
    let scheduled = schedule(&mut editor, group, &fields).await;
    let meeting_path = scheduled.location().to_string();
    let token = csrf(&mut editor, &meeting_path).await;
    let cancelled = editor
        .post_form(&format!("{meeting_path}/cancel"), &[("csrf", &token)])
        .await;
    assert_eq!(cancelled.status, 303);
    app.mail
        .wait_for_subject("ana@example.org", "meeting cancelled")
        .await;
    let page = ana.get(&meeting_path).await;
    assert!(page.body.contains("This meeting has been cancelled."));
    let file = ana.get(&format!("{meeting_path}/calendar")).await;
    assert_eq!(property(&events(&file.body)[0], "STATUS"), "CANCELLED");
    // A cancelled meeting sends no reminder.
    let stored = meeting::Entity::find()
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    let due = stored.starts_at - Duration::minutes(30);
    assert_eq!(send_due_reminders(&app.state, due).await.unwrap(), 0);

    // Closed, the group keeps its meetings and takes no new one.
    let token = csrf(&mut editor, &format!("/en/staff/groups/{group}")).await;
    let closed = editor
        .post_form(
            &format!("/en/staff/groups/{group}"),
            &[
                ("csrf", &token),
                ("name_en", "Probation practice"),
                (
                    "description_en",
                    "Restorative practice in schools and courts.",
                ),
                ("line", "restorative-justice"),
                ("coordinating_organisation", "Fundación Horizonte"),
                ("visibility", "public"),
                ("stage", "closed"),
            ],
        )
        .await;
    assert_eq!(closed.status, 303);
    assert_eq!(schedule(&mut editor, group, &fields).await.status, 409);
    let list = ana.get(&format!("/en/groups/{group}/meetings")).await;
    assert!(list.body.contains("Probation: case review"));
    assert!(list.body.contains("kept as an archive"));
}
