//! The pages that show editors the versions of what they write, whatever it
//! is (a library resource, a page of the site): the list of its versions,
//! one version beside what is there now, and the button that brings it
//! back. The feature names its subject and links, labels its fields, finds
//! its authors' names, and restores in its own way.

use askama::Template;
use axum::response::{IntoResponse, Redirect, Response};
use sea_orm::ConnectionTrait;
use serde_json::{Map, Value};

use super::version;
use crate::web::{AppError, Page, form::FieldErrors};

/// One version as the history lists it.
pub struct Listed {
    pub version: version::Model,
    pub author: String,
}

/// `versions` with their authors' names (`names`, by account); the site
/// itself, or an account since deleted, for none.
pub fn listed(page: &Page, versions: Vec<version::Model>, names: &[(i32, String)]) -> Vec<Listed> {
    versions
        .into_iter()
        .map(|version| {
            let author = version
                .author_id
                .and_then(|id| names.iter().find(|(known, _)| *known == id))
                .map_or_else(|| page.t("version-by-site"), |(_, name)| name.clone());
            Listed { version, author }
        })
        .collect()
}

/// What a subject's history pages say of it and link to.
pub struct Subject {
    /// Its name, as editors know it.
    pub name: String,
    /// Its form.
    pub edit_link: String,
    /// Its history (`…/history`): each version's page is under it.
    pub history_link: String,
    /// The group of its fields' labels: `{fields}-version-field-{name}`.
    pub fields: &'static str,
}

impl Subject {
    fn version_link(&self, number: i32) -> String {
        format!("{}/{number}", self.history_link)
    }

    fn label(&self, page: &Page, field: &str) -> String {
        page.label(&format!("{}-version-field", self.fields), field)
    }
}

/// How a version came, in the page's language.
fn note_of(page: &Page, version: &version::Model) -> String {
    match version.restored_from() {
        Some(number) => page
            .locale
            .t_args("version-restored", &[("number", number.into())]),
        None => page.label("version-note", &version.note),
    }
}

/// A history's address may say which version was just restored.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct HistoryQuery {
    pub restored: Option<i32>,
}

#[derive(Template)]
#[template(path = "web/history.html")]
pub struct HistoryPage {
    pub page: Page,
    pub subject: Subject,
    pub versions: Vec<Listed>,
    /// The version just restored, to say so.
    pub restored: Option<i32>,
}

impl HistoryPage {
    fn restored_notice(&self) -> Option<String> {
        let number = self.restored?;
        Some(
            self.page
                .locale
                .t_args("version-restored-notice", &[("number", number.into())]),
        )
    }

    /// The fields a version changed, named in the page's language, in the
    /// order of their names.
    fn changed(&self, version: &version::Model) -> String {
        let mut labels: Vec<String> = version
            .changed_fields()
            .into_iter()
            .map(|name| self.subject.label(&self.page, name))
            .collect();
        labels.sort();
        if labels.is_empty() {
            "—".to_string()
        } else {
            labels.join(", ")
        }
    }

    fn version_link(&self, number: impl std::borrow::Borrow<i32>) -> String {
        self.page.link(&self.subject.version_link(*number.borrow()))
    }

    fn note(&self, version: &version::Model) -> String {
        note_of(&self.page, version)
    }
}

/// A field of a version beside the same field now.
pub struct Compared {
    pub field: String,
    pub then: String,
    pub now: String,
}

/// How a feature shows its versions: each field's value, which fields a
/// restore brings back, what the page says about restoring.
pub struct View {
    pub shown: fn(&Page, &str, Option<&Value>) -> String,
    pub restored: fn(&str) -> bool,
    pub words: RestoreWords,
}

/// What a version's page says about restoring it, in the feature's words.
#[derive(Clone, Copy)]
pub struct RestoreWords {
    /// What a restore does.
    pub hint: &'static str,
    /// Above the form's messages, when the version no longer passes them.
    pub refused: &'static str,
    /// When only what a restore does not bring back differs.
    pub unrestorable: &'static str,
}

#[derive(Template)]
#[template(path = "web/version.html")]
pub struct VersionPage {
    pub page: Page,
    pub subject: Subject,
    pub listed: Listed,
    /// The fields that differ from now.
    pub differences: Vec<Compared>,
    /// Whether restoring would change anything.
    pub restorable: bool,
    /// The newest version's number when the page was shown: a restore after
    /// someone else's save is refused.
    pub latest: i32,
    pub errors: FieldErrors,
    pub words: RestoreWords,
}

