//! How sensitive each stored field is, in one place. Every table of the
//! site is listed with the label its columns carry and the columns that
//! differ; a test reads the database's own schema and fails on a table
//! left out or a column listed that does not exist, so a new table is
//! labelled when it is added, and a new column carries its table's label
//! unless it is listed here.
//!
//! - **Public**: shown to everyone, or facts of the site's own work.
//! - **Personal**: about an identifiable adult (a member, a staff member,
//!   a sender): exported to them on request, erased with their account.
//! - **Sensitive**: free text written by people who work with children in
//!   conflict with the law, which may describe a child. The forms of
//!   proposals, the sender's replies and answers to offers, group threads,
//!   posts and meetings, library contributions and technical-assistance
//!   requests read it for a child's details before it is sent and store it
//!   masked (`masking`); not yet a join request's message (kept until the
//!   request is answered), nor what the staff write themselves (notes,
//!   replies, evaluations); masked details are
//!   shown only to editors (`reveal`), which read only a sensitive column;
//!   and a closed proposal's sensitive fields are erased when their
//!   retention ends (`OBSERVATORY_SENSITIVE_RETENTION_MONTHS`, 24 by
//!   default).

use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Sensitivity {
    Public,
    Personal,
    Sensitive,
}

use Sensitivity::{Personal, Public, Sensitive};

/// A table's label, and its columns labelled otherwise.
pub struct TableLabels {
    pub table: &'static str,
    pub usual: Sensitivity,
    pub except: &'static [(&'static str, Sensitivity)],
}

const fn table(
    table: &'static str,
    usual: Sensitivity,
    except: &'static [(&'static str, Sensitivity)],
) -> TableLabels {
    TableLabels {
        table,
        usual,
        except,
    }
}

/// Every table of the site.
pub const TABLES: &[TableLabels] = &[
    table("account_tokens", Personal, &[]),
    table("agreements", Public, &[]),
    table("assistance_replies", Personal, &[("body", Sensitive)]),
    table(
        "assistance_requests",
        Personal,
        &[("need", Sensitive), ("area", Public), ("state", Public)],
    ),
    table("backup_runs", Public, &[]),
    table("calendar_feeds", Personal, &[]),
    table("content_countries", Public, &[]),
    table("content_items", Public, &[]),
    table("content_translations", Public, &[]),
    table("contact_messages", Personal, &[]),
    table("council_documents", Public, &[]),
    table("council_meetings", Public, &[]),
    table("daily_runs", Public, &[]),
    table("group_document_versions", Personal, &[]),
    table("group_documents", Personal, &[]),
    table("group_join_requests", Personal, &[("message", Sensitive)]),
    table(
        "group_meetings",
        Personal,
        &[("agenda", Sensitive), ("minutes", Sensitive)],
    ),
    table("group_members", Personal, &[]),
    table("group_posts", Personal, &[("body", Sensitive)]),
    table("group_threads", Personal, &[("title", Sensitive)]),
    table("home_blocks", Public, &[]),
    table("images", Public, &[("uploaded_by", Personal)]),
    table("jobs", Personal, &[]),
    table("library_citations", Public, &[]),
    table("library_files", Public, &[("uploaded_by", Personal)]),
    table("library_resource_lines", Public, &[]),
    table(
        "library_resources",
        Public,
        &[
            ("summary_en", Sensitive),
            ("summary_es", Sensitive),
            ("summary_fr", Sensitive),
            ("outcome", Sensitive),
            ("results", Sensitive),
            ("contact", Personal),
            ("contributor_id", Personal),
            ("return_reason", Personal),
        ],
    ),
    table("line_of_work_translations", Public, &[]),
    table("lines_of_work", Public, &[]),
    table("menu_entries", Public, &[]),
    table("newsletter_deliveries", Personal, &[]),
    table("newsletter_issues", Public, &[("author_id", Personal)]),
    table("newsletter_subscribers", Personal, &[]),
    table(
        "offers",
        Personal,
        &[("message", Sensitive), ("answer_message", Sensitive)],
    ),
    table("proposal_assignments", Personal, &[]),
    table("proposal_attachments", Personal, &[]),
    table("proposal_evaluations", Personal, &[("notes", Sensitive)]),
    table("proposal_events", Personal, &[]),
    table("proposal_lines", Personal, &[]),
    table("proposal_messages", Personal, &[("body", Sensitive)]),
    table(
        "proposals",
        Personal,
        &[
            ("title", Sensitive),
            ("description", Sensitive),
            ("specialisation", Sensitive),
        ],
    ),
    table("rate_limits", Personal, &[]),
    table("role_changes", Personal, &[]),
    // The details themselves: what was masked, kept apart.
    table("safeguarding_details", Sensitive, &[]),
    table(
        "safeguarding_log",
        Public,
        &[("actor_id", Personal), ("reason", Personal)],
    ),
    table("search_changes", Public, &[]),
    table("suggestion_acceptances", Personal, &[]),
    table("sessions", Personal, &[]),
    table("site_changes", Public, &[]),
    table("user_lines_of_work", Personal, &[]),
    table("user_roles", Personal, &[]),
    table("users", Personal, &[]),
    // Each saved version of a page, a resource or a group: as its subject.
    table("versions", Public, &[("author_id", Personal)]),
    table("working_groups", Public, &[]),
];

/// The label of `table`'s `column`; none for a table not listed.
pub fn of(table: &str, column: &str) -> Option<Sensitivity> {
    let labels = TABLES.iter().find(|labels| labels.table == table)?;
    Some(
        labels
            .except
            .iter()
            .find(|(name, _)| *name == column)
            .map_or(labels.usual, |(_, label)| *label),
    )
}

/// `table`'s columns labelled sensitive (its usual label aside).
pub fn sensitive(table: &str) -> Vec<&'static str> {
    TABLES
        .iter()
        .filter(|labels| labels.table == table)
        .flat_map(|labels| labels.except.iter())
        .filter(|(_, label)| *label == Sensitive)
        .map(|(name, _)| *name)
        .collect()
}

/// What a person's data export says of sensitivity: which of the tables'
/// fields are sensitive, how long a closed proposal's are kept, and that
/// the details hidden in them (a child's, not the person's) are not part
/// of the export, in the person's language.
pub fn for_export(retention_months: u32, locale: crate::i18n::Locale) -> serde_json::Value {
    let sensitive: serde_json::Map<String, serde_json::Value> = TABLES
        .iter()
        .filter(|labels| labels.usual != Sensitive)
        .map(|labels| (labels.table, sensitive(labels.table)))
        .filter(|(_, columns)| !columns.is_empty())
        .map(|(table, columns)| (table.to_string(), serde_json::json!(columns)))
        .collect();
    serde_json::json!({
        "sensitive_fields": sensitive,
        "closed_proposals_sensitive_fields_kept_months": retention_months,
        "hidden_details": locale.t("safeguarding-export-hidden"),
    })
}
