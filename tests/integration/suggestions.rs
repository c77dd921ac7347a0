//! Suggestions beside a proposal: the lines of work it is like, with the
//! words that matched, across languages; evaluators whose lines and
//! languages fit, never one with a declared conflict, least loaded first;
//! accepting one is recorded, and only editors assign; and the matching's
//! accuracy on a labelled set of example proposals.

use observatory::{
    proposals::suggestions::{self, acceptance},
    web::Role,
};
use sea_orm::EntityTrait;

use crate::{
    accounts::{PASSWORD, log_in},
    helpers::{Browser, TestApp},
    scenario::{InReview, assign, csrf},
};

const CASES: &str = include_str!("../fixtures/matching_cases.tsv");

/// The right line first in at least 80 % of the examples, and among the
/// first three in at least 95 %; the figures are printed
/// (`bench/matching.sh`).
#[tokio::test]
#[allow(clippy::print_stdout, reason = "the figures are this test's output")]
async fn the_matching_finds_the_right_line_of_work_for_the_labelled_examples() {
    let app = TestApp::spawn().await;
    let (mut cases, mut first, mut top_three) = (0, 0, 0);
    let mut wrong = Vec::new();
    for line in CASES
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let mut parts = line.splitn(3, '\t');
        let (language, expected, text) = (
            parts.next().unwrap(),
            parts.next().unwrap(),
            parts.next().unwrap(),
        );
        let ranked = suggestions::lines_like(&app.state, text).await.unwrap();
        let keys: Vec<&str> = ranked.iter().map(|alike| alike.key.as_str()).collect();
        cases += 1;
        if keys.first() == Some(&expected) {
            first += 1;
        } else {
            wrong.push(format!("{language} {expected}: {keys:?} for {text}"));
        }
        if keys.iter().take(3).any(|key| *key == expected) {
            top_three += 1;
        }
    }
    let percent = |n: i32| f64::from(n) * 100.0 / f64::from(cases);
    println!(
        "matching: {cases} examples, right line first {first} ({:.0} %), in the first three {top_three} ({:.0} %)",
        percent(first),
        percent(top_three)
    );
    for miss in &wrong {
        println!("  not first: {miss}");
    }
    assert!(percent(first) >= 80.0, "{wrong:#?}");
    assert!(percent(top_three) >= 95.0, "{wrong:#?}");
}

#[tokio::test]
async fn a_proposal_shows_explained_suggestions_and_accepting_one_is_recorded() {
    let app = TestApp::spawn().await;
    let InReview {
        id, mut editor, ..
    } = app
        .proposal()
        .in_language("es")
        .titled("Mediación con víctimas")
        .describing("Mediación entre víctima y ofensor y conferencias familiares para la reparación del daño causado por adolescentes.")
        .in_review()
        .await;
    let review = format!("/es/staff/proposals/{id}");
    let page = editor.get(&review).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Sugerencias"));
    // The Spanish text meets the line through its Spanish description.
    let lines_at = page.body.find("Líneas de trabajo</h3>").unwrap();
    let first_line = &page.body[lines_at..];
    assert!(first_line.contains("Justicia restaurativa"), "{first_line}");
    assert!(
        page.body.contains("<mark>Mediación</mark>"),
        "the matched words are marked"
    );
    assert!(page.body.contains("palabras en común:"));

    // Accepting the line files the proposal under it, once, on record.
    let token = csrf(&mut editor, &review).await;
    let fields = [
        ("csrf", token.as_str()),
        ("kind", "line"),
        ("key", "restorative-justice"),
    ];
    let accepted = editor
        .post_form(&format!("/es/staff/proposals/{id}/suggestions"), &fields)
        .await;
    assert_eq!(accepted.status, 303);
    assert!(accepted.location().ends_with("#suggestions"));
    editor
        .post_form(&format!("/es/staff/proposals/{id}/suggestions"), &fields)
        .await;
    let recorded = acceptance::Entity::find().all(&app.state.db).await.unwrap();
    assert_eq!(recorded.len(), 1);
    assert_eq!(
        (
            recorded[0].kind.as_str(),
            recorded[0].key.as_str(),
            recorded[0].rank
        ),
        ("line", "restorative-justice", 1)
    );
    // Only what the page suggests can be accepted.
    let unsuggested = [("csrf", token.as_str()), ("kind", "group"), ("key", "999")];
    let refused = editor
        .post_form(
            &format!("/es/staff/proposals/{id}/suggestions"),
            &unsuggested,
        )
        .await;
    assert_eq!(refused.status, 409);
    let dashboard = editor.get("/en/staff/dashboard").await;
    assert!(
        dashboard
            .body
            .contains("One proposal has an accepted suggestion.")
    );

    // An evaluator cannot assign, even through a suggestion.
    let mut evaluator = app.browser();
    assert_eq!(
        log_in(&mut evaluator, "en", "evaluator@example.org", PASSWORD)
            .await
            .status,
        303
    );
    let token = csrf(&mut evaluator, &format!("/en/staff/proposals/{id}")).await;
    let refused = evaluator
        .post_form(
            &format!("/en/staff/proposals/{id}/suggestions"),
            &[("csrf", &token), ("kind", "evaluator"), ("key", "1")],
        )
        .await;
    assert_eq!(refused.status, 403);
}