impl VersionPage {
    /// The page of `listed`'s version beside `now`, `latest` being the
    /// newest version's number.
    pub fn new(
        page: Page,
        subject: Subject,
        (listed, latest): (Listed, i32),
        now: &Map<String, Value>,
        (view, errors): (&View, FieldErrors),
    ) -> VersionPage {
        let then = listed.version.fields();
        let differences = differences(&page, &subject, (&then, now), |field, value| {
            (view.shown)(&page, field, value)
        });
        VersionPage {
            restorable: restorable((&then, now), view.restored),
            differences,
            page,
            subject,
            listed,
            latest,
            errors,
            words: view.words,
        }
    }

    fn note(&self) -> String {
        note_of(&self.page, &self.listed.version)
    }

    fn history_link(&self) -> String {
        self.page.link(&self.subject.history_link)
    }

    fn field_label(&self, field: &str) -> String {
        self.subject.label(&self.page, field)
    }
}

/// The fields that differ between a version (`then`) and now, labelled,
/// each value as `shown` gives it, in the order of their labels.
fn differences(
    page: &Page,
    subject: &Subject,
    (then, now): (&Map<String, Value>, &Map<String, Value>),
    shown: impl Fn(&str, Option<&Value>) -> String,
) -> Vec<Compared> {
    let mut found: Vec<Compared> = then
        .keys()
        .chain(now.keys().filter(|name| !then.contains_key(*name)))
        .filter(|name| then.get(*name) != now.get(*name))
        .map(|name| Compared {
            field: subject.label(page, name),
            then: shown(name, then.get(name)),
            now: shown(name, now.get(name)),
        })
        .collect();
    found.sort_by(|a, b| a.field.cmp(&b.field));
    found
}

/// Whether restoring `then` would change `now`, counting only the fields a
/// restore brings back (`restored`).
fn restorable(
    (then, now): (&Map<String, Value>, &Map<String, Value>),
    restored: impl Fn(&str) -> bool,
) -> bool {
    then.iter()
        .any(|(name, value)| restored(name) && now.get(name) != Some(value))
}

/// A field's value as the pages show it: lists joined, nothing as a dash.
pub fn shown_plainly(value: Option<&Value>) -> String {
    let text = match value {
        Some(Value::String(text)) => text.clone(),
        Some(Value::Array(items)) => items
            .iter()
            .map(|item| item.as_str().map_or_else(|| item.to_string(), String::from))
            .collect::<Vec<_>>()
            .join(", "),
        Some(Value::Null) | None => String::new(),
        Some(other) => other.to_string(),
    };
    if text.trim().is_empty() {
        "—".to_string()
    } else {
        text
    }
}

/// Version `number` of `subject` and the newest version's number.
pub async fn find_with_latest(
    db: &impl ConnectionTrait,
    subject: &str,
    number: i32,
) -> Result<(version::Model, i32), AppError> {
    let found = super::find(db, subject, number)
        .await?
        .ok_or(AppError::NotFound)?;
    let latest = super::latest(db, subject)
        .await?
        .map_or(0, |latest| latest.number);
    Ok((found, latest))
}

/// The restore form: the newest version's number when its page was shown.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct RestoreForm {
    pub latest: String,
}

/// The version `number` of `subject` to restore, unless another was saved
/// since the editor's page was shown (`typed` names the newest then):
/// restoring now would undo a change its editor has not seen.
pub async fn to_restore(
    db: &impl ConnectionTrait,
    subject: &str,
    number: i32,
    typed: &RestoreForm,
) -> Result<version::Model, AppError> {
    let latest = super::latest(db, subject).await?;
    if latest.map(|latest| latest.number.to_string()) != Some(typed.latest.clone()) {
        return Err(AppError::Conflict);
    }
    super::find(db, subject, number)
        .await?
        .ok_or(AppError::NotFound)
}

/// Back to the history, saying which version was restored.
pub fn restored(page: &Page, subject: &Subject, number: i32) -> Response {
    let history = page.link(&subject.history_link);
    Redirect::to(&format!("{history}?restored={number}")).into_response()
}
