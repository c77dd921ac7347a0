//! What the proposals feature holds about a person, for the personal-data
//! registry: the proposals they sent (with files and the thread), and, for
//! staff, the evaluations and messages they wrote.

use std::collections::BTreeMap;

use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbErr, EntityTrait,
    QueryFilter, QueryOrder, QuerySelect,
    sea_query::{Expr, ExprTrait, Query, SelectStatement},
};
use serde_json::{Value, json};

use super::{
    entities::{attachment, evaluation, message, proposal, proposal_line},
    suggestions::acceptance,
    workflow::Author,
};
use crate::{
    i18n::Locale,
    lines_of_work,
    personal_data::{Pending, PersonalData},
};

pub struct Proposals;

impl PersonalData for Proposals {
    fn section(&self) -> &'static str {
        "proposals"
    }

    fn export<'a>(&'a self, db: &'a DatabaseConnection, user_id: i32) -> Pending<'a, Value> {
        Box::pin(async move {
            Ok(json!({
                "sent": sent(db, user_id).await?,
                "evaluations_written": evaluations_written(db, user_id).await?,
                "messages_written": messages_written(db, user_id).await?,
            }))
        })
    }

    fn erase<'a>(&'a self, txn: &'a DatabaseTransaction, user_id: i32) -> Pending<'a, ()> {
        Box::pin(async move {
            anonymise_submitter(txn, user_id).await?;
            // Who accepted a suggestion: the count stays, the person goes.
            acceptance::Entity::update_many()
                .col_expr(
                    acceptance::Column::AcceptedBy,
                    Expr::value(Option::<i32>::None),
                )
                .filter(acceptance::Column::AcceptedBy.eq(user_id))
                .exec(txn)
                .await?;
            Ok(())
        })
    }
}

/// The proposals a member sent, with everything that goes with them.
async fn sent(db: &impl ConnectionTrait, user_id: i32) -> Result<Vec<Value>, DbErr> {
    let sent = proposal::Entity::find()
        .filter(proposal::Column::SubmitterId.eq(user_id))
        .order_by_asc(proposal::Column::Id)
        .all(db)
        .await?;
    let ids: Vec<i32> = sent.iter().map(|p| p.id).collect();
    let chosen = proposal_line::Entity::find()
        .filter(proposal_line::Column::ProposalId.is_in(ids.clone()))
        .all(db)
        .await?;
    // Retired lines too: they are still part of what was sent.
    let lines = lines_of_work::all(db, Locale::En).await?;
    let files = attachment::Entity::find()
        .filter(attachment::Column::ProposalId.is_in(ids.clone()))
        .all(db)
        .await?;
    let thread = message::Entity::find()
        .filter(message::Column::ProposalId.is_in(ids))
        .filter(message::Column::Internal.eq(false))
        .order_by_asc(message::Column::Id)
        .all(db)
        .await?;
    Ok(sent
        .iter()
        .map(|p| {
            let line_slugs: Vec<&str> = chosen
                .iter()
                .filter(|c| c.proposal_id == p.id)
                .filter_map(|c| lines.iter().find(|l| l.id == c.line_id))
                .map(|l| l.slug.as_str())
                .collect();
            let attached: Vec<Value> = files
                .iter()
                .filter(|f| f.proposal_id == Some(p.id))
                .map(|f| json!({ "name": f.original_name, "bytes": f.size_bytes }))
                .collect();
            let messages: Vec<Value> = thread
                .iter()
                .filter(|m| m.proposal_id == p.id)
                .map(|m| json!({ "from": m.author_role, "at": m.created_at, "text": m.body }))
                .collect();
            json!({
                "reference": p.reference, "title": p.title, "description": p.description,
                "specialisation": p.specialisation, "state": p.state, "sent_at": p.created_at,
                "name": p.full_name, "account_type": p.account_type,
                "organisation": p.organisation_name, "sector": p.sector,
                "country": p.country_code, "working_languages": p.working_languages,
                "email": p.email, "language": p.locale, "collaboration_kind": p.collaboration_kind,
                "lines_of_work": line_slugs, "attachments": attached, "messages": messages,
                "decision": p.decision, "consent_at": p.consent_at,
                "consent_policy_version": p.consent_policy_version,
                "sensitive_fields_erased_at": p.sensitive_erased_at,
            })
        })
        .collect())
}

/// A staff member's evaluations, by proposal reference.
async fn evaluations_written(db: &impl ConnectionTrait, user_id: i32) -> Result<Vec<Value>, DbErr> {
    let written = evaluation::Entity::find()
        .filter(evaluation::Column::EvaluatorId.eq(user_id))
        .order_by_asc(evaluation::Column::Id)
        .all(db)
        .await?;
    let on = Query::select()
        .column(evaluation::Column::ProposalId)
        .from(evaluation::Entity)
        .and_where(Expr::col(evaluation::Column::EvaluatorId).eq(user_id))
        .to_owned();
    let references = references(db, on).await?;
    Ok(written
        .into_iter()
        .map(|e| {
            json!({
                "proposal": references.get(&e.proposal_id), "recommendation": e.recommendation,
                "notes": e.notes, "updated_at": e.updated_at,
            })
        })
        .collect())
}

/// What a staff member wrote on proposals' threads, internal notes included.
async fn messages_written(db: &impl ConnectionTrait, user_id: i32) -> Result<Vec<Value>, DbErr> {
    let written = message::Entity::find()
        .filter(message::Column::AuthorId.eq(user_id))
        .filter(message::Column::AuthorRole.eq(Author::Staff.key()))
        .order_by_asc(message::Column::Id)
        .all(db)
        .await?;
    let on = Query::select()
        .column(message::Column::ProposalId)
        .from(message::Entity)
        .and_where(Expr::col(message::Column::AuthorId).eq(user_id))
        .to_owned();
    let references = references(db, on).await?;
    Ok(written
        .into_iter()
        .map(|m| {
            json!({
                "proposal": references.get(&m.proposal_id), "internal": m.internal,
                "at": m.created_at, "text": m.body,
            })
        })
        .collect())
}

/// The references of the proposals whose ids `ids` selects.
async fn references(
    db: &impl ConnectionTrait,
    ids: SelectStatement,
) -> Result<BTreeMap<i32, String>, DbErr> {
    let found: Vec<(i32, String)> = proposal::Entity::find()
        .select_only()
        .columns([proposal::Column::Id, proposal::Column::Reference])
        .filter(proposal::Column::Id.in_subquery(ids))
        .into_tuple()
        .all(db)
        .await?;
    Ok(found.into_iter().collect())
}

/// When a member deletes their account, the proposals staff still work on
/// keep their content but lose the person's name and address. (What staff
/// wrote stays too: the database sets its author to nobody.)
async fn anonymise_submitter(db: &DatabaseTransaction, user_id: i32) -> Result<(), DbErr> {
    proposal::Entity::update_many()
        .col_expr(proposal::Column::FullName, Expr::value("—"))
        .col_expr(proposal::Column::Email, Expr::value(""))
        .filter(proposal::Column::SubmitterId.eq(user_id))
        .exec(db)
        .await?;
    Ok(())
}