/// Sets a staff member's profile: their name, languages and one line.
async fn with_profile(browser: &mut Browser, name: &str, languages: &[&str], line: &str) {
    let token = csrf(browser, "/en/account").await;
    let mut fields = vec![
        ("csrf", token.as_str()),
        ("account_type", "individual"),
        ("full_name", name),
        ("country", "CL"),
        ("lines", line),
    ];
    fields.extend(languages.iter().map(|language| ("languages", *language)));
    let saved = browser.post_form("/en/account", &fields).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
}

#[tokio::test]
async fn evaluators_are_suggested_by_lines_and_languages_never_with_a_conflict_least_loaded_first()
{
    let app = TestApp::spawn().await;
    let InReview { id, mut editor, .. } = app
        .proposal()
        .in_language("es")
        .titled("Mediación con víctimas")
        .describing("Mediación entre víctima y ofensor y conferencias familiares para la reparación del daño causado por adolescentes.")
        .in_review()
        .await;
    let mut staff = Vec::new();
    for (email, name, languages, line) in [
        (
            "busy@example.org",
            "Berta Ocupada",
            &["es"][..],
            "restorative-justice",
        ),
        (
            "free@example.org",
            "Fabiola Libre",
            &["es", "en"][..],
            "restorative-justice",
        ),
        (
            "english@example.org",
            "Edward English",
            &["en"][..],
            "restorative-justice",
        ),
        (
            "research@example.org",
            "Rita Research",
            &["es"][..],
            "research",
        ),
        (
            "conflicted@example.org",
            "Carla Conflicto",
            &["es"][..],
            "restorative-justice",
        ),
    ] {
        let mut browser = app.staff(email, &[Role::Evaluator]).await;
        with_profile(&mut browser, name, languages, line).await;
        staff.push(browser);
    }
    // Berta has another proposal in hand; Carla declares a conflict on this one.
    let other = app
        .proposal()
        .by("other@example.org")
        .titled("Otra")
        .send()
        .await;
    assign(&app, &mut editor, other.id, "busy@example.org").await;
    assign(&app, &mut editor, id, "conflicted@example.org").await;
    let conflicted = &mut staff[4];
    let review = format!("/en/staff/proposals/{id}");
    let token = csrf(conflicted, &review).await;
    let declared = conflicted
        .post_form(&format!("{review}/conflict"), &[("csrf", &token)])
        .await;
    assert_eq!(declared.status, 303);

    let page = editor.get(&review).await;
    let start = page.body.find("Evaluators who could take it").unwrap();
    let section = &page.body[start..];
    let section = &section[..section.find("</ol>").unwrap()];
    let free = section
        .find("Fabiola Libre")
        .expect("a free evaluator who fits");
    let busy = section
        .find("Berta Ocupada")
        .expect("a busy evaluator who fits");
    assert!(free < busy, "the least loaded first: {section}");
    assert!(section.contains("works on Restorative justice; reads Spanish; 0 proposals in hand"));
    assert!(section.contains("works on Restorative justice; reads Spanish; one proposal in hand"));
    for absent in [
        "Edward English",
        "Rita Research",
        "Carla Conflicto",
        "Ana Pérez",
    ] {
        assert!(
            !section.contains(absent),
            "{absent} is not suggested: {section}"
        );
    }

    // Accepting the suggestion assigns her.
    let free_id = app.user_id("free@example.org").await.to_string();
    let token = csrf(&mut editor, &review).await;
    let accepted = editor
        .post_form(
            &format!("{review}/suggestions"),
            &[("csrf", &token), ("kind", "evaluator"), ("key", &free_id)],
        )
        .await;
    assert_eq!(accepted.status, 303);
    let page = editor.get(&review).await;
    let assigned = &page.body[page.body.find("id=\"evaluators\"").unwrap()..];
    assert!(assigned[..assigned.find("</section>").unwrap()].contains("Fabiola Libre"));
}
