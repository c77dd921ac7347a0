//! Editors keep the registry of cooperation agreements; the public reads it
//! by region and standing, each agreement's standing following from its
//! dates; editors are mailed once before an agreement ends, and again when
//! a renewal gives it a new end.

use chrono::{Duration as Span, NaiveDate};
use observatory::web::Role;
use sea_orm::{ConnectionTrait, Statement};

use crate::helpers::{Browser, Page, TestApp};

pub struct Recorded<'a> {
    partner: &'a str,
    subject_en: &'a str,
    subject_es: &'a str,
    signed_on: String,
    duration_months: &'a str,
    renewed_until: String,
}

fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

fn day(from_today: i64) -> String {
    (today() + Span::days(from_today))
        .format("%Y-%m-%d")
        .to_string()
}

pub fn peru<'a>() -> Recorded<'a> {
    Recorded {
        partner: "ministry-of-justice-peru",
        subject_en: "Restorative juvenile justice in Lima, Cusco and Arequipa.",
        subject_es: "Justicia juvenil restaurativa en Lima, Cusco y Arequipa.",
        signed_on: "2019-05-02".into(),
        duration_months: "36",
        renewed_until: String::new(),
    }
}

async fn save(editor: &mut Browser, path: &str, recorded: &Recorded<'_>) -> Page {
    let form = editor.get(path).await;
    assert_eq!(form.status, 200, "{}", form.body);
    let (csrf, latest) = (form.hidden_field("csrf"), form.hidden_field("latest"));
    editor
        .post_form(
            path,
            &[
                ("csrf", csrf.as_str()),
                ("latest", latest.as_str()),
                ("partner", recorded.partner),
                ("subject_en", recorded.subject_en),
                ("subject_es", recorded.subject_es),
                ("subject_fr", ""),
                (
                    "signatories",
                    "The Minister of Justice; the observatory's president",
                ),
                ("signed_on", &recorded.signed_on),
                ("duration_months", recorded.duration_months),
                ("renewed_until", &recorded.renewed_until),
            ],
        )
        .await
}

pub async fn record(editor: &mut Browser, recorded: &Recorded<'_>) -> String {
    let saved = save(editor, "/en/staff/agreements/new", recorded).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    saved
        .location()
        .split('?')
        .next()
        .unwrap_or_default()
        .to_string()
}

