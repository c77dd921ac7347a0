//! `observatory import-library`: resources from a CSV file, checked by the
//! form's rules; a dry run reports every bad row and stores nothing; an
//! import stores every row, or none.

use observatory::{
    library::import::{Options, Report, import},
    progress::Progress,
};

use crate::helpers::TestApp;

const HEADER: &str = "kind,title_en,summary_en,title_es,summary_es,original_language,authors,issued,country,region,lines,cites,licence,age_group,court,case_number,decided_on,outcome\n";
const KENYA: &str = "research,Diversion in the children courts of Kenya,How diversion works in practice.,,,en,\"Otieno, J.\",2021,KE,,restorative-justice;prevention,crc:40;beijing-rules:11,cc-by,minors,,,,\n";
const CHILE: &str = "case-law,Supreme Court on the pre-trial detention of minors,The court limited detention.,La Corte Suprema y la detención preventiva de adolescentes,La corte limitó la detención preventiva.,es,Corte Suprema de Chile,2019-03-02,CL,,,crc:37,unknown,14-17,Corte Suprema,Rol 123-2019,2019-03-02,Detention limited to six months\n";
const BAD: &str = "novel,A bad row,,,,en,,20xx,ZZ,,nope,crc:999,cc-by,minors,,,,\n";

async fn run(app: &TestApp, csv: &str, dry_run: bool, publish: bool) -> anyhow::Result<Report> {
    let options = Options { dry_run, publish };
    import(
        &app.state,
        csv.as_bytes(),
        &options,
        &mut Progress::silent(),
    )
    .await
}

async fn resources_listed(app: &TestApp) -> String {
    app.browser().get("/en/library/resources").await.body
}

#[tokio::test]
async fn a_dry_run_reports_every_bad_row_and_stores_nothing() {
    let app = TestApp::spawn().await;
    let csv = format!("{HEADER}{KENYA}{BAD}{CHILE}");
    let report = run(&app, &csv, true, true).await.expect("a report");
    assert_eq!(report.rows, 3);
    assert!(report.imported.is_empty());
    let found: Vec<(u64, &str, &str)> = report
        .problems
        .iter()
        .map(|p| (p.line, p.column.as_str(), p.value.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            (3, "kind", "novel"),
            (3, "authors", ""),
            (3, "issued", "20xx"),
            (3, "country", "ZZ"),
            (3, "lines", "nope"),
            (3, "cites", "crc:999"),
        ]
    );
    assert!(report.problems[2].message.contains("2019-05"));
    // Told what is wrong, the same file is not imported either.
    let refused = run(&app, &csv, false, true).await.expect("a report");
    assert!(refused.imported.is_empty() && !refused.problems.is_empty());
    assert!(
        !resources_listed(&app)
            .await
            .contains("children courts of Kenya")
    );
}

#[tokio::test]
async fn every_row_of_a_good_file_is_stored_and_published_when_asked() {
    let app = TestApp::spawn().await;
    let drafts = run(&app, &format!("{HEADER}{KENYA}"), false, false)
        .await
        .expect("imported");
    assert_eq!(drafts.imported.len(), 1);
    // Drafts wait for the editors.
    let draft = app
        .browser()
        .get(&format!("/en/library/resources/{}", drafts.imported[0]))
        .await;
    assert_eq!(draft.status, 404);

    let report = run(&app, &format!("{HEADER}{CHILE}"), false, true)
        .await
        .expect("imported");
    let [chile] = report.imported[..] else {
        panic!("{report:?}")
    };
    let page = app
        .browser()
        .get(&format!("/es/biblioteca/resources/{chile}"))
        .await;
    assert_eq!(page.status, 200);
    assert!(
        page.body
            .contains("La Corte Suprema y la detención preventiva de adolescentes")
    );
    assert!(page.body.contains("Rol 123-2019"));
    assert!(page.body.contains("Detention limited to six months"));
    // The public list, kept in memory, shows it at once.
    assert!(
        resources_listed(&app)
            .await
            .contains("Supreme Court on the pre-trial detention")
    );
}

#[tokio::test]
async fn a_column_the_form_does_not_have_is_refused_before_any_row() {
    let app = TestApp::spawn().await;
    for (csv, expected) in [
        ("kind,titel_en\nresearch,x\n", "unknown column \"titel_en\""),
        ("title_en\nx\n", "no kind column"),
        ("kind,title_en,title_en\nresearch,x,y\n", "comes twice"),
    ] {
        let refused = run(&app, csv, true, false).await.expect_err("refused");
        assert!(refused.to_string().contains(expected), "{refused}");
    }
    let ragged = run(&app, &format!("{HEADER}research,too few\n"), true, false).await;
    assert!(ragged.is_err());
}

#[tokio::test]
async fn another_kinds_facts_are_refused_rather_than_lost() {
    let app = TestApp::spawn().await;
    // Research with a court's facts: they have nowhere to go.
    let row = KENYA.replacen(",,,,\n", ",High Court,,,\n", 1);
    let report = run(&app, &format!("{HEADER}{row}"), true, false)
        .await
        .expect("a report");
    let found: Vec<(&str, &str)> = report
        .problems
        .iter()
        .map(|p| (p.column.as_str(), p.value.as_str()))
        .collect();
    assert_eq!(found, [("court", "High Court")]);
    assert!(report.problems[0].message.contains("case-law"));
}

#[tokio::test]
async fn a_file_imported_twice_adds_nothing_twice() {
    let app = TestApp::spawn().await;
    let first = run(&app, &format!("{HEADER}{KENYA}"), false, true)
        .await
        .expect("imported");
    assert_eq!(first.imported.len(), 1);
    let kenya = first.imported[0];

    // Again, with a new row after it, spaced and cased differently: the
    // known row is named, and nothing of the file is stored.
    let respaced = KENYA.replace("Diversion in the children", "diversion  in the Children");
    let again = run(&app, &format!("{HEADER}{respaced}{CHILE}"), false, true)
        .await
        .expect("a report");
    assert!(again.imported.is_empty());
    let found: Vec<(u64, &str)> = again
        .problems
        .iter()
        .map(|p| (p.line, p.column.as_str()))
        .collect();
    assert_eq!(found, [(2, "title_en")]);
    assert!(
        again.problems[0]
            .message
            .contains(&format!("resource {kenya}")),
        "{}",
        again.problems[0]
    );

    // The same resource twice in one file: the second names the first.
    let twice = run(&app, &format!("{HEADER}{CHILE}{CHILE}"), true, true)
        .await
        .expect("a report");
    assert_eq!(twice.problems.len(), 1);
    assert_eq!(twice.problems[0].line, 3);
    assert_eq!(twice.problems[0].message, "the same resource as line 2");

    // Another date is another resource (a new edition, say).
    let later = KENYA.replace(",2021,", ",2023,");
    let edition = run(&app, &format!("{HEADER}{later}"), false, true)
        .await
        .expect("imported");
    assert_eq!(edition.imported.len(), 1, "{:?}", edition.problems);
}
