//! `observatory import-library FILE.csv`: resources in bulk from a
//! spreadsheet, one row per resource with the languages as columns
//! (`title_en`, `summary_es`, …), checked by the very rules of the
//! editors' form. `--dry-run` reports every bad row and stores nothing; an
//! import stores every row, or none when one is bad, so a file is never
//! half in.
//!
//! The columns are `kind` (research, legislation, case-law, programme,
//! good-practice) and the form's fields by name; `lines` (line of work
//! slugs) and `cites` (`crc:40`) hold several values separated by `;`. A
//! column may be left out when the form lets the field be empty.
//!
//! A row that the library already holds (the same kind, title in one
//! language, authors and date), or that an earlier row of the file holds,
//! is a problem of its own: importing a file twice adds nothing twice.

use std::{
    collections::{HashMap, HashSet},
    io::Read,
};

use sea_orm::{ConnectionTrait, DbErr, EntityTrait, QuerySelect};
use serde_json::{Map, Value};

use super::{
    catalogue,
    entities::{Kind, State, resource},
    files::FormFiles,
    form::{Known, ResourceInput, ValidResource},
    store::{self, Writing},
};
use crate::{
    db::Keyed,
    i18n::Locale,
    lines_of_work,
    progress::Progress,
    state::AppState,
    web::{form::FieldErrors, page_cache},
};

/// The columns that hold several values, and what separates them.
const LISTS: [&str; 2] = ["lines", "cites"];
const SEPARATOR: char = ';';

pub struct Options {
    /// Check every row, store nothing.
    pub dry_run: bool,
    /// Publish what is imported; drafts otherwise, for editors to review.
    pub publish: bool,
}

/// What an import found and did.
#[derive(Debug, Default)]
pub struct Report {
    pub rows: usize,
    pub problems: Vec<Problem>,
    /// The numbers of the resources stored.
    pub imported: Vec<i32>,
}

/// One problem of one row: its line in the file (the header is line 1),
/// the column and what it holds, and what is wrong, as the form would say
/// it.
#[derive(Debug, PartialEq)]
pub struct Problem {
    pub line: u64,
    pub column: String,
    pub value: String,
    pub message: String,
}

/// The most of a cell a problem quotes.
const QUOTED: usize = 60;

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let value: String = self.value.chars().take(QUOTED).collect();
        write!(
            f,
            "line {}, {} {value:?}: {}",
            self.line, self.column, self.message
        )
    }
}

pub async fn import(
    state: &AppState,
    file: impl Read,
    options: &Options,
    progress: &mut Progress,
) -> anyhow::Result<Report> {
    let mut reader = csv::ReaderBuilder::new().flexible(false).from_reader(file);
    let headers: Vec<String> = reader
        .headers()?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    check_columns(&headers)?;
    let records = reader.records().collect::<Result<Vec<_>, _>>()?;
    let mut report = Report {
        rows: records.len(),
        ..Report::default()
    };
    progress.expect(records.len() as u64 * if options.dry_run { 1 } else { 2 });
    let lines = lines_of_work::all(&state.db, Locale::En).await?;
    let mut seen = stored_identities(&state.db).await?;
    let mut valid = Vec::new();
    for record in &records {
        let line = record.position().map_or(0, csv::Position::line);
        let row = checked(state, &headers, record, &lines)
            .await?
            .and_then(
                |(kind, resource)| match seen.first_of(kind, &resource, line) {
                    Some(problem) => Err(vec![problem]),
                    None => Ok((kind, resource)),
                },
            );
        match row {
            Ok(resource) => valid.push(resource),
            Err(problems) => {
                report
                    .problems
                    .extend(problems.into_iter().map(|(column, message)| Problem {
                        line,
                        value: cell(&headers, record, &column),
                        column,
                        message,
                    }));
            }
        }
        progress.advance(1, "rows checked");
    }
    if options.dry_run || !report.problems.is_empty() {
        progress.done();
        return Ok(report);
    }
    let into = if options.publish {
        State::Published
    } else {
        State::Draft
    };
    let txn = state.begin_write().await?;
    for (kind, resource) in valid {
        let writing = Writing {
            kind,
            state: into,
            contributor_id: None,
            author_id: None,
        };
        report
            .imported
            .push(store::create(&txn, writing, (resource, &FormFiles::default())).await?);
        progress.advance(1, "resources stored");
    }
    page_cache::commit_change(state, txn).await?;
    progress.done();
    Ok(report)
}