#[tokio::test]
async fn editors_record_agreements_and_the_public_reads_them_by_region_and_standing() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let mut visitor = app.browser();
    assert!(
        visitor
            .get("/en/agreements")
            .await
            .body
            .contains("No agreement has been recorded in the registry yet.")
    );

    // Wrong input comes back with its messages, nothing stored.
    let wrong = Recorded {
        partner: "nobody",
        subject_en: "",
        signed_on: String::new(),
        duration_months: "three years",
        renewed_until: "2018-01-01".into(),
        ..peru()
    };
    let refused = save(&mut editor, "/en/staff/agreements/new", &wrong).await;
    assert_eq!(refused.status, 422);
    for message in [
        "Choose the partner from the list.",
        "Say in English what the agreement is about.",
        "Give the day the agreement was signed.",
        "Give the duration as a whole number of months",
    ] {
        assert!(refused.body.contains(message), "{message}");
    }
    assert!(
        refused
            .body
            .contains(">Justicia juvenil restaurativa en Lima, Cusco y Arequipa.</textarea>")
    );

    // A renewal needs a first end, and goes beyond it.
    for (duration, renewed, message) in [
        (
            "",
            "2030-01-01",
            "Only an agreement with a duration can be renewed",
        ),
        (
            "36",
            "2022-04-30",
            "A renewal ends after the agreement&#39;s first end.",
        ),
    ] {
        let refused = save(
            &mut editor,
            "/en/staff/agreements/new",
            &Recorded {
                duration_months: duration,
                renewed_until: renewed.into(),
                ..peru()
            },
        )
        .await;
        assert_eq!(refused.status, 422);
        assert!(
            refused.body.contains(message),
            "{message}: {}",
            refused.body
        );
    }

    // Three years from May 2019: expired.
    let expired = record(&mut editor, &peru()).await;
    assert!(
        editor
            .get(&format!("{expired}?saved=true"))
            .await
            .body
            .contains("The agreement has been saved.")
    );
    // A year from a hundred days ago: in force.
    record(
        &mut editor,
        &Recorded {
            partner: "djop-thailand",
            subject_en: "Exchanges on juvenile observation and protection.",
            subject_es: "",
            signed_on: day(-100),
            duration_months: "12",
            ..peru()
        },
    )
    .await;
    // Renewed until next year.
    record(
        &mut editor,
        &Recorded {
            partner: "ministry-of-justice-chile",
            subject_en: "Training of the juvenile justice system's staff.",
            signed_on: "2015-01-01".into(),
            duration_months: "12",
            renewed_until: day(400),
            ..peru()
        },
    )
    .await;

    let registry = visitor.get("/en/agreements").await;
    assert!(registry.body.contains("3 agreements"));
    for expected in [
        "Ministry of Justice and Human Rights of Peru",
        "Signed on",
        "Thursday 2 May 2019",
        "36 months",
        "Sunday 1 May 2022",
        "The Minister of Justice; the observatory&#39;s president",
        "Latin America</a> (2)",
        "Asia-Pacific</a> (1)",
        "Expired</a> (1)",
        "In force</a> (1)",
        "Renewed</a> (1)",
    ] {
        assert!(
            registry.body.contains(expected),
            "{expected}: {}",
            registry.body
        );
    }
    let latin = visitor
        .get("/en/agreements?region=latin-america&standing=expired")
        .await;
    assert!(latin.body.contains("One agreement"), "{}", latin.body);
    assert!(
        latin.body.contains("Lima, Cusco y Arequipa")
            || latin.body.contains("Lima, Cusco and Arequipa")
    );
    assert!(!latin.body.contains("Thailand"));
    // In Spanish, the Spanish subject; the English one, marked, where none.
    let spanish = visitor.get("/es/acuerdos").await;
    assert!(
        spanish
            .body
            .contains("Justicia juvenil restaurativa en Lima")
    );
    assert!(
        spanish
            .body
            .contains("<p lang=\"en\">Exchanges on juvenile observation")
    );
    assert!(spanish.body.contains("Vencido"));

    // Each save is a version.
    let changed = Recorded {
        duration_months: "48",
        ..peru()
    };
    assert_eq!(save(&mut editor, &expired, &changed).await.status, 303);
    let db = &app.state.db;
    let row = db
        .query_one_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT COUNT(*) AS n FROM versions WHERE subject = 'agreement:1'".to_string(),
        ))
        .await
        .expect("query")
        .expect("a count");
    let versions: i64 = row.try_get("", "n").expect("a number");
    assert_eq!(versions, 2);

    // Only editors keep the registry.
    let mut member = app.staff("member@example.org", &[]).await;
    assert_eq!(member.get("/en/staff/agreements").await.status, 403);
    let form = member.get("/en/account").await;
    let posted = member
        .post_form(
            "/en/staff/agreements/new",
            &[
                ("csrf", &form.hidden_field("csrf")),
                ("latest", "0"),
                ("partner", "iin"),
            ],
        )
        .await;
    assert_eq!(posted.status, 403);
}

#[tokio::test]
async fn editors_are_reminded_once_before_an_agreement_ends_and_again_after_a_renewal() {
    let app = TestApp::spawn().await;
    let mut editor = app.staff("editor@example.org", &[Role::Editor]).await;
    let ending = Recorded {
        signed_on: "2024-01-01".into(),
        duration_months: "12",
        renewed_until: day(30),
        ..peru()
    };
    let path = record(&mut editor, &ending).await;
    // Far from its end: nothing.
    record(
        &mut editor,
        &Recorded {
            partner: "iin",
            signed_on: day(-10),
            duration_months: "24",
            ..peru()
        },
    )
    .await;
    let reminded = observatory::content::agreements::send_expiry_reminders(&app.state, today())
        .await
        .expect("reminded");
    assert_eq!(reminded, 1);
    let mail = app
        .mail
        .wait_for_subject("editor@example.org", "An agreement ends soon")
        .await;
    let text = mail.decoded();
    assert!(
        text.contains("The agreement with Ministry of Justice and Human Rights of Peru ends on"),
        "{text}"
    );
    assert!(text.contains("in 30 days"), "{text}");
    assert!(mail.link_containing("/staff/agreements/").ends_with(&path));
    // Asked again (another instance, the next minute): not twice.
    let again = observatory::content::agreements::send_expiry_reminders(&app.state, today())
        .await
        .expect("asked again");
    assert_eq!(again, 0);
    // Renewed to a new end, still within two months: a new reminder.
    let renewed = Recorded {
        renewed_until: day(50),
        ..ending
    };
    assert_eq!(save(&mut editor, &path, &renewed).await.status, 303);
    let reminded = observatory::content::agreements::send_expiry_reminders(&app.state, today())
        .await
        .expect("reminded");
    assert_eq!(reminded, 1);
    let mails = app.mail.wait_for_count("editor@example.org", 3).await;
    assert!(mails[2].decoded().contains("in 50 days"));
}
