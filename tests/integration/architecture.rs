//! The layering the README describes, checked on the source: features
//! import downward only, and never each other.
//!
//! shared plumbing (web, server, state, db, i18n, mail, jobs, throttle, config,
//! assets, personal_data)  <-  base features (content, lines_of_work)  <-
//! contact (the form under the contact page's text)  <-
//! people (the profile form, the directory)  <-  library (its resources name
//! lines of work; members contribute them)  <-  councils  <-  search (the library, the
//! site's pages, news, events, agreements and councils)  <-  api (the library's open data, found with the search)
//! <-  groups  <-  offers (a place
//! in a group or an action, offered)  <-  accounts  <-  proposals (a decision
//! sends an offer; accepting it may create the sender's account; the
//! search engine suggests what a proposal is like).
//! Only `app.rs` and `main.rs`, which assemble everything, see it all.

use std::path::{Path, PathBuf};

const FEATURES: [&str; 14] = [
    "content",
    "councils",
    "contact",
    "assistance",
    "newsletter",
    "library",
    "search",
    "api",
    "lines_of_work",
    "people",
    "groups",
    "offers",
    "accounts",
    "proposals",
];

/// What each part of `src/` may import among the features.
fn allowed(part: &str) -> &'static [&'static str] {
    match part {
        "lines_of_work" => &[],
        // Who saved a page's version.
        "content" => &["people"],
        // The contact page's text is content's.
        "contact" => &["content"],
        // Who may take a request up.
        "assistance" => &["people"],
        // An issue gathers the news and the library's newest resources.
        "newsletter" => &["content", "library"],
        // A meeting is a council's (content), its documents the library's.
        "councils" => &["content", "library"],
        // The publications page shows the reports' texts, content's.
        "library" => &["content", "lines_of_work", "people"],
        // Search reads what it indexes: the library and the site's pages.
        "search" => &["content", "councils", "library", "lines_of_work", "people"],
        // The open data: the library's resources, found with the search.
        "api" => &["library", "search", "lines_of_work"],
        "people" => &["lines_of_work"],
        "groups" => &["lines_of_work", "people"],
        "offers" | "accounts" => &["lines_of_work", "people", "groups"],
        // Suggestions come from the search engine.
        "proposals" => &[
            "lines_of_work",
            "people",
            "groups",
            "offers",
            "accounts",
            "search",
        ],
        // Assembly, and the migrations that create every feature's tables.
        "app.rs" | "main.rs" | "lib.rs" | "db" => &FEATURES,
        // Shared plumbing: no feature at all.
        _ => &[],
    }
}

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// The features a source file names: `crate::feature::…` paths anywhere, and
/// the first names of a `use crate::{…}` group (over several lines too).
fn features_named(text: &str) -> Vec<&'static str> {
    let mut named: Vec<&'static str> = FEATURES
        .into_iter()
        .filter(|feature| text.contains(&format!("crate::{feature}")))
        .collect();
    for group in text.split("use crate::{").skip(1) {
        let mut depth = 0;
        let mut item = String::new();
        let mut firsts = Vec::new();
        for c in group.chars() {
            match c {
                '{' => depth += 1,
                '}' if depth == 0 => break,
                '}' => depth -= 1,
                ',' if depth == 0 => firsts.push(std::mem::take(&mut item)),
                _ if depth == 0 => item.push(c),
                _ => {}
            }
        }
        firsts.push(item);
        for first in firsts {
            let name = first.trim().split("::").next().unwrap_or("").trim();
            if let Some(feature) = FEATURES.into_iter().find(|f| *f == name) {
                named.push(feature);
            }
        }
    }
    named
}

#[test]
fn the_check_sees_every_way_of_importing() {
    let grouped = "use crate::{\n    config::Settings,\n    accounts::{me, own},\n};";
    assert_eq!(features_named(grouped), ["accounts"]);
    assert_eq!(
        features_named("let x = crate::proposals::purge_expired;"),
        ["proposals"]
    );
    assert!(features_named("use crate::{state::AppState, web::Page};").is_empty());
}

#[test]
fn features_import_downward_only() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut wrong = Vec::new();
    for file in files {
        let relative = file.strip_prefix(&src).unwrap();
        let part = relative.iter().next().unwrap().to_str().unwrap();
        let own = part.trim_end_matches(".rs");
        let text = std::fs::read_to_string(&file).unwrap();
        for feature in features_named(&text) {
            if feature != own && !allowed(part).contains(&feature) {
                wrong.push(format!("{} imports {feature}", relative.display()));
            }
        }
    }
    assert!(wrong.is_empty(), "imports against the layering: {wrong:#?}");
}