/// What makes two resources one for an import: their kind, a title in one
/// language (by its column), their authors and date, compared without
/// regard to case or spacing.
type Identity = (String, &'static str, String, String, String);

/// Where a resource was first found: in the library, or on a line of the file.
enum Seen {
    Stored(i32),
    Row(u64),
}

/// The resources an import has met so far, by each of their identities.
struct Identities(HashMap<Identity, Seen>);

const TITLE_COLUMNS: [&str; 3] = ["title_en", "title_es", "title_fr"];

fn identities(kind: &str, titles: [&str; 3], authors: &str, issued: &str) -> Vec<Identity> {
    let folded = |text: &str| {
        text.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    TITLE_COLUMNS
        .into_iter()
        .zip(titles)
        .filter(|(_, title)| !title.trim().is_empty())
        .map(|(column, title)| {
            (
                kind.to_string(),
                column,
                folded(title),
                folded(authors),
                issued.trim().to_string(),
            )
        })
        .collect()
}

/// Every resource of the library, by its identities.
async fn stored_identities(db: &impl ConnectionTrait) -> Result<Identities, DbErr> {
    type Row = (i32, Kind, String, String, String, String, String);
    let rows: Vec<Row> = resource::Entity::find()
        .select_only()
        .columns([
            resource::Column::Id,
            resource::Column::Kind,
            resource::Column::TitleEn,
            resource::Column::TitleEs,
            resource::Column::TitleFr,
            resource::Column::Authors,
            resource::Column::Issued,
        ])
        .into_tuple()
        .all(db)
        .await?;
    let mut known = HashMap::new();
    for (id, kind, en, es, fr, authors, issued) in rows {
        for identity in identities(&kind.key(), [&en, &es, &fr], &authors, &issued) {
            known.entry(identity).or_insert(Seen::Stored(id));
        }
    }
    Ok(Identities(known))
}

impl Identities {
    /// The problem of a row whose resource was met before; none for a new
    /// one, which is then remembered as the row on `line`.
    fn first_of(
        &mut self,
        kind: Kind,
        resource: &ValidResource,
        line: u64,
    ) -> Option<(String, String)> {
        let [en, es, fr] = &resource.texts;
        let titles = [en.0.as_str(), es.0.as_str(), fr.0.as_str()];
        let found = identities(&kind.key(), titles, &resource.authors, &resource.issued);
        for identity in &found {
            if let Some(seen) = self.0.get(identity) {
                let message = match seen {
                    Seen::Stored(id) => format!(
                        "the library already has it (resource {id}: same kind, title, authors and date)"
                    ),
                    Seen::Row(first) => format!("the same resource as line {first}"),
                };
                return Some((identity.1.to_string(), message));
            }
        }
        for identity in found {
            self.0.insert(identity, Seen::Row(line));
        }
        None
    }
}

/// The cells filled in for another kind's facts, which the row's kind
/// would not store: said, rather than lost without a word.
fn other_kinds_facts(
    headers: &[String],
    record: &csv::StringRecord,
    kind: Kind,
) -> Vec<(String, String)> {
    ResourceInput::FACT_FIELDS
        .iter()
        .filter(|(kinds, _)| !kinds.contains(&kind))
        .flat_map(|(kinds, fields)| fields.iter().map(move |field| (*kinds, *field)))
        .filter(|(_, field)| !cell(headers, record, field).trim().is_empty())
        .map(|(kinds, field)| {
            let owners: Vec<String> = kinds.iter().map(|kind| kind.key()).collect();
            (
                field.to_string(),
                format!("only {} have this; leave it empty", owners.join(" and ")),
            )
        })
        .collect()
}

/// What `record` holds in `column`.
fn cell(headers: &[String], record: &csv::StringRecord, column: &str) -> String {
    headers
        .iter()
        .position(|header| header == column)
        .and_then(|at| record.get(at))
        .unwrap_or("")
        .to_string()
}

/// Refuses a file whose header names a column the form does not have
/// (a typo would otherwise leave a field silently empty).
fn check_columns(headers: &[String]) -> anyhow::Result<()> {
    let fields = form_fields();
    let mut seen = HashSet::new();
    for header in headers {
        if header != "kind" && !fields.contains(header) {
            let mut known: Vec<&String> = fields.iter().collect();
            known.sort();
            anyhow::bail!(
                "unknown column {header:?}; the columns are kind and {}",
                known
                    .iter()
                    .map(|f| f.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
        if !seen.insert(header) {
            anyhow::bail!("the column {header:?} comes twice");
        }
    }
    if !seen.contains(&"kind".to_string()) {
        anyhow::bail!("the file has no kind column");
    }
    Ok(())
}

/// The names of the form's fields: the columns a file may have.
fn form_fields() -> HashSet<String> {
    match serde_json::to_value(ResourceInput::default()) {
        Ok(Value::Object(fields)) => fields.keys().cloned().collect(),
        _ => HashSet::new(),
    }
}

type Checked = Result<(Kind, ValidResource), Vec<(String, String)>>;

/// A row checked by the form's rules: what to store, or its problems.
async fn checked(
    state: &AppState,
    headers: &[String],
    record: &csv::StringRecord,
    lines: &[lines_of_work::LineOption],
) -> anyhow::Result<Checked> {
    let mut fields = Map::new();
    for (header, value) in headers.iter().zip(record.iter()) {
        let value = if LISTS.contains(&header.as_str()) {
            Value::from(
                value
                    .split(SEPARATOR)
                    .map(str::trim)
                    .filter(|part| !part.is_empty())
                    .collect::<Vec<_>>(),
            )
        } else {
            Value::from(value.trim())
        };
        fields.insert(header.clone(), value);
    }
    let kind_typed = fields.remove("kind").unwrap_or_default();
    let kind = Kind::from_key(kind_typed.as_str().unwrap_or(""));
    let input: ResourceInput = serde_json::from_value(Value::Object(fields))?;
    let legislation = catalogue::legislation_named(&state.db, &input.amends, None).await?;
    let known = Known {
        lines,
        legislation: &legislation,
        editing: None,
    };
    let mut errors = FieldErrors::new(Locale::En);
    // The kind decides which facts are checked: with none, the common ones.
    let valid = input.validate(kind.unwrap_or(Kind::Research), &known, &mut errors);
    let mut problems: Vec<(String, String)> = Vec::new();
    match kind {
        None => {
            let kinds: Vec<String> = Kind::all().into_iter().map(Kind::key).collect();
            problems.push(("kind".into(), format!("one of {}", kinds.join(", "))));
        }
        Some(kind) => problems.extend(other_kinds_facts(headers, record, kind)),
    }
    problems.extend(
        errors
            .all()
            .into_iter()
            .map(|(field, message)| (field.to_string(), message.to_string())),
    );
    Ok(match (kind, valid) {
        (Some(kind), Some(valid)) if problems.is_empty() => Ok((kind, valid)),
        _ => Err(problems),
    })
}
